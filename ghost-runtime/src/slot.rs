//! Slots: what a keyed arena (every `Arena`; not the private arena of the free `scope`, whose
//! nodes can have no use for keys) allocates for each node, a small header right before the
//! node's cell (or, for a split node, before its structure cell, which the value cell follows).
//! Node pointers point at the cell either way.
//!
//! The header holds the slot's **generation** (even while a node lives there, odd once it was
//! removed; keys remember it, so a key of a removed or replaced node no longer opens) and the
//! **shared-scope mark** (which `Arena::scope` call made the node, so `Arena::read` does not
//! open a node that a concurrent shared scope may still be writing). Both share one atomic
//! word, read without a token: `NodeRef::key` takes none.
//!
//! A slot is never freed while its arena holds it, and its cell always holds a valid value of
//! its node type: removal leaves the value in place, and reuse replaces it by a value of the
//! same type (see `reuse.rs`).

use core::sync::atomic::{AtomicU64, Ordering};

use core::alloc::Layout;

/// Where a slot's parts go for a node stored as `C` (a `GhostCell<'id, T>`, or a split node's
/// structure and value cells): the slot's layout, and the offset of `C` within it. The header
/// sits immediately before `C` (`HEADER` bytes before it) whatever `C`'s alignment, so a
/// pointer to the node finds its header without knowing how the node is stored.
pub(crate) fn slot_layout<C>() -> (Layout, usize) {
    let (layout, offset) = Layout::new::<SlotHeader>()
        .extend(Layout::new::<C>())
        .expect("a node's slot fits in memory");
    debug_assert!(offset >= HEADER);
    (layout, offset)
}

/// The size of a slot header, which ends where the node starts.
pub(crate) const HEADER: usize = size_of::<SlotHeader>();

/// The header of a node made in a scope whose shared-scope mark is `mark` (0 outside shared
/// scopes).
pub(crate) fn new_header(mark: u32) -> SlotHeader {
    SlotHeader(AtomicU64::new(u64::from(mark) << 32))
}

/// The generation (low 32 bits) and shared-scope mark (high 32 bits) of a slot.
pub(crate) struct SlotHeader(AtomicU64);

impl SlotHeader {
    /// The generation: even while a node lives in the slot, odd once it was removed.
    #[inline]
    pub(crate) fn generation(&self) -> u32 {
        self.0.load(Ordering::Relaxed) as u32
    }

    /// The generation and the shared-scope mark.
    #[inline]
    pub(crate) fn load(&self) -> (u32, u32) {
        let word = self.0.load(Ordering::Relaxed);
        (word as u32, (word >> 32) as u32)
    }

    /// Marks a live slot removed (its generation becomes odd); `false` if it already was.
    ///
    /// Only called with the scope's token held mutably, so no other thread changes the word
    /// meanwhile; readers of the generation (`key`, `get`) see either value.
    #[inline]
    pub(crate) fn remove(&self) -> bool {
        let generation = self.generation();
        if generation % 2 == 1 {
            return false;
        }
        self.0
            .store(u64::from(generation.wrapping_add(1)), Ordering::Relaxed);
        true
    }

    /// Marks a removed slot live again, for the node that replaces the removed one: the next
    /// (even) generation, no shared-scope mark.
    #[inline]
    pub(crate) fn revive(&self) {
        let generation = self.generation();
        debug_assert!(generation % 2 == 1, "only removed slots are reused");
        self.0
            .store(u64::from(generation.wrapping_add(1)), Ordering::Relaxed);
    }
}

/// Whether a slot of generation `generation` holds a live node.
#[inline]
pub(crate) fn is_live(generation: u32) -> bool {
    generation % 2 == 0
}
