//! `std::collections::LinkedList<u64>`: one allocation per node, through the global allocator.
//!
//! Stable std has no cursor (`linked_list_cursors`) and no `remove`/`retain`, so two
//! operations use the closest stable equivalents:
//! - **remove_every_third**: repeatedly `split_off(2)` (one step from the front), `append` the
//!   two kept nodes to the result and `pop_front` the third. Every step is O(1), kept nodes are
//!   relinked, not reallocated, and removed nodes are freed (as `raw_box` and `rc_refcell` do).
//! - **splice**: `split_off(len / 2)` (which walks `len / 2 - 1` nodes from the head, like the
//!   other lists' walk to the middle), then two `append`s, each O(1).

use std::collections::LinkedList;

use super::BenchList;

/// std's list, under the name the other modules use.
pub type List = LinkedList<u64>;

impl BenchList for List {
    type Spliced = List;

    fn build(values: &[u64]) -> Self {
        let mut list = LinkedList::new();
        for &v in values {
            list.push_back(v);
        }
        list
    }

    fn build_pair(a: &[u64], b: &[u64]) -> (Self, Self) {
        (Self::build(a), Self::build(b))
    }

    fn sum_forward(&self) -> u64 {
        self.iter().fold(0, |sum, &v| sum.wrapping_add(v))
    }

    fn sum_backward(&self) -> u64 {
        self.iter().rev().fold(0, |sum, &v| sum.wrapping_add(v))
    }

    fn remove_every_third(&mut self) {
        let mut rest = core::mem::take(self);
        while rest.len() > 2 {
            let mut tail = rest.split_off(2);
            self.append(&mut rest);
            tail.pop_front();
            rest = tail;
        }
        self.append(&mut rest);
    }

    fn splice_middle(&mut self, mut other: List) {
        assert!(self.len() >= 2, "splice needs len >= 2");
        let mut back = self.split_off(self.len() / 2);
        self.append(&mut other);
        self.append(&mut back);
    }

    fn forward_values(&self) -> Vec<u64> {
        self.iter().copied().collect()
    }

    fn backward_values(&self) -> Vec<u64> {
        self.iter().rev().copied().collect()
    }
}
