//! [`RawNode`]: how a node kind is stored, as a [`NodePtr`] (one cell) or a [`SplitPtr`]
//! (structure and value cells), and what the runtime does with each when it allocates, opens
//! a key, and refills a removed slot.

use core::ptr::NonNull;

use ghost_cell::{GhostCell, GhostToken};

use crate::node_ptr::NodePtr;
use crate::split::{SplitCell, SplitPtr, ValuePerm};

/// The pointer a node kind's handles wrap: [`NodePtr`] for plain nodes, [`SplitPtr`] for nodes
/// with `#[value]` fields. Sealed: the runtime relies on a `SplitPtr` pointing at a split node.
pub trait RawNode<'arena, 'id>: Copy + sealed::Sealed {
    /// The structure, inside the `GhostCell` that the scope's token opens.
    type Data;
    /// The value beside the structure: `V` for a split node, `()` for a plain one.
    type Value;
    /// What a new node is made from: the structure, and for a split node its value too.
    type Init;
    /// Whether refilling a removed slot of this kind needs the [`ValuePerm`] (it replaces a
    /// value).
    #[doc(hidden)]
    const SPLIT: bool;

    /// The structure's pointer, at the node's address.
    fn node_ptr(self) -> NodePtr<'arena, 'id, Self::Data>;

    /// The node at `cell`.
    ///
    /// # Safety
    /// `cell` is the address of a node stored as `Self` stores it (the structure cell of a
    /// `SplitCell<'id, T, V>` for a `SplitPtr<T, V>`), and meets `NodePtr::from_cell`'s
    /// contract.
    #[doc(hidden)]
    unsafe fn from_cell(cell: NonNull<u8>) -> Self;

    /// Replaces the node at `self` by `init`, returning the old contents (to be dropped by the
    /// caller once the token is free again).
    ///
    /// `perm` must be `Some` if `SPLIT`; the token and permission, held mutably, are what
    /// make the write sound against stale readers.
    #[doc(hidden)]
    fn replace(
        self,
        init: Self::Init,
        token: &mut GhostToken<'id>,
        perm: Option<&mut ValuePerm<'id>>,
    ) -> Self::Init;
}

mod sealed {
    pub trait Sealed {}
    impl<T> Sealed for super::NodePtr<'_, '_, T> {}
    impl<T, V> Sealed for super::SplitPtr<'_, '_, T, V> {}
}

impl<'arena, 'id, T> RawNode<'arena, 'id> for NodePtr<'arena, 'id, T> {
    type Data = T;
    type Value = ();
    type Init = T;
    const SPLIT: bool = false;

    #[inline]
    fn node_ptr(self) -> Self {
        self
    }

    #[inline]
    unsafe fn from_cell(cell: NonNull<u8>) -> Self {
        // SAFETY: the caller's contract.
        unsafe { NodePtr::from_cell(cell.cast::<GhostCell<'id, T>>()) }
    }

    #[inline]
    fn replace(
        self,
        init: T,
        token: &mut GhostToken<'id>,
        _perm: Option<&mut ValuePerm<'id>>,
    ) -> T {
        core::mem::replace(self.borrow_mut(token), init)
    }
}

impl<'arena, 'id, T, V> RawNode<'arena, 'id> for SplitPtr<'arena, 'id, T, V> {
    type Data = T;
    type Value = V;
    type Init = (T, V);
    const SPLIT: bool = true;

    #[inline]
    fn node_ptr(self) -> NodePtr<'arena, 'id, T> {
        SplitPtr::node_ptr(self)
    }

    #[inline]
    unsafe fn from_cell(cell: NonNull<u8>) -> Self {
        // SAFETY: the caller's contract.
        unsafe { SplitPtr::from_cell(cell.cast::<SplitCell<'id, T, V>>()) }
    }

    #[inline]
    fn replace(
        self,
        (structure, value): (T, V),
        token: &mut GhostToken<'id>,
        perm: Option<&mut ValuePerm<'id>>,
    ) -> (T, V) {
        let perm = perm.expect("a split node is refilled only with its value permission");
        let old_value = core::mem::replace(self.value_mut(perm), value);
        let old_structure = core::mem::replace(self.node_ptr().borrow_mut(token), structure);
        (old_structure, old_value)
    }
}
