// `#[value]` takes no arguments.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Item {
    #[value(shared)]
    name: String,
    next: Option<Item>,
}

fn main() {}
