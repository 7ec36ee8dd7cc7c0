//! What a neighbour function yields for each edge, for traversal ([`bfs`](crate::bfs),
//! [`dfs`](crate::dfs)), DOT export ([`to_dot`](crate::to_dot)) and the petgraph view: the node
//! the edge leads to, and the edge's weight.
//!
//! Generated accessors fit as they are: a `Vec` link's accessor yields `&N`, an `Option` link's
//! `N`, and a weighted link's (`succ: Vec<(Vertex, u32)>`) `&(N, u32)`.

use alloc::string::{String, ToString};
use core::fmt::Display;

/// One edge as a neighbour function yields it: the node it leads to, and its weight.
///
/// Nodes alone (`N`, or `&N` from a generated `Vec` accessor) weigh `()`; `(N, W)` pairs, and
/// `&(N, W)` from a weighted link's accessor, weigh `W`.
pub trait Neighbour<N> {
    /// The edge's weight: `()` for a plain link.
    type Weight;

    /// The node the edge leads to.
    fn node(&self) -> N;

    /// The edge's weight.
    fn weight(&self) -> &Self::Weight;
}

impl<N: Copy> Neighbour<N> for N {
    type Weight = ();

    #[inline]
    fn node(&self) -> N {
        *self
    }

    #[inline]
    fn weight(&self) -> &() {
        &()
    }
}

impl<N: Copy> Neighbour<N> for &N {
    type Weight = ();

    #[inline]
    fn node(&self) -> N {
        **self
    }

    #[inline]
    fn weight(&self) -> &() {
        &()
    }
}

impl<N: Copy, W> Neighbour<N> for (N, W) {
    type Weight = W;

    #[inline]
    fn node(&self) -> N {
        self.0
    }

    #[inline]
    fn weight(&self) -> &W {
        &self.1
    }
}

impl<N: Copy, W> Neighbour<N> for &(N, W) {
    type Weight = W;

    #[inline]
    fn node(&self) -> N {
        self.0
    }

    #[inline]
    fn weight(&self) -> &W {
        &self.1
    }
}

/// An edge as [`to_dot`](crate::to_dot) draws it: a plain link without a label, a weighted one
/// labelled with its weight's `Display`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be drawn as a DOT edge",
    label = "the neighbour function's edges",
    note = "a weighted edge is labelled with its weight's `Display`, so the weight must implement `Display`; to draw the edges without labels, yield the nodes alone: `|node, token| node.succ(token).iter().map(|&(next, _)| next)`"
)]
pub trait DotEdge<N>: Neighbour<N> {
    /// The edge's label, if it has one.
    fn label(&self) -> Option<String>;
}

impl<N: Copy> DotEdge<N> for N {
    #[inline]
    fn label(&self) -> Option<String> {
        None
    }
}

impl<N: Copy> DotEdge<N> for &N {
    #[inline]
    fn label(&self) -> Option<String> {
        None
    }
}

// Not recommended: a weight without `Display` is then reported as this trait's message, which
// says how to draw the edges without labels, rather than as a bare missing `Display`.
#[diagnostic::do_not_recommend]
impl<N: Copy, W: Display> DotEdge<N> for (N, W) {
    #[inline]
    fn label(&self) -> Option<String> {
        Some(self.1.to_string())
    }
}

#[diagnostic::do_not_recommend]
impl<N: Copy, W: Display> DotEdge<N> for &(N, W) {
    #[inline]
    fn label(&self) -> Option<String> {
        Some(self.1.to_string())
    }
}
