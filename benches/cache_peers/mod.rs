//! The caches and lists of `benches/collections.rs` (and of the memory table in
//! `benches/memory.rs`): `ghost-collections` and what a user would pick instead, behind two
//! small traits so every implementation runs the same loop.

#![allow(dead_code)] // `memory.rs` uses part of this module

use std::collections::{LinkedList, VecDeque};
use std::num::NonZeroUsize;

use foldhash::fast::FixedState;
use ghost_collections::List;
use rand::SeedableRng;
use rand::rngs::StdRng;
use rand_distr::{Distribution, Zipf};

/// The hasher of every cache: `foldhash` with a fixed seed, so all hash alike.
pub type CacheHasher = FixedState;

fn hasher() -> CacheHasher {
    FixedState::with_seed(0x243F_6A88_85A3_08D3)
}

/// An LRU cache of `u64 -> u64` driven by the benchmarks: `put` and `get` one at a time; the
/// batches default to loops over them.
pub trait BenchCache: Sized {
    /// The benchmark function's name.
    const NAME: &'static str;

    /// An empty cache of at most `cap` entries (`cap > 0`).
    fn with_cap(cap: usize) -> Self;

    /// Inserts or updates `key`, making it the most recent entry (evicting when full).
    fn put(&mut self, key: u64, value: u64);

    /// The value of `key`, made the most recent entry; `None` if absent.
    fn get(&mut self, key: u64) -> Option<u64>;

    /// The entries, most recent first.
    fn entries(&self) -> Vec<(u64, u64)>;

    /// Puts every key of `keys`, in order, with the value `value(key)`.
    fn put_all(&mut self, keys: &[u64], value: fn(u64) -> u64) {
        for &k in keys {
            self.put(k, value(k));
        }
    }

    /// Gets every key of `keys`, in order; returns the wrapping sum of the values found.
    fn get_all(&mut self, keys: &[u64]) -> u64 {
        keys.iter()
            .fold(0, |sum, &k| sum.wrapping_add(self.get(k).unwrap_or(0)))
    }

    /// Runs `ops` (puts store `value(key)`); returns the number of gets that hit.
    fn run(&mut self, ops: &[CacheOp], value: fn(u64) -> u64) -> usize {
        let mut hits = 0;
        for op in ops {
            match *op {
                CacheOp::Get(k) => hits += usize::from(self.get(k).is_some()),
                CacheOp::Put(k) => self.put(k, value(k)),
            }
        }
        hits
    }
}

/// One operation of the mixed workload.
#[derive(Clone, Copy, Debug)]
pub enum CacheOp {
    Get(u64),
    Put(u64),
}

