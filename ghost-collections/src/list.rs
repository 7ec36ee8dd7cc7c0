//! [`List`]: a doubly-linked list whose element references stay valid while the list is
//! relinked, built on `#[ghost_graph]` alone.
//!
//! The idea is the permission pattern of "Design safe collection API with compile-time
//! reference stability in Rust" (the blog post that wished such a list were in `std`), put in
//! `GhostCell` terms (Yanovski, Dang, Jung and Dreyer, "`GhostCell`: Separating Permissions from
//! Data in Rust", ICFP 2021): the permission to relink nodes (the scope's `GhostToken`, held
//! inside the [`ListHandle`]) is separate from the permission to read and write elements (the
//! scope's [`ValuePerm`]). Nodes never move, so `&T` borrowed through `&perm` survives pushes,
//! pops of other elements and moves; only what moves or drops an element
//! ([`take`](ListHandle::take), [`remove`](ListHandle::remove),
//! [`get_mut`](ListHandle::get_mut)) needs `&mut perm`.
//!
//! # Layout
//!
//! A circular list of `#[ghost_graph]` nodes around a sentinel, whose element is `None`: the
//! sentinel's `next` is the front and its `prev` the back, so no operation has a special case
//! for an end. The list keeps an [`Arena<'static, M>`](Arena) (shared, or local for a
//! [`LocalList`]) and the sentinel's key; every operation enters the arena, opens the sentinel
//! and relinks from there.
//!
//! # Keys and staleness
//!
//! A [`ListKey`] is the runtime's key of the element's node. When an element leaves the list
//! for good (popped, removed, taken), its node is removed from the arena with `graph.remove`,
//! which bumps the slot's generation: its keys stop opening at once, and a later push refills
//! the slot (through `graph.reusing_split`, which needs the value permission because it drops
//! the slot's old value) as a new node that old keys do not open. So memory stays flat under
//! push/pop churn without a free list or generation counter of our own. `clear` renews the
//! arena's epoch, which ends every key.
//!
//! # Memory
//!
//! The arena gives nodes back only at `clear` or drop; a freed node is refilled by the next
//! plain push. A push inside a [`List::scope`] takes no permission, so it cannot refill one (a
//! refill drops the node's old value, which needs `&mut perm`) and always takes a new node. So
//! a list used through the plain API keeps as many nodes as its greatest length, plus the
//! sentinel, however many elements come and go; each push inside a scope adds a node for good.

use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::FusedIterator;
use std::panic::{self, AssertUnwindSafe};

use ghost_runtime::{
    Arena, GhostToken, GraphMut, Local, Opens, Shared, Stores, ThreadMode, ValuePerm,
};

use self::node::{Node, NodeKey, NodeRef};

/// The node type. Its items are `pub` in a private module: [`ListMode`] names `Node` in its
/// bounds, so it must be nominally public (or the `private_bounds` lint fires), yet no user
/// can name it.
mod node {
    use ghost_runtime::ghost_graph;

    /// A node of a [`List`](super::List): the sentinel, or one element's node.
    #[ghost_graph]
    pub struct Node<T: 'static> {
        /// The element: `Some` while it belongs to the list (linked, or detached by a scoped
        /// pop and not yet taken); `None` for the sentinel and once taken, when the node is
        /// removed from the arena for its slot to be refilled.
        #[value]
        pub element: Option<T>,
        /// The next node towards the back (the sentinel's is the front element, or the
        /// sentinel itself when the list is empty). `None` only while the node is detached.
        #[link(inverse = prev)]
        pub next: Option<Node<T>>,
        /// The next node towards the front: `next` read backwards.
        pub prev: Option<Node<T>>,
    }
}

/// The thread mode of a [`List<T, M>`]: [`Shared`] (the default) for elements that are
/// `Send + Sync`, [`Local`] ([`LocalList`]) for any `'static` ones.
///
/// A shared list is `Send` and `Sync`, and [`get`](List::get) and [`iter`](List::iter) may
/// run on several threads at once through `&List`, so its elements must be `Send + Sync`. A
/// local list is neither `Send` nor `Sync`: it and its elements stay on the thread that made
/// it, so elements may hold `Rc`, `Cell` or `RefCell`.
///
/// Sealed: `Shared` (for `Send + Sync` elements) and `Local` (for any) are its only
/// implementations. It stands for what the list's arena asks to store and open its nodes
/// ([`Stores`], [`Opens`]).
#[diagnostic::on_unimplemented(
    message = "`List<{T}>` is thread-safe, so its elements must be `Send + Sync`",
    label = "a shared `List` may be moved to and read from other threads",
    note = "for `Rc`, `Cell` or `RefCell` elements in a program that keeps the list on one thread, use `LocalList` (`List::new_local`), which never leaves its thread"
)]
pub trait ListMode<T: 'static>:
    ThreadMode
    + sealed::Sealed<T>
    + for<'a> Stores<Node<'a, 'a, T>>
    + Stores<(Option<T>,)>
    + for<'a> Opens<Node<'a, 'a, T>>
    + Opens<(Option<T>,)>
{
}

