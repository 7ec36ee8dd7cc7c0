//! [`NodePtr`]: a copyable pointer to one branded cell in an arena.

use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;
use core::ops::Deref;
use core::ptr::NonNull;

use ghost_cell::{GhostCell, GhostToken};

use crate::slot::{self, SlotHeader};

/// A pointer to a `GhostCell<'id, T>` allocated in a ghost-graph arena.
///
/// It is what every generated `<Name>Ref` wraps. It is `Copy`, compares and hashes by address,
/// orders and prints by [`index`](Self::index), and derefs to the [`GhostCell`], so reading needs `&GhostToken<'id>` and writing needs
/// `&mut GhostToken<'id>`.
///
/// It is a raw pointer rather than `&'arena GhostCell<'id, T>` because that reference type is
/// only well-formed when `'id: 'arena`, which user functions that merely take a node and a
/// token cannot name. It is usable only inside the scope that made its brand `'id`, and that
/// scope keeps the arena alive.
pub struct NodePtr<'arena, 'id, T> {
    /// The node's cell (in a keyed arena, right after its slot header). Invariant in `T`,
    /// so a handle cannot be retyped to hold shorter-lived payloads.
    cell: NonNull<GhostCell<'id, T>>,
    _arena: PhantomData<&'arena ()>,
}

impl<'arena, 'id, T> NodePtr<'arena, 'id, T> {
    /// Wraps a pointer to a cell allocated in an arena.
    ///
    /// # Safety
    /// `cell` must point to an initialised `GhostCell<'id, T>` (in a keyed arena, right after
    /// a slot header; it may be the structure cell of a split node) in a node page of an arena that
    /// the scope creating brand `'id` keeps borrowed: it then stays allocated (not necessarily
    /// undropped) wherever the pointer can be used, inside that scope or from payloads of an
    /// arena, which are dropped before any arena memory is freed. Its cell holds a valid `T`
    /// for as long as a scope of the arena runs (removal keeps the value; a refill replaces it
    /// by a node of the same `'static` kind, the same type up to brands).
    pub(crate) unsafe fn from_cell(cell: NonNull<GhostCell<'id, T>>) -> Self {
        Self {
            cell,
            _arena: PhantomData,
        }
    }

    /// The cell's address, with its provenance, for the arena's free lists.
    #[inline]
    pub(crate) fn cell_addr(self) -> NonNull<u8> {
        self.cell.cast()
    }

    /// The slot's header (generation and shared-scope mark), readable without a token.
    ///
    /// # Safety
    /// The node must have been allocated in a keyed arena (so it has a header), as every node
    /// is whose brand belongs to a scope of an `Arena`.
    #[inline]
    pub(crate) unsafe fn header(&self) -> &SlotHeader {
        // SAFETY: in a keyed arena every node (a cell, or a split node's cells) is stored right
        // after its slot header (`slot::slot_layout`), within the same allocation (the pointer
        // carries its provenance); the slot stays allocated wherever the pointer can be used
        // (`from_cell`), and the header is an atomic: shared references to it may coexist
        // with anything.
        unsafe {
            self.cell
                .cast::<u8>()
                .sub(slot::HEADER)
                .cast::<SlotHeader>()
                .as_ref()
        }
    }

    /// Shared access to the value, for as long as the token is borrowed.
    ///
    /// Unlike going through `Deref`, the result is tied to the token only, so it can outlive
    /// this (copyable) pointer.
    #[inline]
    #[must_use]
    pub fn borrow<'t>(self, token: &'t GhostToken<'id>) -> &'t T {
        // SAFETY: the token proves a scope of brand `'id` is running for all of `'t`.
        unsafe { self.cell_for::<'t>() }.borrow(token)
    }

    /// Exclusive access to the value, for as long as the token is mutably borrowed.
    #[inline]
    pub fn borrow_mut<'t>(self, token: &'t mut GhostToken<'id>) -> &'t mut T {
        // SAFETY: the token proves a scope of brand `'id` is running for all of `'t`.
        unsafe { self.cell_for::<'t>() }.borrow_mut(token)
    }

    /// The cell, for `'t`.
    ///
    /// # Safety
    /// A `GhostToken<'id>` must exist for all of `'t` (callers hold one borrowed for `'t`):
    /// `from_cell`'s contract keeps the cell allocated for that long.
    #[inline]
    unsafe fn cell_for<'t>(self) -> &'t GhostCell<'id, T> {
        // SAFETY: the pointer is non-null, aligned and initialised (from `from_cell`), and the
        // cell stays allocated while the token exists. Shared references to a `GhostCell` may
        // coexist with anything: all access to its content is mediated by the token.
        unsafe { self.cell.as_ref() }
    }

    /// The node's index: a number unique among the live nodes of its arena, of every type,
    /// small (it grows with the memory the arena's nodes take, about one per 8 bytes), and the
    /// same on every run of a program that makes the same nodes in the same order. Handles
    /// order by it and their `Debug` shows it. Needs no token: see the reference's "Stable
    /// ids" for what keeps it and what does not.
    ///
    /// It reads the page header before the node, which is sound for every `NodePtr` because
    /// only the runtime makes them, from memory it allocated: no public way to make one exists.
    #[inline]
    #[must_use]
    pub fn index(self) -> usize {
        // SAFETY: every `NodePtr` is made from memory handed out by `PageCursor::alloc` (with
        // its provenance), and its page stays allocated while the brand `'id` can be named
        // (see `from_cell`).
        unsafe { crate::page::dense_index(self.cell.cast()) }
    }

    /// The node's page's epoch and keyedness, and the node's dense index: what a key records.
    #[inline]
    pub(crate) fn identity(self) -> crate::page::Identity {
        // SAFETY: as for `index`.
        unsafe { crate::page::identity(self.cell.cast()) }
    }

    /// The address of the cell, for identity checks and debugging.
    #[inline]
    #[must_use]
    pub fn as_ptr(self) -> *const GhostCell<'id, T> {
        self.cell.as_ptr()
    }
}

