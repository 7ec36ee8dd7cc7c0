pub struct City<'arena, 'id> {
    pub name: &'static str,
    pub roads_out: ::ghost_runtime::__private::Vec<(CityRef<'arena, 'id>, u32)>,
    pub roads_in: ::ghost_runtime::__private::Vec<(CityRef<'arena, 'id>, u32)>,
    pub ferries: ::ghost_runtime::__private::Vec<(CityRef<'arena, 'id>, f64)>,
    pub notes: ::ghost_runtime::__private::Vec<(CityRef<'arena, 'id>, String)>,
}
/**A copyable handle to a [`City`] in a ghost-graph arena, branded with the scope's `'id`.

Compares and hashes by identity, orders by [`index`](Self::index) (creation order), and its `Debug` shows that index only (`NodeRef(12)`), the same on every run, so printing never follows a cycle. Derefs to the `GhostCell` holding the node: that cell's `replace` and `take` write the whole node, links included, and leave the other ends of its links as they were; relink with the generated `link_*` and `unlink_*` methods.*/
pub struct CityRef<'arena, 'id>(
    ::ghost_runtime::__private::NodePtr<'arena, 'id, City<'arena, 'id>>,
);
impl<'arena, 'id> ::ghost_runtime::__private::NodeHandle<'arena, 'id>
for CityRef<'arena, 'id> {
    type Data = City<'arena, 'id>;
    #[inline]
    fn node_ptr(
        self,
    ) -> ::ghost_runtime::__private::NodePtr<'arena, 'id, City<'arena, 'id>> {
        ::ghost_runtime::__private::RawNode::node_ptr(self.0)
    }
}
impl<'arena, 'id> ::core::ops::Deref for CityRef<'arena, 'id> {
    type Target = ::ghost_runtime::__private::GhostCell<'id, City<'arena, 'id>>;
    #[inline]
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::clone::Clone for CityRef<'arena, 'id> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::marker::Copy for CityRef<'arena, 'id> {}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::PartialEq for CityRef<'arena, 'id> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::Eq for CityRef<'arena, 'id> {}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::PartialOrd for CityRef<'arena, 'id> {
    #[inline]
    fn partial_cmp(
        &self,
        other: &Self,
    ) -> ::core::option::Option<::core::cmp::Ordering> {
        ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::Ord for CityRef<'arena, 'id> {
    #[inline]
    fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
        ::core::cmp::Ord::cmp(&self.0, &other.0)
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::hash::Hash for CityRef<'arena, 'id> {
    #[inline]
    fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
        ::core::hash::Hash::hash(&self.0, state);
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::fmt::Debug for CityRef<'arena, 'id> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_tuple("CityRef").field(&self.0).finish()
    }
}
impl<'arena, 'id> City<'arena, 'id> {
    /**Allocates a new `City` from `allocator` (a `&Graph`, `&GraphMut`, `&Allocator`, or `&graph.reusing(token)` to refill a removed node's slot), with the payload fields in declaration order; every link starts empty.

The node stays until it is removed, the arena is cleared, or the arena is dropped; its destructor runs when its slot is refilled, at the clear, or at the drop. A thread-safe arena (`Arena`) takes only `Send` payloads; a local one (`LocalArena`, the free `scope`) takes any.*/
    #[must_use = "a node is unreachable without its handle"]
    #[inline]
    pub fn new_in<A: ::ghost_runtime::__private::NodeAllocator<'arena, 'id>>(
        allocator: &A,
        name: &'static str,
    ) -> CityRef<'arena, 'id>
    where
        Self: 'arena,
        A::Mode: ::ghost_runtime::__private::Stores<Self>,
    {
        Self::alloc_in(
            allocator,
            Self {
                name,
                roads_out: ::ghost_runtime::__private::Vec::new(),
                roads_in: ::ghost_runtime::__private::Vec::new(),
                ferries: ::ghost_runtime::__private::Vec::new(),
                notes: ::ghost_runtime::__private::Vec::new(),
            },
        )
    }
    ///Allocates `node`, written as a struct literal (links included), from `allocator` (a `&Graph`, `&GraphMut`, `&Allocator` or `&Reusing`).
    #[must_use = "a node is unreachable without its handle"]
    #[inline]
    pub fn alloc_in<A: ::ghost_runtime::__private::NodeAllocator<'arena, 'id>>(
        allocator: &A,
        node: Self,
    ) -> CityRef<'arena, 'id>
    where
        Self: 'arena,
        A::Mode: ::ghost_runtime::__private::Stores<Self>,
    {
        ::ghost_runtime::__private::NodeAllocator::alloc_graph_node::<
            CityRef<'arena, 'id>,
        >(allocator, node)
    }
    ///Runs `f` with a fresh arena and token for `City` graphs; the same as `::ghost_runtime::scope`.
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
///A `'static` key of a [`City`]: plain data (`Copy`, `Eq`, `Hash`, `Send`, `Sync`, 16 bytes) that outlives scopes. Made by [`CityRef::key`], opened by `graph.get(key)` in a later `Arena::scope_mut` or `Arena::read`, which gives `None` once the node is removed.
pub type CityKey = ::ghost_runtime::__private::Key<City<'static, 'static>>;
impl<'arena, 'id> ::ghost_runtime::__private::NodeKind<'arena, 'id>
for City<'static, 'static> {
    type Ref = CityRef<'arena, 'id>;
    type Ptr = ::ghost_runtime::__private::NodePtr<'arena, 'id, City<'arena, 'id>>;
    #[inline]
    fn from_ptr(
        ptr: ::ghost_runtime::__private::NodePtr<'arena, 'id, City<'arena, 'id>>,
    ) -> CityRef<'arena, 'id> {
        CityRef(ptr)
    }
    #[inline]
    fn into_ptr(
        node: CityRef<'arena, 'id>,
    ) -> ::ghost_runtime::__private::NodePtr<'arena, 'id, City<'arena, 'id>> {
        node.0
    }
}
impl<'arena, 'id> ::ghost_runtime::__private::GraphNode<'arena, 'id>
for CityRef<'arena, 'id> {
    type Kind = City<'static, 'static>;
    #[inline]
    fn static_kind() -> ::core::option::Option<
        ::ghost_runtime::__private::StaticKind<City<'static, 'static>>,
    > {
        ::core::option::Option::Some(::ghost_runtime::__private::StaticKind::of())
    }
    fn detach_all(self, token: &mut ::ghost_runtime::__private::GhostToken<'id>) {
        let __detached_weights = ::ghost_runtime::__private::detach_weighted(
            self,
            token,
            |node: &mut City<'arena, 'id>| &mut node.roads_out,
            |node: &mut City<'arena, 'id>| &mut node.roads_in,
        );
        let __detached_weights = ::ghost_runtime::__private::detach_weighted(
            self,
            token,
            |node: &mut City<'arena, 'id>| &mut node.roads_in,
            |node: &mut City<'arena, 'id>| &mut node.roads_out,
        );
        let __detached_weights = ::ghost_runtime::__private::detach_weighted_symmetric(
            self,
            token,
            |node: &mut City<'arena, 'id>| &mut node.ferries,
        );
        let __detached_weights = ::ghost_runtime::__private::clear_edges(
            self,
            token,
            |node: &mut City<'arena, 'id>| &mut node.notes,
        );
    }
}
impl<'arena, 'id> CityRef<'arena, 'id> {
    ///Shared access to this node's fields through the token. Unlike `GhostCell::borrow` (reached through `Deref`), the reference lives as long as the token borrow, not as long as this copy of the handle.
    #[must_use]
    #[inline]
    pub fn borrow<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t City<'arena, 'id> {
        self.0.borrow(token)
    }
    ///Exclusive access to this node's fields. It borrows the token mutably, so no reference into any `City` of this scope can be alive meanwhile.
    #[inline]
    pub fn borrow_mut<'t>(
        self,
        token: &'t mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t mut City<'arena, 'id> {
        self.0.borrow_mut(token)
    }
    ///This node's index: unique among the live nodes of its arena (of every type), small (about one per 8 bytes of the arena's nodes), and the same on every run of a program that makes the same nodes in the same order on one thread. Handles order by it (creation order) and `Debug` shows it. It stays with the node across scopes; a node that refills a removed node's slot takes that node's index, and after `Arena::clear` the same nodes get the same indices as in a new arena. Needs no token.
    #[must_use]
    #[inline]
    pub fn index(self) -> usize {
        self.0.index()
    }
    /**This node's [`CityKey`]: plain `'static` data to keep outside the scope and open in a later `Arena::scope_mut` or `Arena::read` with `graph.get(key)`. Needs no token.

# Panics

If the node lies beyond the first 32 GiB of its arena's nodes.*/
    #[must_use]
    #[inline]
    pub fn key(self) -> CityKey {
        ::ghost_runtime::__private::Key::new(self)
    }
    ///The edges of `roads_out`, in link order: each node it points to, with the edge's weight.
    #[must_use]
    #[inline]
    pub fn roads_out<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t [(CityRef<'arena, 'id>, u32)] {
        &self.borrow(token).roads_out
    }
    ///Adds an edge of weight `weight` to `other` at the end of `roads_out`, and one back to this node, with a copy of the weight, at the end of `other`'s `roads_in`. Parallel edges are kept, each with its own weight.
    #[inline]
    pub fn link_roads_out(
        self,
        other: CityRef<'arena, 'id>,
        weight: u32,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) {
        ::ghost_runtime::__private::link_weighted(
            self,
            other,
            weight,
            token,
            |node: &mut City<'arena, 'id>| &mut node.roads_out,
            |node: &mut City<'arena, 'id>| &mut node.roads_in,
        )
    }
    ///Removes the first edge to `other` from `roads_out`, and its copy from `other`'s `roads_in`; returns its weight, or `None` if there was no such edge.
    #[inline]
    pub fn unlink_roads_out(
        self,
        other: CityRef<'arena, 'id>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<u32> {
        ::ghost_runtime::__private::unlink_weighted(
            self,
            other,
            token,
            |node: &mut City<'arena, 'id>| &mut node.roads_out,
            |node: &mut City<'arena, 'id>| &mut node.roads_in,
        )
    }
    ///The weight of the first edge to `other` in `roads_out`, if there is one.
    #[must_use]
    #[inline]
    pub fn roads_out_weight<'t>(
        self,
        other: CityRef<'arena, 'id>,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<&'t u32>
    where
        'arena: 't,
    {
        ::ghost_runtime::__private::weight_to(&self.borrow(token).roads_out, other)
    }
    ///Gives the first edge to `other` in `roads_out`, and its copy in `other`'s `roads_in`, the weight `weight`; returns the old weight, or `None` (dropping `weight`) if there is no such edge.
    #[inline]
    pub fn set_roads_out_weight(
        self,
        other: CityRef<'arena, 'id>,
        weight: u32,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<u32> {
        ::ghost_runtime::__private::set_weight(
            self,
            other,
            weight,
            token,
            |node: &mut City<'arena, 'id>| &mut node.roads_out,
            |node: &mut City<'arena, 'id>| &mut node.roads_in,
        )
    }
    ///The edges of `roads_in`, in link order: each node it points to, with the edge's weight.
    #[must_use]
    #[inline]
    pub fn roads_in<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t [(CityRef<'arena, 'id>, u32)] {
        &self.borrow(token).roads_in
    }
    ///Adds an edge of weight `weight` to `other` at the end of `roads_in`, and one back to this node, with a copy of the weight, at the end of `other`'s `roads_out`. Parallel edges are kept, each with its own weight.
    #[inline]
    pub fn link_roads_in(
        self,
        other: CityRef<'arena, 'id>,
        weight: u32,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) {
        ::ghost_runtime::__private::link_weighted(
            self,
            other,
            weight,
            token,
            |node: &mut City<'arena, 'id>| &mut node.roads_in,
            |node: &mut City<'arena, 'id>| &mut node.roads_out,
        )
    }
    ///Removes the first edge to `other` from `roads_in`, and its copy from `other`'s `roads_out`; returns its weight, or `None` if there was no such edge.
    #[inline]
    pub fn unlink_roads_in(
        self,
        other: CityRef<'arena, 'id>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<u32> {
        ::ghost_runtime::__private::unlink_weighted(
            self,
            other,
            token,
            |node: &mut City<'arena, 'id>| &mut node.roads_in,
            |node: &mut City<'arena, 'id>| &mut node.roads_out,
        )
    }
    ///The weight of the first edge to `other` in `roads_in`, if there is one.
    #[must_use]
    #[inline]
    pub fn roads_in_weight<'t>(
        self,
        other: CityRef<'arena, 'id>,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<&'t u32>
    where
        'arena: 't,
    {
        ::ghost_runtime::__private::weight_to(&self.borrow(token).roads_in, other)
    }
    ///Gives the first edge to `other` in `roads_in`, and its copy in `other`'s `roads_out`, the weight `weight`; returns the old weight, or `None` (dropping `weight`) if there is no such edge.
    #[inline]
    pub fn set_roads_in_weight(
        self,
        other: CityRef<'arena, 'id>,
        weight: u32,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<u32> {
        ::ghost_runtime::__private::set_weight(
            self,
            other,
            weight,
            token,
            |node: &mut City<'arena, 'id>| &mut node.roads_in,
            |node: &mut City<'arena, 'id>| &mut node.roads_out,
        )
    }
    ///The edges of `ferries`, in link order: each node it points to, with the edge's weight.
    #[must_use]
    #[inline]
    pub fn ferries<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t [(CityRef<'arena, 'id>, f64)] {
        &self.borrow(token).ferries
    }
    ///Records an undirected edge of weight `weight`: `other` in this node's `ferries` and this node in `other`'s, each with a copy of the weight (a loop is recorded once). Parallel edges are kept.
    #[inline]
    pub fn link_ferries(
        self,
        other: CityRef<'arena, 'id>,
        weight: f64,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) {
        ::ghost_runtime::__private::link_weighted_symmetric(
            self,
            other,
            weight,
            token,
            |node: &mut City<'arena, 'id>| &mut node.ferries,
        )
    }
    ///Removes the first undirected edge to `other` from both ends; returns its weight, or `None` if there was none.
    #[inline]
    pub fn unlink_ferries(
        self,
        other: CityRef<'arena, 'id>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<f64> {
        ::ghost_runtime::__private::unlink_weighted_symmetric(
            self,
            other,
            token,
            |node: &mut City<'arena, 'id>| &mut node.ferries,
        )
    }
    ///The weight of the first edge to `other` in `ferries`, if there is one.
    #[must_use]
    #[inline]
    pub fn ferries_weight<'t>(
        self,
        other: CityRef<'arena, 'id>,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<&'t f64>
    where
        'arena: 't,
    {
        ::ghost_runtime::__private::weight_to(&self.borrow(token).ferries, other)
    }
    ///Gives the first undirected edge to `other` the weight `weight` at both ends; returns the old weight, or `None` (dropping `weight`) if there is no such edge.
    #[inline]
    pub fn set_ferries_weight(
        self,
        other: CityRef<'arena, 'id>,
        weight: f64,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<f64> {
        ::ghost_runtime::__private::set_weight_symmetric(
            self,
            other,
            weight,
            token,
            |node: &mut City<'arena, 'id>| &mut node.ferries,
        )
    }
    ///The edges of `notes`, in link order: each node it points to, with the edge's weight.
    #[must_use]
    #[inline]
    pub fn notes<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t [(CityRef<'arena, 'id>, String)] {
        &self.borrow(token).notes
    }
    ///Adds an edge of weight `weight` to `other` at the end of `notes` (this link has no inverse to keep in step).
    #[inline]
    pub fn link_notes(
        self,
        other: CityRef<'arena, 'id>,
        weight: String,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) {
        self.borrow_mut(token).notes.push((other, weight))
    }
    ///Removes the first edge to `other` from `notes`; returns its weight, or `None` if there was none.
    #[inline]
    pub fn unlink_notes(
        self,
        other: CityRef<'arena, 'id>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<String> {
        ::ghost_runtime::__private::take_edge(&mut self.borrow_mut(token).notes, other)
    }
    ///The weight of the first edge to `other` in `notes`, if there is one.
    #[must_use]
    #[inline]
    pub fn notes_weight<'t>(
        self,
        other: CityRef<'arena, 'id>,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<&'t String>
    where
        'arena: 't,
    {
        ::ghost_runtime::__private::weight_to(&self.borrow(token).notes, other)
    }
    ///Gives the first edge to `other` in `notes` the weight `weight`; returns the old weight, or `None` (dropping `weight`) if there is no such edge.
    #[inline]
    pub fn set_notes_weight(
        self,
        other: CityRef<'arena, 'id>,
        weight: String,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<String> {
        ::ghost_runtime::__private::replace_weight(
            &mut self.borrow_mut(token).notes,
            other,
            weight,
        )
    }
}
