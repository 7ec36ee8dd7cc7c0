//! Type-erased destructors of arena values, run once when the arena is dropped.
//!
//! Slabs are freed as plain memory, so every allocation of a type that needs dropping leaves a
//! [`DropRecord`] here and the arena runs them all at teardown.

use core::ptr::NonNull;
use std::any::Any;
use std::panic::{self, AssertUnwindSafe};

/// One value in the arena whose destructor has not run yet.
pub(crate) struct DropRecord {
    value: NonNull<u8>,
    drop_value: unsafe fn(NonNull<u8>),
}

// SAFETY: a record is only made (in `DropRecord::new`) for a value that may be dropped on any
// thread the record can reach: a `Send` value, or a value of a local arena, whose records are
// held only by that arena and its graphs (`Arena<'_, Local>` and `GraphIn<'_, '_, '_, Local>`
// are neither `Send` nor `Sync`, and a local graph makes no `Allocator`), so they never leave
// the arena's thread although the record type is `Send`. The pointer itself is only
// dereferenced by that destructor.
unsafe impl Send for DropRecord {}

impl DropRecord {
    /// Records that `value` must be dropped in place when the arena is torn down.
    ///
    /// # Safety
    /// `value` must point to a live, initialised `T` that nothing else will drop, and stay valid
    /// until the record is run; the `T` may be dropped on any thread the record reaches: it is
    /// `Send` (or made only of `Send` values, as a split node's cells are), or the record is
    /// handed only to a local arena, which keeps it on the thread that made the value (see
    /// the `Send` impl above).
    pub(crate) unsafe fn new<T>(value: NonNull<T>) -> Self {
        unsafe fn drop_erased<T>(value: NonNull<u8>) {
            // SAFETY: `value` was a `NonNull<T>` when the record was made (see `new`), and
            // the caller of `new` promised it stays live and undropped until now.
            unsafe { value.cast::<T>().drop_in_place() }
        }
        Self {
            value: value.cast(),
            drop_value: drop_erased::<T>,
        }
    }
}

/// Runs every destructor exactly once. The order is unspecified (each batch, one graph's or
/// allocator's records, runs newest first); soundness does not depend on it.
///
/// A panicking destructor does not stop the others, nor does a later panic's payload whose own
/// destructor panics. The first panic is returned so the caller can resume it once everything
/// is dropped; the payloads of later panics are dropped here.
///
/// # Safety
/// Every record must still satisfy the contract of [`DropRecord::new`], and no code may use the
/// recorded values afterwards.
pub(crate) unsafe fn run_all(batches: Vec<Vec<DropRecord>>) -> Option<Box<dyn Any + Send>> {
    let mut first_panic = None;
    for record in batches
        .into_iter()
        .rev()
        .flat_map(|batch| batch.into_iter().rev())
    {
        // SAFETY: the caller guarantees the record is still valid; `into_iter` hands out each
        // record once, so each value is dropped once.
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| unsafe {
            (record.drop_value)(record.value);
        }));
        if let Err(payload) = outcome {
            if first_panic.is_none() {
                first_panic = Some(payload);
            } else {
                drop_payload(payload);
            }
        }
    }
    first_panic
}

/// Drops a panic payload that will not be resumed. A payload's own destructor may panic too
/// (any type can be a payload); that panic is caught and its payload dropped the same way, so
/// the caller's loop over the remaining destructors always goes on.
pub(crate) fn drop_payload(mut payload: Box<dyn Any + Send>) {
    loop {
        match panic::catch_unwind(AssertUnwindSafe(move || drop(payload))) {
            Ok(()) => return,
            Err(next) => payload = next,
        }
    }
}
