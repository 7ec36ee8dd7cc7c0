//! Runtime for `#[ghost_graph]`: cyclic, pointer-linked data structures in safe Rust.
//!
//! Annotate a node struct and get an arena-allocated, [`GhostCell`]-wrapped node type with a
//! copyable handle and link helpers that keep inverse links consistent:
//!
//! ```
//! use ghost_runtime::{ghost_graph, scope, GhostToken};
//!
//! #[ghost_graph]
//! pub struct Node {
//!     pub val: String,
//!     #[link(inverse = prev)]
//!     pub next: Option<Node>,
//!     pub prev: Option<Node>,
//! }
//!
//! fn total_len<'arena, 'id>(head: NodeRef<'arena, 'id>, token: &GhostToken<'id>) -> usize {
//!     head.iter_next(token).map(|n| n.borrow(token).val.len()).sum()
//! }
//!
//! let out: String = scope(|graph, token| {
//!     let a = Node::new_in(graph, "a".to_string());
//!     let b = Node::new_in(graph, "b".to_string());
//!     a.link_next(b, token); // a.next = b and b.prev = a
//!     a.borrow_mut(token).val.push('!');
//!     assert_eq!(total_len(a, token), 3);
//!     a.iter_next(token).map(|n| n.borrow(token).val.clone()).collect()
//! });
//! assert_eq!(out, "a!b");
//! ```
//!
//! The reference follows: the attribute, what it generates, every link shape and pair, scopes,
//! payloads, threads, keeping graphs across calls, split permissions, traversal, and the errors
//! users hit most with their fix.
//!
#![doc = include_str!("../docs/reference.md")]
//!
//! # Safety argument, in short
//!
//! - **Brands.** Each scope makes a fresh invariant lifetime `'id`; nodes and the token carry
//!   it, so a node can only be opened with its own scope's token and cannot leave the scope.
//!   Reading needs `&GhostToken<'id>`, writing `&mut GhostToken<'id>`: aliasing XOR mutation is
//!   checked at compile time, for any number of threads.
//! - **Memory.** Nodes live in slabs owned by an arena that the scope borrows; memory is never
//!   freed one node at a time, so a handle is valid wherever its brand can be named. A removed
//!   node stays a valid value of its type until its slot is refilled with another value of
//!   that type, which needs the token mutably: a stale handle or link reads a valid node (a
//!   logic error at worst), never freed memory.
//! - **Keys.** A key records its arena's epoch (a global counter renewed by `clear`), its
//!   node's position and the slot's generation, so it opens only its own node, only while that
//!   lives, and only where no other scope can be writing it (`scope_mut`, `read`).
//! - **Threads.** A shared arena stores only `Send` payloads and opens keys only to `Sync`
//!   nodes; a local arena, and every graph handle of it, is neither `Send` nor `Sync`, so its
//!   nodes are made, read and dropped on one thread.
//! - **Teardown.** The arena runs every payload destructor once, in no particular order. That
//!   is sound because no destructor can open a node: that needs the token, which the closure
//!   only borrows (`&mut GhostToken<'id>`); allocation requires `T: 'arena`, and that borrow
//!   never outlives `'arena`; every handle that allocates is invariant in `'arena`, so it cannot
//!   be shortened to admit the token reference.
//!
//! `ARCHITECTURE.md` in the repository gives the full argument.

#![warn(missing_docs)]
#![deny(unsafe_op_in_unsafe_fn)]

extern crate alloc;

mod arena;
mod brand;
#[doc(hidden)]
pub mod compile_tests;
mod dot;
mod drop_list;
mod edge;
mod graph;
mod graph_mut;
mod graph_read;
mod key;
mod links;
mod mode;
mod node_ptr;
mod page;
mod pairs;
#[cfg(feature = "petgraph")]
pub mod petgraph;
mod raw_node;
mod reuse;
mod slab;
mod slot;
mod split;
mod traverse;
mod tree;
mod weighted;

/// The registry README's example, compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub use arena::{Arena, LocalArena, scope, scope_shared, scope_split};
pub use dot::{to_dot, to_dot_undirected};
pub use edge::{DotEdge, Neighbour};
pub use ghost_cell::{GhostCell, GhostToken};
pub use ghost_derive::ghost_graph;
pub use graph::{Allocator, Graph, GraphIn, LocalGraph, NodeAllocator};
pub use graph_mut::GraphMut;
pub use graph_read::GraphRead;
pub use key::{GraphNode, Key, NodeKind, StaticKind};
pub use links::{Follow, LinkSlot, follow};
pub use mode::{Local, Opens, Shared, Stores, ThreadMode};
pub use node_ptr::{NodeHandle, NodePtr};
pub use raw_node::RawNode;
pub use reuse::Reusing;
pub use split::{SplitPtr, ValuePerm};
pub use traverse::{Bfs, Dfs, bfs, dfs};
pub use tree::LinkError;
pub use weighted::EdgeWeight;

/// What generated code names. Not public API: it may change in any release.
#[doc(hidden)]
pub mod __private {
    pub use crate::arena::scope;
    pub use crate::graph::{Graph, GraphIn, NodeAllocator};
    pub use crate::key::{GraphNode, Key, NodeKind, StaticKind};
    pub use crate::links::{
        clear_field, detach_field, detach_symmetric, follow, link, link_at, link_symmetric,
        remove_one, take_link, unlink, unlink_symmetric,
    };
    pub use crate::mode::{Local, Stores};
    pub use crate::node_ptr::{NodeHandle, NodePtr};
    pub use crate::pairs::{LinkDecl, agrees_on_weight, declares_inverse};
    pub use crate::raw_node::RawNode;
    pub use crate::split::{SplitPtr, ValuePerm};
    pub use crate::tree::{LinkError, check_move, is_ancestor};
    pub use crate::weighted::{
        EdgeWeight, clear_edges, detach_weighted, detach_weighted_symmetric, link_weighted,
        link_weighted_symmetric, replace_weight, set_weight, set_weight_symmetric, take_edge,
        unlink_weighted, unlink_weighted_symmetric, weight_to,
    };
    pub use ::core;
    pub use alloc::vec::Vec;
    pub use ghost_cell::{GhostCell, GhostToken};
}
