// A node with an `Rc` payload in a shared `Arena`. Its payloads must be `Send`: the arena may
// be moved to another thread and drop them there, and other threads may allocate through its
// `Sync` graph. The error names the fix: a `LocalArena` or the free `scope`.
use std::rc::Rc;

use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Node {
    shared: Rc<u32>,
    next: Option<Node>,
}

fn main() {
    Arena::new().scope(|graph, token| {
        let node = Node::new_in(graph, Rc::new(1));
        println!("{}", node.borrow(token).shared);
    });
}
