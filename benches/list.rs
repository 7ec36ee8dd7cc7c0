//! Workload 1: a doubly-linked list of `u64` payloads, the generated `#[ghost_graph]` list
//! against the lists a user would write instead (see `list_peers/`).
//!
//! One group per operation, one function per implementation, the same input
//! (`common::list_values`, `common::list_len()` nodes) for all:
//!
//! - `list/build`: `push_back` every value. Timed: creating the arena (if any), allocating,
//!   linking, and dropping the list with its arena, for every implementation (a branded list
//!   cannot outlive the closure that builds it, so the others are dropped inside the timing
//!   too).
//! - `list/traverse_forward`, `list/traverse_backward`: wrapping sum of the payloads, on a list
//!   built once before timing.
//! - `list/remove_every_third`: unlink positions 2, 5, 8, .. of a fresh list.
//! - `list/splice`: walk to the middle of a fresh list and link in a second fresh list of
//!   `len / 2` nodes.
//!
//! The last two build a fresh input per iteration, untimed, and drop the result untimed:
//! `iter_batched(.., BatchSize::LargeInput)` for the lists that own their nodes; for the two
//! branded lists, whose nodes cannot leave the closure that made their brand, `iter_fresh`
//! (below) does the same by hand with `iter_custom`.
//!
//! Every list is built into a settled heap (`settle_heap`, untimed): without it, each list
//! allocated node by node (`linked_list`, `raw_box`, `rc_refcell`) reuses the blocks its
//! predecessor freed, in glibc's LIFO order, and after a few rebuilds its nodes are scattered
//! over the heap: walks then cost ~150 ns/node instead of ~5 (measured), which times the
//! harness's history rather than the list. Settled, those lists get sequential memory, their
//! best case: these benchmarks give the peers' speed limits, not their typical case.
//!
//! Sampling is flat (every sample runs the same number of iterations): every operation here
//! takes milliseconds at the full size.
//!
//! Before any timing, every implementation is checked against a plain-`Vec` model, at the
//! benchmark size and at small sizes (forward and backward walks after build, removal and
//! splice): the benchmarks only time lists that give the right answers.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::measurement::WallTime;
use criterion::{BatchSize, Bencher, BenchmarkGroup, Criterion, criterion_group, criterion_main};

mod common;
mod list_peers;

use list_peers::{
    BenchList, ghost_cell_typed_arena as gc, ghost_graph as gg, linked_list, raw_arena, raw_box,
    rc_refcell, slot_map, wrapping_sum,
};

type Group<'a> = BenchmarkGroup<'a, WallTime>;

/// The inputs every implementation gets.
struct Inputs {
    /// The list: `common::list_values(common::list_len())`.
    a: Vec<u64>,
    /// The list spliced into it: `common::list_values(len / 2)`.
    b: Vec<u64>,
}

impl Inputs {
    fn new() -> Self {
        let len = common::list_len();
        Self {
            a: common::list_values(len),
            b: common::list_values(len / 2),
        }
    }
}

/// Times `one` per iteration, summing the durations it reports: for the branded lists, what
/// `iter_batched(setup, routine, ..)` does for the others (one input per batch at the full
/// size: the input is built untimed, only the operation is timed, and the result is dropped
/// untimed). `one` sets up, times its operation with `Instant`, and returns that time; a scope
/// entered and left outside its timed part is untimed too.
fn iter_fresh(b: &mut Bencher<'_>, mut one: impl FnMut() -> Duration) {
    b.iter_custom(|iters| (0..iters).map(|_| one()).sum());
}

/// Times `op` on `input`, keeping its result alive past the timing.
#[inline]
fn time_once<I, O>(input: I, op: impl FnOnce(I) -> O) -> Duration {
    let input = black_box(input);
    let start = Instant::now();
    let out = op(input);
    let elapsed = start.elapsed();
    black_box(out);
    elapsed
}

