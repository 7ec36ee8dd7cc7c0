//! Payload destructors: each runs exactly once, when the arena goes (never before), whichever
//! thread or allocator made the node, and even when the scope or a destructor panics.

use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

use ghost_runtime::{Arena, ghost_graph, scope};

/// Which payloads have been dropped, by id, in drop order.
#[derive(Default)]
struct DropLog {
    dropped: Mutex<Vec<usize>>,
}

impl DropLog {
    fn new() -> Arc<Self> {
        Arc::default()
    }

    fn count(&self) -> usize {
        self.dropped.lock().unwrap().len()
    }

    fn order(&self) -> Vec<usize> {
        self.dropped.lock().unwrap().clone()
    }

    /// Every id in `ids` was dropped exactly once, and nothing else was.
    fn assert_each_once(&self, ids: impl IntoIterator<Item = usize>) {
        let mut dropped = self.order();
        dropped.sort_unstable();
        let mut expected: Vec<usize> = ids.into_iter().collect();
        expected.sort_unstable();
        assert_eq!(dropped, expected, "each payload dropped exactly once");
    }
}

/// A payload that logs its own drop and owns heap memory, so a skipped destructor is also a
/// leak that Miri reports.
struct Tracked {
    id: usize,
    log: Arc<DropLog>,
    name: String,
    panic_on_drop: bool,
}

impl Tracked {
    fn new(id: usize, log: &Arc<DropLog>) -> Self {
        Self {
            id,
            log: Arc::clone(log),
            name: format!("node {id}"),
            panic_on_drop: false,
        }
    }

    fn panicking(id: usize, log: &Arc<DropLog>) -> Self {
        let mut tracked = Self::new(id, log);
        tracked.panic_on_drop = true;
        tracked
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        self.log.dropped.lock().unwrap().push(self.id);
        if self.panic_on_drop {
            panic!("destructor {} panics", self.id);
        }
    }
}

#[ghost_graph]
struct Node {
    item: Tracked,
    #[link(inverse = prev)]
    next: Option<Node>,
    prev: Option<Node>,
}

const N: usize = if cfg!(miri) { 6 } else { 200 };

/// The message of a caught panic.
fn message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_default()
}

#[test]
fn each_payload_dropped_once_when_scope_returns_and_not_before() {
    let log = DropLog::new();
    let names = scope(|graph, token| {
        let nodes: Vec<_> = (0..N)
            .map(|i| Node::new_in(graph, Tracked::new(i, &log)))
            .collect();
        for pair in nodes.windows(2) {
            pair[0].link_next(pair[1], token);
        }
        // A cycle must not confuse teardown.
        nodes[N - 1].link_next(nodes[0], token);
        // Detaching nodes never frees them.
        nodes[1].unlink_next(token);
        nodes[1].unlink_prev(token);
        assert_eq!(log.count(), 0, "nothing dropped inside the scope");
        nodes
            .iter()
            .map(|n| n.borrow(token).item.name.clone())
            .collect::<Vec<_>>()
    });
    assert_eq!(names[N - 1], format!("node {}", N - 1));
    log.assert_each_once(0..N);
}

#[test]
fn generated_scope_drops_too() {
    let log = DropLog::new();
    Node::scope(|graph, _token| {
        for i in 0..N {
            let _ = Node::new_in(graph, Tracked::new(i, &log));
        }
        assert_eq!(log.count(), 0);
    });
    log.assert_each_once(0..N);
}

#[test]
fn single_thread_teardown_runs_newest_first() {
    // `Arena`'s documentation promises this order; a single thread only uses one allocator.
    let log = DropLog::new();
    scope(|graph, _token| {
        for i in 0..N {
            let _ = Node::new_in(graph, Tracked::new(i, &log));
        }
    });
    assert_eq!(log.order(), (0..N).rev().collect::<Vec<_>>());
}

