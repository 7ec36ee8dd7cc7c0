//! The permission pattern's LRU cache, running: `cargo run --example lru`.
//!
//! Inside `scope`, `get` moves entries to the front yet hands out values borrowed from the
//! value permission, so several are held at once; beside it, the plain API of the `lru`
//! crate, where `get` borrows the whole cache.

use std::num::NonZeroUsize;

use ghost_collections::LruCache;

fn main() {
    let mut cache: LruCache<&str, String> = LruCache::new(NonZeroUsize::new(2).unwrap());

    cache.scope(|mut cache, perm| {
        assert_eq!(cache.put("apple", "red".into(), perm), None);
        assert_eq!(cache.put("banana", "yellow".into(), perm), None);
        // Full: "apple" is evicted, and its value returned.
        let evicted = cache.put("lemon", "yellow".into(), perm);
        println!("put lemon, evicted: {evicted:?}");
        // Three lookups, each reordering the cache, all values held at once.
        let colors: Vec<Option<&String>> = ["apple", "banana", "lemon"]
            .iter()
            .map(|k| cache.get(k, perm))
            .collect();
        println!("held at once: {colors:?}");
        if let Some(v) = cache.peek_mut(&"banana", perm) {
            v.push('!'); // no reordering
        }
        let order: Vec<&str> = cache.iter(perm).map(|(k, _)| *k).collect();
        println!("most to least recent: {order:?}, len {}", cache.len());
    });

    // The plain API: one value at a time, as with the `lru` crate.
    println!("get banana: {:?}", cache.get(&"banana"));
    cache.put("kiwi", "green".into());
    println!("after put kiwi: {cache:?}");

    // Memory stays flat: evicted nodes are refilled in place.
    let mut numbers: LruCache<u64, u64> = LruCache::new(NonZeroUsize::new(1_000).unwrap());
    let puts = if cfg!(miri) { 3_000 } else { 100_000 };
    for i in 0..puts {
        numbers.put(i, i * i);
    }
    println!(
        "{puts} puts at capacity 1,000: {} entries in {} arena nodes",
        numbers.len(),
        numbers.nodes()
    );
}
