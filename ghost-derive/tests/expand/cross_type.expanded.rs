pub struct Person<'arena, 'id> {
    pub name: String,
    pub employer: ::core::option::Option<CompanyRef<'arena, 'id>>,
    pub mentors: ::ghost_runtime::__private::Vec<PersonRef<'arena, 'id>>,
}
/**A copyable handle to a [`Person`] in a ghost-graph arena, branded with the scope's `'id`.

Compares and hashes by identity, orders by [`index`](Self::index) (creation order), and its `Debug` shows that index only (`NodeRef(12)`), the same on every run, so printing never follows a cycle. Derefs to the `GhostCell` holding the node: that cell's `replace` and `take` write the whole node, links included, and leave the other ends of its links as they were; relink with the generated `link_*` and `unlink_*` methods.*/
pub struct PersonRef<'arena, 'id>(
    ::ghost_runtime::__private::NodePtr<'arena, 'id, Person<'arena, 'id>>,
);
impl<'arena, 'id> ::ghost_runtime::__private::NodeHandle<'arena, 'id>
for PersonRef<'arena, 'id> {
    type Data = Person<'arena, 'id>;
    #[inline]
    fn node_ptr(
        self,
    ) -> ::ghost_runtime::__private::NodePtr<'arena, 'id, Person<'arena, 'id>> {
        ::ghost_runtime::__private::RawNode::node_ptr(self.0)
    }
}
impl<'arena, 'id> ::core::ops::Deref for PersonRef<'arena, 'id> {
    type Target = ::ghost_runtime::__private::GhostCell<'id, Person<'arena, 'id>>;
    #[inline]
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::clone::Clone for PersonRef<'arena, 'id> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::marker::Copy for PersonRef<'arena, 'id> {}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::PartialEq for PersonRef<'arena, 'id> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::Eq for PersonRef<'arena, 'id> {}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::PartialOrd for PersonRef<'arena, 'id> {
    #[inline]
    fn partial_cmp(
        &self,
        other: &Self,
    ) -> ::core::option::Option<::core::cmp::Ordering> {
        ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::cmp::Ord for PersonRef<'arena, 'id> {
    #[inline]
    fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
        ::core::cmp::Ord::cmp(&self.0, &other.0)
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::hash::Hash for PersonRef<'arena, 'id> {
    #[inline]
    fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
        ::core::hash::Hash::hash(&self.0, state);
    }
}
#[automatically_derived]
impl<'arena, 'id> ::core::fmt::Debug for PersonRef<'arena, 'id> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_tuple("PersonRef").field(&self.0).finish()
    }
}
impl<'arena, 'id> Person<'arena, 'id> {
    /**Allocates a new `Person` from `allocator` (a `&Graph`, `&GraphMut`, `&Allocator`, or `&graph.reusing(token)` to refill a removed node's slot), with the payload fields in declaration order; every link starts empty.

The node stays until it is removed, the arena is cleared, or the arena is dropped; its destructor runs when its slot is refilled, at the clear, or at the drop. A thread-safe arena (`Arena`) takes only `Send` payloads; a local one (`LocalArena`, the free `scope`) takes any.*/
    #[must_use = "a node is unreachable without its handle"]
    #[inline]
    pub fn new_in<A: ::ghost_runtime::__private::NodeAllocator<'arena, 'id>>(
        allocator: &A,
        name: String,
    ) -> PersonRef<'arena, 'id>
    where
        Self: 'arena,
        A::Mode: ::ghost_runtime::__private::Stores<Self>,
    {
        Self::alloc_in(
            allocator,
            Self {
                name,
                employer: ::core::option::Option::None,
                mentors: ::ghost_runtime::__private::Vec::new(),
            },
        )
    }
    ///Allocates `node`, written as a struct literal (links included), from `allocator` (a `&Graph`, `&GraphMut`, `&Allocator` or `&Reusing`).
    #[must_use = "a node is unreachable without its handle"]
    #[inline]
    pub fn alloc_in<A: ::ghost_runtime::__private::NodeAllocator<'arena, 'id>>(
        allocator: &A,
        node: Self,
    ) -> PersonRef<'arena, 'id>
    where
        Self: 'arena,
        A::Mode: ::ghost_runtime::__private::Stores<Self>,
    {
        ::ghost_runtime::__private::NodeAllocator::alloc_graph_node::<
            PersonRef<'arena, 'id>,
        >(allocator, node)
    }
    ///Runs `f` with a fresh arena and token for `Person` graphs; the same as `::ghost_runtime::scope`.
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
///A `'static` key of a [`Person`]: plain data (`Copy`, `Eq`, `Hash`, `Send`, `Sync`, 16 bytes) that outlives scopes. Made by [`PersonRef::key`], opened by `graph.get(key)` in a later `Arena::scope_mut` or `Arena::read`, which gives `None` once the node is removed.
pub type PersonKey = ::ghost_runtime::__private::Key<Person<'static, 'static>>;
impl<'arena, 'id> ::ghost_runtime::__private::NodeKind<'arena, 'id>
for Person<'static, 'static> {
    type Ref = PersonRef<'arena, 'id>;
    type Ptr = ::ghost_runtime::__private::NodePtr<'arena, 'id, Person<'arena, 'id>>;
    #[inline]
    fn from_ptr(
        ptr: ::ghost_runtime::__private::NodePtr<'arena, 'id, Person<'arena, 'id>>,
    ) -> PersonRef<'arena, 'id> {
        PersonRef(ptr)
    }
    #[inline]
    fn into_ptr(
        node: PersonRef<'arena, 'id>,
    ) -> ::ghost_runtime::__private::NodePtr<'arena, 'id, Person<'arena, 'id>> {
        node.0
    }
}
impl<'arena, 'id> ::ghost_runtime::__private::GraphNode<'arena, 'id>
for PersonRef<'arena, 'id> {
    type Kind = Person<'static, 'static>;
    #[inline]
    fn static_kind() -> ::core::option::Option<
        ::ghost_runtime::__private::StaticKind<Person<'static, 'static>>,
    > {
        ::core::option::Option::Some(::ghost_runtime::__private::StaticKind::of())
    }
    fn detach_all(self, token: &mut ::ghost_runtime::__private::GhostToken<'id>) {
        ::ghost_runtime::__private::detach_field(
            self,
            token,
            |node: &mut Person<'arena, 'id>| &mut node.employer,
            |node: &mut Company<'arena, 'id>| &mut node.employees,
        );
        ::ghost_runtime::__private::clear_field(
            self,
            token,
            |node: &mut Person<'arena, 'id>| &mut node.mentors,
        );
    }
}
///The cross-type link fields of [`Person`] and the inverse each declares, checked by the structs they point to: a pair across types is declared on both.
#[doc(hidden)]
pub const __GHOST_LINKS_Person: &[::ghost_runtime::__private::LinkDecl] = &[
    ::ghost_runtime::__private::LinkDecl {
        field: "employer",
        inverse: ::core::option::Option::Some("employees"),
        present: true,
        weighted: false,
    },
];
const _: () = ::core::assert!(
    ::ghost_runtime::__private::declares_inverse(__GHOST_LINKS_Company, "employees",
    "employer"),
    "`Company::employees` must declare `#[link(inverse = employer)]` to pair with `Person::employer`: a pair across types is declared on both structs, each field naming the other",
);
const _: () = ::core::assert!(
    ::ghost_runtime::__private::agrees_on_weight(__GHOST_LINKS_Company, "employees",
    false),
    "inverse fields disagree: `Company::employees` carries a weight per edge but `Person::employer` does not; both ends of a weighted link keep the weight, so its inverse is a weighted `Vec` too, `Vec<(Node, W)>` with the same `W`",
);
impl<'arena, 'id> PersonRef<'arena, 'id> {
    ///Shared access to this node's fields through the token. Unlike `GhostCell::borrow` (reached through `Deref`), the reference lives as long as the token borrow, not as long as this copy of the handle.
    #[must_use]
    #[inline]
    pub fn borrow<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t Person<'arena, 'id> {
        self.0.borrow(token)
    }
    ///Exclusive access to this node's fields. It borrows the token mutably, so no reference into any `Person` of this scope can be alive meanwhile.
    #[inline]
    pub fn borrow_mut<'t>(
        self,
        token: &'t mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t mut Person<'arena, 'id> {
        self.0.borrow_mut(token)
    }
    ///This node's index: unique among the live nodes of its arena (of every type), small (about one per 8 bytes of the arena's nodes), and the same on every run of a program that makes the same nodes in the same order on one thread. Handles order by it (creation order) and `Debug` shows it. It stays with the node across scopes; a node that refills a removed node's slot takes that node's index, and after `Arena::clear` the same nodes get the same indices as in a new arena. Needs no token.
    #[must_use]
    #[inline]
    pub fn index(self) -> usize {
        self.0.index()
    }
    /**This node's [`PersonKey`]: plain `'static` data to keep outside the scope and open in a later `Arena::scope_mut` or `Arena::read` with `graph.get(key)`. Needs no token.

# Panics

If the node lies beyond the first 32 GiB of its arena's nodes.*/
    #[must_use]
    #[inline]
    pub fn key(self) -> PersonKey {
        ::ghost_runtime::__private::Key::new(self)
    }
    ///The node `employer` points to, if any.
    #[must_use]
    #[inline]
    pub fn employer<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<CompanyRef<'arena, 'id>> {
        self.borrow(token).employer
    }
    /**Links `employer` to `other`, and `other`'s `employees` back to this node.

A single link that held another node lets go of it, and that node's side is cleared too (relinking `a -> c` where `a -> b` was clears `b`'s `employees`; a node with one `employees` leaves its previous one). Nothing changes if the two are already linked this way and one side is a single link.*/
    #[inline]
    pub fn link_employer(
        self,
        other: CompanyRef<'arena, 'id>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) {
        ::ghost_runtime::__private::link(
            self,
            other,
            token,
            |node: &mut Person<'arena, 'id>| &mut node.employer,
            |node: &mut Company<'arena, 'id>| &mut node.employees,
        )
    }
    ///Clears `employer` and removes this node from the former target's `employees`; returns the former target.
    #[inline]
    pub fn unlink_employer(
        self,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> ::core::option::Option<CompanyRef<'arena, 'id>> {
        ::ghost_runtime::__private::take_link(
            self,
            token,
            |node: &mut Person<'arena, 'id>| &mut node.employer,
            |node: &mut Company<'arena, 'id>| &mut node.employees,
        )
    }
    ///The nodes `mentors` points to, in link order.
    #[must_use]
    #[inline]
    pub fn mentors<'t>(
        self,
        token: &'t ::ghost_runtime::__private::GhostToken<'id>,
    ) -> &'t [PersonRef<'arena, 'id>] {
        &self.borrow(token).mentors
    }
    ///Appends `other` to `mentors` (this link has no inverse to keep in step).
    #[inline]
    pub fn link_mentors(
        self,
        other: PersonRef<'arena, 'id>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) {
        self.borrow_mut(token).mentors.push(other)
    }
    ///Removes one `other` from `mentors`; `false` if it was not there.
    #[inline]
    pub fn unlink_mentors(
        self,
        other: PersonRef<'arena, 'id>,
        token: &mut ::ghost_runtime::__private::GhostToken<'id>,
    ) -> bool {
        ::ghost_runtime::__private::remove_one(
            &mut self.borrow_mut(token).mentors,
            other,
        )
    }
}
