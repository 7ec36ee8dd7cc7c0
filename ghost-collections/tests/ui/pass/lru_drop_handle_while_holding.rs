// Dropping the handle ends the permission to change the cache, not the values borrowed from
// the value permission.
use std::num::NonZeroUsize;

use ghost_collections::LruCache;

fn main() {
    let mut cache = LruCache::new(NonZeroUsize::new(3).unwrap());
    cache.put("a", String::from("red"));
    let length = cache.scope(|mut cache, perm| {
        let red = cache.get(&"a", perm).unwrap();
        drop(cache);
        red.len()
    });
    assert_eq!(length, 3);
}
