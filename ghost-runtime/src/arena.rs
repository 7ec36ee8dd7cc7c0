//! [`Arena`], and the ways into a scope: [`Arena::scope`] (shared, new nodes only),
//! [`Arena::scope_mut`] (exclusive: keys, removal, reuse), [`Arena::read`] (shared, read-only:
//! keys), and the free [`scope`].

use core::fmt;
use core::marker::PhantomData;
use core::mem;
use std::panic;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

use ghost_cell::GhostToken;

use crate::brand::Invariant;
use crate::drop_list::{self, DropRecord};
use crate::graph::GraphIn;
use crate::graph_mut::GraphMut;
use crate::graph_read::GraphRead;
use crate::mode::{Local, Shared, ThreadMode};
use crate::page::{PageBook, PageCursor};
use crate::reuse::FreeSlots;
use crate::split::ValuePerm;

/// A caller-owned arena of graph nodes whose payloads may borrow anything that outlives
/// `'src`; an `Arena<'static>` can be kept in any struct.
///
/// Enter it as often as you like, each time with a fresh brand:
///
/// | entry | takes | the closure gets | for |
/// | --- | --- | --- | --- |
/// | [`scope`](Self::scope) | `&self` | [`&Graph`](GraphIn), `&mut GhostToken` | building new nodes, also from several threads at once |
/// | [`scope_mut`](Self::scope_mut) | `&mut self` | [`&GraphMut`](GraphMut), `&mut GhostToken` | opening keys, linking, removing and reusing nodes |
/// | [`read`](Self::read) | `&self` | [`&GraphRead`](GraphRead), `&GhostToken` | opening keys to read, from any number of threads at once |
/// | [`relink`](Self::relink) | `&mut self` | [`&GraphRead`](GraphRead), `&mut GhostToken` | opening keys to relink and write those nodes, cheaply: no allocation |
///
/// Node handles cannot leave a scope (they carry its brand); [`Key`](crate::Key)s can, and a
/// later `scope_mut` or `read` opens them again. Nodes stay until they are removed, the arena
/// is [cleared](Self::clear), or it is dropped, which runs their destructors (once each, in no
/// particular order) and frees the memory in bulk.
///
/// Because the arena names `'src` in its type, a payload may borrow anything that outlives
/// the arena (a node holding a `&'src str` into a source text), and the borrow checker makes
/// that data outlive the arena, whose destructors may still read it.
///
/// `'src` is invariant: it is what payload destructors may rely on at teardown, so it must
/// not be shortened to fit a payload that borrows something shorter-lived.
///
/// `M` is the thread mode. An `Arena` ([`Shared`], from [`Arena::new`]) is `Send` and `Sync`:
/// it stores only `Send` payloads and opens keys only to `Sync` nodes, since other threads may
/// allocate, read and drop. A [`LocalArena`] (`Arena<'src, Local>`, from
/// [`Arena::new_local`]) is neither, and neither are its graph handles, so it stores any
/// payload (`Rc`, `Cell`, `RefCell`) and opens any node; its methods are the same.
pub struct Arena<'src, M: ThreadMode = Shared> {
    /// Destructor records handed in by graphs and allocators when they finish.
    pending_drops: Mutex<Vec<Vec<DropRecord>>>,
    /// Partly used node pages of finished allocators, for the next allocators to continue.
    spare_pages: Mutex<Vec<PageCursor>>,
    /// Removed slots waiting for reuse, lent to each `scope_mut`.
    pub(crate) free_slots: Mutex<FreeSlots>,
    /// Live nodes: added by allocators when they finish and by each exclusive scope when it
    /// ends (refills minus removals). Wrapping, as a removal may be counted before the
    /// allocation it undoes.
    live: AtomicUsize,
    /// Counts `scope_mut` calls (never 0): the shared-scope mark of nodes made by
    /// `Arena::scope` now, which `read` does not open until the next `scope_mut`.
    period: AtomicU32,
    /// The memory of every node and the numbering of its pages, freed when the fields drop:
    /// after `Drop::drop` has run the destructors.
    pub(crate) book: PageBook,
    _payloads: Invariant<'src>,
    /// [`Local`] makes the arena neither `Send` nor `Sync`.
    _mode: PhantomData<M>,
}

