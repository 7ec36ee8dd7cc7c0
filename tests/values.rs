//! Split permissions: `#[value]` fields read through `&ValuePerm` across relinking, written
//! through `&mut ValuePerm`, refilled only with the permission, dropped once.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use ghost_runtime::{Arena, ghost_graph, scope_split};

#[ghost_graph]
struct Item {
    /// The item's name.
    #[value]
    name: String,
    #[value]
    weight: u32,
    tag: u8,
    #[link(inverse = prev)]
    next: Option<Item>,
    prev: Option<Item>,
}

#[test]
fn values_survive_relinking_and_structure_writes() {
    scope_split(|graph, token, perm| {
        let items: Vec<_> = (0..4u8)
            .map(|i| Item::new_in(graph, format!("item{i}"), u32::from(i) * 10, i))
            .collect();
        let names: Vec<&String> = items.iter().map(|item| item.name(perm)).collect();
        for pair in items.windows(2) {
            pair[0].link_next(pair[1], token);
        }
        items[3].link_next(items[0], token); // relinked into a cycle, and again
        items[1].unlink_next(token);
        items[2].borrow_mut(token).tag = 42;
        assert_eq!(names, ["item0", "item1", "item2", "item3"]);
        assert_eq!(items[2].borrow(token).tag, 42);
        *items[1].weight_mut(perm) += 1;
        items[0].name_mut(perm).push('!');
        assert_eq!(
            (items[0].name(perm).as_str(), *items[1].weight(perm)),
            ("item0!", 11)
        );
    });
}

#[test]
fn keys_open_split_nodes_and_values_read_by_key() {
    let mut arena = Arena::new();
    let key = arena
        .scope_mut_split(|graph, _token, _perm| Item::new_in(graph, "kept".into(), 7, 0).key());
    let (name, weight) = arena.value(key).unwrap();
    assert_eq!((name.as_str(), *weight), ("kept", 7));
    arena.value_mut(key).unwrap().1 = 8;
    let read = arena.read_split(|graph, _token, perm| *graph.get(key).unwrap().weight(perm));
    assert_eq!(read, 8);
    arena.scope_mut(|graph, token| assert!(graph.remove(graph.get(key).unwrap(), token)));
    assert!(arena.value(key).is_none());
}

#[test]
fn only_reusing_split_refills_split_slots() {
    let mut arena = Arena::new();
    arena.scope_mut_split(|graph, token, perm| {
        let old = Item::new_in(graph, "old".into(), 1, 0);
        let old_key = old.key();
        graph.remove(old, token);
        // Without the permission, a split slot is not refilled: new memory instead.
        let fresh = Item::new_in(&graph.reusing(token), "fresh".into(), 2, 0);
        assert_ne!(fresh, old);
        // The removed node's value is still readable through a stale handle.
        assert_eq!(old.name(perm), "old");
        let refill = Item::new_in(&graph.reusing_split(token, perm), "refill".into(), 3, 0);
        assert_eq!(refill, old);
        assert_eq!(refill.name(perm), "refill");
        assert!(graph.get(old_key).is_none());
        assert_eq!(graph.get(refill.key()), Some(refill));
    });
    assert_eq!(arena.len(), 2);
}

#[derive(Debug)]
struct Counted(Arc<AtomicUsize>);

impl Drop for Counted {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

#[ghost_graph]
struct Holder {
    #[value]
    value: Counted,
    #[allow(dead_code)] // only its drop is counted
    structure: Counted,
    next: Option<Holder>,
}

#[test]
fn values_and_structures_drop_once_at_refill_clear_and_teardown() {
    let drops = Arc::new(AtomicUsize::new(0));
    let counted = || Counted(Arc::clone(&drops));
    {
        let mut arena = Arena::new();
        arena.scope_mut_split(|graph, token, perm| {
            let a = Holder::new_in(graph, counted(), counted());
            let _b = Holder::new_in(graph, counted(), counted());
            graph.remove(a, token);
            let _c = Holder::new_in(&graph.reusing_split(token, perm), counted(), counted());
        });
        assert_eq!(
            drops.load(Ordering::Relaxed),
            2,
            "the refill dropped a's two parts"
        );
        arena.clear();
        assert_eq!(drops.load(Ordering::Relaxed), 6);
        arena.scope_split(|graph, _token, _perm| {
            let _ = Holder::new_in(graph, counted(), counted());
        });
    }
    assert_eq!(drops.load(Ordering::Relaxed), 8);
}

#[test]
fn values_are_read_from_several_threads_in_read() {
    let mut arena = Arena::new();
    let key = arena.scope_mut(|graph, _| Item::new_in(graph, "shared".into(), 5, 0).key());
    let arena = &arena;
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(move || {
                arena.read_split(|graph, _token, perm| {
                    assert_eq!(graph.get(key).unwrap().name(perm), "shared");
                });
            });
        }
    });
}

#[test]
fn relink_reorders_and_writes_values_of_existing_nodes() {
    let mut arena = Arena::new();
    let (a, b) = arena.scope_mut_split(|graph, _token, _perm| {
        (
            Item::new_in(graph, "a".into(), 1, 0).key(),
            Item::new_in(graph, "b".into(), 2, 0).key(),
        )
    });
    let held = arena.relink_split(|graph, token, perm| {
        let (a, b) = (graph.get(a).unwrap(), graph.get(b).unwrap());
        b.name_mut(perm).push('!');
        let name = b.name(perm); // held across the relinking
        a.link_next(b, token);
        name.clone()
    });
    assert_eq!(held, "b!");
    let (next, prev) = arena.read(|graph, token| {
        let (a, b) = (graph.get(a).unwrap(), graph.get(b).unwrap());
        (
            a.next(token).map(|n| n.key()),
            b.prev(token).map(|p| p.key()),
        )
    });
    assert_eq!((next, prev), (Some(b), Some(a)));
    // Nodes made by a shared scope since the last exclusive one open in `relink`, as in
    // `scope_mut`: it rules out every other scope.
    let shared = arena.scope(|graph, _token| Item::new_in(graph, "c".into(), 3, 0).key());
    assert!(arena.read(|graph, _| graph.get(shared).is_none()));
    assert_eq!(
        arena.relink(|graph, token| graph.get(shared).map(|c| c.borrow(token).tag)),
        Some(0)
    );
    assert!(arena.read(|graph, _| graph.get(shared).is_some()));
}
