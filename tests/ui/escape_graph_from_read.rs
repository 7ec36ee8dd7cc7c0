// Smuggling the graph of `read` out through a variable outside it: with it, a key could be
// opened after the read-only scope ended, while a `scope_mut` writes the node.
use ghost_runtime::{Arena, GraphRead, ghost_graph};

#[ghost_graph]
struct Task {
    name: String,
    next: Option<Task>,
}

fn main() {
    let arena = Arena::new();
    let mut outside: Option<&GraphRead<'_, '_, '_>> = None;
    arena.read(|graph, _token| {
        outside = Some(graph);
    });
    let _ = outside;
}