/// An [`Arena`] that never leaves the thread that made it, so its nodes may hold `Rc`, `Cell`
/// or `RefCell`: made by [`Arena::new_local`]. See [`Local`].
pub type LocalArena<'src> = Arena<'src, Local>;

impl<'src> Arena<'src> {
    /// Creates an empty arena that threads may share ([`Shared`]: `Send` and `Sync`; its
    /// payloads must be `Send`). Memory is taken on first allocation.
    #[must_use]
    pub fn new() -> Self {
        Self::with_headers(true)
    }
}

impl<'src> LocalArena<'src> {
    /// Creates an empty [`LocalArena`]: neither `Send` nor `Sync`, so it and its scopes stay on
    /// this thread, and its payloads may be anything, `Rc`, `Cell` and `RefCell` included.
    /// Memory is taken on first allocation.
    ///
    /// ```
    /// use ghost_runtime::{Arena, LocalArena, ghost_graph};
    /// use std::{cell::Cell, rc::Rc};
    ///
    /// #[ghost_graph]
    /// struct Sym {
    ///     name: Rc<str>,
    ///     uses: Cell<u32>,
    ///     next: Option<Sym>,
    /// }
    ///
    /// struct Interner {
    ///     arena: LocalArena<'static>,
    ///     first: Option<SymKey>,
    /// }
    ///
    /// let mut interner = Interner { arena: Arena::new_local(), first: None };
    /// let name: Rc<str> = Rc::from("main");
    /// interner.first = Some(interner.arena.scope_mut(|graph, _| {
    ///     Sym::new_in(graph, Rc::clone(&name), Cell::new(0)).key()
    /// }));
    /// interner.arena.read(|graph, token| {
    ///     let sym = graph.get(interner.first.unwrap()).unwrap();
    ///     sym.borrow(token).uses.set(1); // a `Cell`, written through a shared token
    /// });
    /// assert_eq!(Rc::strong_count(&name), 2);
    /// drop(interner);
    /// assert_eq!(Rc::strong_count(&name), 1);
    /// ```
    #[must_use]
    pub fn new_local() -> Self {
        Self::with_headers(true)
    }
}

impl<'src, M: ThreadMode> Arena<'src, M> {
    /// An arena whose nodes get slot headers (generation, shared-scope mark: 8 bytes each) if
    /// `keyed`. Every `Arena` is keyed; the free `scope`'s private arena, which can never be
    /// re-entered and so has no use for keys, is not, and its nodes are as small as the node
    /// types.
    fn with_headers(keyed: bool) -> Self {
        Self {
            pending_drops: Mutex::new(Vec::new()),
            spare_pages: Mutex::new(Vec::new()),
            free_slots: Mutex::new(FreeSlots::default()),
            live: AtomicUsize::new(0),
            period: AtomicU32::new(1),
            book: PageBook::new(keyed),
            _payloads: PhantomData,
            _mode: PhantomData,
        }
    }

    /// The number of live nodes: allocated and not removed.
    ///
    /// Counted when scopes end (a running `scope` or `read` on another thread is not seen
    /// until then). O(1).
    #[must_use]
    pub fn len(&self) -> usize {
        self.live.load(Ordering::Relaxed)
    }

