// Reading a `LocalArena` from two threads at once through `read`: both would open the same
// `Rc` node and clone it. A local arena is not `Sync`, so `&arena` does not reach the thread.
use std::rc::Rc;
use std::thread;

use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Node {
    name: Rc<str>,
    next: Option<Node>,
}

fn main() {
    let mut arena = Arena::new_local();
    let key = arena.scope_mut(|graph, _| Node::new_in(graph, Rc::from("kept")).key());
    let arena = &arena;
    thread::scope(|s| {
        s.spawn(move || arena.read(|graph, token| drop(Rc::clone(&graph.get(key).unwrap().borrow(token).name))));
        arena.read(|graph, token| drop(Rc::clone(&graph.get(key).unwrap().borrow(token).name)));
    });
}
