// Sending the handle of a node with a `Cell` payload to another thread while this one keeps it.
// Both threads could then read the node through `&token` and `set` the cell at once, a data
// race: a handle is `Send` only when the payload is `Sync`.
use std::cell::Cell;
use std::thread;

use ghost_runtime::{ghost_graph, scope};

#[ghost_graph]
struct Node {
    count: Cell<i32>,
    next: Option<Node>,
}

fn main() {
    scope(|graph, token| {
        let node = Node::new_in(graph, Cell::new(0));
        let token = &*token;
        thread::scope(|s| {
            s.spawn(move || node.borrow(token).count.set(1));
            node.borrow(token).count.set(2);
        });
    });
}
