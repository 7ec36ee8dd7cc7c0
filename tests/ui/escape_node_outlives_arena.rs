// A node handle returned from `Arena::scope`, used after its arena is dropped, through the token
// of another arena: a use-after-free. The handle carries the call's brand `'id`, which must not
// get out of the call, whatever lifetime the caller's arena has (here it is free to be
// `'static`).
use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Node {
    val: String,
    next: Option<Node>,
}

fn main() {
    let escaped = {
        let arena = Arena::new();
        arena.scope(|graph, _token| Node::new_in(graph, String::from("freed with its arena")))
    };
    let other = Arena::new();
    other.scope(|_graph, token| {
        println!("{}", escaped.borrow(token).val);
    });
}
