//! `List` against `std::collections::VecDeque` as the model: random operation sequences, plain
//! and scoped, compared after every step (length, ends, order both ways, every key); plus the
//! promises the model cannot check: references held across relinking, stale and foreign keys,
//! and memory that stays flat under churn.

use std::collections::VecDeque;

use ghost_collections::{List, ListKey};
use proptest::prelude::*;

/// One step outside any scope. Indices pick an element of the model (modulo its length).
#[derive(Clone, Debug)]
enum Op {
    PushFront(u32),
    PushBack(u32),
    PopFront,
    PopBack,
    Remove(usize),
    /// Removes a key that no longer opens (popped, removed, cleared, taken earlier).
    RemoveStale(usize),
    GetMut(usize, u32),
    FrontMut(u32),
    BackMut(u32),
    Clear,
    Extend(Vec<u32>),
    Scoped(Vec<ScopedOp>),
}

/// One step inside `List::scope`.
#[derive(Clone, Debug)]
enum ScopedOp {
    PushFront(u32),
    PushBack(u32),
    PopFront,
    PopBack,
    /// Takes an element popped in this scope (or, with none popped, a linked one).
    Take(usize),
    Remove(usize),
    /// Tries to remove an element popped in this scope: `None`, nothing changes.
    RemoveDetached(usize),
    MoveToFront(usize),
    MoveToBack(usize),
    GetMut(usize, u32),
}

fn op() -> impl Strategy<Value = Op> {
    let scoped = prop_oneof![
        4 => any::<u32>().prop_map(ScopedOp::PushFront),
        4 => any::<u32>().prop_map(ScopedOp::PushBack),
        3 => Just(ScopedOp::PopFront),
        3 => Just(ScopedOp::PopBack),
        2 => any::<usize>().prop_map(ScopedOp::Take),
        2 => any::<usize>().prop_map(ScopedOp::Remove),
        1 => any::<usize>().prop_map(ScopedOp::RemoveDetached),
        2 => any::<usize>().prop_map(ScopedOp::MoveToFront),
        2 => any::<usize>().prop_map(ScopedOp::MoveToBack),
        1 => (any::<usize>(), any::<u32>()).prop_map(|(i, v)| ScopedOp::GetMut(i, v)),
    ];
    let scoped_len = if cfg!(miri) { 0..6 } else { 0..16 };
    prop_oneof![
        6 => any::<u32>().prop_map(Op::PushFront),
        6 => any::<u32>().prop_map(Op::PushBack),
        3 => Just(Op::PopFront),
        3 => Just(Op::PopBack),
        3 => any::<usize>().prop_map(Op::Remove),
        1 => any::<usize>().prop_map(Op::RemoveStale),
        2 => (any::<usize>(), any::<u32>()).prop_map(|(i, v)| Op::GetMut(i, v)),
        1 => any::<u32>().prop_map(Op::FrontMut),
        1 => any::<u32>().prop_map(Op::BackMut),
        1 => Just(Op::Clear),
        1 => prop::collection::vec(any::<u32>(), 0..5).prop_map(Op::Extend),
        4 => prop::collection::vec(scoped, scoped_len).prop_map(Op::Scoped),
    ]
}

/// The model: the elements with their keys, front to back, and keys that must not open.
#[derive(Default)]
struct Model {
    linked: VecDeque<(ListKey<u32>, u32)>,
    stale: Vec<ListKey<u32>>,
}

impl Model {
    fn values(&self) -> Vec<u32> {
        self.linked.iter().map(|&(_, v)| v).collect()
    }

    fn pick(&self, index: usize) -> Option<usize> {
        (!self.linked.is_empty()).then(|| index % self.linked.len())
    }

    fn retire(&mut self, key: ListKey<u32>) {
        self.stale.push(key);
        // Enough old keys to catch a reused node answering to one, without quadratic checks.
        if self.stale.len() > 32 {
            self.stale.remove(0);
        }
    }
}

