// A helper that asks the caller for `&'s GhostToken<'id>` with the graph's payload lifetime
// `'s`, so that inside it the token borrow would be a valid payload (`'s: 'id`), and plants the
// token in a node. Rejected where it is called: the token borrow is not the graph's `'src`.
use ghost_runtime::{GhostToken, GraphIn, Local, NodeAllocator, NodePtr, scope};

fn plant<'s, 'id>(graph: &GraphIn<'s, 'id, 'id, Local>, token: &'s GhostToken<'id>) -> NodePtr<'id, 'id, &'s GhostToken<'id>> {
    graph.alloc_node(token)
}

fn main() {
    scope(|graph, token| {
        let _planted = plant(graph, &*token);
    });
}
