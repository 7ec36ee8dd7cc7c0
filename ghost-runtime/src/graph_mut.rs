//! [`GraphMut`], the graph handle of [`Arena::scope_mut`](crate::Arena::scope_mut): everything
//! a [`Graph`](crate::Graph) does, plus opening keys, removing nodes and reusing their slots.

use core::fmt;
use core::mem;
use core::ops::Deref;
use std::sync::PoisonError;

use ghost_cell::{GhostCell, GhostToken};

use crate::graph::{GraphIn, NodeAllocator};
use crate::key::{GraphNode, Key, NodeKind};
use crate::mode::{Opens, Shared, Stores, ThreadMode};
use crate::node_ptr::{NodeHandle, NodePtr};
use crate::page::PageBook;
use crate::raw_node::RawNode;
use crate::reuse::{FreeSlots, Reusing};
use crate::slot::is_live;
use crate::split::{SplitPtr, ValuePerm};

/// The graph handle of an exclusive scope ([`Arena::scope_mut`](crate::Arena::scope_mut)).
///
/// It derefs to [`GraphIn`], so it allocates (`Task::new_in(graph, ..)`), hands out
/// [`Allocator`](crate::Allocator)s for other threads, and passes to functions that take a
/// `&Graph`. On top of that, because no other scope of the arena can run meanwhile, it opens
/// keys ([`get`](Self::get)), removes nodes ([`remove`](Self::remove)), and refills removed
/// nodes' slots ([`reusing`](Self::reusing)).
///
/// In a shared arena it is `Sync`: other threads of the scope may allocate through it and open
/// keys too, which is why [`get`](Self::get) then requires the node to be `Sync`. A
/// [`LocalArena`](crate::LocalArena)'s stays on its thread and opens any node.
pub struct GraphMut<'src, 'arena, 'id, M: ThreadMode = Shared> {
    graph: GraphIn<'src, 'arena, 'id, M>,
    /// Removed slots by kind and the live-count change, taken from the arena for the scope and
    /// put back when it ends; changed only with the token held mutably (in `remove` and
    /// `Reusing`).
    free: GhostCell<'id, FreeSlots>,
    /// Whether `free` was handed back by `finish` (the normal end of `scope_mut`, which needs
    /// no lock); if not, dropping the graph (during a panic) puts it back under the lock.
    finished: bool,
}

impl<'src, 'arena, 'id, M: ThreadMode> GraphMut<'src, 'arena, 'id, M> {
    /// Only `Arena::scope_mut` creates these, with the arena's removed slots.
    #[inline]
    pub(crate) fn new(graph: GraphIn<'src, 'arena, 'id, M>, free: FreeSlots) -> Self {
        Self {
            graph,
            free: GhostCell::new(free),
            finished: false,
        }
    }

    /// Ends the scope normally: the removed slots, for `scope_mut` to put back into the
    /// arena it holds exclusively.
    #[inline]
    pub(crate) fn finish(&mut self) -> FreeSlots {
        self.finished = true;
        mem::take(self.free.get_mut())
    }

    pub(crate) fn book(&self) -> &PageBook {
        &self.graph.arena().book
    }

