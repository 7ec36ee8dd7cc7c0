// Allocating with the outer scope's graph inside a nested scope, then opening the node with the
// inner token. The node takes the brand of the graph that allocated it, so this must fail.
use ghost_runtime::{ghost_graph, scope};

#[ghost_graph]
struct Node {
    val: u32,
    next: Option<Node>,
}

fn main() {
    scope(|outer_graph, _outer_token| {
        scope(|_inner_graph, inner_token| {
            let node = Node::new_in(outer_graph, 1);
            println!("{}", node.borrow(inner_token).val);
        });
    });
}
