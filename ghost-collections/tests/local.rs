//! The local collections, `LocalLruCache` and `LocalList`, with `Rc`, `Cell` and `RefCell`
//! keys, values and elements: the same behaviour as the shared ones, and every value dropped
//! exactly once (counted with `Rc::strong_count`), however it leaves. Also that the shared
//! collections are still `Send` and `Sync`, and read from several threads at once.

use std::cell::{Cell, RefCell};
use std::num::NonZeroUsize;
use std::rc::Rc;

use ghost_collections::{List, LocalList, LocalLruCache, LruCache};

fn cap(n: usize) -> NonZeroUsize {
    NonZeroUsize::new(n).unwrap()
}

/// One `Rc` per value, kept by the test: the cache holds one more strong count of each value
/// while the value is in it.
fn values(n: u32) -> Vec<Rc<u32>> {
    (0..n).map(Rc::new).collect()
}

/// How many of `values` the cache (or anything besides the test) still holds.
fn held(values: &[Rc<u32>]) -> Vec<usize> {
    values.iter().map(|v| Rc::strong_count(v) - 1).collect()
}

#[test]
fn lru_put_get_and_eviction_drop_each_value_once() {
    let v = values(4);
    let mut cache: LocalLruCache<u32, Rc<u32>> = LruCache::new_local(cap(2));
    assert_eq!(cache.put(0, Rc::clone(&v[0])), None);
    assert_eq!(cache.put(1, Rc::clone(&v[1])), None);
    assert_eq!(held(&v), [1, 1, 0, 0]);
    assert_eq!(cache.get(&0), Some(&v[0])); // 1 is now the least recently used
    // Full: 2 evicts 1, whose value comes back and is dropped here.
    let evicted = cache.put(2, Rc::clone(&v[2])).unwrap();
    assert!(Rc::ptr_eq(&evicted, &v[1]));
    drop(evicted);
    assert_eq!(held(&v), [1, 0, 1, 0]);
    // Replacing 0's value hands the old one back.
    let old = cache.put(0, Rc::clone(&v[3])).unwrap();
    assert!(Rc::ptr_eq(&old, &v[0]));
    drop(old);
    assert_eq!(held(&v), [0, 0, 1, 1]);
    assert_eq!(cache.peek(&0), Some(&v[3]));
    assert_eq!(cache.peek(&1), None);
    // `resize` evicts and drops the least recently used entry itself.
    cache.resize(cap(1));
    assert_eq!(held(&v), [0, 0, 0, 1]);
    assert_eq!(cache.len(), 1);
    drop(cache);
    assert_eq!(held(&v), [0, 0, 0, 0]);
}

#[test]
fn lru_pop_clear_and_drop_drop_each_value_once() {
    let v = values(6);
    let mut cache = LruCache::new_local(cap(8));
    for (k, value) in (0..).zip(&v) {
        cache.put(k, Rc::clone(value));
    }
    assert_eq!(held(&v), [1; 6]);
    assert!(Rc::ptr_eq(&cache.pop(&2).unwrap(), &v[2]));
    assert_eq!(held(&v), [1, 1, 0, 1, 1, 1]);
    let (k, value) = cache.pop_lru().unwrap();
    assert_eq!((k, Rc::ptr_eq(&value, &v[0])), (0, true));
    drop(value);
    assert_eq!(held(&v), [0, 1, 0, 1, 1, 1]);
    cache.clear();
    assert_eq!(held(&v), [0; 6]);
    assert!(cache.is_empty());
    // A popped or cleared entry's node is reused, and what it held is not dropped twice.
    cache.put(7, Rc::clone(&v[5]));
    cache.put(8, Rc::clone(&v[4]));
    assert_eq!(held(&v), [0, 0, 0, 0, 1, 1]);
    drop(cache);
    assert_eq!(held(&v), [0; 6]);
}

#[test]
fn lru_scope_holds_two_rc_values_from_get_at_once() {
    let v = values(3);
    let mut cache = LruCache::new_local(cap(3));
    for (k, value) in (0..).zip(&v) {
        cache.put(k, Rc::clone(value));
    }
    cache.scope(|mut cache, perm| {
        let first: &Rc<u32> = cache.get(&0, perm).unwrap();
        let second: &Rc<u32> = cache.get(&2, perm).unwrap(); // reorders; `first` stays
        assert!(Rc::ptr_eq(first, &v[0]) && Rc::ptr_eq(second, &v[2]));
        assert_eq!(cache.len(), 3);
    });
    assert_eq!(held(&v), [1, 1, 1]);
    let order: Vec<u32> = cache.iter().map(|(k, _)| *k).collect();
    assert_eq!(order, [2, 0, 1]);
    // Evictions inside a scope hand the value back too.
    let evicted = cache.scope(|mut cache, perm| cache.put(3, Rc::new(3), perm));
    assert!(Rc::ptr_eq(&evicted.unwrap(), &v[1]));
    assert_eq!(held(&v), [1, 0, 1]);
    drop(cache);
    assert_eq!(held(&v), [0, 0, 0]);
}

