//! The expansion compiles cleanly under strict user lints: `forbid(unsafe_code)`,
//! `deny(missing_docs, warnings)`, clippy's pedantic group, and the common opt-in rustc lints.
//! Any lint firing on generated code fails this file's build (and `cargo clippy -- -D warnings`).
//!
//! The package is edition 2024, where `impl Trait` captures every lifetime in scope: the
//! `iter_*` helpers must not list them all in a `use<..>` (which this lint reports).

#![deny(impl_trait_redundant_captures)]

/// A documented public node type under the strictest lints a library is likely to use.
#[forbid(unsafe_code)]
#[deny(
    missing_docs,
    warnings,
    missing_debug_implementations,
    rust_2018_idioms,
    unreachable_pub,
    unused_qualifications,
    unused_lifetimes,
    single_use_lifetimes,
    trivial_casts,
    unused_import_braces
)]
#[warn(clippy::pedantic)]
pub mod strict {
    use ghost_runtime::{GhostToken, ghost_graph};

    /// One element of a doubly-linked list.
    #[ghost_graph]
    #[derive(Debug)]
    pub struct Node {
        /// The element's value.
        pub val: u32,
        /// The following element.
        #[link(inverse = prev)]
        pub next: Option<Node>,
        /// The preceding element.
        pub prev: Option<Node>,
    }

    /// A singly-linked, crate-visible node: private items are checked too.
    #[ghost_graph]
    #[derive(Debug)]
    pub(crate) struct Private {
        pub(crate) val: u32,
        next: Option<Self>,
    }

    /// Sums the list from `head`, following `next`.
    #[must_use]
    pub fn sum<'id>(head: NodeRef<'_, 'id>, token: &GhostToken<'id>) -> u32 {
        head.iter_next(token).map(|n| n.borrow(token).val).sum()
    }

    /// Builds a private chain; returns its length and the last value.
    #[must_use]
    pub fn private_chain(len: u32) -> (usize, u32) {
        Private::scope(|graph, token| {
            let nodes: Vec<_> = (0..len).map(|v| Private::new_in(graph, v)).collect();
            for pair in nodes.windows(2) {
                pair[0].link_next(pair[1], token);
            }
            let count = nodes
                .first()
                .map_or(0, |head| head.iter_next(token).count());
            let last = nodes.last().map_or(0, |n| n.borrow(token).val);
            (count, last)
        })
    }
}

/// Private, undocumented items under the same lints, minus `missing_docs`.
#[forbid(unsafe_code)]
#[deny(warnings, rust_2018_idioms, unused_qualifications, unused_lifetimes)]
#[warn(clippy::pedantic)]
mod private {
    use ghost_runtime::ghost_graph;

    #[ghost_graph]
    struct Hidden {
        val: u8,
        #[link(inverse = prev)]
        next: Option<Box<Hidden>>,
        prev: Option<Box<Hidden>>,
    }

    pub(super) fn roundtrip() -> u8 {
        Hidden::scope(|graph, token| {
            let a = Hidden::new_in(graph, 4);
            let b = Hidden::new_in(graph, 5);
            a.link_next(b, token);
            b.prev(token).map_or(0, |p| p.borrow(token).val)
        })
    }
}

#[test]
fn strict_module_works() {
    use ghost_runtime::scope;
    use strict::{Node, sum};

    let total = scope(|graph, token| {
        let a = Node::new_in(graph, 1);
        let b = Node::new_in(graph, 2);
        a.link_next(b, token);
        assert_eq!(b.prev(token), Some(a));
        assert_eq!(a.unlink_next(token), Some(b));
        b.link_prev(a, token);
        sum(a, token)
    });
    assert_eq!(total, 3);
    assert_eq!(strict::private_chain(4), (4, 3));
    assert_eq!(private::roundtrip(), 4);
}
