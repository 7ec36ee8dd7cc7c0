// Dropping the arena from inside its own scope, which would free every node while handles to
// them are still in use. `scope` borrows the arena for the whole call, so it cannot be moved.
use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Node {
    val: u32,
    next: Option<Node>,
}

fn main() {
    let arena = Arena::new();
    arena.scope(|graph, token| {
        let node = Node::new_in(graph, 1);
        drop(arena);
        println!("{}", node.borrow(token).val);
    });
}
