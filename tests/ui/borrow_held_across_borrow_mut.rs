// Keeping a `&` into one payload alive across a `borrow_mut` of another node. The token is the
// permission for every node of the scope (the two handles could be the same node), so a shared
// borrow through it blocks every mutable one.
use ghost_runtime::{ghost_graph, scope};

#[ghost_graph]
struct Node {
    val: String,
    next: Option<Node>,
}

fn main() {
    scope(|graph, token| {
        let a = Node::new_in(graph, String::from("a"));
        let b = Node::new_in(graph, String::from("b"));
        let val = &a.borrow(token).val;
        b.borrow_mut(token).val.push('!');
        println!("{val}");
    });
}
