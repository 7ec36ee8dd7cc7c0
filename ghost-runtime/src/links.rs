//! Generic link upkeep for single (`Option`) link fields, shared by every generated node type.
//!
//! A link field is passed as an accessor closure (`|node| &mut node.next`), so one
//! implementation serves every node type and field, and the macro only wires names to it.

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
