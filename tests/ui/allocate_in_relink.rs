// `Arena::relink` lends the token mutably but gives the graph of a read: it opens keys and
// relinks what it opens, and cannot allocate (that needs `scope` or `scope_mut`).
use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Node {
    val: u32,
    next: Option<Node>,
}

fn main() {
    let mut arena = Arena::new();
    arena.relink(|graph, token| {
        let node = Node::new_in(graph, 1);
        node.borrow_mut(token).val = 2;
    });
}
