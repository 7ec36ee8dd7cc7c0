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
