// Smuggling the graph out of `scope_mut` through a variable outside it.
use ghost_runtime::GraphMut;
use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Task {
    name: String,
    #[link(inverse = blocked_by)]
    blocks: Vec<Task>,
    blocked_by: Vec<Task>,
}

fn main() {
    let mut arena = Arena::new();
    let mut outside: Option<&GraphMut<'_, '_, '_>> = None;
    arena.scope_mut(|graph, _token| {
        outside = Some(graph);
    });
    let _ = outside;
}
