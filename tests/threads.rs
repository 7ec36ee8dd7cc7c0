//! Graphs across threads: parallel allocation, parallel reads through a shared token, and
//! writers taking turns through an `RwLock` around the token.

use std::collections::HashSet;
use std::sync::RwLock;
use std::thread;

use ghost_runtime::{Arena, GhostToken, ghost_graph, scope, scope_shared};

#[ghost_graph]
struct Node {
    val: u64,
    #[link(inverse = prev)]
    next: Option<Node>,
    prev: Option<Node>,
}

const THREADS: u64 = if cfg!(miri) { 2 } else { 4 };
const PER_THREAD: u64 = if cfg!(miri) { 4 } else { 250 };

/// Values along `next` from `head`, at most `bound` of them.
fn forward<'arena, 'id>(
    head: NodeRef<'arena, 'id>,
    bound: usize,
    token: &GhostToken<'id>,
) -> Vec<u64> {
    head.iter_next(token)
        .take(bound)
        .map(|n| n.borrow(token).val)
        .collect()
}

fn backward<'arena, 'id>(
    tail: NodeRef<'arena, 'id>,
    bound: usize,
    token: &GhostToken<'id>,
) -> Vec<u64> {
    tail.iter_prev(token)
        .take(bound)
        .map(|n| n.borrow(token).val)
        .collect()
}

fn link_in_order<'arena, 'id>(nodes: &[NodeRef<'arena, 'id>], token: &mut GhostToken<'id>) {
    for pair in nodes.windows(2) {
        pair[0].link_next(pair[1], token);
    }
}

