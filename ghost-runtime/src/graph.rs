//! [`Graph`], the in-scope handle that allocates nodes, and per-thread [`Allocator`]s.

use core::alloc::Layout;
use core::cell::{Cell, UnsafeCell};
use core::fmt;
use core::marker::PhantomData;
use core::mem;
use core::ptr::NonNull;
use core::sync::atomic::{AtomicU64, Ordering};

use ghost_cell::GhostCell;

use crate::arena::Arena;
use crate::brand::Brand;
use crate::drop_list::DropRecord;
use crate::key::{GraphNode, NodeKind};
use crate::mode::{Local, Shared, Stores, ThreadMode};
use crate::node_ptr::NodePtr;
use crate::page::{self, PageCursor};
use crate::slot::{self, SlotHeader};
use crate::split::{SplitCell, SplitPtr};

/// Something nodes can be allocated from: a [`Graph`] (or [`LocalGraph`]), a
/// [`GraphMut`](crate::GraphMut), an [`Allocator`] or a [`Reusing`](crate::Reusing).
///
/// Generated `new_in` functions accept any of them. The trait is sealed.
pub trait NodeAllocator<'arena, 'id>: sealed::Sealed {
    /// The thread mode of the arena allocated in: [`Shared`] asks payloads to be `Send`,
    /// [`Local`](crate::Local) asks nothing (see [`Stores`]).
    type Mode: ThreadMode;

    /// Moves `value` into a new `GhostCell<'id, T>` in the arena.
    ///
    /// Its destructor runs when the arena is dropped. `T: 'arena` keeps references to the
    /// token (which live shorter than `'arena`) out of the arena; `Stores<T>` (`T: Send` in a
    /// shared arena) lets the arena run the destructor on whichever thread drops it.
    fn alloc_node<T: 'arena>(&self, value: T) -> NodePtr<'arena, 'id, T>
    where
        Self::Mode: Stores<T>;

    /// Moves `value` into a new node and returns its handle: what generated `new_in` and
    /// `alloc_in` call. The same as `alloc_node`, except for a [`Reusing`](crate::Reusing)
    /// allocator, which refills a removed slot of the same kind first.
    #[doc(hidden)]
    #[inline(always)]
    fn alloc_graph_node<N>(&self, value: N::Data) -> N
    where
        N: GraphNode<'arena, 'id>,
        N::Kind: NodeKind<'arena, 'id, Ptr = NodePtr<'arena, 'id, N::Data>>,
        N::Data: 'arena,
        Self::Mode: Stores<N::Data>,
    {
        <N::Kind as NodeKind<'arena, 'id>>::from_ptr(self.alloc_node(value))
    }

    /// Moves a split node's structure and value into new cells of the arena, side by side:
    /// what generated `new_in` and `alloc_in` of a node with `#[value]` fields call. The same
    /// as `alloc_split`, except for a [`Reusing`](crate::Reusing) allocator made with the
    /// value permission, which refills a removed slot of the same kind first.
    #[doc(hidden)]
    #[inline(always)]
    fn alloc_split_node<N, V>(&self, structure: N::Data, value: V) -> N
    where
        N: GraphNode<'arena, 'id>,
        N::Kind: NodeKind<'arena, 'id, Ptr = SplitPtr<'arena, 'id, N::Data, V>>,
        N::Data: 'arena,
        V: 'arena,
        Self::Mode: Stores<N::Data> + Stores<V>,
    {
        <N::Kind as NodeKind<'arena, 'id>>::from_ptr(self.alloc_split(structure, value))
    }

    /// Moves a split node's structure and value into new cells in the arena.
    #[doc(hidden)]
    fn alloc_split<T: 'arena, V: 'arena>(
        &self,
        structure: T,
        value: V,
    ) -> SplitPtr<'arena, 'id, T, V>
    where
        Self::Mode: Stores<T> + Stores<V>;
}

