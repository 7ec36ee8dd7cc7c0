// The race `reusing` exists to prevent: a thread reads through the token (here a stale handle
// to a removed node) while the scope refills the removed slot. Refilling needs the token
// mutably, so it cannot happen while the token is lent to the reader.
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
        let shared = &*token;
        std::thread::scope(|s| {
            s.spawn(move || old.borrow(shared).name.len());
            let _new = Task::new_in(&graph.reusing(token), "new".to_string());
        });
    });
}
