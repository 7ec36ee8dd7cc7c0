//! [`LruCache`]: a least-recently-used cache whose `get` relinks the list yet returns values
//! borrowed from the value permission, so several can be held at once.
//!
//! The source is the permission pattern ("Design safe collection API with compile-time
//! reference stability in Rust"), whose own cache wraps `lru`'s raw-pointer code and never
//! frees a node. Here the list is a `#[ghost_graph]` node type: its links sit in the
//! structure cell (relinked with the scope's token), its key and value in the value cell
//! (opened with [`ValuePerm`]). A `hashbrown::HashTable` maps keys to node keys, comparing
//! through the nodes, so `K` is stored once and need not be `Clone` (as in `lru`). An evicted
//! entry's node is refilled in place by the entry that evicts it, and popped entries' nodes
//! are kept for the next puts: memory stays flat under any number of puts.

use core::borrow::Borrow;
use core::fmt;
use core::hash::{BuildHasher, Hash};
use core::num::NonZeroUsize;

use ghost_runtime::{
    Arena, GhostToken, GraphMut, GraphRead, Local, Opens, Shared, Stores, ThreadMode, ValuePerm,
};
use hashbrown::DefaultHashBuilder;
use hashbrown::HashTable;

use self::entry::{Entry, EntryKey, EntryRef};

/// The node type. Its items are `pub` in a private module: [`CacheMode`] names `Entry` in its
/// bounds, so it must be nominally public (or the `private_bounds` lint fires), yet no user
/// can name it.
mod entry {
    use ghost_runtime::ghost_graph;

    /// One entry, or the list's sentinel (whose value is `None`), or a node kept for reuse
    /// after a pop (also `None`). The list is circular through the sentinel: `next` goes
    /// towards the least recently used entry.
    #[ghost_graph]
    pub struct Entry<K: 'static, V: 'static> {
        /// The entry's key and value; `None` in the sentinel and in nodes kept for reuse.
        #[value]
        pub pair: Option<(K, V)>,
        /// The next entry towards the least recently used (the sentinel after the last).
        pub next: Option<Entry<K, V>>,
        /// The next entry towards the most recently used (the sentinel before the first).
        pub prev: Option<Entry<K, V>>,
    }
}

type Node<'g, K, V> = EntryRef<'g, 'g, K, V>;
type EntryKeyOf<K, V> = EntryKey<K, V>;

/// The thread mode of an [`LruCache<K, V, S, M>`]: [`Shared`] (the default) for keys and
/// values that are `Send + Sync`, [`Local`] ([`LocalLruCache`]) for any `'static` ones.
///
/// A shared cache is `Send` and `Sync`, and [`peek`](LruCache::peek) and
/// [`iter`](LruCache::iter) may run on several threads at once through `&LruCache`, so its
/// keys and values must be `Send + Sync`. A local cache is neither `Send` nor `Sync`: it and
/// everything in it stay on the thread that made it, so keys and values may hold `Rc`, `Cell`
/// or `RefCell`.
///
/// Sealed: `Shared` (for `Send + Sync` keys and values) and `Local` (for any) are its only
/// implementations. It stands for what the cache's arena asks to store and open its nodes
/// ([`Stores`], [`Opens`]).
#[diagnostic::on_unimplemented(
    message = "`LruCache<{K}, {V}>` is thread-safe, so its keys and values must be `Send + Sync`",
    label = "a shared `LruCache` may be moved to and read from other threads",
    note = "for `Rc`, `Cell` or `RefCell` keys or values in a program that keeps the cache on one thread, use `LocalLruCache` (`LruCache::new_local`), which never leaves its thread"
)]
pub trait CacheMode<K: 'static, V: 'static>:
    ThreadMode
    + sealed::Sealed<K, V>
    + for<'a> Stores<Entry<'a, 'a, K, V>>
    + Stores<(Option<(K, V)>,)>
    + for<'a> Opens<Entry<'a, 'a, K, V>>
    + Opens<(Option<(K, V)>,)>
{
}

// `do_not_recommend`: a key or value that is not `Send` or `Sync` is then reported with this
// trait's message, which names the local cache, rather than as "cannot be sent between
// threads safely".
#[diagnostic::do_not_recommend]
impl<K: Send + Sync + 'static, V: Send + Sync + 'static> CacheMode<K, V> for Shared {}

impl<K: 'static, V: 'static> CacheMode<K, V> for Local {}

/// Sealing: no other crate can implement [`CacheMode`], also not for `Shared` and keys or
/// values of its own.
mod sealed {
    use ghost_runtime::{Local, Shared};

    pub trait Sealed<K, V> {}
    impl<K: Send + Sync, V: Send + Sync> Sealed<K, V> for Shared {}
    impl<K, V> Sealed<K, V> for Local {}
}

