// References from `get` survive every reordering and lookup the handle does without the
// permission borrowed mutably: `get`, `promote` through `get`, `contains`, `iter`.
use std::num::NonZeroUsize;

use ghost_collections::LruCache;

fn main() {
    let mut cache = LruCache::new(NonZeroUsize::new(4).unwrap());
    cache.scope(|mut cache, perm| {
        for (k, v) in [(1, "one"), (2, "two"), (3, "three")] {
            cache.put(k, v.to_string(), perm);
        }
        let one = cache.get(&1, perm).unwrap();
        let three = cache.peek(&3, perm).unwrap();
        let _ = cache.get(&2, perm);
        assert!(cache.contains(&1, perm));
        let order: Vec<u32> = cache.iter(perm).map(|(k, _)| *k).collect();
        assert_eq!(order, [2, 1, 3]);
        assert_eq!((one.as_str(), three.as_str()), ("one", "three"));
    });
}
