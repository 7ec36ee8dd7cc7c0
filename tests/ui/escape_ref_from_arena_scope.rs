// Returning a reference into a payload from `Arena::scope`. The arena (and the payload) is still
// alive afterwards, but reading needs the token, whose borrow ends with the call: otherwise a
// later scope could write the payload through its own token while this reference is held.
use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Node {
    val: String,
    next: Option<Node>,
}

fn main() {
    let arena = Arena::new();
    let escaped: &String = arena.scope(|graph, token| {
        let node = Node::new_in(graph, String::from("still in the arena"));
        &node.borrow(token).val
    });
    println!("{escaped}");
}
