//! Every key and value is dropped exactly once: evicted, replaced, popped, cleared, resized
//! away, or at the cache's drop.

use std::num::NonZeroUsize;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use ghost_collections::LruCache;

/// Counts its drops in a shared counter; compared by `id`.
#[derive(Debug)]
struct Counted {
    id: u32,
    drops: Arc<AtomicUsize>,
}

impl PartialEq for Counted {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}
impl Eq for Counted {}
impl std::hash::Hash for Counted {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.id.hash(state);
    }
}
impl Drop for Counted {
    fn drop(&mut self) {
        self.drops.fetch_add(1, Ordering::Relaxed);
    }
}

#[test]
fn every_key_and_value_is_dropped_once() {
    let drops = Arc::new(AtomicUsize::new(0));
    let made = AtomicUsize::new(0);
    let counted = |id| {
        made.fetch_add(1, Ordering::Relaxed);
        Counted {
            id,
            drops: Arc::clone(&drops),
        }
    };
    {
        let mut cache = LruCache::new(NonZeroUsize::new(4).unwrap());
        for id in 0..20 {
            // Keys 0..20 (evictions), then replacements of the same keys.
            drop(cache.put(counted(id % 12), counted(1000 + id)));
        }
        drop(cache.pop(&counted(11)));
        drop(cache.pop_lru());
        cache.resize(NonZeroUsize::new(1).unwrap());
        cache.put(counted(50), counted(51));
        cache.put(counted(52), counted(53));
        cache.clear();
        cache.put(counted(60), counted(61));
        cache.put(counted(62), counted(63)); // evicts 60
        cache.scope(|mut cache, perm| {
            drop(cache.push(counted(62), counted(64), perm)); // replaces 62's value
        });
        // The cache drops with one entry in it.
    }
    assert_eq!(drops.load(Ordering::Relaxed), made.load(Ordering::Relaxed));
}
