//! The keyed stores that `benches/keys.rs` times and `benches/memory.rs` weighs: nodes named by
//! plain keys kept outside the structure, as a program keeps them in its own structs (a
//! planner's map from names to tasks, an index into a graph).
//!
//! Every store holds nodes of a `u64` payload and one link field (`next`, left empty, so that
//! each node is shaped like a list node), and keeps the keys of its live nodes in a `Vec`, in
//! the order it made them. Each does the same three things:
//!
//! - **churn**: `pairs` times, pick a victim position in the key `Vec` with
//!   `common::Rng::new(common::CHURN_SEED)`, open its key, remove the node (reading its payload
//!   on the way), insert a new node (payload: the pair's number), and store the new key in the
//!   victim's place. Returns the wrapping sum of the removed payloads, which is the same for
//!   every store.
//! - **lookup**: open the keys in a given order (positions in the key `Vec`, copied into a
//!   second `Vec` of keys beforehand) and sum the payloads.
//!
//! The stores own their keys so that the unchecked limit (`raw_free_list`) can be safe: its
//! keys are raw pointers that only it hands out.

#![allow(dead_code)] // each bench binary uses part of this module

pub mod ghost_graph;
pub mod raw_free_list;
pub mod rc_refcell;
pub mod slot_map;

/// A store of `u64` nodes named by keys it keeps.
pub trait KeyedStore: Sized {
    /// The key one node is named by.
    type Key;

    /// A store of one node per value, in order; its key `Vec` has exactly `values.len()`
    /// capacity.
    fn build(values: &[u64]) -> Self;

    /// `pairs` remove+insert pairs (see the module docs); the wrapping sum of the removed
    /// payloads.
    fn churn(&mut self, pairs: usize) -> u64;

    /// Copies the keys at positions `order` of the key `Vec` into the lookup `Vec`, replacing
    /// what it held.
    fn set_lookup_order(&mut self, order: &[usize]);

    /// Opens every key of the lookup `Vec`, in order: the wrapping sum of their payloads.
    fn lookup_sum(&mut self) -> u64;

    /// The wrapping sum of the payloads of the live nodes, found through the key `Vec`.
    fn live_sum(&mut self) -> u64;

    /// Live nodes.
    fn len(&self) -> usize;

    /// Heap bytes of the key `Vec` and the lookup `Vec` (their capacity), which are the
    /// program's, not the structure's.
    fn key_bytes(&self) -> usize;
}

/// Heap bytes of a `Vec`'s buffer.
pub fn vec_bytes<T>(v: &Vec<T>) -> usize {
    v.capacity() * size_of::<T>()
}
