struct Clash<'arena, 'id, 't, H, A> {
    name: &'t str,
    hasher: H,
    items: Vec<A>,
    next: ::core::option::Option<ClashRef<'arena, 'id, 't, H, A>>,
}
/**A copyable handle to a [`Clash`] in a ghost-graph arena, branded with the scope's `'id`.

Compares and hashes by identity, orders by [`index`](Self::index) (creation order), and its `Debug` shows that index only (`NodeRef(12)`), the same on every run, so printing never follows a cycle. Derefs to the `GhostCell` holding the node: that cell's `replace` and `take` write the whole node, links included, and leave the other ends of its links as they were; relink with the generated `link_*` and `unlink_*` methods.*/
struct ClashRef<'arena, 'id, 't, H, A>(
    ::ghost_runtime::__private::NodePtr<'arena, 'id, Clash<'arena, 'id, 't, H, A>>,
);
impl<'arena, 'id, 't, H, A> ::ghost_runtime::__private::NodeHandle<'arena, 'id>
for ClashRef<'arena, 'id, 't, H, A> {
    type Data = Clash<'arena, 'id, 't, H, A>;
    #[inline]
    fn node_ptr(
        self,
    ) -> ::ghost_runtime::__private::NodePtr<'arena, 'id, Clash<'arena, 'id, 't, H, A>> {
        ::ghost_runtime::__private::RawNode::node_ptr(self.0)
    }
}
impl<'arena, 'id, 't, H, A> ::core::ops::Deref for ClashRef<'arena, 'id, 't, H, A> {
    type Target = ::ghost_runtime::__private::GhostCell<
        'id,
        Clash<'arena, 'id, 't, H, A>,
    >;
    #[inline]
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}
#[automatically_derived]
impl<'arena, 'id, 't, H, A> ::core::clone::Clone for ClashRef<'arena, 'id, 't, H, A> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}
#[automatically_derived]
impl<'arena, 'id, 't, H, A> ::core::marker::Copy for ClashRef<'arena, 'id, 't, H, A> {}
#[automatically_derived]
impl<'arena, 'id, 't, H, A> ::core::cmp::PartialEq for ClashRef<'arena, 'id, 't, H, A> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
#[automatically_derived]
impl<'arena, 'id, 't, H, A> ::core::cmp::Eq for ClashRef<'arena, 'id, 't, H, A> {}
#[automatically_derived]
impl<'arena, 'id, 't, H, A> ::core::cmp::PartialOrd for ClashRef<'arena, 'id, 't, H, A> {
    #[inline]
    fn partial_cmp(
        &self,
        other: &Self,
    ) -> ::core::option::Option<::core::cmp::Ordering> {
        ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
    }
}
#[automatically_derived]
impl<'arena, 'id, 't, H, A> ::core::cmp::Ord for ClashRef<'arena, 'id, 't, H, A> {
    #[inline]
    fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
        ::core::cmp::Ord::cmp(&self.0, &other.0)
    }
}
#[automatically_derived]
impl<'arena, 'id, 't, H, A> ::core::hash::Hash for ClashRef<'arena, 'id, 't, H, A> {
    #[inline]
    fn hash<H_: ::core::hash::Hasher>(&self, state: &mut H_) {
        ::core::hash::Hash::hash(&self.0, state);
    }
}
#[automatically_derived]
impl<'arena, 'id, 't, H, A> ::core::fmt::Debug for ClashRef<'arena, 'id, 't, H, A> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_tuple("ClashRef").field(&self.0).finish()
    }
}
impl<'arena, 'id, 't, H, A> Clash<'arena, 'id, 't, H, A> {
    /**Allocates a new `Clash` from `allocator` (a `&Graph`, `&GraphMut`, `&Allocator`, or `&graph.reusing(token)` to refill a removed node's slot), with the payload fields in declaration order; every link starts empty.

The node stays until it is removed, the arena is cleared, or the arena is dropped; its destructor runs when its slot is refilled, at the clear, or at the drop. A thread-safe arena (`Arena`) takes only `Send` payloads; a local one (`LocalArena`, the free `scope`) takes any.*/
    #[must_use = "a node is unreachable without its handle"]
    #[inline]
    fn new_in<A_: ::ghost_runtime::__private::NodeAllocator<'arena, 'id>>(
        allocator: &A_,
        name: &'t str,
        hasher: H,
        items: Vec<A>,
    ) -> ClashRef<'arena, 'id, 't, H, A>
    where
        Self: 'arena,
        A_::Mode: ::ghost_runtime::__private::Stores<Self>,
    {
        Self::alloc_in(
            allocator,
            Self {
                name,
                hasher,
                items,
                next: ::core::option::Option::None,
            },
        )
    }
    ///Allocates `node`, written as a struct literal (links included), from `allocator` (a `&Graph`, `&GraphMut`, `&Allocator` or `&Reusing`).
    #[must_use = "a node is unreachable without its handle"]
    #[inline]
    fn alloc_in<A_: ::ghost_runtime::__private::NodeAllocator<'arena, 'id>>(
        allocator: &A_,
        node: Self,
    ) -> ClashRef<'arena, 'id, 't, H, A>
    where
        Self: 'arena,
        A_::Mode: ::ghost_runtime::__private::Stores<Self>,
    {
        ::ghost_runtime::__private::NodeAllocator::alloc_graph_node::<
            ClashRef<'arena, 'id, 't, H, A>,
        >(allocator, node)
    }
}
///A `'static` key of a [`Clash`]: plain data (`Copy`, `Eq`, `Hash`, `Send`, `Sync`, 16 bytes) that outlives scopes. Made by [`ClashRef::key`], opened by `graph.get(key)` in a later `Arena::scope_mut` or `Arena::read`, which gives `None` once the node is removed.
type ClashKey<'t, H, A> = ::ghost_runtime::__private::Key<
    Clash<'static, 'static, 't, H, A>,
