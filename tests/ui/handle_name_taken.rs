// A type named `NodeRef` next to `#[ghost_graph] struct Node`. The macro generates the handle
// `NodeRef`, so the two definitions collide.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    next: Option<Node>,
}

struct NodeRef;

fn main() {
    let _ = NodeRef;
}
