// A handle used with the value permission of another cache's scope: the brands differ.
use std::num::NonZeroUsize;

use ghost_collections::LruCache;

fn main() {
    let mut first: LruCache<&str, i32> = LruCache::new(NonZeroUsize::new(1).unwrap());
    let mut second: LruCache<&str, i32> = LruCache::new(NonZeroUsize::new(1).unwrap());
    first.scope(|mut first, _first_perm| {
        second.scope(|_second, second_perm| {
            first.put("a", 1, second_perm);
        });
    });
}
