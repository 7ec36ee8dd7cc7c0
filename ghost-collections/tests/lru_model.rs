//! `LruCache` against the `lru` crate as the model: random operation sequences, the same
//! results, the same order and length after every step, through both APIs.

use std::num::NonZeroUsize;

use ghost_collections::LruCache;
use proptest::prelude::*;

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

type Model = lru::LruCache<u8, u16>;

/// Applies `op` to both through the plain API and compares the results.
fn plain(cache: &mut LruCache<u8, u16>, model: &mut Model, op: &Op) {
    match *op {
        Op::Put(k, v) => {
            // Our `put` returns the evicted value too; the model's `push` says which.
            let expected = model.push(k, v).map(|(_, v)| v);
            assert_eq!(cache.put(k, v), expected);
        }
        Op::Push(k, v) => assert_eq!(cache.push(k, v), model.push(k, v)),
        Op::Get(k) => assert_eq!(cache.get(&k), model.get(&k)),
        Op::Peek(k) => assert_eq!(cache.peek(&k), model.peek(&k)),
        Op::PeekMut(k, v) => {
            let ours = cache.peek_mut(&k).map(|slot| std::mem::replace(slot, v));
            let theirs = model.peek_mut(&k).map(|slot| std::mem::replace(slot, v));
            assert_eq!(ours, theirs);
        }
        Op::GetMut(k, v) => {
            let ours = cache.get_mut(&k).map(|slot| std::mem::replace(slot, v));
            let theirs = model.get_mut(&k).map(|slot| std::mem::replace(slot, v));
            assert_eq!(ours, theirs);
        }
        Op::Contains(k) => assert_eq!(cache.contains(&k), model.contains(&k)),
        Op::Pop(k) => assert_eq!(cache.pop(&k), model.pop(&k)),
        Op::PopLru => assert_eq!(cache.pop_lru(), model.pop_lru()),
        Op::Promote(k) => {
            assert_eq!(cache.promote(&k), model.contains(&k));
            model.promote(&k);
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
        Op::Scoped(ref ops) => scoped(cache, model, ops),
    }
}

/// Applies `ops` to both, ours inside one scope.
fn scoped(cache: &mut LruCache<u8, u16>, model: &mut Model, ops: &[Op]) {
    cache.scope(|mut cache, perm| {
        for op in ops {
            match *op {
                Op::Put(k, v) => {
                    let expected = model.push(k, v).map(|(_, v)| v);
                    assert_eq!(cache.put(k, v, perm), expected);
                }
                Op::Push(k, v) => assert_eq!(cache.push(k, v, perm), model.push(k, v)),
                Op::Get(k) => assert_eq!(cache.get(&k, perm), model.get(&k)),
                Op::Peek(k) => assert_eq!(cache.peek(&k, perm), model.peek(&k)),
                Op::PeekMut(k, v) => {
                    let ours = cache
                        .peek_mut(&k, perm)
                        .map(|slot| std::mem::replace(slot, v));
                    let theirs = model.peek_mut(&k).map(|slot| std::mem::replace(slot, v));
                    assert_eq!(ours, theirs);
                }
                Op::GetMut(k, v) => {
                    let ours = cache
                        .get_mut(&k, perm)
                        .map(|slot| std::mem::replace(slot, v));
                    let theirs = model.get_mut(&k).map(|slot| std::mem::replace(slot, v));
                    assert_eq!(ours, theirs);
                }
                Op::Contains(k) => assert_eq!(cache.contains(&k, perm), model.contains(&k)),
                Op::Pop(k) => assert_eq!(cache.pop(&k, perm), model.pop(&k)),
                Op::PopLru => assert_eq!(cache.pop_lru(perm), model.pop_lru()),
                Op::Promote(k) => {
                    assert_eq!(cache.get(&k, perm).is_some(), model.contains(&k));
                    model.promote(&k);
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
            let ours: Vec<_> = cache.iter(perm).map(|(k, v)| (*k, *v)).collect();
            let theirs: Vec<_> = model.iter().map(|(k, v)| (*k, *v)).collect();
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

proptest! {
    // No failure file: Miri's isolation forbids reading it, and CI clones are fresh anyway.
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(if cfg!(miri) { 3 } else { 1000 })
    })]

    #[test]
    fn matches_the_lru_crate(cap in 1usize..8, ops in prop::collection::vec(op(), 0..if cfg!(miri) { 12 } else { 60 })) {
        let cap = NonZeroUsize::new(cap).unwrap();
        let mut cache = LruCache::new(cap);
        let mut model = Model::new(cap);
        let mut largest_cap = cap.get();
        for op in &ops {
            largest_cap = largest_cap.max(largest_resize(op));
            plain(&mut cache, &mut model, op);
            prop_assert_eq!(cache.len(), model.len());
            prop_assert_eq!(cache.cap(), model.cap());
            let ours: Vec<_> = cache.iter().map(|(k, v)| (*k, *v)).collect();
            let theirs: Vec<_> = model.iter().map(|(k, v)| (*k, *v)).collect();
            prop_assert_eq!(ours, theirs);
            // Evicted and popped nodes are reused: never more than the sentinel and the
            // largest capacity the cache had.
            prop_assert!(cache.nodes() <= largest_cap + 1, "{} nodes", cache.nodes());
        }
    }
}
