// A node with an `Rc` payload. Payloads must be `Send`: the arena runs their destructors on
// whichever thread drops it, and other threads may allocate through `&Graph`.
use std::rc::Rc;

use ghost_runtime::{ghost_graph, scope};

#[ghost_graph]
struct Node {
    shared: Rc<u32>,
    next: Option<Node>,
}

fn main() {
    scope(|graph, token| {
        let node = Node::new_in(graph, Rc::new(1));
        println!("{}", node.borrow(token).shared);
    });
}