    /// Whether the arena holds no live node.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Drops every node (running each destructor once) and makes every key stop opening, but
    /// keeps the arena's memory for the nodes that come next.
    ///
    /// A panicking destructor does not stop the others; the arena is empty afterwards, and
    /// the first panic is then resumed. Costs one call per node with a destructor, plus O(1)
    /// per slab.
    pub fn clear(&mut self) {
        let batches = core::mem::take(
            self.pending_drops
                .get_mut()
                .unwrap_or_else(PoisonError::into_inner),
        );
        // SAFETY: as in `Drop::drop`: we hold `&mut self`, so no scope, graph or allocator of
        // this arena exists, and no destructor can open a cell of it. The records are run
        // once (taken out of the arena here).
        let panic = unsafe { drop_list::run_all(batches) };
        // The pages and slots are reused from here on: forget every cursor and free list that
        // points into them, and start a new epoch so that no key of the old nodes opens.
        self.spare_pages
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
        *self
            .free_slots
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner) = FreeSlots::default();
        self.book.reset();
        *self.live.get_mut() = 0;
        if let Some(payload) = panic {
            panic::resume_unwind(payload);
        }
    }

    /// Runs `f` with exclusive access to the arena: a graph that opens [`Key`](crate::Key)s,
    /// allocates, and removes nodes, and a fresh token, lent mutably.
    ///
    /// Because it takes `&mut self`, no other scope of the arena runs meanwhile, so a key can
    /// be opened without another thread writing the node, and a removed slot refilled without
    /// another thread reading it. The brand is fresh, as for [`scope`](Self::scope): handles
    /// and references cannot leave `f`; keys can.
    ///
    /// ```
    /// use ghost_runtime::{Arena, ghost_graph};
    ///
    /// #[ghost_graph]
    /// pub struct Task {
    ///     pub name: String,
    ///     #[link(inverse = blocked_by)]
    ///     pub blocks: Vec<Task>,
    ///     pub blocked_by: Vec<Task>,
    /// }
    ///
    /// let mut arena = Arena::new();
    /// let (write, test) = arena.scope_mut(|graph, token| {
    ///     let write = Task::new_in(graph, "write".to_string());
    ///     let test = Task::new_in(graph, "test".to_string());
    ///     write.link_blocks(test, token);
    ///     (write.key(), test.key())
    /// });
    /// // Later, in another call:
    /// arena.scope_mut(|graph, token| {
    ///     let write = graph.get(write).expect("not removed");
    ///     assert!(graph.remove(write, token)); // `test` loses its `blocked_by` entry too
    ///     let test = graph.get(test).expect("still there");
    ///     assert!(test.blocked_by(token).is_empty());
    /// });
    /// assert_eq!(arena.len(), 1);
    /// ```
    pub fn scope_mut<R>(
        &mut self,
        f: impl for<'id> FnOnce(&GraphMut<'src, 'id, 'id, M>, &mut GhostToken<'id>) -> R,
    ) -> R {
        self.begin_exclusive();
        let free = core::mem::take(
            self.free_slots
                .get_mut()
                .unwrap_or_else(PoisonError::into_inner),
        );
        let (result, mut free) = self.enter(
            |arena| GraphMut::new(GraphIn::new(arena, 0), free),
            |graph, token| {
                let result = f(graph, token);
                (result, graph.finish())
            },
        );
        self.change_live(mem::take(&mut free.live_change));
        *self
            .free_slots
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner) = free;
        self.book.sync();
        result
    }

    /// [`scope_mut`](Self::scope_mut), with the scope's [`ValuePerm`] lent beside the token:
    /// for nodes with `#[value]` fields, whose values the permission reads (`&perm`, for as
    /// long as it is borrowed, while the token relinks) and writes (`&mut perm`).
    ///
    /// ```
    /// use ghost_runtime::{Arena, ghost_graph};
    ///
    /// #[ghost_graph]
    /// struct Item {
    ///     #[value]
    ///     name: String,
    ///     #[link(inverse = prev)]
    ///     next: Option<Item>,
    ///     prev: Option<Item>,
    /// }
    ///
    /// let mut arena = Arena::new();
    /// arena.scope_mut_split(|graph, token, perm| {
    ///     let (a, b) = (Item::new_in(graph, "a".into()), Item::new_in(graph, "b".into()));
    ///     let name = a.name(perm); // held across the relinking below
    ///     b.link_next(a, token);
    ///     assert_eq!(name, "a");
    ///     b.name_mut(perm).push('!');
    ///     assert_eq!(b.name(perm), "b!");
    /// });
    /// ```
    pub fn scope_mut_split<R>(
        &mut self,
        f: impl for<'id> FnOnce(
            &GraphMut<'src, 'id, 'id, M>,
            &mut GhostToken<'id>,
            &mut ValuePerm<'id>,
        ) -> R,
    ) -> R {
        self.scope_mut(|graph, token| f(graph, token, ValuePerm::lend()))
    }

    /// Runs `f` with read-only access to the arena: a graph that opens [`Key`](crate::Key)s,
    /// and a fresh token, lent shared (`&GhostToken`), so nothing can be linked or written.
    ///
    /// Any number of threads may be inside `read` on one arena at once (keep it in an
    /// `Arc<RwLock<Arena>>` to let readers run in parallel and writers alone), and `f` may
    /// share its handles and token with threads of its own. Nodes made by an
    /// [`Arena::scope`](Self::scope) call since the last `scope_mut` or `relink` do not open here (see
    /// [`GraphRead::get`]).
    ///
    /// ```
    /// use ghost_runtime::{Arena, ghost_graph};
    ///
    /// #[ghost_graph]
    /// struct Node {
    ///     val: u32,
    ///     next: Option<Node>,
    /// }
    ///
    /// let mut arena = Arena::new();
    /// let key = arena.scope_mut(|graph, _token| Node::new_in(graph, 7).key());
    /// let arena = &arena;
    /// std::thread::scope(|s| {
    ///     for _ in 0..2 {
    ///         s.spawn(move || arena.read(|graph, token| graph.get(key).unwrap().borrow(token).val));
    ///     }
    /// });
    /// ```
    pub fn read<R>(
        &self,
        f: impl for<'id> FnOnce(&GraphRead<'src, 'id, 'id, M>, &GhostToken<'id>) -> R,
    ) -> R {
        GhostToken::new(|token| {
            // SAFETY: as in `enter`: renaming the zero-sized token's brand to this call's borrow
            // of the arena reveals nothing to `f`, which is generic over it.
            let token: GhostToken<'_> = unsafe { core::mem::transmute(token) };
            let graph = GraphRead::new(self);
            f(&graph, &token)
        })
    }

    /// [`read`](Self::read), with the scope's [`ValuePerm`] lent shared beside the token: reads
    /// the values of split nodes (fields marked `#[value]`), for as long as `f` runs. Nothing
    /// writes a value meanwhile: no `&mut ValuePerm` of this brand exists.
    pub fn read_split<R>(
        &self,
        f: impl for<'id> FnOnce(&GraphRead<'src, 'id, 'id, M>, &GhostToken<'id>, &ValuePerm<'id>) -> R,
    ) -> R {
        self.read(|graph, token| f(graph, token, ValuePerm::lend()))
    }

    /// Runs `f` with exclusive access to the nodes already in the arena: a graph that opens
    /// [`Key`](crate::Key)s (every live node's, as in [`scope_mut`](Self::scope_mut)) but
    /// neither allocates nor removes, and a fresh token, lent mutably, to link, unlink and
    /// write them.
    ///
    /// It is [`scope_mut`](Self::scope_mut) without an allocator or a free list, so entering
    /// costs a few instructions instead of a few dozen: for short, frequent calls that only
    /// relink, like moving a cache entry to the front of its list.
    ///
    /// ```
    /// use ghost_runtime::{Arena, ghost_graph};
    ///
    /// #[ghost_graph]
    /// struct Node {
    ///     val: u32,
    ///     next: Option<Node>,
    /// }
    ///
    /// let mut arena = Arena::new();
    /// let (a, b) = arena.scope_mut(|graph, _| (Node::new_in(graph, 1).key(), Node::new_in(graph, 2).key()));
    /// arena.relink(|graph, token| {
    ///     let (a, b) = (graph.get(a).unwrap(), graph.get(b).unwrap());
    ///     a.borrow_mut(token).next = Some(b);
    ///     b.borrow_mut(token).val += 40;
    /// });
    /// let sum = arena.read(|graph, token| {
    ///     let a = graph.get(a).unwrap().borrow(token);
    ///     a.val + a.next.unwrap().borrow(token).val
    /// });
    /// assert_eq!(sum, 43);
    /// ```
    pub fn relink<R>(
        &mut self,
        f: impl for<'id> FnOnce(&GraphRead<'src, 'id, 'id, M>, &mut GhostToken<'id>) -> R,
    ) -> R {
        self.begin_exclusive();
        let arena: &Self = self;
        GhostToken::new(|token| {
            // SAFETY: as in `enter`: renaming the zero-sized token's brand to this call's borrow
            // of the arena reveals nothing to `f`, which is generic over it. The token is lent
            // mutably, which `read` never does: that is sound because `&mut self` rules out
            // every other scope of this arena (and so every other token whose brand its nodes
            // could be opened with) until `f` returns.
            let mut token: GhostToken<'_> = unsafe { core::mem::transmute(token) };
            let graph = GraphRead::new(arena);
            f(&graph, &mut token)
        })
    }

    /// [`relink`](Self::relink), with the scope's [`ValuePerm`] lent mutably beside the token
    /// (see [`scope_mut_split`](Self::scope_mut_split)).
    pub fn relink_split<R>(
        &mut self,
        f: impl for<'id> FnOnce(
            &GraphRead<'src, 'id, 'id, M>,
            &mut GhostToken<'id>,
            &mut ValuePerm<'id>,
        ) -> R,
    ) -> R {
        self.relink(|graph, token| f(graph, token, ValuePerm::lend()))
    }

    /// What every exclusive entry (`scope_mut`, `relink`) does first. Nodes made by shared
    /// scopes until now become readable by `read`: those scopes have all ended (they borrowed
    /// the arena). Pages numbered by shared scopes since the last exclusive entry go into the
    /// lock-free page table (`scope_mut` syncs again when it ends, for its own pages).
    #[inline]
    fn begin_exclusive(&mut self) {
        let period = self.period.get_mut();
        *period = period.wrapping_add(1).max(1);
        self.book.sync();
    }

    /// The shared-scope period (see `period`).
    pub(crate) fn period(&self) -> u32 {
        self.period.load(Ordering::Relaxed)
    }

    /// Counts nodes that finished allocators made.
    pub(crate) fn add_live(&self, count: usize) {
        if count == 0 {
            return;
        }
        self.live.fetch_add(count, Ordering::Relaxed);
    }

    /// Counts nodes removed (negative) and refilled by an exclusive scope.
    pub(crate) fn change_live(&self, change: isize) {
        if change == 0 {
            return;
        }
        // Two's complement: adding the wrapped value subtracts for a negative change.
        self.live.fetch_add(change as usize, Ordering::Relaxed);
    }

    /// Runs `f` with a graph handle that allocates in this arena and a fresh token.
    ///
    /// The brand `'id` is new for every call, so nodes made in one call cannot be opened with
    /// the token of another, and no node handle can leave `f`. It is also the lifetime every
    /// allocated value must outlive, and the graph handle implies `'src: 'id`, so payloads may
    /// borrow anything that outlives the arena. The token is lent as `&mut GhostToken<'id>`
    /// rather than by value, so it can never be stored inside the arena (see the crate-level
    /// safety argument).
    ///
    /// It takes `&self`, so several threads may be inside `scope` at once, each with its own
    /// brand, building new nodes: a shared scope cannot open keys (another one may be writing
    /// the node), but its nodes' keys open in a later [`scope_mut`](Self::scope_mut), and in
    /// [`read`](Self::read) once a `scope_mut` has run since.
    pub fn scope<R>(
        &self,
        f: impl for<'id> FnOnce(&GraphIn<'src, 'id, 'id, M>, &mut GhostToken<'id>) -> R,
    ) -> R {
        let mark = self.period();
        self.enter(
            |arena| GraphIn::new(arena, mark),
            |graph, token| f(graph, token),
        )
    }

    /// [`scope`](Self::scope), with the scope's [`ValuePerm`] lent beside the token (see
    /// [`scope_mut_split`](Self::scope_mut_split)).
    pub fn scope_split<R>(
        &self,
        f: impl for<'id> FnOnce(
            &GraphIn<'src, 'id, 'id, M>,
            &mut GhostToken<'id>,
            &mut ValuePerm<'id>,
        ) -> R,
    ) -> R {
        self.scope(|graph, token| f(graph, token, ValuePerm::lend()))
    }

    /// Makes the graph and token of one scope and runs `f` with them.
    ///
    /// Every public entry point passes a closure that forwards to a user closure generic over
    /// the brand, so the concrete brand chosen here (`'call`, this call's borrow of the arena)
    /// is invisible to user code.
    ///
    /// `make` builds the graph handle (a `GraphIn`, or a `GraphMut` around one) in place:
    /// entering an exclusive scope to relink a few nodes should cost a few nanoseconds, not
    /// a copy of the handle.
    #[inline]
    fn enter<'call, G, R>(
        &'call self,
        make: impl FnOnce(&'call Self) -> G,
        f: impl FnOnce(&mut G, &mut GhostToken<'call>) -> R,
    ) -> R {
        GhostToken::new(|token| {
            // SAFETY: brands exist only at type-checking time; a `GhostToken` is a zero-sized
            // marker and this only renames its brand. The user closure behind `f` is generic
            // over `'id`, so its body is checked for a brand related to nothing it can name
            // but `'src: 'id`; instantiating that brand with `'call` reveals nothing to it and
            // lets us build a well-formed graph (which requires `'src: 'call`, true as `self`
            // is borrowed for `'call`). Nothing branded can leave the closure: its result type
            // is chosen outside the binder. This token is the only one made here, and it is
            // never duplicated.
            let mut token: GhostToken<'call> = unsafe { core::mem::transmute(token) };
            let mut graph = make(self);
            f(&mut graph, &mut token)
        })
    }

    /// A partly used page to continue, if a finished allocator left one.
    pub(crate) fn take_spare_page(&self) -> PageCursor {
        self.spare_pages
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop()
            .unwrap_or_default()
    }

    /// Keeps a finishing allocator's page for the next one, so short-lived allocators do not
    /// each start a page of their own.
    pub(crate) fn return_page(&self, page: PageCursor) {
        if page.has_room() {
            self.spare_pages
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(page);
        }
    }

    /// Takes over destructor records from a graph or allocator that is finishing.
    ///
    /// A small batch joins the newest batch instead of being kept as a heap block of its own:
    /// allocating through `&Graph` on a thread other than the scope's makes an allocator per
    /// node, and a block per node would cost more than the node (about 114 bytes a node with
    /// a destructor, against 42 through `Graph::allocator`).
    pub(crate) fn adopt_drops(&self, records: Vec<DropRecord>) {
        /// Batches this small are appended; larger ones are kept as they are (no copy).
        const SMALL_BATCH: usize = 16;
        if records.is_empty() {
            return;
        }
        let mut pending = self
            .pending_drops
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        match pending.last_mut() {
            Some(newest) if records.len() <= SMALL_BATCH => newest.extend(records),
            _ => pending.push(records),
        }
    }
}

