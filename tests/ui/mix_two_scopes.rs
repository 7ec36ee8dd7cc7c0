// Opening a node of the outer scope with the token of a nested scope. Each scope has its own
// brand; if this compiled, two tokens could reach one node, one of them mutably.
use ghost_runtime::{ghost_graph, scope};

#[ghost_graph]
struct Node {
    val: u32,
    next: Option<Node>,
}

fn main() {
    scope(|graph, _outer_token| {
        let outer = Node::new_in(graph, 1);
        scope(|_graph, inner_token| {
            println!("{}", outer.borrow(inner_token).val);
        });
    });
}
