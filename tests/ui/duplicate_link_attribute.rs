// Two `#[link]` attributes on one field. Arguments belong in one attribute; a second one is
// most likely a copy-paste slip and must be rejected, not merged or ignored.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    #[link(inverse = prev)]
    #[link(inverse = prev)]
    next: Option<Node>,
    prev: Option<Node>,
}

fn main() {}
