pub struct Dir<'arena, 'id> {
    pub name: String,
    pub children: ::ghost_runtime::__private::Vec<DirRef<'arena, 'id>>,
    pub parent: ::core::option::Option<DirRef<'arena, 'id>>,
}
/**A copyable handle to a [`Dir`] in a ghost-graph arena, branded with the scope's `'id`.

Compares and hashes by identity, orders by [`index`](Self::index) (creation order), and its `Debug` shows that index only (`NodeRef(12)`), the same on every run, so printing never follows a cycle. Derefs to the `GhostCell` holding the node: that cell's `replace` and `take` write the whole node, links included, and leave the other ends of its links as they were; relink with the generated `link_*` and `unlink_*` methods.*/
pub struct DirRef<'arena, 'id>(
    ::ghost_runtime::__private::NodePtr<'arena, 'id, Dir<'arena, 'id>>,
);
impl<'arena, 'id> ::ghost_runtime::__private::NodeHandle<'arena, 'id>
for DirRef<'arena, 'id> {
    type Data = Dir<'arena, 'id>;
    #[inline]
    fn node_ptr(
        self,
    ) -> ::ghost_runtime::__private::NodePtr<'arena, 'id, Dir<'arena, 'id>> {
        ::ghost_runtime::__private::RawNode::node_ptr(self.0)
    }
}
impl<'arena, 'id> ::core::ops::Deref for DirRef<'arena, 'id> {
    type Target = ::ghost_runtime::__private::GhostCell<'id, Dir<'arena, 'id>>;
    #[inline]
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::clone::Clone for DirRef<'arena, 'id> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::marker::Copy for DirRef<'arena, 'id> {}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::PartialEq for DirRef<'arena, 'id> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::Eq for DirRef<'arena, 'id> {}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::PartialOrd for DirRef<'arena, 'id> {
    #[inline]
    fn partial_cmp(
        &self,
        other: &Self,
    ) -> ::core::option::Option<::core::cmp::Ordering> {
        ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::Ord for DirRef<'arena, 'id> {
    #[inline]
    fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
        ::core::cmp::Ord::cmp(&self.0, &other.0)
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::hash::Hash for DirRef<'arena, 'id> {
    #[inline]
    fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
        ::core::hash::Hash::hash(&self.0, state);
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::fmt::Debug for DirRef<'arena, 'id> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_tuple("DirRef").field(&self.0).finish()
    }
}
impl<'arena, 'id> Dir<'arena, 'id> {
    /**Allocates a new `Dir` from `allocator` (a `&Graph`, `&GraphMut`, `&Allocator`, or `&graph.reusing(token)` to refill a removed node's slot), with the payload fields in declaration order; every link starts empty.

The node stays until it is removed, the arena is cleared, or the arena is dropped; its destructor runs when its slot is refilled, at the clear, or at the drop. A thread-safe arena (`Arena`) takes only `Send` payloads; a local one (`LocalArena`, the free `scope`) takes any.*/
    #[must_use = "a node is unreachable without its handle"]
    #[inline]
    pub fn new_in<A: ::ghost_runtime::__private::NodeAllocator<'arena, 'id>>(
        allocator: &A,
        name: String,
    ) -> DirRef<'arena, 'id>
    where
        Self: 'arena,
        A::Mode: ::ghost_runtime::__private::Stores<Self>,
    {
        Self::alloc_in(
            allocator,
            Self {
                name,
                children: ::ghost_runtime::__private::Vec::new(),
                parent: ::core::option::Option::None,
            },
        )
    }
    ///Allocates `node`, written as a struct literal (links included), from `allocator` (a `&Graph`, `&GraphMut`, `&Allocator` or `&Reusing`).
    #[must_use = "a node is unreachable without its handle"]
    #[inline]
    pub fn alloc_in<A: ::ghost_runtime::__private::NodeAllocator<'arena, 'id>>(
        allocator: &A,
        node: Self,
    ) -> DirRef<'arena, 'id>
    where
        Self: 'arena,
        A::Mode: ::ghost_runtime::__private::Stores<Self>,
    {
        ::ghost_runtime::__private::NodeAllocator::alloc_graph_node::<
            DirRef<'arena, 'id>,
        >(allocator, node)
    }
    ///Runs `f` with a fresh arena and token for `Dir` graphs; the same as `::ghost_runtime::scope`.
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
///A `'static` key of a [`Dir`]: plain data (`Copy`, `Eq`, `Hash`, `Send`, `Sync`, 16 bytes) that outlives scopes. Made by [`DirRef::key`], opened by `graph.get(key)` in a later `Arena::scope_mut` or `Arena::read`, which gives `None` once the node is removed.
pub type DirKey = ::ghost_runtime::__private::Key<Dir<'static, 'static>>;
impl<'arena, 'id> ::ghost_runtime::__private::NodeKind<'arena, 'id>
for Dir<'static, 'static> {
    type Ref = DirRef<'arena, 'id>;
    type Ptr = ::ghost_runtime::__private::NodePtr<'arena, 'id, Dir<'arena, 'id>>;
    #[inline]
    fn from_ptr(
        ptr: ::ghost_runtime::__private::NodePtr<'arena, 'id, Dir<'arena, 'id>>,
    ) -> DirRef<'arena, 'id> {
        DirRef(ptr)
    }
    #[inline]
    fn into_ptr(
        node: DirRef<'arena, 'id>,
    ) -> ::ghost_runtime::__private::NodePtr<'arena, 'id, Dir<'arena, 'id>> {
        node.0
    }
}
impl<'arena, 'id> ::ghost_runtime::__private::GraphNode<'arena, 'id>
for DirRef<'arena, 'id> {
    type Kind = Dir<'static, 'static>;
    #[inline]
    fn static_kind() -> ::core::option::Option<
        ::ghost_runtime::__private::StaticKind<Dir<'static, 'static>>,
    > {
        ::core::option::Option::Some(::ghost_runtime::__private::StaticKind::of())
    }
    fn detach_all(self, token: &mut ::ghost_runtime::__private::GhostToken<'id>) {
        ::ghost_runtime::__private::detach_field(
            self,
            token,
            |node: &mut Dir<'arena, 'id>| &mut node.children,
            |node: &mut Dir<'arena, 'id>| &mut node.parent,
        );
        ::ghost_runtime::__private::detach_field(
            self,
            token,
            |node: &mut Dir<'arena, 'id>| &mut node.parent,
            |node: &mut Dir<'arena, 'id>| &mut node.children,
        );
    }
}
impl<'arena, 'id> DirRef<'arena, 'id> {
    ///Shared access to this node's fields through the token. Unlike `GhostCell::borrow` (reached through `Deref`), the reference lives as long as the token borrow, not as long as this copy of the handle.
    #[must_use]
    #[inline]
    pub fn borrow<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t Dir<'arena, 'id> {
        self.0.borrow(token)
    }
    ///Exclusive access to this node's fields. It borrows the token mutably, so no reference into any `Dir` of this scope can be alive meanwhile.
    #[inline]
    pub fn borrow_mut<'t>(
        self,
        token: &'t mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t mut Dir<'arena, 'id> {
        self.0.borrow_mut(token)
    }
    ///This node's index: unique among the live nodes of its arena (of every type), small (about one per 8 bytes of the arena's nodes), and the same on every run of a program that makes the same nodes in the same order on one thread. Handles order by it (creation order) and `Debug` shows it. It stays with the node across scopes; a node that refills a removed node's slot takes that node's index, and after `Arena::clear` the same nodes get the same indices as in a new arena. Needs no token.
    #[must_use]
    #[inline]
    pub fn index(self) -> usize {
        self.0.index()
    }
    /**This node's [`DirKey`]: plain `'static` data to keep outside the scope and open in a later `Arena::scope_mut` or `Arena::read` with `graph.get(key)`. Needs no token.

# Panics

If the node lies beyond the first 32 GiB of its arena's nodes.*/
    #[must_use]
    #[inline]
    pub fn key(self) -> DirKey {
        ::ghost_runtime::__private::Key::new(self)
    }
    ///The nodes `children` points to, in link order.
    #[must_use]
    #[inline]
    pub fn children<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t [DirRef<'arena, 'id>] {
        &self.borrow(token).children
    }
    /**Links `children` to `other`, and `other`'s `parent` back to this node.

A single link that held another node lets go of it, and that node's side is cleared too (relinking `a -> c` where `a -> b` was clears `b`'s `parent`; a node with one `parent` leaves its previous one). Nothing changes if the two are already linked this way and one side is a single link.*/
    #[inline]
    pub fn link_children(
        self,
        other: DirRef<'arena, 'id>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) {
        ::ghost_runtime::__private::link(
            self,
            other,
            token,
            |node: &mut Dir<'arena, 'id>| &mut node.children,
            |node: &mut Dir<'arena, 'id>| &mut node.parent,
        )
    }
    ///Removes one `other` from `children` and this node from `other`'s `parent`; `false` if there was no such link.
    #[inline]
    pub fn unlink_children(
        self,
        other: DirRef<'arena, 'id>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> bool {
        ::ghost_runtime::__private::unlink(
            self,
            other,
            token,
            |node: &mut Dir<'arena, 'id>| &mut node.children,
            |node: &mut Dir<'arena, 'id>| &mut node.parent,
        )
    }
    ///The node `parent` points to, if any.
    #[must_use]
    #[inline]
    pub fn parent<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<DirRef<'arena, 'id>> {
        self.borrow(token).parent
    }
    /**Links `parent` to `other`, and `other`'s `children` back to this node.

A single link that held another node lets go of it, and that node's side is cleared too (relinking `a -> c` where `a -> b` was clears `b`'s `children`; a node with one `children` leaves its previous one). Nothing changes if the two are already linked this way and one side is a single link.

Unchecked: `other` is not looked up. Linked under its own descendant (or itself), this node's subtree becomes a cycle cut off from the tree, and `iter_parent` never ends; where that can happen, use `try_link_parent`, which checks first.*/
    #[inline]
    pub fn link_parent(
        self,
        other: DirRef<'arena, 'id>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) {
        ::ghost_runtime::__private::link(
            self,
            other,
            token,
            |node: &mut Dir<'arena, 'id>| &mut node.parent,
            |node: &mut Dir<'arena, 'id>| &mut node.children,
        )
    }
    ///Clears `parent` and removes this node from the former target's `children`; returns the former target.
    #[inline]
    pub fn unlink_parent(
        self,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<DirRef<'arena, 'id>> {
        ::ghost_runtime::__private::take_link(
            self,
            token,
            |node: &mut Dir<'arena, 'id>| &mut node.parent,
            |node: &mut Dir<'arena, 'id>| &mut node.children,
        )
    }
    /**Iterates from this node (included) along `parent`, until a node whose `parent` is `None`.

On a cycle it never ends: bound it with `take`, or stop at a node seen before.*/
    #[inline]
    pub fn iter_parent<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> impl ::core::iter::Iterator<Item = Self> {
        ::ghost_runtime::__private::follow(
            self,
            token,
            |node: &Dir<'arena, 'id>| node.parent,
        )
    }
    /**Links `parent` to `other` as `link_parent` does, after checking that the move makes no cycle: walks up from `other`, O(depth).

# Errors

Nothing changes, and the error says why, if `other` is this node (`LinkError::ParentIsSelf`), lies in its subtree (`ParentIsDescendant`), or its own chain of `parent` links already loops (`ParentChainLoops`, left by an unchecked link).*/
    #[inline]
    pub fn try_link_parent(
        self,
        other: Self,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::result::Result<(), ::ghost_runtime::__private::LinkError> {
        ::ghost_runtime::__private::check_move(
            self,
            other,
            token,
            |node: &Dir<'arena, 'id>| node.parent,
        )?;
        self.link_parent(other, token);
        ::core::result::Result::Ok(())
    }
    ///Whether this node is on `other`'s chain of `parent` links (`other` itself excluded). Walks up from `other`, O(depth); ends on a chain that loops.
    #[must_use]
    #[inline]
    pub fn is_parent_ancestor_of(
        self,
        other: Self,
        token: &::ghost_runtime::__private::GhostToken<'id>,
    ) -> bool {
        ::ghost_runtime::__private::is_ancestor(
            self,
            other,
            token,
            |node: &Dir<'arena, 'id>| node.parent,
        )
    }
}
