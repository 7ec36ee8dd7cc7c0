//! Payloads that are not thread-safe (`Rc`, `Cell`, `RefCell`) in the arenas that never leave
//! their thread: the free `scope` and a `LocalArena`. Every `Rc` a node holds is counted, so
//! each test checks that nodes are dropped exactly once, when the arena says they are.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use ghost_runtime::{Arena, GhostToken, LocalArena, LocalGraph, ghost_graph, scope, scope_split};

/// A symbol of a toy interner: shares its name, counts its uses in a `Cell`, and logs into a
/// `RefCell` that every symbol of a table shares.
#[ghost_graph]
struct Sym {
    name: Rc<str>,
    uses: Cell<u32>,
    log: Rc<RefCell<Vec<String>>>,
    #[link(inverse = prev)]
    next: Option<Sym>,
    prev: Option<Sym>,
}

/// A node whose `#[value]` is an `Rc`, read through the value permission while relinked.
#[ghost_graph]
struct Shared {
    #[value]
    text: Rc<String>,
    #[link(inverse = prev)]
    next: Option<Shared>,
    prev: Option<Shared>,
}

fn push_syms<'arena, 'id>(
    graph: &LocalGraph<'arena, 'id>,
    token: &mut GhostToken<'id>,
    names: &[Rc<str>],
    log: &Rc<RefCell<Vec<String>>>,
) -> Vec<SymRef<'arena, 'id>> {
    let syms: Vec<_> = names
        .iter()
        .map(|name| Sym::new_in(graph, Rc::clone(name), Cell::new(0), Rc::clone(log)))
        .collect();
    for pair in syms.windows(2) {
        pair[0].link_next(pair[1], token);
    }
    syms
}

#[test]
fn the_free_scope_holds_rc_cell_and_refcell_and_drops_them_once() {
    let names: Vec<Rc<str>> = ["a", "b", "c"].into_iter().map(Rc::from).collect();
    let log = Rc::new(RefCell::new(Vec::new()));
    let walked = scope(|graph, token| {
        let syms = push_syms(graph, token, &names, &log);
        // Shared reads write through `Cell` and `RefCell`: the token is lent shared here.
        let shared: &GhostToken<'_> = token;
        for sym in syms[0].iter_next(shared) {
            let node = sym.borrow(shared);
            node.uses.set(node.uses.get() + 1);
            node.log.borrow_mut().push(node.name.to_string());
        }
        assert!(names.iter().all(|name| Rc::strong_count(name) == 2));
        assert_eq!(Rc::strong_count(&log), 4);
        syms[2]
            .iter_prev(shared)
            .map(|s| s.borrow(shared).uses.get())
            .sum::<u32>()
    });
    assert_eq!(walked, 3);
    assert_eq!(*log.borrow(), ["a", "b", "c"]);
    assert!(names.iter().all(|name| Rc::strong_count(name) == 1));
    assert_eq!(Rc::strong_count(&log), 1);
}