impl<M: ThreadMode> Default for Arena<'_, M> {
    fn default() -> Self {
        Self::with_headers(true)
    }
}

impl<M: ThreadMode> fmt::Debug for Arena<'_, M> {
    /// `len`: live nodes; `reusable_slots`: removed slots waiting to be refilled; `pages`: node
    /// pages numbered since the last `clear` (memory kept by `clear` is not counted until it
    /// is used again); `values_to_drop`: destructor records (one per slot of a type that
    /// needs dropping, live or removed).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pending = self
            .pending_drops
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .map(Vec::len)
            .sum::<usize>();
        let reusable = self
            .free_slots
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len();
        let name = if M::ONE_THREAD { "LocalArena" } else { "Arena" };
        f.debug_struct(name)
            .field("len", &self.len())
            .field("reusable_slots", &reusable)
            .field("pages", &self.book.numbers.load(Ordering::Relaxed))
            .field("values_to_drop", &pending)
            .finish_non_exhaustive()
    }
}

impl<M: ThreadMode> Drop for Arena<'_, M> {
    /// Runs every payload destructor once, then frees all memory in bulk.
    ///
    /// A panicking destructor does not stop the others; the first panic is resumed afterwards,
    /// unless the thread is already unwinding.
    fn drop(&mut self) {
        let batches = core::mem::take(
            self.pending_drops
                .get_mut()
                .unwrap_or_else(PoisonError::into_inner),
        );
        // SAFETY: each record points into `self.book`'s slabs, which are still alive (fields drop after
        // this body) and was written once by an allocation that nothing else drops. While the
        // destructors run:
        // - no code can reach this arena: every graph and allocator of it borrowed `self` and is
        //   gone (we hold `&mut self`), and drop check keeps `&Arena` out of its own payloads
        //   (its `'src` must strictly outlive it);
        // - no destructor can open a cell of this arena: that needs a token of one of its
        //   brands, and those are never stored in it (crate-level argument). A destructor may
        //   use another, still running scope's token and graph: that touches other memory.
        if let Some(payload) = unsafe { drop_list::run_all(batches) } {
            if std::thread::panicking() {
                // Already unwinding: this panic cannot be raised; its payload may not panic
                // out of here either.
                drop_list::drop_payload(payload);
            } else {
                panic::resume_unwind(payload);
            }
        }
    }
}

