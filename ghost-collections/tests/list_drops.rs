//! Every element of a `List` is dropped exactly once, however it leaves: popped, removed,
//! taken, popped in a scope and left there, cleared, or with the list; also when a scope or a
//! destructor panics, and under random operation sequences.

use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use ghost_collections::List;
use proptest::prelude::*;

/// An element that counts its drops in a counter of its own.
#[derive(Debug)]
struct Tracked {
    id: usize,
    drops: Arc<AtomicUsize>,
    /// Panics in `drop` (after counting) if set.
    panics: bool,
}

impl Drop for Tracked {
    fn drop(&mut self) {
        self.drops.fetch_add(1, Ordering::SeqCst);
        if self.panics {
            panic!("element {} panics in drop", self.id);
        }
    }
}

/// Makes `Tracked` elements and keeps their counters.
#[derive(Default)]
struct Tracker {
    counters: Vec<Arc<AtomicUsize>>,
}

impl Tracker {
    fn make(&mut self) -> Tracked {
        self.make_with(false)
    }

    fn make_with(&mut self, panics: bool) -> Tracked {
        let drops = Arc::new(AtomicUsize::new(0));
        self.counters.push(Arc::clone(&drops));
        Tracked {
            id: self.counters.len() - 1,
            drops,
            panics,
        }
    }

    fn drops(&self, id: usize) -> usize {
        self.counters[id].load(Ordering::SeqCst)
    }

    /// Drops so far, by element.
    fn all(&self) -> Vec<usize> {
        (0..self.counters.len()).map(|id| self.drops(id)).collect()
    }

    fn assert_each_dropped_once(&self) {
        assert_eq!(self.all(), vec![1; self.counters.len()]);
    }
}

#[test]
fn popped_elements_are_dropped_by_their_new_owner_only() {
    let mut tracker = Tracker::default();
    let mut list = List::new();
    for _ in 0..4 {
        list.push_back(tracker.make());
    }
    let front = list.pop_front().unwrap();
    let back = list.pop_back().unwrap();
    assert_eq!(tracker.all(), [0, 0, 0, 0]);
    assert_eq!((front.id, back.id), (0, 3));
    drop(front);
    assert_eq!(tracker.all(), [1, 0, 0, 0]);
    drop(list);
    assert_eq!(tracker.all(), [1, 1, 1, 0]);
    drop(back);
    tracker.assert_each_dropped_once();
}

#[test]
fn removed_elements_and_the_rest_at_drop() {
    let mut tracker = Tracker::default();
    let mut list = List::new();
    let keys: Vec<_> = (0..5).map(|_| list.push_back(tracker.make())).collect();
    let removed = list.remove(keys[2]).unwrap();
    assert_eq!(removed.id, 2);
    assert!(list.remove(keys[2]).is_none());
    drop(removed);
    assert_eq!(tracker.all(), [0, 0, 1, 0, 0]);
    // Refills the removed element's node: its old value is `None` by now, nothing to drop.
    list.push_front(tracker.make());
    assert_eq!(tracker.all(), [0, 0, 1, 0, 0, 0]);
    drop(list);
    tracker.assert_each_dropped_once();
}

#[test]
fn clear_drops_every_element_once_and_the_list_goes_on() {
    let mut tracker = Tracker::default();
    let mut list = List::new();
    for _ in 0..6 {
        list.push_front(tracker.make());
    }
    list.pop_back();
    list.clear();
    tracker.assert_each_dropped_once();
    assert!(list.is_empty());
    list.push_back(tracker.make());
    list.clear();
    list.clear();
    tracker.assert_each_dropped_once();
    list.push_back(tracker.make());
    drop(list);
    tracker.assert_each_dropped_once();
}

#[test]
fn scoped_pops_not_taken_are_dropped_as_the_scope_ends() {
    let mut tracker = Tracker::default();
    let mut list = List::new();
    for _ in 0..5 {
        list.push_back(tracker.make());
    }
    let taken = list.scope(|mut list, perm| {
        let first = list.pop_front().unwrap();
        let last = list.pop_back().unwrap();
        let middle = list.pop_front().unwrap();
        // Detached, not dropped: still readable.
        assert_eq!(list.get(first, perm).map(|t| t.id), Some(0));
        assert_eq!(tracker.all(), [0; 5]);
        let taken = list.take(middle, perm).unwrap();
        assert!(list.take(middle, perm).is_none());
        let _ = last;
        taken
    });
    // `first` and `last` were dropped as the scope ended; `taken` is ours.
    assert_eq!(tracker.all(), [1, 0, 0, 0, 1]);
    assert_eq!(taken.id, 1);
    drop(taken);
    assert_eq!(list.len(), 2);
    drop(list);
    tracker.assert_each_dropped_once();
}

#[test]
fn scoped_remove_and_take_of_linked_elements() {
    let mut tracker = Tracker::default();
    let mut list = List::new();
    let keys: Vec<_> = (0..4).map(|_| list.push_back(tracker.make())).collect();
    let (removed, taken) = list.scope(|mut list, perm| {
        let removed = list.remove(keys[1], perm).unwrap();
        let taken = list.take(keys[2], perm).unwrap();
        list.push_back(tracker.make());
        (removed, taken)
    });
    assert_eq!(tracker.all(), [0; 5]);
    drop((removed, taken));
    assert_eq!(tracker.all(), [0, 1, 1, 0, 0]);
    drop(list);
    tracker.assert_each_dropped_once();
}

