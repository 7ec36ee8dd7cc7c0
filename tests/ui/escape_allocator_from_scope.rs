// Returning an allocator from the scope closure, to allocate after the scope ended (its arena
// is gone by then). It borrows the graph and carries the brand, so it must not get out.
use ghost_runtime::Arena;

fn main() {
    let allocator = Arena::new().scope(|graph, _token| graph.allocator());
    let _ = allocator;
}
