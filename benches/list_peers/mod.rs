//! The doubly-linked lists of `u64` that `benches/list.rs` times and `benches/memory.rs`
//! weighs: the generated `#[ghost_graph]` list and the peers a user would pick instead.
//!
//! Every list does the same five things: build by `push_back` in input order, sum its payloads
//! head to tail and tail to head, unlink every third node (positions 2, 5, 8, .. counted from 0
//! at the head), and splice a second list in after the first `len / 2` nodes (walking from the
//! head to find that place, as `LinkedList::split_off` does).
//!
//! The five lists that own their nodes implement [`BenchList`]; the two branded ones
//! (`ghost_graph`, `ghost_cell_typed_arena`) cannot, because their nodes cannot leave the
//! closure that made their brand, so they expose the same operations as free functions taking
//! the token.
//!
//! Sums wrap (1,000,000 payloads below 2^48 can exceed `u64::MAX`): every list adds with
//! `wrapping_add`, so every list gets the same answer.

#![allow(dead_code)] // each bench binary uses part of this module

pub mod ghost_cell_typed_arena;
pub mod ghost_graph;
pub mod linked_list;
pub mod raw_arena;
pub mod raw_box;
pub mod rc_refcell;
pub mod slot_map;

/// A list that owns its nodes: everything the benchmarks and the memory table need.
pub trait BenchList: Sized {
    /// What [`BenchList::splice_middle`] takes: another list, or a detached chain of nodes in
    /// this list's own storage (arena or slot map), where links can only point within one
    /// storage.
    type Spliced;

    /// A list of `values`, appended one at a time with `push_back`.
    fn build(values: &[u64]) -> Self;

    /// The list of `a` and, ready to be spliced into it, one of `b` (both built with
    /// `push_back`).
    fn build_pair(a: &[u64], b: &[u64]) -> (Self, Self::Spliced);

    /// Wrapping sum of the payloads, walking head to tail.
    fn sum_forward(&self) -> u64;

    /// Wrapping sum of the payloads, walking tail to head.
    fn sum_backward(&self) -> u64;

    /// Unlinks the nodes at positions 2, 5, 8, .. (every third node).
    fn remove_every_third(&mut self);

    /// Links `other` in after the first `len / 2` nodes. Needs `len >= 2` and a non-empty
    /// `other`.
    fn splice_middle(&mut self, other: Self::Spliced);

    /// The payloads head to tail (for checks, never timed).
    fn forward_values(&self) -> Vec<u64>;

    /// The payloads tail to head (for checks, never timed).
    fn backward_values(&self) -> Vec<u64>;
}

/// Wrapping sum, the reference every traversal must match.
pub fn wrapping_sum(values: &[u64]) -> u64 {
    values.iter().fold(0, |sum, &v| sum.wrapping_add(v))
}

/// What a list of `values` holds after `remove_every_third`.
pub fn expected_after_remove(values: &[u64]) -> Vec<u64> {
    values
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 3 != 2)
        .map(|(_, &v)| v)
        .collect()
}

/// What a list of `a` holds after splicing a list of `b` into its middle.
pub fn expected_after_splice(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mid = a.len() / 2;
    let mut out = Vec::with_capacity(a.len() + b.len());
    out.extend_from_slice(&a[..mid]);
    out.extend_from_slice(b);
    out.extend_from_slice(&a[mid..]);
    out
}

/// Asserts that a list's forward and backward walks both give `expected`.
pub fn assert_walks(name: &str, what: &str, forward: &[u64], backward: &[u64], expected: &[u64]) {
    assert!(
        forward == expected,
        "{name}: forward walk after {what} differs from the expected payloads"
    );
    assert!(
        backward.iter().rev().eq(expected.iter()),
        "{name}: backward walk after {what} is not the forward walk reversed"
    );
}

/// Builds, walks, removes from and splices into one owning list, checking every result against
/// the plain-`Vec` model (outside any timing).
pub fn check_list<L: BenchList>(name: &str, a: &[u64], b: &[u64]) {
    let list = L::build(a);
    assert_eq!(list.sum_forward(), wrapping_sum(a), "{name}: forward sum");
    assert_eq!(list.sum_backward(), wrapping_sum(a), "{name}: backward sum");
    assert_walks(
        name,
        "build",
        &list.forward_values(),
        &list.backward_values(),
        a,
    );
    drop(list);

    let mut list = L::build(a);
    list.remove_every_third();
    assert_walks(
        name,
        "remove_every_third",
        &list.forward_values(),
        &list.backward_values(),
        &expected_after_remove(a),
    );
    drop(list);

    let (mut list, other) = L::build_pair(a, b);
    list.splice_middle(other);
    assert_walks(
        name,
        "splice",
        &list.forward_values(),
        &list.backward_values(),
        &expected_after_splice(a, b),
    );
}
