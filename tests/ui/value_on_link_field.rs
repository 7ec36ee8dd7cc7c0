// `#[value]` on a link field: links are the structure, which the token relinks.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Item {
    name: String,
    #[value]
    next: Option<Item>,
}

fn main() {}