mod sealed {
    pub trait Sealed {}
    impl<M: crate::mode::ThreadMode> Sealed for super::GraphIn<'_, '_, '_, M> {}
    impl Sealed for super::Allocator<'_, '_, '_> {}
    impl<M: crate::mode::ThreadMode> Sealed for crate::graph_mut::GraphMut<'_, '_, '_, M> {}
    impl<M: crate::mode::ThreadMode> Sealed for crate::reuse::Reusing<'_, '_, '_, '_, M> {}
}

/// One thread's bump allocator, plus the destructors of what it allocated.
///
/// Not `Sync` (one thread allocates from it at a time), for the single reason of the cell, so
/// a user who tries to share an `Allocator` sees one error about it.
struct LocalAllocator {
    state: UnsafeCell<LocalState>,
    /// The shared-scope mark of every slot this allocator makes (see `slot.rs`).
    mark: u32,
    /// Whether nodes get a slot header (the arena's `PageBook::keyed`).
    keyed: bool,
}

struct LocalState {
    /// The page nodes are bumped in, and the rest of the slab it came from.
    pages: PageCursor,
    /// Whether `pages` was seeded with a spare page of the arena yet: done on the first
    /// allocation, so entering a scope that allocates nothing takes no lock.
    seeded: bool,
    drops: Vec<DropRecord>,
    /// Nodes allocated in a keyed arena, added to the arena's count of live nodes when this
    /// allocator finishes.
    allocated: usize,
}

impl LocalAllocator {
    #[inline]
    fn new<M: ThreadMode>(arena: &Arena<'_, M>, mark: u32) -> Self {
        Self {
            state: UnsafeCell::new(LocalState {
                pages: PageCursor::default(),
                seeded: false,
                drops: Vec::new(),
                allocated: 0,
            }),
            mark,
            keyed: arena.book.keyed,
        }
    }

