// Sending a handle to a `Cell` payload (allocated through `alloc_node`, which only needs `Send`)
// to another thread while this one keeps it: both could then read it through `&token` and `set`
// the cell at once, a data race. A `NodePtr` is `Send` only when the payload is also `Sync`.
use std::cell::Cell;
use std::thread;

use ghost_runtime::{NodeAllocator, scope};

fn main() {
    scope(|graph, token| {
        let count = graph.alloc_node(Cell::new(0));
        let token = &*token;
        thread::scope(|s| {
            s.spawn(move || count.borrow(token).set(1));
            count.borrow(token).set(2);
        });
    });
}
