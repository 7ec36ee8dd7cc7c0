// The free `scope` takes an `Rc` payload (its arena never leaves this thread), but the node's
// handle must not reach another thread: both threads could then clone the `Rc` through `&token`
// at once, racing on its count. A handle is `Send` only when its payload is `Send + Sync`.
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
        let node = Node::new_in(graph, Rc::from("shared"));
        let token = &*token;
        thread::scope(|s| {
            s.spawn(move || Rc::clone(&node.borrow(token).name));
            let _mine = Rc::clone(&node.borrow(token).name);
        });
    });
}
