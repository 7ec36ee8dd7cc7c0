pub struct Node<'arena, 'id> {
    pub val: String,
    pub next: ::core::option::Option<NodeRef<'arena, 'id>>,
    pub prev: ::core::option::Option<NodeRef<'arena, 'id>>,
}
/**A copyable handle to a [`Node`] in a ghost-graph arena, branded with the scope's `'id`.

Compares and hashes by identity, orders by [`index`](Self::index) (creation order), and its `Debug` shows that index only (`NodeRef(12)`), the same on every run, so printing never follows a cycle. Derefs to the `GhostCell` holding the node: that cell's `replace` and `take` write the whole node, links included, and leave the other ends of its links as they were; relink with the generated `link_*` and `unlink_*` methods.*/
pub struct NodeRef<'arena, 'id>(
    ::ghost_runtime::__private::NodePtr<'arena, 'id, Node<'arena, 'id>>,
);
impl<'arena, 'id> ::ghost_runtime::__private::NodeHandle<'arena, 'id>
for NodeRef<'arena, 'id> {
    type Data = Node<'arena, 'id>;
    #[inline]
    fn node_ptr(
        self,
    ) -> ::ghost_runtime::__private::NodePtr<'arena, 'id, Node<'arena, 'id>> {
        ::ghost_runtime::__private::RawNode::node_ptr(self.0)
    }
}
impl<'arena, 'id> ::core::ops::Deref for NodeRef<'arena, 'id> {
    type Target = ::ghost_runtime::__private::GhostCell<'id, Node<'arena, 'id>>;
    #[inline]
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::clone::Clone for NodeRef<'arena, 'id> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::marker::Copy for NodeRef<'arena, 'id> {}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::PartialEq for NodeRef<'arena, 'id> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::Eq for NodeRef<'arena, 'id> {}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::PartialOrd for NodeRef<'arena, 'id> {
    #[inline]
    fn partial_cmp(
        &self,
        other: &Self,
    ) -> ::core::option::Option<::core::cmp::Ordering> {
        ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::Ord for NodeRef<'arena, 'id> {
    #[inline]
    fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
        ::core::cmp::Ord::cmp(&self.0, &other.0)
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::hash::Hash for NodeRef<'arena, 'id> {
    #[inline]
    fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
        ::core::hash::Hash::hash(&self.0, state);
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::fmt::Debug for NodeRef<'arena, 'id> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_tuple("NodeRef").field(&self.0).finish()
    }
}
impl<'arena, 'id> Node<'arena, 'id> {
    /**Allocates a new `Node` from `allocator` (a `&Graph`, `&GraphMut`, `&Allocator`, or `&graph.reusing(token)` to refill a removed node's slot), with the payload fields in declaration order; every link starts empty.

The node stays until it is removed, the arena is cleared, or the arena is dropped; its destructor runs when its slot is refilled, at the clear, or at the drop. A thread-safe arena (`Arena`) takes only `Send` payloads; a local one (`LocalArena`, the free `scope`) takes any.*/
    #[must_use = "a node is unreachable without its handle"]
    #[inline]
    pub fn new_in<A: ::ghost_runtime::__private::NodeAllocator<'arena, 'id>>(
        allocator: &A,
        val: String,
    ) -> NodeRef<'arena, 'id>
    where
        Self: 'arena,
        A::Mode: ::ghost_runtime::__private::Stores<Self>,
    {
        Self::alloc_in(
            allocator,
            Self {
                val,
                next: ::core::option::Option::None,
                prev: ::core::option::Option::None,
            },
        )
    }
    ///Allocates `node`, written as a struct literal (links included), from `allocator` (a `&Graph`, `&GraphMut`, `&Allocator` or `&Reusing`).
    #[must_use = "a node is unreachable without its handle"]
    #[inline]
    pub fn alloc_in<A: ::ghost_runtime::__private::NodeAllocator<'arena, 'id>>(
        allocator: &A,
        node: Self,
    ) -> NodeRef<'arena, 'id>
    where
        Self: 'arena,
        A::Mode: ::ghost_runtime::__private::Stores<Self>,
    {
        ::ghost_runtime::__private::NodeAllocator::alloc_graph_node::<
            NodeRef<'arena, 'id>,
        >(allocator, node)
    }
    ///Runs `f` with a fresh arena and token for `Node` graphs; the same as `::ghost_runtime::scope`.
    pub fn scope<'src, R>(
        f: impl for<'i> ::core::ops::FnOnce(
            &::ghost_runtime::__private::GraphIn<
                'src,
                'i,
                'i,
                ::ghost_runtime::__private::Local,
            >,
            &mut ::ghost_runtime::__private::GhostToken<'i>,
        ) -> R,
    ) -> R {
        ::ghost_runtime::__private::scope(f)
    }
}
///A `'static` key of a [`Node`]: plain data (`Copy`, `Eq`, `Hash`, `Send`, `Sync`, 16 bytes) that outlives scopes. Made by [`NodeRef::key`], opened by `graph.get(key)` in a later `Arena::scope_mut` or `Arena::read`, which gives `None` once the node is removed.
pub type NodeKey = ::ghost_runtime::__private::Key<Node<'static, 'static>>;
impl<'arena, 'id> ::ghost_runtime::__private::NodeKind<'arena, 'id>
for Node<'static, 'static> {
    type Ref = NodeRef<'arena, 'id>;
    type Ptr = ::ghost_runtime::__private::NodePtr<'arena, 'id, Node<'arena, 'id>>;
    #[inline]
    fn from_ptr(
        ptr: ::ghost_runtime::__private::NodePtr<'arena, 'id, Node<'arena, 'id>>,
    ) -> NodeRef<'arena, 'id> {
        NodeRef(ptr)
    }
    #[inline]
    fn into_ptr(
        node: NodeRef<'arena, 'id>,
    ) -> ::ghost_runtime::__private::NodePtr<'arena, 'id, Node<'arena, 'id>> {
        node.0
    }
}
impl<'arena, 'id> ::ghost_runtime::__private::GraphNode<'arena, 'id>
for NodeRef<'arena, 'id> {
    type Kind = Node<'static, 'static>;
    #[inline]
    fn static_kind() -> ::core::option::Option<
        ::ghost_runtime::__private::StaticKind<Node<'static, 'static>>,
    > {
        ::core::option::Option::Some(::ghost_runtime::__private::StaticKind::of())
    }
    fn detach_all(self, token: &mut ::ghost_runtime::__private::GhostToken<'id>) {
        ::ghost_runtime::__private::detach_field(
            self,
            token,
            |node: &mut Node<'arena, 'id>| &mut node.next,
            |node: &mut Node<'arena, 'id>| &mut node.prev,
        );
        ::ghost_runtime::__private::detach_field(
            self,
            token,
            |node: &mut Node<'arena, 'id>| &mut node.prev,
            |node: &mut Node<'arena, 'id>| &mut node.next,
        );
    }
}
impl<'arena, 'id> NodeRef<'arena, 'id> {
    ///Shared access to this node's fields through the token. Unlike `GhostCell::borrow` (reached through `Deref`), the reference lives as long as the token borrow, not as long as this copy of the handle.
    #[must_use]
    #[inline]
    pub fn borrow<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t Node<'arena, 'id> {
        self.0.borrow(token)
    }
    ///Exclusive access to this node's fields. It borrows the token mutably, so no reference into any `Node` of this scope can be alive meanwhile.
    #[inline]
    pub fn borrow_mut<'t>(
        self,
        token: &'t mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t mut Node<'arena, 'id> {
        self.0.borrow_mut(token)
    }
    ///This node's index: unique among the live nodes of its arena (of every type), small (about one per 8 bytes of the arena's nodes), and the same on every run of a program that makes the same nodes in the same order on one thread. Handles order by it (creation order) and `Debug` shows it. It stays with the node across scopes; a node that refills a removed node's slot takes that node's index, and after `Arena::clear` the same nodes get the same indices as in a new arena. Needs no token.
    #[must_use]
    #[inline]
    pub fn index(self) -> usize {
        self.0.index()
    }
    /**This node's [`NodeKey`]: plain `'static` data to keep outside the scope and open in a later `Arena::scope_mut` or `Arena::read` with `graph.get(key)`. Needs no token.

# Panics

If the node lies beyond the first 32 GiB of its arena's nodes.*/
    #[must_use]
    #[inline]
    pub fn key(self) -> NodeKey {
        ::ghost_runtime::__private::Key::new(self)
    }
    ///The node `next` points to, if any.
    #[must_use]
    #[inline]
    pub fn next<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<NodeRef<'arena, 'id>> {
        self.borrow(token).next
    }
    /**Links `next` to `other`, and `other`'s `prev` back to this node.

A single link that held another node lets go of it, and that node's side is cleared too (relinking `a -> c` where `a -> b` was clears `b`'s `prev`; a node with one `prev` leaves its previous one). Nothing changes if the two are already linked this way and one side is a single link.*/
    #[inline]
    pub fn link_next(
        self,
        other: NodeRef<'arena, 'id>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) {
        ::ghost_runtime::__private::link(
            self,
            other,
            token,
            |node: &mut Node<'arena, 'id>| &mut node.next,
            |node: &mut Node<'arena, 'id>| &mut node.prev,
        )
    }
    ///Clears `next` and removes this node from the former target's `prev`; returns the former target.
    #[inline]
    pub fn unlink_next(
        self,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<NodeRef<'arena, 'id>> {
        ::ghost_runtime::__private::take_link(
            self,
            token,
            |node: &mut Node<'arena, 'id>| &mut node.next,
            |node: &mut Node<'arena, 'id>| &mut node.prev,
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
            |node: &Node<'arena, 'id>| node.next,
        )
    }
    ///The node `prev` points to, if any.
    #[must_use]
    #[inline]
    pub fn prev<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<NodeRef<'arena, 'id>> {
        self.borrow(token).prev
    }
    /**Links `prev` to `other`, and `other`'s `next` back to this node.

A single link that held another node lets go of it, and that node's side is cleared too (relinking `a -> c` where `a -> b` was clears `b`'s `next`; a node with one `next` leaves its previous one). Nothing changes if the two are already linked this way and one side is a single link.*/
    #[inline]
    pub fn link_prev(
        self,
        other: NodeRef<'arena, 'id>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) {
        ::ghost_runtime::__private::link(
            self,
            other,
            token,
            |node: &mut Node<'arena, 'id>| &mut node.prev,
            |node: &mut Node<'arena, 'id>| &mut node.next,
        )
    }
    ///Clears `prev` and removes this node from the former target's `next`; returns the former target.
    #[inline]
    pub fn unlink_prev(
        self,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<NodeRef<'arena, 'id>> {
        ::ghost_runtime::__private::take_link(
            self,
            token,
            |node: &mut Node<'arena, 'id>| &mut node.prev,
            |node: &mut Node<'arena, 'id>| &mut node.next,
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
            |node: &Node<'arena, 'id>| node.prev,
        )
    }
}