#[test]
fn a_panicking_scope_still_drops_what_it_popped() {
    let mut tracker = Tracker::default();
    let mut list = List::new();
    for _ in 0..3 {
        list.push_back(tracker.make());
    }
    let extra = tracker.make();
    let caught = panic::catch_unwind(AssertUnwindSafe(|| {
        list.scope(|mut list, _| {
            list.pop_front();
            list.push_back(extra);
            panic!("in the scope");
        })
    }));
    assert!(caught.is_err());
    assert_eq!(tracker.all(), [1, 0, 0, 0]);
    assert_eq!(list.len(), 3);
    drop(list);
    tracker.assert_each_dropped_once();
}

#[test]
fn a_panicking_destructor_does_not_stop_the_others() {
    let mut tracker = Tracker::default();
    let mut list = List::new();
    list.push_back(tracker.make());
    list.push_back(tracker.make_with(true));
    list.push_back(tracker.make());
    let caught = panic::catch_unwind(AssertUnwindSafe(|| list.clear()));
    assert!(caught.is_err());
    tracker.assert_each_dropped_once();
    // Empty and usable.
    assert!(list.is_empty());
    assert_eq!(list.iter().count(), 0);
    list.push_back(tracker.make());
    assert_eq!(list.front().map(|t| t.id), Some(3));

    // A panic while a scope drops what it popped: the list is consistent too.
    list.push_back(tracker.make_with(true));
    list.push_back(tracker.make());
    let caught = panic::catch_unwind(AssertUnwindSafe(|| {
        list.scope(|mut list, _| {
            list.pop_back();
            list.pop_back();
        });
    }));
    assert!(caught.is_err());
    assert_eq!(tracker.all(), [1, 1, 1, 0, 1, 1]);
    assert_eq!(list.iter().map(|t| t.id).collect::<Vec<_>>(), [3]);
    drop(list);
    tracker.assert_each_dropped_once();
}

#[derive(Clone, Debug)]
enum Op {
    PushFront,
    PushBack,
    PopFront,
    PopBack,
    Remove(usize),
    Clear,
    /// In a scope: pop this many from the front, take every other one, push one.
    Scoped(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => Just(Op::PushFront),
        4 => Just(Op::PushBack),
        2 => Just(Op::PopFront),
        2 => Just(Op::PopBack),
        2 => any::<usize>().prop_map(Op::Remove),
        1 => Just(Op::Clear),
        2 => (0..4_usize).prop_map(Op::Scoped),
    ]
}

/// 500 cases, 4 under Miri; no failure files (Miri's isolation forbids the lookup).
fn config() -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(if cfg!(miri) { 4 } else { 500 })
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn every_element_is_dropped_exactly_once(
        ops in prop::collection::vec(op(), 0..if cfg!(miri) { 12 } else { 60 })
    ) {
        let mut tracker = Tracker::default();
        let mut list = List::new();
        // Ids of the elements in the list, with their keys, front to back.
        let mut linked = std::collections::VecDeque::new();
        for op in &ops {
            match *op {
                Op::PushFront => {
                    let t = tracker.make();
                    let id = t.id;
                    linked.push_front((id, list.push_front(t)));
                }
                Op::PushBack => {
                    let t = tracker.make();
                    let id = t.id;
                    linked.push_back((id, list.push_back(t)));
                }
                Op::PopFront => {
                    prop_assert_eq!(list.pop_front().map(|t| t.id), linked.pop_front().map(|e| e.0));
                }
                Op::PopBack => {
                    prop_assert_eq!(list.pop_back().map(|t| t.id), linked.pop_back().map(|e| e.0));
                }
                Op::Remove(i) => {
                    if !linked.is_empty() {
                        let (id, key) = linked.remove(i % linked.len()).unwrap();
                        prop_assert_eq!(list.remove(key).map(|t| t.id), Some(id));
                    }
                }
                Op::Clear => {
                    list.clear();
                    linked.clear();
                }
                Op::Scoped(pops) => {
                    let pushed = tracker.make();
                    let pushed_id = pushed.id;
                    let key = list.scope(|mut list, perm| {
                        let mut taken = Vec::new();
                        for n in 0..pops {
                            let Some(key) = list.pop_front() else { break };
                            linked.pop_front();
                            if n % 2 == 0 {
                                taken.push(list.take(key, perm).unwrap());
                            }
                        }
                        drop(taken);
                        list.push_back(pushed)
                    });
                    linked.push_back((pushed_id, key));
                }
            }
            // Exactly the elements that left the list are dropped, once each.
            let in_list: std::collections::HashSet<usize> = linked.iter().map(|e| e.0).collect();
            for id in 0..tracker.counters.len() {
                prop_assert_eq!(tracker.drops(id), usize::from(!in_list.contains(&id)), "element {}", id);
            }
        }
        drop(list);
        tracker.assert_each_dropped_once();
    }
}
