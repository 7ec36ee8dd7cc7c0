//! The limit: raw pointers as keys, nodes in a `typed_arena::Arena` (as in
//! `list_peers/raw_arena.rs`), removed nodes' pointers on a free list that the next insert pops.
//! Opening a key is one load: nothing is checked, so a stale key silently reads whatever node
//! lives there now, the logic error that versioned keys exist to catch.
//!
//! Invariant of a [`Store`]: every pointer it holds (`keys`, `lookup`, `free`) was made from a
//! `&mut Node` that `arena.alloc` returned, and nothing but these pointers reaches a node after
//! that. The arena neither moves nor frees a node before it is dropped with the store, and
//! every slot always holds an initialised `Node` (removal leaves the value, reuse overwrites it
//! whole), so reading through any of these pointers, stale or not, reads a valid `Node`.
//! `Node` has no destructor, so overwriting or dropping one frees nothing.

use core::ptr::NonNull;

use typed_arena::Arena;

use super::{KeyedStore, vec_bytes};
use crate::common::{CHURN_SEED, Rng};

/// One node: a payload and a link field the workloads leave empty.
pub struct Node {
    pub val: u64,
    pub next: Option<NonNull<Node>>,
}

/// An arena, a free list of removed nodes, and pointers to the live ones.
pub struct Store {
    arena: Arena<Node>,
    free: Vec<NonNull<Node>>,
    keys: Vec<NonNull<Node>>,
    lookup: Vec<NonNull<Node>>,
    len: usize,
}

impl Store {
    /// A node holding `val`, in a removed node's place if there is one.
    #[inline]
    fn insert(&mut self, val: u64) -> NonNull<Node> {
        let node = Node { val, next: None };
        self.len += 1;
        match self.free.pop() {
            Some(slot) => {
                // SAFETY: `slot` points to a node of this arena (the invariant), reached only
                // through raw pointers, with no reference to it alive; `Node` needs no drop.
                unsafe { slot.as_ptr().write(node) };
                slot
            }
            None => NonNull::from(self.arena.alloc(node)),
        }
    }

    /// The payload `key` points to.
    #[inline]
    fn val(key: NonNull<Node>) -> u64 {
        // SAFETY: every pointer the store holds points to an initialised node of its arena
        // (the invariant), written only through raw pointers and never while this reads.
        unsafe { (*key.as_ptr()).val }
    }
}

impl KeyedStore for Store {
    type Key = NonNull<Node>;

    fn build(values: &[u64]) -> Self {
        let mut store = Self {
            arena: Arena::with_capacity(values.len()),
            free: Vec::new(),
            keys: Vec::with_capacity(values.len()),
            lookup: Vec::new(),
            len: 0,
        };
        for &v in values {
            let key = store.insert(v);
            store.keys.push(key);
        }
        store
    }

    #[inline]
    fn churn(&mut self, pairs: usize) -> u64 {
        let mut rng = Rng::new(CHURN_SEED);
        let mut removed = 0u64;
        for i in 0..pairs {
            let victim = rng.below(self.keys.len());
            let node = self.keys[victim];
            removed = removed.wrapping_add(Self::val(node));
            self.free.push(node);
            self.len -= 1;
            self.keys[victim] = self.insert(i as u64);
        }
        removed
    }

    fn set_lookup_order(&mut self, order: &[usize]) {
        self.lookup = order.iter().map(|&i| self.keys[i]).collect();
    }

    #[inline]
    fn lookup_sum(&mut self) -> u64 {
        self.lookup
            .iter()
            .fold(0u64, |sum, &key| sum.wrapping_add(Self::val(key)))
    }

    fn live_sum(&mut self) -> u64 {
        self.keys
            .iter()
            .fold(0u64, |sum, &key| sum.wrapping_add(Self::val(key)))
    }

    fn len(&self) -> usize {
        self.len
    }

    fn key_bytes(&self) -> usize {
        vec_bytes(&self.keys) + vec_bytes(&self.lookup)
    }
}
