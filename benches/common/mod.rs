//! What every benchmark shares: sizes (with a quick mode for CI), and a fixed-seed generator
//! so every implementation in one run gets identical inputs.

#![allow(dead_code)] // each bench binary uses part of this module

/// `GHOST_BENCH_QUICK=1` (set by CI) shrinks every workload so the suite only proves it runs.
pub fn quick() -> bool {
    std::env::var_os("GHOST_BENCH_QUICK").is_some()
}

/// List length for the list workloads (1,000,000 leaves the caches; 1,000 in quick mode).
pub fn list_len() -> usize {
    if quick() { 1_000 } else { 1_000_000 }
}

/// Graph size for the graph workloads: (vertices, edges).
pub fn graph_size() -> (usize, usize) {
    if quick() {
        (1_000, 4_000)
    } else {
        (100_000, 400_000)
    }
}

/// The churn workload of `benches/keys.rs`: (live nodes, remove+insert pairs). 1,000 live
/// nodes in both modes; 1,000,000 pairs (10,000 in quick mode).
pub fn churn_size() -> (usize, usize) {
    if quick() {
        (1_000, 10_000)
    } else {
        (1_000, 1_000_000)
    }
}

/// Seed of the churn's victim choices: every implementation removes the same positions.
pub const CHURN_SEED: u64 = 0x3C6E_F372_FE94_F82B;

/// Nodes of the key lookup workload of `benches/keys.rs` (1,000 in quick mode).
pub fn lookup_len() -> usize {
    if quick() { 1_000 } else { 100_000 }
}

/// A permutation of `0..len` (Fisher-Yates), the same on every run: the order in which the key
/// lookup workload opens its keys.
pub fn shuffled(len: usize) -> Vec<usize> {
    let mut rng = Rng::new(0xA54F_F53A_5F1D_36F1);
    let mut order: Vec<usize> = (0..len).collect();
    for i in (1..len).rev() {
        order.swap(i, rng.below(i + 1));
    }
    order
}

/// xorshift64*: small, fast, and the same sequence on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..bound` (bound > 0), by multiply-shift.
    pub fn below(&mut self, bound: usize) -> usize {
        ((u128::from(self.next_u64()) * bound as u128) >> 64) as usize
    }
}

/// The payloads of the list workloads.
pub fn list_values(len: usize) -> Vec<u64> {
    let mut rng = Rng::new(0x6A09_E667_F3BC_C908);
    (0..len).map(|_| rng.next_u64() >> 16).collect()
}

/// A random directed G(n, m): `m` edges with uniformly random ends (loops and parallel edges
/// allowed), the same on every run.
pub fn random_edges(vertices: usize, edges: usize) -> Vec<(usize, usize)> {
    let mut rng = Rng::new(0xBB67_AE85_84CA_A73B);
    (0..edges)
        .map(|_| (rng.below(vertices), rng.below(vertices)))
        .collect()
}

/// Edge weights for the weighted graph workload: one per edge, uniform in `1..=100`, the same
/// on every run.
pub fn random_weights(edges: usize) -> Vec<u32> {
    let mut rng = Rng::new(0x510E_527F_ADE6_82D1);
    (0..edges)
        .map(|_| 1 + u32::try_from(rng.below(100)).expect("below 100"))
        .collect()
}

/// Lets the allocator coalesce what the previous structure freed, so the next one is laid out
/// as in a fresh heap. glibc keeps small freed blocks in LIFO bins that a request of 1 KiB or
/// more consolidates; elsewhere this is one harmless allocation. Never timed.
pub fn settle_heap() {
    drop(std::hint::black_box(Vec::<u8>::with_capacity(64 * 1024)));
}

/// The LRU get-hit workload: keys, all in a cache of that capacity (100,000; 1,000 in quick
/// mode).
pub fn lru_get_size() -> usize {
    if quick() { 1_000 } else { 100_000 }
}

/// The LRU eviction workload: (capacity, distinct keys put): (10,000, 1,000,000); (100,
/// 10,000) in quick mode.
pub fn lru_evict_size() -> (usize, usize) {
    if quick() {
        (100, 10_000)
    } else {
        (10_000, 1_000_000)
    }
}

/// The LRU mixed workload: (capacity, keys the Zipf distribution spans, operations):
/// (10,000, 1,000,000, 1,000,000); (100, 10,000, 10,000) in quick mode.
pub fn lru_mixed_size() -> (usize, usize, usize) {
    if quick() {
        (100, 10_000, 10_000)
    } else {
        (10_000, 1_000_000, 1_000_000)
    }
}

/// Criterion as every benchmark here runs it: sample size 20, 1 s warm-up, 3 s measurement;
/// 10 samples and a fraction of that in quick mode, which only proves the benchmarks run.
pub fn criterion_config() -> criterion::Criterion {
    let quick = quick();
    criterion::Criterion::default()
        .sample_size(if quick { 10 } else { 20 })
        .warm_up_time(std::time::Duration::from_millis(if quick {
            100
        } else {
            1_000
        }))
        .measurement_time(std::time::Duration::from_millis(if quick {
            300
        } else {
            3_000
        }))
}

/// A benchmark group with flat sampling (every sample runs the same number of iterations):
/// every operation timed here takes milliseconds.
pub fn flat_group<'a>(
    c: &'a mut criterion::Criterion,
    name: &str,
) -> criterion::BenchmarkGroup<'a, criterion::measurement::WallTime> {
    let mut group = c.benchmark_group(name);
    group.sampling_mode(criterion::SamplingMode::Flat);
    group
}
