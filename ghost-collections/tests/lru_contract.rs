//! The public contract, as written, and the source document's example.

use std::num::NonZeroUsize;

#[allow(unused_imports)]
// the contract imports all three; `CacheHandle` and `ValuePerm` are named below
use ghost_collections::{CacheHandle, LruCache, ValuePerm};

/// The contract writes `&mut perm` and `&perm`; the scope lends the permission as
/// `&mut ValuePerm`, so those are reborrows (`perm` alone also works), which clippy flags.
#[test]
#[allow(clippy::needless_borrow)]
fn contract_as_written() {
    let mut cache: LruCache<&str, String> = LruCache::new(NonZeroUsize::new(2).unwrap());
    cache.scope(|mut cache, mut perm| {
        assert_eq!(cache.put("apple", "red".into(), &mut perm), None);
        assert_eq!(cache.put("banana", "yellow".into(), &mut perm), None);
        // full: "apple" is evicted, and its value returned
        assert_eq!(
            cache.put("lemon", "yellow".into(), &mut perm),
            Some("red".to_string())
        );
        // `get` reorders the list (it takes `&mut cache`) yet returns `&'perm V`: hold several at once
        let colors: Vec<Option<&String>> = ["apple", "banana", "lemon"]
            .iter()
            .map(|k| cache.get(k, &perm))
            .collect();
        assert_eq!(
            colors,
            [
                None,
                Some(&"yellow".to_string()),
                Some(&"yellow".to_string())
            ]
        );
        if let Some(v) = cache.peek_mut(&"banana", &mut perm) {
            v.push('!');
        } // no reordering
        assert_eq!(cache.len(), 2);
    });
    // The plain API, no scope, for users who do not need stable references (names as in `lru`):
    assert_eq!(cache.get(&"banana").map(String::as_str), Some("yellow!"));
    cache.put("kiwi", "green".into());
    // "lemon" was used least recently ("banana" was got after it), so it went.
    assert!(!cache.contains(&"lemon"));
    assert_eq!(
        cache
            .iter()
            .map(|(k, v)| (*k, v.as_str()))
            .collect::<Vec<_>>(),
        [("kiwi", "green"), ("banana", "yellow!")]
    );
}

#[test]
fn scope_returns_what_its_closure_returns_and_types_are_nameable() {
    fn first_two<'brand>(
        cache: &mut CacheHandle<'_, 'brand, u32, String>,
        perm: &ValuePerm<'brand>,
    ) -> usize {
        [1, 2]
            .iter()
            .filter_map(|k| cache.get(k, perm))
            .map(String::len)
            .sum()
    }
    let mut cache = LruCache::new(NonZeroUsize::new(3).unwrap());
    cache.put(1, "one".to_string());
    cache.put(2, "two!".to_string());
    let total = cache.scope(|mut cache, perm| first_two(&mut cache, perm));
    assert_eq!(total, 7);
    // `get` moved 2 to the front.
    assert_eq!(cache.peek_lru(), Some((&1, &"one".to_string())));
}

#[test]
fn push_returns_replaced_or_evicted_pairs() {
    let mut cache = LruCache::new(NonZeroUsize::new(1).unwrap());
    assert_eq!(cache.push("a", 1), None);
    assert_eq!(cache.push("a", 2), Some(("a", 1)));
    assert_eq!(cache.push("b", 3), Some(("a", 2)));
    assert_eq!(cache.pop(&"b"), Some(3));
    assert!(cache.is_empty());
    assert_eq!(cache.pop_lru(), None);
}

#[test]
fn memory_stays_flat_under_any_number_of_puts() {
    let mut cache = LruCache::new(NonZeroUsize::new(8).unwrap());
    // Enough rounds to wrap the capacity many times over; fewer under Miri, which is ~1000x slower.
    let rounds = if cfg!(miri) { 500 } else { 10_000u64 };
    for round in 0..rounds {
        cache.put(round, round * 2);
        if round % 3 == 0 {
            cache.pop(&(round / 2));
        }
    }
    assert!(cache.len() <= 8);
    // Sentinel plus at most `cap` entry nodes, however many puts and pops.
    assert!(cache.nodes() <= 9, "{} nodes", cache.nodes());
}

#[test]
fn cache_is_send_and_sync_and_lives_in_a_struct() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<LruCache<String, Vec<u8>>>();
    struct Service {
        cache: LruCache<u64, String>,
    }
    let mut service = Service {
        cache: LruCache::new(NonZeroUsize::new(2).unwrap()),
    };
    service.cache.put(1, "x".into());
    let cache = &service.cache;
    std::thread::scope(|s| {
        s.spawn(|| assert_eq!(cache.peek(&1).map(String::as_str), Some("x")));
    });
}

#[test]
fn a_borrowed_cache_iterates_most_recent_first() {
    let mut cache = LruCache::new(NonZeroUsize::new(3).unwrap());
    for k in 0..4u32 {
        cache.put(k, k * 10);
    }
    cache.get(&2);
    let mut seen = Vec::new();
    for (k, v) in &cache {
        seen.push((*k, *v));
    }
    assert_eq!(seen, [(2, 20), (3, 30), (1, 10)]);
    assert_eq!((&cache).into_iter().len(), 3);
}