    /// Moves `value` into a new node.
    ///
    /// # Safety
    /// `value` may be dropped wherever `arena` drops it: `T` is `Send`, or the arena is local
    /// (its mode's `Stores<T>`).
    #[inline(always)]
    unsafe fn alloc<'arena, 'id, T: 'arena, M: ThreadMode>(
        &self,
        arena: &Arena<'_, M>,
        value: T,
    ) -> NodePtr<'arena, 'id, T> {
        // SAFETY: this function's contract.
        let cell = unsafe { self.store(arena, GhostCell::<'id, T>::new(value)) };
        // SAFETY: the cell is initialised (in a slot if the arena is keyed) and lives in the
        // arena's slabs until the arena drops or is cleared; the arena is borrowed by the scope
        // that made brand `'id` for at least as long as any token of that brand exists.
        unsafe { NodePtr::from_cell(cell) }
    }

    /// Moves a split node's structure and value into new cells.
    ///
    /// # Safety
    /// As for `alloc`, for both `T` and `V`.
    #[inline(always)]
    unsafe fn alloc_split<'arena, 'id, T: 'arena, V: 'arena, M: ThreadMode>(
        &self,
        arena: &Arena<'_, M>,
        structure: T,
        value: V,
    ) -> SplitPtr<'arena, 'id, T, V> {
        // SAFETY: this function's contract, for a cell holding a `T` and a `V`.
        let cell = unsafe { self.store(arena, SplitCell::<'id, T, V>::new(structure, value)) };
        // SAFETY: as in `alloc`, for a split cell, which this memory stays: a refill writes
        // only a split node of the same types (`RawNode::replace`).
        unsafe { SplitPtr::from_cell(cell) }
    }

    /// Moves `content` (a node's cell, or a split node's cells) into new memory, after a
    /// slot header if the arena is keyed, and records its destructor.
    ///
    /// # Safety
    /// `content` may be dropped wherever `arena` drops it: it is, or holds only, `Send` values,
    /// or the arena is local (`Local` mode: neither it nor any handle that allocates in it
    /// leaves the thread that made it, so it drops its nodes on the thread that made them).
    #[inline(always)]
    unsafe fn store<C, M: ThreadMode>(&self, arena: &Arena<'_, M>, content: C) -> NonNull<C> {
        // SAFETY: `state` is only accessed here and in `finish`, on the thread that owns
        // this allocator (it is `!Sync`; a shared `GraphIn` checks the thread before using its
        // own, and a local one cannot leave its thread).
        // No code can re-enter it while this reference lives: moving `content` into place runs
        // no code, and if allocation panics (out of memory), the only user code that
        // runs is `content`'s destructor during unwinding, and the callers' `'arena` bounds
        // keep every graph and allocator of this arena out of its reach (they borrow the
        // scope). Every point where allocation can panic (a new slab or large allocation)
        // comes before the cursor changes, so a caller that catches the panic and allocates
        // again finds it consistent.
        let state = unsafe { &mut *self.state.get() };
        const {
            assert!(
                mem::align_of::<C>() <= page::MAX_ALIGN,
                "ghost-graph nodes may be aligned to at most 1 KiB"
            );
            // What `page::identity` relies on: in a keyed arena the cell starts at most
            // `MAX_ALIGN` bytes into its slot, and the slot at most `MAX_ALIGN` bytes into its
            // allocation, so the cell lies in the allocation's first page, under its header.
            assert!(
                slot::HEADER.next_multiple_of(mem::align_of::<C>()) + page::MAX_ALIGN
                    < page::PAGE_SIZE
            );
        }
        let cell = if self.keyed {
            let (layout, offset) = slot::slot_layout::<C>();
            let slot = state.alloc(arena, layout);
            // SAFETY: `PageCursor::alloc` returned fresh memory with the slot's layout: the
            // header ends at `offset`, where `C` starts, both within it and aligned
            // (`slot_layout`). The pointers keep the slot's provenance, so the header can be
            // found from the cell.
            unsafe {
                let cell = slot.add(offset);
                cell.sub(slot::HEADER)
                    .cast::<SlotHeader>()
                    .write(slot::new_header(self.mark));
                let cell = cell.cast::<C>();
                cell.write(content);
                cell
            }
        } else {
            let cell = state.alloc(arena, Layout::new::<C>()).cast::<C>();
            // SAFETY: `PageCursor::alloc` returned fresh memory with the layout of the cell.
            unsafe { cell.write(content) };
            cell
        };
        // Only a keyed arena is ever asked its length.
        state.allocated += usize::from(self.keyed);
        if mem::needs_drop::<C>() {
            // SAFETY: the cell was just initialised and may be dropped where the arena drops
            // it (this function's contract); only the arena drops it (at `clear`, at teardown, or by
            // replacing its contents on reuse, which leaves a live value for this record), and
            // the memory stays allocated until then (it belongs to the arena's slabs).
            let record = unsafe { DropRecord::new(cell) };
            state.drops.push(record);
        }
        cell
    }

    /// Hands the destructor records, the count of new nodes and the unfinished page to the
    /// arena.
    ///
    /// An allocator that allocated nothing (a scope that only read or relinked) hands back
    /// nothing and takes no lock.
    #[inline]
    fn finish<M: ThreadMode>(&mut self, arena: &Arena<'_, M>) {
        let state = self.state.get_mut();
        if !state.seeded {
            debug_assert!(state.drops.is_empty() && state.allocated == 0);
            return;
        }
        arena.adopt_drops(mem::take(&mut state.drops));
        arena.add_live(mem::take(&mut state.allocated));
        arena.return_page(mem::take(&mut state.pages));
    }
}

impl LocalState {
    /// Memory for one node: bumped in the current page, or else (once) in a spare page a
    /// finished allocator left, or else in a new page.
    #[inline(always)]
    fn alloc<M: ThreadMode>(&mut self, arena: &Arena<'_, M>, layout: Layout) -> NonNull<u8> {
        match self.pages.try_bump(layout) {
            Some(memory) => memory,
            None => self.alloc_slow(arena, layout),
        }
    }

    #[cold]
    #[inline(never)]
    fn alloc_slow<M: ThreadMode>(&mut self, arena: &Arena<'_, M>, layout: Layout) -> NonNull<u8> {
        if !self.seeded {
            self.seeded = true;
            let spare = arena.take_spare_page();
            if spare.has_room() {
                // The cursor was never used (not seeded yet), so nothing is lost.
                self.pages = spare;
            }
        }
        self.pages.alloc(&arena.book, layout)
    }
}

/// The handle a scope hands its closure: allocates nodes in the scope's arena.
///
/// Write it as [`Graph<'arena, 'id>`](Graph) in your own functions (or [`LocalGraph`] for the
/// free [`scope`](crate::scope) and a [`LocalArena`](crate::LocalArena)); [`Arena::scope`]
/// hands out a `GraphIn<'src, 'arena, 'id>`, which is also a `Graph<'arena, 'id>`.
///
/// - `'id` is the scope's brand.
/// - `'arena` is the lifetime every allocated value must outlive. Both are fresh for each
///   scope, so neither can be related to a lifetime outside it.
/// - `'src` is what payloads may borrow from: the `'src` of an [`Arena<'src>`](Arena), or
///   `'arena` itself for [`scope`](crate::scope). The type implies `'src: 'arena` and
///   `'id: 'arena`.
/// - `M` is the arena's [`ThreadMode`]. A [`Shared`] graph is `Sync`: allocation on the thread
///   that entered the scope goes to that thread's own bump allocator (no lock); other threads
///   may allocate through `&Graph` too, but each such call takes the arena's lock, so give them
///   an [`Allocator`] from [`GraphIn::allocator`] instead. A [`Local`](crate::Local) graph is
///   neither `Send` nor `Sync`: it allocates any payload, `Rc` and `RefCell` included, always
///   on its own thread, without checking which thread calls.
pub struct GraphIn<'src, 'arena, 'id, M: ThreadMode = Shared> {
    /// The arena, with `'src` erased so the handle stays covariant in it (the arena itself is
    /// invariant); nothing done through this pointer depends on `'src`. A raw pointer, so the
    /// graph is neither `Send` nor `Sync` unless said below.
    arena: NonNull<Arena<'static, M>>,
    /// The thread that entered the scope, in a shared graph (0 in a local one, which never
    /// leaves it).
    owner_thread: u64,
    owner: LocalAllocator,
    _brand: Brand<'src, 'arena, 'id>,
}

/// The graph handle of a shared scope as user functions name it: see [`GraphIn`].
pub type Graph<'arena, 'id> = GraphIn<'arena, 'arena, 'id, Shared>;

/// The graph handle of the free [`scope`](crate::scope) and of a
/// [`LocalArena`](crate::LocalArena)'s scopes, as user functions name it: see [`GraphIn`].
pub type LocalGraph<'arena, 'id> = GraphIn<'arena, 'arena, 'id, Local>;

// SAFETY: the only state touched through `&Graph` that is not `Sync` is `owner`, and a shared
// graph's `alloc_node` uses it only on `owner_thread` (the thread that created the graph, which
// stays alive and inside `Arena::scope` for as long as the graph exists). The arena it points
// to is `Sync` in the shared mode. `Graph` is deliberately not `Send`: it is never moved off
// the owner thread. A local graph is not `Sync` (its allocation checks no thread).
unsafe impl Sync for GraphIn<'_, '_, '_, Shared> {}

impl<'src, 'arena, 'id, M: ThreadMode> GraphIn<'src, 'arena, 'id, M> {
    /// Only `Arena::enter` creates graphs, and drops them before it returns. Every node the
    /// graph and its allocators make carries the shared-scope `mark`.
    #[inline]
    pub(crate) fn new(arena: &Arena<'src, M>, mark: u32) -> Self {
        Self {
            arena: NonNull::from(arena).cast(),
            owner_thread: if M::ONE_THREAD {
                0
            } else {
                current_thread_id()
            },
            owner: LocalAllocator::new(arena, mark),
            _brand: PhantomData,
        }
    }

    pub(crate) fn arena(&self) -> &Arena<'static, M> {
        // SAFETY: `Arena::enter` borrows the arena for the whole life of this graph. Only the
        // phantom `'src` is erased, and nothing done through this reference depends on it.
        unsafe { self.arena.as_ref() }
    }

    /// Whether the calling thread may use the owner's allocator: always in a local graph
    /// (which cannot leave its thread), on the owner thread in a shared one.
    #[inline(always)]
    fn on_owner_thread(&self) -> bool {
        M::ONE_THREAD || is_current_thread(self.owner_thread)
    }

    /// A one-node allocator for a thread other than the owner's: its drop hands the
    /// destructor record to the arena.
    fn visitor(&self) -> LocalAllocator {
        LocalAllocator::new(self.arena(), self.owner.mark)
    }
}

impl<'arena, 'id> Graph<'arena, 'id> {
    /// A bump allocator for the calling thread, for allocating many nodes without a lock.
    ///
    /// Getting one takes the arena's lock once. It is `Send`, so it can be made on one thread
    /// and moved to another, as with rayon's `map_init`. Only shared graphs have it: a local
    /// graph never leaves its thread, and allocates there without a lock.
    ///
    /// ```
    /// use ghost_runtime::{Arena, ghost_graph};
    /// use std::thread;
    ///
    /// #[ghost_graph]
    /// struct Node {
    ///     val: u64,
    ///     next: Option<Node>,
    /// }
    ///
    /// Arena::new().scope(|graph, token| {
    ///     let halves = thread::scope(|s| {
    ///         let workers: Vec<_> = (0..2u64)
    ///             .map(|t| {
    ///                 s.spawn(move || {
    ///                     let allocator = graph.allocator();
    ///                     (0..100).map(|i| Node::new_in(&allocator, t * 100 + i)).collect::<Vec<_>>()
    ///                 })
    ///             })
    ///             .collect();
    ///         workers.into_iter().map(|w| w.join().unwrap()).collect::<Vec<_>>()
    ///     });
    ///     let total: u64 = halves.iter().flatten().map(|n| n.borrow(token).val).sum();
    ///     assert_eq!(total, (0..200).sum());
    /// });
    /// ```
    #[must_use]
    pub fn allocator(&self) -> Allocator<'_, 'arena, 'id> {
        Allocator {
            arena: self.arena(),
            local: self.visitor(),
            _graph: PhantomData,
        }
    }
}

