//! Slot reuse: removed nodes' slots, by node kind, and [`Reusing`], the allocator that fills
//! them before taking new memory.
//!
//! A removed node stays a valid value of its type until its slot is reused, because a link the
//! runtime cannot see (an unpaired link, a field assigned directly) may still point at it; a
//! stale pointer then reads a valid node, a logic error and never undefined behaviour. So a
//! slot is refilled only by a node of exactly the same type, told apart by the `TypeId` of its
//! `'static` kind ([`StaticKind`](crate::StaticKind)), and only while the token is held
//! mutably, so that no thread can be reading the slot through such a stale pointer (see
//! ARCHITECTURE.md, "Keys, removal and reuse").

use core::any::TypeId;
use core::cell::Cell;
use core::fmt;
use core::ptr::NonNull;
use core::sync::atomic::AtomicPtr;

use ghost_cell::GhostToken;

use crate::graph::NodeAllocator;
use crate::graph_mut::GraphMut;
use crate::key::{GraphNode, NodeKind};
use crate::mode::{Shared, Stores, ThreadMode};
use crate::node_ptr::NodePtr;
use crate::raw_node::RawNode;
use crate::split::{SplitPtr, ValuePerm};

/// What an exclusive scope changes beside the nodes: removed slots waiting to be refilled,
/// one list per node kind, and the change in the number of live nodes. Lent to each
/// `scope_mut` by the arena, and changed only with the scope's token held mutably.
#[derive(Default)]
pub(crate) struct FreeSlots {
    /// Slot addresses by kind. Atomic pointers only so the lists are `Send` and `Sync`
    /// without `unsafe`; they are never shared while in use.
    lists: Vec<(TypeId, Vec<AtomicPtr<u8>>)>,
    /// Nodes refilled minus nodes removed in this scope, added to the arena's count at its end.
    pub(crate) live_change: isize,
}

impl FreeSlots {
    /// The list of kind `kind`, if there is one. The list used last is kept first, so a
    /// program that removes and refills one node type finds it with one comparison.
    #[inline]
    fn list(&mut self, kind: TypeId) -> Option<&mut Vec<AtomicPtr<u8>>> {
        if self.lists.first().is_some_and(|(k, _)| *k == kind) {
            return self.lists.first_mut().map(|(_, list)| list);
        }
        self.list_slow(kind)
    }

    #[cold]
    fn list_slow(&mut self, kind: TypeId) -> Option<&mut Vec<AtomicPtr<u8>>> {
        let position = self.lists.iter().position(|(k, _)| *k == kind)?;
        self.lists.swap(0, position);
        self.lists.first_mut().map(|(_, list)| list)
    }

    /// Records that `slot`, holding a removed node of kind `kind`, may be refilled.
    #[inline]
    pub(crate) fn push(&mut self, kind: TypeId, slot: NonNull<u8>) {
        let slot = AtomicPtr::new(slot.as_ptr());
        match self.list(kind) {
            Some(list) => list.push(slot),
            None => self.lists.insert(0, (kind, vec![slot])),
        }
    }

    /// A removed slot that held a node of kind `kind`, if any.
    #[inline]
    pub(crate) fn pop(&mut self, kind: TypeId) -> Option<NonNull<u8>> {
        NonNull::new(self.list(kind)?.pop()?.into_inner())
    }

    /// Removed slots waiting for reuse.
    pub(crate) fn len(&self) -> usize {
        self.lists.iter().map(|(_, list)| list.len()).sum()
    }
}

/// An allocator that fills removed nodes' slots of the same type before taking new memory,
/// so an arena whose nodes come and go keeps a flat footprint. Made by
/// [`GraphMut::reusing`]; accepted wherever `new_in` takes a graph or allocator:
///
/// ```
/// use ghost_runtime::{Arena, ghost_graph};
///
/// #[ghost_graph]
/// struct Task {
///     name: String,
///     #[link(inverse = blocked_by)]
///     blocks: Vec<Task>,
///     blocked_by: Vec<Task>,
/// }
///
/// let mut arena = Arena::new();
/// let first = arena.scope_mut(|graph, token| {
///     let task = Task::new_in(graph, "write".to_string());
///     graph.remove(task, token);
///     task.key()
/// });
/// arena.scope_mut(|graph, token| {
///     let task = Task::new_in(&graph.reusing(token), "review".to_string());
///     assert_eq!(task.borrow(token).name, "review");
///     assert!(graph.get(first).is_none()); // the old key does not open the new node
/// });
/// assert_eq!(arena.len(), 1);
/// ```
///
/// It holds the token mutably for as long as it lives: writing into a slot that a stale
/// pointer may still reach is only sound while nobody can read through the token. The
/// replaced value (the removed node) is dropped during the call, after the new one is in
/// place; if its destructor panics, the new node stays allocated (its handle is lost) and the
/// panic propagates.
///
/// Slots are refilled for node types without lifetime parameters whose type parameters are
/// bounded by `'static` (`struct Node<T: 'static>`; see [`GraphNode::static_kind`]); other
/// node types, and raw `alloc_node` calls, take new memory as through the graph. A slot
/// removed earlier in the same scope is refilled too.
///
/// A handle kept from before a removal then points at the new node (they compare equal, and
/// its `key()` opens the new node): handles name slots, keys name nodes. Keep keys, not
/// handles, across removals.
pub struct Reusing<'g, 'src, 'arena, 'id, M: ThreadMode = Shared> {
    graph: &'g GraphMut<'src, 'arena, 'id, M>,
    /// Taken out while a slot is refilled, put back before any user code (a destructor) runs;
    /// a `Cell` because `NodeAllocator` allocates through `&self`.
    token: Cell<Option<&'g mut GhostToken<'id>>>,
    /// The value permission, if split nodes are refilled too (`GraphMut::reusing_split`);
    /// taken out and put back with the token.
    perm: Cell<Option<&'g mut ValuePerm<'id>>>,
    /// Whether `perm` was given (it is `None` while taken out).
    has_perm: bool,
}