// `do_not_recommend`: an element that is not `Send` or `Sync` is then reported with this
// trait's message, which names the local list, rather than as "cannot be sent between threads
// safely".
#[diagnostic::do_not_recommend]
impl<T: Send + Sync + 'static> ListMode<T> for Shared {}

impl<T: 'static> ListMode<T> for Local {}

/// Sealing: no other crate can implement [`ListMode`], also not for `Shared` and an element
/// type of its own.
mod sealed {
    use ghost_runtime::{Local, Shared};

    pub trait Sealed<T> {}
    impl<T: Send + Sync> Sealed<T> for Shared {}
    impl<T> Sealed<T> for Local {}
}

/// Which end of the list an operation works at.
#[derive(Clone, Copy)]
enum End {
    Front,
    Back,
}

/// A `'static`, copyable name for an element of one [`List`], returned by every push.
///
/// It opens (in [`List::get`], [`ListHandle::get`] and the other methods taking a key) only
/// while its element belongs to the list that made it: linked, or popped inside a
/// [`List::scope`] and not yet taken. Once the element is popped, removed, taken or cleared,
/// or the scope that popped it ends, the key opens to `None` (or `false`) forever, also after
/// the element's memory holds a newer element. A key of another list opens to `None`.
///
/// `Copy`, `Eq`, `Ord`, `Hash`, `Debug`, `Send` and `Sync` whatever `T` is; 16 bytes. The
/// order is the order of the elements' places in memory, not in the list.
pub struct ListKey<T: 'static> {
    node: NodeKey<T>,
}

impl<T> ListKey<T> {
    fn new(node: NodeRef<'_, '_, T>) -> Self {
        Self { node: node.key() }
    }
}

impl<T> Clone for ListKey<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for ListKey<T> {}

impl<T> PartialEq for ListKey<T> {
    fn eq(&self, other: &Self) -> bool {
        self.node == other.node
    }
}

impl<T> Eq for ListKey<T> {}

impl<T> PartialOrd for ListKey<T> {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<T> Ord for ListKey<T> {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.node.cmp(&other.node)
    }
}

impl<T> Hash for ListKey<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.node.hash(state);
    }
}

impl<T> fmt::Debug for ListKey<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ListKey").field(&self.node).finish()
    }
}

/// What the list keeps beside its arena. Lent mutably to each [`ListHandle`].
struct ListState<T: 'static> {
    /// The sentinel's key; `None` until the first push and after `clear` (then made by the
    /// next operation that links).
    sentinel: Option<NodeKey<T>>,
    /// Linked elements.
    len: usize,
    /// Nodes removed from the arena and not refilled since: the arena refills one at each
    /// plain push (its free slots hold only our nodes).
    vacant: usize,
    /// Keys of nodes popped inside the running scope; those not taken by its end are taken
    /// then, and their elements dropped. Empty outside scopes.
    detached: Vec<NodeKey<T>>,
}

impl<T: 'static> ListState<T> {
    /// The sentinel, made (and linked to itself) if the list has none yet.
    fn open_sentinel<'id, M: ListMode<T>>(
        &mut self,
        graph: &GraphMut<'static, 'id, 'id, M>,
        token: &mut GhostToken<'id>,
    ) -> NodeRef<'id, 'id, T> {
        if let Some(sentinel) = self.sentinel.and_then(|key| graph.get(key)) {
            return sentinel;
        }
        // Only for a new or cleared list, which has no vacant node to refill.
        let sentinel = Node::new_in(graph, None);
        sentinel.link_next(sentinel, token);
        self.sentinel = Some(sentinel.key());
        sentinel
    }
}

/// Links the detached `node` right after `at`.
fn link_after<'id, T: 'static>(
    at: NodeRef<'id, 'id, T>,
    node: NodeRef<'id, 'id, T>,
    token: &mut GhostToken<'id>,
) {
    let next = at.next(token);
    // Lets go of `next` (its `prev` is cleared), then hands it to `node`.
    at.link_next(node, token);
    if let Some(next) = next {
        node.link_next(next, token);
    }
}

/// Links the detached `node` right before `at`.
fn link_before<'id, T: 'static>(
    at: NodeRef<'id, 'id, T>,
    node: NodeRef<'id, 'id, T>,
    token: &mut GhostToken<'id>,
) {
    let prev = at.prev(token);
    at.link_prev(node, token);
    if let Some(prev) = prev {
        node.link_prev(prev, token);
    }
}

/// Unlinks `node` (not the sentinel), joining its neighbours; afterwards its links are `None`.
fn unlink<'id, T: 'static>(node: NodeRef<'id, 'id, T>, token: &mut GhostToken<'id>) {
    let next = node.unlink_next(token);
    let prev = node.unlink_prev(token);
    // With one element, both are the sentinel, which links to itself again.
    if let (Some(prev), Some(next)) = (prev, next) {
        prev.link_next(next, token);
    }
}