/// Every implementation against the `Vec` model, at the benchmark size and at small sizes
/// (which reach the tail in `remove_every_third`). Never timed.
fn check_all(inputs: &Inputs) {
    let small: Vec<(Vec<u64>, Vec<u64>)> = (2..12)
        .flat_map(|n| [(n, 1), (n, 3)])
        .map(|(n, m)| ((1..=n).collect(), (100..100 + m).collect()))
        .collect();
    let cases = small
        .iter()
        .map(|(a, b)| (a.as_slice(), b.as_slice()))
        .chain([(inputs.a.as_slice(), inputs.b.as_slice())]);
    for (a, b) in cases {
        gg::check(a, b);
        list_peers::check_list::<linked_list::List>("linked_list", a, b);
        list_peers::check_list::<raw_box::List>("raw_box", a, b);
        list_peers::check_list::<raw_arena::List>("raw_arena", a, b);
        gc::check(a, b);
        list_peers::check_list::<rc_refcell::List>("rc_refcell", a, b);
        list_peers::check_list::<slot_map::List>("slotmap", a, b);
    }
}

fn build(c: &mut Criterion) {
    let inputs = Inputs::new();
    check_all(&inputs);
    let a = inputs.a.as_slice();
    let mut group = common::flat_group(c, "list/build");
    group.bench_function("ghost_graph", |b| {
        iter_fresh(b, || {
            common::settle_heap();
            let start = Instant::now();
            ghost_runtime::scope(|graph, token| {
                black_box(gg::build(graph, token, black_box(a)).tail);
            });
            start.elapsed()
        });
    });
    build_owned::<linked_list::List>(&mut group, "linked_list", a);
    build_owned::<raw_box::List>(&mut group, "raw_box", a);
    build_owned::<raw_arena::List>(&mut group, "raw_arena", a);
    group.bench_function("ghost_cell_typed_arena", |b| {
        iter_fresh(b, || {
            common::settle_heap();
            let start = Instant::now();
            ghost_cell::GhostToken::new(|mut token| {
                let arena = gc::NodeArena::new();
                black_box(gc::build(&arena, &mut token, black_box(a)).tail);
            });
            start.elapsed()
        });
    });
    build_owned::<rc_refcell::List>(&mut group, "rc_refcell", a);
    build_owned::<slot_map::List>(&mut group, "slotmap", a);
    group.finish();
}

fn build_owned<L: BenchList>(group: &mut Group<'_>, name: &str, a: &[u64]) {
    // The list is dropped inside the timing, as the arenas above are dropped inside theirs.
    group.bench_function(name, |b| {
        b.iter_batched(
            common::settle_heap,
            |()| drop(L::build(black_box(a))),
            BatchSize::PerIteration,
        );
    });
}

/// Which way a traversal walks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Forward,
    Backward,
}

fn traverse_forward(c: &mut Criterion) {
    traverse(c, Direction::Forward);
}

fn traverse_backward(c: &mut Criterion) {
    traverse(c, Direction::Backward);
}

fn traverse(c: &mut Criterion, direction: Direction) {
    let inputs = Inputs::new();
    let a = inputs.a.as_slice();
    let expected = wrapping_sum(a);
    let forward = direction == Direction::Forward;
    let mut group = common::flat_group(
        c,
        if forward {
            "list/traverse_forward"
        } else {
            "list/traverse_backward"
        },
    );

    common::settle_heap();
    ghost_runtime::scope(|graph, token| {
        let list = gg::build(graph, token, a);
        let token = &*token;
        let sum = |list| {
            if forward {
                gg::sum_forward(list, token)
            } else {
                gg::sum_backward(list, token)
            }
        };
        assert_eq!(sum(list), expected, "ghost_graph: traversal sum");
        group.bench_function("ghost_graph", |b| b.iter(|| sum(black_box(list))));
    });
    traverse_owned::<linked_list::List>(&mut group, "linked_list", a, forward, expected);
    traverse_owned::<raw_box::List>(&mut group, "raw_box", a, forward, expected);
    traverse_owned::<raw_arena::List>(&mut group, "raw_arena", a, forward, expected);
    common::settle_heap();
    ghost_cell::GhostToken::new(|mut token| {
        let arena = gc::NodeArena::new();
        let list = gc::build(&arena, &mut token, a);
        let token = &token;
        let sum = |list| {
            if forward {
                gc::sum_forward(list, token)
            } else {
                gc::sum_backward(list, token)
            }
        };
        assert_eq!(sum(list), expected, "ghost_cell_typed_arena: traversal sum");
        group.bench_function("ghost_cell_typed_arena", |b| {
            b.iter(|| sum(black_box(list)));
        });
    });
    traverse_owned::<rc_refcell::List>(&mut group, "rc_refcell", a, forward, expected);
    traverse_owned::<slot_map::List>(&mut group, "slotmap", a, forward, expected);
    group.finish();
}