#[test]
fn parallel_construction_then_linking_on_the_owner_thread() {
    let total = usize::try_from(THREADS * PER_THREAD).unwrap();
    scope_shared(|graph, token| {
        let mut nodes = thread::scope(|s| {
            let workers: Vec<_> = (0..THREADS)
                .map(|t| {
                    s.spawn(move || {
                        let allocator = graph.allocator();
                        (0..PER_THREAD)
                            .map(|i| Node::new_in(&allocator, t * PER_THREAD + i))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap())
                .collect::<Vec<_>>()
        });
        assert_eq!(
            nodes.iter().collect::<HashSet<_>>().len(),
            total,
            "distinct nodes"
        );
        nodes.sort_by_key(|n| n.borrow(token).val);
        link_in_order(&nodes, token);
        let expected: Vec<u64> = (0..THREADS * PER_THREAD).collect();
        assert_eq!(forward(nodes[0], total + 1, token), expected);
        let reversed: Vec<u64> = expected.iter().rev().copied().collect();
        assert_eq!(backward(nodes[total - 1], total + 1, token), reversed);
    });
}

#[test]
fn parallel_readers_share_the_token() {
    let len = usize::try_from(PER_THREAD).unwrap();
    scope(|graph, token| {
        let nodes: Vec<_> = (0..PER_THREAD).map(|v| Node::new_in(graph, v)).collect();
        link_in_order(&nodes, token);
        let (head, tail) = (nodes[0], nodes[len - 1]);
        let token: &GhostToken<'_> = token; // shared from here on: reads only
        let seen = thread::scope(|s| {
            let readers: Vec<_> = (0..THREADS)
                .map(|_| {
                    s.spawn(move || {
                        let sum: u64 = head.iter_next(token).map(|n| n.borrow(token).val).sum();
                        (
                            sum,
                            forward(head, len + 1, token),
                            backward(tail, len + 1, token),
                        )
                    })
                })
                .collect();
            readers
                .into_iter()
                .map(|r| r.join().unwrap())
                .collect::<Vec<_>>()
        });
        let expected: Vec<u64> = (0..PER_THREAD).collect();
        let reversed: Vec<u64> = expected.iter().rev().copied().collect();
        assert_eq!(seen.len(), usize::try_from(THREADS).unwrap());
        for (sum, fwd, bwd) in seen {
            assert_eq!(sum, expected.iter().sum::<u64>());
            assert_eq!(fwd, expected);
            assert_eq!(bwd, reversed);
        }
    });
}

/// Moves the first element of a sentinel-headed ring to its end.
fn rotate<'arena, 'id>(sentinel: NodeRef<'arena, 'id>, token: &mut GhostToken<'id>) {
    let first = sentinel.next(token).expect("ring");
    let second = first.next(token).expect("ring");
    let last = sentinel.prev(token).expect("ring");
    // Bypassing `first` detaches it on both sides.
    sentinel.link_next(second, token);
    assert_eq!((first.next(token), first.prev(token)), (None, None));
    last.link_next(first, token);
    first.link_next(sentinel, token);
}

/// The elements of the ring after `sentinel`, in order.
fn ring_values<'arena, 'id>(
    sentinel: NodeRef<'arena, 'id>,
    bound: usize,
    token: &GhostToken<'id>,
) -> Vec<u64> {
    sentinel
        .iter_next(token)
        .skip(1)
        .take_while(|n| *n != sentinel)
        .take(bound)
        .map(|n| n.borrow(token).val)
        .collect()
}

#[test]
fn writers_take_turns_through_an_rwlock() {
    let len: u64 = if cfg!(miri) { 5 } else { 40 };
    let rounds: u64 = if cfg!(miri) { 3 } else { 100 };
    let bound = usize::try_from(len).unwrap() + 1;
    scope(|graph, token| {
        let sentinel = Node::new_in(graph, u64::MAX);
        let nodes: Vec<_> = (0..len).map(|v| Node::new_in(graph, v)).collect();
        link_in_order(&nodes, token);
        sentinel.link_next(nodes[0], token);
        nodes[nodes.len() - 1].link_next(sentinel, token);

        let lock = RwLock::new(token);
        let observations = thread::scope(|s| {
            let lock = &lock;
            let writers: Vec<_> = (0..THREADS)
                .map(|_| {
                    s.spawn(move || {
                        for _ in 0..rounds {
                            let mut token = lock.write().unwrap();
                            rotate(sentinel, &mut token);
                        }
                    })
                })
                .collect();
            let readers: Vec<_> = (0..THREADS)
                .map(|_| {
                    s.spawn(move || {
                        (0..rounds)
                            .map(|_| {
                                let token = lock.read().unwrap();
                                ring_values(sentinel, bound, &token)
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            for w in writers {
                w.join().unwrap();
            }
            readers
                .into_iter()
                .flat_map(|r| r.join().unwrap())
                .collect::<Vec<_>>()
        });
        // Every snapshot is a whole rotation of 0..len: no reader saw a half-done relink.
        for seen in &observations {
            assert_eq!(seen.len(), bound - 1, "snapshot {seen:?}");
            for pair in seen.windows(2) {
                assert_eq!(pair[1], (pair[0] + 1) % len, "snapshot {seen:?}");
            }
        }
        let token = lock.into_inner().unwrap();
        let shift = (THREADS * rounds) % len;
        let expected: Vec<u64> = (0..len).map(|i| (i + shift) % len).collect();
        assert_eq!(ring_values(sentinel, bound, token), expected);
        let mut back: Vec<u64> = sentinel
            .iter_prev(token)
            .skip(1)
            .take(bound - 1)
            .map(|n| n.borrow(token).val)
            .collect();
        back.reverse();
        assert_eq!(back, expected);
    });
}

#[test]
fn non_owner_threads_allocate_through_the_graph() {
    let total = usize::try_from(2 * THREADS * PER_THREAD).unwrap();
    Arena::new().scope(|graph, token| {
        let mut nodes = thread::scope(|s| {
            let workers: Vec<_> = (0..THREADS)
                .map(|t| {
                    s.spawn(move || {
                        (0..PER_THREAD)
                            .map(|i| Node::new_in(graph, t * PER_THREAD + i))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            // The owner allocates at the same time, on its lock-free path.
            let base = THREADS * PER_THREAD;
            let mut nodes: Vec<_> = (0..THREADS * PER_THREAD)
                .map(|i| Node::new_in(graph, base + i))
                .collect();
            for w in workers {
                nodes.extend(w.join().unwrap());
            }
            nodes
        });
        assert_eq!(
            nodes.iter().collect::<HashSet<_>>().len(),
            total,
            "distinct nodes"
        );
        nodes.sort_by_key(|n| n.borrow(token).val);
        link_in_order(&nodes, token);
        let expected: Vec<u64> = (0..2 * THREADS * PER_THREAD).collect();
        assert_eq!(forward(nodes[0], total + 1, token), expected);
    });
}

#[test]
fn one_arena_entered_from_several_threads() {
    let arena = Arena::new();
    let sums = thread::scope(|s| {
        let arena = &arena;
        let workers: Vec<_> = (0..THREADS)
            .map(|t| {
                s.spawn(move || {
                    arena.scope(|graph, token| {
                        let nodes: Vec<_> = (0..PER_THREAD)
                            .map(|i| Node::new_in(graph, t * PER_THREAD + i))
                            .collect();
                        link_in_order(&nodes, token);
                        nodes[0]
                            .iter_next(token)
                            .map(|n| n.borrow(token).val)
                            .sum::<u64>()
                    })
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap())
            .collect::<Vec<_>>()
    });
    let expected: Vec<u64> = (0..THREADS)
        .map(|t| (t * PER_THREAD..(t + 1) * PER_THREAD).sum())
        .collect();
    assert_eq!(sums, expected);
}

#[test]
#[cfg_attr(
    miri,
    ignore = "rayon's crossbeam-epoch fails Stacked Borrows in its own code"
)]
fn rayon_map_init_allocates_per_worker() {
    use rayon::prelude::*;

    let n: u64 = 10_000;
    scope_shared(|graph, token| {
        let nodes: Vec<_> = (0..n)
            .into_par_iter()
            .map_init(|| graph.allocator(), |alloc, i| Node::new_in(alloc, i))
            .collect();
        assert_eq!(nodes.iter().collect::<HashSet<_>>().len(), nodes.len());
        // `collect` keeps the input order.
        for (i, node) in nodes.iter().enumerate() {
            assert_eq!(node.borrow(token).val, u64::try_from(i).unwrap());
        }
        link_in_order(&nodes, token);
        let len = usize::try_from(n).unwrap();
        assert_eq!(
            forward(nodes[0], len + 1, token),
            (0..n).collect::<Vec<_>>()
        );
        // Parallel reads afterwards, through the shared token.
        let token: &GhostToken<'_> = token;
        let doubled: u64 = nodes
            .par_iter()
            .map(|node| 2 * node.borrow(token).val)
            .sum();
        assert_eq!(doubled, n * (n - 1));
    });
}
