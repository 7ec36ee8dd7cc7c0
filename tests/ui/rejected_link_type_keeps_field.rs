// A link field of a shape the macro does not support (`Box<Node>` would own its target). The
// error names the supported shapes; the field stays a link in the expansion, so the code that
// uses it (`new_in` without it, `link_next`, the inverse `prev`, a struct literal) reports
// nothing more.
use ghost_runtime::{ghost_graph, scope};

#[ghost_graph]
struct Node {
    val: u32,
    #[link(inverse = prev)]
    next: Box<Node>,
    prev: Option<Node>,
}

fn main() {
    scope(|graph, token| {
        let a = Node::new_in(graph, 1);
        let b = Node::alloc_in(
            graph,
            Node {
                val: 2,
                next: None,
                prev: None,
            },
        );
        a.link_next(b, token);
        assert_eq!(b.prev(token), None);
        assert_eq!(a.next(token), Some(b));
        let _ = a.borrow(token).val;
    });
}
