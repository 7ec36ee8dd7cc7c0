// Linking inside `Arena::read`: its token is lent shared (`&GhostToken`), because other
// threads may be reading the same nodes in their own `read`. Every write needs `&mut`.
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
    let (a, b) = arena.scope_mut(|graph, _token| {
        (Task::new_in(graph, String::new()).key(), Task::new_in(graph, String::new()).key())
    });
    arena.read(|graph, token| {
        let (a, b) = (graph.get(a).unwrap(), graph.get(b).unwrap());
        a.link_blocks(b, token);
    });
}