/// Everything observable outside a scope matches the model.
fn check(list: &List<u32>, model: &Model) -> Result<(), TestCaseError> {
    let values = model.values();
    prop_assert_eq!(list.len(), values.len());
    prop_assert_eq!(list.is_empty(), values.is_empty());
    prop_assert_eq!(list.front(), values.first());
    prop_assert_eq!(list.back(), values.last());
    prop_assert_eq!(list.iter().len(), values.len());
    prop_assert_eq!(list.iter().copied().collect::<Vec<_>>(), values.clone());
    prop_assert_eq!(
        list.iter().rev().copied().collect::<Vec<_>>(),
        values.iter().rev().copied().collect::<Vec<_>>()
    );
    // From both ends at once: they meet in the middle without overlapping.
    let mut both = list.iter();
    let mut front_half = Vec::new();
    let mut back_half = Vec::new();
    while let Some(&v) = both.next() {
        front_half.push(v);
        if let Some(&v) = both.next_back() {
            back_half.push(v);
        }
    }
    front_half.extend(back_half.into_iter().rev());
    prop_assert_eq!(front_half, values);
    for &(key, value) in &model.linked {
        prop_assert_eq!(list.get(key), Some(&value));
        prop_assert!(list.contains(key));
    }
    for &key in &model.stale {
        prop_assert_eq!(list.get(key), None);
        prop_assert!(!list.contains(key));
    }
    Ok(())
}

/// Runs a scoped batch on list and model, checking inside the scope after every step, and
/// holding a reference to every element it can across the steps that allow it.
fn run_scoped(
    list: &mut List<u32>,
    model: &mut Model,
    ops: &[ScopedOp],
) -> Result<(), TestCaseError> {
    let retired = list.scope(|mut list, perm| {
        // Popped in this scope, not taken: readable by key, not in the list.
        let mut detached: Vec<(ListKey<u32>, u32)> = Vec::new();
        let mut retired = Vec::new();
        // References from `get(.., &perm)`, with the value each must still show.
        let mut held: Vec<(&u32, u32)> = model
            .linked
            .iter()
            .map(|&(key, value)| (list.get(key, perm).unwrap(), value))
            .collect();
        for op in ops {
            match *op {
                ScopedOp::PushFront(v) => {
                    let key = list.push_front(v);
                    model.linked.push_front((key, v));
                    held.push((list.get(key, perm).unwrap(), v));
                }
                ScopedOp::PushBack(v) => {
                    let key = list.push_back(v);
                    model.linked.push_back((key, v));
                    held.push((list.get(key, perm).unwrap(), v));
                }
                ScopedOp::PopFront => {
                    let popped = list.pop_front();
                    prop_assert_eq!(popped, model.linked.front().map(|&(k, _)| k));
                    detached.extend(model.linked.pop_front());
                }
                ScopedOp::PopBack => {
                    let popped = list.pop_back();
                    prop_assert_eq!(popped, model.linked.back().map(|&(k, _)| k));
                    detached.extend(model.linked.pop_back());
                }
                ScopedOp::Take(i) => {
                    let (key, value) = if detached.is_empty() {
                        match model.pick(i) {
                            Some(at) => model.linked.remove(at).unwrap(),
                            None => {
                                held = Vec::new();
                                continue;
                            }
                        }
                    } else {
                        detached.swap_remove(i % detached.len())
                    };
                    prop_assert_eq!(list.take(key, perm), Some(value));
                    prop_assert_eq!(list.take(key, perm), None);
                    prop_assert_eq!(list.get(key, perm), None);
                    retired.push(key);
                    held = Vec::new();
                }
                ScopedOp::Remove(i) => {
                    if let Some(at) = model.pick(i) {
                        let (key, value) = model.linked.remove(at).unwrap();
                        prop_assert_eq!(list.remove(key, perm), Some(value));
                        prop_assert_eq!(list.remove(key, perm), None);
                        retired.push(key);
                    }
                    held = Vec::new();
                }
                ScopedOp::RemoveDetached(i) => {
                    if !detached.is_empty() {
                        let (key, _) = detached[i % detached.len()];
                        prop_assert_eq!(list.remove(key, perm), None);
                    }
                    held = Vec::new();
                }
                ScopedOp::MoveToFront(i) => {
                    if let Some(at) = model.pick(i) {
                        let entry = model.linked.remove(at).unwrap();
                        prop_assert!(list.move_to_front(entry.0));
                        model.linked.push_front(entry);
                    }
                    if let Some(&(key, _)) = detached.first() {
                        prop_assert!(!list.move_to_front(key));
                    }
                }
                ScopedOp::MoveToBack(i) => {
                    if let Some(at) = model.pick(i) {
                        let entry = model.linked.remove(at).unwrap();
                        prop_assert!(list.move_to_back(entry.0));
                        model.linked.push_back(entry);
                    }
                    if let Some(&(key, _)) = detached.first() {
                        prop_assert!(!list.move_to_back(key));
                    }
                }
                ScopedOp::GetMut(i, v) => {
                    if let Some(at) = model.pick(i) {
                        let key = model.linked[at].0;
                        *list.get_mut(key, perm).unwrap() = v;
                        model.linked[at].1 = v;
                    }
                    held = Vec::new();
                }
            }
            // Every reference held across this step still reads its element.
            for &(reference, value) in &held {
                prop_assert_eq!(*reference, value);
            }
            let values = model.values();
            prop_assert_eq!(list.len(), values.len());
            prop_assert_eq!(list.front(perm), values.first());
            prop_assert_eq!(list.back(perm), values.last());
            prop_assert_eq!(list.iter(perm).copied().collect::<Vec<_>>(), values.clone());
            prop_assert_eq!(
                list.iter(perm).rev().copied().collect::<Vec<_>>(),
                values.iter().rev().copied().collect::<Vec<_>>()
            );
            for &(key, value) in &model.linked {
                prop_assert!(list.contains(key));
                prop_assert_eq!(list.get(key, perm), Some(&value));
            }
            for &(key, value) in &detached {
                prop_assert!(!list.contains(key));
                prop_assert_eq!(list.get(key, perm), Some(&value));
            }
            for key in model.stale.iter().chain(&retired) {
                prop_assert!(!list.contains(*key));
                prop_assert_eq!(list.get(*key, perm), None);
            }
        }
        // Popped and not taken: dropped as the scope ends, and their keys with them.
        retired.extend(detached.iter().map(|&(key, _)| key));
        Ok(retired)
    })?;
    for key in retired {
        model.retire(key);
    }
    Ok(())
}

