//! The speed limit with the global allocator: raw pointers, one `Box` per node, written by hand.
//!
//! Invariant of a [`List`]: `head` and `tail` are both `None` (empty) or both `Some`; following
//! `next` from `head` visits every node exactly once and ends at `tail`, and `prev` mirrors
//! `next`; every node came from `Box::into_raw` and is owned by exactly this list, which frees
//! it once (on removal or on drop).

use core::ptr::NonNull;

use super::BenchList;

/// One node.
pub struct Node {
    pub val: u64,
    next: Option<NonNull<Node>>,
    prev: Option<NonNull<Node>>,
}

/// A doubly-linked list owning boxed nodes.
pub struct List {
    head: Option<NonNull<Node>>,
    tail: Option<NonNull<Node>>,
    len: usize,
}

impl List {
    pub fn new() -> Self {
        Self {
            head: None,
            tail: None,
            len: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn push_back(&mut self, val: u64) {
        let node = NonNull::from(Box::leak(Box::new(Node {
            val,
            next: None,
            prev: self.tail,
        })));
        match self.tail {
            // SAFETY: `tail` is a live node owned by this list (invariant), and no reference
            // to any node is held across this write.
            Some(tail) => unsafe { (*tail.as_ptr()).next = Some(node) },
            None => self.head = Some(node),
        }
        self.tail = Some(node);
        self.len += 1;
    }

    /// Walks `start` along `step`, folding the payloads.
    #[inline]
    fn sum_along(start: Option<NonNull<Node>>, step: fn(&Node) -> Option<NonNull<Node>>) -> u64 {
        let mut sum = 0u64;
        let mut cur = start;
        while let Some(node) = cur {
            // SAFETY: every pointer reachable from `head` or `tail` is a live node of this list
            // (invariant), and `&self` (held by every caller) keeps it from being freed or
            // written meanwhile.
            let node = unsafe { node.as_ref() };
            sum = sum.wrapping_add(node.val);
            cur = step(node);
        }
        sum
    }

    fn values_along(
        start: Option<NonNull<Node>>,
        step: fn(&Node) -> Option<NonNull<Node>>,
    ) -> Vec<u64> {
        let mut out = Vec::new();
        let mut cur = start;
        while let Some(node) = cur {
            // SAFETY: as in `sum_along`.
            let node = unsafe { node.as_ref() };
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
    type Spliced = List;

    fn build(values: &[u64]) -> Self {
        let mut list = List::new();
        for &v in values {
            list.push_back(v);
        }
        list
    }

    fn build_pair(a: &[u64], b: &[u64]) -> (Self, Self) {
        (Self::build(a), Self::build(b))
    }

    fn sum_forward(&self) -> u64 {
        Self::sum_along(self.head, |n| n.next)
    }

    fn sum_backward(&self) -> u64 {
        Self::sum_along(self.tail, |n| n.prev)
    }

    fn remove_every_third(&mut self) {
        let mut cur = self.head;
        let mut count = 0u32;
        while let Some(node) = cur {
            // SAFETY: `node` is a live node of this list (invariant); we hold `&mut self`, so
            // nothing else reads or writes any node meanwhile.
            let (prev, next) = unsafe { ((*node.as_ptr()).prev, (*node.as_ptr()).next) };
            count += 1;
            if count == 3 {
                count = 0;
                // SAFETY: `prev` and `next` are live nodes of this list (invariant) distinct
                // from `node`; relinking them around `node` keeps the invariant for the rest.
                // `node` itself came from `Box::into_raw` (`Box::leak`), is now unreachable from
                // the list, and is freed here exactly once.
                unsafe {
                    match prev {
                        Some(p) => (*p.as_ptr()).next = next,
                        None => self.head = next,
                    }
                    match next {
                        Some(n) => (*n.as_ptr()).prev = prev,
                        None => self.tail = prev,
                    }
                    drop(Box::from_raw(node.as_ptr()));
                }
                self.len -= 1;
            }
            cur = next;
        }
    }

    fn splice_middle(&mut self, mut other: List) {
        assert!(
            self.len >= 2 && other.len >= 1,
            "splice needs len >= 2 and a non-empty other"
        );
        let mut before = self.head.expect("non-empty");
        for _ in 1..self.len / 2 {
            // SAFETY: fewer than `len` steps from `head` stay on live nodes (invariant).
            before = unsafe { (*before.as_ptr()).next }.expect("within the list");
        }
        let (first, last) = (other.head.take().expect("non-empty"), other.tail.take());
        let last = last.expect("non-empty");
        // SAFETY: `before` (not the tail, as `len / 2 < len`), its successor `after`, and
        // `other`'s ends are live nodes; `other` gives up ownership of its nodes (its ends are
        // taken, so its drop frees nothing), and this list now owns them: each node still has
        // exactly one owner.
        unsafe {
            let after = (*before.as_ptr()).next.expect("before is not the tail");
            (*before.as_ptr()).next = Some(first);
            (*first.as_ptr()).prev = Some(before);
            (*last.as_ptr()).next = Some(after);
            (*after.as_ptr()).prev = Some(last);
        }
        self.len += other.len;
        other.len = 0;
    }

    fn forward_values(&self) -> Vec<u64> {
        Self::values_along(self.head, |n| n.next)
    }

    fn backward_values(&self) -> Vec<u64> {
        Self::values_along(self.tail, |n| n.prev)
    }
}

impl Drop for List {
    fn drop(&mut self) {
        let mut cur = self.head.take();
        self.tail = None;
        while let Some(node) = cur {
            // SAFETY: `node` is a live node owned by this list, from `Box::into_raw`
            // (`Box::leak`); the walk visits each node once and reads `next` before freeing.
            let boxed = unsafe { Box::from_raw(node.as_ptr()) };
            cur = boxed.next;
        }
    }
}
