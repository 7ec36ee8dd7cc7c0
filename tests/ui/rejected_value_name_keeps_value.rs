// A `#[value]` field whose accessor would shadow a link helper (`link_next` of the link
// `next`). The error is reported; the field stays a value, so `new_in` and `alloc_in` keep
// the signatures the rest of the code expects (only the clashing accessors are left out).
use ghost_runtime::{ghost_graph, scope_split};

#[ghost_graph]
struct Node {
    #[value]
    link_next: u32,
    next: Option<Node>,
}

fn main() {
    scope_split(|graph, token, _perm| {
        let a = Node::new_in(graph, 1);
        let b = Node::alloc_in(graph, Node { next: None }, 2);
        a.link_next(b, token);
    });
}
