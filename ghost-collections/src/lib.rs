//! Reference-stable collections built on `#[ghost_graph]`, with no `unsafe` code.
//!
//! The permission pattern ("Design safe collection API with compile-time reference stability
//! in Rust"): the permission to change a collection's structure is split from the permission
//! to read and write its values. Inside a `scope`, a [`ValuePerm`] borrowed shared gives
//! references to values that stay valid while the structure is relinked (nodes never move),
//! and everything that moves or drops a value needs it borrowed mutably.
//!
//! - [`LruCache`]: `get` moves an entry to the front, yet returns `&'perm V`, so several
//!   values can be held at once.
//! - [`List`]: a doubly-linked list whose element references survive pushes, pops and
//!   moves of other elements.
//!
//! Both are `Send` and `Sync` and keep `Send + Sync` keys, values and elements. Their local
//! forms, [`LocalLruCache`] and [`LocalList`] (`LruCache::new_local`, `List::new_local`), stay
//! on the thread that made them and so keep `Rc`, `Cell` and `RefCell` too; the API and the
//! costs are the same ([`CacheMode`], [`ListMode`]).
//!
//! Everything rests on `ghost-runtime`'s arena and brands; this crate is
//! `#![forbid(unsafe_code)]`.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod list;
mod lru;

pub use ghost_runtime::{Local, Shared, ValuePerm};
pub use list::{Iter, List, ListHandle, ListHandleIter, ListKey, ListMode, LocalList};
pub use lru::{CacheHandle, CacheHandleIter, CacheIter, CacheMode, LocalLruCache, LruCache};
