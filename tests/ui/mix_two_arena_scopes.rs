// Two nested `scope` calls on one arena: the nodes share the arena, but each call has its own
// brand, so the inner token must not open a node of the outer call (the outer token may still
// be used mutably afterwards).
use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Node {
    val: u32,
    next: Option<Node>,
}

fn main() {
    let arena = Arena::new();
    arena.scope(|graph, _outer_token| {
        let outer = Node::new_in(graph, 1);
        arena.scope(|_graph, inner_token| {
            println!("{}", outer.borrow(inner_token).val);
        });
    });
}
