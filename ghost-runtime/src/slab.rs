//! Slabs: the memory node pages are carved from, owned by the arena and freed in bulk when it
//! drops.
//!
//! Slabs grow with the arena, from 4 pages up to a fixed cap of 128 pages (512 KiB), and then
//! stay that size. A bump allocator that doubles its chunks forever (bumpalo, typed-arena) keeps
//! up to half of its last chunk unused: 33.5 bytes for each 24-byte node of a million-node list.
//! With a cap, the unused tail is at most one slab per allocator, however large the arena grows.
//!
//! Each thread's allocator carves pages from a slab of its own (see `page.rs`), so the lock
//! here is taken once per slab, not per node.

use core::alloc::Layout;
use core::ptr::NonNull;
use core::sync::atomic::{AtomicUsize, Ordering};
use std::alloc;
use std::sync::{Mutex, PoisonError};

use crate::page::PAGE_SIZE;

/// The first slab of an arena, in pages: small scopes stay small.
const MIN_SLAB_PAGES: usize = 4;
/// The largest slab, in pages: bounds the memory an arena reserves but has not used.
const MAX_SLAB_PAGES: usize = 128;

/// Every slab and large-node allocation of one arena.
#[derive(Default)]
pub(crate) struct Slabs {
    /// Every allocation, with whether it is a slab (`true`) or a large node's.
    allocations: Mutex<Vec<(NonNull<u8>, Layout, bool)>>,
    /// Slabs emptied by `recycle`, handed out again before new ones: start and length in pages,
    /// the next to hand out last.
    recycled: Mutex<Vec<(NonNull<u8>, usize)>>,
    /// Pages reserved so far, which sets the size of the next slab.
    reserved_pages: AtomicUsize,
}

// SAFETY: `Slabs` only records allocations; the memory is plain bytes that any thread may use
// and free (the global allocator is thread-safe). The records are behind mutexes.
unsafe impl Send for Slabs {}
// SAFETY: as for `Send`: shared access only pushes records, under the mutex.
unsafe impl Sync for Slabs {}

impl Slabs {
    /// A new page-aligned slab; returns its start and its length in pages.
    ///
    /// The next slab doubles what the arena has reserved so far, between `MIN_SLAB_PAGES` and
    /// `MAX_SLAB_PAGES`.
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
        let pages = reserved.clamp(MIN_SLAB_PAGES, MAX_SLAB_PAGES);
        self.reserved_pages.fetch_add(pages, Ordering::Relaxed);
        (self.record(pages * PAGE_SIZE, true), pages)
    }

    /// Makes every slab available again, in the order they were first handed out, and frees
    /// the large nodes' allocations. The caller guarantees that nothing in them is used again.
    pub(crate) fn recycle(&mut self) {
        let allocations = self
            .allocations
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner);
        let recycled = self
            .recycled
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner);
        recycled.clear();
        allocations.retain(|&(memory, layout, is_slab)| {
            if !is_slab {
                // SAFETY: `record` made `memory` with `layout`; the record is dropped here, so
                // it is freed once, and the caller guarantees no node in it is used again.
                unsafe { alloc::dealloc(memory.as_ptr(), layout) };
            }
            is_slab
        });
        recycled.extend(
            allocations
                .iter()
                .rev()
                .map(|&(memory, layout, _)| (memory, layout.size() / PAGE_SIZE)),
        );
    }

    /// Pages reserved in slabs so far.
    #[cfg(test)]
    pub(crate) fn reserved_pages(&self) -> usize {
        self.reserved_pages.load(Ordering::Relaxed)
    }

    /// A page-aligned allocation of `size` bytes, freed with the arena: a slab, or the own
    /// allocation of a node too large for a page.
    pub(crate) fn allocate(&self, size: usize) -> NonNull<u8> {
        self.record(size, false)
    }

    fn record(&self, size: usize, is_slab: bool) -> NonNull<u8> {
        let layout = Layout::from_size_align(size.max(1), PAGE_SIZE)
            .expect("node sizes are far below isize::MAX");
        // SAFETY: the layout's size is not zero.
        let memory = unsafe { alloc::alloc(layout) };
        let Some(memory) = NonNull::new(memory) else {
            alloc::handle_alloc_error(layout)
        };
        self.allocations
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((memory, layout, is_slab));
        memory
    }
}

impl Drop for Slabs {
    fn drop(&mut self) {
        let allocations = self
            .allocations
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner);
        for &(memory, layout, _) in allocations.iter() {
            // SAFETY: `allocate` made `memory` with `layout`, and each record is freed once,
            // here. The arena drops its slabs after running every destructor, and no handle
            // into them outlives the arena (the scopes that hand them out borrow it).
            unsafe { alloc::dealloc(memory.as_ptr(), layout) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{MAX_SLAB_PAGES, MIN_SLAB_PAGES, Slabs};
    use crate::page::PAGE_SIZE;

    #[test]
    fn slabs_double_what_is_reserved_up_to_the_cap() {
        let slabs = Slabs::default();
        let sizes: Vec<usize> = (0..10).map(|_| slabs.new_slab().1).collect();
        assert_eq!(sizes, [4, 4, 8, 16, 32, 64, 128, 128, 128, 128]);
        assert_eq!(sizes[0], MIN_SLAB_PAGES);
        assert_eq!(sizes[9], MAX_SLAB_PAGES);
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
        assert_eq!(slabs.new_slab().1, 32, "then growth goes on");
        assert_eq!(
            slabs.allocations.get_mut().unwrap().len(),
            5,
            "large node freed"
        );
    }
}
