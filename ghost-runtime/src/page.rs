//! Node pages: every node lives in a 4 KiB-aligned page whose header holds a page number, so a
//! node's address yields a dense index (for traversal bitmaps) with one mask and one load, and
//! no field is added to any node.
//!
//! A page is one bump allocation from the thread's `bumpalo-herd` member; nodes are bumped
//! within it. A node too large for a page gets a page-aligned allocation of its own, with the
//! same header.

use core::alloc::Layout;
use core::ptr::NonNull;
use core::sync::atomic::{AtomicUsize, Ordering};

use bumpalo_herd::Member;

/// Size and alignment of a page.
pub(crate) const PAGE_SIZE: usize = 4096;
/// Every node starts on its own 8-byte granule, so granules tell nodes apart.
const GRANULE: usize = 8;
/// A header takes one cache line.
const HEADER: usize = 64;
/// Headers sit at one of this many cache-line offsets, chosen from the page's address. Were
/// they all at offset 0, every header would map to the same L1 cache set (pages are 4 KiB
/// apart) and traversals would miss on nearly every header load.
const COLOURS: usize = 32;
/// The largest node alignment: a node must start within the first 4 KiB of its allocation,
/// after the header (which ends at most at 2 KiB).
pub(crate) const MAX_ALIGN: usize = PAGE_SIZE / 2;

/// Where the header of the page at `base` (a multiple of `PAGE_SIZE`) starts.
#[inline]
fn header_offset(base: usize) -> usize {
    (base / PAGE_SIZE % COLOURS) * HEADER
}

#[repr(C, align(8))]
struct PageHeader {
    number: usize,
}

/// One allocator's current page, filled from its end downward: bumpalo hands out successive
/// pages at descending addresses, so nodes allocated in order then lie at steadily descending
/// addresses, which hardware prefetchers follow (filling upward made the address stream turn
/// every page, and walks ran at 0.6x the speed of a contiguous list).
#[derive(Default)]
pub(crate) struct PageCursor {
    page: Option<NonNull<u8>>,
    /// Offset of the lowest allocated byte in `page`: everything below is free.
    top: usize,
    /// Offset of `page`'s header, which allocation skips.
    header: usize,
}

// SAFETY: the cursor is the only user of the free part of its page, and moving it moves that
// exclusive use; the memory is plain bytes owned by the herd (whichever member allocated it,
// it stays allocated until the herd drops), valid on any thread.
unsafe impl Send for PageCursor {}

impl PageCursor {
    /// Whether a node could still fit in the current page.
    pub(crate) fn has_room(&self) -> bool {
        self.page.is_some() && fit(self.top, self.header, GRANULE, GRANULE).is_some()
    }

    /// Memory for one node with `layout` (alignment at most `MAX_ALIGN`), in a page of this
    /// allocator's; new pages are numbered from `numbers`.
    #[inline(always)]
    pub(crate) fn alloc(
        &mut self,
        member: &Member<'_>,
        numbers: &AtomicUsize,
        layout: Layout,
    ) -> NonNull<u8> {
        debug_assert!(layout.align() <= MAX_ALIGN);
        let align = layout.align().max(GRANULE);
        // A zero-sized node still takes a granule, so no node starts at the end of its page.
        let size = layout.size().max(1).next_multiple_of(GRANULE);
        if let Some(page) = self.page {
            if let Some(offset) = fit(self.top, self.header, align, size) {
                self.top = offset;
                // SAFETY: `fit` returns an offset with `offset + size <= top <= PAGE_SIZE`.
                return unsafe { page.add(offset) };
            }
        }
        if size > PAGE_SIZE / 2 {
            // A large node: an allocation of its own, starting after its header (so within its
            // first 4 KiB, as alignment is at most 2 KiB). The current page stays in use.
            let (large, header) = new_page(member, numbers, HEADER * COLOURS + MAX_ALIGN + size);
            let offset = (header + HEADER).next_multiple_of(align);
            // SAFETY: `offset <= HEADER * COLOURS + MAX_ALIGN`, so `offset + size` is within
            // the allocation.
            return unsafe { large.add(offset) };
        }
        let (page, header) = new_page(member, numbers, PAGE_SIZE);
        // A node of at most half a page, aligned to at most half a page, fits in the upper half
        // of an empty page, above any header (headers end by 2 KiB).
        let offset =
            fit(PAGE_SIZE, header, align, size).expect("half a page fits above any header");
        *self = Self {
            page: Some(page),
            top: offset,
            header,
        };
        // SAFETY: `fit` returns an offset with `offset + size <= top <= PAGE_SIZE`.
        unsafe { page.add(offset) }
    }
}

/// The highest offset below `top` where a node of `size` bytes aligned to `align` fits in a page
/// without overlapping its header at `header`, if any.
#[inline]
fn fit(top: usize, header: usize, align: usize, size: usize) -> Option<usize> {
    let mut offset = top.checked_sub(size)? & !(align - 1);
    if offset < header + HEADER && offset + size > header {
        offset = header.checked_sub(size)? & !(align - 1);
    }
    Some(offset)
}

/// A fresh page-aligned allocation of `size` bytes with a numbered header; returns it and the
/// header's offset.
fn new_page(member: &Member<'_>, numbers: &AtomicUsize, size: usize) -> (NonNull<u8>, usize) {
    let layout =
        Layout::from_size_align(size, PAGE_SIZE).expect("node sizes are far below isize::MAX");
    let page = member.alloc_layout(layout);
    let header = header_offset(page.addr().get());
    let number = numbers.fetch_add(1, Ordering::Relaxed);
    // SAFETY: the allocation is page-aligned and at least `HEADER * COLOURS` bytes long (a page,
    // or a large node's allocation sized for it), so the header line is inside it and aligned;
    // nothing else uses that line.
    unsafe {
        page.add(header)
            .cast::<PageHeader>()
            .write(PageHeader { number });
    }
    (page, header)
}

/// The dense index of the node at `node`: page number times granules per page, plus the
/// granule within the page. Distinct live nodes have distinct indices; indices grow with the
/// memory used (about one per 8 bytes of nodes).
///
/// # Safety
/// `node` must have been returned by [`PageCursor::alloc`] (with its provenance), and its page
/// must still be allocated.
#[inline]
pub(crate) unsafe fn dense_index(node: NonNull<u8>) -> usize {
    let offset = node.addr().get() & (PAGE_SIZE - 1);
    let base = node.addr().get() - offset;
    let header = node
        .as_ptr()
        .wrapping_sub(offset)
        .wrapping_add(header_offset(base))
        .cast::<PageHeader>();
    // SAFETY: the node starts within the first `PAGE_SIZE` bytes of a page-aligned allocation
    // made by `new_page` (see `alloc`), so rounding its address down to the page gives that
    // allocation's start, and `header_offset` of it the header `new_page` initialised there
    // before the node was handed out; it is never written again.
    let number = unsafe { (*header).number };
    number * (PAGE_SIZE / GRANULE) + offset / GRANULE
}