/// A reference-stable doubly-linked list: elements never move, so references to some of them
/// stay valid while others are pushed, popped, or moved (inside a [`scope`](Self::scope)), and
/// every element has a [`ListKey`] to find it again in O(1).
///
/// Outside scopes it is an ordinary deque with the names of `std`'s `LinkedList` and
/// `VecDeque`, plus keys:
///
/// ```
/// use ghost_collections::List;
///
/// let mut list: List<String> = ["b", "c"].into_iter().map(String::from).collect();
/// let a = list.push_front("a".to_string());
/// list.push_back("d".to_string());
/// assert_eq!(list.remove(a).as_deref(), Some("a"));
/// assert_eq!(list.get(a), None); // its key stops opening
/// list.front_mut().unwrap().push('!');
/// assert_eq!(format!("{list:?}"), r#"["b!", "c", "d"]"#);
/// assert_eq!(list.pop_back().as_deref(), Some("d"));
/// ```
///
/// Inside [`scope`](Self::scope) it keeps references across relinking:
///
/// ```
/// use ghost_collections::List;
///
/// let mut list = List::new();
/// let first = list.push_back(String::from("first"));
/// list.scope(|mut list, perm| {
///     let held: &String = list.get(first, perm).unwrap();
///     list.push_front(String::from("zeroth")); // no permission needed
///     list.move_to_front(first);
///     let popped = list.pop_back().unwrap(); // unlinked, still readable
///     assert_eq!(held, "first");
///     assert_eq!(list.get(popped, perm).map(String::as_str), Some("zeroth"));
/// });
/// assert_eq!(list.len(), 1);
/// ```
///
/// `T` must be `'static` (the list keeps its elements in an arena between calls). A shared
/// list, the default, is `Send` and `Sync` and may be read from several threads at once, so
/// its elements must also be `Send + Sync`; a [`LocalList`] ([`new_local`](LocalList::new_local))
/// takes any, `Rc`, `Cell` and `RefCell` included, but is neither `Send` nor `Sync`
/// ([`ListMode`]).
///
/// Costs: every operation that takes or gives a key, or relinks, opens one or two keys (a few
/// loads each) on top of its O(1) relinking; plain iteration opens two keys per element. A
/// node is two links plus `Option<T>` and an 8-byte slot header; nodes freed by pops and
/// removals are refilled by plain pushes (pushes inside a scope take new ones: see the
/// module docs).
pub struct List<T: 'static, M: ThreadMode = Shared> {
    arena: Arena<'static, M>,
    state: ListState<T>,
}

/// A [`List`] that never leaves the thread that made it, so its elements may hold `Rc`,
/// `Cell` or `RefCell`: made by [`new_local`](LocalList::new_local). Neither `Send` nor
/// `Sync`; the same API and costs as the shared list.
pub type LocalList<T> = List<T, Local>;

// The constructors are not generic over the mode: `List::new()` would then leave it to
// inference, which does not fall back to the default `Shared` (and two impls both defining
// `new` make the call ambiguous). So `new` makes a shared list, `new_local` a local one, and
// every other method is generic.
impl<T: 'static> List<T>
where
    Shared: ListMode<T>,
{
    /// An empty list. Allocates nothing until the first push. O(1).
    #[must_use]
    pub fn new() -> Self {
        Self::in_arena(Arena::new())
    }
}

impl<T: 'static> LocalList<T> {
    /// An empty [`LocalList`]: neither `Send` nor `Sync`, so its elements may be anything
    /// `'static`. Allocates nothing until the first push. O(1).
    ///
    /// ```
    /// use std::cell::RefCell;
    /// use std::rc::Rc;
    /// use ghost_collections::List;
    ///
    /// let log = Rc::new(RefCell::new(Vec::new()));
    /// let mut writers = List::new_local();
    /// let first = writers.push_back(Rc::clone(&log));
    /// writers.push_back(Rc::clone(&log));
    /// for writer in &writers {
    ///     writer.borrow_mut().push("hello"); // every element shares the one log
    /// }
    /// assert_eq!(log.borrow().len(), 2);
    /// drop(writers.remove(first));
    /// assert_eq!(Rc::strong_count(&log), 2);
    /// ```
    #[must_use]
    pub fn new_local() -> Self {
        Self::in_arena(Arena::new_local())
    }
}

