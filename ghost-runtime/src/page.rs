//! Node pages: every node lives in a 4 KiB-aligned page whose header holds a page number, so a
//! node's address yields a dense index (for traversal bitmaps, and each node's public
//! `index()`) with one mask and one load, and no field is added to any node.
//!
//! The header takes the first 64 bytes of every page, and nodes fill the rest from the top
//! down. A page's layout therefore depends only on the nodes put in it, not on where its memory
//! lies, so the same program gives its nodes the same indices on every run (issue 11). Headers
//! used to sit on one of 32 cache lines chosen from the page's address, so that they would not
//! all share one L1 set; measured on the 100,000-vertex graph (callgrind's cache simulation),
//! that saved 0.1 L1 misses per edge in BFS and DFS and cost 3 instructions per header read, and
//! its timings could not be told apart: too little to give up reproducible indices for.
//!
//! Each allocator carves pages from a slab of its own (see `slab.rs`) and bumps nodes within
//! its current page. A node too large for a page gets a page-aligned allocation of its own,
//! with the same header.

use core::alloc::Layout;
use core::num::NonZeroU64;
use core::ptr::NonNull;
use core::sync::atomic::{AtomicPtr, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

use crate::slab::Slabs;

/// Size and alignment of a page.
pub(crate) const PAGE_SIZE: usize = 4096;
/// Every node starts on its own 8-byte granule, so granules tell nodes apart.
const GRANULE: usize = 8;
/// A header takes the first cache line of its page.
const HEADER: usize = 64;
/// The largest node alignment. A node's cell must start within the first 4 KiB of its
/// allocation, where its page header is: a large node's slot starts at most `MAX_ALIGN` bytes
/// in (after the header), and its cell at most `MAX_ALIGN` bytes into the slot (after the slot
/// header, padded to the cell's alignment), so 1 KiB keeps the cell below 2 KiB. (At 2 KiB, a
/// keyed cell started on the allocation's second page, whose "header" was the node's own bytes:
/// found in review, and fixed by this limit.)
pub(crate) const MAX_ALIGN: usize = PAGE_SIZE / 4;

/// Granules per page: the factor between page numbers and dense indices.
pub(crate) const GRANULES_PER_PAGE: usize = PAGE_SIZE / GRANULE;

#[repr(C, align(8))]
struct PageHeader {
    number: usize,
    /// The arena's epoch when the page was numbered: keys carry it, so a key made before
    /// `Arena::clear`, or in another arena, is told apart without reading its address.
    epoch: NonZeroU64,
    /// Whether the page's nodes sit in slots with a header (see `slot.rs`).
    keyed: bool,
}

/// What a node's address tells through its page header.
#[derive(Clone, Copy)]
pub(crate) struct Identity {
    /// The arena's epoch when the page was numbered.
    pub(crate) epoch: NonZeroU64,
    /// The node's dense index.
    pub(crate) index: usize,
    /// Whether the node has a slot header.
    pub(crate) keyed: bool,
}

/// Where arena epochs come from. A global counter, not an address: a new arena may reuse the
/// memory of a dropped one, and its keys must not open the new arena's nodes. At one epoch per
/// nanosecond it would take 584 years to wrap.
static EPOCHS: AtomicU64 = AtomicU64::new(1);

/// An epoch no arena had before.
pub(crate) fn fresh_epoch() -> NonZeroU64 {
    NonZeroU64::new(EPOCHS.fetch_add(1, Ordering::Relaxed)).expect("2^64 arena epochs")
}

/// The memory of one arena and how its pages are numbered and found: slabs, the page counter,
/// the page table (page number to address, so a key's dense index finds its slot), and the
/// epoch written into every page header.
///
/// The table is a plain vector, read without locks, covering every page numbered before the
/// last [`sync`](Self::sync) (which needs `&mut self`: the arena calls it around each
/// `scope_mut`); pages numbered since then wait in `recent`, behind a lock taken once per
/// page, and a lookup that misses the vector looks there. `read` never needs `recent`: the
/// nodes it may open were made before the last `scope_mut` ended. The addresses are atomic
/// pointers only so the table is `Send` and `Sync` without `unsafe`; they are read
/// `Relaxed`, which is a plain load.
pub(crate) struct PageBook {
    pub(crate) slabs: Slabs,
    /// Numbers node pages across all allocators of the arena.
    pub(crate) numbers: AtomicUsize,
    /// The address of every page numbered before the last `sync`, by number.
    pages: Vec<AtomicPtr<u8>>,
    /// Pages numbered since, by number minus `pages.len()` (null until recorded).
    recent: Mutex<Vec<AtomicPtr<u8>>>,
    epoch: NonZeroU64,
    /// Whether nodes get slot headers: every `Arena` but the free `scope`'s private one.
    pub(crate) keyed: bool,
}

impl PageBook {
    pub(crate) fn new(keyed: bool) -> Self {
        Self {
            slabs: Slabs::default(),
            numbers: AtomicUsize::new(0),
            pages: Vec::new(),
            recent: Mutex::new(Vec::new()),
            epoch: fresh_epoch(),
            keyed,
        }
    }

    /// Records that page `number` starts at `page`.
    fn record(&self, number: usize, page: NonNull<u8>) {
        let mut recent = self.recent.lock().unwrap_or_else(PoisonError::into_inner);
        let position = number - self.pages.len();
        if recent.len() <= position {
            recent.resize_with(position + 1, AtomicPtr::default);
        }
        *recent[position].get_mut() = page.as_ptr();
    }

    /// Where page `number` starts, if it was recorded.
    #[inline]
    fn page(&self, number: usize) -> Option<NonNull<u8>> {
        match self.pages.get(number) {
            Some(page) => NonNull::new(page.load(Ordering::Relaxed)),
            None => self.recent_page(number),
        }
    }

    #[cold]
    fn recent_page(&self, number: usize) -> Option<NonNull<u8>> {
        let recent = self.recent.lock().unwrap_or_else(PoisonError::into_inner);
        let page = recent.get(number.checked_sub(self.pages.len())?)?;
        NonNull::new(page.load(Ordering::Relaxed))
    }

    /// Moves the pages numbered since the last call into the lock-free vector.
    #[inline]
    pub(crate) fn sync(&mut self) {
        let recent = self
            .recent
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner);
        // Most exclusive scopes follow no shared one: nothing to move, and no call to make.
        if !recent.is_empty() {
            self.pages.append(recent);
        }
    }

    /// The epoch that keys of this arena's current nodes carry.
    #[inline]
    pub(crate) fn epoch(&self) -> NonZeroU64 {
        self.epoch
    }

    /// Where the node of dense index `index` starts, if a page of that number was recorded.
    /// The address is only meaningful for an index of a node of this epoch.
    #[inline]
    pub(crate) fn node_at(&self, index: usize) -> Option<NonNull<u8>> {
        let page = self.page(index / GRANULES_PER_PAGE)?;
        let granule = GRANULES_PER_PAGE - 1 - index % GRANULES_PER_PAGE;
        // SAFETY: the offset is below `PAGE_SIZE`, and every recorded page (or large node's
        // allocation) is at least that long.
        Some(unsafe { page.add(granule * GRANULE) })
    }

    /// Forgets every page and starts a new epoch; the slabs are kept for the next pages, large
    /// nodes' allocations freed. The caller must guarantee that no node of the old epoch is
    /// used again (`Arena::clear` has dropped them all and holds the arena exclusively).
    pub(crate) fn reset(&mut self) {
        self.slabs.recycle();
        *self.numbers.get_mut() = 0;
        self.pages.clear();
        self.recent
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
        self.epoch = fresh_epoch();
    }
}

