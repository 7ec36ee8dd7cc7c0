// Two `get`s held at once inside a scope: `get` reorders the cache through the handle, but
// the values are borrowed from the permission only.
use std::num::NonZeroUsize;

use ghost_collections::LruCache;

fn main() {
    let mut cache = LruCache::new(NonZeroUsize::new(3).unwrap());
    cache.scope(|mut cache, perm| {
        cache.put("a", String::from("red"), perm);
        cache.put("b", String::from("blue"), perm);
        let a = cache.get(&"a", perm).unwrap();
        let b = cache.get(&"b", perm).unwrap();
        let also_a = cache.get(&"a", perm).unwrap();
        assert_eq!([a.as_str(), b.as_str(), also_a.as_str()].join(" "), "red blue red");
    });
}