impl<T: 'static, M: ListMode<T>> List<T, M> {
    /// An empty list in `arena` (new and empty): every constructor.
    fn in_arena(arena: Arena<'static, M>) -> Self {
        Self {
            arena,
            state: ListState {
                sentinel: None,
                len: 0,
                vacant: 0,
                detached: Vec::new(),
            },
        }
    }

    /// The number of elements. O(1).
    #[must_use]
    pub fn len(&self) -> usize {
        self.state.len
    }

    /// Whether the list has no elements. O(1).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.state.len == 0
    }

    /// Adds `value` at the front; returns its key. Refills the node of an element popped or
    /// removed earlier, if there is one, else takes new memory. O(1).
    pub fn push_front(&mut self, value: T) -> ListKey<T> {
        self.enter(|mut list, perm| list.insert(value, End::Front, Some(perm)))
    }

    /// Adds `value` at the back; returns its key. As [`push_front`](Self::push_front), O(1).
    pub fn push_back(&mut self, value: T) -> ListKey<T> {
        self.enter(|mut list, perm| list.insert(value, End::Back, Some(perm)))
    }

    /// Removes the front element and returns it; `None` if the list is empty. Its keys stop
    /// opening and its node is refilled by a later push. O(1).
    pub fn pop_front(&mut self) -> Option<T> {
        self.pop(End::Front)
    }

    /// Removes the back element and returns it; `None` if the list is empty. As
    /// [`pop_front`](Self::pop_front), O(1).
    pub fn pop_back(&mut self) -> Option<T> {
        self.pop(End::Back)
    }

    fn pop(&mut self, end: End) -> Option<T> {
        if self.is_empty() {
            return None;
        }
        self.enter(|mut list, perm| {
            let node = list.end_node(end)?;
            list.take_node(node, perm)
        })
    }

    /// The front element; `None` if the list is empty. O(1).
    #[must_use]
    pub fn front(&self) -> Option<&T> {
        self.get(self.end_key(End::Front)?)
    }

    /// The back element; `None` if the list is empty. O(1).
    #[must_use]
    pub fn back(&self) -> Option<&T> {
        self.get(self.end_key(End::Back)?)
    }

    /// The front element, mutably; `None` if the list is empty. O(1).
    #[must_use]
    pub fn front_mut(&mut self) -> Option<&mut T> {
        let key = self.end_key(End::Front)?;
        self.get_mut(key)
    }

    /// The back element, mutably; `None` if the list is empty. O(1).
    #[must_use]
    pub fn back_mut(&mut self) -> Option<&mut T> {
        let key = self.end_key(End::Back)?;
        self.get_mut(key)
    }

    /// The key of the element at `end`, if any.
    fn end_key(&self, end: End) -> Option<ListKey<T>> {
        if self.is_empty() {
            return None;
        }
        let sentinel = self.state.sentinel?;
        let node = self.arena.read(|graph, token| {
            let sentinel = graph.get(sentinel)?;
            let node = match end {
                End::Front => sentinel.next(token),
                End::Back => sentinel.prev(token),
            }?;
            (node != sentinel).then(|| node.key())
        })?;
        Some(ListKey { node })
    }

    /// The element `key` names; `None` if it is not in this list (removed, popped, cleared,
    /// or a key of another list). O(1): one key opening.
    #[must_use]
    pub fn get(&self, key: ListKey<T>) -> Option<&T> {
        // Outside scopes every node with an element is linked (scopes take what they detach
        // before they end), and the sentinel has none.
        self.arena.value(key.node)?.0.as_ref()
    }

    /// The element `key` names, mutably; `None` as for [`get`](Self::get). O(1).
    #[must_use]
    pub fn get_mut(&mut self, key: ListKey<T>) -> Option<&mut T> {
        self.arena.value_mut(key.node)?.0.as_mut()
    }

    /// Whether `key` names an element of this list: `self.get(key).is_some()`. O(1).
    #[must_use]
    pub fn contains(&self, key: ListKey<T>) -> bool {
        self.get(key).is_some()
    }

    /// Removes the element `key` names, wherever it is, and returns it; `None` (changing
    /// nothing) if it is not in this list. Its keys stop opening. O(1).
    pub fn remove(&mut self, key: ListKey<T>) -> Option<T> {
        if self.is_empty() {
            return None;
        }
        self.enter(|mut list, perm| list.remove(key, perm))
    }

    /// Drops every element (each destructor once) and ends every key, keeping the memory for
    /// the elements that come next. A panicking destructor does not stop the others: the list
    /// is empty afterwards, and the panic is then resumed. O(n).
    pub fn clear(&mut self) {
        // Forgotten first: if a destructor panics, the list is already a consistent empty one
        // (the next push makes a new sentinel in the cleared arena).
        self.state.sentinel = None;
        self.state.len = 0;
        self.state.vacant = 0;
        self.state.detached.clear();
        self.arena.clear();
    }

    /// The elements front to back (double-ended: `.rev()` for back to front). Each step opens
    /// two keys: O(1) per element.
    #[must_use]
    pub fn iter(&self) -> Iter<'_, T, M> {
        Iter {
            list: self,
            front: self.end_key(End::Front),
            back: self.end_key(End::Back),
            remaining: self.len(),
        }
    }

    /// Runs `f` with a [`ListHandle`] and the scope's [`ValuePerm`]: inside, references to
    /// elements borrowed through `&perm` stay valid while the list is pushed to, popped and
    /// relinked through the handle, since none of that needs the permission. Returns what `f`
    /// returns; neither the handle, the permission, nor a reference borrowed through either
    /// can leave `f`.
    ///
    /// Elements popped in `f` (detached, still readable by key) and not
    /// [taken](ListHandle::take) are dropped when `f` returns, or unwinds: the list is
    /// consistent after a panic in `f`, which is then resumed.
    ///
    /// Costs opening the sentinel's key, plus one key opening per element popped in `f`.
    ///
    /// ```
    /// use ghost_collections::List;
    ///
    /// let mut list: List<u32> = (1..=4).collect();
    /// let taken = list.scope(|mut list, perm| {
    ///     let first = list.pop_front().unwrap();
    ///     let last = list.pop_back().unwrap();
    ///     let sum = list.get(first, perm).unwrap() + list.get(last, perm).unwrap();
    ///     assert_eq!((sum, list.contains(first)), (5, false));
    ///     list.take(last, perm) // `first` is dropped as the scope ends
    /// });
    /// assert_eq!(taken, Some(4));
    /// assert_eq!(format!("{list:?}"), "[2, 3]");
    /// ```
    pub fn scope<R>(
        &mut self,
        f: impl for<'brand> FnOnce(ListHandle<'_, 'brand, T, M>, &mut ValuePerm<'brand>) -> R,
    ) -> R {
        let (outcome, detached) = self.enter(|mut list, perm| {
            let outcome = panic::catch_unwind(AssertUnwindSafe(|| f(list.reborrow(), perm)));
            (outcome, list.take_detached(perm))
        });
        // Dropped after the arena's scope: a panicking destructor leaves a consistent list.
        drop(detached);
        outcome.unwrap_or_else(|payload| panic::resume_unwind(payload))
    }

    /// Enters the arena exclusively with a handle on the list; what every change goes through.
    fn enter<R>(
        &mut self,
        f: impl for<'brand> FnOnce(ListHandle<'_, 'brand, T, M>, &mut ValuePerm<'brand>) -> R,
    ) -> R {
        let Self { arena, state } = self;
        arena.scope_mut_split(|graph, token, perm| {
            let sentinel = state.open_sentinel(graph, token);
            let list = ListHandle {
                graph,
                token,
                state,
                sentinel,
            };
            f(list, perm)
        })
    }

    /// Nodes allocated for this list: the sentinel, the elements, and freed nodes waiting to
    /// be refilled. For tests that check memory stays flat; not a stable API.
    #[doc(hidden)]
    #[must_use]
    pub fn capacity(&self) -> usize {
        self.arena.len() + self.state.vacant
    }
}

