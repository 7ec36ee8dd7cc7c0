// A `LocalLruCache` may hold `Rc`s (here its values), whose counts are not atomic, so it must
// stay on its thread: it is not `Send`, and moving it into `thread::spawn` does not compile.
use std::num::NonZeroUsize;
use std::rc::Rc;

use ghost_collections::{LocalLruCache, LruCache};

fn main() {
    let cap = NonZeroUsize::new(2).unwrap();
    let mut cache: LocalLruCache<u32, Rc<u32>> = LruCache::new_local(cap);
    let one = Rc::new(1);
    cache.put(1, Rc::clone(&one));
    let worker = std::thread::spawn(move || {
        drop(cache.pop(&1)); // would drop a clone of `one` on the other thread
        cache.len()
    });
    assert_eq!(worker.join().unwrap(), 0);
    drop(one);
}