/// A least-recently-used cache of at most `cap` entries, in safe Rust.
///
/// Two APIs:
/// - the plain one, as in the `lru` crate: [`put`](Self::put), [`get`](Self::get) (which
///   takes `&mut self`, so one value at a time), [`peek`](Self::peek), [`pop`](Self::pop) ...;
/// - [`scope`](Self::scope), which splits the cache into a [`CacheHandle`] (the permission to
///   change the order and the entries) and a [`ValuePerm`] (the permission to read and write
///   values): `handle.get(&k, &perm)` moves the entry to the front and returns `&'perm V`, so
///   several values can be held while the cache is reordered.
///
/// ```
/// use std::num::NonZeroUsize;
/// use ghost_collections::LruCache;
///
/// let mut cache: LruCache<&str, String> = LruCache::new(NonZeroUsize::new(2).unwrap());
/// cache.scope(|mut cache, perm| {
///     cache.put("apple", "red".into(), perm);
///     cache.put("banana", "yellow".into(), perm);
///     let (a, b) = (cache.get(&"apple", perm), cache.get(&"banana", perm));
///     assert_eq!((a.unwrap().as_str(), b.unwrap().as_str()), ("red", "yellow"));
/// });
/// assert_eq!(cache.put("lemon", "yellow".into()), Some("red".to_string())); // evicts apple
/// assert_eq!(cache.peek(&"apple"), None);
/// ```
///
/// `K` and `V` must be `'static` (the cache keeps them in an arena between calls; `lru`
/// accepts borrowed types too). A shared cache, the default, is `Send` and `Sync` and may be
/// read from several threads at once, so its keys and values must also be `Send + Sync`; a
/// [`LocalLruCache`] ([`new_local`](LocalLruCache::new_local)) takes any, `Rc`, `Cell` and
/// `RefCell` included, but is neither `Send` nor `Sync` ([`CacheMode`]).
///
/// Speed: a get-hit costs about 110 instructions in a [`scope`](Self::scope) and 220 through
/// the plain API, which enters the arena on every call and opens the entry's key again to
/// return the value (the `lru` crate: 56); on 100,000 entries that is 1.6x and 2.4x `lru`'s
/// time, and a put that evicts 0.93x and 1.2x (BENCHMARKS.md, workload 6). Batch hot loops in
/// a `scope`.
///
/// Memory: per entry, one arena slot (8-byte header, two links, `Option<(K, V)>`) and one
/// 16-byte key in the hash table; evicted and popped slots are reused, never freed before
/// [`clear`](Self::clear) keeps them or the cache drops.
pub struct LruCache<K: 'static, V: 'static, S = DefaultHashBuilder, M: ThreadMode = Shared> {
    arena: Arena<'static, M>,
    state: State<K, V, S>,
}

/// An [`LruCache`] that never leaves the thread that made it, so its keys and values may hold
/// `Rc`, `Cell` or `RefCell`: made by [`new_local`](LocalLruCache::new_local),
/// [`unbounded_local`](LocalLruCache::unbounded_local) and
/// [`with_hasher_local`](LocalLruCache::with_hasher_local). Neither `Send` nor `Sync`; the
/// same API and costs as the shared cache.
pub type LocalLruCache<K, V, S = DefaultHashBuilder> = LruCache<K, V, S, Local>;

/// Everything but the arena: what a [`CacheHandle`] borrows mutably.
struct State<K: 'static, V: 'static, S> {
    /// Node keys, hashed by their entry's key.
    table: HashTable<EntryKeyOf<K, V>>,
    /// The list's sentinel: `next` is the most recently used entry, `prev` the least.
    sentinel: EntryKeyOf<K, V>,
    /// Nodes whose entry was popped, for the next puts.
    spare: Vec<EntryKeyOf<K, V>>,
    len: usize,
    cap: NonZeroUsize,
    hasher: S,
}

// The constructors are not generic over the mode: `LruCache::new(cap)` would then leave it
// to inference, which does not fall back to the default `Shared` (and two impls both defining
// `new` make the call ambiguous). So `new` and friends make shared caches, `*_local` local
// ones, and every other method is generic.
impl<K, V> LruCache<K, V>
where
    K: Hash + Eq + 'static,
    V: 'static,
    Shared: CacheMode<K, V>,
{
    /// An empty cache holding at most `cap` entries. Allocates nothing until the first put
    /// beyond the sentinel node.
    #[must_use]
    pub fn new(cap: NonZeroUsize) -> Self {
        Self::with_hasher(cap, DefaultHashBuilder::default())
    }

    /// An empty cache with room for `usize::MAX` entries: it never evicts.
    #[must_use]
    pub fn unbounded() -> Self {
        Self::new(NonZeroUsize::MAX)
    }
}

impl<K, V, S> LruCache<K, V, S>
where
    K: Hash + Eq + 'static,
    V: 'static,
    S: BuildHasher,
    Shared: CacheMode<K, V>,
{
    /// An empty cache of at most `cap` entries hashing keys with `hasher` (`lru`'s
    /// `with_hasher`).
    #[must_use]
    pub fn with_hasher(cap: NonZeroUsize, hasher: S) -> Self {
        Self::in_arena(Arena::new(), cap, hasher)
    }
}

impl<K: Hash + Eq + 'static, V: 'static> LocalLruCache<K, V> {
    /// An empty [`LocalLruCache`] holding at most `cap` entries: neither `Send` nor `Sync`, so
    /// its keys and values may be anything `'static`. Allocates nothing until the first put
    /// beyond the sentinel node.
    ///
    /// ```
    /// use std::num::NonZeroUsize;
    /// use std::rc::Rc;
    /// use ghost_collections::{LocalLruCache, LruCache};
    ///
    /// let shared: Rc<str> = Rc::from("shared");
    /// let cap = NonZeroUsize::new(2).unwrap();
    /// let mut cache: LocalLruCache<u32, Rc<str>> = LruCache::new_local(cap);
    /// cache.put(1, Rc::clone(&shared));
    /// cache.put(2, Rc::clone(&shared));
    /// cache.put(3, Rc::from("own")); // evicts 1, returning its value
    /// assert_eq!(Rc::strong_count(&shared), 2);
    /// cache.scope(|mut cache, perm| {
    ///     let (a, b) = (cache.get(&2, perm).unwrap(), cache.get(&3, perm).unwrap());
    ///     assert_eq!((&**a, &**b), ("shared", "own"));
    /// });
    /// drop(cache);
    /// assert_eq!(Rc::strong_count(&shared), 1);
    /// ```
    #[must_use]
    pub fn new_local(cap: NonZeroUsize) -> Self {
        Self::with_hasher_local(cap, DefaultHashBuilder::default())
    }

