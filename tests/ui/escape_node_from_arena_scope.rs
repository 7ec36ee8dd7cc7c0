// Returning a node handle from `Arena::scope`. The arena outlives the call here, but the handle
// carries the call's brand `'id`, which no token outside the call has: it must not get out.
use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Node {
    next: Option<Node>,
}

fn main() {
    let arena = Arena::new();
    let escaped = arena.scope(|graph, _token| Node::new_in(graph));
    let _ = escaped;
}
