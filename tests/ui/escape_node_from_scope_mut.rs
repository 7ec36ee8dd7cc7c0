// Returning a node handle from `scope_mut`: the handle carries the call's brand and must not
// get out. Return its key instead.
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
    let escaped = arena.scope_mut(|graph, _token| Task::new_in(graph, String::new()));
    let _ = escaped;
}