#[test]
fn payloads_dropped_when_closure_panics() {
    let log = DropLog::new();
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        scope(|graph, token| {
            let a = Node::new_in(graph, Tracked::new(0, &log));
            for i in 1..N {
                let b = Node::new_in(graph, Tracked::new(i, &log));
                b.link_prev(a, token);
            }
            assert_eq!(log.count(), 0);
            panic!("closure panics");
        })
    }));
    let payload = outcome.expect_err("the closure's panic propagates");
    assert_eq!(message(&*payload), "closure panics");
    log.assert_each_once(0..N);
}

#[test]
fn panicking_destructor_does_not_stop_the_others() {
    let log = DropLog::new();
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        scope(|graph, _token| {
            for i in 0..N {
                let item = if i == N / 2 {
                    Tracked::panicking(i, &log)
                } else {
                    Tracked::new(i, &log)
                };
                let _ = Node::new_in(graph, item);
            }
            "closure result"
        })
    }));
    let payload = outcome.expect_err("the destructor's panic propagates out of scope");
    assert_eq!(message(&*payload), format!("destructor {} panics", N / 2));
    // Logged before the panic, so the panicking one is in the log too.
    log.assert_each_once(0..N);
}

#[test]
fn several_panicking_destructors_propagate_one_and_run_all() {
    let log = DropLog::new();
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        scope(|graph, _token| {
            for i in 0..N {
                let item = if i % 3 == 0 {
                    Tracked::panicking(i, &log)
                } else {
                    Tracked::new(i, &log)
                };
                let _ = Node::new_in(graph, item);
            }
        });
    }));
    let payload = outcome.expect_err("a destructor's panic propagates");
    let message = message(&*payload);
    let panicked: Vec<String> = (0..N)
        .filter(|i| i % 3 == 0)
        .map(|i| format!("destructor {i} panics"))
        .collect();
    assert!(panicked.contains(&message), "unexpected panic {message:?}");
    log.assert_each_once(0..N);
}

#[test]
fn closure_panic_wins_over_destructor_panic() {
    let log = DropLog::new();
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        scope(|graph, _token| {
            let _ = Node::new_in(graph, Tracked::new(0, &log));
            let _ = Node::new_in(graph, Tracked::panicking(1, &log));
            let _ = Node::new_in(graph, Tracked::new(2, &log));
            panic!("closure panics first");
        })
    }));
    let payload = outcome.expect_err("the closure's panic propagates");
    assert_eq!(message(&*payload), "closure panics first");
    log.assert_each_once(0..3);
}

#[test]
fn arena_drop_propagates_destructor_panic_after_running_all() {
    let log = DropLog::new();
    let arena = Arena::new();
    arena.scope(|graph, _token| {
        let _ = Node::new_in(graph, Tracked::new(0, &log));
        let _ = Node::new_in(graph, Tracked::panicking(1, &log));
    });
    arena.scope(|graph, _token| {
        let _ = Node::new_in(graph, Tracked::new(2, &log));
    });
    assert_eq!(log.count(), 0);
    let outcome = panic::catch_unwind(AssertUnwindSafe(move || drop(arena)));
    let payload = outcome.expect_err("the destructor's panic propagates out of the arena's drop");
    assert_eq!(message(&*payload), "destructor 1 panics");
    log.assert_each_once(0..3);
}

/// Counts its own drops; owns heap memory so a leak also shows under Miri.
struct Returned {
    log: Arc<DropLog>,
    _heap: String,
}

impl Drop for Returned {
    fn drop(&mut self) {
        self.log.dropped.lock().unwrap().push(usize::MAX);
    }
}