/// Runs `f` in a fresh arena with a fresh brand; the arena, and every node in it, is dropped
/// when `f` returns (or panics), running each payload destructor exactly once.
///
/// Like `Arena::new_local().scope(f)` (payloads may borrow anything that outlives the call),
/// except that the private arena can never be re-entered, so its nodes carry no slot header for
/// keys (8 bytes less per node; a key made here never opens).
///
/// The arena is local ([`Local`]): it stays on this thread, and so does the graph handle, so
/// payloads may be anything (`Rc`, `Cell`, `RefCell`), and allocation checks no thread. To
/// build one graph from several threads, use [`scope_shared`] (or a shared [`Arena`]), which
/// lends a `Sync` graph whose [`allocator`](GraphIn::allocator) serves each worker.
///
/// ```
/// use ghost_runtime::{ghost_graph, scope};
///
/// #[ghost_graph]
/// struct Node {
///     val: u32,
///     #[link(inverse = prev)]
///     next: Option<Node>,
///     prev: Option<Node>,
/// }
///
/// let sum = scope(|graph, token| {
///     let a = Node::new_in(graph, 1);
///     let b = Node::new_in(graph, 2);
///     a.link_next(b, token);
///     a.iter_next(token).map(|n| n.borrow(token).val).sum::<u32>()
/// });
/// assert_eq!(sum, 3);
///
/// // Not thread-safe payloads are fine: the arena never leaves this thread.
/// #[ghost_graph]
/// struct Named {
///     name: std::rc::Rc<str>,
///     next: Option<Named>,
/// }
/// let name: std::rc::Rc<str> = "shared".into();
/// scope(|graph, _| {
///     let _ = Named::new_in(graph, name.clone());
///     assert_eq!(std::rc::Rc::strong_count(&name), 2);
/// });
/// assert_eq!(std::rc::Rc::strong_count(&name), 1); // dropped with the arena
/// ```
pub fn scope<'src, R>(
    f: impl for<'id> FnOnce(&GraphIn<'src, 'id, 'id, Local>, &mut GhostToken<'id>) -> R,
) -> R {
    scope_in(f)
}

