//! Keys, removal and reuse: what a long-lived arena does across scopes, including the cases the
//! safety argument is about (stale handles and stale links after a slot was reused, keys of a
//! dropped arena, readers on several threads). Run under Miri by CI.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Task {
    name: String,
    #[link(inverse = blocked_by)]
    blocks: Vec<Task>,
    blocked_by: Vec<Task>,
}

/// A singly linked node: `next` has no inverse, so removing a node cannot clear the links that
/// point at it. Those stale links are what type-stable slots are for.
#[ghost_graph]
struct Cell {
    val: u64,
    next: Option<Cell>,
}

#[ghost_graph]
struct Person {
    name: &'static str,
    #[link(inverse = employees)]
    employer: Option<Company>,
}

#[ghost_graph]
struct Company {
    name: &'static str,
    #[link(inverse = employer)]
    employees: Vec<Person>,
    #[link(symmetric)]
    partners: Vec<Company>,
}

/// Counts its drops.
struct Counted(Arc<AtomicUsize>);

impl Drop for Counted {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

#[ghost_graph]
#[allow(dead_code)] // the payload is there for its destructor
struct Holder {
    payload: Counted,
    next: Option<Holder>,
}

fn names<'id>(tasks: &[TaskRef<'_, 'id>], token: &ghost_runtime::GhostToken<'id>) -> Vec<String> {
    tasks.iter().map(|t| t.borrow(token).name.clone()).collect()
}

#[test]
fn keys_open_in_later_scopes_until_removed() {
    let mut arena = Arena::new();
    let (a, b) = arena.scope_mut(|graph, token| {
        let a = Task::new_in(graph, "a".to_string());
        let b = Task::new_in(graph, "b".to_string());
        a.link_blocks(b, token);
        (a.key(), b.key())
    });
    assert_ne!(a, b);
    arena.scope_mut(|graph, token| {
        let a = graph.get(a).expect("a lives");
        assert_eq!(names(a.blocks(token), token), ["b"]);
    });
    assert_eq!(
        arena.read(|graph, token| graph.get(b).map(|b| names(b.blocked_by(token), token))),
        Some(vec!["a".to_string()])
    );
    arena.scope_mut(|graph, token| {
        let node = graph.get(a).unwrap();
        assert!(graph.remove(node, token));
        assert!(!graph.remove(node, token), "a second removal does nothing");
        assert!(graph.get(a).is_none());
        assert!(!graph.contains(a));
        assert!(graph.get(b).unwrap().blocked_by(token).is_empty());
        // A key made from the stale handle does not open the removed node either.
        assert!(graph.get(node.key()).is_none());
    });
    assert!(arena.read(|graph, _| graph.get(a).is_none()));
    assert_eq!(arena.len(), 1);
}

#[test]
fn stale_handles_read_a_valid_node_after_removal_and_reuse() {
    let mut arena = Arena::new();
    arena.scope_mut(|graph, token| {
        let old = Task::new_in(graph, "old".to_string());
        let key = old.key();
        graph.remove(old, token);
        // Removed, not dropped: the stale handle reads the removed value.
        assert_eq!(old.borrow(token).name, "old");
        let new = Task::new_in(&graph.reusing(token), "new".to_string());
        assert_eq!(new, old, "the slot was reused");
        // The stale handle now reads the node that replaced it: a logic error, not UB.
        assert_eq!(old.borrow(token).name, "new");
        assert!(graph.get(key).is_none(), "the old key stays dead");
        assert_eq!(graph.get(new.key()), Some(new));
    });
}

#[test]
fn a_stale_link_followed_in_a_later_scope_reads_the_reused_slot() {
    let mut arena = Arena::new();
    let (head, tail) = arena.scope_mut(|graph, token| {
        let head = Cell::new_in(graph, 1);
        let tail = Cell::new_in(graph, 2);
        head.link_next(tail, token);
        (head.key(), tail.key())
    });
    arena.scope_mut(|graph, token| {
        let tail = graph.get(tail).unwrap();
        graph.remove(tail, token); // `head.next` has no inverse: it still points there
    });
    arena.scope_mut(|graph, token| {
        let reused = Cell::new_in(&graph.reusing(token), 3);
        let head = graph.get(head).unwrap();
        assert_eq!(head.next(token), Some(reused));
        assert_eq!(head.next(token).unwrap().borrow(token).val, 3);
        assert!(graph.get(tail).is_none());
    });
}

