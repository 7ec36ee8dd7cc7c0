// Moving a `LocalArena` holding `Rc` payloads to another thread, which would drop them there
// while this thread keeps clones of the same `Rc`s. A local arena is not `Send`.
use std::rc::Rc;
use std::thread;

use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Node {
    name: Rc<str>,
    next: Option<Node>,
}

fn main() {
    let name: Rc<str> = Rc::from("kept");
    let mut arena = Arena::new_local();
    arena.scope_mut(|graph, _| {
        let _ = Node::new_in(graph, Rc::clone(&name));
    });
    thread::spawn(move || drop(arena)).join().unwrap();
    println!("{name}");
}
