//! The page table: page number to page address, so a key (which holds a node's dense index,
//! not its address) finds its node.
//!
//! Allocators number pages concurrently and readers look pages up concurrently, so the table
//! is append-only and lock-free: buckets of growing size (64 entries, then 64, 128, 256, ..),
//! each allocated once and never moved, holding atomic pointers. A lookup is two loads (the
//! bucket, then the entry), both in cache for any table that fits in L2.

use core::ptr::{self, NonNull};
use core::sync::atomic::{AtomicPtr, Ordering};
use std::sync::OnceLock;

/// Entries in bucket 0 (and bucket 1); bucket `b > 0` holds `FIRST << (b - 1)`.
const FIRST: usize = 64;
/// Enough buckets for every page number a `usize` can hold.
const BUCKETS: usize = usize::BITS as usize - FIRST.trailing_zeros() as usize + 1;

/// Page number to page address, for the pages of one arena.
pub(crate) struct PageTable {
    buckets: [OnceLock<Box<[AtomicPtr<u8>]>>; BUCKETS],
}

impl Default for PageTable {
    fn default() -> Self {
        Self {
            buckets: [const { OnceLock::new() }; BUCKETS],
        }
    }
}

/// The bucket of page `number`, and the entry within it.
#[inline]
fn position(number: usize) -> (usize, usize) {
    if number < FIRST {
        return (0, number);
    }
    let bucket = (usize::BITS - (number / FIRST).leading_zeros()) as usize;
    (bucket, number - (FIRST << (bucket - 1)))
}

/// How many entries bucket `bucket` holds.
fn bucket_len(bucket: usize) -> usize {
    if bucket == 0 {
        FIRST
    } else {
        FIRST << (bucket - 1)
    }
}

impl PageTable {
    /// Records that page `number` starts at `page`.
    pub(crate) fn set(&self, number: usize, page: NonNull<u8>) {
        let (bucket, entry) = position(number);
        let entries = self.buckets[bucket].get_or_init(|| {
            (0..bucket_len(bucket))
                .map(|_| AtomicPtr::new(ptr::null_mut()))
                .collect()
        });
        entries[entry].store(page.as_ptr(), Ordering::Release);
    }

    /// Where page `number` starts, if it was recorded.
    #[inline]
    pub(crate) fn get(&self, number: usize) -> Option<NonNull<u8>> {
        let (bucket, entry) = position(number);
        let entries = self.buckets.get(bucket)?.get()?;
        NonNull::new(entries[entry].load(Ordering::Acquire))
    }

    /// Forgets every page (the buckets stay allocated for the next pages).
    pub(crate) fn clear(&mut self) {
        for bucket in self.buckets.iter_mut().filter_map(OnceLock::get_mut) {
            for entry in bucket.iter_mut() {
                *entry.get_mut() = ptr::null_mut();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{FIRST, PageTable, bucket_len, position};
    use core::ptr::NonNull;

    #[test]
    fn positions_cover_every_number_once() {
        let mut expected = (0, 0);
        for number in 0..FIRST * 40 {
            assert_eq!(position(number), expected, "page {number}");
            expected.1 += 1;
            if expected.1 == bucket_len(expected.0) {
                expected = (expected.0 + 1, 0);
            }
        }
        assert!(position(usize::MAX).0 < super::BUCKETS);
    }

    #[test]
    fn pages_are_found_until_cleared() {
        let mut table = PageTable::default();
        let mut pages = vec![0_u8; 300];
        let base = NonNull::from(&mut pages[0]);
        for number in [0, 63, 64, 200, 299] {
            // SAFETY: `number` is within the 300-byte buffer.
            table.set(number, unsafe { base.add(number) });
        }
        assert_eq!(table.get(200), Some(unsafe { base.add(200) }));
        assert_eq!(table.get(1), None);
        assert_eq!(table.get(100_000), None);
        table.clear();
        assert_eq!(table.get(200), None);
    }
}