impl<'arena, 'id, M: ThreadMode> NodeAllocator<'arena, 'id> for GraphIn<'_, 'arena, 'id, M> {
    type Mode = M;

    #[inline(always)]
    fn alloc_node<T: 'arena>(&self, value: T) -> NodePtr<'arena, 'id, T>
    where
        M: Stores<T>,
    {
        if self.on_owner_thread() {
            // SAFETY: `M: Stores<T>`: `T` is `Send`, or the arena is local.
            unsafe { self.owner.alloc(self.arena(), value) }
        } else {
            let mut visitor = self.visitor();
            // SAFETY: as above.
            let node = unsafe { visitor.alloc(self.arena(), value) };
            visitor.finish(self.arena());
            node
        }
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
        if self.on_owner_thread() {
            // SAFETY: `M: Stores<T> + Stores<V>`: both are `Send`, or the arena is local.
            unsafe { self.owner.alloc_split(self.arena(), structure, value) }
        } else {
            let mut visitor = self.visitor();
            // SAFETY: as above.
            let node = unsafe { visitor.alloc_split(self.arena(), structure, value) };
            visitor.finish(self.arena());
            node
        }
    }
}

impl<M: ThreadMode> Drop for GraphIn<'_, '_, '_, M> {
    fn drop(&mut self) {
        // SAFETY: as in `arena`; the reference is not tied to `self`, so `owner` can be
        // borrowed mutably alongside it.
        let arena = unsafe { self.arena.as_ref() };
        self.owner.finish(arena);
    }
}

