//! Workload 5: nodes named by keys that live outside any scope (see `keys_peers/`), ghost-graph's
//! `Arena<'static>` against `slotmap`, `Rc<RefCell<_>>` handles, and the limit, raw pointers
//! with a free list. Every store is built from `common::list_values` and makes the same victim
//! choices (`common::CHURN_SEED`):
//!
//! - `keys/churn`: 1,000 live nodes, then 1,000,000 remove+insert pairs (10,000 in quick mode),
//!   the victim's key replaced by the new node's. Timed: the pairs only (ghost-graph: one
//!   `scope_mut` around the loop). Each iteration starts from a fresh store of 1,000 nodes,
//!   built untimed and dropped untimed.
//! - `keys/key_lookup`: 100,000 nodes (1,000 in quick mode); open every key once in a fixed
//!   random order (`common::shuffled`) and sum the payloads. Timed: the scope entry and the
//!   lookups, on a store built once. ghost-graph opens keys in `scope_mut` (`ghost_graph`) and
//!   in `read` (`ghost_graph_read`).
//!
//! What churn does to memory is in `benches/memory.rs` (this binary has no counting allocator,
//! which would tax the allocating peers' timings).
//!
//! Before any timing, every store is checked against a `Vec<u64>` model: the same removed
//! payloads, the same live payloads afterwards, 1,000 live nodes, and the lookup sum.
//!
//! Run with `cargo bench --bench keys` (`GHOST_BENCH_QUICK=1` for the quick mode).
//!
//! **Instruction counts**: with `GHOST_BENCH_DRIVER=<churn|lookup>:<store>` set, the binary
//! skips criterion and runs one churn or one lookup pass of one store at the benchmark size, in a
//! function named `callgrind_measured_*` for `valgrind --tool=callgrind
//! --toggle-collect='*callgrind_measured*'` to count alone; `<store>` is one of `ghost_graph`,
//! `ghost_graph_read` (lookup only), `slotmap`, `rc_refcell`, `raw_free_list`.
//! `bash benches/keys_callgrind.sh` runs them all and prints instructions per pair and per
//! lookup.

use std::hint::black_box;
use std::time::Instant;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, criterion_group};

mod common;
mod keys_peers;

use keys_peers::{KeyedStore, ghost_graph as gg, raw_free_list, rc_refcell, slot_map};

type Group<'a> = BenchmarkGroup<'a, WallTime>;

fn wrapping_sum(values: &[u64]) -> u64 {
    values.iter().fold(0, |sum, &v| sum.wrapping_add(v))
}

/// The churn on a `Vec<u64>` of payloads: the removed payloads' wrapping sum, and the payloads
/// left.
fn churn_model(values: &[u64], pairs: usize) -> (u64, Vec<u64>) {
    let mut live = values.to_vec();
    let mut rng = common::Rng::new(common::CHURN_SEED);
    let mut removed = 0u64;
    for i in 0..pairs {
        let victim = rng.below(live.len());
        removed = removed.wrapping_add(live[victim]);
        live[victim] = i as u64;
    }
    (removed, live)
}

/// One store against the model: churn at the benchmark size and at small counts, then lookups
/// over a shuffled key order.
fn check<S: KeyedStore>(name: &str, values: &[u64], pair_counts: &[usize], lookup: &[u64]) {
    for &pairs in pair_counts {
        let (removed, live) = churn_model(values, pairs);
        let mut store = S::build(values);
        assert_eq!(store.churn(pairs), removed, "{name}: removed payloads");
        assert_eq!(store.len(), values.len(), "{name}: live nodes after churn");
        assert_eq!(
            store.live_sum(),
            wrapping_sum(&live),
            "{name}: live payloads"
        );
        store.set_lookup_order(&common::shuffled(values.len()));
        assert_eq!(
            store.lookup_sum(),
            wrapping_sum(&live),
            "{name}: lookup after churn"
        );
    }
    let mut store = S::build(lookup);
    store.set_lookup_order(&common::shuffled(lookup.len()));
    assert_eq!(store.lookup_sum(), wrapping_sum(lookup), "{name}: lookup");
}

/// Every store against the model. Never timed.
fn check_all() {
    let (live, pairs) = common::churn_size();
    let values = common::list_values(live);
    let pair_counts = [0, 1, 7, 2 * live, pairs];
    let lookup = common::list_values(common::lookup_len());
    check::<gg::Store>("ghost_graph", &values, &pair_counts, &lookup);
    check::<slot_map::Store>("slotmap", &values, &pair_counts, &lookup);
    check::<rc_refcell::Store>("rc_refcell", &values, &pair_counts, &lookup);
    check::<raw_free_list::Store>("raw_free_list", &values, &pair_counts, &lookup);
    let mut store = gg::Store::build(&lookup);
    store.set_lookup_order(&common::shuffled(lookup.len()));
    assert_eq!(
        store.lookup_sum_read(),
        wrapping_sum(&lookup),
        "ghost_graph_read: lookup"
    );
}