/// One allocator's current page and the unused pages of its slab.
///
/// Both fill from their end downward, so nodes allocated in order lie at steadily descending
/// addresses across a whole slab, which hardware prefetchers follow (an address stream that
/// turned at every page made walks run at 0.6x the speed of a contiguous list).
///
/// Allocation bumps `top` down towards the header, which ends at `HEADER`: the fast path is one
/// subtraction and one comparison per node.
pub(crate) struct PageCursor {
    /// The current page; dangling, with an empty run, before the first page.
    page: NonNull<u8>,
    /// Offset of the lowest allocated byte of the current page: `HEADER..top` is free.
    top: usize,
    /// The start of the current slab; its first `slab_pages` pages are unused.
    slab: Option<NonNull<u8>>,
    slab_pages: usize,
}

// SAFETY: the cursor is the only user of the free part of its page and of its slab's unused
// pages, and moving it moves that exclusive use; the memory is plain bytes owned by the arena's
// `Slabs` until the arena drops, valid on any thread.
unsafe impl Send for PageCursor {}

impl Default for PageCursor {
    fn default() -> Self {
        Self {
            page: NonNull::dangling(),
            top: HEADER,
            slab: None,
            slab_pages: 0,
        }
    }
}

impl PageCursor {
    /// Whether a node could still fit without a new slab.
    pub(crate) fn has_room(&self) -> bool {
        self.top - HEADER >= GRANULE || self.slab_pages > 0
    }