impl<'g, 'src, 'arena, 'id, M: ThreadMode> Reusing<'g, 'src, 'arena, 'id, M> {
    pub(crate) fn new(
        graph: &'g GraphMut<'src, 'arena, 'id, M>,
        token: &'g mut GhostToken<'id>,
        perm: Option<&'g mut ValuePerm<'id>>,
    ) -> Self {
        Self {
            graph,
            token: Cell::new(Some(token)),
            has_perm: perm.is_some(),
            perm: Cell::new(perm),
        }
    }
}

impl<'arena, 'id, M: ThreadMode> NodeAllocator<'arena, 'id> for Reusing<'_, '_, 'arena, 'id, M> {
    type Mode = M;

    /// Takes new memory: a raw value has no kind to refill a slot of.
    #[inline]
    fn alloc_node<T: 'arena>(&self, value: T) -> NodePtr<'arena, 'id, T>
    where
        M: Stores<T>,
    {
        self.graph.alloc_node(value)
    }

    /// Takes new memory, as `alloc_node`.
    #[inline]
    fn alloc_split<T: 'arena, V: 'arena>(
        &self,
        structure: T,
        value: V,
    ) -> SplitPtr<'arena, 'id, T, V>
    where
        M: Stores<T> + Stores<V>,
    {
        self.graph.alloc_split(structure, value)
    }

    #[inline]
    fn alloc_graph_node<N>(&self, value: N::Data) -> N
    where
        N: GraphNode<'arena, 'id>,
        N::Kind: NodeKind<'arena, 'id, Ptr = NodePtr<'arena, 'id, N::Data>>,
        N::Data: 'arena,
        M: Stores<N::Data>,
    {
        self.refill::<N>(value).unwrap_or_else(|value| {
            <N::Kind as NodeKind<'arena, 'id>>::from_ptr(self.graph.alloc_node(value))
        })
    }

    #[inline]
    fn alloc_split_node<N, V>(&self, structure: N::Data, value: V) -> N
    where
        N: GraphNode<'arena, 'id>,
        N::Kind: NodeKind<'arena, 'id, Ptr = SplitPtr<'arena, 'id, N::Data, V>>,
        N::Data: 'arena,
        V: 'arena,
        M: Stores<N::Data> + Stores<V>,
    {
        self.refill::<N>((structure, value))
            .unwrap_or_else(|(structure, value)| {
                <N::Kind as NodeKind<'arena, 'id>>::from_ptr(
                    self.graph.alloc_split(structure, value),
                )
            })
    }
}

/// How nodes of handle type `N` are stored (`NodePtr` or `SplitPtr`).
type PtrOf<'arena, 'id, N> = <<N as GraphNode<'arena, 'id>>::Kind as NodeKind<'arena, 'id>>::Ptr;

/// What a node of handle type `N` is made from.
type InitOf<'arena, 'id, N> = <PtrOf<'arena, 'id, N> as RawNode<'arena, 'id>>::Init;

impl<'arena, 'id, M: ThreadMode> Reusing<'_, '_, 'arena, 'id, M> {
    /// Refills a removed slot of `N`'s kind with `init`, if one is listed and may be refilled
    /// here; otherwise gives `init` back, for new memory.
    #[inline]
    fn refill<N>(&self, init: InitOf<'arena, 'id, N>) -> Result<N, InitOf<'arena, 'id, N>>
    where
        N: GraphNode<'arena, 'id>,
    {
        let Some(kind) = N::static_kind() else {
            return Err(init);
        };
        if <PtrOf<'arena, 'id, N> as RawNode<'arena, 'id>>::SPLIT && !self.has_perm {
            return Err(init);
        }
        let token = self
            .token
            .take()
            .expect("the token is put back before any user code runs");
        let free = self.graph.free_slots().borrow_mut(token);
        let Some(cell) = free.pop(kind.id()) else {
            self.token.set(Some(token));
            return Err(init);
        };
        free.live_change += 1;
        // SAFETY: `GraphMut::remove` pushed `cell` for a removed node of this arena whose kind
        // had exactly this `TypeId` (the lists are emptied at `clear`, with the pages), taken
        // through that kind's `into_ptr`, so the slot holds what a `PtrOf<N>` points to.
        // `StaticKind` exists only for `'static` kinds, so that node's type was `N`'s, up to
        // the brands, which exist only at compile time (the argument for opening keys in later
        // scopes, `Key::open`). Slots stay allocated until the arena is cleared or dropped,
        // which the scope borrowing it prevents.
        let node = unsafe { <PtrOf<'arena, 'id, N> as RawNode<'arena, 'id>>::from_cell(cell) };
        let mut perm = self.perm.take();
        // The token (and for a split node the value permission) is held mutably: nothing reads
        // the removed node through a stale pointer while it is replaced.
        let removed = node.replace(init, token, perm.as_deref_mut());
        // SAFETY: the node is in this scope's arena, which is keyed (`GraphMut` exists only for
        // an `Arena`'s exclusive scopes).
        let structure = node.node_ptr();
        unsafe { structure.header() }.revive();
        self.perm.set(perm);
        self.token.set(Some(token));
        drop(removed);
        Ok(<N::Kind as NodeKind<'arena, 'id>>::from_ptr(node))
    }
}

impl<M: ThreadMode> fmt::Debug for Reusing<'_, '_, '_, '_, M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Reusing").finish_non_exhaustive()
    }
}
