//! The safe textbook list: `Rc<RefCell<Node>>` forward links, `Weak` back links. One allocation
//! per node (the `Rc` box: two counts, the `RefCell` flag, the node); walking clones an `Rc`
//! (forward) or upgrades a `Weak` (backward) per step, and every access checks a borrow flag.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use super::BenchList;

type Link = Rc<RefCell<Node>>;

/// One node.
pub struct Node {
    pub val: u64,
    next: Option<Link>,
    prev: Option<Weak<RefCell<Node>>>,
}

/// A doubly-linked list: `head` owns the first node, each node owns the next; `tail` is a
/// second strong handle to the last node.
pub struct List {
    head: Option<Link>,
    tail: Option<Link>,
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
        let node = Rc::new(RefCell::new(Node {
            val,
            next: None,
            prev: self.tail.as_ref().map(Rc::downgrade),
        }));
        match self.tail.take() {
            Some(tail) => tail.borrow_mut().next = Some(Rc::clone(&node)),
            None => self.head = Some(Rc::clone(&node)),
        }
        self.tail = Some(node);
        self.len += 1;
    }

    fn values_forward(&self) -> impl Iterator<Item = u64> + '_ {
        let mut cur = self.head.clone();
        core::iter::from_fn(move || {
            let node = cur.take()?;
            let node = node.borrow();
            cur = node.next.clone();
            Some(node.val)
        })
    }

    fn values_backward(&self) -> impl Iterator<Item = u64> + '_ {
        let mut cur = self.tail.clone();
        core::iter::from_fn(move || {
            let node = cur.take()?;
            let node = node.borrow();
            cur = node.prev.as_ref().and_then(Weak::upgrade);
            Some(node.val)
        })
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
        let mut sum = 0u64;
        let mut cur = self.head.clone();
        while let Some(node) = cur {
            let node = node.borrow();
            sum = sum.wrapping_add(node.val);
            cur = node.next.clone();
        }
        sum
    }

    fn sum_backward(&self) -> u64 {
        let mut sum = 0u64;
        let mut cur = self.tail.clone();
        while let Some(node) = cur {
            let node = node.borrow();
            sum = sum.wrapping_add(node.val);
            cur = node.prev.as_ref().and_then(Weak::upgrade);
        }
        sum
    }

    fn remove_every_third(&mut self) {
        let mut cur = self.head.clone();
        let mut count = 0u32;
        while let Some(node) = cur {
            count += 1;
            if count < 3 {
                cur = node.borrow().next.clone();
                continue;
            }
            count = 0;
            // Unlink: the predecessor takes over `node`'s `next`, the successor its `prev`;
            // `node` is freed when `cur` (the last strong handle) goes.
            let (prev, next) = {
                let mut inner = node.borrow_mut();
                (inner.prev.take(), inner.next.take())
            };
            let prev_strong = prev.as_ref().and_then(Weak::upgrade);
            match &next {
                Some(n) => n.borrow_mut().prev = prev,
                None => self.tail = prev_strong.clone(),
            }
            match prev_strong {
                Some(p) => p.borrow_mut().next = next.clone(),
                None => self.head = next.clone(),
            }
            self.len -= 1;
            cur = next;
        }
    }

    fn splice_middle(&mut self, mut other: List) {
        assert!(
            self.len >= 2 && other.len >= 1,
            "splice needs len >= 2 and a non-empty other"
        );
        let mut before = self.head.clone().expect("non-empty");
        for _ in 1..self.len / 2 {
            let next = before.borrow().next.clone().expect("within the list");
            before = next;
        }
        let first = other.head.take().expect("non-empty");
        let last = other.tail.take().expect("non-empty");
        let after = before
            .borrow_mut()
            .next
            .take()
            .expect("before is not the tail");
        first.borrow_mut().prev = Some(Rc::downgrade(&before));
        after.borrow_mut().prev = Some(Rc::downgrade(&last));
        last.borrow_mut().next = Some(after);
        before.borrow_mut().next = Some(first);
        self.len += other.len;
        other.len = 0;
    }

    fn forward_values(&self) -> Vec<u64> {
        self.values_forward().collect()
    }

    fn backward_values(&self) -> Vec<u64> {
        self.values_backward().collect()
    }
}

impl Drop for List {
    /// Frees the nodes front to back in a loop: the default drop would recurse once per node
    /// and overflow the stack on a long list.
    fn drop(&mut self) {
        self.tail = None;
        let mut cur = self.head.take();
        while let Some(node) = cur {
            cur = node.borrow_mut().next.take();
        }
    }
}