#[test]
fn keys_of_a_dropped_arena_do_not_open_in_a_new_one() {
    let keys: Vec<CellKey> = {
        let mut arena = Arena::new();
        arena.scope_mut(|graph, _| (0..50).map(|i| Cell::new_in(graph, i).key()).collect())
    };
    // The new arena likely reuses the dropped one's memory, at the same addresses.
    let mut arena = Arena::new();
    arena.scope_mut(|graph, _| {
        let fresh: Vec<_> = (0..50).map(|i| Cell::new_in(graph, i)).collect();
        assert!(keys.iter().all(|&key| graph.get(key).is_none()));
        assert!(
            fresh
                .iter()
                .all(|cell| graph.get(cell.key()) == Some(*cell))
        );
    });
}

#[test]
fn clear_drops_everything_and_invalidates_keys() {
    let drops = Arc::new(AtomicUsize::new(0));
    let mut arena = Arena::new();
    let keys: Vec<HolderKey> = arena.scope_mut(|graph, token| {
        let nodes: Vec<_> = (0..10)
            .map(|_| Holder::new_in(graph, Counted(drops.clone())))
            .collect();
        graph.remove(nodes[0], token);
        nodes.iter().map(|n| n.key()).collect()
    });
    assert_eq!(drops.load(Ordering::Relaxed), 0, "removal does not drop");
    assert_eq!(arena.len(), 9);
    arena.clear();
    assert_eq!(
        drops.load(Ordering::Relaxed),
        10,
        "clear drops removed nodes too"
    );
    assert!(arena.is_empty());
    arena.scope_mut(|graph, _| {
        assert!(keys.iter().all(|&key| graph.get(key).is_none()));
        let again = Holder::new_in(graph, Counted(drops.clone()));
        assert_eq!(graph.get(again.key()), Some(again));
    });
    drop(arena);
    assert_eq!(drops.load(Ordering::Relaxed), 11);
}

#[test]
fn a_replaced_value_is_dropped_once_on_reuse() {
    let drops = Arc::new(AtomicUsize::new(0));
    let mut arena = Arena::new();
    arena.scope_mut(|graph, token| {
        for _ in 0..20 {
            let node = Holder::new_in(&graph.reusing(token), Counted(drops.clone()));
            graph.remove(node, token);
        }
    });
    // 20 values: 19 replaced on reuse, the last still in its (removed) slot.
    assert_eq!(drops.load(Ordering::Relaxed), 19);
    assert_eq!(arena.len(), 0);
    drop(arena);
    assert_eq!(drops.load(Ordering::Relaxed), 20);
}

#[test]
fn a_panicking_destructor_on_reuse_leaves_the_new_node_in_place() {
    struct Bomb(bool);
    impl Drop for Bomb {
        fn drop(&mut self) {
            if self.0 {
                panic!("boom");
            }
        }
    }
    #[ghost_graph]
    #[allow(dead_code)] // the payload is there for its destructor
    struct Fuse {
        payload: Bomb,
        next: Option<Fuse>,
    }
    let mut arena = Arena::new();
    let key = arena.scope_mut(|graph, token| {
        let node = Fuse::new_in(graph, Bomb(true));
        graph.remove(node, token);
        node.key()
    });
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        arena.scope_mut(|graph, token| {
            let _ = Fuse::new_in(&graph.reusing(token), Bomb(false));
        });
    }));
    assert!(caught.is_err());
    assert_eq!(
        arena.len(),
        1,
        "the new node was placed before the old one dropped"
    );
    arena.scope_mut(|graph, _| assert!(graph.get(key).is_none()));
}