    /// Memory for one node with `layout` (alignment at most `MAX_ALIGN`), in a page of this
    /// allocator's; new memory comes from `book`'s slabs, and new pages are numbered there.
    #[inline(always)]
    pub(crate) fn alloc(&mut self, book: &PageBook, layout: Layout) -> NonNull<u8> {
        debug_assert!(layout.align() <= MAX_ALIGN);
        let align = layout.align().max(GRANULE);
        // A zero-sized node still takes a granule, so no node starts at the end of its page.
        let size = layout.size().max(1).next_multiple_of(GRANULE);
        if let Some(node) = self.bump(align, size) {
            return node;
        }
        self.alloc_slow(book, align, size)
    }

    /// Memory for one node with `layout` in the current page, if it fits there: `alloc`'s fast
    /// path, which never takes new memory.
    #[inline(always)]
    pub(crate) fn try_bump(&mut self, layout: Layout) -> Option<NonNull<u8>> {
        let align = layout.align().max(GRANULE);
        let size = layout.size().max(1).next_multiple_of(GRANULE);
        self.bump(align, size)
    }

    /// Memory for a node in the current page, if it fits there.
    #[inline(always)]
    fn bump(&mut self, align: usize, size: usize) -> Option<NonNull<u8>> {
        let offset = fit(self.top, HEADER, align, size)?;
        self.top = offset;
        // SAFETY: `fit` found `HEADER <= offset` and `offset + size <= top`, within the current
        // page and clear of its header (the run is empty before the first page, so `page` is
        // real here).
        Some(unsafe { self.page.add(offset) })
    }

    /// The slow path of `alloc`: a large node, or a new page (from a new slab if need be).
    #[cold]
    #[inline(never)]
    fn alloc_slow(&mut self, book: &PageBook, align: usize, size: usize) -> NonNull<u8> {
        if size > PAGE_SIZE / 2 {
            // A large node: an allocation of its own, starting after its header (at most
            // `MAX_ALIGN` bytes in), and at least a page long, as
            // `PageBook::node_at` assumes of every numbered page. The current page stays in
            // use.
            let offset = HEADER.next_multiple_of(align);
            let large = book.slabs.allocate((offset + size).max(PAGE_SIZE));
            number_page(large, book);
            // SAFETY: the allocation holds at least `offset + size` bytes.
            return unsafe { large.add(offset) };
        }
        let (slab, slab_pages) = match self.slab {
            Some(slab) if self.slab_pages > 0 => (slab, self.slab_pages),
            _ => book.slabs.new_slab(),
        };
        // SAFETY: the slab has `slab_pages` unused pages from its start; this is the last.
        let page = unsafe { slab.add((slab_pages - 1) * PAGE_SIZE) };
        number_page(page, book);
        *self = Self {
            page,
            top: PAGE_SIZE,
            slab: Some(slab),
            slab_pages: slab_pages - 1,
        };
        // A node of at most half a page, aligned to at most `MAX_ALIGN`, fits in the upper
        // half of an empty page, above the header.
        self.bump(align, size)
            .expect("half a page fits above the header")
    }
}

/// The highest offset in the free run `floor..top` where a node of `size` bytes aligned to
/// `align` fits, if any. `top`, `floor` and `size` are multiples of `GRANULE`, so for nodes
/// aligned to at most a granule (the common case, decided at compile time) this is one
/// subtraction and one comparison.
#[inline(always)]
fn fit(top: usize, floor: usize, align: usize, size: usize) -> Option<usize> {
    if top - floor < size {
        return None;
    }
    let offset = top - size;
    if align <= GRANULE {
        return Some(offset);
    }
    let aligned = offset & !(align - 1);
    (aligned >= floor).then_some(aligned)
}

/// Writes a numbered header into the first bytes of the fresh, page-aligned memory at `page`
/// (a page, or a large node's allocation, at least a page long), and records the page in the
/// page table.
fn number_page(page: NonNull<u8>, book: &PageBook) {
    let number = book.numbers.fetch_add(1, Ordering::Relaxed);
    // SAFETY: the memory is page-aligned and at least a page long, so the header is inside it
    // and aligned; nothing else uses its first `HEADER` bytes.
    unsafe {
        page.cast::<PageHeader>().write(PageHeader {
            number,
            epoch: book.epoch,
            keyed: book.keyed,
        });
    }
    book.record(number, page);
}

/// The dense index of the node at `node`: page number times granules per page, plus the
/// granule within the page counted from the page's end (pages fill downward, so within a page
/// a later node has a higher index, as it has on a later page). Distinct live nodes have
/// distinct indices; indices grow with the memory used (about one per 8 bytes of nodes).
///
/// # Safety
/// `node` must have been returned by [`PageCursor::alloc`] (with its provenance), and its page
/// must still be allocated.
#[inline]
pub(crate) unsafe fn dense_index(node: NonNull<u8>) -> usize {
    // SAFETY: as required of the caller.
    unsafe { identity(node).index }
}

