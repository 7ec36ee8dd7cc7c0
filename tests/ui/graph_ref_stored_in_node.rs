// A payload holding the `&Graph` it was allocated from, so a destructor could allocate (or
// reach the arena) at teardown, after the graph is gone. The closure's graph borrow is shorter
// than `'arena`, so the node cannot hold it.
use ghost_runtime::{Arena, Graph, ghost_graph};

#[ghost_graph]
struct Node {
    graph: Option<&'arena Graph<'arena, 'id>>,
    next: Option<Node>,
}

fn main() {
    let arena = Arena::new();
    arena.scope(|graph, _token| {
        let _node = Node::new_in(graph, Some(graph));
    });
}