fn traverse_owned<L: BenchList>(
    group: &mut Group<'_>,
    name: &str,
    a: &[u64],
    forward: bool,
    expected: u64,
) {
    common::settle_heap();
    let list = L::build(a);
    let sum = |list: &L| {
        if forward {
            list.sum_forward()
        } else {
            list.sum_backward()
        }
    };
    assert_eq!(sum(&list), expected, "{name}: traversal sum");
    group.bench_function(name, |b| b.iter(|| sum(black_box(&list))));
}

fn remove_every_third(c: &mut Criterion) {
    let inputs = Inputs::new();
    let a = inputs.a.as_slice();
    let mut group = common::flat_group(c, "list/remove_every_third");
    group.bench_function("ghost_graph", |b| {
        iter_fresh(b, || {
            common::settle_heap();
            ghost_runtime::scope(|graph, token| {
                let list = gg::build(graph, token, a);
                time_once(list, |list| gg::remove_every_third(list, token))
            })
        });
    });
    remove_owned::<linked_list::List>(&mut group, "linked_list", a);
    remove_owned::<raw_box::List>(&mut group, "raw_box", a);
    remove_owned::<raw_arena::List>(&mut group, "raw_arena", a);
    group.bench_function("ghost_cell_typed_arena", |b| {
        iter_fresh(b, || {
            common::settle_heap();
            ghost_cell::GhostToken::new(|mut token| {
                let arena = gc::NodeArena::new();
                let list = gc::build(&arena, &mut token, a);
                time_once(list, |list| gc::remove_every_third(list, &mut token))
            })
        });
    });
    remove_owned::<rc_refcell::List>(&mut group, "rc_refcell", a);
    remove_owned::<slot_map::List>(&mut group, "slotmap", a);
    group.finish();
}

fn remove_owned<L: BenchList>(group: &mut Group<'_>, name: &str, a: &[u64]) {
    group.bench_function(name, |b| {
        b.iter_batched(
            || {
                common::settle_heap();
                L::build(a)
            },
            |mut list| {
                list.remove_every_third();
                list
            },
            BatchSize::LargeInput,
        );
    });
}

fn splice(c: &mut Criterion) {
    let inputs = Inputs::new();
    let (a, b_values) = (inputs.a.as_slice(), inputs.b.as_slice());
    let mut group = common::flat_group(c, "list/splice");
    group.bench_function("ghost_graph", |b| {
        iter_fresh(b, || {
            common::settle_heap();
            ghost_runtime::scope(|graph, token| {
                let list = gg::build(graph, token, a);
                let other = gg::build(graph, token, b_values);
                time_once((list, other), |(list, other)| {
                    gg::splice_middle(list, other, token)
                })
            })
        });
    });
    splice_owned::<linked_list::List>(&mut group, "linked_list", a, b_values);
    splice_owned::<raw_box::List>(&mut group, "raw_box", a, b_values);
    splice_owned::<raw_arena::List>(&mut group, "raw_arena", a, b_values);
    group.bench_function("ghost_cell_typed_arena", |b| {
        iter_fresh(b, || {
            common::settle_heap();
            ghost_cell::GhostToken::new(|mut token| {
                let arena = gc::NodeArena::new();
                let list = gc::build(&arena, &mut token, a);
                let other = gc::build(&arena, &mut token, b_values);
                time_once((list, other), |(list, other)| {
                    gc::splice_middle(list, other, &mut token)
                })
            })
        });
    });
    splice_owned::<rc_refcell::List>(&mut group, "rc_refcell", a, b_values);
    splice_owned::<slot_map::List>(&mut group, "slotmap", a, b_values);
    group.finish();
}

fn splice_owned<L: BenchList>(group: &mut Group<'_>, name: &str, a: &[u64], b_values: &[u64]) {
    group.bench_function(name, |b| {
        b.iter_batched(
            || {
                common::settle_heap();
                L::build_pair(a, b_values)
            },
            |(mut list, other)| {
                list.splice_middle(other);
                list
            },
            BatchSize::LargeInput,
        );
    });
}

criterion_group! {
    name = list;
    config = common::criterion_config();
    targets = build, traverse_forward, traverse_backward, remove_every_third, splice
}
criterion_main!(list);
