//! Slabs: the memory node pages are carved from, owned by the arena and freed in bulk when it
//! drops.
//!
//! Slabs come from a [`bumpalo_herd::Herd`], the thread-safe group of bumpalo arenas: each
//! request borrows a member of the herd (one lock, taken once per slab, not per node: each
//! thread's allocator carves its pages from a slab of its own, see `page.rs`), and bumps the
//! slab out of that member's current chunk.
//!
//! Slabs grow with the arena, from 4 pages up to a fixed cap of 128 pages (512 KiB), and then
//! stay that size. Left alone, bumpalo doubles its chunks forever and keeps up to half of its
//! last chunk unused (33.5 bytes for each 24-byte node of a million-node list); before each
//! slab the member's allocation limit is set to what it holds plus twice the slab, so that
//! bumpalo, which halves a new chunk until it fits under the limit, never makes a chunk much
//! larger than a slab. The unused tail stays at most about one slab per member.
//!
//! `clear` keeps every slab for the next pages (better than `Herd::reset`, which would free
//! all but one chunk per member and fault on every page again); the herd frees its chunks when
//! the arena drops. Nodes larger than a page get allocations of their own from the global
//! allocator, freed at `clear` and at drop.

use core::alloc::Layout;
use core::ptr::NonNull;
use core::sync::atomic::{AtomicUsize, Ordering};
use std::alloc;
use std::sync::{Mutex, PoisonError};

use bumpalo_herd::Herd;

use crate::page::PAGE_SIZE;

/// The first slab of an arena, in pages: small scopes stay small.
const MIN_SLAB_PAGES: usize = 4;
/// The largest slab, in pages: bounds the memory an arena reserves but has not used.
const MAX_SLAB_PAGES: usize = 128;

/// Every slab and large-node allocation of one arena.
#[derive(Default)]
pub(crate) struct Slabs {
    /// Where the slabs come from; frees them all when it drops.
    herd: Herd,
    /// Every slab taken from the herd: start and length in pages.
    slabs: Mutex<Vec<(NonNull<u8>, usize)>>,
    /// Slabs emptied by `recycle`, handed out again before new ones, the next to hand out
    /// last.
    recycled: Mutex<Vec<(NonNull<u8>, usize)>>,
    /// Allocations of nodes larger than a page, from the global allocator.
    large: Mutex<Vec<(NonNull<u8>, Layout)>>,
    /// Pages reserved so far, which sets the size of the next slab.
    reserved_pages: AtomicUsize,
}

// SAFETY: `Slabs` only records allocations; the memory is plain bytes that any thread may use
// and free (the herd is `Sync` and hands each member to one thread at a time, and the global
// allocator is thread-safe). The records are behind mutexes.
unsafe impl Send for Slabs {}
// SAFETY: as for `Send`: shared access only takes members of the herd and pushes records,
// under mutexes.
unsafe impl Sync for Slabs {}

impl Slabs {
    /// A new page-aligned slab; returns its start and its length in pages.
    ///
    /// The next slab doubles what the arena has reserved so far, between `MIN_SLAB_PAGES` and
    /// `MAX_SLAB_PAGES`; or it is what is left of the herd member's current chunk, if that is
    /// at least a page (and then at most that size).
    pub(crate) fn new_slab(&self) -> (NonNull<u8>, usize) {
        if let Some(slab) = self
            .recycled
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop()
        {
            return slab;
        }
        let reserved = self.reserved_pages.load(Ordering::Relaxed);
        let wanted = reserved.clamp(MIN_SLAB_PAGES, MAX_SLAB_PAGES);
        let member = self.herd.get();
        let bump = member.as_bump();
        // What is left of the member's current chunk first (bumpalo's chunk sizes are not our
        // slab sizes, so a chunk often has room after a slab): at most `wanted` pages of it,
        // at least one, keeping a page for the alignment.
        let room = (bump.chunk_capacity() / PAGE_SIZE).saturating_sub(1);
        let (pages, from_room) = if room >= 1 {
            (room.min(wanted), true)
        } else {
            (wanted, false)
        };
        let layout = Layout::from_size_align(pages * PAGE_SIZE, PAGE_SIZE)
            .expect("a slab is far below isize::MAX");
        // Cap a new chunk at what the member holds (so chunks grow as slabs do, doubling),
        // and at two full slabs: bumpalo tries twice its last chunk, then halves that (not
        // below the request) until it fits under the limit, so chunks stop doubling at 1 MiB.
        // (A limit of one slab fails whenever twice the last chunk is above it and half of
        // that below the request.) From the current chunk: no new one at all.
        let held = bump.allocated_bytes();
        let growth = if from_room {
            0
        } else {
            held.min(2 * MAX_SLAB_PAGES * PAGE_SIZE)
                .max(layout.size() + 4 * PAGE_SIZE)
        };
        bump.set_allocation_limit(Some(held + growth));
        let slab = bump.try_alloc_layout(layout).unwrap_or_else(|_| {
            // No size bumpalo tries fits under the limit: let it take the chunk it wants (its
            // leftover becomes the next slabs, above).
            bump.set_allocation_limit(None);
            bump.alloc_layout(layout)
        });
        self.reserved_pages.fetch_add(pages, Ordering::Relaxed);
        // The memory stays allocated after the member goes back to the herd: a bumpalo chunk
        // lives until its arena is reset or dropped, and this herd is never reset (it drops
        // with `self`).
        drop(member);
        self.slabs
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((slab, pages));
        (slab, pages)
    }

