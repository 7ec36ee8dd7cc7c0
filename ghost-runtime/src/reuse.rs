//! Slot reuse: removed nodes' slots, by node type, and [`Reusing`], the allocator that fills
//! them before taking new memory.
//!
//! A removed node stays a valid value of its type until its slot is reused, because a link the
//! runtime cannot see (an unpaired link, a field assigned directly) may still point at it; a
//! stale pointer then reads a valid node, a logic error and never undefined behaviour. So a
//! slot is reused only by a value of the same type, and only while the token is held
//! mutably, so that no thread can be reading the slot through such a stale pointer. Type
//! identity is `typeid::of` (the `TypeId` of the type with its lifetimes erased), which is
//! exact here because reuse is offered only for `Arena<'static>`, whose payloads hold no
//! lifetime but `'static` and the brands (see ARCHITECTURE.md, "Removal and reuse").

use core::any::TypeId;
use core::cell::Cell;
use core::fmt;

use ghost_cell::GhostToken;

use crate::graph::NodeAllocator;
use crate::graph_mut::GraphMut;
use crate::node_ptr::NodePtr;

/// The dense indices of removed slots, one list per node type.
#[derive(Default)]
pub(crate) struct FreeSlots {
    lists: Vec<(TypeId, Vec<usize>)>,
}

impl FreeSlots {
    /// Records that the slot at dense index `index`, holding a removed `T`, may be reused.
    pub(crate) fn push<T: ?Sized>(&mut self, index: usize) {
        let kind = typeid::of::<T>();
        match self.lists.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, list)) => list.push(index),
            None => self.lists.push((kind, vec![index])),
        }
    }

    /// A removed slot that held a `T`, if any.
    #[inline]
    pub(crate) fn pop<T: ?Sized>(&mut self) -> Option<usize> {
        let kind = typeid::of::<T>();
        self.lists
            .iter_mut()
            .find(|(k, _)| *k == kind)
            .and_then(|(_, list)| list.pop())
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
pub struct Reusing<'g, 'arena, 'id> {
    graph: &'g GraphMut<'static, 'arena, 'id>,
    /// Taken out while a slot is refilled, put back before any user code (a destructor) runs;
    /// a `Cell` because `NodeAllocator` allocates through `&self`.
    token: Cell<Option<&'g mut GhostToken<'id>>>,
}

impl<'g, 'arena, 'id> Reusing<'g, 'arena, 'id> {
    pub(crate) fn new(
        graph: &'g GraphMut<'static, 'arena, 'id>,
        token: &'g mut GhostToken<'id>,
    ) -> Self {
        Self {
            graph,
            token: Cell::new(Some(token)),
        }
    }
}

impl<'arena, 'id> NodeAllocator<'arena, 'id> for Reusing<'_, 'arena, 'id> {
    #[inline]
    fn alloc_node<T: Send + 'arena>(&self, value: T) -> NodePtr<'arena, 'id, T> {
        let token = self
            .token
            .take()
            .expect("the token is put back before any user code runs");
        let Some(index) = self.graph.free_slots().borrow_mut(token).pop::<T>() else {
            self.token.set(Some(token));
            return self.graph.alloc_node(value);
        };
        let slot = self
            .graph
            .book()
            .node_at(index)
            .expect("removed slots are in recorded pages");
        // SAFETY: `GraphMut::remove` pushed `index` for a removed node of this arena, in this
        // epoch (the lists are emptied with the pages at `clear`), whose type had the same
        // `typeid::of` as `T`. In an `Arena<'static>` (the only kind `Reusing` exists for)
        // types that differ only in lifetimes differ only in brands, which exist only at
        // compile time, so the slot holds a valid `T`; slots stay allocated until the arena
        // is cleared or dropped, which the scope borrowing it prevents.
        let node = unsafe { NodePtr::<'arena, 'id, T>::from_slot(slot.cast()) };
        // The token is held mutably: nothing reads the removed value through a stale pointer
        // while it is replaced.
        let removed = node.replace(value, token);
        node.header().revive();
        self.graph.arena().add_live(1);
        self.token.set(Some(token));
        drop(removed);
        node
    }
}

impl fmt::Debug for Reusing<'_, '_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Reusing").finish_non_exhaustive()
    }
}
