//! Thread modes: whether an arena may be shared with and moved to other threads ([`Shared`],
//! the default) or never leaves the thread that made it ([`Local`]), and so what its nodes may
//! hold.
//!
//! A shared arena may run a node's destructor on whichever thread drops it, and lets several
//! threads allocate and open keys at once, so it stores only `Send` payloads and opens keys
//! only to `Sync` ones. A local arena ([`LocalArena`](crate::LocalArena), and the free
//! [`scope`](crate::scope)) is neither `Send` nor `Sync`, and neither are its graph handles, so
//! every node is made, read and dropped on one thread: `Rc`, `Cell` and `RefCell` payloads are
//! fine there, as in typed-arena or slotmap. The node handles of either mode are `Send` and
//! `Sync` exactly when their payload (and a split node's `#[value]` fields) is `Send + Sync`,
//! so a handle to an `Rc` node cannot reach another thread whichever arena holds it.

use core::marker::PhantomData;

/// How an arena may be used across threads: [`Shared`] or [`Local`]. Sealed.
pub trait ThreadMode: sealed::Sealed + 'static {}

/// The mode of an arena that threads may share and move: [`Arena`](crate::Arena). Its payloads
/// must be `Send`, and keys open only to `Sync` nodes.
#[derive(Debug)]
pub enum Shared {}

/// The mode of an arena that never leaves its thread: [`LocalArena`](crate::LocalArena) and the
/// free [`scope`](crate::scope). Any payload may be stored (`Rc`, `Cell`, `RefCell`), and the
/// arena and its graph handles are neither `Send` nor `Sync`.
#[derive(Debug)]
pub struct Local {
    _one_thread: PhantomData<*const ()>,
}

impl ThreadMode for Shared {}

impl ThreadMode for Local {}

/// Whether an arena of this mode may hold payloads of type `T`: every `Send` type in a
/// [`Shared`] arena, every type in a [`Local`] one. What `Node::new_in` asks of its allocator.
#[diagnostic::on_unimplemented(
    message = "`{T}` cannot be stored in an arena of thread mode `{Self}`",
    label = "a shared arena (`Arena`, its graphs and `Allocator`s) stores only `Send` payloads, as it may drop them on another thread",
    note = "for `Rc`, `Cell` or `RefCell` payloads in a program that keeps them on one thread, use `LocalArena` (`Arena::new_local()`) or the free `scope`, which never leave their thread; a function taking their graph names it `&LocalGraph<'a, 'id>`, not `&Graph`",
    note = "in code generic over the allocator `A`, require `A::Mode: Stores<..>` of the node type"
)]
pub trait Stores<T: ?Sized>: ThreadMode + sealed::Stores<T> {}

// `do_not_recommend`: a missing `Send` is then reported as this trait's message, which names
// the local arena, rather than as "cannot be sent between threads safely".
#[diagnostic::do_not_recommend]
impl<T: Send + ?Sized> Stores<T> for Shared {}

impl<T: ?Sized> Stores<T> for Local {}

/// Whether a key of an arena of this mode may open nodes of type `T`: `Sync` ones in a
/// [`Shared`] arena (other threads may read the same node meanwhile), any in a [`Local`] one.
#[diagnostic::on_unimplemented(
    message = "keys of an arena of thread mode `{Self}` cannot open `{T}`",
    label = "a shared arena opens keys only to `Sync` nodes, as other threads may be reading them at the same time",
    note = "keep nodes that hold `Cell`, `RefCell` or `Rc` in a `LocalArena` (`Arena::new_local()`), which never leaves its thread",
    note = "in code generic over the mode `M`, require `M: Opens<..>` of the node type"
)]
pub trait Opens<T: ?Sized>: ThreadMode + sealed::Opens<T> {}

#[diagnostic::do_not_recommend]
impl<T: Sync + ?Sized> Opens<T> for Shared {}

impl<T: ?Sized> Opens<T> for Local {}

/// Sealing: no other crate can add a mode, or let a mode hold or open a type the impls above
/// refuse (coherence already rejects such an impl, as `Send` might be added upstream; these
/// supertraits, which no other crate can name, make that independent of the reason).
pub(crate) mod sealed {
    pub trait Sealed {
        /// Whether every handle of this mode stays on the thread that made its arena, so that
        /// allocation needs no check of the calling thread.
        const ONE_THREAD: bool;
    }
    impl Sealed for super::Shared {
        const ONE_THREAD: bool = false;
    }
    impl Sealed for super::Local {
        const ONE_THREAD: bool = true;
    }

    pub trait Stores<T: ?Sized> {}
    impl<T: Send + ?Sized> Stores<T> for super::Shared {}
    impl<T: ?Sized> Stores<T> for super::Local {}

    pub trait Opens<T: ?Sized> {}
    impl<T: Sync + ?Sized> Opens<T> for super::Shared {}
    impl<T: ?Sized> Opens<T> for super::Local {}
}
