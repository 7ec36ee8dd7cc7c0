//! `slotmap::SlotMap<DefaultKey, Node>`: versioned 8-byte keys, nodes in one `Vec` of slots;
//! `remove` pushes the slot on the map's free list and `insert` pops it again, so the slot just
//! freed is the one refilled, as in ghost-graph's churn.

use slotmap::{DefaultKey, SlotMap};

use super::{KeyedStore, vec_bytes};
use crate::common::{CHURN_SEED, Rng};

/// One node: a payload and a link field the workloads leave empty.
pub struct Node {
    pub val: u64,
    pub next: Option<DefaultKey>,
}

/// A slot map and the keys of its live nodes.
pub struct Store {
    map: SlotMap<DefaultKey, Node>,
    keys: Vec<DefaultKey>,
    lookup: Vec<DefaultKey>,
}

impl KeyedStore for Store {
    type Key = DefaultKey;

    fn build(values: &[u64]) -> Self {
        let mut map = SlotMap::new();
        let mut keys = Vec::with_capacity(values.len());
        keys.extend(
            values
                .iter()
                .map(|&val| map.insert(Node { val, next: None })),
        );
        Self {
            map,
            keys,
            lookup: Vec::new(),
        }
    }

    #[inline]
    fn churn(&mut self, pairs: usize) -> u64 {
        let mut rng = Rng::new(CHURN_SEED);
        let mut removed = 0u64;
        for i in 0..pairs {
            let victim = rng.below(self.keys.len());
            let node = self
                .map
                .remove(self.keys[victim])
                .expect("every kept key is live");
            removed = removed.wrapping_add(node.val);
            self.keys[victim] = self.map.insert(Node {
                val: i as u64,
                next: None,
            });
        }
        removed
    }

    fn set_lookup_order(&mut self, order: &[usize]) {
        self.lookup = order.iter().map(|&i| self.keys[i]).collect();
    }

    #[inline]
    fn lookup_sum(&mut self) -> u64 {
        self.lookup.iter().fold(0u64, |sum, &key| {
            sum.wrapping_add(self.map.get(key).expect("live").val)
        })
    }

    fn live_sum(&mut self) -> u64 {
        self.keys
            .iter()
            .fold(0u64, |sum, &key| sum.wrapping_add(self.map[key].val))
    }

    fn len(&self) -> usize {
        self.map.len()
    }

    fn key_bytes(&self) -> usize {
        vec_bytes(&self.keys) + vec_bytes(&self.lookup)
    }
}