fn apply(list: &mut List<u32>, model: &mut Model, op: &Op) -> Result<(), TestCaseError> {
    match op {
        &Op::PushFront(v) => model.linked.push_front((list.push_front(v), v)),
        &Op::PushBack(v) => model.linked.push_back((list.push_back(v), v)),
        Op::PopFront => {
            let expected = model.linked.pop_front();
            prop_assert_eq!(list.pop_front(), expected.map(|(_, v)| v));
            if let Some((key, _)) = expected {
                model.retire(key);
            }
        }
        Op::PopBack => {
            let expected = model.linked.pop_back();
            prop_assert_eq!(list.pop_back(), expected.map(|(_, v)| v));
            if let Some((key, _)) = expected {
                model.retire(key);
            }
        }
        &Op::Remove(i) => {
            if let Some(at) = model.pick(i) {
                let (key, value) = model.linked.remove(at).unwrap();
                prop_assert_eq!(list.remove(key), Some(value));
                model.retire(key);
            }
        }
        &Op::RemoveStale(i) => {
            if !model.stale.is_empty() {
                let key = model.stale[i % model.stale.len()];
                prop_assert_eq!(list.remove(key), None);
            }
        }
        &Op::GetMut(i, v) => {
            if let Some(at) = model.pick(i) {
                *list.get_mut(model.linked[at].0).unwrap() = v;
                model.linked[at].1 = v;
            }
        }
        &Op::FrontMut(v) => {
            prop_assert_eq!(list.front_mut().is_some(), !model.linked.is_empty());
            if let (Some(front), Some(entry)) = (list.front_mut(), model.linked.front_mut()) {
                *front = v;
                entry.1 = v;
            }
        }
        &Op::BackMut(v) => {
            prop_assert_eq!(list.back_mut().is_some(), !model.linked.is_empty());
            if let (Some(back), Some(entry)) = (list.back_mut(), model.linked.back_mut()) {
                *back = v;
                entry.1 = v;
            }
        }
        Op::Clear => {
            list.clear();
            for (key, _) in std::mem::take(&mut model.linked) {
                model.retire(key);
            }
        }
        Op::Extend(values) => {
            // `extend` gives no keys: pop the new elements in a scope to learn them (the scope
            // drops them as it ends), then push them again for keys the model can follow.
            list.extend(values.iter().copied());
            let len = list.len();
            let keys: Vec<_> = list.scope(|mut list, perm| {
                let mut keys = Vec::new();
                for &v in values.iter().rev() {
                    let key = list.pop_back().unwrap();
                    assert_eq!(list.get(key, perm), Some(&v));
                    keys.push(key);
                }
                keys
            });
            prop_assert_eq!(list.len(), len - values.len());
            for key in keys {
                prop_assert_eq!(list.get(key), None);
                model.retire(key);
            }
            for &v in values {
                model.linked.push_back((list.push_back(v), v));
            }
        }
        Op::Scoped(ops) => run_scoped(list, model, ops)?,
    }
    Ok(())
}

