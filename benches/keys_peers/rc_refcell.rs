//! `Rc<RefCell<Node>>`: the "key" is a strong handle, one allocation per node. Churn replaces
//! the victim's `Rc` in the `Vec` (allocating the new node, then freeing the old one); lookup
//! dereferences the handle and checks the borrow flag, with no validation to do.

use std::cell::RefCell;
use std::rc::Rc;

use super::{KeyedStore, vec_bytes};
use crate::common::{CHURN_SEED, Rng};

type Handle = Rc<RefCell<Node>>;

/// One node: a payload and a link field the workloads leave empty.
pub struct Node {
    pub val: u64,
    pub next: Option<Handle>,
}

/// The handles of the live nodes (which they own).
pub struct Store {
    keys: Vec<Handle>,
    lookup: Vec<Handle>,
}

fn node(val: u64) -> Handle {
    Rc::new(RefCell::new(Node { val, next: None }))
}

impl KeyedStore for Store {
    type Key = Handle;

    fn build(values: &[u64]) -> Self {
        let mut keys = Vec::with_capacity(values.len());
        keys.extend(values.iter().map(|&v| node(v)));
        Self {
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
            let old = std::mem::replace(&mut self.keys[victim], node(i as u64));
            removed = removed.wrapping_add(old.borrow().val);
        }
        removed
    }

    fn set_lookup_order(&mut self, order: &[usize]) {
        self.lookup = order.iter().map(|&i| Rc::clone(&self.keys[i])).collect();
    }

    #[inline]
    fn lookup_sum(&mut self) -> u64 {
        self.lookup
            .iter()
            .fold(0u64, |sum, node| sum.wrapping_add(node.borrow().val))
    }

    fn live_sum(&mut self) -> u64 {
        self.keys
            .iter()
            .fold(0u64, |sum, node| sum.wrapping_add(node.borrow().val))
    }

    fn len(&self) -> usize {
        self.keys.len()
    }

    fn key_bytes(&self) -> usize {
        vec_bytes(&self.keys) + vec_bytes(&self.lookup)
    }
}
