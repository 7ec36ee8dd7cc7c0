// Teardown attack (b) through a generic payload: shorten the graph's allocation lifetime through
// variance so the token-holding payload fits. Rejected: the graph handle is invariant in it.
use ghost_runtime::{GhostToken, LocalGraph, ghost_graph, scope};

#[ghost_graph]
struct Node<T> {
    payload: T,
    next: Option<Self>,
}

fn shorten<'s, 'long: 's, 'id>(graph: &'s LocalGraph<'long, 'id>) -> &'s LocalGraph<'s, 'id> {
    graph
}

fn main() {
    scope(|graph, token| {
        let short = shorten(graph);
        let _spy = Node::new_in(short, &*token as &GhostToken<'_>);
    });
}
