//! ghost-graph through keys: an `Arena<'static>` kept in a struct with the keys of its nodes,
//! entered once per operation. Churn runs in one `scope_mut`: `graph.get(key)`,
//! `graph.remove(node, token)`, `Item::new_in(&graph.reusing(token), ..)`, which refills the
//! slot just removed. Lookup opens keys in a `scope_mut` ([`KeyedStore::lookup_sum`]) or in a
//! `read` ([`Store::lookup_sum_read`]).

use ghost_runtime::{Arena, ghost_graph};

use super::{KeyedStore, vec_bytes};
use crate::common::{CHURN_SEED, Rng};

/// One node: a payload and a link field the workloads leave empty.
#[ghost_graph]
pub struct Item {
    pub val: u64,
    pub next: Option<Item>,
}

/// An arena and the keys of its live nodes.
pub struct Store {
    arena: Arena<'static>,
    keys: Vec<ItemKey>,
    lookup: Vec<ItemKey>,
}

impl Store {
    /// [`KeyedStore::lookup_sum`] in a shared, read-only `Arena::read`.
    #[inline]
    pub fn lookup_sum_read(&self) -> u64 {
        let lookup = &self.lookup;
        self.arena.read(|graph, token| {
            lookup.iter().fold(0u64, |sum, &key| {
                sum.wrapping_add(graph.get(key).expect("live").borrow(token).val)
            })
        })
    }

    /// [`KeyedStore::churn`] with every new node in fresh memory (`Item::new_in(graph, ..)`,
    /// no `reusing`): what the arena grows to without slot reuse. For the memory table only.
    pub fn churn_without_reuse(&mut self, pairs: usize) -> u64 {
        let keys = &mut self.keys;
        let mut rng = Rng::new(CHURN_SEED);
        self.arena.scope_mut(|graph, token| {
            let mut removed = 0u64;
            for i in 0..pairs {
                let victim = rng.below(keys.len());
                let node = graph.get(keys[victim]).expect("every kept key is live");
                removed = removed.wrapping_add(node.borrow(token).val);
                graph.remove(node, token);
                keys[victim] = Item::new_in(graph, i as u64).key();
            }
            removed
        })
    }
}

impl KeyedStore for Store {
    type Key = ItemKey;

    fn build(values: &[u64]) -> Self {
        let mut arena = Arena::new();
        let mut keys = Vec::with_capacity(values.len());
        arena.scope_mut(|graph, _| {
            keys.extend(values.iter().map(|&v| Item::new_in(graph, v).key()));
        });
        Self {
            arena,
            keys,
            lookup: Vec::new(),
        }
    }

    #[inline]
    fn churn(&mut self, pairs: usize) -> u64 {
        let keys = &mut self.keys;
        let mut rng = Rng::new(CHURN_SEED);
        self.arena.scope_mut(|graph, token| {
            let mut removed = 0u64;
            for i in 0..pairs {
                let victim = rng.below(keys.len());
                let node = graph.get(keys[victim]).expect("every kept key is live");
                removed = removed.wrapping_add(node.borrow(token).val);
                graph.remove(node, token);
                keys[victim] = Item::new_in(&graph.reusing(token), i as u64).key();
            }
            removed
        })
    }

    fn set_lookup_order(&mut self, order: &[usize]) {
        self.lookup = order.iter().map(|&i| self.keys[i]).collect();
    }

    #[inline]
    fn lookup_sum(&mut self) -> u64 {
        let lookup = &self.lookup;
        self.arena.scope_mut(|graph, token| {
            lookup.iter().fold(0u64, |sum, &key| {
                sum.wrapping_add(graph.get(key).expect("live").borrow(token).val)
            })
        })
    }

    fn live_sum(&mut self) -> u64 {
        let keys = &self.keys;
        self.arena.read(|graph, token| {
            keys.iter().fold(0u64, |sum, &key| {
                sum.wrapping_add(graph.get(key).expect("live").borrow(token).val)
            })
        })
    }

    fn len(&self) -> usize {
        self.arena.len()
    }

    fn key_bytes(&self) -> usize {
        vec_bytes(&self.keys) + vec_bytes(&self.lookup)
    }
}
