// `peek_mut` does not change the structure (it takes `&self`), so `len` works while the
// `&mut V` it gave is held.
use std::num::NonZeroUsize;

use ghost_collections::LruCache;

fn main() {
    let mut cache = LruCache::new(NonZeroUsize::new(3).unwrap());
    cache.scope(|mut cache, perm| {
        cache.put("a", 1, perm);
        let value = cache.peek_mut(&"a", perm).unwrap();
        let len = cache.len();
        *value += len;
        assert_eq!(cache.peek(&"a", perm), Some(&2));
    });
}