/// `count` operations, 80% gets and 20% puts, on keys drawn from a Zipf distribution with
/// exponent 1 over `1..=keys` (key 1 the most frequent), from a fixed seed.
pub fn zipf_ops(keys: usize, count: usize) -> Vec<CacheOp> {
    let mut rng = StdRng::seed_from_u64(0x1319_8A2E_0370_7344);
    let zipf = Zipf::new(keys as f64, 1.0).expect("a Zipf distribution over at least one key");
    (0..count)
        .map(|i| {
            // Keys scattered over `u64` (an odd multiplier is a bijection), so no cache gains
            // from small consecutive keys.
            let key = (zipf.sample(&mut rng) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            // Every fifth operation is a put: exactly 20%, spread evenly.
            if i % 5 == 4 {
                CacheOp::Put(key)
            } else {
                CacheOp::Get(key)
            }
        })
        .collect()
}

fn cap_of(cap: usize) -> NonZeroUsize {
    NonZeroUsize::new(cap).expect("a cache of at least one entry")
}

/// `ghost_collections::LruCache` through its plain API: one scope per call.
pub struct GhostCollections(ghost_collections::LruCache<u64, u64, CacheHasher>);

impl BenchCache for GhostCollections {
    const NAME: &'static str = "ghost_collections";

    fn with_cap(cap: usize) -> Self {
        Self(ghost_collections::LruCache::with_hasher(
            cap_of(cap),
            hasher(),
        ))
    }

    fn put(&mut self, key: u64, value: u64) {
        self.0.put(key, value);
    }

    fn get(&mut self, key: u64) -> Option<u64> {
        self.0.get(&key).copied()
    }

    fn entries(&self) -> Vec<(u64, u64)> {
        self.0.iter().map(|(k, v)| (*k, *v)).collect()
    }
}

/// `ghost_collections::LruCache`, each batch run in one `scope` with the handle and the
/// permission.
pub struct GhostCollectionsScope(GhostCollections);

impl BenchCache for GhostCollectionsScope {
    const NAME: &'static str = "ghost_collections_scope";

    fn with_cap(cap: usize) -> Self {
        Self(GhostCollections::with_cap(cap))
    }

    fn put(&mut self, key: u64, value: u64) {
        self.0.put(key, value);
    }

    fn get(&mut self, key: u64) -> Option<u64> {
        self.0.get(key)
    }

    fn entries(&self) -> Vec<(u64, u64)> {
        self.0.entries()
    }

    fn put_all(&mut self, keys: &[u64], value: fn(u64) -> u64) {
        self.0.0.scope(|mut cache, perm| {
            for &k in keys {
                cache.put(k, value(k), perm);
            }
        });
    }

    fn get_all(&mut self, keys: &[u64]) -> u64 {
        self.0.0.scope(|mut cache, perm| {
            keys.iter().fold(0u64, |sum, k| {
                sum.wrapping_add(cache.get(k, perm).copied().unwrap_or(0))
            })
        })
    }

    fn run(&mut self, ops: &[CacheOp], value: fn(u64) -> u64) -> usize {
        self.0.0.scope(|mut cache, perm| {
            let mut hits = 0;
            for op in ops {
                match *op {
                    CacheOp::Get(k) => hits += usize::from(cache.get(&k, perm).is_some()),
                    CacheOp::Put(k) => {
                        cache.put(k, value(k), perm);
                    }
                }
            }
            hits
        })
    }
}

/// The `lru` crate's `LruCache` (raw pointers, one `Box` per entry).
pub struct Lru(lru::LruCache<u64, u64, CacheHasher>);

impl BenchCache for Lru {
    const NAME: &'static str = "lru";

    fn with_cap(cap: usize) -> Self {
        Self(lru::LruCache::with_hasher(cap_of(cap), hasher()))
    }

    fn put(&mut self, key: u64, value: u64) {
        self.0.put(key, value);
    }

    fn get(&mut self, key: u64) -> Option<u64> {
        self.0.get(&key).copied()
    }

    fn entries(&self) -> Vec<(u64, u64)> {
        self.0.iter().map(|(k, v)| (*k, *v)).collect()
    }
}

/// `hashlink::LruCache` (a linked hash map on hashbrown).
pub struct Hashlink(hashlink::LruCache<u64, u64, CacheHasher>);

impl BenchCache for Hashlink {
    const NAME: &'static str = "hashlink";

    fn with_cap(cap: usize) -> Self {
        Self(hashlink::LruCache::with_hasher(cap, hasher()))
    }

    fn put(&mut self, key: u64, value: u64) {
        self.0.insert(key, value);
    }

    fn get(&mut self, key: u64) -> Option<u64> {
        self.0.get(&key).copied()
    }

    fn entries(&self) -> Vec<(u64, u64)> {
        // hashlink iterates from the least recently used entry.
        self.0.iter().rev().map(|(k, v)| (*k, *v)).collect()
    }
}

/// A list of `u64` driven by the benchmarks: `push_back`, `pop_front` and a walk; building
/// and draining default to loops over them.
pub trait ListPeer: Sized {
    /// The benchmark function's name.
    const NAME: &'static str;

    fn new() -> Self;

    fn push_back(&mut self, value: u64);

    fn pop_front(&mut self) -> Option<u64>;

    /// The elements, front to back.
    fn to_vec(&mut self) -> Vec<u64>;

    /// The wrapping sum of the elements, front to back.
    fn sum(&mut self) -> u64;

    /// `push_back` of every value, in order.
    fn build(values: &[u64]) -> Self {
        let mut list = Self::new();
        for &v in values {
            list.push_back(v);
        }
        list
    }

    /// Pops every element from the front; returns their wrapping sum.
    fn drain_front(&mut self) -> u64 {
        let mut sum = 0u64;
        while let Some(v) = self.pop_front() {
            sum = sum.wrapping_add(v);
        }
        sum
    }
}

fn add(sum: u64, value: &u64) -> u64 {
    sum.wrapping_add(*value)
}

/// The `ListPeer` of a list type with std's method names.
macro_rules! std_like_list {
    ($(#[$doc:meta])* $name:ident($list:ty), $bench:literal) => {
        $(#[$doc])*
        pub struct $name($list);

        impl ListPeer for $name {
            const NAME: &'static str = $bench;

            fn new() -> Self {
                Self(<$list>::new())
            }

            fn push_back(&mut self, value: u64) {
                self.0.push_back(value);
            }

            fn pop_front(&mut self) -> Option<u64> {
                self.0.pop_front()
            }

            fn to_vec(&mut self) -> Vec<u64> {
                self.0.iter().copied().collect()
            }

            fn sum(&mut self) -> u64 {
                self.0.iter().fold(0, add)
            }
        }
    };
}

std_like_list!(
    /// `ghost_collections::List` through its plain API: one scope per push and pop.
    GhostList(List<u64>),
    "ghost_collections"
);
std_like_list!(
    /// `std::collections::LinkedList`: one allocation per element.
    StdLinkedList(LinkedList<u64>),
    "linked_list"
);
std_like_list!(
    /// `std::collections::VecDeque`: a ring buffer, the limit (no reference stability, no
    /// removal in the middle in O(1)).
    StdVecDeque(VecDeque<u64>),
    "vec_deque"
);

/// `ghost_collections::List`, each batch in one `scope` with the handle and the permission.
pub struct GhostListScope(GhostList);

impl ListPeer for GhostListScope {
    const NAME: &'static str = "ghost_collections_scope";

    fn new() -> Self {
        Self(GhostList::new())
    }

    fn push_back(&mut self, value: u64) {
        self.0.push_back(value);
    }

    fn pop_front(&mut self) -> Option<u64> {
        self.0.pop_front()
    }

    fn to_vec(&mut self) -> Vec<u64> {
        self.0.to_vec()
    }

    fn sum(&mut self) -> u64 {
        self.0.0.scope(|list, perm| list.iter(perm).fold(0, add))
    }

    fn build(values: &[u64]) -> Self {
        let mut list = List::new();
        list.scope(|mut list, _perm| {
            for &v in values {
                list.push_back(v);
            }
        });
        Self(GhostList(list))
    }

    fn drain_front(&mut self) -> u64 {
        self.0.0.scope(|mut list, perm| {
            let mut sum = 0u64;
            while let Some(key) = list.pop_front() {
                sum = sum.wrapping_add(list.take(key, perm).unwrap_or(0));
            }
            sum
        })
    }
}
