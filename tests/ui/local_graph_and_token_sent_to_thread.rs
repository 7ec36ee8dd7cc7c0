// Lending the free `scope`'s graph and `&token` to another thread, which allocates an `Rc` node
// there and reads it: the node would be dropped on this thread, and its `Rc` made on the other.
// A local graph is not `Sync`, so `&graph` does not reach the thread (the token alone is
// harmless: it opens nothing without a handle).
use std::rc::Rc;
use std::thread;

use ghost_runtime::{ghost_graph, scope};

#[ghost_graph]
struct Node {
    name: Rc<str>,
    next: Option<Node>,
}

fn main() {
    scope(|graph, token| {
        let token = &*token;
        thread::scope(|s| {
            s.spawn(move || Node::new_in(graph, Rc::from("made there")).borrow(token).name.len());
        });
    });
}