    /// An empty [`LocalLruCache`] with room for `usize::MAX` entries: it never evicts.
    ///
    /// ```
    /// use std::cell::Cell;
    /// use ghost_collections::LruCache;
    ///
    /// let mut hits = LruCache::unbounded_local();
    /// hits.put("home", Cell::new(0_u32));
    /// let home = hits.peek(&"home").unwrap();
    /// home.set(home.get() + 1); // a `Cell`, written through a shared borrow
    /// assert_eq!(hits.peek(&"home").map(Cell::get), Some(1));
    /// ```
    #[must_use]
    pub fn unbounded_local() -> Self {
        Self::new_local(NonZeroUsize::MAX)
    }
}

impl<K: Hash + Eq + 'static, V: 'static, S: BuildHasher> LocalLruCache<K, V, S> {
    /// An empty [`LocalLruCache`] of at most `cap` entries hashing keys with `hasher`.
    ///
    /// ```
    /// use std::cell::RefCell;
    /// use std::hash::BuildHasherDefault;
    /// use std::hash::DefaultHasher;
    /// use std::num::NonZeroUsize;
    /// use ghost_collections::LruCache;
    ///
    /// let hasher = BuildHasherDefault::<DefaultHasher>::default();
    /// let mut cache = LruCache::with_hasher_local(NonZeroUsize::new(8).unwrap(), hasher);
    /// cache.put(7_u64, RefCell::new(vec![1]));
    /// cache.peek(&7).unwrap().borrow_mut().push(2);
    /// assert_eq!(*cache.peek(&7).unwrap().borrow(), [1, 2]);
    /// ```
    #[must_use]
    pub fn with_hasher_local(cap: NonZeroUsize, hasher: S) -> Self {
        Self::in_arena(Arena::new_local(), cap, hasher)
    }
}

