// Opening keys on another thread inside `scope_mut`: `GraphMut` is not `Sync`, so a node
// whose payload is not `Sync` can never be opened on two threads at once. Other threads get
// the `&Graph` it derefs to (allocation) and shared handles.
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
    arena.scope_mut(|graph, _token| {
        std::thread::scope(|s| {
            s.spawn(|| graph.get(key).is_some());
        });
    });
}
