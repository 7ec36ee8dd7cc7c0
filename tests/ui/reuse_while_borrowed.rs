// Refilling a removed slot while a reference into a node is held: `reusing` borrows the token
// mutably, so the reference cannot outlive it (the slot it reads may be the one refilled).
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
    arena.scope_mut(|graph, token| {
        let old = Task::new_in(graph, "old".to_string());
        graph.remove(old, token);
        let name = &old.borrow(token).name;
        let _new = Task::new_in(&graph.reusing(token), "new".to_string());
        println!("{name}");
    });
}
