//! Link upkeep for weighted links: `Vec<(N, W)>` fields that carry a value per edge (a road's
//! length, a dependency's kind), paired with an inverse of the same shape, symmetric, or
//! unpaired. The generated `link_f`, `unlink_f`, `set_f_weight` and the removal of a node call
//! these, as plain links call `links.rs`.
//!
//! Invariant kept by every function here, for each pair of fields `field`/`inverse` (or a
//! symmetric field, which is its own inverse) and each two nodes `a`, `b` (`a != b` for a
//! symmetric field): the entries for `b` in `a.field` and the entries for `a` in `b.inverse`
//! are equally many and carry equal weights, in the same order. Every function adds at the end
//! of both, or removes or rewrites the first entry of both, so parallel edges of different
//! weights stay matched one to one.

use alloc::vec::Vec;
use core::ops::Deref;

use ghost_cell::{GhostCell, GhostToken};

/// The weight of a paired or symmetric weighted link, which both ends keep a copy of: any
/// `Clone` type.
#[diagnostic::on_unimplemented(
    message = "the edge weight `{Self}` is not `Clone`",
    label = "both ends of the edge keep a copy of this weight",
    note = "a paired (`inverse = ..`) or `symmetric` weighted link stores each edge's weight at both of its nodes: derive or implement `Clone` for `{Self}`, share it (`Rc<{Self}>` in a local arena, `Arc<{Self}>` in a shared one), or leave the link unpaired"
)]
pub trait EdgeWeight: Clone {}

#[diagnostic::do_not_recommend]
impl<W: Clone> EdgeWeight for W {}

/// Records an edge of weight `weight` from `a` to `b`: `(b, weight)` at the end of `a`'s
/// `field`, and `(a, weight)` at the end of `b`'s `inverse`. Parallel edges are kept, each
/// with its own weight.
#[inline]
pub fn link_weighted<'id, A, DA, B, DB, W: EdgeWeight>(
    a: A,
    b: B,
    weight: W,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut DA) -> &mut Vec<(B, W)>,
    inverse: impl Fn(&mut DB) -> &mut Vec<(A, W)>,
) where
    A: Copy + PartialEq + Deref<Target = GhostCell<'id, DA>>,
    B: Copy + PartialEq + Deref<Target = GhostCell<'id, DB>>,
{
    inverse(b.borrow_mut(token)).push((a, weight.clone()));
    field(a.borrow_mut(token)).push((b, weight));
}

/// Removes the first edge from `a` to `b` at both ends; returns its weight, or `None` if there
/// was no such edge.
#[inline]
pub fn unlink_weighted<'id, A, DA, B, DB, W>(
    a: A,
    b: B,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut DA) -> &mut Vec<(B, W)>,
    inverse: impl Fn(&mut DB) -> &mut Vec<(A, W)>,
) -> Option<W>
where
    A: Copy + PartialEq + Deref<Target = GhostCell<'id, DA>>,
    B: Copy + PartialEq + Deref<Target = GhostCell<'id, DB>>,
{
    let weight = take_edge(field(a.borrow_mut(token)), b)?;
    take_edge(inverse(b.borrow_mut(token)), a);
    Some(weight)
}

/// Gives the first edge from `a` to `b` the weight `weight`, at both ends; returns the old
/// weight, or `None` (dropping `weight`) if there was no such edge.
#[inline]
pub fn set_weight<'id, A, DA, B, DB, W: EdgeWeight>(
    a: A,
    b: B,
    weight: W,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut DA) -> &mut Vec<(B, W)>,
    inverse: impl Fn(&mut DB) -> &mut Vec<(A, W)>,
) -> Option<W>
where
    A: Copy + PartialEq + Deref<Target = GhostCell<'id, DA>>,
    B: Copy + PartialEq + Deref<Target = GhostCell<'id, DB>>,
{
    let old = replace_weight(field(a.borrow_mut(token)), b, weight.clone())?;
    replace_weight(inverse(b.borrow_mut(token)), a, weight);
    Some(old)
}

/// Records an undirected edge of weight `weight`: `(b, weight)` in `a`'s `field` and
/// `(a, weight)` in `b`'s. A loop (`a == b`) is recorded once.
#[inline]
pub fn link_weighted_symmetric<'id, N, D, W: EdgeWeight>(
    a: N,
    b: N,
    weight: W,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut D) -> &mut Vec<(N, W)>,
) where
    N: Copy + PartialEq + Deref<Target = GhostCell<'id, D>>,
{
    if a != b {
        field(b.borrow_mut(token)).push((a, weight.clone()));
    }
    field(a.borrow_mut(token)).push((b, weight));
}

