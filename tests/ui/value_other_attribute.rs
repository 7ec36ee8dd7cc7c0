// A `#[value]` field becomes accessor methods, which take its doc comments only.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Item {
    #[value]
    #[allow(dead_code)]
    name: String,
    next: Option<Item>,
}

fn main() {}
