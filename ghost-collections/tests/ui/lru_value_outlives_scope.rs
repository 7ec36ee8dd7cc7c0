// A value borrowed from the scope's permission cannot leave the scope: after it, the plain API
// could evict it.
use std::num::NonZeroUsize;

use ghost_collections::LruCache;

fn main() {
    let mut cache = LruCache::new(NonZeroUsize::new(1).unwrap());
    cache.put("a", String::from("red"));
    let red = cache.scope(|mut cache, perm| cache.get(&"a", perm));
    println!("{red:?}");
}
