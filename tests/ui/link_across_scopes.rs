// Linking a node of one scope to a node of another (nested) scope. The link would let the inner
// node be reached with the outer token; the brands differ, so it must be rejected.
use ghost_runtime::{ghost_graph, scope};

#[ghost_graph]
struct Node {
    val: u32,
    next: Option<Node>,
}

fn main() {
    scope(|outer_graph, outer_token| {
        let outer = Node::new_in(outer_graph, 1);
        scope(|inner_graph, _inner_token| {
            let inner = Node::new_in(inner_graph, 2);
            outer.link_next(inner, outer_token);
        });
        println!("{}", outer.borrow(outer_token).val);
    });
}