impl<K, V, S, M> LruCache<K, V, S, M>
where
    K: Hash + Eq + 'static,
    V: 'static,
    S: BuildHasher,
    M: CacheMode<K, V>,
{
    /// An empty cache of at most `cap` entries in `arena` (new and empty): every constructor.
    fn in_arena(mut arena: Arena<'static, M>, cap: NonZeroUsize, hasher: S) -> Self {
        let sentinel = arena.scope_mut(|graph, token| {
            let sentinel = Entry::new_in(graph, None);
            let body = sentinel.borrow_mut(token);
            body.next = Some(sentinel);
            body.prev = Some(sentinel);
            sentinel.key()
        });
        Self {
            arena,
            state: State {
                table: HashTable::new(),
                sentinel,
                spare: Vec::new(),
                len: 0,
                cap,
                hasher,
            },
        }
    }

    /// Splits the cache into a [`CacheHandle`] (reorders, inserts, removes) and the scope's
    /// [`ValuePerm`] (reads and writes values), and runs `f` with them; returns what `f`
    /// returns.
    ///
    /// Values borrowed through `&perm` stay valid while the handle reorders the cache; only
    /// what needs `&mut perm` (put, push, pop, resize, clear, `*_mut`) ends those borrows. The
    /// handle and the permission carry a brand of this call, so neither works with another
    /// cache's scope, and no reference leaves `f`. Entering costs about 20 ns.
    pub fn scope<R>(
        &mut self,
        f: impl for<'brand> FnOnce(CacheHandle<'_, 'brand, K, V, S, M>, &mut ValuePerm<'brand>) -> R,
    ) -> R {
        let state = &mut self.state;
        self.arena.scope_mut_split(|graph, token, perm| {
            let core = Core::new(graph, token, state);
            f(CacheHandle { core }, perm)
        })
    }

    /// Runs `f` on a handle that relinks and refills the cache's nodes but cannot make new
    /// ones: what every plain call but a growing `put` needs, entered in a few instructions
    /// (an exclusive scope with an allocator costs a few dozen).
    fn relink<R>(
        &mut self,
        f: impl for<'brand> FnOnce(
            Core<'_, 'brand, K, V, S, &GraphRead<'static, 'brand, 'brand, M>>,
            &mut ValuePerm<'brand>,
        ) -> R,
    ) -> R {
        let state = &mut self.state;
        self.arena
            .relink_split(|graph, token, perm| f(Core::new(graph, token, state), perm))
    }

    /// Inserts or updates `k`, making it the most recently used entry. Returns the old value
    /// of `k`, or else, when the cache was full, the value of the evicted least recently used
    /// entry (the permission pattern's convention; `lru`'s `put` drops it), or else `None`.
    /// O(1) expected.
    pub fn put(&mut self, k: K, v: V) -> Option<V> {
        self.push(k, v).map(|(_, v)| v)
    }

    /// Inserts or updates `k`, making it the most recently used entry. Returns the replaced
    /// pair `(k, old value)` if `k` was there, or else the evicted pair when the cache was
    /// full (as `lru`'s `push`). O(1) expected.
    pub fn push(&mut self, k: K, v: V) -> Option<(K, V)> {
        match self.relink(|mut cache, perm| cache.try_push(k, v, perm)) {
            Ok(replaced_or_evicted) => replaced_or_evicted,
            Err(vacancy) => self.scope(|mut cache, perm| cache.push_new(vacancy, perm)),
        }
    }

    /// The value of `k`, made the most recently used entry; `None` if absent. O(1) expected.
    ///
    /// It takes `&mut self`, so one value at a time: use [`scope`](Self::scope) to hold
    /// several.
    pub fn get<Q>(&mut self, k: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let key = self.relink(|mut cache, perm| cache.touch(k, perm))?;
        self.arena
            .value(key)
            .and_then(|(pair,)| pair.as_ref())
            .map(|(_, v)| v)
    }

    /// The value of `k`, exclusively, made the most recently used entry; `None` if absent.
    pub fn get_mut<Q>(&mut self, k: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let key = self.relink(|mut cache, perm| cache.touch(k, perm))?;
        self.arena
            .value_mut(key)
            .and_then(|(pair,)| pair.as_mut())
            .map(|(_, v)| v)
    }

    /// The value of `k`, without changing the order; `None` if absent. O(1) expected.
    pub fn peek<Q>(&self, k: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let key = self.find_key(k)?;
        self.arena
            .value(key)
            .and_then(|(pair,)| pair.as_ref())
            .map(|(_, v)| v)
    }

    /// The value of `k`, exclusively, without changing the order; `None` if absent.
    pub fn peek_mut<Q>(&mut self, k: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let key = self.find_key(k)?;
        self.arena
            .value_mut(key)
            .and_then(|(pair,)| pair.as_mut())
            .map(|(_, v)| v)
    }

    /// The least recently used entry, without changing the order.
    pub fn peek_lru(&self) -> Option<(&K, &V)> {
        let key = self.arena.read(|graph, token| {
            Some(neighbour(graph, token, self.state.sentinel, Side::Prev)?.key())
        })?;
        self.pair_of(key)
    }

    /// Whether `k` is in the cache (the order is not changed). O(1) expected.
    pub fn contains<Q>(&self, k: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.find_key(k).is_some()
    }

    /// Removes `k`, returning its value; `None` if absent. O(1) expected.
    pub fn pop<Q>(&mut self, k: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.relink(|mut cache, perm| cache.pop(k, perm))
    }

    /// Removes `k`, returning its key and value; `None` if absent.
    pub fn pop_entry<Q>(&mut self, k: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.relink(|mut cache, perm| cache.pop_entry(k, perm))
    }

    /// Removes the least recently used entry; `None` if the cache is empty. O(1) expected.
    pub fn pop_lru(&mut self) -> Option<(K, V)> {
        self.relink(|mut cache, perm| cache.pop_lru(perm))
    }

    /// Makes `k` the most recently used entry; `false` if absent.
    pub fn promote<Q>(&mut self, k: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.relink(|mut cache, perm| cache.touch(k, perm).is_some())
    }

    /// Changes the capacity, evicting least recently used entries (dropped) down to `cap`.
    pub fn resize(&mut self, cap: NonZeroUsize) {
        self.relink(|mut cache, perm| cache.resize(cap, perm));
    }

    /// Removes every entry (dropping each key and value once); the arena keeps its memory
    /// for the next entries.
    pub fn clear(&mut self) {
        self.relink(|mut cache, perm| cache.clear(perm));
    }

    /// The number of entries.
    #[must_use]
    pub fn len(&self) -> usize {
        self.state.len
    }

    /// Whether the cache holds no entry.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.state.len == 0
    }

    /// The most entries the cache holds before evicting.
    #[must_use]
    pub fn cap(&self) -> NonZeroUsize {
        self.state.cap
    }

    /// Nodes in the cache's arena: the list's sentinel, the entries, and nodes kept from
    /// popped entries for the next puts. At most `cap + 1` however many entries came and
    /// went (for tests of flat memory).
    #[doc(hidden)]
    #[must_use]
    pub fn nodes(&self) -> usize {
        self.arena.len()
    }

    /// The entries from most to least recently used, without changing the order. Each step
    /// costs a shared entry into the arena and two key openings (a few nanoseconds).
    pub fn iter(&self) -> CacheIter<'_, K, V, S, M> {
        CacheIter {
            cache: self,
            at: self.state.sentinel,
            remaining: self.state.len,
        }
    }

    /// The node key of `k`'s entry.
    fn find_key<Q>(&self, k: &Q) -> Option<EntryKeyOf<K, V>>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let hash = self.state.hasher.hash_one(k);
        self.state
            .table
            .find(hash, |key| {
                self.pair_of(*key)
                    .is_some_and(|(stored, _)| stored.borrow() == k)
            })
            .copied()
    }

    /// The key and value in the node `key` names.
    fn pair_of(&self, key: EntryKeyOf<K, V>) -> Option<(&K, &V)> {
        let (pair,) = self.arena.value(key)?;
        pair.as_ref().map(|(k, v)| (k, v))
    }
}

impl<K, V, S, M> fmt::Debug for LruCache<K, V, S, M>
where
    K: Hash + Eq + fmt::Debug + 'static,
    V: fmt::Debug + 'static,
    S: BuildHasher,
    M: CacheMode<K, V>,
{
    /// The entries, most recently used first, then the capacity.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LruCache")
            .field("entries", &DebugEntries(self))
            .field("cap", &self.state.cap)
            .finish()
    }
}

struct DebugEntries<'a, K: 'static, V: 'static, S, M: ThreadMode>(&'a LruCache<K, V, S, M>);

impl<K, V, S, M> fmt::Debug for DebugEntries<'_, K, V, S, M>
where
    K: Hash + Eq + fmt::Debug + 'static,
    V: fmt::Debug + 'static,
    S: BuildHasher,
    M: CacheMode<K, V>,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.0.iter()).finish()
    }
}

/// The entries of an [`LruCache`], most recently used first: `(&K, &V)`. Made by
/// [`LruCache::iter`].
pub struct CacheIter<'a, K: 'static, V: 'static, S, M: ThreadMode = Shared> {
    cache: &'a LruCache<K, V, S, M>,
    /// The node last yielded (the sentinel before the first).
    at: EntryKeyOf<K, V>,
    remaining: usize,
}

