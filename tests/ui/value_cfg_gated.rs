// A `#[value]` field under `#[cfg]`: the node's values are stored together.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Item {
    #[value]
    #[cfg(feature = "names")]
    name: String,
    next: Option<Item>,
}

fn main() {}
