//! Generic link upkeep, shared by every generated node type: single links (`Option`), many-links
//! (`Vec`), fixed slots (`[Option; N]`), any pair of them, between one node type or two, and
//! symmetric `Vec` links for undirected edges.
//!
//! A link field is passed as an accessor closure (`|node| &mut node.next`), so one
//! implementation serves every node type and field, and the macro only wires names to it.
//!
//! Invariant kept by every function here, for each pair of fields: `b` appears in `a.field`
//! exactly as often as `a` appears in `b.inverse`.

use alloc::vec::Vec;

use core::ops::Deref;

use ghost_cell::{GhostCell, GhostToken};

use crate::node_ptr::NodeHandle;

// `follow` and the symmetric helpers are single-type; everything else is written against
// `LinkSlot` and takes two node types, which may be the same.

/// A link field's storage: `Option<N>` (one link), `Vec<N>` (many) or `[Option<N>; K]`
/// (a fixed number of slots).
///
/// The link helpers are written once against this trait, so a pair of fields can have any two
/// shapes, and a field can point to another node type whose field shape the macro expanding
/// this one cannot see.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a link field that can point back to `{N}`",
    label = "an `inverse` must name a link field (`Option<..>` or `Vec<..>`) of the other node type that points back",
    note = "a weighted link (`Vec<(Node, W)>`) pairs only with another weighted `Vec`, and a plain one only with a plain one"
)]
pub trait LinkSlot<N> {
    /// Whether the slot holds at most one link.
    const SINGLE: bool;

    /// Adds a link to `node`; returns the node it displaced (a single slot holding another).
    fn attach(&mut self, node: N) -> Option<N>;

    /// Removes one link to `node`; `false` if there was none.
    fn detach(&mut self, node: N) -> bool;

    /// Whether the slot links to `node`.
    fn holds(&self, node: N) -> bool;

    /// Empties the slot, returning what it held.
    fn take_all(&mut self) -> Self
    where
        Self: Sized;

    /// The nodes the slot holds, in order (a node linked twice, twice).
    fn into_nodes(self) -> impl Iterator<Item = N>
    where
        Self: Sized;
}

impl<N: Copy + PartialEq> LinkSlot<N> for Option<N> {
    const SINGLE: bool = true;

    #[inline]
    fn attach(&mut self, node: N) -> Option<N> {
        self.replace(node).filter(|&old| old != node)
    }

    #[inline]
    fn detach(&mut self, node: N) -> bool {
        let holds = *self == Some(node);
        if holds {
            *self = None;
        }
        holds
    }

    #[inline]
    fn holds(&self, node: N) -> bool {
        *self == Some(node)
    }

    #[inline]
    fn take_all(&mut self) -> Self {
        self.take()
    }

    #[inline]
    fn into_nodes(self) -> impl Iterator<Item = N> {
        self.into_iter()
    }
}

impl<N: Copy + PartialEq> LinkSlot<N> for Vec<N> {
    const SINGLE: bool = false;

    #[inline]
    fn attach(&mut self, node: N) -> Option<N> {
        self.push(node);
        None
    }

    #[inline]
    fn detach(&mut self, node: N) -> bool {
        remove_one(self, node)
    }

    #[inline]
    fn holds(&self, node: N) -> bool {
        self.contains(&node)
    }

    #[inline]
    fn take_all(&mut self) -> Self {
        core::mem::take(self)
    }

    #[inline]
    fn into_nodes(self) -> impl Iterator<Item = N> {
        self.into_iter()
    }
}

impl<N: Copy + PartialEq, const K: usize> LinkSlot<N> for [Option<N>; K] {
    const SINGLE: bool = false;

    /// Takes the first free slot; when all are full, the last slot's node is displaced.
    #[inline]
    fn attach(&mut self, node: N) -> Option<N> {
        let slot = self.iter().position(Option::is_none).or(K.checked_sub(1))?;
        self[slot].replace(node).filter(|&old| old != node)
    }

    #[inline]
    fn detach(&mut self, node: N) -> bool {
        self.iter_mut()
            .find(|slot| **slot == Some(node))
            .map(|slot| *slot = None)
            .is_some()
    }

    #[inline]
    fn holds(&self, node: N) -> bool {
        self.contains(&Some(node))
    }

    #[inline]
    fn take_all(&mut self) -> Self {
        core::mem::replace(self, [None; K])
    }

    #[inline]
    fn into_nodes(self) -> impl Iterator<Item = N> {
        self.into_iter().flatten()
    }
}