// Generic over the mode, so `#[derive(Default)]` works around either list; a bare
// `List::default()` then needs its type named (`let list: List<T> = ..`), as inference does
// not fall back to the default mode. No test or example calls it bare.
impl<T: 'static, M: ListMode<T>> Default for List<T, M> {
    /// An empty list, as [`List::new`] (or [`LocalList::new_local`]).
    fn default() -> Self {
        Self::in_arena(Arena::default())
    }
}

impl<T: fmt::Debug + 'static, M: ListMode<T>> fmt::Debug for List<T, M> {
    /// The elements, front to back, as a list: `[1, 2, 3]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T: Clone + 'static, M: ListMode<T>> Clone for List<T, M> {
    /// A new list with clones of the elements, in order. Keys of `self` do not open in it.
    fn clone(&self) -> Self {
        self.iter().cloned().collect()
    }
}

impl<T: PartialEq + 'static, M: ListMode<T>> PartialEq for List<T, M> {
    /// Element by element, in order.
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<T: Eq + 'static, M: ListMode<T>> Eq for List<T, M> {}

impl<T: 'static, M: ListMode<T>> Extend<T> for List<T, M> {
    /// Pushes each element at the back, in one entry into the arena.
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        self.enter(|mut list, perm| {
            for value in iter {
                list.insert(value, End::Back, Some(perm));
            }
        });
    }
}

impl<'a, T: Copy + 'static, M: ListMode<T>> Extend<&'a T> for List<T, M> {
    /// Pushes a copy of each element at the back.
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.extend(iter.into_iter().copied());
    }
}

impl<T: 'static, M: ListMode<T>> FromIterator<T> for List<T, M> {
    /// A list of the elements in iteration order.
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut list = Self::default();
        list.extend(iter);
        list
    }
}

/// The elements of a [`List`], front to back (`.rev()` for back to front): `&T`. Made by
/// [`List::iter`].
//
// It holds the keys of the next elements at both ends, and enters the arena to read
// (`Arena::read`) at each step; values come from `Arena::value`, borrowed for `'a`.
pub struct Iter<'a, T: 'static, M: ThreadMode = Shared> {
    list: &'a List<T, M>,
    front: Option<ListKey<T>>,
    back: Option<ListKey<T>>,
    remaining: usize,
}

impl<'a, T: 'static, M: ListMode<T>> Iter<'a, T, M> {
    /// Yields the element `at` names and moves `at` to its neighbour towards `end`'s opposite.
    fn step(&mut self, end: End) -> Option<&'a T> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        let at = match end {
            End::Front => &mut self.front,
            End::Back => &mut self.back,
        };
        let key = (*at)?;
        if self.remaining > 0 {
            *at = self.list.arena.read(|graph, token| {
                let node = graph.get(key.node)?;
                let next = match end {
                    End::Front => node.next(token),
                    End::Back => node.prev(token),
                }?;
                Some(ListKey::new(next))
            });
        }
        self.list.get(key)
    }
}