impl<'a, K, V, S, M> Iterator for CacheIter<'a, K, V, S, M>
where
    K: Hash + Eq + 'static,
    V: 'static,
    S: BuildHasher,
    M: CacheMode<K, V>,
{
    type Item = (&'a K, &'a V);

    fn next(&mut self) -> Option<Self::Item> {
        if self.remaining == 0 {
            return None;
        }
        let cache = self.cache;
        let next = cache
            .arena
            .read(|graph, token| Some(neighbour(graph, token, self.at, Side::Next)?.key()))?;
        self.at = next;
        self.remaining -= 1;
        cache.pair_of(next)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<K, V, S, M> ExactSizeIterator for CacheIter<'_, K, V, S, M>
where
    K: Hash + Eq + 'static,
    V: 'static,
    S: BuildHasher,
    M: CacheMode<K, V>,
{
}

impl<K, V, S, M> core::iter::FusedIterator for CacheIter<'_, K, V, S, M>
where
    K: Hash + Eq + 'static,
    V: 'static,
    S: BuildHasher,
    M: CacheMode<K, V>,
{
}

impl<'a, K, V, S, M> IntoIterator for &'a LruCache<K, V, S, M>
where
    K: Hash + Eq + 'static,
    V: 'static,
    S: BuildHasher,
    M: CacheMode<K, V>,
{
    type Item = (&'a K, &'a V);
    type IntoIter = CacheIter<'a, K, V, S, M>;

    fn into_iter(self) -> CacheIter<'a, K, V, S, M> {
        self.iter()
    }
}

impl<K, V, S, M: ThreadMode> fmt::Debug for CacheIter<'_, K, V, S, M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CacheIter")
            .field("remaining", &self.remaining)
            .finish_non_exhaustive()
    }
}

#[derive(Clone, Copy)]
enum Side {
    Next,
    Prev,
}

/// The neighbour of the node `key` names, in a read scope.
fn neighbour<'g, K: 'static, V: 'static, M: CacheMode<K, V>>(
    graph: &GraphRead<'static, 'g, 'g, M>,
    token: &GhostToken<'g>,
    key: EntryKeyOf<K, V>,
    side: Side,
) -> Option<EntryRef<'g, 'g, K, V>> {
    let node = graph.get(key)?.borrow(token);
    match side {
        Side::Next => node.next,
        Side::Prev => node.prev,
    }
}

/// What a cache handle opens its node keys with, and makes new nodes in: an exclusive scope's
/// graph, which can allocate (every handle users get), or a relink's, which cannot but costs a
/// few instructions to enter (the plain API's calls that need no new node). A trait rather
/// than an enum so each handle is compiled for one graph: with both behind a branch, the
/// compiler stopped inlining the table probe (42 more instructions per `get`, callgrind).
trait Nodes<'brand>: Copy {
    /// The thread mode of the cache's arena.
    type Mode: ThreadMode;

    /// Opens a key of this cache's arena: every node the cache made lives until the cache
    /// drops (nodes are refilled in place, never removed), so this always succeeds.
    fn open<K: 'static, V: 'static>(self, key: EntryKeyOf<K, V>) -> Node<'brand, K, V>
    where
        Self::Mode: CacheMode<K, V>;

    /// A new node holding `pair`, or `pair` back if this graph cannot allocate.
    fn alloc<K: 'static, V: 'static>(self, pair: (K, V)) -> Result<Node<'brand, K, V>, (K, V)>
    where
        Self::Mode: CacheMode<K, V>;
}

const NEVER_REMOVED: &str = "an LruCache never removes its arena's nodes";

impl<'brand, M: ThreadMode> Nodes<'brand> for &GraphMut<'static, 'brand, 'brand, M> {
    type Mode = M;

    #[inline]
    fn open<K: 'static, V: 'static>(self, key: EntryKeyOf<K, V>) -> Node<'brand, K, V>
    where
        M: CacheMode<K, V>,
    {
        self.get(key).expect(NEVER_REMOVED)
    }

    #[inline]
    fn alloc<K: 'static, V: 'static>(self, pair: (K, V)) -> Result<Node<'brand, K, V>, (K, V)>
    where
        M: CacheMode<K, V>,
    {
        Ok(Entry::new_in(self, Some(pair)))
    }
}

impl<'brand, M: ThreadMode> Nodes<'brand> for &GraphRead<'static, 'brand, 'brand, M> {
    type Mode = M;

    #[inline]
    fn open<K: 'static, V: 'static>(self, key: EntryKeyOf<K, V>) -> Node<'brand, K, V>
    where
        M: CacheMode<K, V>,
    {
        self.get(key).expect(NEVER_REMOVED)
    }

    #[inline]
    fn alloc<K: 'static, V: 'static>(self, pair: (K, V)) -> Result<Node<'brand, K, V>, (K, V)>
    where
        M: CacheMode<K, V>,
    {
        Err(pair)
    }
}

/// A pair that needs a new node: what [`Core::try_push`] hands back from a relink.
struct Vacancy<K, V> {
    pair: (K, V),
    hash: u64,
}

/// The cache inside [`LruCache::scope`]: the permission to reorder, insert and remove
/// entries. Values are read and written with the scope's [`ValuePerm`].
///
/// `get` takes `&mut self` (it moves the entry to the front) and `&'p ValuePerm`, and returns
/// `Option<&'p V>`: the value stays borrowed from the permission only, so further `get`s do not
/// end it. Everything that moves or drops a value takes `&mut ValuePerm`.
pub struct CacheHandle<
    'c,
    'brand,
    K: 'static,
    V: 'static,
    S = DefaultHashBuilder,
    M: ThreadMode = Shared,
> {
    core: Core<'c, 'brand, K, V, S, &'c GraphMut<'static, 'brand, 'brand, M>>,
}

/// What a cache handle does, over the graph `G` it opens keys with ([`Nodes`]): the public
/// [`CacheHandle`] wraps one over an exclusive scope's graph, the plain API uses one over a
/// relink's.
struct Core<'c, 'brand, K: 'static, V: 'static, S, G> {
    graph: G,
    token: &'c mut GhostToken<'brand>,
    state: &'c mut State<K, V, S>,
    sentinel: EntryRef<'brand, 'brand, K, V>,
}