impl<M: ThreadMode> fmt::Debug for GraphIn<'_, '_, '_, M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = if M::ONE_THREAD { "LocalGraph" } else { "Graph" };
        f.debug_struct(name).finish_non_exhaustive()
    }
}

/// A per-thread bump allocator for a graph: allocates nodes without taking any lock.
///
/// Made by [`GraphIn::allocator`]. It is `Send` but not `Sync`: one thread at a time uses it.
/// Nodes it allocates stay valid after it is dropped, until the arena is dropped. It borrows
/// the graph (`'graph`), so it cannot be stored inside a node. Dropping it hands its nodes'
/// destructors to the arena; if it is `mem::forget`-ten instead, they never run (a leak, not
/// unsoundness).
pub struct Allocator<'graph, 'arena, 'id> {
    /// The graph's arena, with its `'src` erased (an allocator never needs it).
    arena: &'graph Arena<'static>,
    local: LocalAllocator,
    _graph: PhantomData<&'graph Graph<'arena, 'id>>,
}

impl<'arena, 'id> NodeAllocator<'arena, 'id> for Allocator<'_, 'arena, 'id> {
    type Mode = Shared;

    #[inline]
    fn alloc_node<T: 'arena>(&self, value: T) -> NodePtr<'arena, 'id, T>
    where
        Shared: Stores<T>,
    {
        // SAFETY: `Shared: Stores<T>` means `T: Send`.
        unsafe { self.local.alloc(self.arena, value) }
    }

    #[inline]
    fn alloc_split<T: 'arena, V: 'arena>(
        &self,
        structure: T,
        value: V,
    ) -> SplitPtr<'arena, 'id, T, V>
    where
        Shared: Stores<T> + Stores<V>,
    {
        // SAFETY: `Shared: Stores<T> + Stores<V>` means both are `Send`.
        unsafe { self.local.alloc_split(self.arena, structure, value) }
    }
}

