// The same smuggling through an outer `Vec` with a caller-owned arena, which outlives the call:
// the node would still be allocated, but a later `arena.scope` could open it with a token of
// another brand, and its brand cannot be named outside this call anyway.
use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Node {
    next: Option<Node>,
}

fn main() {
    let arena = Arena::new();
    let mut saved = Vec::new();
    arena.scope(|graph, _token| {
        saved.push(Node::new_in(graph));
    });
    println!("{}", saved.len());
}