/// [`scope`] with a shared arena, for building one graph from several threads: the graph is
/// `Sync`, so worker threads allocate through it or through an
/// [`allocator`](GraphIn::allocator) each; payloads must be `Send`.
///
/// Like `Arena::new().scope(f)`, except that the private arena can never be re-entered, so its
/// nodes carry no slot header for keys (8 bytes less per node).
///
/// ```
/// use ghost_runtime::{ghost_graph, scope_shared};
///
/// #[ghost_graph]
/// struct Node {
///     val: u64,
///     next: Option<Node>,
/// }
///
/// let total = scope_shared(|graph, token| {
///     let nodes = std::thread::scope(|s| {
///         let worker = s.spawn(|| {
///             let allocator = graph.allocator();
///             (0..100).map(|i| Node::new_in(&allocator, i)).collect::<Vec<_>>()
///         });
///         worker.join().unwrap()
///     });
///     nodes.iter().map(|n| n.borrow(token).val).sum::<u64>()
/// });
/// assert_eq!(total, 4950);
/// ```
pub fn scope_shared<'src, R>(
    f: impl for<'id> FnOnce(&GraphIn<'src, 'id, 'id>, &mut GhostToken<'id>) -> R,
) -> R {
    scope_in(f)
}

/// The free scopes of either mode: a private arena without slot headers, dropped when `f`
/// returns.
fn scope_in<'src, M: ThreadMode, R>(
    f: impl for<'id> FnOnce(&GraphIn<'src, 'id, 'id, M>, &mut GhostToken<'id>) -> R,
) -> R {
    let arena = Arena::<M>::with_headers(false);
    let result = arena.enter(
        |arena| GraphIn::new(arena, 0),
        |graph, token| f(graph, token),
    );
    // Dropped explicitly, before returning: if a destructor panics, `result` is a local and is
    // dropped while unwinding. (A temporary arena dropped after the result is built would leak
    // the result on such a panic.)
    drop(arena);
    result
}

