// Allocating inside `Arena::read`: a read-only scope makes no nodes (nothing could link them).
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
    arena.read(|graph, _token| {
        let _ = Task::new_in(graph, String::new());
    });
}