/// Links slot `index` of `a`'s array `field` to `b`, and `b`'s `inverse` back to `a`.
///
/// The node that held the slot is detached (its `inverse` loses `a`). When `b`'s inverse is a
/// single link, `b` first leaves its previous node's array, or moves within `a`'s if it was in
/// another slot there (a binary-tree child changing sides).
///
/// # Panics
/// If `index` is out of the array's bounds, like indexing an array.
#[inline]
pub fn link_at<'id, A, DA, B, DB, SB, const K: usize>(
    a: A,
    index: usize,
    b: B,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut DA) -> &mut [Option<B>; K],
    inverse: impl Fn(&mut DB) -> &mut SB,
) where
    A: Copy + PartialEq + Deref<Target = GhostCell<'id, DA>>,
    B: Copy + PartialEq + Deref<Target = GhostCell<'id, DB>>,
    SB: LinkSlot<A>,
{
    if field(a.borrow_mut(token))[index] == Some(b) && inverse(b.borrow_mut(token)).holds(a) {
        return;
    }
    let elsewhere_in_a = field(a.borrow_mut(token))
        .iter()
        .position(|slot| *slot == Some(b));
    match elsewhere_in_a {
        Some(other_slot) if SB::SINGLE && inverse(b.borrow_mut(token)).holds(a) => {
            field(a.borrow_mut(token))[other_slot] = None;
        }
        _ => {
            if let Some(displaced) = inverse(b.borrow_mut(token)).attach(a) {
                field(displaced.borrow_mut(token)).detach(b);
            }
        }
    }
    if let Some(old) = field(a.borrow_mut(token))[index].replace(b) {
        if old != b {
            inverse(old.borrow_mut(token)).detach(a);
        }
    }
}

/// Links `a` to `b` through `a`'s `field` and `b` to `a` through `b`'s `inverse`.
///
/// A single slot that held another node lets go of it, and that node's side is detached too:
/// relinking `a.next` from `c` to `b` clears `c.prev`; moving a child to a new parent removes it
/// from the old parent's children. If a single slot on either side already holds the other
/// node (and the other side holds this one), nothing changes; two many-slots record parallel
/// links.
#[inline]
pub fn link<'id, A, DA, SA, B, DB, SB>(
    a: A,
    b: B,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut DA) -> &mut SA,
    inverse: impl Fn(&mut DB) -> &mut SB,
) where
    A: Copy + PartialEq + Deref<Target = GhostCell<'id, DA>>,
    B: Copy + PartialEq + Deref<Target = GhostCell<'id, DB>>,
    SA: LinkSlot<B>,
    SB: LinkSlot<A>,
{
    if (SA::SINGLE || SB::SINGLE)
        && field(a.borrow_mut(token)).holds(b)
        && inverse(b.borrow_mut(token)).holds(a)
    {
        return;
    }
    if let Some(displaced) = field(a.borrow_mut(token)).attach(b) {
        inverse(displaced.borrow_mut(token)).detach(a);
    }
    if let Some(displaced) = inverse(b.borrow_mut(token)).attach(a) {
        field(displaced.borrow_mut(token)).detach(b);
    }
}

/// Removes one link from `a` to `b` (and `b`'s back link to `a`); `false` if there was none.
#[inline]
pub fn unlink<'id, A, DA, SA, B, DB, SB>(
    a: A,
    b: B,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut DA) -> &mut SA,
    inverse: impl Fn(&mut DB) -> &mut SB,
) -> bool
where
    A: Copy + PartialEq + Deref<Target = GhostCell<'id, DA>>,
    B: Copy + PartialEq + Deref<Target = GhostCell<'id, DB>>,
    SA: LinkSlot<B>,
    SB: LinkSlot<A>,
{
    if !field(a.borrow_mut(token)).detach(b) {
        return false;
    }
    inverse(b.borrow_mut(token)).detach(a);
    true
}

/// Clears `a`'s single `field` and the back link of the node it held; returns that node.
#[inline]
pub fn take_link<'id, A, DA, B, DB, SB>(
    a: A,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut DA) -> &mut Option<B>,
    inverse: impl Fn(&mut DB) -> &mut SB,
) -> Option<B>
where
    A: Copy + PartialEq + Deref<Target = GhostCell<'id, DA>>,
    B: Copy + PartialEq + Deref<Target = GhostCell<'id, DB>>,
    SB: LinkSlot<A>,
{
    let old = field(a.borrow_mut(token)).take()?;
    inverse(old.borrow_mut(token)).detach(a);
    Some(old)
}

