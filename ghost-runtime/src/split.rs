//! Split permissions: a node's **values** guarded by a second permission, [`ValuePerm`], beside
//! its structure (links and other fields), guarded by the scope's `GhostToken`.
//!
//! The pattern comes from "Design safe collection API with compile-time reference stability
//! in Rust" (the permission pattern; `seeds/004` in the design notes): when the permission to
//! change a structure is separate from the permission to read its values, a caller can hold
//! `&V` into a list or cache while relinking it, because nodes never move. In GhostCell terms
//! a split node is two cells side by side in one arena slot, `GhostCell<'id, T>` for the
//! structure and a value cell for `V`; both carry the scope's brand, but each opens only with
//! its own permission:
//!
//! | holding | gives |
//! | --- | --- |
//! | `&GhostToken<'id>` | `&T` (read the structure) |
//! | `&mut GhostToken<'id>` | `&mut T` (relink), never a value |
//! | `&ValuePerm<'id>` | `&V`, for as long as the permission is borrowed |
//! | `&mut ValuePerm<'id>` | `&mut V`; also needed to refill a removed split node's slot |
//!
//! Because `&mut GhostToken` never reaches a value, a value reference stays valid across any
//! relinking; because everything that moves or drops a value (writing it, replacing it,
//! refilling its slot) needs `&mut ValuePerm`, no value reference is alive when it happens.

use core::cell::UnsafeCell;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;
use core::ops::Deref;
use core::ptr::NonNull;

use ghost_cell::{GhostCell, GhostToken};

use crate::arena::Arena;
use crate::brand::Invariant;
use crate::key::{Key, NodeKind};
use crate::mode::{Opens, ThreadMode};
use crate::node_ptr::NodePtr;

/// The permission to read (`&ValuePerm`) and write (`&mut ValuePerm`) the values of split
/// nodes (fields marked `#[value]`) of one scope, separate from the scope's `GhostToken`,
/// which relinks the structure.
///
/// Like the token, it carries the scope's brand `'id`, so a permission of another scope is
/// rejected at compile time, and exactly one exists per scope: it is lent, never by value, by
/// [`scope_split`](crate::scope_split), [`Arena::scope_split`](crate::Arena::scope_split),
/// [`Arena::scope_mut_split`](crate::Arena::scope_mut_split) and
/// [`Arena::relink_split`](crate::Arena::relink_split), and shared by
/// [`Arena::read_split`](crate::Arena::read_split). It is zero-sized, `Send` and `Sync`; it
/// cannot be cloned, made, or moved out of its borrow.
pub struct ValuePerm<'id> {
    _brand: Invariant<'id>,
}

impl<'id> ValuePerm<'id> {
    /// The permission of a scope, lent for `'a`.
    ///
    /// Only the runtime calls this, once per scope, for a brand that no other permission has:
    /// the entry points that make a brand make its permission with it.
    #[inline]
    pub(crate) fn lend<'a>() -> &'a mut Self {
        // A zero-sized box allocates nothing; leaking it gives a reference that lives as long
        // as asked for, without a place on the stack.
        Box::leak(Box::new(Self {
            _brand: PhantomData,
        }))
    }
}

impl fmt::Debug for ValuePerm<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ValuePerm")
    }
}

/// A value cell: `V`, reachable only through the scope's [`ValuePerm`].
///
/// Never handed out: users reach it through a [`SplitPtr`].
#[repr(transparent)]
pub(crate) struct ValueCell<'id, V> {
    value: UnsafeCell<V>,
    _brand: Invariant<'id>,
}

// SAFETY: as for `GhostCell`: moving the cell moves the value (`V: Send`).
unsafe impl<V: Send> Send for ValueCell<'_, V> {}
// SAFETY: as for `GhostCell`: through `&ValueCell`, threads sharing `&ValuePerm` read the value
// at once (`V: Sync`), and the one holding `&mut ValuePerm` may write or replace it, so the value
// may be dropped on another thread than the one that made it (`V: Send`).
unsafe impl<V: Send + Sync> Sync for ValueCell<'_, V> {}

/// What an arena stores for a split node: the structure cell, then the value cell.
/// `repr(C)`, so a pointer to the split cell is a pointer to its structure cell (what
/// `NodePtr` and all structure code use).
#[repr(C)]
pub(crate) struct SplitCell<'id, T, V> {
    pub(crate) structure: GhostCell<'id, T>,
    pub(crate) value: ValueCell<'id, V>,
}

impl<'id, T, V> SplitCell<'id, T, V> {
    pub(crate) fn new(structure: T, value: V) -> Self {
        Self {
            structure: GhostCell::new(structure),
            value: ValueCell {
                value: UnsafeCell::new(value),
                _brand: PhantomData,
            },
        }
    }
}