#[test]
fn lru_rc_keys_are_looked_up_by_borrow_and_dropped_once() {
    let apple: Rc<str> = Rc::from("apple");
    let mut cache: LocalLruCache<Rc<str>, Cell<u32>> = LocalLruCache::unbounded_local();
    cache.put(Rc::clone(&apple), Cell::new(0));
    cache.put(Rc::from("pear"), Cell::new(0));
    for _ in 0..3 {
        let count = cache.get("apple").unwrap();
        count.set(count.get() + 1);
    }
    assert_eq!(cache.peek("apple").map(Cell::get), Some(3));
    assert_eq!(Rc::strong_count(&apple), 2);
    let (key, count) = cache.pop_entry("apple").unwrap();
    assert_eq!((&*key, count.get()), ("apple", 3));
    drop(key);
    assert_eq!(Rc::strong_count(&apple), 1);
    assert_eq!(
        format!("{cache:?}"),
        r#"LruCache { entries: {"pear": Cell { value: 0 }}, cap: 18446744073709551615 }"#
    );
}

#[test]
fn list_of_rc_pushes_pops_iterates_and_drops_each_element_once() {
    let v = values(5);
    let mut list: LocalList<Rc<u32>> = List::new_local();
    let keys: Vec<_> = v
        .iter()
        .map(|value| list.push_back(Rc::clone(value)))
        .collect();
    assert_eq!(held(&v), [1; 5]);
    let order: Vec<u32> = list.iter().map(|value| **value).collect();
    assert_eq!(order, [0, 1, 2, 3, 4]);
    let backwards: Vec<u32> = list.iter().rev().map(|value| **value).collect();
    assert_eq!(backwards, [4, 3, 2, 1, 0]);
    assert!(Rc::ptr_eq(list.get(keys[3]).unwrap(), &v[3]));
    // Popped and removed elements come back to the caller; their keys stop opening.
    assert!(Rc::ptr_eq(&list.pop_front().unwrap(), &v[0]));
    assert!(Rc::ptr_eq(&list.remove(keys[2]).unwrap(), &v[2]));
    assert_eq!((list.get(keys[0]), list.get(keys[2])), (None, None));
    assert_eq!(held(&v), [0, 1, 0, 1, 1]);
    // Inside a scope: a popped element left detached is dropped as the scope ends.
    list.scope(|mut list, perm| {
        let held_front = list.front(perm).unwrap();
        let back = list.pop_back().unwrap();
        list.move_to_front(keys[3]);
        assert!(Rc::ptr_eq(held_front, &v[1]));
        assert!(Rc::ptr_eq(list.get(back, perm).unwrap(), &v[4]));
    });
    assert_eq!(held(&v), [0, 1, 0, 1, 0]);
    let order: Vec<u32> = list.iter().map(|value| **value).collect();
    assert_eq!(order, [3, 1]);
    list.clear();
    assert_eq!(held(&v), [0; 5]);
    list.push_front(Rc::clone(&v[0]));
    drop(list);
    assert_eq!(held(&v), [0; 5]);
}

#[test]
fn list_of_refcell_is_written_through_shared_borrows() {
    let mut list: LocalList<RefCell<Vec<u32>>> = List::new_local();
    let a = list.push_back(RefCell::new(vec![1]));
    let b = list.push_back(RefCell::new(Vec::new()));
    for (i, cell) in (10..).zip(&list) {
        cell.borrow_mut().push(i);
    }
    list.scope(|list, perm| {
        // Two elements held at once, one written through its `RefCell`.
        let (first, second) = (list.get(a, perm).unwrap(), list.get(b, perm).unwrap());
        second.borrow_mut().extend(first.borrow().iter().copied());
    });
    assert_eq!(list.get(b).unwrap().borrow().as_slice(), [11, 1, 10]);
    assert_eq!(
        format!("{list:?}"),
        "[RefCell { value: [1, 10] }, RefCell { value: [11, 1, 10] }]"
    );
}

#[test]
fn local_lists_collect_clone_and_compare() {
    let v = values(3);
    let list: LocalList<Rc<u32>> = v.iter().cloned().collect();
    let copy = list.clone();
    assert_eq!(held(&v), [2, 2, 2]);
    assert_eq!(list, copy);
    let mut empty = LocalList::default();
    assert_ne!(list, empty);
    empty.extend(v.iter().rev().cloned());
    assert_eq!(
        empty.iter().map(|value| **value).collect::<Vec<_>>(),
        [2, 1, 0]
    );
    drop((list, copy, empty));
    assert_eq!(held(&v), [0, 0, 0]);
}

#[test]
fn shared_collections_are_still_send_and_sync_and_read_from_several_threads() {
    fn send_sync<T: Send + Sync>(_: &T) {}
    let mut cache = LruCache::new(cap(4));
    let mut list = List::new();
    for k in 0..4_u32 {
        cache.put(k, k.to_string());
        list.push_back(k.to_string());
    }
    send_sync(&cache);
    send_sync(&list);
    let (cache, list) = (&cache, &list);
    std::thread::scope(|threads| {
        let readers: Vec<_> = (0..2)
            .map(|_| {
                threads.spawn(move || {
                    let peeked = (0..4).filter_map(|k| cache.peek(&k)).count();
                    (peeked, list.iter().map(String::len).sum::<usize>())
                })
            })
            .collect();
        for reader in readers {
            assert_eq!(reader.join().unwrap(), (4, 4));
        }
    });
}
