// A `#[link]` attribute with an argument the macro does not know, before a good one. The error
// names the known arguments; the argument is skipped and the rest of the attribute still
// counts (`inverse = prev`), so the code that uses the pair reports nothing more.
use ghost_runtime::{ghost_graph, scope};

#[ghost_graph]
struct Node {
    val: u32,
    #[link(ordered = true, inverse = prev)]
    next: Option<Node>,
    prev: Option<Node>,
}

fn main() {
    scope(|graph, token| {
        let a = Node::new_in(graph, 1);
        let b = Node::new_in(graph, 2);
        a.link_next(b, token);
        assert_eq!(b.prev(token), Some(a));
        let _ = a.borrow(token).val;
    });
}
