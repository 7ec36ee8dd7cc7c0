//! The expansion in a crate that forbids what the strictest crates forbid: `dead_code`,
//! `warnings` (every lint at warn level), `unsafe_code`, `missing_docs`, and clippy's `all` and
//! `pedantic` groups (checked by `cargo clippy --all-targets`).
//!
//! A `forbid` rejects every `allow` beneath it (E0453, or a `forbidden_lint_groups` warning
//! for a group such as `warnings`), so the expansion must carry none, and the helpers a program
//! leaves unused must not count as dead code. The nodes here use few of their helpers.
//!
//! One `allow` is left, and these nodes stay clear of it: `new_in` with more than 7 parameters
//! allows `clippy::too_many_arguments`, which no other code could satisfy.
//!
//! The nodes are written directly and by a `macro_rules!`, whose tokens rustc counts as the
//! crate's own code (so an unused helper that began with one would be reported).

#![forbid(dead_code, warnings, unsafe_code, missing_docs)]
#![forbid(clippy::all, clippy::pedantic)]

use ghost_runtime::{ghost_graph, scope, scope_split};

#[ghost_graph]
struct List {
    val: u32,
    #[link(inverse = prev)]
    next: Option<List>,
    prev: Option<List>,
    #[link(symmetric)]
    peers: Vec<List>,
    slots: [Option<Self>; 2],
    #[link(inverse = owner)]
    owned: Option<Box<List>>,
    owner: Option<Box<List>>,
}

#[ghost_graph]
#[derive(Debug)]
struct Item<T: Clone> {
    value: T,
    next: Option<Self>,
}

#[ghost_graph]
struct Weighted {
    #[value]
    weight: u64,
    #[link(inverse = parent)]
    children: Vec<Weighted>,
    parent: Option<Weighted>,
}

/// Weighted links of every pairing, removal included (the generated `detach_all` keeps the
/// weights it takes in locals).
#[ghost_graph]
struct Road {
    name: &'static str,
    #[link(inverse = into)]
    out: Vec<(Road, u32)>,
    into: Vec<(Road, u32)>,
    #[link(symmetric)]
    near: Vec<(Self, f64)>,
    notes: Vec<(Road, String)>,
}

/// A node written by a `macro_rules!` in a module, with `pub(crate)` items: the expansion's
/// items then start with the macro's tokens, which rustc counts as the crate's own code.
mod declared_by_macro {
    use ghost_runtime::ghost_graph;

    macro_rules! node {
        ($name:ident, $payload:ty) => {
            #[ghost_graph]
            pub(crate) struct $name {
                pub(crate) val: $payload,
                #[link(inverse = prev)]
                pub(crate) next: Option<$name>,
                pub(crate) prev: Option<$name>,
                #[value]
                pub(crate) note: &'static str,
            }
        };
    }

    node!(Step, u8);
}

#[test]
fn forbidden_lints_find_nothing_in_the_expansion() {
    let sum = List::scope(|graph, token| {
        let a = List::new_in(graph, 1);
        let b = List::new_in(graph, 2);
        a.link_next(b, token);
        a.iter_next(token).map(|n| n.borrow(token).val).sum::<u32>()
    });
    assert_eq!(sum, 3);

    let text = scope(|graph, token| {
        let item = Item::new_in(graph, "item".to_owned());
        item.borrow(token).value.clone()
    });
    assert_eq!(text, "item");

    let total = scope_split(|graph, token, perm| {
        let root = Weighted::new_in(graph, 1);
        let leaf = Weighted::new_in(graph, 2);
        root.link_children(leaf, token);
        *leaf.weight_mut(perm) += 10;
        *root.weight(perm) + *leaf.weight(perm)
    });
    assert_eq!(total, 13);

    let mut arena = ghost_runtime::Arena::new_local();
    let kept = arena.scope_mut(|graph, token| {
        let a = Road::new_in(graph, "a");
        let b = Road::new_in(graph, "b");
        a.link_out(b, 3, token);
        a.link_near(b, 1.5, token);
        a.link_notes(b, "n".to_owned(), token);
        graph.remove(a, token);
        (b.into(token).len(), b.borrow(token).name)
    });
    assert_eq!(kept, (0, "b"));

    let step = scope_split(|graph, token, perm| {
        let step = declared_by_macro::Step::new_in(graph, 3, "three");
        (step.borrow(token).val, *step.note(perm))
    });
    assert_eq!(step, (3, "three"));
}