/// A copyable handle to a node: a [`NodePtr`], or a generated `<Name>Ref` (which implements it).
///
/// Generic code over nodes (traversal, export) takes handles through this trait.
pub trait NodeHandle<'arena, 'id>: Copy {
    /// The node's data: the type inside its `GhostCell`.
    type Data;

    /// The pointer behind the handle.
    fn node_ptr(self) -> NodePtr<'arena, 'id, Self::Data>;
}

impl<'arena, 'id, T> NodeHandle<'arena, 'id> for NodePtr<'arena, 'id, T> {
    type Data = T;

    #[inline]
    fn node_ptr(self) -> Self {
        self
    }
}

/// Gives the [`GhostCell`] itself, so every method of the cell is reachable on a pointer and on
/// a generated handle, which derefs to the same cell.
///
/// `borrow` and `borrow_mut` are shadowed by the pointer's (and the handle's) own methods, which
/// return references tied to the token alone. The cell's [`replace`](GhostCell::replace) (and
/// [`take`](GhostCell::take), for a `Default` node) is not: it writes the whole node, link
/// fields included, and leaves the other end of each link as it was, as assigning a link field
/// through `borrow_mut` does: a node whose `prev` is replaced away still appears in its old
/// neighbour's `next`. To relink, use the generated `link_*` and `unlink_*` helpers, which keep
/// both ends of every paired link consistent.
impl<'id, T> Deref for NodePtr<'_, 'id, T> {
    type Target = GhostCell<'id, T>;

    #[inline]
    fn deref(&self) -> &GhostCell<'id, T> {
        // SAFETY: every place that can hold a `NodePtr<'_, 'id, _>` is either inside the scope
        // that made brand `'id` (which borrows the arena), or owned by a payload of an arena
        // (dropped by that arena's teardown before its slabs are freed), or leaked; so the
        // cell is allocated whenever this runs. The reference is bounded by the borrow of
        // `self`. During teardown the cell may already be dropped, but the only token-free
        // operations on a shared `GhostCell` read no content, and no token of this brand exists
        // then (the scope has ended).
        unsafe { self.cell.as_ref() }
    }
}

impl<T> Clone for NodePtr<'_, '_, T> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for NodePtr<'_, '_, T> {}

impl<T> PartialEq for NodePtr<'_, '_, T> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.cell == other.cell
    }
}

impl<T> Eq for NodePtr<'_, '_, T> {}

impl<T> PartialOrd for NodePtr<'_, '_, T> {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<T> Ord for NodePtr<'_, '_, T> {
    /// Orders by [`index`](Self::index): creation order for the nodes one thread makes (see
    /// the reference's "Stable ids"), and the same on every run. Consistent with `Eq`: two
    /// live nodes of an arena never share an index.
    #[inline]
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.index().cmp(&other.index())
    }
}

impl<T> Hash for NodePtr<'_, '_, T> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.cell.hash(state);
    }
}

impl<T> fmt::Debug for NodePtr<'_, '_, T> {
    /// Shows the node's [`index`](Self::index) only (`12`): the same on every run, unlike an
    /// address; following the node could loop on a cycle, and reading it needs the token.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.index(), f)
    }
}

// SAFETY: a `NodePtr` gives exactly the access of a `&GhostCell<'id, T>`, which is `Send` iff
// `GhostCell<'id, T>: Sync`, that is iff `T: Send + Sync`.
unsafe impl<T: Send + Sync> Send for NodePtr<'_, '_, T> {}
// SAFETY: as for `Send`: `&GhostCell<'id, T>` is `Sync` iff `T: Send + Sync`.
unsafe impl<T: Send + Sync> Sync for NodePtr<'_, '_, T> {}
