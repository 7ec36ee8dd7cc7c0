// Writing a payload inside `Arena::read`: `borrow_mut` needs the token mutably.
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
    arena.read(|graph, token| {
        graph.get(key).unwrap().borrow_mut(token).name.push('!');
    });
}
