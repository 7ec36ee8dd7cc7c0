// Opening a key inside `Arena::scope(&self)`. Shared scopes may run on several threads at once,
// each with its own token; if one could open a stored key, two threads could write the same
// node under two tokens. Keys open only in `scope_mut` (exclusive) and `read` (read-only).
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
    let key = arena.scope_mut(|graph, _token| Task::new_in(graph, String::new()).key());
    arena.scope(|graph, _token| {
        let _ = graph.get(key);
    });
}
