// Keeping a `&` into a payload alive across `link_next`, which writes both nodes through the
// token. Must be rejected like any other write while a read is held.
use ghost_runtime::{ghost_graph, scope};

#[ghost_graph]
struct Node {
    val: String,
    #[link(inverse = prev)]
    next: Option<Node>,
    prev: Option<Node>,
}

fn main() {
    scope(|graph, token| {
        let a = Node::new_in(graph, String::from("a"));
        let b = Node::new_in(graph, String::from("b"));
        let val = &a.borrow(token).val;
        a.link_next(b, token);
        println!("{val}");
    });
}
