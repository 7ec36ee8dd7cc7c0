//! A list in a `slotmap::SlotMap<DefaultKey, Node>`: links are versioned keys, every access is a
//! bounds and version check, nodes sit in one growing `Vec` of slots. Removal frees the slot
//! (`SlotMap::remove`) for reuse. Keys only mean something in their own map, so the list to
//! splice in is built in the same map.

use slotmap::{DefaultKey, SlotMap};

use super::BenchList;

/// One node.
pub struct Node {
    pub val: u64,
    next: Option<DefaultKey>,
    prev: Option<DefaultKey>,
}

/// A run of linked nodes in a [`List`]'s map, not linked into the list.
pub struct Chain {
    head: DefaultKey,
    tail: DefaultKey,
    len: usize,
}

/// A doubly-linked list whose nodes live in its own slot map.
pub struct List {
    slots: SlotMap<DefaultKey, Node>,
    head: Option<DefaultKey>,
    tail: Option<DefaultKey>,
    len: usize,
}

impl List {
    pub fn new() -> Self {
        Self {
            slots: SlotMap::new(),
            head: None,
            tail: None,
            len: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// Inserts a node linked after `prev` (`None`, or a node of this map with no `next`).
    #[inline]
    fn insert_after(&mut self, prev: Option<DefaultKey>, val: u64) -> DefaultKey {
        let key = self.slots.insert(Node {
            val,
            next: None,
            prev,
        });
        if let Some(prev) = prev {
            self.slots[prev].next = Some(key);
        }
        key
    }

    #[inline]
    pub fn push_back(&mut self, val: u64) {
        let key = self.insert_after(self.tail, val);
        if self.head.is_none() {
            self.head = Some(key);
        }
        self.tail = Some(key);
        self.len += 1;
    }

    /// A chain of `values` in this list's map, not linked into the list.
    pub fn detached_chain(&mut self, values: &[u64]) -> Chain {
        let (&first, rest) = values.split_first().expect("a chain is non-empty");
        let head = self.insert_after(None, first);
        let mut tail = head;
        for &v in rest {
            tail = self.insert_after(Some(tail), v);
        }
        Chain {
            head,
            tail,
            len: values.len(),
        }
    }

    #[inline]
    fn sum_along(&self, start: Option<DefaultKey>, step: fn(&Node) -> Option<DefaultKey>) -> u64 {
        let mut sum = 0u64;
        let mut cur = start;
        while let Some(key) = cur {
            let node = &self.slots[key];
            sum = sum.wrapping_add(node.val);
            cur = step(node);
        }
        sum
    }

    fn values_along(
        &self,
        start: Option<DefaultKey>,
        step: fn(&Node) -> Option<DefaultKey>,
    ) -> Vec<u64> {
        let mut out = Vec::new();
        let mut cur = start;
        while let Some(key) = cur {
            let node = &self.slots[key];
            out.push(node.val);
            cur = step(node);
        }
        out
    }
}

impl Default for List {
    fn default() -> Self {
        Self::new()
    }
}

impl BenchList for List {
    type Spliced = Chain;

    fn build(values: &[u64]) -> Self {
        let mut list = List::new();
        for &v in values {
            list.push_back(v);
        }
        list
    }

    fn build_pair(a: &[u64], b: &[u64]) -> (Self, Chain) {
        let mut list = Self::build(a);
        let chain = list.detached_chain(b);
        (list, chain)
    }

    fn sum_forward(&self) -> u64 {
        self.sum_along(self.head, |n| n.next)
    }

    fn sum_backward(&self) -> u64 {
        self.sum_along(self.tail, |n| n.prev)
    }

    fn remove_every_third(&mut self) {
        let mut cur = self.head;
        let mut count = 0u32;
        while let Some(key) = cur {
            let node = &self.slots[key];
            let (prev, next) = (node.prev, node.next);
            count += 1;
            if count == 3 {
                count = 0;
                match prev {
                    Some(p) => self.slots[p].next = next,
                    None => self.head = next,
                }
                match next {
                    Some(n) => self.slots[n].prev = prev,
                    None => self.tail = prev,
                }
                self.slots.remove(key);
                self.len -= 1;
            }
            cur = next;
        }
    }

    fn splice_middle(&mut self, other: Chain) {
        assert!(self.len >= 2, "splice needs len >= 2");
        let mut before = self.head.expect("non-empty");
        for _ in 1..self.len / 2 {
            before = self.slots[before].next.expect("within the list");
        }
        let after = self.slots[before].next.expect("before is not the tail");
        self.slots[before].next = Some(other.head);
        self.slots[other.head].prev = Some(before);
        self.slots[other.tail].next = Some(after);
        self.slots[after].prev = Some(other.tail);
        self.len += other.len;
    }

    fn forward_values(&self) -> Vec<u64> {
        self.values_along(self.head, |n| n.next)
    }

    fn backward_values(&self) -> Vec<u64> {
        self.values_along(self.tail, |n| n.prev)
    }
}