#[test]
fn scope_result_is_dropped_when_a_destructor_panics() {
    // KNOWN BUG (fails at the time of writing): `scope` returns `Arena::new().scope(f)`, so
    // the arena is a temporary dropped after the result is built; when a payload destructor
    // panics there, rustc leaks the result (rust-lang/rust#47949). Binding the arena to a
    // local and dropping it explicitly before returning would drop the result on unwind.
    let log = DropLog::new();
    let result_log = DropLog::new();
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        scope(|graph, _token| {
            let _ = Node::new_in(graph, Tracked::panicking(0, &log));
            Returned {
                log: Arc::clone(&result_log),
                _heap: "result".to_owned(),
            }
        })
    }));
    assert!(outcome.is_err(), "the destructor's panic propagates");
    log.assert_each_once([0]);
    assert_eq!(
        result_log.count(),
        1,
        "the closure's result was dropped, not leaked"
    );
}

#[test]
fn caller_owned_arena_drops_only_when_the_arena_does() {
    let log = DropLog::new();
    let arena = Arena::new();
    let rounds = 3;
    for round in 0..rounds {
        let sum = arena.scope(|graph, token| {
            let nodes: Vec<_> = (0..N)
                .map(|i| Node::new_in(graph, Tracked::new(round * N + i, &log)))
                .collect();
            for pair in nodes.windows(2) {
                pair[0].link_next(pair[1], token);
            }
            nodes[0]
                .iter_next(token)
                .map(|n| n.borrow(token).item.id)
                .sum::<usize>()
        });
        assert_eq!(sum, (round * N..(round + 1) * N).sum::<usize>());
        assert_eq!(
            log.count(),
            0,
            "round {round}: nothing dropped before the arena"
        );
    }
    drop(arena);
    log.assert_each_once(0..rounds * N);
}

#[test]
fn nested_scope_drops_its_own_nodes_first() {
    let log = DropLog::new();
    scope(|graph, _token| {
        let _ = Node::new_in(graph, Tracked::new(0, &log));
        scope(|inner, _inner_token| {
            let _ = Node::new_in(inner, Tracked::new(1, &log));
        });
        log.assert_each_once([1]);
    });
    log.assert_each_once([0, 1]);
}

#[test]
fn reentering_the_same_arena_inside_a_scope() {
    let log = DropLog::new();
    let arena = Arena::new();
    arena.scope(|graph, _token| {
        let _ = Node::new_in(graph, Tracked::new(0, &log));
        arena.scope(|inner, _inner_token| {
            let _ = Node::new_in(inner, Tracked::new(1, &log));
        });
        let _ = Node::new_in(graph, Tracked::new(2, &log));
    });
    assert_eq!(log.count(), 0, "the inner scope does not own the arena");
    drop(arena);
    log.assert_each_once(0..3);
}

/// A zero-sized payload that still needs dropping.
struct ZeroSized;

static ZERO_SIZED_DROPS: AtomicUsize = AtomicUsize::new(0);

impl Drop for ZeroSized {
    fn drop(&mut self) {
        ZERO_SIZED_DROPS.fetch_add(1, Ordering::SeqCst);
    }
}

/// An over-aligned payload.
#[repr(align(256))]
struct Aligned {
    bytes: [u8; 3],
    log: Arc<DropLog>,
}

impl Drop for Aligned {
    fn drop(&mut self) {
        self.log
            .dropped
            .lock()
            .unwrap()
            .push(usize::from(self.bytes[0]));
    }
}

#[test]
fn zero_sized_and_over_aligned_values() {
    use ghost_runtime::NodeAllocator;

    let log = DropLog::new();
    let arena = Arena::new();
    arena.scope(|graph, token| {
        for _ in 0..3 {
            let _ = graph.alloc_node(ZeroSized);
        }
        let aligned: Vec<_> = (0..4u8)
            .map(|i| {
                graph.alloc_node(Aligned {
                    bytes: [i; 3],
                    log: Arc::clone(&log),
                })
            })
            .collect();
        for (i, node) in aligned.iter().enumerate() {
            assert_eq!(node.as_ptr().addr() % 256, 0, "aligned cell");
            assert_eq!(usize::from(node.borrow(token).bytes[2]), i);
        }
        assert_eq!(ZERO_SIZED_DROPS.load(Ordering::SeqCst), 0);
    });
    assert_eq!(log.count(), 0);
    drop(arena);
    assert_eq!(ZERO_SIZED_DROPS.load(Ordering::SeqCst), 3);
    log.assert_each_once(0..4);
}