impl<'c, 'brand, K, V, S, G> Core<'c, 'brand, K, V, S, G>
where
    K: Hash + Eq + 'static,
    V: 'static,
    S: BuildHasher,
    G: Nodes<'brand>,
    G::Mode: CacheMode<K, V>,
{
    fn new(graph: G, token: &'c mut GhostToken<'brand>, state: &'c mut State<K, V, S>) -> Self {
        let sentinel = graph.open(state.sentinel);
        Self {
            graph,
            token,
            state,
            sentinel,
        }
    }

    /// [`CacheHandle::push`], unless the pair needs a new node and the handle cannot allocate
    /// (it is a relink's): then the pair comes back, for [`CacheHandle::push_new`] in a
    /// scope that can.
    fn try_push(
        &mut self,
        k: K,
        v: V,
        perm: &mut ValuePerm<'brand>,
    ) -> Result<Option<(K, V)>, Vacancy<K, V>> {
        let hash = self.state.hasher.hash_one(&k);
        if let Some(node) = self.find(hash, &k, perm) {
            self.move_to_front(node);
            let Some((_, old)) = node.pair_mut(perm).as_mut() else {
                unreachable!("a listed entry holds its pair")
            };
            let old = core::mem::replace(old, v);
            return Ok(Some((k, old)));
        }
        let node = if self.state.len >= self.state.cap.get() {
            // Full: refill the least recently used entry's node in place.
            let Some(lru) = self.lru_node() else {
                unreachable!("a full cache has a least recently used entry")
            };
            let Some((old_k, old_v)) = lru.pair_mut(perm).replace((k, v)) else {
                unreachable!("a listed entry holds its pair")
            };
            self.unlist(self.state.hasher.hash_one(&old_k), lru);
            self.list(hash, lru, perm);
            self.move_to_front(lru);
            return Ok(Some((old_k, old_v)));
        } else if let Some(key) = self.state.spare.pop() {
            let node = self.graph.open(key);
            *node.pair_mut(perm) = Some((k, v));
            node
        } else {
            match self.graph.alloc((k, v)) {
                Ok(node) => node,
                Err(pair) => return Err(Vacancy { pair, hash }),
            }
        };
        self.attach_front(node);
        self.list(hash, node, perm);
        self.state.len += 1;
        Ok(None)
    }

    /// The value of `k`, made the most recently used entry; `None` if absent. The value stays
    /// borrowed from `perm` only, so it survives later `get`s. O(1) expected.
    fn get<'p, Q>(&mut self, k: &Q, perm: &'p ValuePerm<'brand>) -> Option<&'p V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let node = self.find(self.state.hasher.hash_one(k), k, perm)?;
        self.move_to_front(node);
        node.pair(perm).as_ref().map(|(_, v)| v)
    }

    /// The value of `k`, exclusively, made the most recently used entry; `None` if absent.
    fn get_mut<'p, Q>(&mut self, k: &Q, perm: &'p mut ValuePerm<'brand>) -> Option<&'p mut V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let node = self.find(self.state.hasher.hash_one(k), k, perm)?;
        self.move_to_front(node);
        node.pair_mut(perm).as_mut().map(|(_, v)| v)
    }

    /// The value of `k` without changing the order; `None` if absent.
    fn peek<'p, Q>(&self, k: &Q, perm: &'p ValuePerm<'brand>) -> Option<&'p V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let node = self.find(self.state.hasher.hash_one(k), k, perm)?;
        node.pair(perm).as_ref().map(|(_, v)| v)
    }

    /// The value of `k`, exclusively, without changing the order; `None` if absent. It takes
    /// `&self`, so [`len`](Self::len) and other `&self` methods still work while the `&mut V`
    /// is held.
    fn peek_mut<'p, Q>(&self, k: &Q, perm: &'p mut ValuePerm<'brand>) -> Option<&'p mut V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let node = self.find(self.state.hasher.hash_one(k), k, perm)?;
        node.pair_mut(perm).as_mut().map(|(_, v)| v)
    }

    /// The least recently used entry, without changing the order.
    fn peek_lru<'p>(&self, perm: &'p ValuePerm<'brand>) -> Option<(&'p K, &'p V)> {
        let node = self.lru_node()?;
        node.pair(perm).as_ref().map(|(k, v)| (k, v))
    }

    /// Whether `k` is in the cache (the order is not changed).
    fn contains<Q>(&self, k: &Q, perm: &ValuePerm<'brand>) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.find(self.state.hasher.hash_one(k), k, perm).is_some()
    }

    /// Removes `k`, returning its value; `None` if absent.
    fn pop<Q>(&mut self, k: &Q, perm: &mut ValuePerm<'brand>) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.pop_entry(k, perm).map(|(_, v)| v)
    }

    /// Removes `k`, returning its key and value; `None` if absent.
    fn pop_entry<Q>(&mut self, k: &Q, perm: &mut ValuePerm<'brand>) -> Option<(K, V)>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let hash = self.state.hasher.hash_one(k);
        let node = self.find(hash, k, perm)?;
        self.unlist(hash, node);
        Some(self.vacate(node, perm))
    }

    /// Removes the least recently used entry; `None` if the cache is empty.
    fn pop_lru(&mut self, perm: &mut ValuePerm<'brand>) -> Option<(K, V)> {
        let node = self.lru_node()?;
        let hash = self.state.hasher.hash_one(&node.pair(perm).as_ref()?.0);
        self.unlist(hash, node);
        Some(self.vacate(node, perm))
    }

    /// Changes the capacity, evicting (and dropping) least recently used entries down to it.
    fn resize(&mut self, cap: NonZeroUsize, perm: &mut ValuePerm<'brand>) {
        while self.state.len > cap.get() {
            drop(self.pop_lru(perm));
        }
        self.state.cap = cap;
    }

    /// Removes every entry, dropping each key and value once; the nodes are kept for the next
    /// puts.
    fn clear(&mut self, perm: &mut ValuePerm<'brand>) {
        while let Some(pair) = self.pop_lru(perm) {
            drop(pair);
        }
    }

    /// The entries from most to least recently used, borrowed from `perm`.
    fn iter<'p>(&'p self, perm: &'p ValuePerm<'brand>) -> CacheHandleIter<'p, 'brand, K, V> {
        CacheHandleIter {
            token: self.token,
            perm,
            at: self.sentinel,
            remaining: self.state.len,
        }
    }

    /// The number of entries.
    #[must_use]
    fn len(&self) -> usize {
        self.state.len
    }

    /// Whether the cache holds no entry.
    #[must_use]
    fn is_empty(&self) -> bool {
        self.state.len == 0
    }

    /// The most entries the cache holds before evicting.
    #[must_use]
    fn cap(&self) -> NonZeroUsize {
        self.state.cap
    }

    /// Finds `k`'s entry and moves it to the front; its node key.
    fn touch<Q>(&mut self, k: &Q, perm: &ValuePerm<'brand>) -> Option<EntryKeyOf<K, V>>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let (node, key) = self.find_entry(self.state.hasher.hash_one(k), k, perm)?;
        self.move_to_front(node);
        Some(key)
    }

    /// The node of `k`'s entry: probes the table, comparing through the nodes.
    fn find<Q>(&self, hash: u64, k: &Q, perm: &ValuePerm<'brand>) -> Option<Node<'brand, K, V>>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.find_entry(hash, k, perm).map(|(node, _)| node)
    }

    /// [`find`](Self::find), with the node's key as listed in the table (cheaper than asking
    /// the node for it).
    fn find_entry<Q>(
        &self,
        hash: u64,
        k: &Q,
        perm: &ValuePerm<'brand>,
    ) -> Option<(Node<'brand, K, V>, EntryKeyOf<K, V>)>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let mut found = None;
        let key = self.state.table.find(hash, |key| {
            let node = self.graph.open(*key);
            let hit = node
                .pair(perm)
                .as_ref()
                .is_some_and(|(stored, _)| stored.borrow() == k);
            if hit {
                found = Some(node);
            }
            hit
        })?;
        Some((found?, *key))
    }

    /// The least recently used entry's node, if any.
    fn lru_node(&self) -> Option<Node<'brand, K, V>> {
        let last = self.sentinel.borrow(self.token).prev?;
        (last != self.sentinel).then_some(last)
    }

    /// Adds `node` (whose pair is set) to the table under `hash`.
    fn list(&mut self, hash: u64, node: Node<'brand, K, V>, perm: &ValuePerm<'brand>) {
        let (graph, hasher) = (self.graph, &self.state.hasher);
        self.state.table.insert_unique(hash, node.key(), |key| {
            let pair = graph.open(*key).pair(perm);
            pair.as_ref().map_or(0, |(k, _)| hasher.hash_one(k))
        });
    }

    /// Removes `node` (whose key hashes to `hash`) from the table.
    fn unlist(&mut self, hash: u64, node: Node<'brand, K, V>) {
        let key = node.key();
        if let Ok(entry) = self.state.table.find_entry(hash, |listed| *listed == key) {
            entry.remove();
        }
    }

    /// Takes `node`'s pair out, unlinks it, and keeps the node for the next puts.
    fn vacate(&mut self, node: Node<'brand, K, V>, perm: &mut ValuePerm<'brand>) -> (K, V) {
        self.detach(node);
        self.state.len -= 1;
        self.state.spare.push(node.key());
        node.pair_mut(perm)
            .take()
            .expect("a listed entry holds its pair")
    }

    fn detach(&mut self, node: Node<'brand, K, V>) {
        let body = node.borrow(self.token);
        let (prev, next) = (body.prev, body.next);
        if let (Some(prev), Some(next)) = (prev, next) {
            prev.borrow_mut(self.token).next = Some(next);
            next.borrow_mut(self.token).prev = Some(prev);
        }
    }

    fn attach_front(&mut self, node: Node<'brand, K, V>) {
        let first = self.sentinel.borrow(self.token).next;
        let body = node.borrow_mut(self.token);
        body.prev = Some(self.sentinel);
        body.next = first;
        self.sentinel.borrow_mut(self.token).next = Some(node);
        if let Some(first) = first {
            first.borrow_mut(self.token).prev = Some(node);
        }
    }

    fn move_to_front(&mut self, node: Node<'brand, K, V>) {
        if self.sentinel.borrow(self.token).next != Some(node) {
            self.detach(node);
            self.attach_front(node);
        }
    }
}

