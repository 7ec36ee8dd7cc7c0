//! `LruCache` against the `lru` crate as the model: random operation sequences, the same
//! results, the same order and length after every step, through both APIs. Once with a shared
//! cache of `u8` keys and `u16` values, once with a `LocalLruCache` of `Rc` values, which also
//! checks that each value is dropped as soon as it leaves.

use std::fmt::Debug;
use std::hash::{BuildHasher, Hash};
use std::num::NonZeroUsize;
use std::rc::Rc;

use ghost_collections::{CacheMode, LocalLruCache, LruCache};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

#[derive(Clone, Debug)]
enum Op {
    Put(u8, u16),
    Push(u8, u16),
    Get(u8),
    Peek(u8),
    PeekMut(u8, u16),
    GetMut(u8, u16),
    Contains(u8),
    Pop(u8),
    PopLru,
    Promote(u8),
    Resize(u8),
    Clear,
    /// The same operations inside one scope.
    Scoped(Vec<Op>),
}

fn leaf() -> impl Strategy<Value = Op> {
    // Keys from a small range, so hits, updates and evictions all happen.
    let key = 0u8..12;
    prop_oneof![
        4 => (key.clone(), any::<u16>()).prop_map(|(k, v)| Op::Put(k, v)),
        2 => (key.clone(), any::<u16>()).prop_map(|(k, v)| Op::Push(k, v)),
        4 => key.clone().prop_map(Op::Get),
        2 => key.clone().prop_map(Op::Peek),
        1 => (key.clone(), any::<u16>()).prop_map(|(k, v)| Op::PeekMut(k, v)),
        1 => (key.clone(), any::<u16>()).prop_map(|(k, v)| Op::GetMut(k, v)),
        1 => key.clone().prop_map(Op::Contains),
        2 => key.clone().prop_map(Op::Pop),
        1 => Just(Op::PopLru),
        1 => key.clone().prop_map(Op::Promote),
        1 => (1u8..10).prop_map(Op::Resize),
        1 => Just(Op::Clear),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![6 => leaf(), 1 => prop::collection::vec(leaf(), 0..12).prop_map(Op::Scoped)]
}

/// A test's operations: fewer under Miri, which interprets every step.
fn ops() -> impl Strategy<Value = Vec<Op>> {
    prop::collection::vec(op(), 0..if cfg!(miri) { 12 } else { 60 })
}

/// What both caches' keys and values must be: keys made from the operations' `u8`s, values
/// made by a function of their `u16`s (so ours and the model's are separate but equal).
trait Key: Copy + Hash + Eq + Debug + From<u8> + 'static {}
impl<K: Copy + Hash + Eq + Debug + From<u8> + 'static> Key for K {}

/// Applies `op` to both through the plain API and compares the results; `value` makes a value.
fn plain<K: Key, V, S, M>(
    cache: &mut LruCache<K, V, S, M>,
    model: &mut lru::LruCache<K, V>,
    op: &Op,
    value: &impl Fn(u16) -> V,
) where
    V: PartialEq + Debug + 'static,
    S: BuildHasher,
    M: CacheMode<K, V>,
{
    let key = K::from;
    match *op {
        Op::Put(k, v) => {
            // Our `put` returns the evicted value too; the model's `push` says which.
            let expected = model.push(key(k), value(v)).map(|(_, v)| v);
            assert_eq!(cache.put(key(k), value(v)), expected);
        }
        Op::Push(k, v) => assert_eq!(cache.push(key(k), value(v)), model.push(key(k), value(v))),
        Op::Get(k) => assert_eq!(cache.get(&key(k)), model.get(&key(k))),
        Op::Peek(k) => assert_eq!(cache.peek(&key(k)), model.peek(&key(k))),
        Op::PeekMut(k, v) => {
            let ours = cache
                .peek_mut(&key(k))
                .map(|slot| std::mem::replace(slot, value(v)));
            let theirs = model
                .peek_mut(&key(k))
                .map(|slot| std::mem::replace(slot, value(v)));
            assert_eq!(ours, theirs);
        }
        Op::GetMut(k, v) => {
            let ours = cache
                .get_mut(&key(k))
                .map(|slot| std::mem::replace(slot, value(v)));
            let theirs = model
                .get_mut(&key(k))
                .map(|slot| std::mem::replace(slot, value(v)));
            assert_eq!(ours, theirs);
        }
        Op::Contains(k) => assert_eq!(cache.contains(&key(k)), model.contains(&key(k))),
        Op::Pop(k) => assert_eq!(cache.pop(&key(k)), model.pop(&key(k))),
        Op::PopLru => assert_eq!(cache.pop_lru(), model.pop_lru()),
        Op::Promote(k) => {
            assert_eq!(cache.promote(&key(k)), model.contains(&key(k)));
            model.promote(&key(k));
        }
        Op::Resize(cap) => {
            let cap = NonZeroUsize::new(cap.into()).unwrap();
            cache.resize(cap);
            model.resize(cap);
        }
        Op::Clear => {
            cache.clear();
            model.clear();
        }
        Op::Scoped(ref ops) => scoped(cache, model, ops, value),
    }
}

/// Applies `ops` to both, ours inside one scope.
fn scoped<K: Key, V, S, M>(
    cache: &mut LruCache<K, V, S, M>,
    model: &mut lru::LruCache<K, V>,
    ops: &[Op],
    value: &impl Fn(u16) -> V,
) where
    V: PartialEq + Debug + 'static,
    S: BuildHasher,
    M: CacheMode<K, V>,
{
    let key = K::from;
    cache.scope(|mut cache, perm| {
        for op in ops {
            match *op {
                Op::Put(k, v) => {
                    let expected = model.push(key(k), value(v)).map(|(_, v)| v);
                    assert_eq!(cache.put(key(k), value(v), perm), expected);
                }
                Op::Push(k, v) => assert_eq!(
                    cache.push(key(k), value(v), perm),
                    model.push(key(k), value(v))
                ),
                Op::Get(k) => assert_eq!(cache.get(&key(k), perm), model.get(&key(k))),
                Op::Peek(k) => assert_eq!(cache.peek(&key(k), perm), model.peek(&key(k))),
                Op::PeekMut(k, v) => {
                    let ours = cache
                        .peek_mut(&key(k), perm)
                        .map(|slot| std::mem::replace(slot, value(v)));
                    let theirs = model
                        .peek_mut(&key(k))
                        .map(|slot| std::mem::replace(slot, value(v)));
                    assert_eq!(ours, theirs);
                }
                Op::GetMut(k, v) => {
                    let ours = cache
                        .get_mut(&key(k), perm)
                        .map(|slot| std::mem::replace(slot, value(v)));
                    let theirs = model
                        .get_mut(&key(k))
                        .map(|slot| std::mem::replace(slot, value(v)));
                    assert_eq!(ours, theirs);
                }
                Op::Contains(k) => {
                    assert_eq!(cache.contains(&key(k), perm), model.contains(&key(k)));
                }
                Op::Pop(k) => assert_eq!(cache.pop(&key(k), perm), model.pop(&key(k))),
                Op::PopLru => assert_eq!(cache.pop_lru(perm), model.pop_lru()),
                Op::Promote(k) => {
                    assert_eq!(cache.get(&key(k), perm).is_some(), model.contains(&key(k)));
                    model.promote(&key(k));
                }
                Op::Resize(cap) => {
                    let cap = NonZeroUsize::new(cap.into()).unwrap();
                    cache.resize(cap, perm);
                    model.resize(cap);
                }
                Op::Clear => {
                    cache.clear(perm);
                    model.clear();
                }
                Op::Scoped(_) => {}
            }
            assert_eq!(cache.len(), model.len());
            let ours: Vec<_> = cache.iter(perm).collect();
            let theirs: Vec<_> = model.iter().collect();
            assert_eq!(ours, theirs);
        }
    });
}

/// The largest capacity `op` resizes to (0 if it does not resize).
fn largest_resize(op: &Op) -> usize {
    match op {
        Op::Resize(cap) => usize::from(*cap),
        Op::Scoped(ops) => ops.iter().map(largest_resize).max().unwrap_or(0),
        _ => 0,
    }
}

/// Applies `op` to both through the plain API, then compares length, capacity and order, and
/// checks that evicted and popped nodes are reused: never more than the sentinel and the
/// largest capacity the cache had (`largest_cap`, updated here).
fn step<K: Key, V, S, M>(
    cache: &mut LruCache<K, V, S, M>,
    model: &mut lru::LruCache<K, V>,
    op: &Op,
    largest_cap: &mut usize,
    value: &impl Fn(u16) -> V,
) -> Result<(), TestCaseError>
where
    V: PartialEq + Debug + 'static,
    S: BuildHasher,
    M: CacheMode<K, V>,
{
    *largest_cap = (*largest_cap).max(largest_resize(op));
    plain(cache, model, op, value);
    prop_assert_eq!(cache.len(), model.len());
    prop_assert_eq!(cache.cap(), model.cap());
    let ours: Vec<_> = cache.iter().collect();
    let theirs: Vec<_> = model.iter().collect();
    prop_assert_eq!(ours, theirs);
    prop_assert!(cache.nodes() <= *largest_cap + 1, "{} nodes", cache.nodes());
    Ok(())
}

/// The values of the local cache's test: clones of one `Rc` per `u16 % POOL`, so each value's
/// strong count tells how many entries of both caches hold it.
const POOL: u16 = 16;

proptest! {
    // No failure file: Miri's isolation forbids reading it, and CI clones are fresh anyway.
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(if cfg!(miri) { 3 } else { 1000 })
    })]

    #[test]
    fn matches_the_lru_crate(cap in 1usize..8, ops in ops()) {
        let cap = NonZeroUsize::new(cap).unwrap();
        let mut cache: LruCache<u8, u16> = LruCache::new(cap);
        let mut model = lru::LruCache::new(cap);
        let mut largest_cap = cap.get();
        for op in &ops {
            step(&mut cache, &mut model, op, &mut largest_cap, &|v| v)?;
        }
    }

    #[test]
    fn a_local_cache_of_rc_values_matches_the_lru_crate(cap in 1usize..8, ops in ops()) {
        let pool: Vec<Rc<u32>> = (0..u32::from(POOL)).map(Rc::new).collect();
        let value = |v: u16| Rc::clone(&pool[usize::from(v % POOL)]);
        let cap = NonZeroUsize::new(cap).unwrap();
        let mut cache: LocalLruCache<u32, Rc<u32>> = LruCache::new_local(cap);
        let mut model = lru::LruCache::new(cap);
        let mut largest_cap = cap.get();
        for op in &ops {
            step(&mut cache, &mut model, op, &mut largest_cap, &value)?;
            // Both caches hold the same values, each once per entry: every value that left
            // ours (evicted, replaced, popped, cleared, resized away) was dropped at once.
            for (i, shared) in (0..).zip(&pool) {
                let entries = model.iter().filter(|(_, v)| ***v == i).count();
                prop_assert_eq!(Rc::strong_count(shared), 1 + 2 * entries, "value {}", i);
            }
        }
        drop(cache);
        drop(model);
        prop_assert!(pool.iter().all(|shared| Rc::strong_count(shared) == 1));
    }
}
