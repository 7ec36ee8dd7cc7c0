// The permission is lent, never given: it cannot be moved out of its borrow (for example into
// a place that outlives the scope).
use std::num::NonZeroUsize;

use ghost_collections::{LruCache, ValuePerm};

fn main() {
    let mut cache: LruCache<u8, u8> = LruCache::new(NonZeroUsize::new(1).unwrap());
    cache.scope(|_cache, perm| {
        let owned: ValuePerm<'_> = *perm;
        drop(owned);
    });
}
