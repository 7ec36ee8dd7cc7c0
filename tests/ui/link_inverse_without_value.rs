// `#[link(inverse)]` with no field name. There is nothing to pair with; reject it.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    #[link(inverse)]
    next: Option<Node>,
    prev: Option<Node>,
}

fn main() {}