/// A copyable pointer to a split node: its structure, a `GhostCell<'id, T>` (what it derefs
/// to, and what [`node_ptr`](Self::node_ptr) gives), and its value `V`, opened by the scope's
/// [`ValuePerm`].
///
/// What every generated `<Name>Ref` of a node with `#[value]` fields wraps. Only the runtime
/// makes one, from memory it allocated as a split node, so holding one proves the value is
/// there. Compares and hashes by address, orders and prints by index, like [`NodePtr`].
pub struct SplitPtr<'arena, 'id, T, V> {
    /// Invariant in `T` and `V`, like `NodePtr`.
    cell: NonNull<SplitCell<'id, T, V>>,
    _arena: PhantomData<&'arena ()>,
}

impl<'arena, 'id, T, V> SplitPtr<'arena, 'id, T, V> {
    /// Wraps a pointer to a split node.
    ///
    /// # Safety
    /// As for [`NodePtr::from_cell`], with "a `SplitCell<'id, T, V>`" in place of "a
    /// `GhostCell<'id, T>`": the memory was allocated as a split node of these types (up to
    /// brands), and is refilled, if ever, only by a split node of the same types.
    pub(crate) unsafe fn from_cell(cell: NonNull<SplitCell<'id, T, V>>) -> Self {
        Self {
            cell,
            _arena: PhantomData,
        }
    }

    /// The structure's pointer: the same address, for links, traversal and keys.
    #[inline]
    #[must_use]
    pub fn node_ptr(self) -> NodePtr<'arena, 'id, T> {
        // SAFETY: the split cell is `repr(C)` with the structure cell first, so the pointer
        // (which keeps the whole slot's provenance) points at an initialised
        // `GhostCell<'id, T>` that satisfies `from_cell`'s contract as the split cell does.
        unsafe { NodePtr::from_cell(self.cell.cast()) }
    }

    /// The node's index, as [`NodePtr::index`] gives it.
    #[inline]
    #[must_use]
    pub fn index(self) -> usize {
        self.node_ptr().index()
    }

    /// Shared access to the structure, for as long as the token is borrowed (as
    /// [`NodePtr::borrow`]).
    #[inline]
    #[must_use]
    pub fn borrow<'t>(self, token: &'t GhostToken<'id>) -> &'t T {
        self.node_ptr().borrow(token)
    }

    /// Exclusive access to the structure, for as long as the token is mutably borrowed (as
    /// [`NodePtr::borrow_mut`]). Values are not reachable through it.
    #[inline]
    pub fn borrow_mut<'t>(self, token: &'t mut GhostToken<'id>) -> &'t mut T {
        self.node_ptr().borrow_mut(token)
    }

    /// Shared access to the value, for as long as the permission is borrowed: relinking (with
    /// `&mut GhostToken`) does not end it, as nodes never move.
    #[inline]
    #[must_use]
    pub fn value<'p>(self, perm: &'p ValuePerm<'id>) -> &'p V {
        let _ = perm;
        // SAFETY:
        // - the cell is allocated for all of `'p`: a permission of brand `'id` exists only
        //   inside the scope that made the brand, which keeps the arena borrowed (`from_cell`);
        // - no `&mut V` exists meanwhile: the value is written only through `value_mut` or a
        //   refill, both of which need `&mut ValuePerm<'id>`, which cannot coexist with the
        //   shared borrow `'p` of the one permission of this brand; the structure token never
        //   reaches the value cell; and values are dropped only at `clear` or teardown, when no
        //   scope (so no permission) exists.
        unsafe { &*self.value_cell().value.get() }
    }

    /// Exclusive access to the value, for as long as the permission is mutably borrowed (so
    /// no other value of the scope can be borrowed meanwhile). The structure can still be
    /// relinked with the token.
    #[inline]
    #[must_use]
    pub fn value_mut<'p>(self, perm: &'p mut ValuePerm<'id>) -> &'p mut V {
        let _ = perm;
        // SAFETY: as in `value`, and the permission is borrowed mutably for `'p`, so no other
        // reference to any value of this brand exists or is made while this one lives.
        unsafe { &mut *self.value_cell().value.get() }
    }

    /// The value cell. The reference itself reads nothing: all access goes through the
    /// `UnsafeCell`, under the permission.
    #[inline]
    fn value_cell<'a>(self) -> &'a ValueCell<'id, V> {
        // SAFETY: the split cell is allocated wherever a `SplitPtr` can be used (see `Deref` of
        // `NodePtr`), and a shared reference to a cell reads no content.
        unsafe { &(*self.cell.as_ptr()).value }
    }
}

