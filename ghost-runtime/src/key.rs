//! Keys: plain, `'static` names for nodes, kept outside any scope and opened again in a later
//! [`Arena::scope_mut`](crate::Arena::scope_mut) or [`Arena::read`](crate::Arena::read).
//!
//! A node handle carries its scope's brand and cannot leave the scope; a key carries no brand.
//! It records the arena's epoch (a global counter, renewed by `Arena::clear`), the node's dense
//! index, and the generation of its slot, so opening a key of a removed node, of another
//! arena, or from before a `clear`, finds nothing instead of the wrong node.

use core::any::TypeId;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;
use core::num::NonZeroU64;

use ghost_cell::GhostToken;

use crate::node_ptr::NodeHandle;
use crate::page::PageBook;
use crate::raw_node::RawNode;
use crate::slot::is_live;

/// A node type as keys name it: the `#[ghost_graph]` struct written with `'static` in place of
/// its brands (`Task<'static, 'static>`), mapped to its handle in any scope.
///
/// Implemented by `#[ghost_graph]` (see [`GraphNode`] on impls written by hand).
pub trait NodeKind<'arena, 'id> {
    /// The handle of this node type in a scope of brand `'id` (`TaskRef<'arena, 'id>`).
    type Ref: NodeHandle<'arena, 'id>;

    /// How the node is stored: a [`NodePtr`](crate::NodePtr) to its cell, or for a node with `#[value]`
    /// fields a [`SplitPtr`](crate::SplitPtr) to its structure and value cells.
    type Ptr: RawNode<'arena, 'id, Data = <Self::Ref as NodeHandle<'arena, 'id>>::Data>;

    /// Wraps a pointer to a node of this type in its handle.
    fn from_ptr(ptr: Self::Ptr) -> Self::Ref;

    /// The pointer a handle wraps: `from_ptr` undone. Keys and removal go through it, so
    /// they only ever record memory that was allocated as `Ptr` says.
    fn into_ptr(node: Self::Ref) -> Self::Ptr;
}

/// A generated node handle (`TaskRef`): the node type its keys name, whether its removed slots
/// can be refilled, and how to detach the node from every neighbour before it is removed.
///
/// Implemented by `#[ghost_graph]`. The bound on `Kind` makes the two traits agree: a key made
/// from a `TaskRef` names `Task`, and opens as a `TaskRef`. Soundness does not rest on these
/// impls being generated: one written by hand can only relate its own handle and kind (the
/// round trip, and coherence, rule out claiming another type's), and [`StaticKind`] can only
/// be made for the kind it names.
pub trait GraphNode<'arena, 'id>: NodeHandle<'arena, 'id> {
    /// The node type with `'static` brands, which keys of this node name.
    type Kind: NodeKind<'arena, 'id, Ref = Self>;

    /// The exact identity of `Kind`, if it is provably `'static` (the node type has no lifetime
    /// parameters, and each type parameter is bounded by `'static`, as in
    /// `struct Node<T: 'static>`): removed slots are then refilled by new nodes of exactly this
    /// type. `None` for other node types: their removed slots wait for `Arena::clear`.
    fn static_kind() -> Option<StaticKind<Self::Kind>>;

    /// Empties every link field of this node, and removes this node from the inverse of each
    /// neighbour it pointed to (both directions of every paired link, across node types).
    fn detach_all(self, token: &mut GhostToken<'id>);
}

/// The exact type identity of a node kind `K`: proof that `K` is `'static`, with its `TypeId`.
///
/// Removed slots are refilled only by a node of the same kind, told apart by this identity.
/// Types that differ only in lifetimes share a `TypeId` only when they are the same `'static`
/// type, so a slot freed by a `Tok<'static>` is never refilled by a `Tok<'short>`, which a stale
/// link could then read as `'static`.
pub struct StaticKind<K> {
    id: TypeId,
    _kind: PhantomData<fn(K) -> K>,
}

impl<K: 'static> StaticKind<K> {
    /// The identity of `K`.
    #[must_use]
    #[inline]
    pub fn of() -> Self {
        Self {
            id: TypeId::of::<K>(),
            _kind: PhantomData,
        }
    }
}

impl<K> StaticKind<K> {
    #[inline]
    pub(crate) fn id(&self) -> TypeId {
        self.id
    }
}

impl<K> fmt::Debug for StaticKind<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("StaticKind").field(&self.id).finish()
    }
}

/// A `'static` key of a node of type `K`: `Copy`, `Eq`, `Ord`, `Hash`, `Send` and `Sync`
/// whatever the node holds, 16 bytes (`Option<Key<K>>` too).
///
/// Written `TaskKey` for a `#[ghost_graph] struct Task` (an alias of
/// `Key<Task<'static, 'static>>`), made by `TaskRef::key`, opened by
/// [`GraphMut::get`](crate::GraphMut::get) and [`GraphRead::get`](crate::GraphRead::get).
/// Like `slotmap`'s keys and petgraph's `NodeIndex`, it is plain data that any struct can
/// store; unlike them it opens only in the arena that made it, and only while its node lives:
/// a key of a removed node, of another (possibly dropped) arena, or from before
/// [`Arena::clear`](crate::Arena::clear), opens to `None`.
///
/// A node's slot can be reused some 2^31 times before its generation repeats, as in `slotmap`.
pub struct Key<K> {
    epoch: NonZeroU64,
    index: u32,
    generation: u32,
    /// Invariant in `K`: a key of `Tok<'static, 'static, 'src>` cannot be retyped to a shorter
    /// `'src` and then admit shorter-lived data into the node. A function pointer, so the key
    /// is `Send` and `Sync` whatever `K` is.
    _kind: PhantomData<fn(K) -> K>,
}

