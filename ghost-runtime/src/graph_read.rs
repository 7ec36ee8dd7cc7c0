//! [`GraphRead`], the graph handle of [`Arena::read`](crate::Arena::read) (opens keys for
//! reading, on as many threads at once as like) and of [`Arena::relink`](crate::Arena::relink)
//! (opens keys for relinking, with the arena held exclusively).

use core::fmt;
use core::marker::PhantomData;

use crate::arena::Arena;
use crate::brand::Brand;
use crate::key::{Key, NodeKind};
use crate::mode::{Opens, Shared, ThreadMode};
use crate::node_ptr::NodeHandle;
use crate::page::PageBook;
use crate::raw_node::RawNode;

/// The graph handle of a shared, read-only scope ([`Arena::read`](crate::Arena::read)), and of
/// an exclusive one that only relinks ([`Arena::relink`](crate::Arena::relink)).
///
/// It opens keys ([`get`](Self::get)) and nothing else: it does not allocate or remove. In
/// `read` the scope's token is lent as `&GhostToken`, so nothing can be linked, unlinked or
/// written, and any number of threads may be inside `read` on one `&Arena` at once, each with
/// its own brand; the handle of a shared arena is `Sync`, so one `read` may also fan out to
/// threads of its own (that of a [`LocalArena`](crate::LocalArena) stays on its thread). In
/// `relink` the token is lent as `&mut GhostToken`, with the arena borrowed exclusively.
pub struct GraphRead<'src, 'arena, 'id, M: ThreadMode = Shared> {
    book: &'arena PageBook,
    /// The arena's shared-scope period: nodes that shared scopes of this period made are not
    /// opened, as such a scope may still be running and writing them.
    period: u32,
    _brand: Brand<'src, 'arena, 'id>,
    /// [`Local`](crate::Local) makes the handle neither `Send` nor `Sync`.
    _mode: PhantomData<M>,
}

impl<'src, 'arena, 'id, M: ThreadMode> GraphRead<'src, 'arena, 'id, M> {
    /// Only `Arena::read` and `Arena::relink` create these.
    #[inline]
    pub(crate) fn new(arena: &'arena Arena<'src, M>) -> Self {
        Self {
            book: &arena.book,
            period: arena.period(),
            _brand: PhantomData,
            _mode: PhantomData,
        }
    }

    /// The node `key` names, if it still lives in this arena; `None` for a key of a removed
    /// node, of another arena, or from before [`Arena::clear`](crate::Arena::clear), and for a
    /// node made by an [`Arena::scope`](crate::Arena::scope) call since the last `scope_mut`
    /// or `relink` (that scope may still be running on another thread and writing it).
    ///
    /// In a shared arena, requires the node to be `Sync`: other threads may read the same node
    /// in their own `read` at the same time ([`Opens`]). Costs a comparison and two loads (the
    /// page table's entry and the slot header).
    #[inline]
    #[must_use]
    pub fn get<K>(&self, key: Key<K>) -> Option<K::Ref>
    where
        K: NodeKind<'arena, 'id>,
        M: Opens<<K::Ref as NodeHandle<'arena, 'id>>::Data>
            + Opens<<K::Ptr as RawNode<'arena, 'id>>::Value>,
    {
        key.open(self.book, Some(self.period))
    }

    /// Whether `key` opens here: `self.get(key).is_some()`.
    #[inline]
    #[must_use]
    pub fn contains<K>(&self, key: Key<K>) -> bool
    where
        K: NodeKind<'arena, 'id>,
        M: Opens<<K::Ref as NodeHandle<'arena, 'id>>::Data>
            + Opens<<K::Ptr as RawNode<'arena, 'id>>::Value>,
    {
        self.get(key).is_some()
    }
}

impl<M: ThreadMode> fmt::Debug for GraphRead<'_, '_, '_, M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GraphRead").finish_non_exhaustive()
    }
}
