// Smuggling a node handle out of the scope through a `Vec` declared outside it, instead of the
// return value. The handle's brand cannot be named outside the closure, so it must be rejected.
use ghost_runtime::{ghost_graph, scope};

#[ghost_graph]
struct Node {
    next: Option<Node>,
}

fn main() {
    let mut saved = Vec::new();
    scope(|graph, _token| {
        saved.push(Node::new_in(graph));
    });
    println!("{}", saved.len());
}