const _: () = assert!(size_of::<Key<()>>() == 16 && size_of::<Option<Key<()>>>() == 16);

impl<K> Key<K> {
    /// The key of `node`; the generated `NodeRef::key` calls this. No token is needed.
    ///
    /// # Panics
    /// If the arena holds more than 32 GiB of nodes and `node` lies beyond them (its dense
    /// index does not fit the key's 32 bits).
    #[inline]
    pub fn new<'arena, 'id, N>(node: N) -> Self
    where
        N: GraphNode<'arena, 'id, Kind = K>,
        K: NodeKind<'arena, 'id, Ref = N>,
    {
        let ptr = K::into_ptr(node).node_ptr();
        let identity = ptr.identity();
        // A node of the free `scope`'s private arena has no header, and its key could never
        // be opened anyway (no `scope_mut` or `read` reaches that arena): give it an odd
        // generation, which no live node has.
        let generation = if identity.keyed {
            // SAFETY: the page says the node has a slot header.
            unsafe { ptr.header() }.generation()
        } else {
            1
        };
        Self {
            epoch: identity.epoch,
            index: u32::try_from(identity.index)
                .expect("keys address the first 32 GiB of an arena's nodes"),
            generation,
            _kind: PhantomData,
        }
    }

    /// Opens this key in `book`'s arena: the node's handle if the key was made in this arena
    /// since its last `clear` and the node still lives there. With `read_period`, a node made
    /// by a shared scope of that period is not opened either (it may still be written).
    #[inline]
    pub(crate) fn open<'arena, 'id>(
        self,
        book: &PageBook,
        read_period: Option<u32>,
    ) -> Option<K::Ref>
    where
        K: NodeKind<'arena, 'id>,
    {
        debug_assert!(book.keyed, "keys are opened only in an `Arena`'s scopes");
        if self.epoch != book.epoch() {
            return None;
        }
        let cell = book.node_at(self.index as usize)?;
        // SAFETY: the epochs match, and an epoch belongs to one arena between two clears
        // (`page::fresh_epoch`), so `Key::new` made this key from a node of this arena in this
        // epoch, at dense index `index`; the page table maps its page number to the page the
        // node is in, so `cell` is that node's cell. Cells are neither moved nor freed within
        // an epoch. As below, it holds a `<K::Ref as NodeHandle>::Data`, and the arena borrowed
        // by the scope of brand `'id` keeps it allocated.
        let raw = unsafe { <K::Ptr as RawNode<'arena, 'id>>::from_cell(cell) };
        // SAFETY: keys are opened only by `GraphMut` and `GraphRead`, whose arenas are keyed
        // (only the free `scope`'s private arena is not, and it has neither).
        let node = raw.node_ptr();
        let (generation, mark) = unsafe { node.header() }.load();
        if generation != self.generation || !is_live(generation) {
            return None;
        }
        if read_period.is_some_and(|period| period == mark) {
            return None;
        }
        // Why the cell holds a node of the right type: the slot holds a node whose handle had
        // `Kind = K`, and
        // `GraphNode::Kind` requires `K::Ref` to be that handle type, and the key recorded the
        // node through `K::into_ptr`, so the slot holds what a `K::Ptr` points to (a
        // `GhostCell` of `<K::Ref as NodeHandle>::Data`, or a split cell of that and the
        // value type: a `SplitPtr` exists only for memory allocated as one), up to the brands
        // `'arena` and `'id`, which exist only
        // at compile time: every value in the node typed with the old scope's brands is a
        // handle into this same arena, or data that outlives `'src` and so the arena, and both
        // stay valid under this scope's brands. The value itself is valid: removal keeps it,
        // and a refill writes only a node of the same `'static` kind (`StaticKind`). The arena
        // is borrowed by the scope of brand `'id` that opens the key.
        Some(K::from_ptr(raw))
    }
}

impl<K> Clone for Key<K> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<K> Copy for Key<K> {}

impl<K> PartialEq for Key<K> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        (self.epoch, self.index, self.generation) == (other.epoch, other.index, other.generation)
    }
}

impl<K> Eq for Key<K> {}

impl<K> PartialOrd for Key<K> {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<K> Ord for Key<K> {
    /// Orders by arena epoch, then by position in the arena, then by generation.
    #[inline]
    fn cmp(&self, other: &Self) -> Ordering {
        (self.epoch, self.index, self.generation).cmp(&(other.epoch, other.index, other.generation))
    }
}

impl<K> Hash for Key<K> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        (self.epoch, self.index, self.generation).hash(state);
    }
}

impl<K> fmt::Debug for Key<K> {
    /// `Key(3:120v2)`: arena epoch, the node's [`index`](crate::NodePtr::index) (its position
    /// among the arena's nodes, in 8-byte units, not a count of nodes), generation (even while
    /// the node lives).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Key({}:{}v{})", self.epoch, self.index, self.generation)
    }
}
