pub struct Vertex<'arena, 'id> {
    pub id: u32,
    pub succ: ::ghost_runtime::__private::Vec<VertexRef<'arena, 'id>>,
    pub pred: ::ghost_runtime::__private::Vec<VertexRef<'arena, 'id>>,
    pub neighbors: ::ghost_runtime::__private::Vec<VertexRef<'arena, 'id>>,
}
/**A copyable handle to a [`Vertex`] in a ghost-graph arena, branded with the scope's `'id`.

Compares and hashes by identity, orders by [`index`](Self::index) (creation order), and its `Debug` shows that index only (`NodeRef(12)`), the same on every run, so printing never follows a cycle. Derefs to the `GhostCell` holding the node: that cell's `replace` and `take` write the whole node, links included, and leave the other ends of its links as they were; relink with the generated `link_*` and `unlink_*` methods.*/
pub struct VertexRef<'arena, 'id>(
    ::ghost_runtime::__private::NodePtr<'arena, 'id, Vertex<'arena, 'id>>,
);
impl<'arena, 'id> ::ghost_runtime::__private::NodeHandle<'arena, 'id>
for VertexRef<'arena, 'id> {
    type Data = Vertex<'arena, 'id>;
    #[inline]
    fn node_ptr(
        self,
    ) -> ::ghost_runtime::__private::NodePtr<'arena, 'id, Vertex<'arena, 'id>> {
        ::ghost_runtime::__private::RawNode::node_ptr(self.0)
    }
}
impl<'arena, 'id> ::core::ops::Deref for VertexRef<'arena, 'id> {
    type Target = ::ghost_runtime::__private::GhostCell<'id, Vertex<'arena, 'id>>;
    #[inline]
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::clone::Clone for VertexRef<'arena, 'id> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::marker::Copy for VertexRef<'arena, 'id> {}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::PartialEq for VertexRef<'arena, 'id> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::Eq for VertexRef<'arena, 'id> {}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::PartialOrd for VertexRef<'arena, 'id> {
    #[inline]
    fn partial_cmp(
        &self,
        other: &Self,
    ) -> ::core::option::Option<::core::cmp::Ordering> {
        ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::Ord for VertexRef<'arena, 'id> {
    #[inline]
    fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
        ::core::cmp::Ord::cmp(&self.0, &other.0)
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::hash::Hash for VertexRef<'arena, 'id> {
    #[inline]
    fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
        ::core::hash::Hash::hash(&self.0, state);
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::fmt::Debug for VertexRef<'arena, 'id> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_tuple("VertexRef").field(&self.0).finish()
    }
}
impl<'arena, 'id> Vertex<'arena, 'id> {
    /**Allocates a new `Vertex` from `allocator` (a `&Graph`, `&GraphMut`, `&Allocator`, or `&graph.reusing(token)` to refill a removed node's slot), with the payload fields in declaration order; every link starts empty.

The node stays until it is removed, the arena is cleared, or the arena is dropped; its destructor runs when its slot is refilled, at the clear, or at the drop. A thread-safe arena (`Arena`) takes only `Send` payloads; a local one (`LocalArena`, the free `scope`) takes any.*/
    #[must_use = "a node is unreachable without its handle"]
    #[inline]
    pub fn new_in<A: ::ghost_runtime::__private::NodeAllocator<'arena, 'id>>(
        allocator: &A,
        id: u32,
    ) -> VertexRef<'arena, 'id>
    where
        Self: 'arena,
        A::Mode: ::ghost_runtime::__private::Stores<Self>,
    {
        Self::alloc_in(
            allocator,
            Self {
                id,
                succ: ::ghost_runtime::__private::Vec::new(),
                pred: ::ghost_runtime::__private::Vec::new(),
                neighbors: ::ghost_runtime::__private::Vec::new(),
            },
        )
    }
    ///Allocates `node`, written as a struct literal (links included), from `allocator` (a `&Graph`, `&GraphMut`, `&Allocator` or `&Reusing`).
    #[must_use = "a node is unreachable without its handle"]
    #[inline]
    pub fn alloc_in<A: ::ghost_runtime::__private::NodeAllocator<'arena, 'id>>(
        allocator: &A,
        node: Self,
    ) -> VertexRef<'arena, 'id>
    where
        Self: 'arena,
        A::Mode: ::ghost_runtime::__private::Stores<Self>,
    {
        ::ghost_runtime::__private::NodeAllocator::alloc_graph_node::<
            VertexRef<'arena, 'id>,
        >(allocator, node)
    }
    ///Runs `f` with a fresh arena and token for `Vertex` graphs; the same as `::ghost_runtime::scope`.
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
///A `'static` key of a [`Vertex`]: plain data (`Copy`, `Eq`, `Hash`, `Send`, `Sync`, 16 bytes) that outlives scopes. Made by [`VertexRef::key`], opened by `graph.get(key)` in a later `Arena::scope_mut` or `Arena::read`, which gives `None` once the node is removed.
pub type VertexKey = ::ghost_runtime::__private::Key<Vertex<'static, 'static>>;
impl<'arena, 'id> ::ghost_runtime::__private::NodeKind<'arena, 'id>
for Vertex<'static, 'static> {
    type Ref = VertexRef<'arena, 'id>;
    type Ptr = ::ghost_runtime::__private::NodePtr<'arena, 'id, Vertex<'arena, 'id>>;
    #[inline]
    fn from_ptr(
        ptr: ::ghost_runtime::__private::NodePtr<'arena, 'id, Vertex<'arena, 'id>>,
    ) -> VertexRef<'arena, 'id> {
        VertexRef(ptr)
    }
    #[inline]
    fn into_ptr(
        node: VertexRef<'arena, 'id>,
    ) -> ::ghost_runtime::__private::NodePtr<'arena, 'id, Vertex<'arena, 'id>> {
        node.0
    }
}
impl<'arena, 'id> ::ghost_runtime::__private::GraphNode<'arena, 'id>
for VertexRef<'arena, 'id> {
    type Kind = Vertex<'static, 'static>;
    #[inline]
    fn static_kind() -> ::core::option::Option<
        ::ghost_runtime::__private::StaticKind<Vertex<'static, 'static>>,
    > {
        ::core::option::Option::Some(::ghost_runtime::__private::StaticKind::of())
    }
    fn detach_all(self, token: &mut ::ghost_runtime::__private::GhostToken<'id>) {
        ::ghost_runtime::__private::detach_field(
            self,
            token,
            |node: &mut Vertex<'arena, 'id>| &mut node.succ,
            |node: &mut Vertex<'arena, 'id>| &mut node.pred,
        );
        ::ghost_runtime::__private::detach_field(
            self,
            token,
            |node: &mut Vertex<'arena, 'id>| &mut node.pred,
            |node: &mut Vertex<'arena, 'id>| &mut node.succ,
        );
        ::ghost_runtime::__private::detach_symmetric(
            self,
            token,
            |node: &mut Vertex<'arena, 'id>| &mut node.neighbors,
        );
    }
}
impl<'arena, 'id> VertexRef<'arena, 'id> {
    ///Shared access to this node's fields through the token. Unlike `GhostCell::borrow` (reached through `Deref`), the reference lives as long as the token borrow, not as long as this copy of the handle.
    #[must_use]
    #[inline]
    pub fn borrow<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t Vertex<'arena, 'id> {
        self.0.borrow(token)
    }
    ///Exclusive access to this node's fields. It borrows the token mutably, so no reference into any `Vertex` of this scope can be alive meanwhile.
    #[inline]
    pub fn borrow_mut<'t>(
        self,
        token: &'t mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t mut Vertex<'arena, 'id> {
        self.0.borrow_mut(token)
    }
    ///This node's index: unique among the live nodes of its arena (of every type), small (about one per 8 bytes of the arena's nodes), and the same on every run of a program that makes the same nodes in the same order on one thread. Handles order by it (creation order) and `Debug` shows it. It stays with the node across scopes; a node that refills a removed node's slot takes that node's index, and after `Arena::clear` the same nodes get the same indices as in a new arena. Needs no token.
    #[must_use]
    #[inline]
    pub fn index(self) -> usize {
        self.0.index()
    }
    /**This node's [`VertexKey`]: plain `'static` data to keep outside the scope and open in a later `Arena::scope_mut` or `Arena::read` with `graph.get(key)`. Needs no token.

# Panics

If the node lies beyond the first 32 GiB of its arena's nodes.*/
    #[must_use]
    #[inline]
    pub fn key(self) -> VertexKey {
        ::ghost_runtime::__private::Key::new(self)
    }
    ///The nodes `succ` points to, in link order.
    #[must_use]
    #[inline]
    pub fn succ<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t [VertexRef<'arena, 'id>] {
        &self.borrow(token).succ
    }
    /**Links `succ` to `other`, and `other`'s `pred` back to this node.

A single link that held another node lets go of it, and that node's side is cleared too (relinking `a -> c` where `a -> b` was clears `b`'s `pred`; a node with one `pred` leaves its previous one). Nothing changes if the two are already linked this way and one side is a single link.*/
    #[inline]
    pub fn link_succ(
        self,
        other: VertexRef<'arena, 'id>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) {
        ::ghost_runtime::__private::link(
            self,
            other,
            token,
            |node: &mut Vertex<'arena, 'id>| &mut node.succ,
            |node: &mut Vertex<'arena, 'id>| &mut node.pred,
        )
    }
    ///Removes one `other` from `succ` and this node from `other`'s `pred`; `false` if there was no such link.
    #[inline]
    pub fn unlink_succ(
        self,
        other: VertexRef<'arena, 'id>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> bool {
        ::ghost_runtime::__private::unlink(
            self,
            other,
            token,
            |node: &mut Vertex<'arena, 'id>| &mut node.succ,
            |node: &mut Vertex<'arena, 'id>| &mut node.pred,
        )
    }
    ///The nodes `pred` points to, in link order.
    #[must_use]
    #[inline]
    pub fn pred<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t [VertexRef<'arena, 'id>] {
        &self.borrow(token).pred
    }
    /**Links `pred` to `other`, and `other`'s `succ` back to this node.

A single link that held another node lets go of it, and that node's side is cleared too (relinking `a -> c` where `a -> b` was clears `b`'s `succ`; a node with one `succ` leaves its previous one). Nothing changes if the two are already linked this way and one side is a single link.*/
    #[inline]
    pub fn link_pred(
        self,
        other: VertexRef<'arena, 'id>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) {
        ::ghost_runtime::__private::link(
            self,
            other,
            token,
            |node: &mut Vertex<'arena, 'id>| &mut node.pred,
            |node: &mut Vertex<'arena, 'id>| &mut node.succ,
        )
    }
    ///Removes one `other` from `pred` and this node from `other`'s `succ`; `false` if there was no such link.
    #[inline]
    pub fn unlink_pred(
        self,
        other: VertexRef<'arena, 'id>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> bool {
        ::ghost_runtime::__private::unlink(
            self,
            other,
            token,
            |node: &mut Vertex<'arena, 'id>| &mut node.pred,
            |node: &mut Vertex<'arena, 'id>| &mut node.succ,
        )
    }
    ///The nodes `neighbors` points to, in link order.
    #[must_use]
    #[inline]
    pub fn neighbors<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t [VertexRef<'arena, 'id>] {
        &self.borrow(token).neighbors
    }
    ///Records an undirected edge: `other` in this node's `neighbors` and this node in `other`'s (a loop is recorded once).
    #[inline]
    pub fn link_neighbors(
        self,
        other: VertexRef<'arena, 'id>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) {
        ::ghost_runtime::__private::link_symmetric(
            self,
            other,
            token,
            |node: &mut Vertex<'arena, 'id>| &mut node.neighbors,
        )
    }
    ///Removes one undirected edge to `other` from both ends; `false` if there was none.
    #[inline]
    pub fn unlink_neighbors(
        self,
        other: VertexRef<'arena, 'id>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> bool {
        ::ghost_runtime::__private::unlink_symmetric(
            self,
            other,
            token,
            |node: &mut Vertex<'arena, 'id>| &mut node.neighbors,
        )
    }
}
