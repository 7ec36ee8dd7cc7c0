//! The speed limit with arena layout: raw pointers, nodes in a `typed_arena::Arena` (chunks
//! that never move, bumped in order, freed in bulk; the same shape as ghost-graph's pages,
//! without their headers). `bumpalo` is not a direct dependency, so the arena is typed-arena's,
//! the one the hand-written GhostCell list uses too.
//!
//! Invariant of a [`List`]: `head` and `tail` are both `None` (empty) or both `Some`; following
//! `next` from `head` visits each linked node once and ends at `tail`, and `prev` mirrors
//! `next`; every pointer was made from a `&mut Node` that `arena.alloc` returned, and nothing
//! but these pointers is used to reach a node after that. Removed nodes stay in the arena,
//! unlinked, until the list is dropped; `Node` has no destructor, so dropping the arena reads
//! no node.

use core::ptr::NonNull;
use core::sync::atomic::{AtomicU64, Ordering};

use typed_arena::Arena;

use super::BenchList;

/// One node.
pub struct Node {
    pub val: u64,
    next: Option<NonNull<Node>>,
    prev: Option<NonNull<Node>>,
}

/// A run of linked nodes in a [`List`]'s arena, not linked into the list: what
/// [`BenchList::splice_middle`] takes.
pub struct Chain {
    head: NonNull<Node>,
    tail: NonNull<Node>,
    len: usize,
    /// The `id` of the list whose arena holds the chain.
    owner: u64,
}

/// Numbers lists, so a chain is only ever spliced into the list whose arena holds it.
static NEXT_ID: AtomicU64 = AtomicU64::new(0);

/// A doubly-linked list whose nodes live in its own arena.
pub struct List {
    arena: Arena<Node>,
    id: u64,
    head: Option<NonNull<Node>>,
    tail: Option<NonNull<Node>>,
    len: usize,
}

impl List {
    pub fn new() -> Self {
        Self {
            arena: Arena::new(),
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            head: None,
            tail: None,
            len: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// Allocates a node in the arena, linked after `prev` (which must be `None` or a node of
    /// this arena with no `next`).
    #[inline]
    fn alloc_after(&self, prev: Option<NonNull<Node>>, val: u64) -> NonNull<Node> {
        let node = NonNull::from(self.arena.alloc(Node {
            val,
            next: None,
            prev,
        }));
        if let Some(prev) = prev {
            // SAFETY: `prev` is a live node of this arena (the caller's contract) reached only
            // through raw pointers, and no reference to it is held across this write.
            unsafe { (*prev.as_ptr()).next = Some(node) };
        }
        node
    }

    #[inline]
    pub fn push_back(&mut self, val: u64) {
        let node = self.alloc_after(self.tail, val);
        if self.head.is_none() {
            self.head = Some(node);
        }
        self.tail = Some(node);
        self.len += 1;
    }

    /// A chain of `values` in this list's arena, not linked into the list.
    pub fn detached_chain(&mut self, values: &[u64]) -> Chain {
        let (&first, rest) = values.split_first().expect("a chain is non-empty");
        let head = self.alloc_after(None, first);
        let mut tail = head;
        for &v in rest {
            tail = self.alloc_after(Some(tail), v);
        }
        Chain {
            head,
            tail,
            len: values.len(),
            owner: self.id,
        }
    }

    #[inline]
    fn sum_along(start: Option<NonNull<Node>>, step: fn(&Node) -> Option<NonNull<Node>>) -> u64 {
        let mut sum = 0u64;
        let mut cur = start;
        while let Some(node) = cur {
            // SAFETY: every pointer reachable from `head` or `tail` is a live node of the arena
            // (invariant), and `&self` (held by every caller) keeps it from being written
            // meanwhile.
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
        Self::sum_along(self.head, |n| n.next)
    }

    fn sum_backward(&self) -> u64 {
        Self::sum_along(self.tail, |n| n.prev)
    }

    fn remove_every_third(&mut self) {
        let mut cur = self.head;
        let mut count = 0u32;
        while let Some(node) = cur {
            // SAFETY: `node` is a live node of the arena (invariant); we hold `&mut self`, so
            // nothing else reads or writes any node meanwhile.
            let (prev, next) = unsafe { ((*node.as_ptr()).prev, (*node.as_ptr()).next) };
            count += 1;
            if count == 3 {
                count = 0;
                // SAFETY: `prev` and `next` are live nodes of the arena distinct from `node`;
                // relinking them around it keeps the invariant. `node` stays allocated (and
                // unreachable) until the arena drops.
                unsafe {
                    match prev {
                        Some(p) => (*p.as_ptr()).next = next,
                        None => self.head = next,
                    }
                    match next {
                        Some(n) => (*n.as_ptr()).prev = prev,
                        None => self.tail = prev,
                    }
                }
                self.len -= 1;
            }
            cur = next;
        }
    }

    fn splice_middle(&mut self, other: Chain) {
        assert!(self.len >= 2, "splice needs len >= 2");
        assert_eq!(other.owner, self.id, "a chain from another list's arena");
        let mut before = self.head.expect("non-empty");
        for _ in 1..self.len / 2 {
            // SAFETY: fewer than `len` steps from `head` stay on live nodes (invariant).
            before = unsafe { (*before.as_ptr()).next }.expect("within the list");
        }
        // SAFETY: `before` (not the tail, as `len / 2 < len`), its successor and the chain's
        // ends are live nodes of this arena (a `Chain` is only made by `detached_chain`, and
        // the assertion above checked it was made on this list; it is consumed here).
        unsafe {
            let after = (*before.as_ptr()).next.expect("before is not the tail");
            (*before.as_ptr()).next = Some(other.head);
            (*other.head.as_ptr()).prev = Some(before);
            (*other.tail.as_ptr()).next = Some(after);
            (*after.as_ptr()).prev = Some(other.tail);
        }
        self.len += other.len;
    }

    fn forward_values(&self) -> Vec<u64> {
        Self::values_along(self.head, |n| n.next)
    }

    fn backward_values(&self) -> Vec<u64> {
        Self::values_along(self.tail, |n| n.prev)
    }
}