impl<'a, T: 'static, M: ListMode<T>> Iterator for Iter<'a, T, M> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        self.step(End::Front)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<T: 'static, M: ListMode<T>> DoubleEndedIterator for Iter<'_, T, M> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.step(End::Back)
    }
}

impl<T: 'static, M: ListMode<T>> ExactSizeIterator for Iter<'_, T, M> {}

impl<T: 'static, M: ListMode<T>> FusedIterator for Iter<'_, T, M> {}

impl<T, M: ThreadMode> fmt::Debug for Iter<'_, T, M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Iter")
            .field("remaining", &self.remaining)
            .finish_non_exhaustive()
    }
}

impl<'a, T: 'static, M: ListMode<T>> IntoIterator for &'a List<T, M> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T, M>;

    fn into_iter(self) -> Iter<'a, T, M> {
        self.iter()
    }
}

/// A [`List`] inside [`List::scope`]: relinks the list while references to its elements,
/// borrowed through the scope's [`ValuePerm`], stay valid.
///
/// It holds the scope's graph and token (the permission to relink) and the list's own
/// bookkeeping, all borrowed for `'a`; `'brand` is the scope's brand, which the permission
/// shares, so a permission of another scope (another list's, or a nested one) is rejected at
/// compile time.
///
/// | method | needs | keeps `&T` from `&perm` alive |
/// | --- | --- | --- |
/// | `push_front`, `push_back`, `pop_front`, `pop_back`, `move_to_front`, `move_to_back` | `&mut self` | yes |
/// | `get`, `front`, `back`, `iter` | `&self`, `&perm` | yes |
/// | `get_mut` | `&mut perm` | no |
/// | `take`, `remove` | `&mut self`, `&mut perm` | no |
///
/// A key of an element popped here still opens in [`get`](Self::get), [`get_mut`](Self::get_mut)
/// and [`take`](Self::take) until the element is taken or the scope ends, but the element is
/// no longer in the list: [`contains`](Self::contains) is `false`, [`remove`](Self::remove) and
/// the moves do nothing. Every method is O(1) except [`iter`](Self::iter).
pub struct ListHandle<'a, 'brand, T: 'static, M: ThreadMode = Shared> {
    graph: &'a GraphMut<'static, 'brand, 'brand, M>,
    token: &'a mut GhostToken<'brand>,
    state: &'a mut ListState<T>,
    sentinel: NodeRef<'brand, 'brand, T>,
}

impl<'brand, T: 'static, M: ListMode<T>> ListHandle<'_, 'brand, T, M> {
    /// The same handle, borrowed for a shorter time.
    fn reborrow(&mut self) -> ListHandle<'_, 'brand, T, M> {
        ListHandle {
            graph: self.graph,
            token: self.token,
            state: self.state,
            sentinel: self.sentinel,
        }
    }

    /// The number of elements in the list (not counting popped ones). O(1).
    #[must_use]
    pub fn len(&self) -> usize {
        self.state.len
    }

