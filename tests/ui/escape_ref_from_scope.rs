// Returning a reference into a payload from the scope closure. The payload is dropped with the
// arena when `scope` returns, so the reference would dangle.
use ghost_runtime::{ghost_graph, scope};

#[ghost_graph]
struct Node {
    val: String,
    next: Option<Node>,
}

fn main() {
    let escaped: &String = scope(|graph, token| {
        let node = Node::new_in(graph, String::from("dropped with the arena"));
        &node.borrow(token).val
    });
    println!("{escaped}");
}
