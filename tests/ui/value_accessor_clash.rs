// A `#[value]` field named like a method the handle already has (`key`).
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Item {
    #[value]
    key: String,
    next: Option<Item>,
}

fn main() {}