/// 1000 cases, 4 under Miri; no failure files (Miri's isolation forbids the lookup).
fn config() -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(if cfg!(miri) { 4 } else { 1000 })
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn list_matches_vecdeque(
        ops in prop::collection::vec(op(), 0..if cfg!(miri) { 12 } else { 80 })
    ) {
        let mut list = List::new();
        let mut model = Model::default();
        check(&list, &model)?;
        for op in &ops {
            apply(&mut list, &mut model, op)?;
            check(&list, &model)?;
        }
    }
}

#[test]
fn references_held_across_push_pop_and_move_still_read() {
    let mut list: List<String> = ["a", "b", "c", "d"].into_iter().map(String::from).collect();
    let keys: Vec<_> = list.scope(|mut list, _| {
        // Learn the keys by popping and pushing back: new keys, same order.
        let mut keys = Vec::new();
        while list.pop_front().is_some() {}
        for name in ["a", "b", "c", "d"] {
            keys.push(list.push_back(name.to_string()));
        }
        keys
    });
    list.scope(|mut list, perm| {
        let b = list.get(keys[1], perm).unwrap();
        let c = list.get(keys[2], perm).unwrap();
        let d = list.get(keys[3], perm).unwrap();
        let front = list.front(perm).unwrap();
        let e = list.push_back("e".to_string());
        let e_ref = list.get(e, perm).unwrap();
        let a = list.pop_front().unwrap(); // another element
        assert!(list.move_to_front(keys[3]));
        assert!(list.move_to_back(keys[1]));
        let popped_front = list.get(a, perm).unwrap(); // still readable after the pop
        assert_eq!(
            [b, c, d, front, e_ref, popped_front].map(String::as_str),
            ["b", "c", "d", "a", "e", "a"]
        );
        let order: Vec<&str> = list.iter(perm).map(String::as_str).collect();
        assert_eq!(order, ["d", "c", "e", "b"]);
        // Everything borrowed above is still usable after iterating.
        assert_eq!((b.as_str(), front.as_str()), ("b", "a"));
        assert_eq!(list.take(a, perm).as_deref(), Some("a"));
    });
    assert_eq!(format!("{list:?}"), r#"["d", "c", "e", "b"]"#);
}

#[test]
fn churn_at_short_lengths_keeps_memory_flat() {
    let mut list = List::new();
    let rounds = if cfg!(miri) { 200 } else { 10_000 };
    let mut old_keys = Vec::new();
    for i in 0..rounds {
        // Never more than 3 elements: with the sentinel, at most 4 nodes.
        let back = list.push_back(i);
        let front = list.push_front(i + 1);
        assert_eq!(list.pop_back(), Some(i));
        if list.len() > 1 {
            assert_eq!(list.pop_front(), Some(i + 1));
        } else {
            assert_eq!(list.remove(front), Some(i + 1));
        }
        assert!(list.len() <= 1);
        assert!(
            list.capacity() <= 4,
            "{} nodes after {i} rounds",
            list.capacity()
        );
        if i % 97 == 0 {
            old_keys.push(back);
        }
    }
    // Keys of nodes refilled many times since open nothing.
    for key in old_keys {
        assert_eq!(list.get(key), None);
        assert_eq!(list.remove(key), None);
    }
    // And the list still works.
    list.clear();
    list.extend([1, 2, 3]);
    assert_eq!(list.iter().copied().collect::<Vec<_>>(), [1, 2, 3]);
    assert!(list.capacity() <= 4);
}

#[test]
fn scoped_pushes_take_new_memory_and_plain_pushes_refill() {
    let mut list = List::new();
    for round in 0..if cfg!(miri) { 5 } else { 100 } {
        list.scope(|mut list, perm| {
            let k = list.push_back(round);
            list.pop_back();
            assert_eq!(list.take(k, perm), Some(round));
        });
        // The plain push refills a freed node.
        let key = list.push_back(round);
        assert_eq!(list.remove(key), Some(round));
        // But each scoped push took a new one (the documented cost of pushing without the
        // permission): the sentinel, and one node per round.
        assert_eq!(list.capacity(), 2 + round as usize);
    }
}

#[test]
fn foreign_and_stale_keys_open_nothing() {
    let mut a: List<u32> = List::new();
    let mut b: List<u32> = List::new();
    let in_a = a.push_back(1);
    let in_b = b.push_back(2);
    assert_eq!(b.get(in_a), None);
    assert!(!b.contains(in_a));
    assert_eq!(b.get_mut(in_a), None);
    assert_eq!(b.remove(in_a), None);
    b.scope(|mut list, perm| {
        assert_eq!(list.get(in_a, perm), None);
        assert_eq!(list.get_mut(in_a, perm), None);
        assert!(!list.contains(in_a));
        assert!(!list.move_to_front(in_a));
        assert!(!list.move_to_back(in_a));
        assert_eq!(list.take(in_a, perm), None);
        assert_eq!(list.remove(in_a, perm), None);
        assert_eq!(list.get(in_b, perm), Some(&2));
    });
    // A never-used list opens nothing and allocates nothing.
    let empty: List<u32> = List::new();
    assert_eq!(empty.get(in_a), None);
    assert_eq!(empty.capacity(), 0);
    // Keys from before a clear.
    a.clear();
    assert_eq!(a.get(in_a), None);
    let again = a.push_back(3);
    assert_ne!(again, in_a);
    assert_eq!(a.get(in_a), None);
    assert_eq!(a.get(again), Some(&3));
    assert_eq!(a.len(), 1);
}

#[test]
fn empty_list_answers_none_everywhere() {
    let mut list: List<u8> = List::default();
    assert!(list.is_empty());
    assert_eq!(list.front(), None);
    assert_eq!(list.back_mut(), None);
    assert_eq!(list.pop_front(), None);
    assert_eq!(list.pop_back(), None);
    assert_eq!(list.iter().next(), None);
    list.scope(|mut list, perm| {
        assert_eq!(list.pop_front(), None);
        assert_eq!(list.pop_back(), None);
        assert_eq!(list.front(perm), None);
        assert_eq!(list.back(perm), None);
        assert_eq!(list.iter(perm).len(), 0);
        assert!(list.is_empty());
    });
    assert_eq!(format!("{list:?}"), "[]");
}

#[test]
fn traits_follow_std() {
    let list: List<u32> = (1..=4).collect();
    let mut copy = list.clone();
    assert_eq!(copy, list);
    copy.extend(&[5, 6]);
    assert_ne!(copy, list);
    assert_eq!(format!("{copy:?}"), "[1, 2, 3, 4, 5, 6]");
    assert_eq!(copy.iter().rev().nth(1), Some(&5));
    let key = copy.push_front(0);
    assert_eq!(
        format!("{key:?}").split('(').next(),
        Some("ListKey"),
        "{key:?}"
    );
    let mut keys = std::collections::HashSet::new();
    assert!(keys.insert(key));
    assert!(!keys.insert(key));
    // Keys are plain data whatever the element type is.
    struct Opaque;
    fn plain_data<K: Copy + Ord + std::hash::Hash + std::fmt::Debug + Send + Sync + 'static>() {}
    plain_data::<ListKey<Opaque>>();
    plain_data::<ListKey<std::rc::Rc<u8>>>();
    let by_ref: Vec<u32> = (&copy).into_iter().copied().collect();
    assert_eq!(by_ref, [0, 1, 2, 3, 4, 5, 6]);
    let mut iter = copy.iter();
    iter.next();
    assert_eq!(format!("{iter:?}"), "Iter { remaining: 6, .. }");
    copy.scope(|list, perm| {
        assert!(format!("{list:?}").starts_with("ListHandle"));
        let iter = list.iter(perm);
        assert_eq!(format!("{iter:?}"), "ListHandleIter { remaining: 7, .. }");
        assert_eq!(
            iter.rev().copied().collect::<Vec<_>>(),
            [6, 5, 4, 3, 2, 1, 0]
        );
    });
}

#[test]
fn a_panic_in_a_scope_leaves_a_consistent_list() {
    let mut list: List<u32> = (0..4).collect();
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        list.scope(|mut list, _| {
            list.pop_front();
            list.push_back(9);
            panic!("inside the scope");
        })
    }));
    assert!(caught.is_err());
    assert_eq!(list.iter().copied().collect::<Vec<_>>(), [1, 2, 3, 9]);
    assert_eq!(list.len(), 4);
    assert_eq!(list.pop_front(), Some(1));
}