/// Records an undirected edge: `b` in `a`'s `field` and `a` in `b`'s. A loop (`a == b`) is
/// recorded once.
#[inline]
pub fn link_symmetric<'id, N, D>(
    a: N,
    b: N,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut D) -> &mut Vec<N>,
) where
    N: Copy + PartialEq + Deref<Target = GhostCell<'id, D>>,
{
    field(a.borrow_mut(token)).push(b);
    if a != b {
        field(b.borrow_mut(token)).push(a);
    }
}

/// Removes one undirected edge between `a` and `b`; `false` if there was none.
#[inline]
pub fn unlink_symmetric<'id, N, D>(
    a: N,
    b: N,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut D) -> &mut Vec<N>,
) -> bool
where
    N: Copy + PartialEq + Deref<Target = GhostCell<'id, D>>,
{
    if !remove_one(field(a.borrow_mut(token)), b) {
        return false;
    }
    if a != b {
        remove_one(field(b.borrow_mut(token)), a);
    }
    true
}

/// Empties `a`'s `field`, and removes `a` from the `inverse` of every node it held (once per
/// link, so parallel links are all undone). Used to detach a node before it is removed.
#[inline]
pub fn detach_field<'id, A, DA, SA, B, DB, SB>(
    a: A,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut DA) -> &mut SA,
    inverse: impl Fn(&mut DB) -> &mut SB,
) where
    A: Copy + PartialEq + Deref<Target = GhostCell<'id, DA>>,
    B: Copy + PartialEq + Deref<Target = GhostCell<'id, DB>>,
    SA: LinkSlot<B>,
    SB: LinkSlot<A>,
{
    for b in field(a.borrow_mut(token)).take_all().into_nodes() {
        inverse(b.borrow_mut(token)).detach(a);
    }
}

/// Empties `a`'s `field`, a link without an inverse (its targets keep nothing to undo).
#[inline]
pub fn clear_field<'id, A, DA, SA, B>(
    a: A,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut DA) -> &mut SA,
) where
    A: Copy + Deref<Target = GhostCell<'id, DA>>,
    SA: LinkSlot<B>,
{
    drop(field(a.borrow_mut(token)).take_all());
}

/// Removes every undirected edge of `a` recorded in `field`, at both ends.
#[inline]
pub fn detach_symmetric<'id, N, D>(
    a: N,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut D) -> &mut Vec<N>,
) where
    N: Copy + PartialEq + Deref<Target = GhostCell<'id, D>>,
{
    for b in core::mem::take(field(a.borrow_mut(token))) {
        if b != a {
            remove_one(field(b.borrow_mut(token)), a);
        }
    }
}

/// Removes the first `item` from `links`, keeping the order of the rest; `false` if absent.
#[inline]
pub fn remove_one<N: PartialEq>(links: &mut Vec<N>, item: N) -> bool {
    match links.iter().position(|link| *link == item) {
        Some(index) => {
            links.remove(index);
            true
        }
        None => false,
    }
}

/// Iterates from `start` (included) along one link, until a node whose link is `None`.
///
/// On a cycle it never ends: bound it with `take` or stop when you see the start again.
#[inline]
pub fn follow<'t, 'arena, 'id, N, F>(
    start: N,
    token: &'t GhostToken<'id>,
    step: F,
) -> Follow<'t, 'id, N, F>
where
    N: NodeHandle<'arena, 'id>,
    F: Fn(&N::Data) -> Option<N>,
{
    Follow {
        next: Some(start),
        token,
        step,
    }
}

/// The iterator returned by [`follow`] and every generated `iter_<field>` method.
#[derive(Clone)]
#[must_use = "iterators do nothing unless consumed"]
pub struct Follow<'t, 'id, N, F> {
    next: Option<N>,
    token: &'t GhostToken<'id>,
    step: F,
}

impl<'arena, 'id, N, F> Iterator for Follow<'_, 'id, N, F>
where
    N: NodeHandle<'arena, 'id>,
    F: Fn(&N::Data) -> Option<N>,
{
    type Item = N;

    #[inline]
    fn next(&mut self) -> Option<N> {
        let current = self.next?;
        self.next = (self.step)(current.node_ptr().borrow(self.token));
        Some(current)
    }
}

impl<'arena, 'id, N, F> core::iter::FusedIterator for Follow<'_, 'id, N, F>
where
    N: NodeHandle<'arena, 'id>,
    F: Fn(&N::Data) -> Option<N>,
{
}

impl<N: core::fmt::Debug, F> core::fmt::Debug for Follow<'_, '_, N, F> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Follow")
            .field("next", &self.next)
            .finish_non_exhaustive()
    }
}