    pub(crate) fn free_slots(&self) -> &GhostCell<'id, FreeSlots> {
        &self.free
    }

    /// The node `key` names, if it still lives in this arena; `None` for a key of a removed
    /// node, of another arena (also one that was dropped and whose memory this one reuses), or
    /// from before [`Arena::clear`](crate::Arena::clear).
    ///
    /// In a shared arena, requires the node to be `Sync`: any thread of the scope may open the
    /// same key ([`Opens`]). Costs a
    /// comparison, a load from the arena's page table (8 bytes a page, usually in cache), and
    /// one from the node's slot header.
    #[inline]
    #[must_use]
    pub fn get<K>(&self, key: Key<K>) -> Option<K::Ref>
    where
        K: NodeKind<'arena, 'id>,
        M: Opens<<K::Ref as NodeHandle<'arena, 'id>>::Data>
            + Opens<<K::Ptr as RawNode<'arena, 'id>>::Value>,
    {
        key.open(self.book(), None)
    }

    /// Whether `key` names a node that lives in this arena: `self.get(key).is_some()`.
    #[inline]
    #[must_use]
    pub fn contains<K>(&self, key: Key<K>) -> bool
    where
        K: NodeKind<'arena, 'id>,
        M: Opens<<K::Ref as NodeHandle<'arena, 'id>>::Data>
            + Opens<<K::Ptr as RawNode<'arena, 'id>>::Value>,
    {
        self.get(key).is_some()
    }

    /// Removes `node`: empties each of its link fields, detaching it from every neighbour in
    /// both directions (each neighbour loses its inverse entry, across node types), makes its
    /// keys stop opening, and frees its slot for reuse. Returns `false`, doing nothing, if the
    /// node was already removed (and its slot not refilled since: a handle names a slot, so a
    /// handle kept across a refill names the new node, and removes it).
    ///
    /// The node's value is not dropped now: it stays in the slot, readable through any handle
    /// or link that still points there, until the slot is reused by [`reusing`](Self::reusing),
    /// the arena is cleared, or the arena is dropped. (A link the runtime cannot see, one
    /// without an inverse or a field assigned directly, keeps pointing at the slot: following
    /// it reads the removed node, or whichever node reuses the slot later. Move fields out
    /// with `borrow_mut` first if you need them now.)
    ///
    /// Do not link the removed node's handle afterwards: the link helpers do not check for it
    /// (it would cost a load on every link), and when the slot is refilled the live neighbour
    /// is left pointing at the new node, one way only. Keep [`Key`]s across removals: a
    /// removed node's key stops opening.
    ///
    /// Costs the node's degree in link updates (each a scan of the neighbour's inverse field),
    /// plus O(1).
    pub fn remove<N: GraphNode<'arena, 'id>>(&self, node: N, token: &mut GhostToken<'id>) -> bool {
        // Through the kind's own pointer: the slot is then listed only as memory of the way
        // that kind is stored (a split slot is refilled only as a split node).
        let ptr = <N::Kind as NodeKind<'arena, 'id>>::into_ptr(node).node_ptr();
        // SAFETY: the node carries this scope's brand, so this scope's graph allocated or
        // opened it in this arena, which is keyed (`GraphMut` exists only for an `Arena`'s
        // exclusive scopes; only the free `scope`'s private arena has no headers).
        let header = unsafe { ptr.header() };
        if !is_live(header.generation()) {
            return false;
        }
        node.detach_all(token);
        // Checked again: only generated `detach_all`s are known not to call back into
        // `remove`, and a slot must not be listed twice.
        if !header.remove() {
            return false;
        }
        let free = self.free.borrow_mut(token);
        if let Some(kind) = N::static_kind() {
            free.push(kind.id(), ptr.cell_addr());
        }
        free.live_change -= 1;
        true
    }

    /// An allocator that fills removed nodes' slots of the same type before taking new memory,
    /// so a graph whose nodes come and go stays the same size:
    /// `Task::new_in(&graph.reusing(token), ..)`. See [`Reusing`].
    ///
    /// It borrows the token mutably for as long as it lives (usually one statement): a
    /// removed slot may still be reachable through a stale link, and it must not be written
    /// while anyone can read through the token.
    ///
    /// Split nodes (with `#[value]` fields) are not refilled by it, since that drops a value
    /// someone may be reading: use [`reusing_split`](Self::reusing_split).
    #[must_use]
    pub fn reusing<'g>(
        &'g self,
        token: &'g mut GhostToken<'id>,
    ) -> Reusing<'g, 'src, 'arena, 'id, M> {
        Reusing::new(self, token, None)
    }

    /// Like [`reusing`](Self::reusing), and refills removed split nodes' slots too: it also
    /// borrows the scope's [`ValuePerm`] mutably, so no reference to any value of the scope is
    /// alive while a removed value is replaced and dropped.
    #[must_use]
    pub fn reusing_split<'g>(
        &'g self,
        token: &'g mut GhostToken<'id>,
        perm: &'g mut ValuePerm<'id>,
    ) -> Reusing<'g, 'src, 'arena, 'id, M> {
        Reusing::new(self, token, Some(perm))
    }
}

impl<'src, 'arena, 'id, M: ThreadMode> Deref for GraphMut<'src, 'arena, 'id, M> {
    type Target = GraphIn<'src, 'arena, 'id, M>;

    #[inline]
    fn deref(&self) -> &GraphIn<'src, 'arena, 'id, M> {
        &self.graph
    }
}

impl<'arena, 'id, M: ThreadMode> NodeAllocator<'arena, 'id> for GraphMut<'_, 'arena, 'id, M> {
    type Mode = M;

    /// Allocates in new memory, like [`GraphIn`]; use [`GraphMut::reusing`] to fill removed
    /// slots first.
    #[inline(always)]
    fn alloc_node<T: 'arena>(&self, value: T) -> NodePtr<'arena, 'id, T>
    where
        M: Stores<T>,
    {
        self.graph.alloc_node(value)
    }

    #[inline(always)]
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
}

impl<M: ThreadMode> Drop for GraphMut<'_, '_, '_, M> {
    /// If the scope did not end normally (a panic), gives the removed slots back to the arena
    /// (each exclusive scope refills them, this one included), and counts the nodes removed
    /// and refilled.
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        let mut free = mem::take(self.free.get_mut());
        self.graph
            .arena()
            .change_live(mem::take(&mut free.live_change));
        *self
            .graph
            .arena()
            .free_slots
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = free;
    }
}

impl<M: ThreadMode> fmt::Debug for GraphMut<'_, '_, '_, M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GraphMut").finish_non_exhaustive()
    }
}