impl<'c, 'brand, K, V, S, M> CacheHandle<'c, 'brand, K, V, S, M>
where
    K: Hash + Eq + 'static,
    V: 'static,
    S: BuildHasher,
    M: CacheMode<K, V>,
{
    /// Inserts or updates `k` as the most recently used entry. Returns `k`'s old value, or
    /// else the evicted entry's value when the cache was full, or else `None`. O(1) expected.
    #[inline]
    pub fn put(&mut self, k: K, v: V, perm: &mut ValuePerm<'brand>) -> Option<V> {
        self.push(k, v, perm).map(|(_, v)| v)
    }

    /// Inserts or updates `k` as the most recently used entry. Returns `(k, old value)` if
    /// `k` was there, or else the evicted pair when the cache was full, or else `None` (as
    /// `lru`'s `push`). O(1) expected.
    #[inline]
    pub fn push(&mut self, k: K, v: V, perm: &mut ValuePerm<'brand>) -> Option<(K, V)> {
        self.core
            .try_push(k, v, perm)
            .unwrap_or_else(|vacancy| self.push_new(vacancy, perm))
    }

    /// The value of `k`, made the most recently used entry; `None` if absent. The value stays
    /// borrowed from `perm` only, so it survives later `get`s. O(1) expected.
    #[inline]
    pub fn get<'p, Q>(&mut self, k: &Q, perm: &'p ValuePerm<'brand>) -> Option<&'p V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.core.get(k, perm)
    }

    /// The value of `k`, exclusively, made the most recently used entry; `None` if absent.
    #[inline]
    pub fn get_mut<'p, Q>(&mut self, k: &Q, perm: &'p mut ValuePerm<'brand>) -> Option<&'p mut V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.core.get_mut(k, perm)
    }

    /// The value of `k` without changing the order; `None` if absent.
    #[inline]
    pub fn peek<'p, Q>(&self, k: &Q, perm: &'p ValuePerm<'brand>) -> Option<&'p V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.core.peek(k, perm)
    }

    /// The value of `k`, exclusively, without changing the order; `None` if absent. It takes
    /// `&self`, so [`len`](Self::len) and other `&self` methods still work while the `&mut V`
    /// is held.
    #[inline]
    pub fn peek_mut<'p, Q>(&self, k: &Q, perm: &'p mut ValuePerm<'brand>) -> Option<&'p mut V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.core.peek_mut(k, perm)
    }

    /// The least recently used entry, without changing the order.
    #[inline]
    pub fn peek_lru<'p>(&self, perm: &'p ValuePerm<'brand>) -> Option<(&'p K, &'p V)> {
        self.core.peek_lru(perm)
    }

    /// Whether `k` is in the cache (the order is not changed).
    #[inline]
    pub fn contains<Q>(&self, k: &Q, perm: &ValuePerm<'brand>) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.core.contains(k, perm)
    }

    /// Removes `k`, returning its value; `None` if absent.
    #[inline]
    pub fn pop<Q>(&mut self, k: &Q, perm: &mut ValuePerm<'brand>) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.core.pop(k, perm)
    }

    /// Removes `k`, returning its key and value; `None` if absent.
    #[inline]
    pub fn pop_entry<Q>(&mut self, k: &Q, perm: &mut ValuePerm<'brand>) -> Option<(K, V)>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.core.pop_entry(k, perm)
    }

    /// Removes the least recently used entry; `None` if the cache is empty.
    #[inline]
    pub fn pop_lru(&mut self, perm: &mut ValuePerm<'brand>) -> Option<(K, V)> {
        self.core.pop_lru(perm)
    }

    /// Changes the capacity, evicting (and dropping) least recently used entries down to it.
    #[inline]
    pub fn resize(&mut self, cap: NonZeroUsize, perm: &mut ValuePerm<'brand>) {
        self.core.resize(cap, perm)
    }

    /// Removes every entry, dropping each key and value once; the nodes are kept for the next
    /// puts.
    #[inline]
    pub fn clear(&mut self, perm: &mut ValuePerm<'brand>) {
        self.core.clear(perm)
    }

    /// The entries from most to least recently used, borrowed from `perm`.
    #[inline]
    pub fn iter<'p>(&'p self, perm: &'p ValuePerm<'brand>) -> CacheHandleIter<'p, 'brand, K, V> {
        self.core.iter(perm)
    }

    /// The number of entries.
    #[must_use]
    #[inline]
    pub fn len(&self) -> usize {
        self.core.len()
    }

    /// Whether the cache holds no entry.
    #[must_use]
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.core.is_empty()
    }

    /// The most entries the cache holds before evicting.
    #[must_use]
    #[inline]
    pub fn cap(&self) -> NonZeroUsize {
        self.core.cap()
    }

    /// Adds a pair known to be absent, in a new node, to a cache with room: the rest of a
    /// [`try_push`](Self::try_push) that could not allocate.
    fn push_new(&mut self, vacancy: Vacancy<K, V>, perm: &ValuePerm<'brand>) -> Option<(K, V)> {
        let core = &mut self.core;
        let node = Entry::new_in(core.graph, Some(vacancy.pair));
        core.attach_front(node);
        core.list(vacancy.hash, node, perm);
        core.state.len += 1;
        None
    }
}

