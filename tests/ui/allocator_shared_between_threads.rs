// Sharing one `Allocator` between two threads. It is a per-thread bump allocator with no lock
// (`Send`, not `Sync`): two threads allocating through it at once would race.
use std::thread;

use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Node {
    val: u32,
    next: Option<Node>,
}

fn main() {
    Arena::new().scope(|graph, token| {
        let allocator = graph.allocator();
        let nodes = thread::scope(|s| {
            let first = s.spawn(|| Node::new_in(&allocator, 1));
            let second = s.spawn(|| Node::new_in(&allocator, 2));
            [first.join().unwrap(), second.join().unwrap()]
        });
        let total: u32 = nodes.iter().map(|n| n.borrow(token).val).sum();
        println!("{total}");
    });
}