#[test]
fn removal_detaches_across_node_types_and_symmetric_links() {
    let mut arena = Arena::new();
    let (acme, alice, bob, initech) = arena.scope_mut(|graph, token| {
        let acme = Company::new_in(graph, "acme");
        let initech = Company::new_in(graph, "initech");
        let alice = Person::new_in(graph, "alice");
        let bob = Person::new_in(graph, "bob");
        alice.link_employer(acme, token);
        bob.link_employer(acme, token);
        acme.link_partners(initech, token);
        acme.link_partners(acme, token);
        (acme.key(), alice.key(), bob.key(), initech.key())
    });
    arena.scope_mut(|graph, token| {
        let alice = graph.get(alice).unwrap();
        graph.remove(alice, token);
        let acme_ref = graph.get(acme).unwrap();
        assert_eq!(acme_ref.employees(token), [graph.get(bob).unwrap()]);
        graph.remove(acme_ref, token);
        let bob = graph.get(bob).unwrap();
        assert_eq!((bob.borrow(token).name, bob.employer(token)), ("bob", None));
        let initech = graph.get(initech).unwrap();
        assert_eq!(initech.borrow(token).name, "initech");
        assert!(initech.partners(token).is_empty());
        // The removed node's own links were emptied too.
        assert!(acme_ref.employees(token).is_empty() && acme_ref.partners(token).is_empty());
    });
    assert_eq!(arena.len(), 2);
}

#[test]
fn many_readers_on_several_threads() {
    let mut arena = Arena::new();
    let keys: Vec<TaskKey> = arena.scope_mut(|graph, token| {
        let tasks: Vec<_> = (0..8)
            .map(|i| Task::new_in(graph, format!("t{i}")))
            .collect();
        for pair in tasks.windows(2) {
            pair[0].link_blocks(pair[1], token);
        }
        tasks.iter().map(|t| t.key()).collect()
    });
    let arena = &arena;
    let keys = &keys;
    let totals: Vec<usize> = std::thread::scope(|s| {
        let readers: Vec<_> = (0..3)
            .map(|_| {
                s.spawn(move || {
                    arena.read(|graph, token| {
                        keys.iter()
                            .map(|&k| graph.get(k).unwrap().blocked_by(token).len())
                            .sum()
                    })
                })
            })
            .collect();
        readers.into_iter().map(|r| r.join().unwrap()).collect()
    });
    assert_eq!(totals, [7, 7, 7]);
}

#[test]
fn read_waits_for_the_next_exclusive_scope_to_open_nodes_of_shared_scopes() {
    let mut arena = Arena::new();
    let key = arena.scope(|graph, _| Cell::new_in(graph, 5).key());
    // A shared scope may still be running on another thread: `read` does not open its nodes.
    assert!(arena.read(|graph, _| graph.get(key).is_none()));
    arena.scope_mut(|graph, token| assert_eq!(graph.get(key).unwrap().borrow(token).val, 5));
    assert!(arena.read(|graph, token| graph.get(key).unwrap().borrow(token).val == 5));
}

#[test]
fn memory_stays_flat_under_churn_with_reuse() {
    let mut arena = Arena::new();
    let mut live: Vec<CellKey> =
        arena.scope_mut(|graph, _| (0..100).map(|i| Cell::new_in(graph, i).key()).collect());
    let rounds = if cfg!(miri) { 200 } else { 20_000 };
    for round in 0..rounds {
        let victim = live.swap_remove(round % live.len());
        let fresh = arena.scope_mut(|graph, token| {
            graph.remove(graph.get(victim).unwrap(), token);
            Cell::new_in(&graph.reusing(token), round as u64).key()
        });
        live.push(fresh);
    }
    assert_eq!(arena.len(), 100);
    // Every slot was reused: all live keys point into the first 100 slots' pages.
    let debug = format!("{arena:?}");
    assert!(debug.contains("reusable_slots: 0"), "{debug}");
    arena.scope_mut(|graph, _| assert!(live.iter().all(|&k| graph.get(k).is_some())));
}

#[test]
fn key_debug_and_order() {
    let mut arena = Arena::new();
    let (a, b) =
        arena.scope_mut(|graph, _| (Cell::new_in(graph, 1).key(), Cell::new_in(graph, 2).key()));
    assert!(format!("{a:?}").starts_with("Key("));
    assert_ne!(a.cmp(&b), std::cmp::Ordering::Equal);
}

/// A node type with type parameters: its kind is not provably `'static`, so its removed slots
/// are never refilled (they wait for `clear`). Were they refilled by erased type identity, a
/// `Boxed<Option<NodePtr<'static, 'static, _>>>` slot could be refilled by a value holding a
/// handle of the scope's brand, which the stale view would read as `'static`.
#[ghost_graph]
struct Boxed<T> {
    value: T,
    next: Option<Boxed<T>>,
}

