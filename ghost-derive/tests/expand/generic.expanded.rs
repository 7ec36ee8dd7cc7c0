#[derive(Debug)]
pub(crate) struct Tree<'arena, 'id, 'src, K: Ord, V>
where
    V: Clone,
{
    pub key: K,
    pub value: V,
    pub label: &'src str,
    pub next: ::core::option::Option<TreeRef<'arena, 'id, 'src, K, V>>,
    pub prev: ::core::option::Option<TreeRef<'arena, 'id, 'src, K, V>>,
}
/**A copyable handle to a [`Tree`] in a ghost-graph arena, branded with the scope's `'id`.

Compares and hashes by identity, orders by [`index`](Self::index) (creation order), and its `Debug` shows that index only (`NodeRef(12)`), the same on every run, so printing never follows a cycle. Derefs to the `GhostCell` holding the node: that cell's `replace` and `take` write the whole node, links included, and leave the other ends of its links as they were; relink with the generated `link_*` and `unlink_*` methods.*/
pub(crate) struct TreeRef<'arena, 'id, 'src, K: Ord, V>(
    ::ghost_runtime::__private::NodePtr<'arena, 'id, Tree<'arena, 'id, 'src, K, V>>,
)
where
    V: Clone;
impl<'arena, 'id, 'src, K: Ord, V> ::ghost_runtime::__private::NodeHandle<'arena, 'id>
for TreeRef<'arena, 'id, 'src, K, V>
where
    V: Clone,
{
    type Data = Tree<'arena, 'id, 'src, K, V>;
    #[inline]
    fn node_ptr(
        self,
    ) -> ::ghost_runtime::__private::NodePtr<
        'arena,
        'id,
        Tree<'arena, 'id, 'src, K, V>,
    > {
        ::ghost_runtime::__private::RawNode::node_ptr(self.0)
    }
}
impl<'arena, 'id, 'src, K: Ord, V> ::core::ops::Deref
for TreeRef<'arena, 'id, 'src, K, V>
where
    V: Clone,
{
    type Target = ::ghost_runtime::__private::GhostCell<
        'id,
        Tree<'arena, 'id, 'src, K, V>,
    >;
    #[inline]
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}
#[automatically_derived]
impl<'arena, 'id, 'src, K: Ord, V> ::core::clone::Clone
for TreeRef<'arena, 'id, 'src, K, V>
where
    V: Clone,
{
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}
#[automatically_derived]
impl<'arena, 'id, 'src, K: Ord, V> ::core::marker::Copy
for TreeRef<'arena, 'id, 'src, K, V>
where
    V: Clone,
{}
#[automatically_derived]
impl<'arena, 'id, 'src, K: Ord, V> ::core::cmp::PartialEq
for TreeRef<'arena, 'id, 'src, K, V>
where
    V: Clone,
{
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
#[automatically_derived]
impl<'arena, 'id, 'src, K: Ord, V> ::core::cmp::Eq for TreeRef<'arena, 'id, 'src, K, V>
where
    V: Clone,
{}
#[automatically_derived]
impl<'arena, 'id, 'src, K: Ord, V> ::core::cmp::PartialOrd
for TreeRef<'arena, 'id, 'src, K, V>
where
    V: Clone,
{
    #[inline]
    fn partial_cmp(
        &self,
        other: &Self,
    ) -> ::core::option::Option<::core::cmp::Ordering> {
        ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
    }
}
#[automatically_derived]
impl<'arena, 'id, 'src, K: Ord, V> ::core::cmp::Ord for TreeRef<'arena, 'id, 'src, K, V>
where
    V: Clone,
{
    #[inline]
    fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
        ::core::cmp::Ord::cmp(&self.0, &other.0)
    }
}
#[automatically_derived]
impl<'arena, 'id, 'src, K: Ord, V> ::core::hash::Hash
for TreeRef<'arena, 'id, 'src, K, V>
where
    V: Clone,
{
    #[inline]
    fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
        ::core::hash::Hash::hash(&self.0, state);
    }
}
#[automatically_derived]
impl<'arena, 'id, 'src, K: Ord, V> ::core::fmt::Debug
for TreeRef<'arena, 'id, 'src, K, V>
where
    V: Clone,
{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_tuple("TreeRef").field(&self.0).finish()
    }
}
impl<'arena, 'id, 'src, K: Ord, V> Tree<'arena, 'id, 'src, K, V>
where
    V: Clone,
{
    /**Allocates a new `Tree` from `allocator` (a `&Graph`, `&GraphMut`, `&Allocator`, or `&graph.reusing(token)` to refill a removed node's slot), with the payload fields in declaration order; every link starts empty.

The node stays until it is removed, the arena is cleared, or the arena is dropped; its destructor runs when its slot is refilled, at the clear, or at the drop. A thread-safe arena (`Arena`) takes only `Send` payloads; a local one (`LocalArena`, the free `scope`) takes any.*/
    #[must_use = "a node is unreachable without its handle"]
    #[inline]
    pub(crate) fn new_in<A: ::ghost_runtime::__private::NodeAllocator<'arena, 'id>>(
        allocator: &A,
        key: K,
        value: V,
        label: &'src str,
    ) -> TreeRef<'arena, 'id, 'src, K, V>
    where
        Self: 'arena,
        A::Mode: ::ghost_runtime::__private::Stores<Self>,
    {
        Self::alloc_in(
            allocator,
            Self {
                key,
                value,
                label,
                next: ::core::option::Option::None,
                prev: ::core::option::Option::None,
            },
        )
    }
    ///Allocates `node`, written as a struct literal (links included), from `allocator` (a `&Graph`, `&GraphMut`, `&Allocator` or `&Reusing`).
    #[must_use = "a node is unreachable without its handle"]
    #[inline]
    pub(crate) fn alloc_in<A: ::ghost_runtime::__private::NodeAllocator<'arena, 'id>>(
        allocator: &A,
        node: Self,
    ) -> TreeRef<'arena, 'id, 'src, K, V>
    where
        Self: 'arena,
        A::Mode: ::ghost_runtime::__private::Stores<Self>,
    {
        ::ghost_runtime::__private::NodeAllocator::alloc_graph_node::<
            TreeRef<'arena, 'id, 'src, K, V>,
        >(allocator, node)
    }
}
///A `'static` key of a [`Tree`]: plain data (`Copy`, `Eq`, `Hash`, `Send`, `Sync`, 16 bytes) that outlives scopes. Made by [`TreeRef::key`], opened by `graph.get(key)` in a later `Arena::scope_mut` or `Arena::read`, which gives `None` once the node is removed.
pub(crate) type TreeKey<'src, K, V> = ::ghost_runtime::__private::Key<
    Tree<'static, 'static, 'src, K, V>,
