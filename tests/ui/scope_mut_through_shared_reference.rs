// `scope_mut` through a shared reference: an arena shared between threads (`&Arena`) only
// allows `scope` and `read`; exclusive entry needs `&mut Arena` (e.g. a write lock).
use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Task {
    name: String,
    #[link(inverse = blocked_by)]
    blocks: Vec<Task>,
    blocked_by: Vec<Task>,
}

fn main() {
    let arena = Arena::new();
    let shared = &arena;
    shared.scope_mut(|graph, _token| {
        let _ = Task::new_in(graph, String::new());
    });
}