fn churn(c: &mut Criterion) {
    check_all();
    let (live, pairs) = common::churn_size();
    let values = common::list_values(live);
    let mut group = common::flat_group(c, "keys/churn");
    churn_one::<gg::Store>(&mut group, "ghost_graph", &values, pairs);
    churn_one::<slot_map::Store>(&mut group, "slotmap", &values, pairs);
    churn_one::<rc_refcell::Store>(&mut group, "rc_refcell", &values, pairs);
    churn_one::<raw_free_list::Store>(&mut group, "raw_free_list", &values, pairs);
    group.finish();
}

/// Times `pairs` remove+insert pairs on a fresh store of `values` per iteration.
fn churn_one<S: KeyedStore>(group: &mut Group<'_>, name: &str, values: &[u64], pairs: usize) {
    group.bench_function(name, |b| {
        b.iter_custom(|iters| {
            (0..iters)
                .map(|_| {
                    common::settle_heap();
                    let mut store = black_box(S::build(values));
                    let start = Instant::now();
                    black_box(store.churn(black_box(pairs)));
                    let elapsed = start.elapsed();
                    drop(store);
                    elapsed
                })
                .sum()
        });
    });
}

fn key_lookup(c: &mut Criterion) {
    let n = common::lookup_len();
    let values = common::list_values(n);
    let order = common::shuffled(n);
    let mut group = common::flat_group(c, "keys/key_lookup");

    common::settle_heap();
    let mut store = gg::Store::build(&values);
    store.set_lookup_order(&order);
    group.bench_function("ghost_graph", |b| {
        b.iter(|| black_box(&mut store).lookup_sum());
    });
    group.bench_function("ghost_graph_read", |b| {
        b.iter(|| black_box(&store).lookup_sum_read());
    });
    drop(store);
    lookup_one::<slot_map::Store>(&mut group, "slotmap", &values, &order);
    lookup_one::<rc_refcell::Store>(&mut group, "rc_refcell", &values, &order);
    lookup_one::<raw_free_list::Store>(&mut group, "raw_free_list", &values, &order);
    group.finish();
}

fn lookup_one<S: KeyedStore>(group: &mut Group<'_>, name: &str, values: &[u64], order: &[usize]) {
    common::settle_heap();
    let mut store = S::build(values);
    store.set_lookup_order(order);
    group.bench_function(name, |b| b.iter(|| black_box(&mut store).lookup_sum()));
}

#[inline(never)]
fn callgrind_measured_churn<S: KeyedStore>(store: &mut S, pairs: usize) -> u64 {
    store.churn(pairs)
}

#[inline(never)]
fn callgrind_measured_lookup<S: KeyedStore>(store: &mut S) -> u64 {
    store.lookup_sum()
}

#[inline(never)]
fn callgrind_measured_lookup_read(store: &gg::Store) -> u64 {
    store.lookup_sum_read()
}

/// One churn of `S` at the benchmark size, built outside the measured function.
fn drive_churn<S: KeyedStore>() -> (u64, usize) {
    let (live, pairs) = common::churn_size();
    let mut store = S::build(&common::list_values(live));
    (
        callgrind_measured_churn(black_box(&mut store), black_box(pairs)),
        pairs,
    )
}

/// One lookup pass of `S` at the benchmark size, built outside the measured function.
fn drive_lookup<S: KeyedStore>() -> (u64, usize) {
    let n = common::lookup_len();
    let mut store = S::build(&common::list_values(n));
    store.set_lookup_order(&common::shuffled(n));
    (callgrind_measured_lookup(black_box(&mut store)), n)
}

/// `GHOST_BENCH_DRIVER=<churn|lookup>:<store>`: one run of one store, for callgrind.
fn driver(spec: &str) {
    let (sum, count) = match spec {
        "churn:ghost_graph" => drive_churn::<gg::Store>(),
        "churn:slotmap" => drive_churn::<slot_map::Store>(),
        "churn:rc_refcell" => drive_churn::<rc_refcell::Store>(),
        "churn:raw_free_list" => drive_churn::<raw_free_list::Store>(),
        "lookup:ghost_graph" => drive_lookup::<gg::Store>(),
        "lookup:ghost_graph_read" => {
            let n = common::lookup_len();
            let mut store = gg::Store::build(&common::list_values(n));
            store.set_lookup_order(&common::shuffled(n));
            (callgrind_measured_lookup_read(black_box(&store)), n)
        }
        "lookup:slotmap" => drive_lookup::<slot_map::Store>(),
        "lookup:rc_refcell" => drive_lookup::<rc_refcell::Store>(),
        "lookup:raw_free_list" => drive_lookup::<raw_free_list::Store>(),
        _ => panic!("GHOST_BENCH_DRIVER={spec}: expected <churn|lookup>:<store>"),
    };
    println!("{spec}: {count} operations, sum {sum}");
}

criterion_group! {
    name = keys;
    config = common::criterion_config();
    targets = churn, key_lookup
}

// `criterion_main!(keys)`, with the driver switch in front.
fn main() {
    if let Ok(spec) = std::env::var("GHOST_BENCH_DRIVER") {
        driver(&spec);
        return;
    }
    keys();
    Criterion::default().configure_from_args().final_summary();
}
