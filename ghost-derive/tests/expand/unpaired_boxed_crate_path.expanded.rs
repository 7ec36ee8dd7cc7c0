/// A stack entry.
#[derive(Debug, Clone)]
pub(crate) struct Entry<'arena, 'id> {
    /// The value.
    #[allow(dead_code)]
    value: u64,
    below: ::core::option::Option<EntryRef<'arena, 'id>>,
}
/**A copyable handle to an [`Entry`] in a ghost-graph arena, branded with the scope's `'id`.

Compares and hashes by identity, orders by [`index`](Self::index) (creation order), and its `Debug` shows that index only (`NodeRef(12)`), the same on every run, so printing never follows a cycle. Derefs to the `GhostCell` holding the node: that cell's `replace` and `take` write the whole node, links included, and leave the other ends of its links as they were; relink with the generated `link_*` and `unlink_*` methods.*/
pub(crate) struct EntryRef<'arena, 'id>(
    ::my_reexport::ghost::__private::NodePtr<'arena, 'id, Entry<'arena, 'id>>,
);
impl<'arena, 'id> ::my_reexport::ghost::__private::NodeHandle<'arena, 'id>
for EntryRef<'arena, 'id> {
    type Data = Entry<'arena, 'id>;
    #[inline]
    fn node_ptr(
        self,
    ) -> ::my_reexport::ghost::__private::NodePtr<'arena, 'id, Entry<'arena, 'id>> {
        ::my_reexport::ghost::__private::RawNode::node_ptr(self.0)
    }
}
impl<'arena, 'id> ::core::ops::Deref for EntryRef<'arena, 'id> {
    type Target = ::my_reexport::ghost::__private::GhostCell<'id, Entry<'arena, 'id>>;
    #[inline]
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::clone::Clone for EntryRef<'arena, 'id> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::marker::Copy for EntryRef<'arena, 'id> {}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::PartialEq for EntryRef<'arena, 'id> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::Eq for EntryRef<'arena, 'id> {}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::PartialOrd for EntryRef<'arena, 'id> {
    #[inline]
    fn partial_cmp(
        &self,
        other: &Self,
    ) -> ::core::option::Option<::core::cmp::Ordering> {
        ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::Ord for EntryRef<'arena, 'id> {
    #[inline]
    fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
        ::core::cmp::Ord::cmp(&self.0, &other.0)
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::hash::Hash for EntryRef<'arena, 'id> {
    #[inline]
    fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
        ::core::hash::Hash::hash(&self.0, state);
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::fmt::Debug for EntryRef<'arena, 'id> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_tuple("EntryRef").field(&self.0).finish()
    }
}
impl<'arena, 'id> Entry<'arena, 'id> {
    /**Allocates a new `Entry` from `allocator` (a `&Graph`, `&GraphMut`, `&Allocator`, or `&graph.reusing(token)` to refill a removed node's slot), with the payload fields in declaration order; every link starts empty.

The node stays until it is removed, the arena is cleared, or the arena is dropped; its destructor runs when its slot is refilled, at the clear, or at the drop. A thread-safe arena (`Arena`) takes only `Send` payloads; a local one (`LocalArena`, the free `scope`) takes any.*/
    #[must_use = "a node is unreachable without its handle"]
    #[inline]
    pub(crate) fn new_in<A: ::my_reexport::ghost::__private::NodeAllocator<'arena, 'id>>(
        allocator: &A,
        value: u64,
    ) -> EntryRef<'arena, 'id>
    where
        Self: 'arena,
        A::Mode: ::my_reexport::ghost::__private::Stores<Self>,
    {
        Self::alloc_in(
            allocator,
            Self {
                value,
                below: ::core::option::Option::None,
            },
        )
    }
    ///Allocates `node`, written as a struct literal (links included), from `allocator` (a `&Graph`, `&GraphMut`, `&Allocator` or `&Reusing`).
    #[must_use = "a node is unreachable without its handle"]
    #[inline]
    pub(crate) fn alloc_in<
        A: ::my_reexport::ghost::__private::NodeAllocator<'arena, 'id>,
    >(allocator: &A, node: Self) -> EntryRef<'arena, 'id>
    where
        Self: 'arena,
        A::Mode: ::my_reexport::ghost::__private::Stores<Self>,
    {
        ::my_reexport::ghost::__private::NodeAllocator::alloc_graph_node::<
            EntryRef<'arena, 'id>,
        >(allocator, node)
    }
    ///Runs `f` with a fresh arena and token for `Entry` graphs; the same as `::my_reexport::ghost::scope`.
    pub(crate) fn scope<'src, R>(
        f: impl for<'i> ::core::ops::FnOnce(
            &::my_reexport::ghost::__private::GraphIn<
                'src,
                'i,
                'i,
                ::my_reexport::ghost::__private::Local,
            >,
            &mut ::my_reexport::ghost::__private::GhostToken<'i>,
        ) -> R,
    ) -> R {
        ::my_reexport::ghost::__private::scope(f)
    }
}
///A `'static` key of an [`Entry`]: plain data (`Copy`, `Eq`, `Hash`, `Send`, `Sync`, 16 bytes) that outlives scopes. Made by [`EntryRef::key`], opened by `graph.get(key)` in a later `Arena::scope_mut` or `Arena::read`, which gives `None` once the node is removed.
pub(crate) type EntryKey = ::my_reexport::ghost::__private::Key<Entry<'static, 'static>>;
impl<'arena, 'id> ::my_reexport::ghost::__private::NodeKind<'arena, 'id>
for Entry<'static, 'static> {
    type Ref = EntryRef<'arena, 'id>;
    type Ptr = ::my_reexport::ghost::__private::NodePtr<'arena, 'id, Entry<'arena, 'id>>;
    #[inline]
    fn from_ptr(
        ptr: ::my_reexport::ghost::__private::NodePtr<'arena, 'id, Entry<'arena, 'id>>,
    ) -> EntryRef<'arena, 'id> {
        EntryRef(ptr)
    }
    #[inline]
    fn into_ptr(
        node: EntryRef<'arena, 'id>,
    ) -> ::my_reexport::ghost::__private::NodePtr<'arena, 'id, Entry<'arena, 'id>> {
        node.0
    }
}
impl<'arena, 'id> ::my_reexport::ghost::__private::GraphNode<'arena, 'id>
for EntryRef<'arena, 'id> {
    type Kind = Entry<'static, 'static>;
    #[inline]
    fn static_kind() -> ::core::option::Option<
        ::my_reexport::ghost::__private::StaticKind<Entry<'static, 'static>>,
    > {
        ::core::option::Option::Some(::my_reexport::ghost::__private::StaticKind::of())
    }
    fn detach_all(self, token: &mut ::my_reexport::ghost::__private::GhostToken<'id>) {
        ::my_reexport::ghost::__private::clear_field(
            self,
            token,
            |node: &mut Entry<'arena, 'id>| &mut node.below,
        );
    }
}
impl<'arena, 'id> EntryRef<'arena, 'id> {
    ///Shared access to this node's fields through the token. Unlike `GhostCell::borrow` (reached through `Deref`), the reference lives as long as the token borrow, not as long as this copy of the handle.
    #[must_use]
    #[inline]
    pub(crate) fn borrow<'t>(
        self,
        token: &'t ::my_reexport::ghost::__private::GhostToken<'id>,
    ) -> &'t Entry<'arena, 'id> {
        self.0.borrow(token)
    }
    ///Exclusive access to this node's fields. It borrows the token mutably, so no reference into any `Entry` of this scope can be alive meanwhile.
    #[inline]
    pub(crate) fn borrow_mut<'t>(
        self,
        token: &'t mut ::my_reexport::ghost::__private::GhostToken<'id>,
    ) -> &'t mut Entry<'arena, 'id> {
        self.0.borrow_mut(token)
    }
    ///This node's index: unique among the live nodes of its arena (of every type), small (about one per 8 bytes of the arena's nodes), and the same on every run of a program that makes the same nodes in the same order on one thread. Handles order by it (creation order) and `Debug` shows it. It stays with the node across scopes; a node that refills a removed node's slot takes that node's index, and after `Arena::clear` the same nodes get the same indices as in a new arena. Needs no token.
    #[must_use]
    #[inline]
    pub(crate) fn index(self) -> usize {
        self.0.index()
    }
    /**This node's [`EntryKey`]: plain `'static` data to keep outside the scope and open in a later `Arena::scope_mut` or `Arena::read` with `graph.get(key)`. Needs no token.

# Panics

If the node lies beyond the first 32 GiB of its arena's nodes.*/
    #[must_use]
    #[inline]
    pub(crate) fn key(self) -> EntryKey {
        ::my_reexport::ghost::__private::Key::new(self)
    }
    ///The node `below` points to, if any.
    #[must_use]
    #[inline]
    fn below<'t>(
        self,
        token: &'t ::my_reexport::ghost::__private::GhostToken<'id>,
    ) -> ::core::option::Option<EntryRef<'arena, 'id>> {
        self.borrow(token).below
    }
    ///Points `below` at `other` (this link has no inverse to keep in step).
    #[inline]
    fn link_below(
        self,
        other: EntryRef<'arena, 'id>,
        token: &mut ::my_reexport::ghost::__private::GhostToken<'id>,
    ) {
        self.borrow_mut(token).below = ::core::option::Option::Some(other);
    }
    ///Clears `below`; returns the node it pointed to.
    #[inline]
    fn unlink_below(
        self,
        token: &mut ::my_reexport::ghost::__private::GhostToken<'id>,
    ) -> ::core::option::Option<EntryRef<'arena, 'id>> {
        self.borrow_mut(token).below.take()
    }
    /**Iterates from this node (included) along `below`, until a node whose `below` is `None`.

On a cycle it never ends: bound it with `take`, or stop at a node seen before.*/
    #[inline]
    fn iter_below<'t>(
        self,
        token: &'t ::my_reexport::ghost::__private::GhostToken<'id>,
    ) -> impl ::core::iter::Iterator<Item = Self> {
        ::my_reexport::ghost::__private::follow(
            self,
            token,
            |node: &Entry<'arena, 'id>| node.below,
        )
    }
}