impl<K, V, S, M: ThreadMode> fmt::Debug for CacheHandle<'_, '_, K, V, S, M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CacheHandle")
            .field("len", &self.core.state.len)
            .field("cap", &self.core.state.cap)
            .finish_non_exhaustive()
    }
}

/// The entries of a [`CacheHandle`], most recently used first, borrowed from the permission.
pub struct CacheHandleIter<'p, 'brand, K: 'static, V: 'static> {
    token: &'p GhostToken<'brand>,
    perm: &'p ValuePerm<'brand>,
    at: EntryRef<'brand, 'brand, K, V>,
    remaining: usize,
}

impl<'p, K: 'static, V: 'static> Iterator for CacheHandleIter<'p, '_, K, V> {
    type Item = (&'p K, &'p V);

    fn next(&mut self) -> Option<Self::Item> {
        if self.remaining == 0 {
            return None;
        }
        self.at = self.at.borrow(self.token).next?;
        self.remaining -= 1;
        self.at.pair(self.perm).as_ref().map(|(k, v)| (k, v))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<K: 'static, V: 'static> ExactSizeIterator for CacheHandleIter<'_, '_, K, V> {}

impl<K: 'static, V: 'static> fmt::Debug for CacheHandleIter<'_, '_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CacheHandleIter")
            .field("remaining", &self.remaining)
            .finish_non_exhaustive()
    }
}