#[test]
fn generic_node_types_are_not_refilled() {
    let mut arena = Arena::new();
    arena.scope_mut(|graph, token| {
        let old = Boxed::new_in(graph, 1_u32);
        graph.remove(old, token);
        let new = Boxed::new_in(&graph.reusing(token), 2_u32);
        assert_ne!(new, old, "new memory, not the removed slot");
        assert_eq!(old.borrow(token).value, 1, "the removed value stays");
    });
    assert_eq!(arena.len(), 1);
}

#[test]
fn a_removed_node_is_not_listed_twice() {
    let mut arena = Arena::new();
    arena.scope_mut(|graph, token| {
        let node = Cell::new_in(graph, 1);
        assert!(graph.remove(node, token));
        assert!(!graph.remove(node, token));
        let a = Cell::new_in(&graph.reusing(token), 2);
        let b = Cell::new_in(&graph.reusing(token), 3);
        assert_eq!(a, node);
        assert_ne!(a, b, "the slot was handed out once");
    });
    assert_eq!(arena.len(), 2);
}

/// A node type with a lifetime parameter, in an arena of borrowed payloads: `reusing` works
/// there but takes new memory, as a removed `Tok<'static>` slot refilled by a `Tok<'src>`
/// would let a stale link read a short borrow as `'static`.
#[ghost_graph]
struct Tok<'src> {
    text: &'src str,
    next: Option<Tok<'src>>,
}

#[test]
fn borrowed_payloads_are_not_refilled() {
    let source = String::from("ab");
    let mut arena: Arena<'_> = Arena::new();
    arena.scope_mut(|graph, token| {
        let old = Tok::new_in(graph, &source[..1]);
        graph.remove(old, token);
        let new = Tok::new_in(&graph.reusing(token), &source[1..]);
        assert_ne!(new, old);
        assert_eq!((old.borrow(token).text, new.borrow(token).text), ("a", "b"));
    });
}

/// The same with its type parameter bounded by `'static`: every instantiation is a `'static`
/// type, so removed slots are refilled, by nodes of exactly the same instantiation.
#[ghost_graph]
struct StaticBoxed<T: 'static> {
    value: T,
    next: Option<StaticBoxed<T>>,
}

#[ghost_graph]
struct WhereBoxed<T>
where
    T: 'static,
{
    value: T,
    next: Option<WhereBoxed<T>>,
}

#[test]
fn generic_node_types_bounded_by_static_are_refilled() {
    let mut arena = Arena::new();
    arena.scope_mut(|graph, token| {
        let old = StaticBoxed::new_in(graph, 1_u32);
        let other = StaticBoxed::new_in(graph, 1_u64);
        graph.remove(old, token);
        graph.remove(other, token);
        // A `u64` node does not take the `u32` node's slot.
        let wide = StaticBoxed::new_in(&graph.reusing(token), 2_u64);
        let narrow = StaticBoxed::new_in(&graph.reusing(token), 2_u32);
        assert_eq!((narrow, wide), (old, other));
        assert_eq!(
            (narrow.borrow(token).value, wide.borrow(token).value),
            (2, 2)
        );
        let spaced = WhereBoxed::new_in(graph, "a");
        graph.remove(spaced, token);
        assert_eq!(WhereBoxed::new_in(&graph.reusing(token), "b"), spaced);
        assert_eq!(spaced.borrow(token).value, "b");
    });
}

/// A node too large for a page gets an allocation of its own; `clear` frees those and keeps
/// the slabs.
#[ghost_graph]
#[allow(dead_code)] // the payload is there for its size
struct Big {
    bytes: [u8; 5000],
    next: Option<Big>,
}

#[test]
fn clear_frees_large_nodes_and_keeps_working() {
    let mut arena = Arena::new();
    for round in 0..3_u8 {
        let keys: Vec<BigKey> = arena.scope_mut(|graph, _| {
            (0..3)
                .map(|_| Big::new_in(graph, [round; 5000]).key())
                .collect()
        });
        arena.scope_mut(|graph, token| {
            for &key in &keys {
                assert_eq!(graph.get(key).unwrap().borrow(token).bytes[4999], round);
            }
        });
        arena.clear();
        arena.scope_mut(|graph, _| assert!(keys.iter().all(|&k| graph.get(k).is_none())));
    }
}