impl Drop for Allocator<'_, '_, '_> {
    /// Hands the destructor records and the unused part of its page and slab to the arena;
    /// what it allocated stays valid.
    fn drop(&mut self) {
        self.local.finish(self.arena);
    }
}

impl fmt::Debug for Allocator<'_, '_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Allocator").finish_non_exhaustive()
    }
}

std::thread_local! {
    /// The calling thread's id (see [`current_thread_id`]); 0 until first asked for.
    static THREAD_ID: Cell<u64> = const { Cell::new(0) };
}

/// A number for the calling thread, never given to another thread of the process, even after
/// this one exits: a thread-local filled from a global counter on first use, as std's
/// `ReentrantLock` does since an address of a thread-local (reused by the next thread once
/// its owner exits) proved unsafe there (rust-lang/rust#123458).
#[inline]
fn current_thread_id() -> u64 {
    THREAD_ID.with(|id| match id.get() {
        0 => assign_thread_id(id),
        known => known,
    })
}

/// Whether the calling thread is the one `owner` names (an id from [`current_thread_id`], so
/// never 0): one thread-local load and a comparison, without assigning an id to a thread that
/// has none (such a thread is not the owner).
#[inline(always)]
fn is_current_thread(owner: u64) -> bool {
    THREAD_ID.with(Cell::get) == owner
}

#[cold]
fn assign_thread_id(slot: &Cell<u64>) -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    // 2^64 thread creations would take centuries; ids never wrap back to 0 or repeat before.
    let id = NEXT.fetch_add(1, Ordering::Relaxed);
    slot.set(id);
    id
}

/// `Allocator` must be `Send` (it is made on one thread and used on another, as with rayon's
/// `map_init`), and gets it from its fields: the page cursor and the records move together.
const _: fn() = || {
    fn assert_send<T: Send>() {}
    assert_send::<Allocator<'_, '_, '_>>();
};

#[cfg(test)]
mod tests {
    use super::{current_thread_id, is_current_thread};

    #[test]
    fn thread_ids_are_never_reused_after_a_thread_exits() {
        let main = current_thread_id();
        assert_ne!(main, 0);
        assert_eq!(current_thread_id(), main, "stable within a thread");
        assert!(is_current_thread(main));
        // One thread after another, each exiting before the next starts: their thread-locals
        // may share an address, but never an id.
        let mut ids = vec![main];
        for _ in 0..8 {
            let id = std::thread::spawn(move || {
                // A thread that was never assigned an id is nobody's owner.
                assert!(!is_current_thread(main));
                current_thread_id()
            })
            .join()
            .unwrap();
            ids.push(id);
        }
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "ids {ids:?}");
    }
}
