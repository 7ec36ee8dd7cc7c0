//! The concurrent doubly-linked list of the GhostCell + bumpalo-herd blog post (seeds/000),
//! done with ghost-graph: nodes built in parallel by rayon workers, each with an allocator of
//! its own; the list linked by one writer; read by every core at once through `&token`; then
//! written by threads that take turns with the token behind an `RwLock`.
//!
//! The post runs a reader and a writer at once with `rayon::join(|| read(&token), || write(&mut
//! token))`. That does not compile, here or with plain ghost-cell: `&token` and `&mut token`
//! cannot be alive together (`tests/ui/seed_rayon_join_read_write.rs` shows the error). What
//! the brand buys is the choice between many readers and one writer, checked at compile time;
//! taking turns between them needs a lock around the token, not around every node.
//!
//! Run with `cargo run --release --example concurrent`; it prints the time of each step.

use std::sync::RwLock;
use std::time::Instant;

use ghost_runtime::{GhostToken, ghost_graph, scope_shared};
use rayon::prelude::*;

/// A list node: a value and the two links, kept inverse to each other by the helpers.
#[ghost_graph]
pub struct Node {
    /// The payload.
    pub val: u64,
    /// The next node; linking it sets the other node's `prev`.
    #[link(inverse = prev)]
    pub next: Option<Node>,
    /// The previous node.
    pub prev: Option<Node>,
}

const NODES: u64 = 1_000_000;

fn main() {
    // A shared scope: its graph is `Sync`, so rayon's workers can each make an allocator from
    // it. (The free `scope` is local: its graph stays on this thread.)
    scope_shared(|graph, token| {
        // 1. Build in parallel: `map_init` gives each rayon worker one allocator (a page cursor
        //    of its own, no lock per node), used for every node that worker makes.
        let start = Instant::now();
        let nodes: Vec<NodeRef<'_, '_>> = (0..NODES)
            .into_par_iter()
            .map_init(|| graph.allocator(), |alloc, i| Node::new_in(alloc, i))
            .collect();
        println!(
            "built {} nodes on {} threads in {:?}",
            nodes.len(),
            rayon::current_num_threads(),
            start.elapsed()
        );

        // 2. Link them in order: one writer, `&mut token`.
        let start = Instant::now();
        for pair in nodes.windows(2) {
            pair[0].link_next(pair[1], token);
        }
        println!("linked in {:?}", start.elapsed());

        // 3. Read in parallel: `&token` is `Sync`, so every worker reads every node it likes.
        let start = Instant::now();
        let shared: &GhostToken<'_> = token;
        let sum: u64 = nodes.par_iter().map(|n| n.borrow(shared).val).sum();
        assert_eq!(sum, NODES * (NODES - 1) / 2);
        // Walking the links works the same way, from each chunk's first node.
        let walked: u64 = nodes
            .par_chunks(NODES as usize / 8)
            .map(|chunk| {
                let mut at = Some(chunk[0]);
                let mut sum = 0;
                for _ in 0..chunk.len() {
                    let node = at.expect("the chunk's nodes are linked in order");
                    sum += node.borrow(shared).val;
                    at = node.next(shared);
                }
                sum
            })
            .sum();
        assert_eq!(walked, sum);
        println!(
            "read in parallel (index and links) in {:?}",
            start.elapsed()
        );

        // 4. Writers take turns: the token behind an `RwLock`. Each write batch holds the
        //    write lock once (not once per node); readers may run between batches.
        let start = Instant::now();
        let token = RwLock::new(token);
        nodes.par_chunks(10_000).for_each(|chunk| {
            let mut token = token.write().expect("no writer panicked");
            for node in chunk {
                node.borrow_mut(&mut token).val += 100;
            }
        });
        let token = token.into_inner().expect("no writer panicked");
        let sum: u64 = nodes.par_iter().map(|n| n.borrow(token).val).sum();
        assert_eq!(sum, NODES * (NODES - 1) / 2 + 100 * NODES);
        println!("written in turns in {:?} (sum {sum})", start.elapsed());
    });
}
