// A `LocalArena` node holding a `RefCell`, read on two rayon workers at once through `&token`:
// both could `borrow_mut` the cell, racing on its flag. The handle is not `Sync`.
use std::cell::RefCell;

use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Node {
    log: RefCell<Vec<u32>>,
    next: Option<Node>,
}

fn main() {
    let mut arena = Arena::new_local();
    arena.scope_mut(|graph, token| {
        let node = Node::new_in(graph, RefCell::new(Vec::new()));
        let token = &*token;
        rayon::join(
            || node.borrow(token).log.borrow_mut().push(1),
            || node.borrow(token).log.borrow_mut().push(2),
        );
    });
}