    /// Whether the list has no elements. O(1).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.state.len == 0
    }

    /// Adds `value` at the front; returns its key. Takes no permission: it writes a new node,
    /// which no reference can point into, so references held stay valid. Always takes new
    /// memory (refilling a freed node would drop its old value, which needs `&mut perm`).
    /// O(1).
    pub fn push_front(&mut self, value: T) -> ListKey<T> {
        self.insert(value, End::Front, None)
    }

    /// Adds `value` at the back; returns its key. As [`push_front`](Self::push_front), O(1).
    pub fn push_back(&mut self, value: T) -> ListKey<T> {
        self.insert(value, End::Back, None)
    }

    /// Links a node holding `value` at `end`: a freed node refilled if `perm` is given and
    /// there is one, else new memory.
    fn insert(&mut self, value: T, end: End, perm: Option<&mut ValuePerm<'brand>>) -> ListKey<T> {
        let node = match perm {
            Some(perm) if self.state.vacant > 0 => {
                self.state.vacant -= 1;
                Node::new_in(&self.graph.reusing_split(self.token, perm), Some(value))
            }
            _ => Node::new_in(self.graph, Some(value)),
        };
        match end {
            End::Front => link_after(self.sentinel, node, self.token),
            End::Back => link_before(self.sentinel, node, self.token),
        }
        self.state.len += 1;
        ListKey::new(node)
    }

    /// Unlinks the front element and returns its key; `None` if the list is empty. The
    /// element is not dropped: [`get`](Self::get) still reads it by that key, and
    /// [`take`](Self::take) moves it out, until the scope ends and drops it. References held
    /// to it stay valid. O(1).
    pub fn pop_front(&mut self) -> Option<ListKey<T>> {
        self.pop(End::Front)
    }

    /// Unlinks the back element and returns its key; `None` if the list is empty. As
    /// [`pop_front`](Self::pop_front), O(1).
    pub fn pop_back(&mut self) -> Option<ListKey<T>> {
        self.pop(End::Back)
    }

    fn pop(&mut self, end: End) -> Option<ListKey<T>> {
        let node = self.end_node(end)?;
        unlink(node, self.token);
        self.state.len -= 1;
        self.state.detached.push(node.key());
        Some(ListKey::new(node))
    }

    /// Moves the element `key` names out of the list and returns it: a linked element is
    /// unlinked, a popped one just taken. `None` if `key` opens nothing here (already taken
    /// or removed, from before a `clear`, of another list). The key stops opening. Needs the
    /// permission mutably, so no reference to any element is held meanwhile. O(1).
    pub fn take(&mut self, key: ListKey<T>, perm: &mut ValuePerm<'brand>) -> Option<T> {
        let node = self.graph.get(key.node)?;
        self.take_node(node, perm)
    }

    /// Removes the element `key` names from the list and returns it; `None` if it is not in
    /// the list (popped elements included: use [`take`](Self::take) for those). The key stops
    /// opening. O(1).
    pub fn remove(&mut self, key: ListKey<T>, perm: &mut ValuePerm<'brand>) -> Option<T> {
        let node = self.linked(key)?;
        self.take_node(node, perm)
    }

    /// Takes `node`'s element, unlinks it if linked, and frees it for a refill; `None` for the
    /// sentinel (which has no element).
    fn take_node(
        &mut self,
        node: NodeRef<'brand, 'brand, T>,
        perm: &mut ValuePerm<'brand>,
    ) -> Option<T> {
        let element = node.element_mut(perm).take()?;
        if node.next(self.token).is_some() {
            unlink(node, self.token);
            self.state.len -= 1;
        }
        if self.graph.remove(node, self.token) {
            self.state.vacant += 1;
        }
        Some(element)
    }

    /// Takes every element popped in this scope and not taken since, for the caller to drop
    /// after the scope.
    fn take_detached(&mut self, perm: &mut ValuePerm<'brand>) -> Vec<T> {
        let mut elements = Vec::new();
        let ListState {
            detached, vacant, ..
        } = &mut *self.state;
        for key in detached.drain(..) {
            // Taken since if it does not open. Nothing relinks a popped node (moves take
            // linked ones only), so one that opens is still detached.
            let Some(node) = self.graph.get(key) else {
                continue;
            };
            elements.extend(node.element_mut(perm).take());
            if self.graph.remove(node, self.token) {
                *vacant += 1;
            }
        }
        elements
    }

    /// Moves the element `key` names to the front; `false` (doing nothing) if it is not in the
    /// list. References held stay valid. O(1).
    pub fn move_to_front(&mut self, key: ListKey<T>) -> bool {
        self.move_to(key, End::Front)
    }

    /// Moves the element `key` names to the back; `false` (doing nothing) if it is not in the
    /// list. References held stay valid. O(1).
    pub fn move_to_back(&mut self, key: ListKey<T>) -> bool {
        self.move_to(key, End::Back)
    }

    fn move_to(&mut self, key: ListKey<T>, end: End) -> bool {
        let Some(node) = self.linked(key) else {
            return false;
        };
        if self.end_node(end) != Some(node) {
            unlink(node, self.token);
            match end {
                End::Front => link_after(self.sentinel, node, self.token),
                End::Back => link_before(self.sentinel, node, self.token),
            }
        }
        true
    }

    /// The element `key` names, for as long as the permission is borrowed: pushes, pops and
    /// moves through this handle do not end the borrow. `None` if `key` opens nothing here
    /// (taken, removed, cleared, another list's); `Some` for an element popped in this scope
    /// and not taken. O(1).
    #[must_use]
    pub fn get<'p>(&self, key: ListKey<T>, perm: &'p ValuePerm<'brand>) -> Option<&'p T> {
        self.graph.get(key.node)?.element(perm).as_ref()
    }

    /// The element `key` names, exclusively, for as long as the permission is mutably
    /// borrowed; `None` as for [`get`](Self::get). O(1).
    #[must_use]
    pub fn get_mut<'p>(
        &self,
        key: ListKey<T>,
        perm: &'p mut ValuePerm<'brand>,
    ) -> Option<&'p mut T> {
        self.graph.get(key.node)?.element_mut(perm).as_mut()
    }

    /// Whether `key` names an element in the list (`false` for a popped one). O(1).
    #[must_use]
    pub fn contains(&self, key: ListKey<T>) -> bool {
        self.linked(key).is_some()
    }

    /// The front element, for as long as the permission is borrowed; `None` if the list is
    /// empty. O(1).
    #[must_use]
    pub fn front<'p>(&self, perm: &'p ValuePerm<'brand>) -> Option<&'p T> {
        self.end_node(End::Front)?.element(perm).as_ref()
    }

    /// The back element, for as long as the permission is borrowed; `None` if the list is
    /// empty. O(1).
    #[must_use]
    pub fn back<'p>(&self, perm: &'p ValuePerm<'brand>) -> Option<&'p T> {
        self.end_node(End::Back)?.element(perm).as_ref()
    }

    /// The elements front to back (double-ended: `.rev()` for back to front), each borrowed
    /// for as long as the permission is. The iterator borrows the handle, but the references
    /// it yields do not: keep them, and relink after it is done. O(1) per element.
    #[must_use]
    pub fn iter<'h, 'p>(
        &'h self,
        perm: &'p ValuePerm<'brand>,
    ) -> ListHandleIter<'h, 'p, 'brand, T> {
        ListHandleIter {
            token: self.token,
            perm,
            front: self.sentinel.next(self.token),
            back: self.sentinel.prev(self.token),
            remaining: self.state.len,
        }
    }

    /// The node of the element at `end`, if the list has one.
    fn end_node(&self, end: End) -> Option<NodeRef<'brand, 'brand, T>> {
        let node = match end {
            End::Front => self.sentinel.next(self.token),
            End::Back => self.sentinel.prev(self.token),
        }?;
        (node != self.sentinel).then_some(node)
    }

    /// The node `key` names, if its element is in the list (linked).
    fn linked(&self, key: ListKey<T>) -> Option<NodeRef<'brand, 'brand, T>> {
        let node = self.graph.get(key.node)?;
        // The sentinel is always linked (to itself when empty); a popped node is not.
        (node != self.sentinel && node.next(self.token).is_some()).then_some(node)
    }
}