/// [`scope`], with the scope's [`ValuePerm`] lent beside the token: for nodes with
/// `#[value]` fields (see [`Arena::scope_mut_split`]).
///
/// ```
/// use ghost_runtime::{ghost_graph, scope_split};
///
/// #[ghost_graph]
/// struct Item {
///     #[value]
///     count: u32,
///     next: Option<Item>,
/// }
///
/// let total = scope_split(|graph, token, perm| {
///     let a = Item::new_in(graph, 1);
///     let b = Item::new_in(graph, 2);
///     let counts = [a.count(perm), b.count(perm)];
///     a.link_next(b, token); // relinking does not end the borrows of the values
///     counts.iter().copied().sum::<u32>()
/// });
/// assert_eq!(total, 3);
/// ```
pub fn scope_split<'src, R>(
    f: impl for<'id> FnOnce(
        &GraphIn<'src, 'id, 'id, Local>,
        &mut GhostToken<'id>,
        &mut ValuePerm<'id>,
    ) -> R,
) -> R {
    scope(|graph, token| f(graph, token, ValuePerm::lend()))
}

#[cfg(test)]
mod tests {
    use core::sync::atomic::Ordering;

    use super::Arena;
    use crate::NodeAllocator;

    #[test]
    fn large_and_small_nodes_have_distinct_dense_indices() {
        crate::scope(|graph, token| {
            let mut indices = std::collections::HashSet::new();
            for round in 0..3_u8 {
                let small = graph.alloc_node(u64::from(round));
                let large = graph.alloc_node([round; 5000]);
                let after = graph.alloc_node(u64::from(round) + 100);
                assert_eq!(large.borrow(token)[4999], round);
                assert_eq!(*after.borrow(token), u64::from(round) + 100);
                assert!(indices.insert(small.index()));
                assert!(indices.insert(large.index()));
                assert!(indices.insert(after.index()));
            }
        });
    }

