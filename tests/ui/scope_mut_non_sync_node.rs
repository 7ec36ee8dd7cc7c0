// Opening a node whose payload is not `Sync` in `scope_mut`: another thread of the scope may
// have made it (through the graph it shares), kept its handle, and sent the key here; two
// threads would then use one `Cell` at once. `GraphMut::get` requires `Sync` nodes.
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
    arena.scope_mut(|graph, token| {
        let key = Counter::new_in(graph, Cell::new(0)).key();
        let counter = graph.get(key).unwrap();
        counter.borrow(token).hits.set(1);
    });
}
