// Returning an opened node from `read`.
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
    let escaped = arena.read(|graph, _token| graph.get(key));
    let _ = escaped;
}