>;
impl<'arena, 'id, 'src, K: Ord, V> ::ghost_runtime::__private::NodeKind<'arena, 'id>
for Tree<'static, 'static, 'src, K, V>
where
    V: Clone,
{
    type Ref = TreeRef<'arena, 'id, 'src, K, V>;
    type Ptr = ::ghost_runtime::__private::NodePtr<
        'arena,
        'id,
        Tree<'arena, 'id, 'src, K, V>,
    >;
    #[inline]
    fn from_ptr(
        ptr: ::ghost_runtime::__private::NodePtr<
            'arena,
            'id,
            Tree<'arena, 'id, 'src, K, V>,
        >,
    ) -> TreeRef<'arena, 'id, 'src, K, V> {
        TreeRef(ptr)
    }
    #[inline]
    fn into_ptr(
        node: TreeRef<'arena, 'id, 'src, K, V>,
    ) -> ::ghost_runtime::__private::NodePtr<
        'arena,
        'id,
        Tree<'arena, 'id, 'src, K, V>,
    > {
        node.0
    }
}
impl<'arena, 'id, 'src, K: Ord, V> ::ghost_runtime::__private::GraphNode<'arena, 'id>
for TreeRef<'arena, 'id, 'src, K, V>
where
    V: Clone,
{
    type Kind = Tree<'static, 'static, 'src, K, V>;
    #[inline]
    fn static_kind() -> ::core::option::Option<
        ::ghost_runtime::__private::StaticKind<Tree<'static, 'static, 'src, K, V>>,
    > {
        ::core::option::Option::None
    }
    fn detach_all(self, token: &mut ::ghost_runtime::__private::GhostToken<'id>) {
        ::ghost_runtime::__private::detach_field(
            self,
            token,
            |node: &mut Tree<'arena, 'id, 'src, K, V>| &mut node.next,
            |node: &mut Tree<'arena, 'id, 'src, K, V>| &mut node.prev,
        );
        ::ghost_runtime::__private::detach_field(
            self,
            token,
            |node: &mut Tree<'arena, 'id, 'src, K, V>| &mut node.prev,
            |node: &mut Tree<'arena, 'id, 'src, K, V>| &mut node.next,
        );
    }
}
impl<'arena, 'id, 'src, K: Ord, V> TreeRef<'arena, 'id, 'src, K, V>
where
    V: Clone,
{
    ///Shared access to this node's fields through the token. Unlike `GhostCell::borrow` (reached through `Deref`), the reference lives as long as the token borrow, not as long as this copy of the handle.
    #[must_use]
    #[inline]
    pub(crate) fn borrow<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t Tree<'arena, 'id, 'src, K, V> {
        self.0.borrow(token)
    }
    ///Exclusive access to this node's fields. It borrows the token mutably, so no reference into any `Tree` of this scope can be alive meanwhile.
    #[inline]
    pub(crate) fn borrow_mut<'t>(
        self,
        token: &'t mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t mut Tree<'arena, 'id, 'src, K, V> {
        self.0.borrow_mut(token)
    }
    ///This node's index: unique among the live nodes of its arena (of every type), small (about one per 8 bytes of the arena's nodes), and the same on every run of a program that makes the same nodes in the same order on one thread. Handles order by it (creation order) and `Debug` shows it. It stays with the node across scopes; a node that refills a removed node's slot takes that node's index, and after `Arena::clear` the same nodes get the same indices as in a new arena. Needs no token.
    #[must_use]
    #[inline]
    pub(crate) fn index(self) -> usize {
        self.0.index()
    }
    /**This node's [`TreeKey`]: plain `'static` data to keep outside the scope and open in a later `Arena::scope_mut` or `Arena::read` with `graph.get(key)`. Needs no token.

# Panics

If the node lies beyond the first 32 GiB of its arena's nodes.*/
    #[must_use]
    #[inline]
    pub(crate) fn key(self) -> TreeKey<'src, K, V> {
        ::ghost_runtime::__private::Key::new(self)
    }
    ///The node `next` points to, if any.
    #[must_use]
    #[inline]
    pub fn next<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<TreeRef<'arena, 'id, 'src, K, V>> {
        self.borrow(token).next
    }
    /**Links `next` to `other`, and `other`'s `prev` back to this node.

A single link that held another node lets go of it, and that node's side is cleared too (relinking `a -> c` where `a -> b` was clears `b`'s `prev`; a node with one `prev` leaves its previous one). Nothing changes if the two are already linked this way and one side is a single link.*/
    #[inline]
    pub fn link_next(
        self,
        other: TreeRef<'arena, 'id, 'src, K, V>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) {
        ::ghost_runtime::__private::link(
            self,
            other,
            token,
            |node: &mut Tree<'arena, 'id, 'src, K, V>| &mut node.next,
            |node: &mut Tree<'arena, 'id, 'src, K, V>| &mut node.prev,
        )
    }
    ///Clears `next` and removes this node from the former target's `prev`; returns the former target.
    #[inline]
    pub fn unlink_next(
        self,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<TreeRef<'arena, 'id, 'src, K, V>> {
        ::ghost_runtime::__private::take_link(
            self,
            token,
            |node: &mut Tree<'arena, 'id, 'src, K, V>| &mut node.next,
            |node: &mut Tree<'arena, 'id, 'src, K, V>| &mut node.prev,
        )
    }
    /**Iterates from this node (included) along `next`, until a node whose `next` is `None`.

On a cycle it never ends: bound it with `take`, or stop at a node seen before.*/
    #[inline]
    pub fn iter_next<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> impl ::core::iter::Iterator<Item = Self> {
        ::ghost_runtime::__private::follow(
            self,
            token,
            |node: &Tree<'arena, 'id, 'src, K, V>| node.next,
        )
    }
    ///The node `prev` points to, if any.
    #[must_use]
    #[inline]
    pub fn prev<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<TreeRef<'arena, 'id, 'src, K, V>> {
        self.borrow(token).prev
    }
    /**Links `prev` to `other`, and `other`'s `next` back to this node.

A single link that held another node lets go of it, and that node's side is cleared too (relinking `a -> c` where `a -> b` was clears `b`'s `next`; a node with one `next` leaves its previous one). Nothing changes if the two are already linked this way and one side is a single link.*/
    #[inline]
    pub fn link_prev(
        self,
        other: TreeRef<'arena, 'id, 'src, K, V>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) {
        ::ghost_runtime::__private::link(
            self,
            other,
            token,
            |node: &mut Tree<'arena, 'id, 'src, K, V>| &mut node.prev,
            |node: &mut Tree<'arena, 'id, 'src, K, V>| &mut node.next,
        )
    }
    ///Clears `prev` and removes this node from the former target's `next`; returns the former target.
    #[inline]
    pub fn unlink_prev(
        self,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<TreeRef<'arena, 'id, 'src, K, V>> {
        ::ghost_runtime::__private::take_link(
            self,
            token,
            |node: &mut Tree<'arena, 'id, 'src, K, V>| &mut node.prev,
            |node: &mut Tree<'arena, 'id, 'src, K, V>| &mut node.next,
        )
    }
    /**Iterates from this node (included) along `prev`, until a node whose `prev` is `None`.

On a cycle it never ends: bound it with `take`, or stop at a node seen before.*/
    #[inline]
    pub fn iter_prev<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> impl ::core::iter::Iterator<Item = Self> {
        ::ghost_runtime::__private::follow(
            self,
            token,
            |node: &Tree<'arena, 'id, 'src, K, V>| node.prev,
        )
    }
}