>;
impl<'arena, 'id, 't, H, A> ::ghost_runtime::__private::NodeKind<'arena, 'id>
for Clash<'static, 'static, 't, H, A> {
    type Ref = ClashRef<'arena, 'id, 't, H, A>;
    type Ptr = ::ghost_runtime::__private::NodePtr<
        'arena,
        'id,
        Clash<'arena, 'id, 't, H, A>,
    >;
    #[inline]
    fn from_ptr(
        ptr: ::ghost_runtime::__private::NodePtr<
            'arena,
            'id,
            Clash<'arena, 'id, 't, H, A>,
        >,
    ) -> ClashRef<'arena, 'id, 't, H, A> {
        ClashRef(ptr)
    }
    #[inline]
    fn into_ptr(
        node: ClashRef<'arena, 'id, 't, H, A>,
    ) -> ::ghost_runtime::__private::NodePtr<'arena, 'id, Clash<'arena, 'id, 't, H, A>> {
        node.0
    }
}
impl<'arena, 'id, 't, H, A> ::ghost_runtime::__private::GraphNode<'arena, 'id>
for ClashRef<'arena, 'id, 't, H, A> {
    type Kind = Clash<'static, 'static, 't, H, A>;
    #[inline]
    fn static_kind() -> ::core::option::Option<
        ::ghost_runtime::__private::StaticKind<Clash<'static, 'static, 't, H, A>>,
    > {
        ::core::option::Option::None
    }
    fn detach_all(self, token: &mut ::ghost_runtime::__private::GhostToken<'id>) {
        ::ghost_runtime::__private::clear_field(
            self,
            token,
            |node: &mut Clash<'arena, 'id, 't, H, A>| &mut node.next,
        );
    }
}
impl<'arena, 'id, 't, H, A> ClashRef<'arena, 'id, 't, H, A> {
    ///Shared access to this node's fields through the token. Unlike `GhostCell::borrow` (reached through `Deref`), the reference lives as long as the token borrow, not as long as this copy of the handle.
    #[must_use]
    #[inline]
    fn borrow<'t_>(
        self,
        token: &'t_ ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t_ Clash<'arena, 'id, 't, H, A> {
        self.0.borrow(token)
    }
    ///Exclusive access to this node's fields. It borrows the token mutably, so no reference into any `Clash` of this scope can be alive meanwhile.
    #[inline]
    fn borrow_mut<'t_>(
        self,
        token: &'t_ mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t_ mut Clash<'arena, 'id, 't, H, A> {
        self.0.borrow_mut(token)
    }
    ///This node's index: unique among the live nodes of its arena (of every type), small (about one per 8 bytes of the arena's nodes), and the same on every run of a program that makes the same nodes in the same order on one thread. Handles order by it (creation order) and `Debug` shows it. It stays with the node across scopes; a node that refills a removed node's slot takes that node's index, and after `Arena::clear` the same nodes get the same indices as in a new arena. Needs no token.
    #[must_use]
    #[inline]
    fn index(self) -> usize {
        self.0.index()
    }
    /**This node's [`ClashKey`]: plain `'static` data to keep outside the scope and open in a later `Arena::scope_mut` or `Arena::read` with `graph.get(key)`. Needs no token.

# Panics

If the node lies beyond the first 32 GiB of its arena's nodes.*/
    #[must_use]
    #[inline]
    fn key(self) -> ClashKey<'t, H, A> {
        ::ghost_runtime::__private::Key::new(self)
    }
    ///The node `next` points to, if any.
    #[must_use]
    #[inline]
    fn next<'t_>(
        self,
        token: &'t_ ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<ClashRef<'arena, 'id, 't, H, A>> {
        self.borrow(token).next
    }
    ///Points `next` at `other` (this link has no inverse to keep in step).
    #[inline]
    fn link_next(
        self,
        other: ClashRef<'arena, 'id, 't, H, A>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) {
        self.borrow_mut(token).next = ::core::option::Option::Some(other);
    }
    ///Clears `next`; returns the node it pointed to.
    #[inline]
    fn unlink_next(
        self,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<ClashRef<'arena, 'id, 't, H, A>> {
        self.borrow_mut(token).next.take()
    }
    /**Iterates from this node (included) along `next`, until a node whose `next` is `None`.

On a cycle it never ends: bound it with `take`, or stop at a node seen before.*/
    #[inline]
    fn iter_next<'t_>(
        self,
        token: &'t_ ::ghost_runtime::__private::GhostToken<'id>,
    ) -> impl ::core::iter::Iterator<Item = Self> {
        ::ghost_runtime::__private::follow(
            self,
            token,
            |node: &Clash<'arena, 'id, 't, H, A>| node.next,
        )
    }
}
