// An `Allocator` (the `Send` per-thread allocator of a shared arena) given an `Rc` payload: the
// allocator may have been moved here from another thread, and the arena drops the node wherever
// it is dropped. The error names the local arena.
use std::rc::Rc;

use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Node {
    name: Rc<str>,
    next: Option<Node>,
}

fn main() {
    Arena::new().scope(|graph, _token| {
        let allocator = graph.allocator();
        let _ = Node::new_in(&allocator, Rc::from("not Send"));
    });
}
