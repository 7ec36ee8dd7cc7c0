//! Workload 5: `ghost-collections` against what a user would pick instead.
//!
//! LRU caches of `u64 -> u64`, all hashing with the same fixed-seed `foldhash` hasher
//! (`cache_peers::CacheHasher`), each driven through its own API (see `cache_peers/`):
//!
//! - `lru_get_hit`: `common::lru_get_size()` keys in a cache of that capacity, built once;
//!   each iteration makes as many gets, of keys drawn uniformly from a fixed seed (all hits,
//!   each moves its entry to the front).
//! - `lru_put_evict`: a fresh cache of capacity `cap` takes a stream of `keys` distinct keys
//!   (`common::lru_evict_size()`): after the first `cap` puts, every put evicts. The cache is
//!   made and dropped inside the timing.
//! - `lru_mixed`: a fresh cache of capacity `cap` runs `ops` operations
//!   (`common::lru_mixed_size()`), 80% `get` and 20% `put`, on keys drawn from a Zipf
//!   distribution (exponent 1) over `keys` keys. Every cache must score the same hits (checked
//!   before timing); the hit rate is printed.
//!
//! `ghost_collections` uses the plain API (one scope per call); `ghost_collections_scope` runs
//! the whole batch in one `scope` with the handle and the permission.
//!
//! Lists of `u64`, `common::list_len()` elements:
//!
//! - `collections_list_push_back`: push every value into a new list; the list is dropped inside
//!   the timing.
//! - `collections_list_iterate`: wrapping sum over a list built once.
//! - `collections_list_pop_front`: pop every element of a fresh list (built untimed).
//!
//! Before timing, every implementation is checked against the `lru` crate (caches) or a `Vec`
//! (lists) on the benchmark's own inputs.

use std::hint::black_box;

use criterion::measurement::WallTime;
use criterion::{BatchSize, BenchmarkGroup, Criterion, criterion_group, criterion_main};

mod cache_peers;
mod common;

use cache_peers::{BenchCache, CacheOp, ListPeer};

type Group<'a> = BenchmarkGroup<'a, WallTime>;

/// Every cache gets the same calls: `$f::<Cache>(args..)` for each implementation.
macro_rules! each_cache {
    ($f:ident($($arg:expr),*)) => {
        $f::<cache_peers::GhostCollections>($($arg),*);
        $f::<cache_peers::GhostCollectionsScope>($($arg),*);
        $f::<cache_peers::Lru>($($arg),*);
        $f::<cache_peers::Hashlink>($($arg),*);
    };
}

/// Every list gets the same calls: `$f::<List>(args..)` for each implementation.
macro_rules! each_list {
    ($f:ident($($arg:expr),*)) => {
        $f::<cache_peers::GhostList>($($arg),*);
        $f::<cache_peers::GhostListScope>($($arg),*);
        $f::<cache_peers::StdLinkedList>($($arg),*);
        $f::<cache_peers::StdVecDeque>($($arg),*);
    };
}

fn lru_get_hit(c: &mut Criterion) {
    let len = common::lru_get_size();
    // Uniform draws, not a permutation: a permutation repeated every iteration leaves the
    // entries in the order it gets them, so each get hits the least recent entry, whose
    // neighbour the previous get just touched, and the walk turns sequential.
    let mut rng = common::Rng::new(0x4528_21E6_38D0_1377);
    let gets: Vec<u64> = (0..len).map(|_| rng.below(len) as u64).collect();
    let mut group = common::flat_group(c, "lru_get_hit");
    each_cache!(get_hit(&mut group, len, &gets));
    group.finish();
}

/// Fills a cache of capacity `len` with the keys `0..len`, then times getting `gets`.
fn get_hit<C: BenchCache>(group: &mut Group<'_>, len: usize, gets: &[u64]) {
    let mut cache = C::with_cap(len);
    let keys: Vec<u64> = (0..len as u64).collect();
    cache.put_all(&keys, value_of);
    let expected = gets
        .iter()
        .fold(0u64, |sum, &k| sum.wrapping_add(value_of(k)));
    assert_eq!(cache.get_all(gets), expected, "{}: get_hit", C::NAME);
    group.bench_function(C::NAME, |b| b.iter(|| cache.get_all(black_box(gets))));
}

/// The value stored under `key` in every workload.
fn value_of(key: u64) -> u64 {
    key ^ 0x5555
}