    #[test]
    fn zero_sized_nodes_keep_distinct_identities() {
        crate::scope(|graph, token| {
            let a = graph.alloc_node(());
            let b = graph.alloc_node(());
            assert_ne!(a, b);
            let visited = crate::bfs([a, b], token, |_, _| {
                core::iter::empty::<crate::NodePtr<'_, '_, ()>>()
            });
            assert_eq!(visited.count(), 2);
        });
    }

    #[test]
    fn short_lived_allocators_continue_each_others_pages() {
        let arena = Arena::new();
        arena.scope(|graph, token| {
            // 1000 one-node allocators, as `&Graph` makes on threads other than its owner.
            let nodes: Vec<_> = (0..1000_u64)
                .map(|i| graph.allocator().alloc_node(i))
                .collect();
            let sum: u64 = nodes.iter().map(|node| *node.borrow(token)).sum();
            assert_eq!(sum, (0..1000).sum());
        });
        // 1000 nodes of 8 bytes fill two pages, plus the owner's page: not one page each.
        let pages = arena.book.numbers.load(Ordering::Relaxed);
        assert!(pages <= 4, "{pages} pages for 1000 small nodes");
        for _ in 0..200 {
            arena.scope(|graph, _token| {
                let _ = graph.alloc_node(1_u64);
            });
        }
        let pages = arena.book.numbers.load(Ordering::Relaxed);
        assert!(pages <= 5, "{pages} pages after 200 re-entries");
    }

    #[test]
    fn clear_keeps_the_slabs_for_the_next_nodes() {
        let mut arena = Arena::new();
        let count = if cfg!(miri) { 2_000 } else { 20_000 };
        let mut first_round = None;
        for round in 0..3_u64 {
            arena.scope_mut(|graph, token| {
                let nodes: Vec<_> = (0..count).map(|i| graph.alloc_node(i + round)).collect();
                assert_eq!(*nodes[count as usize - 1].borrow(token), count - 1 + round);
            });
            let reserved = arena.book.slabs.reserved_pages();
            assert!(reserved > 0);
            // The same nodes again fit in the slabs kept: nothing new is reserved after a clear.
            assert_eq!(*first_round.get_or_insert(reserved), reserved);
            arena.clear();
            assert!(arena.is_empty());
        }
    }

    #[test]
    fn unused_reserved_memory_stays_below_one_slab() {
        let arena = Arena::new();
        arena.scope(|graph, token| {
            let nodes: Vec<_> = (0..10_000_u64).map(|i| graph.alloc_node(i)).collect();
            assert_eq!(*nodes[9_999].borrow(token), 9_999);
        });
        let used = arena.book.numbers.load(Ordering::Relaxed);
        let reserved = arena.book.slabs.reserved_pages();
        // 10,000 nodes of 8 bytes (16 with their slot header) fill 40 pages (252 per page
        // after its 64-byte header).
        assert_eq!(used, 10_000_usize.div_ceil(4032 / 16));
        assert!(
            reserved >= used && reserved - used < 128,
            "{reserved} pages for {used}"
        );
    }
}
