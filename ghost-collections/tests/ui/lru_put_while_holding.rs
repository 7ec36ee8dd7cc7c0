// `put` may evict or replace the value a reference points to, so it needs the value
// permission mutably, which a held `&V` from `get` keeps borrowed.
use std::num::NonZeroUsize;

use ghost_collections::LruCache;

fn main() {
    let mut cache = LruCache::new(NonZeroUsize::new(1).unwrap());
    cache.scope(|mut cache, perm| {
        cache.put("a", String::from("red"), perm);
        let red = cache.get(&"a", perm).unwrap();
        cache.put("b", String::from("blue"), perm); // evicts "a"
        println!("{red}");
    });
}
