//! Slots: what a keyed arena (every `Arena`; not the private arena of the free `scope`, whose
//! nodes can have no use for keys) allocates for each node, a small header before the node's
//! cell. Node pointers point at the cell either way.
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

use ghost_cell::GhostCell;

/// A node's slot: the header, then the cell. `repr(C)` so the header is at the slot's start,
/// where a key's address points.
#[repr(C)]
pub(crate) struct Slot<'id, T> {
    pub(crate) header: SlotHeader,
    pub(crate) cell: GhostCell<'id, T>,
}

impl<'id, T> Slot<'id, T> {
    /// Where the cell starts within the slot: a node pointer points at the cell, and finds its
    /// header this many bytes before it.
    pub(crate) const CELL_OFFSET: usize = core::mem::offset_of!(Self, cell);

    /// A slot for a new node, made in a scope whose shared-scope mark is `mark` (0 outside
    /// shared scopes).
    pub(crate) fn new(value: T, mark: u32) -> Self {
        Self {
            header: SlotHeader(AtomicU64::new(u64::from(mark) << 32)),
            cell: GhostCell::new(value),
        }
    }
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
