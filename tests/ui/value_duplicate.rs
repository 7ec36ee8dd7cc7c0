// `#[value]` twice on one field.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Item {
    #[value]
    #[value]
    name: String,
    next: Option<Item>,
}

fn main() {}