/// The epoch and keyedness of the page holding the node at `node`, and the node's dense index.
///
/// # Safety
/// As for [`dense_index`].
#[inline]
pub(crate) unsafe fn identity(node: NonNull<u8>) -> Identity {
    let offset = node.addr().get() & (PAGE_SIZE - 1);
    let header = node.as_ptr().wrapping_sub(offset).cast::<PageHeader>();
    // SAFETY: the node starts within the first `PAGE_SIZE` bytes of page-aligned memory that
    // `number_page` numbered (a slab page, or the start of a large node's allocation; see
    // `alloc`), so rounding its address down to the page gives that memory's start, within the
    // same allocation (the pointer keeps its provenance), where `number_page` initialised the
    // header before the node was handed out; it is not written again while the page holds
    // nodes of this epoch.
    let PageHeader {
        number,
        epoch,
        keyed,
    } = unsafe { header.read() };
    Identity {
        epoch,
        index: number * GRANULES_PER_PAGE + (GRANULES_PER_PAGE - 1 - offset / GRANULE),
        keyed,
    }
}

#[cfg(test)]
mod tests {
    use core::alloc::Layout;

    use super::{HEADER, PAGE_SIZE, PageBook, PageCursor, dense_index};

    #[test]
    fn nodes_are_aligned_disjoint_and_clear_of_headers() {
        let book = PageBook::new(true);
        let mut cursor = PageCursor::default();
        let mut indices = std::collections::HashSet::new();
        let layouts = [
            (24, 8),
            (8, 8),
            (40, 16),
            (0, 1),
            (100, 64),
            (3, 1),
            (600, 256),
        ];
        // Enough to fill several pages, each layout landing on various offsets.
        let count = if cfg!(miri) { 400 } else { 3000 };
        let mut nodes: Vec<(usize, usize)> = (0..count)
            .map(|i| {
                let (size, align) = layouts[i * 7 / 3 % layouts.len()];
                let layout = Layout::from_size_align(size, align).unwrap();
                let node = cursor.alloc(&book, layout);
                let address = node.addr().get();
                assert_eq!(address % align, 0, "{layout:?}");
                let page = address - address % PAGE_SIZE;
                let end = address + size.max(1);
                assert!(address >= page + HEADER, "{layout:?} on a header");
                assert!(end <= page + PAGE_SIZE, "{layout:?} crosses its page");
                // SAFETY: `node` came from `alloc`, and `slabs` is alive.
                assert!(
                    indices.insert(unsafe { dense_index(node) }),
                    "a repeated index"
                );
                (address, end)
            })
            .collect();
        nodes.sort_unstable();
        assert!(
            nodes.windows(2).all(|pair| pair[0].1 <= pair[1].0),
            "overlapping nodes"
        );
    }

    #[test]
    fn indices_depend_on_the_nodes_not_on_the_memory() {
        let layouts = [(24, 8), (40, 16), (3000, 8), (600, 256), (8, 8)];
        let count = if cfg!(miri) { 200 } else { 2000 };
        let indices = |book: &PageBook| {
            let mut cursor = PageCursor::default();
            (0..count)
                .map(|i| {
                    let (size, align) = layouts[i * 7 / 3 % layouts.len()];
                    let node = cursor.alloc(book, Layout::from_size_align(size, align).unwrap());
                    // SAFETY: `node` came from `alloc`, and `book` is alive.
                    unsafe { dense_index(node) }
                })
                .collect::<Vec<_>>()
        };
        // Three books alive at once, so their slabs lie at different addresses.
        let books = [true, false, true].map(PageBook::new);
        let [a, b, c] = [0, 1, 2].map(|i| indices(&books[i]));
        assert_eq!(a, b);
        assert_eq!(a, c);
    }

    #[test]
    fn large_nodes_of_any_alignment_fit_their_allocation() {
        let book = PageBook::new(true);
        let mut cursor = PageCursor::default();
        let mut indices = std::collections::HashSet::new();
        for (i, align) in [8, 16, 64, 512, 1024].into_iter().enumerate() {
            for size in [2049, 4032, 5000 + i] {
                let layout = Layout::from_size_align(size, align).unwrap();
                let node = cursor.alloc(&book, layout);
                assert_eq!(node.addr().get() % align, 0, "{layout:?}");
                // Right after its header, aligned.
                assert_eq!(
                    node.addr().get() % PAGE_SIZE,
                    HEADER.next_multiple_of(align),
                    "{layout:?}"
                );
                // SAFETY: `alloc` returned `size` bytes (Miri checks the bounds).
                unsafe { node.write_bytes(0x5A, size) };
                // SAFETY: `node` came from `alloc`, and `slabs` is alive.
                assert!(indices.insert(unsafe { dense_index(node) }));
            }
        }
    }
}
