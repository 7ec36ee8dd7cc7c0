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
/// Bytes reserved at the start of a page for its header.
const HEADER: usize = 8;
/// The largest node alignment: the node must start within the page its header is in.
pub(crate) const MAX_ALIGN: usize = PAGE_SIZE / 2;

#[repr(C, align(8))]
struct PageHeader {
    number: usize,
}

/// One allocator's current page.
#[derive(Default)]
pub(crate) struct PageCursor {
    page: Option<NonNull<u8>>,
    /// Offset of the first free byte in `page`.
    top: usize,
}

// SAFETY: the cursor is the only user of the free part of its page, and moving it moves that
// exclusive use; the memory is plain bytes owned by the herd (whichever member allocated it,
// it stays allocated until the herd drops), valid on any thread.
unsafe impl Send for PageCursor {}

impl PageCursor {
    /// Whether a node could still fit in the current page.
    pub(crate) fn has_room(&self) -> bool {
        self.page.is_some() && self.top + GRANULE <= PAGE_SIZE
    }

    /// Memory for one node with `layout` (alignment at most `MAX_ALIGN`), in a page of this
    /// allocator's; new pages are numbered from `numbers`.
    #[inline]
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
            let offset = self.top.next_multiple_of(align);
            if offset + size <= PAGE_SIZE {
                self.top = offset + size;
                // SAFETY: `offset + size` is within the page allocation.
                return unsafe { page.add(offset) };
            }
        }
        let offset = HEADER.next_multiple_of(align);
        if offset + size > PAGE_SIZE {
            // A large node: a page-aligned allocation of its own, starting in its first page.
            let page = new_page(member, numbers, offset + size);
            // SAFETY: the allocation is `offset + size` bytes long.
            return unsafe { page.add(offset) };
        }
        let page = new_page(member, numbers, PAGE_SIZE);
        self.page = Some(page);
        self.top = offset + size;
        // SAFETY: `offset + size <= PAGE_SIZE`.
        unsafe { page.add(offset) }
    }
}

/// A fresh page-aligned allocation of `size` bytes with a numbered header.
fn new_page(member: &Member<'_>, numbers: &AtomicUsize, size: usize) -> NonNull<u8> {
    let layout =
        Layout::from_size_align(size, PAGE_SIZE).expect("node sizes are far below isize::MAX");
    let page = member.alloc_layout(layout);
    let number = numbers.fetch_add(1, Ordering::Relaxed);
    // SAFETY: the allocation is page-aligned (so aligned for the header) and at least `HEADER`
    // bytes long, and nothing else uses its first `HEADER` bytes.
    unsafe { page.cast::<PageHeader>().write(PageHeader { number }) };
    page
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
    let header = node.as_ptr().wrapping_sub(offset).cast::<PageHeader>();
    // SAFETY: the node starts within the first `PAGE_SIZE` bytes of a page-aligned allocation
    // made by `new_page` (see `alloc`), so rounding its address down to the page gives that
    // allocation's header, initialised before the node was handed out and never written again.
    let number = unsafe { (*header).number };
    number * (PAGE_SIZE / GRANULE) + offset / GRANULE
}
