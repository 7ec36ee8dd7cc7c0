// Returning a node handle from the scope closure. The handle carries the scope's brand `'id`,
// and the arena it points into is dropped when `scope` returns, so it must not get out.
use ghost_runtime::{ghost_graph, scope};

#[ghost_graph]
struct Node {
    next: Option<Node>,
}

fn main() {
    let escaped = scope(|graph, _token| Node::new_in(graph));
    let _ = escaped;
}
