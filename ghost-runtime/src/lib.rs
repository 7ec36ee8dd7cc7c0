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
//! # Keeping a graph between calls: keys
//!
//! *Why can't my handle leave the scope?* A `NodeRef<'arena, 'id>` carries the scope's brand
//! `'id`, and outside the closure no token of that brand exists, so the compiler rejects the
//! escape (`'1 must outlive '2`). Keep an [`Arena<'static>`](Arena) in your struct and store
//! the node's [`Key`] instead (`node.key()`, plain `'static` data), then open it again with
//! `graph.get(key)` in a later [`Arena::scope_mut`] (exclusive: open, link, [remove](GraphMut::remove),
//! [reuse slots](GraphMut::reusing)) or [`Arena::read`] (shared: open and read, from many threads):
//!
//! ```
//! use ghost_runtime::{Arena, ghost_graph};
//!
//! #[ghost_graph]
//! struct Node {
//!     val: u32,
//!     #[link(inverse = prev)]
//!     next: Option<Node>,
//!     prev: Option<Node>,
//! }
//!
//! struct Kept {
//!     arena: Arena<'static>,
//!     head: NodeKey,
//! }
//!
//! let mut arena = Arena::new();
//! let head = arena.scope_mut(|graph, token| {
//!     let (a, b) = (Node::new_in(graph, 1), Node::new_in(graph, 2));
//!     a.link_next(b, token);
//!     a.key()
//! });
//! let mut kept = Kept { arena, head };
//! // ... later, in another call:
//! let sum = kept.arena.read(|graph, token| {
//!     let head = graph.get(kept.head).expect("not removed");
//!     head.iter_next(token).map(|n| n.borrow(token).val).sum::<u32>()
//! });
//! assert_eq!(sum, 3);
//! kept.arena.scope_mut(|graph, token| {
//!     let head = graph.get(kept.head).unwrap();
//!     graph.remove(head, token); // its neighbour's `prev` is cleared too
//! });
//! assert!(kept.arena.read(|graph, _| graph.get(kept.head).is_none()));
//! assert_eq!(kept.arena.len(), 1);
//! ```
//!
//! # Threads, or not: shared and local arenas
//!
//! An [`Arena`] is shared ([`Shared`]): it is `Send` and `Sync`, its graph is `Sync` and hands
//! out per-thread [`Allocator`]s for parallel builds, and any number of threads may be in
//! [`Arena::read`] at once. So its payloads must be `Send`, and keys open only `Sync` nodes. A
//! [`LocalArena`] ([`Arena::new_local`]) and the free [`scope`] are local ([`Local`]): neither
//! the arena nor its graph leaves the thread, so payloads may be `Rc`, `Cell` or `RefCell`:
//!
//! ```
//! use ghost_runtime::{Arena, LocalArena, ghost_graph};
//! use std::{cell::RefCell, rc::Rc};
//!
//! #[ghost_graph]
//! struct Scope {
//!     names: RefCell<Vec<Rc<str>>>,
//!     #[link(inverse = children)]
//!     parent: Option<Scope>,
//!     children: Vec<Scope>,
//! }
//!
//! let mut arena: LocalArena<'static> = Arena::new_local();
//! let root = arena.scope_mut(|graph, token| {
//!     let root = Scope::new_in(graph, RefCell::default());
//!     let inner = Scope::new_in(graph, RefCell::default());
//!     inner.link_parent(root, token);
//!     inner.borrow(token).names.borrow_mut().push(Rc::from("x"));
//!     root.key()
//! });
//! let names = arena.read(|graph, token| {
//!     let root = graph.get(root).unwrap();
//!     root.children(token).iter().map(|c| c.borrow(token).names.borrow().len()).sum::<usize>()
//! });
//! assert_eq!(names, 1);
//! ```
//!
//! Giving a shared arena such a payload is a compile error that names the fix
//! ([`Stores`]). In either mode a node handle is `Send` and `Sync` only when its payload is
//! `Send + Sync`.
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

pub use arena::{Arena, LocalArena, scope, scope_shared, scope_split};
pub use dot::to_dot;
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
    pub use crate::pairs::{LinkDecl, declares_inverse};
    pub use crate::raw_node::RawNode;
    pub use crate::split::{SplitPtr, ValuePerm};
    pub use crate::tree::{LinkError, check_move, is_ancestor};
    pub use ::core;
    pub use alloc::vec::Vec;
    pub use ghost_cell::{GhostCell, GhostToken};
}
