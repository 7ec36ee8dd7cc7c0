// Two `borrow_mut`s alive at once, on two handles. The handles may be the same node, so two
// `&mut` through one token must be rejected whatever the handles are.
use ghost_runtime::{ghost_graph, scope};

#[ghost_graph]
struct Node {
    val: String,
    next: Option<Node>,
}

fn main() {
    scope(|graph, token| {
        let a = Node::new_in(graph, String::from("a"));
        let b = a;
        let first = &mut a.borrow_mut(token).val;
        let second = &mut b.borrow_mut(token).val;
        first.push('1');
        second.push('2');
    });
}
