// Asking the free `scope`'s local graph for an `Allocator` to hand to other threads. A local
// graph has none: it never leaves its thread, and allocates there without a lock. A parallel
// build uses a shared `Arena` (`Arena::new().scope`), whose graph has `allocator()`.
use ghost_runtime::{ghost_graph, scope};

#[ghost_graph]
struct Node {
    val: u32,
    next: Option<Node>,
}

fn main() {
    scope(|graph, _token| {
        let allocator = graph.allocator();
        let _ = Node::new_in(&allocator, 1);
    });
}
