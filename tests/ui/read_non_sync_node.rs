// Opening a node whose payload is not `Sync` in `read`: other threads may open the same node
// in their own `read` at the same time, so a `Cell` there would be a data race.
use std::cell::Cell;

use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Owner {
    id: u32,
    next: Option<Owner>,
}

#[ghost_graph]
struct Counter {
    hits: Cell<u32>,
    #[link]
    owner: Option<Owner>,
}

fn main() {
    let mut arena = Arena::new();
    let key = arena.scope_mut(|graph, _token| Counter::new_in(graph, Cell::new(0)).key());
    arena.read(|graph, token| {
        let counter = graph.get(key).unwrap();
        counter.borrow(token).hits.set(1);
    });
}
