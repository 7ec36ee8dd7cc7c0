// A shared `LruCache` is `Send` and `Sync`, so its keys and values must be too: a cache of
// `Rc` values cannot be made, and the error points to `LocalLruCache`. (Calling a method of
// such a cache adds an E0599 that says which bound fails: `Rc<u32>: Send`.)
use std::num::NonZeroUsize;
use std::rc::Rc;

use ghost_collections::LruCache;

fn main() {
    let cache: LruCache<u32, Rc<u32>> = LruCache::new(NonZeroUsize::new(2).unwrap());
    drop(cache);
}