/// Removes the first undirected edge between `a` and `b` at both ends; returns its weight, or
/// `None` if there was none.
#[inline]
pub fn unlink_weighted_symmetric<'id, N, D, W>(
    a: N,
    b: N,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut D) -> &mut Vec<(N, W)>,
) -> Option<W>
where
    N: Copy + PartialEq + Deref<Target = GhostCell<'id, D>>,
{
    let weight = take_edge(field(a.borrow_mut(token)), b)?;
    if a != b {
        take_edge(field(b.borrow_mut(token)), a);
    }
    Some(weight)
}

/// Gives the first undirected edge between `a` and `b` the weight `weight`, at both ends;
/// returns the old weight, or `None` (dropping `weight`) if there was no such edge.
#[inline]
pub fn set_weight_symmetric<'id, N, D, W: EdgeWeight>(
    a: N,
    b: N,
    weight: W,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut D) -> &mut Vec<(N, W)>,
) -> Option<W>
where
    N: Copy + PartialEq + Deref<Target = GhostCell<'id, D>>,
{
    if a == b {
        return replace_weight(field(a.borrow_mut(token)), b, weight);
    }
    let old = replace_weight(field(a.borrow_mut(token)), b, weight.clone())?;
    replace_weight(field(b.borrow_mut(token)), a, weight);
    Some(old)
}

/// Empties `a`'s `field` and removes, for each edge it held, the matching entry from the
/// target's `inverse`. Used to detach a node before it is removed.
///
/// Returns the weights taken out, both ends' copies, for the caller to drop once every field
/// of the node is detached: a weight whose destructor panics then leaves no link half undone
/// (and the other weights are still dropped, as the stack unwinds).
#[inline]
#[must_use = "the weights are dropped by dropping this, after every field is detached"]
pub fn detach_weighted<'id, A, DA, B, DB, W>(
    a: A,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut DA) -> &mut Vec<(B, W)>,
    inverse: impl Fn(&mut DB) -> &mut Vec<(A, W)>,
) -> Vec<W>
where
    A: Copy + PartialEq + Deref<Target = GhostCell<'id, DA>>,
    B: Copy + PartialEq + Deref<Target = GhostCell<'id, DB>>,
{
    let edges = core::mem::take(field(a.borrow_mut(token)));
    let mut weights: Vec<W> = edges
        .iter()
        .filter_map(|&(b, _)| take_edge(inverse(b.borrow_mut(token)), a))
        .collect();
    weights.extend(edges.into_iter().map(|(_, weight)| weight));
    weights
}

/// Removes every undirected edge of `a` recorded in `field`, at both ends; returns the
/// weights taken out, as [`detach_weighted`] does.
#[inline]
#[must_use = "the weights are dropped by dropping this, after every field is detached"]
pub fn detach_weighted_symmetric<'id, N, D, W>(
    a: N,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut D) -> &mut Vec<(N, W)>,
) -> Vec<W>
where
    N: Copy + PartialEq + Deref<Target = GhostCell<'id, D>>,
{
    let edges = core::mem::take(field(a.borrow_mut(token)));
    let mut weights: Vec<W> = edges
        .iter()
        .filter(|&&(b, _)| b != a)
        .filter_map(|&(b, _)| take_edge(field(b.borrow_mut(token)), a))
        .collect();
    weights.extend(edges.into_iter().map(|(_, weight)| weight));
    weights
}

/// Empties `a`'s `field`, a weighted link without an inverse (its targets keep nothing to
/// undo); returns what it held, for the caller to drop as [`detach_weighted`]'s.
#[inline]
#[must_use = "the weights are dropped by dropping this, after every field is detached"]
pub fn clear_edges<'id, A, DA, B, W>(
    a: A,
    token: &mut GhostToken<'id>,
    field: impl Fn(&mut DA) -> &mut Vec<(B, W)>,
) -> Vec<(B, W)>
where
    A: Copy + Deref<Target = GhostCell<'id, DA>>,
{
    core::mem::take(field(a.borrow_mut(token)))
}

/// Removes the first edge to `node` from `edges`, keeping the order of the rest; returns its
/// weight, or `None` if there was none.
#[inline]
pub fn take_edge<N: PartialEq, W>(edges: &mut Vec<(N, W)>, node: N) -> Option<W> {
    let at = edges.iter().position(|(target, _)| *target == node)?;
    Some(edges.remove(at).1)
}

/// Rewrites the weight of the first edge to `node` in `edges`; returns the old weight, or
/// `None` (dropping `weight`) if there was no such edge.
#[inline]
pub fn replace_weight<N: PartialEq, W>(edges: &mut [(N, W)], node: N, weight: W) -> Option<W> {
    let (_, old) = edges.iter_mut().find(|(target, _)| *target == node)?;
    Some(core::mem::replace(old, weight))
}

/// The weight of the first edge to `node` in `edges`, if there is one.
#[inline]
pub fn weight_to<N: PartialEq, W>(edges: &[(N, W)], node: N) -> Option<&W> {
    edges
        .iter()
        .find(|(target, _)| *target == node)
        .map(|(_, weight)| weight)
}