impl<'id, T, V> Deref for SplitPtr<'_, 'id, T, V> {
    type Target = GhostCell<'id, T>;

    #[inline]
    fn deref(&self) -> &GhostCell<'id, T> {
        // SAFETY: as for `NodePtr`'s `Deref`: the split cell is allocated wherever the pointer
        // can be used, and its first field is the structure cell.
        unsafe { &(*self.cell.as_ptr()).structure }
    }
}

impl<T, V> Clone for SplitPtr<'_, '_, T, V> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<T, V> Copy for SplitPtr<'_, '_, T, V> {}

impl<T, V> PartialEq for SplitPtr<'_, '_, T, V> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.cell == other.cell
    }
}

impl<T, V> Eq for SplitPtr<'_, '_, T, V> {}

impl<T, V> PartialOrd for SplitPtr<'_, '_, T, V> {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<T, V> Ord for SplitPtr<'_, '_, T, V> {
    /// By [`index`](Self::index), as [`NodePtr`].
    #[inline]
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.index().cmp(&other.index())
    }
}

impl<T, V> Hash for SplitPtr<'_, '_, T, V> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.cell.hash(state);
    }
}

impl<T, V> fmt::Debug for SplitPtr<'_, '_, T, V> {
    /// The node's [`index`](Self::index) only, as [`NodePtr`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.index(), f)
    }
}

// SAFETY: a `SplitPtr` gives exactly the access of a `&GhostCell<'id, T>` and a `&ValueCell<'id,
// V>`, which are `Send` iff `T: Send + Sync` and `V: Send + Sync`.
unsafe impl<T: Send + Sync, V: Send + Sync> Send for SplitPtr<'_, '_, T, V> {}
// SAFETY: as for `Send`.
unsafe impl<T: Send + Sync, V: Send + Sync> Sync for SplitPtr<'_, '_, T, V> {}

/// Values of split nodes, by key, outside any scope: for APIs that return a value borrowed
/// from the arena itself, as a collection's `peek(&self, key) -> Option<&V>` does.
impl<'src, M: ThreadMode> Arena<'src, M> {
    /// The value of the split node `key` names, for as long as the arena is borrowed; `None`
    /// where [`GraphRead::get`](crate::GraphRead::get) gives `None` (a removed node, another
    /// arena's key, a key from before `clear`, a node an unfinished shared scope made).
    ///
    /// Nothing writes a value while `&self` is held: exclusive scopes need `&mut self`, and
    /// shared scopes reach only nodes they made, which this does not open. The value type must
    /// be `'static` (so it holds no node handles: a handle carries a brand, and with a leaked
    /// `&'static Arena` the borrow `'a` could be chosen equal to a running shared scope's
    /// brand, handing that scope a writable handle to a node it did not make). Costs a key
    /// opening.
    ///
    /// ```
    /// use ghost_runtime::{Arena, ghost_graph};
    ///
    /// #[ghost_graph]
    /// struct Item {
    ///     #[value]
    ///     name: String,
    ///     next: Option<Item>,
    /// }
    ///
    /// let mut arena = Arena::new();
    /// let key = arena.scope_mut(|graph, _| Item::new_in(graph, "kept".to_string()).key());
    /// let name: &String = &arena.value(key).unwrap().0; // the `#[value]` fields, as a tuple
    /// assert_eq!(name, "kept");
    /// ```
    #[must_use]
    pub fn value<'a, K, T, V>(&'a self, key: Key<K>) -> Option<&'a V>
    where
        K: NodeKind<'a, 'a, Ptr = SplitPtr<'a, 'a, T, V>>,
        V: 'static,
        M: Opens<V>,
    {
        let node = key.open(&self.book, Some(self.period()))?;
        // A permission of the brand `'a`, which no scope has: scopes take fresh brands that
        // their closures cannot relate to `'a`, so this opens only the value cell of the node
        // just opened here, which nothing writes while the arena is borrowed shared.
        Some(K::into_ptr(node).value(ValuePerm::lend()))
    }

    /// The value of the split node `key` names, exclusively, for as long as the arena is
    /// borrowed mutably; `None` as for [`value`](Self::value). Costs a key opening.
    #[must_use]
    pub fn value_mut<'a, K, T, V>(&'a mut self, key: Key<K>) -> Option<&'a mut V>
    where
        K: NodeKind<'a, 'a, Ptr = SplitPtr<'a, 'a, T, V>>,
        V: 'static,
    {
        let this: &'a Self = self;
        let node = key.open(&this.book, None)?;
        // As in `value`; and the arena is borrowed exclusively for `'a`, so no other access
        // to this value exists meanwhile.
        Some(K::into_ptr(node).value_mut(ValuePerm::lend()))
    }
}