fn lru_put_evict(c: &mut Criterion) {
    let (cap, count) = common::lru_evict_size();
    // Distinct keys in a scattered order: an odd multiplier is a bijection on `u64`.
    let keys: Vec<u64> = (0..count as u64)
        .map(|k| k.wrapping_mul(0x9E37_79B9_7F4A_7C15))
        .collect();
    let mut reference = cache_peers::Lru::with_cap(cap);
    reference.put_all(&keys, value_of);
    let expected = reference.entries();
    assert_eq!(expected.len(), cap);
    let mut group = common::flat_group(c, "lru_put_evict");
    each_cache!(put_evict(&mut group, cap, &keys, &expected));
    group.finish();
}

fn put_evict<C: BenchCache>(
    group: &mut Group<'_>,
    cap: usize,
    keys: &[u64],
    expected: &[(u64, u64)],
) {
    let mut cache = C::with_cap(cap);
    cache.put_all(keys, value_of);
    assert_eq!(cache.entries(), expected, "{}: put_evict", C::NAME);
    group.bench_function(C::NAME, |b| {
        b.iter(|| {
            let mut cache = C::with_cap(cap);
            cache.put_all(black_box(keys), value_of);
            cache
        });
    });
}

fn lru_mixed(c: &mut Criterion) {
    let (cap, keys, count) = common::lru_mixed_size();
    let ops = cache_peers::zipf_ops(keys, count);
    let gets = ops
        .iter()
        .filter(|op| matches!(op, CacheOp::Get(_)))
        .count();
    let hits = cache_peers::Lru::with_cap(cap).run(&ops, value_of);
    println!(
        "lru_mixed: {hits} hits of {gets} gets ({:.2}%) in every cache",
        100.0 * hits as f64 / gets as f64
    );
    let mut group = common::flat_group(c, "lru_mixed");
    each_cache!(mixed(&mut group, cap, &ops, hits));
    group.finish();
}

fn mixed<C: BenchCache>(group: &mut Group<'_>, cap: usize, ops: &[CacheOp], hits: usize) {
    assert_eq!(
        C::with_cap(cap).run(ops, value_of),
        hits,
        "{}: hits",
        C::NAME
    );
    group.bench_function(C::NAME, |b| {
        b.iter(|| C::with_cap(cap).run(black_box(ops), value_of));
    });
}

fn list_push_back(c: &mut Criterion) {
    let values = common::list_values(common::list_len());
    let mut group = common::flat_group(c, "collections_list_push_back");
    each_list!(push_back(&mut group, &values));
    group.finish();
}

fn push_back<L: ListPeer>(group: &mut Group<'_>, values: &[u64]) {
    assert_eq!(L::build(values).to_vec(), values, "{}: push_back", L::NAME);
    group.bench_function(L::NAME, |b| {
        b.iter_batched(
            common::settle_heap,
            |()| drop(L::build(black_box(values))),
            BatchSize::PerIteration,
        );
    });
}

fn list_iterate(c: &mut Criterion) {
    let values = common::list_values(common::list_len());
    let mut group = common::flat_group(c, "collections_list_iterate");
    each_list!(iterate(&mut group, &values));
    group.finish();
}

fn iterate<L: ListPeer>(group: &mut Group<'_>, values: &[u64]) {
    common::settle_heap();
    let mut list = L::build(values);
    assert_eq!(list.sum(), wrapping_sum(values), "{}: iterate", L::NAME);
    group.bench_function(L::NAME, |b| b.iter(|| black_box(&mut list).sum()));
}

fn list_pop_front(c: &mut Criterion) {
    let values = common::list_values(common::list_len());
    let mut group = common::flat_group(c, "collections_list_pop_front");
    each_list!(pop_front(&mut group, &values));
    group.finish();
}

fn pop_front<L: ListPeer>(group: &mut Group<'_>, values: &[u64]) {
    let mut list = L::build(values);
    assert_eq!(
        list.drain_front(),
        wrapping_sum(values),
        "{}: pop_front",
        L::NAME
    );
    assert!(
        list.to_vec().is_empty(),
        "{}: empty after pop_front",
        L::NAME
    );
    group.bench_function(L::NAME, |b| {
        b.iter_batched(
            || {
                common::settle_heap();
                L::build(values)
            },
            |mut list| list.drain_front(),
            BatchSize::PerIteration,
        );
    });
}

fn wrapping_sum(values: &[u64]) -> u64 {
    values.iter().fold(0, |sum, &v| sum.wrapping_add(v))
}

criterion_group! {
    name = benches;
    config = common::criterion_config();
    targets = lru_get_hit, lru_put_evict, lru_mixed, list_push_back, list_iterate, list_pop_front
}
criterion_main!(benches);
