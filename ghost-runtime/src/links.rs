//! Generic link upkeep, shared by every generated node type: single links (`Option`), many-links
//! (`Vec`), and the pairs between them (`Option` with `Option`, `Option` with `Vec` for trees,
//! `Vec` with `Vec`, and symmetric `Vec` links for undirected edges).
//!
//! A link field is passed as an accessor closure (`|node| &mut node.next`), so one
//! implementation serves every node type and field, and the macro only wires names to it.
//!
//! Invariant kept by every function here, for each pair of fields: `b` appears in `a.field`
//! exactly as often as `a` appears in `b.inverse`.

use alloc::vec::Vec;

use core::ops::Deref;

use ghost_cell::{GhostCell, GhostToken};

/// Points `a`'s `field` at `b` and `b`'s `inverse` at `a`, detaching previous partners.
///
/// If `a` was linked to `c`, `c`'s inverse is cleared; if `b`'s inverse pointed at `d`,
/// `d`'s field is cleared. A partner's back pointer is only cleared if it still points at the
/// node being detached, so a structure edited by hand is never corrupted further.
#[inline]
pub fn link_pair<'id, N, D>(
    a: N,
    b: N,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut D) -> &mut Option<N>,
    inverse: impl Fn(&mut D) -> &mut Option<N>,
) where
    N: Copy + PartialEq + Deref<Target = GhostCell<'id, D>>,
{
    if let Some(old) = field(a.borrow_mut(token)).take() {
        clear_if_points_to(old, a, token, &inverse);
    }
    if let Some(old) = inverse(b.borrow_mut(token)).take() {
        clear_if_points_to(old, b, token, &field);
    }
    *field(a.borrow_mut(token)) = Some(b);
    *inverse(b.borrow_mut(token)) = Some(a);
}

/// Clears `a`'s `field` and the partner's `inverse`; returns the former partner.
#[inline]
pub fn unlink_pair<'id, N, D>(
    a: N,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut D) -> &mut Option<N>,
    inverse: impl Fn(&mut D) -> &mut Option<N>,
) -> Option<N>
where
    N: Copy + PartialEq + Deref<Target = GhostCell<'id, D>>,
{
    let old = field(a.borrow_mut(token)).take()?;
    clear_if_points_to(old, a, token, &inverse);
    Some(old)
}

#[inline]
fn clear_if_points_to<'id, N, D>(
    node: N,
    target: N,
    token: &mut GhostToken<'id>,
    field: &impl Fn(&mut D) -> &mut Option<N>,
) where
    N: Copy + PartialEq + Deref<Target = GhostCell<'id, D>>,
{
    let slot = field(node.borrow_mut(token));
    if *slot == Some(target) {
        *slot = None;
    }
}

/// Makes `child` one of `parent`'s `children` (appended) and sets its `parent_of`, first
/// detaching it from its previous parent's `children`. Nothing changes if `parent` already is
/// its parent.
#[inline]
pub fn link_child<'id, N, D>(
    parent: N,
    child: N,
    token: &mut GhostToken<'id>,
    children: impl Fn(&mut D) -> &mut Vec<N>,
    parent_of: impl Fn(&mut D) -> &mut Option<N>,
) where
    N: Copy + PartialEq + Deref<Target = GhostCell<'id, D>>,
{
    let previous = *parent_of(child.borrow_mut(token));
    if previous == Some(parent) {
        return;
    }
    if let Some(previous) = previous {
        remove_one(children(previous.borrow_mut(token)), child);
    }
    *parent_of(child.borrow_mut(token)) = Some(parent);
    children(parent.borrow_mut(token)).push(child);
}

/// Removes `child` from `parent`'s `children` and clears its `parent_of`; `false` if it was not
/// a child of `parent`.
#[inline]
pub fn unlink_child<'id, N, D>(
    parent: N,
    child: N,
    token: &mut GhostToken<'id>,
    children: impl Fn(&mut D) -> &mut Vec<N>,
    parent_of: impl Fn(&mut D) -> &mut Option<N>,
) -> bool
where
    N: Copy + PartialEq + Deref<Target = GhostCell<'id, D>>,
{
    if !remove_one(children(parent.borrow_mut(token)), child) {
        return false;
    }
    clear_if_points_to(child, parent, token, &parent_of);
    true
}

/// Clears `child`'s `parent_of` and removes it from that parent's `children`; returns the
/// former parent.
#[inline]
pub fn unlink_parent<'id, N, D>(
    child: N,
    token: &mut GhostToken<'id>,
    parent_of: impl Fn(&mut D) -> &mut Option<N>,
    children: impl Fn(&mut D) -> &mut Vec<N>,
) -> Option<N>
where
    N: Copy + PartialEq + Deref<Target = GhostCell<'id, D>>,
{
    let parent = parent_of(child.borrow_mut(token)).take()?;
    remove_one(children(parent.borrow_mut(token)), child);
    Some(parent)
}

/// Appends `b` to `a`'s `field` and `a` to `b`'s `inverse` (a directed edge recorded at both
/// ends). Parallel edges are kept.
#[inline]
pub fn link_both<'id, N, D>(
    a: N,
    b: N,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut D) -> &mut Vec<N>,
    inverse: impl Fn(&mut D) -> &mut Vec<N>,
) where
    N: Copy + PartialEq + Deref<Target = GhostCell<'id, D>>,
{
    field(a.borrow_mut(token)).push(b);
    inverse(b.borrow_mut(token)).push(a);
}

/// Removes one `b` from `a`'s `field` and one `a` from `b`'s `inverse`; `false` if there was no
/// such edge.
#[inline]
pub fn unlink_both<'id, N, D>(
    a: N,
    b: N,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut D) -> &mut Vec<N>,
    inverse: impl Fn(&mut D) -> &mut Vec<N>,
) -> bool
where
    N: Copy + PartialEq + Deref<Target = GhostCell<'id, D>>,
{
    if !remove_one(field(a.borrow_mut(token)), b) {
        return false;
    }
    remove_one(inverse(b.borrow_mut(token)), a);
    true
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
pub fn follow<'t, 'id, N, D, F>(
    start: N,
    token: &'t GhostToken<'id>,
    step: F,
) -> Follow<'t, 'id, N, F>
where
    N: Copy + Deref<Target = GhostCell<'id, D>>,
    F: Fn(&D) -> Option<N>,
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

impl<'id, N, D, F> Iterator for Follow<'_, 'id, N, F>
where
    N: Copy + Deref<Target = GhostCell<'id, D>>,
    F: Fn(&D) -> Option<N>,
{
    type Item = N;

    #[inline]
    fn next(&mut self) -> Option<N> {
        let current = self.next?;
        self.next = (self.step)(current.borrow(self.token));
        Some(current)
    }
}

impl<'id, N, D, F> core::iter::FusedIterator for Follow<'_, 'id, N, F>
where
    N: Copy + Deref<Target = GhostCell<'id, D>>,
    F: Fn(&D) -> Option<N>,
{
}

impl<N: core::fmt::Debug, F> core::fmt::Debug for Follow<'_, '_, N, F> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Follow")
            .field("next", &self.next)
            .finish_non_exhaustive()
    }
}