#[test]
fn a_local_arena_kept_in_a_struct_opens_keys_removes_refills_and_clears() {
    struct Table {
        arena: LocalArena<'static>,
        head: Option<SymKey>,
    }
    let names: Vec<Rc<str>> = ["x", "y", "z"].into_iter().map(Rc::from).collect();
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut table = Table {
        arena: Arena::new_local(),
        head: None,
    };
    let keys: Vec<SymKey> = table.arena.scope_mut(|graph, token| {
        // A `GraphMut` of a local arena derefs to a `LocalGraph`.
        let syms = push_syms(graph, token, &names, &log);
        syms.iter().map(|sym| sym.key()).collect()
    });
    table.head = Some(keys[0]);
    assert_eq!(table.arena.len(), 3);

    // `read`: open keys of nodes that are not `Sync` (allowed: no other thread can be reading).
    let second = table.arena.read(|graph, token| {
        let head = graph.get(table.head.unwrap()).expect("live");
        let second = head.next(token).expect("linked");
        second.borrow(token).uses.set(5);
        second.borrow(token).name.to_string()
    });
    assert_eq!(second, "y");

    // `relink`, then `remove`: the removed node's `Rc` stays until its slot is refilled.
    table.arena.relink(|graph, token| {
        let (x, z) = (graph.get(keys[0]).unwrap(), graph.get(keys[2]).unwrap());
        z.link_next(x, token);
    });
    table.arena.scope_mut(|graph, token| {
        assert!(graph.remove(graph.get(keys[1]).unwrap(), token));
        assert!(graph.get(keys[1]).is_none());
    });
    assert_eq!(table.arena.len(), 2);
    assert_eq!(
        Rc::strong_count(&names[1]),
        2,
        "kept until the slot is refilled"
    );
    let fresh: Rc<str> = Rc::from("w");
    let refilled = table.arena.scope_mut(|graph, token| {
        let node = Sym::new_in(
            &graph.reusing(token),
            Rc::clone(&fresh),
            Cell::new(0),
            Rc::clone(&log),
        );
        node.key()
    });
    assert_eq!(Rc::strong_count(&names[1]), 1, "dropped by the refill");
    assert!(table.arena.read(|graph, _| graph.get(refilled).is_some()));
    assert_eq!(table.arena.len(), 3);

    table.arena.clear();
    assert!(table.arena.is_empty());
    assert!(names.iter().all(|name| Rc::strong_count(name) == 1));
    assert_eq!(Rc::strong_count(&fresh), 1);
    assert_eq!(Rc::strong_count(&log), 1);
    assert!(table.arena.read(|graph, _| graph.get(keys[0]).is_none()));

    // Used again after the clear, then dropped with the struct.
    table.arena.scope(|graph, token| {
        let _ = push_syms(graph, token, &names, &log);
    });
    assert_eq!(Rc::strong_count(&log), 4);
    drop(table);
    assert_eq!(Rc::strong_count(&log), 1);
    assert!(names.iter().all(|name| Rc::strong_count(name) == 1));
}

#[test]
fn rc_values_of_split_nodes_are_read_across_relinking_and_by_key() {
    let text = Rc::new(String::from("value"));
    let read = scope_split(|graph, token, perm| {
        let (a, b) = (
            Shared::new_in(graph, Rc::clone(&text)),
            Shared::new_in(graph, Rc::clone(&text)),
        );
        let held: &Rc<String> = a.text(perm);
        b.link_next(a, token);
        held.len() + b.text(perm).len()
    });
    assert_eq!(read, 10);
    assert_eq!(Rc::strong_count(&text), 1);

    let mut arena = Arena::new_local();
    let key = arena.scope_mut(|graph, _| Shared::new_in(graph, Rc::clone(&text)).key());
    assert_eq!(arena.value(key).unwrap().0.as_str(), "value");
    arena.value_mut(key).unwrap().0 = Rc::new(String::from("replaced"));
    assert_eq!(
        Rc::strong_count(&text),
        1,
        "the old value was dropped on write"
    );
    let len = arena.read_split(|graph, _, perm| graph.get(key).unwrap().text(perm).len());
    assert_eq!(len, "replaced".len());
}

#[test]
fn a_panicking_destructor_in_a_local_arena_does_not_stop_the_others() {
    struct Bomb(Rc<Cell<u32>>, bool);
    impl Drop for Bomb {
        fn drop(&mut self) {
            self.0.set(self.0.get() + 1);
            assert!(!self.1, "bomb");
        }
    }
    #[ghost_graph]
    #[allow(dead_code)] // the bomb is held only for its destructor
    struct Holder {
        bomb: Bomb,
        next: Option<Holder>,
    }
    let dropped = Rc::new(Cell::new(0));
    let mut arena = Arena::new_local();
    arena.scope(|graph, _| {
        for i in 0..6 {
            let _ = Holder::new_in(graph, Bomb(Rc::clone(&dropped), i == 2));
        }
    });
    let panic = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| arena.clear()));
    assert!(panic.is_err());
    assert_eq!(dropped.get(), 6);
    assert!(arena.is_empty());
    drop(arena);
    assert_eq!(dropped.get(), 6);
    assert_eq!(Rc::strong_count(&dropped), 1);
}
