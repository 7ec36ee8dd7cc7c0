// A `#[value]` field with an attribute its accessor methods cannot carry (`#[cfg]` here: the
// node's values are stored together). The error is reported; the field stays a value, so
// `new_in` and the accessors keep the signatures the rest of the code expects.
use ghost_runtime::{ghost_graph, scope_split};

#[ghost_graph]
struct Node {
    #[value]
    #[cfg(all())]
    weight: u32,
    next: Option<Node>,
}

fn main() {
    scope_split(|graph, token, perm| {
        let a = Node::new_in(graph, 1);
        let b = Node::alloc_in(graph, Node { next: None }, 2);
        a.link_next(b, token);
        *a.weight_mut(perm) += *b.weight(perm);
    });
}
