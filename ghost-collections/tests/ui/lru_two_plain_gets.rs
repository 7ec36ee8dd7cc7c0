// The plain API's `get` takes `&mut self` (it reorders the cache), so two values cannot be
// held at once: that is what `scope` is for.
use std::num::NonZeroUsize;

use ghost_collections::LruCache;

fn main() {
    let mut cache = LruCache::new(NonZeroUsize::new(2).unwrap());
    cache.put("a", 1);
    cache.put("b", 2);
    let a = cache.get(&"a");
    let b = cache.get(&"b");
    assert_eq!(a.zip(b), Some((&1, &2)));
}