#[test]
fn nodes_from_other_threads_are_dropped() {
    let threads = if cfg!(miri) { 2 } else { 4 };
    let per_thread = if cfg!(miri) { 3 } else { 50 };
    let log = DropLog::new();
    // A shared arena: its graph and allocators may go to other threads.
    Arena::new().scope(|graph, token| {
        let made = thread::scope(|s| {
            let log = &log;
            let workers: Vec<_> = (0..threads)
                .map(|t| {
                    s.spawn(move || {
                        let mut nodes = Vec::new();
                        // A per-thread allocator ...
                        let allocator = graph.allocator();
                        for i in 0..per_thread {
                            let id = 2 * (t * per_thread + i);
                            nodes.push(Node::new_in(&allocator, Tracked::new(id, log)));
                        }
                        drop(allocator);
                        // ... and `&Graph` from a thread that does not own it.
                        for i in 0..per_thread {
                            let id = 2 * (t * per_thread + i) + 1;
                            nodes.push(Node::new_in(graph, Tracked::new(id, log)));
                        }
                        nodes
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap())
                .collect::<Vec<_>>()
        });
        assert_eq!(made.len(), 2 * threads * per_thread);
        for node in &made {
            let item = &node.borrow(token).item;
            assert_eq!(item.name, format!("node {}", item.id));
        }
        assert_eq!(log.count(), 0);
    });
    log.assert_each_once(0..2 * threads * per_thread);
}

#[test]
fn allocator_kept_until_scope_end_hands_over_its_drops() {
    let log = DropLog::new();
    Arena::new().scope(|graph, _token| {
        let allocator = graph.allocator();
        for i in 0..N {
            let _ = Node::new_in(&allocator, Tracked::new(i, &log));
        }
        assert_eq!(log.count(), 0);
        // Dropped here with the closure's locals, before the graph.
    });
    log.assert_each_once(0..N);
}

/// A `Copy` payload: nothing to drop, nothing recorded.
#[ghost_graph]
struct Plain {
    val: u64,
    #[link(inverse = prev)]
    next: Option<Plain>,
    prev: Option<Plain>,
}

#[test]
fn copy_payloads_work_beside_dropping_ones() {
    let log = DropLog::new();
    let arena = Arena::new();
    for round in 0..2 {
        let (plain_sum, tracked_ids) = arena.scope(|graph, token| {
            let plain: Vec<_> = (0..N as u64).map(|v| Plain::new_in(graph, v)).collect();
            let tracked: Vec<_> = (0..N)
                .map(|i| Node::new_in(graph, Tracked::new(round * N + i, &log)))
                .collect();
            for pair in plain.windows(2) {
                pair[0].link_next(pair[1], token);
            }
            plain[N - 1].borrow_mut(token).val += 1;
            let sum: u64 = plain[0].iter_next(token).map(|n| n.borrow(token).val).sum();
            let ids: Vec<usize> = tracked.iter().map(|n| n.borrow(token).item.id).collect();
            (sum, ids)
        });
        assert_eq!(plain_sum, (0..N as u64).sum::<u64>() + 1);
        assert_eq!(
            tracked_ids,
            (round * N..(round + 1) * N).collect::<Vec<_>>()
        );
    }
    assert_eq!(log.count(), 0);
    drop(arena);
    log.assert_each_once(0..2 * N);
}

/// Heap-owning payloads with no drop logging: a missed destructor is a leak Miri reports.
#[ghost_graph]
struct Owning {
    name: String,
    words: Vec<String>,
    shared: Arc<Vec<u8>>,
    next: Option<Owning>,
}

#[test]
fn heap_payloads_are_freed() {
    let shared = Arc::new(vec![1u8, 2, 3]);
    let joined = scope(|graph, token| {
        let mut previous = None;
        for i in 0..N {
            let words = (0..3).map(|w| format!("w{i}.{w}")).collect();
            let node = Owning::new_in(graph, format!("n{i}"), words, Arc::clone(&shared));
            if let Some(previous) = previous {
                node.link_next(previous, token);
            }
            previous = Some(node);
        }
        assert_eq!(Arc::strong_count(&shared), N + 1);
        let head = previous.unwrap();
        head.borrow_mut(token).words.push("extra".to_owned());
        head.iter_next(token)
            .take(2)
            .map(|n| {
                let node = n.borrow(token);
                format!(
                    "{}:{}:{}",
                    node.name,
                    node.words.join(","),
                    node.shared.len()
                )
            })
            .collect::<Vec<_>>()
    });
    assert_eq!(
        joined,
        [
            format!("n{0}:w{0}.0,w{0}.1,w{0}.2,extra:3", N - 1),
            format!("n{0}:w{0}.0,w{0}.1,w{0}.2:3", N - 2)
        ]
    );
    assert_eq!(Arc::strong_count(&shared), 1, "every Arc clone was dropped");
}

/// A panic payload whose own destructor panics (with an ordinary payload), logging its drop.
struct PanickyPayload {
    log: Arc<DropLog>,
    _heap: String,
}

impl Drop for PanickyPayload {
    fn drop(&mut self) {
        self.log.dropped.lock().unwrap().push(usize::MAX - 1);
        panic!("the payload's own destructor panics");
    }
}

/// Panics with a [`PanickyPayload`] when dropped.
struct ThrowsPanickyPayload {
    id: usize,
    log: Arc<DropLog>,
}

impl Drop for ThrowsPanickyPayload {
    fn drop(&mut self) {
        self.log.dropped.lock().unwrap().push(self.id);
        std::panic::panic_any(PanickyPayload {
            log: Arc::clone(&self.log),
            _heap: "leaks if never dropped".to_string(),
        });
    }
}

#[ghost_graph]
struct Thrower {
    // Never read: only their destructors matter.
    _thrower: Option<ThrowsPanickyPayload>,
    _tracked: Option<Tracked>,
    next: Option<Thrower>,
}

#[test]
fn a_panic_payload_whose_drop_panics_does_not_stop_teardown() {
    let log = DropLog::new();
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        scope(|graph, _token| {
            // The first panic reaches the caller; the two payloads thrown later are dropped
            // during teardown, and their own destructors panic there.
            let _ = Thrower::new_in(graph, None, Some(Tracked::panicking(0, &log)));
            for id in 1..=2 {
                let item = ThrowsPanickyPayload {
                    id,
                    log: Arc::clone(&log),
                };
                let _ = Thrower::new_in(graph, Some(item), None);
            }
            for id in 3..8 {
                let _ = Thrower::new_in(graph, None, Some(Tracked::new(id, &log)));
            }
        });
    }));
    let payload = outcome.expect_err("a destructor's panic propagates");
    // Teardown runs newest first, so the first panic is one of the throwers'; which one does
    // not matter. Every destructor ran once, and every payload not resumed was dropped.
    let first_is_thrown_payload = payload.is::<PanickyPayload>();
    assert!(
        first_is_thrown_payload || message(&*payload) == "destructor 0 panics",
        "unexpected first panic"
    );
    // Drop the resumed payload too (its destructor panics: catch that).
    let _ = panic::catch_unwind(AssertUnwindSafe(move || drop(payload)));
    let mut dropped = log.order();
    dropped.sort_unstable();
    // Each thrower's payload was dropped once: in teardown, or (the resumed one) just now.
    let mut expected: Vec<usize> = (0..8).chain([usize::MAX - 1; 2]).collect();
    expected.sort_unstable();
    assert_eq!(
        dropped, expected,
        "every destructor and payload dropped exactly once"
    );
}
