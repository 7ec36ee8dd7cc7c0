// The same through a helper: a function that opens keys takes a `&GraphMut`, which a shared
// scope's graph is not.
use ghost_runtime::GraphMut;
use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Task {
    name: String,
    #[link(inverse = blocked_by)]
    blocks: Vec<Task>,
    blocked_by: Vec<Task>,
}

fn open<'a, 'id>(graph: &GraphMut<'_, 'a, 'id>, key: TaskKey) -> Option<TaskRef<'a, 'id>> {
    graph.get(key)
}

fn main() {
    let mut arena = Arena::new();
    let key = arena.scope_mut(|graph, _token| Task::new_in(graph, String::new()).key());
    arena.scope(|graph, _token| {
        let _ = open(graph, key);
    });
}
