// A payload holding a reference to the arena it lives in. Its destructor would run inside the
// arena's `Drop` and could enter `arena.scope` on an arena being torn down. A borrow of the arena
// ends before the arena is dropped, so it cannot outlive `'arena`: this must be rejected.
use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Node {
    arena: Option<&'arena Arena<'arena>>,
    next: Option<Node>,
}

fn main() {
    let arena = Arena::new();
    arena.scope(|graph, _token| {
        let _node = Node::new_in(graph, Some(&arena));
    });
}