impl<T, M: ThreadMode> fmt::Debug for ListHandle<'_, '_, T, M> {
    /// The length only: reading elements needs the permission.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ListHandle")
            .field("len", &self.state.len)
            .finish_non_exhaustive()
    }
}

/// The elements of a [`ListHandle`], front to back (`.rev()` for back to front), borrowed
/// from the permission for `'p`: `&'p T`. Made by [`ListHandle::iter`].
//
// Walks the links with the token, reads elements with the permission.
pub struct ListHandleIter<'h, 'p, 'brand, T: 'static> {
    token: &'h GhostToken<'brand>,
    perm: &'p ValuePerm<'brand>,
    front: Option<NodeRef<'brand, 'brand, T>>,
    back: Option<NodeRef<'brand, 'brand, T>>,
    remaining: usize,
}

impl<'p, T: 'static> ListHandleIter<'_, 'p, '_, T> {
    fn step(&mut self, end: End) -> Option<&'p T> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        let at = match end {
            End::Front => &mut self.front,
            End::Back => &mut self.back,
        };
        let node = (*at)?;
        *at = match end {
            End::Front => node.next(self.token),
            End::Back => node.prev(self.token),
        };
        node.element(self.perm).as_ref()
    }
}

impl<'p, T: 'static> Iterator for ListHandleIter<'_, 'p, '_, T> {
    type Item = &'p T;

    fn next(&mut self) -> Option<&'p T> {
        self.step(End::Front)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<T: 'static> DoubleEndedIterator for ListHandleIter<'_, '_, '_, T> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.step(End::Back)
    }
}

impl<T: 'static> ExactSizeIterator for ListHandleIter<'_, '_, '_, T> {}

impl<T: 'static> FusedIterator for ListHandleIter<'_, '_, '_, T> {}

impl<T> fmt::Debug for ListHandleIter<'_, '_, '_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ListHandleIter")
            .field("remaining", &self.remaining)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::List;

    /// A field of the arena's `Debug` output (`name: value`), as a number.
    fn arena_field(list: &List<u64>, name: &str) -> usize {
        let text = format!("{:?}", list.arena);
        let start = text.find(&format!("{name}: ")).expect("field shown") + name.len() + 2;
        let digits: String = text[start..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().expect("a number")
    }

    #[test]
    fn churn_refills_freed_nodes_and_counts_them_as_the_arena_does() {
        let mut list = List::new();
        let rounds = if cfg!(miri) { 300 } else { 10_000 };
        for i in 0..rounds {
            // At most 3 elements at once: with the sentinel, 4 nodes.
            list.push_back(i);
            list.push_front(i + 1);
            assert_eq!(list.pop_back(), Some(i));
            if list.len() > 1 {
                assert_eq!(list.pop_front(), Some(i + 1));
            }
            assert_eq!(list.state.vacant, arena_field(&list, "reusable_slots"));
            assert!(list.capacity() <= 4, "{} nodes", list.capacity());
        }
        // All of it in the first page.
        assert_eq!(arena_field(&list, "pages"), 1);
    }

    #[test]
    fn scoped_pops_left_detached_are_freed_when_the_scope_ends() {
        let mut list: List<u64> = (0..5).collect();
        list.scope(|mut list, perm| {
            let popped = list.pop_front().unwrap();
            list.pop_back();
            assert_eq!(list.take(popped, perm), Some(0));
        });
        assert_eq!(list.state.vacant, 2);
        assert_eq!(arena_field(&list, "reusable_slots"), 2);
        assert!(list.state.detached.is_empty());
        list.push_back(9);
        list.push_back(10);
        assert_eq!(list.capacity(), 6);
        assert_eq!(arena_field(&list, "reusable_slots"), 0);
    }
}
