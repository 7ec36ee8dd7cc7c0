// A node opened in one exclusive scope, read with the token of another scope (of another
// arena): the brands differ, so the token does not fit.
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
    let mut other = Arena::new();
    let key = arena.scope_mut(|graph, _token| Task::new_in(graph, String::new()).key());
    arena.scope_mut(|graph, _token| {
        let task = graph.get(key).unwrap();
        other.scope_mut(|_graph, other_token| {
            let _ = task.borrow(other_token).name.len();
        });
    });
}