    /// Makes every slab available again for new pages (the caller guarantees nothing in them
    /// is used any more), and frees large nodes' allocations.
    pub(crate) fn recycle(&mut self) {
        self.free_large();
        let slabs = self.slabs.get_mut().unwrap_or_else(PoisonError::into_inner);
        let recycled = self
            .recycled
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner);
        recycled.clear();
        recycled.extend(slabs.iter().rev().copied());
    }

    /// Pages reserved so far (for tests).
    #[cfg(test)]
    pub(crate) fn reserved_pages(&self) -> usize {
        self.reserved_pages.load(Ordering::Relaxed)
    }

    /// A page-aligned allocation of `size` bytes for a node larger than a page, freed with the
    /// arena (or at `clear`).
    pub(crate) fn allocate(&self, size: usize) -> NonNull<u8> {
        let layout = Layout::from_size_align(size.max(1), PAGE_SIZE)
            .expect("node sizes are far below isize::MAX");
        // SAFETY: the layout's size is not zero.
        let memory = unsafe { alloc::alloc(layout) };
        let Some(memory) = NonNull::new(memory) else {
            alloc::handle_alloc_error(layout)
        };
        self.large
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((memory, layout));
        memory
    }

    fn free_large(&mut self) {
        let large = self.large.get_mut().unwrap_or_else(PoisonError::into_inner);
        for (memory, layout) in large.drain(..) {
            // SAFETY: `allocate` made `memory` with `layout`, and each record is freed once
            // (drained here). The arena frees them after running every destructor (at `clear`
            // or at drop), and no handle into them is used afterwards (`clear` starts a new
            // epoch and holds the arena exclusively; at drop the scopes that hand out handles
            // have ended).
            unsafe { alloc::dealloc(memory.as_ptr(), layout) };
        }
    }
}

impl Drop for Slabs {
    /// Frees large nodes' allocations; the herd, dropped next, frees the slabs.
    fn drop(&mut self) {
        self.free_large();
    }
}

#[cfg(test)]
mod tests {
    use super::{MAX_SLAB_PAGES, MIN_SLAB_PAGES, Slabs};
    use crate::page::PAGE_SIZE;

    #[test]
    fn slabs_grow_with_what_is_reserved_up_to_the_cap() {
        let slabs = Slabs::default();
        let sizes: Vec<usize> = (0..24).map(|_| slabs.new_slab().1).collect();
        // Each slab is what the arena reserved so far (doubling), or what is left of the
        // herd member's current chunk (at least a page), never above the cap.
        assert_eq!(sizes[0], MIN_SLAB_PAGES);
        assert!(
            sizes
                .iter()
                .all(|&pages| (1..=MAX_SLAB_PAGES).contains(&pages)),
            "{sizes:?}"
        );
        assert!(sizes.contains(&MAX_SLAB_PAGES), "{sizes:?}");
        assert_eq!(slabs.reserved_pages(), sizes.iter().sum::<usize>());
    }

    #[test]
    fn the_herd_holds_little_beyond_the_slabs() {
        let slabs = Slabs::default();
        let pages: usize = (0..40).map(|_| slabs.new_slab().1).sum();
        let held = slabs.herd.get().as_bump().allocated_bytes();
        // Chunks stop doubling at about two slabs: the unused part is below that.
        assert!(
            held - pages * PAGE_SIZE <= 2 * MAX_SLAB_PAGES * PAGE_SIZE + 8 * PAGE_SIZE,
            "{held} bytes held for {pages} pages"
        );
    }

    #[test]
    fn slabs_are_page_aligned_and_writable() {
        let slabs = Slabs::default();
        for _ in 0..3 {
            let (slab, pages) = slabs.new_slab();
            assert_eq!(slab.addr().get() % PAGE_SIZE, 0);
            // SAFETY: the slab is `pages` pages long and unused.
            unsafe { slab.write_bytes(0xA5, pages * PAGE_SIZE) };
        }
        let large = slabs.allocate(3 * PAGE_SIZE + 1);
        assert_eq!(large.addr().get() % PAGE_SIZE, 0);
    }

    #[test]
    fn recycled_slabs_come_back_in_order_before_new_ones() {
        let mut slabs = Slabs::default();
        let first: Vec<_> = (0..4).map(|_| slabs.new_slab()).collect();
        let _large = slabs.allocate(2 * PAGE_SIZE);
        slabs.recycle();
        let again: Vec<_> = (0..4).map(|_| slabs.new_slab()).collect();
        assert_eq!(again, first);
        assert!(slabs.new_slab().1 >= 1, "then new slabs again");
        assert_eq!(slabs.slabs.get_mut().unwrap().len(), 5);
        assert!(
            slabs.large.get_mut().unwrap().is_empty(),
            "large node freed"
        );
    }
}
