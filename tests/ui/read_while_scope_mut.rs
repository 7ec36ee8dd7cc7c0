// Entering `read` while `scope_mut` runs: the exclusive scope borrows the arena mutably, so no
// reader can open a node it is writing.
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
    arena.scope_mut(|graph, token| {
        let task = graph.get(key).unwrap();
        task.borrow_mut(token).name.push('!');
        arena.read(|graph, token| graph.get(key).map(|t| t.borrow(token).name.len()));
    });
}
