//! Generic nodes: type parameters with bounds and `where` clauses, user lifetimes holding
//! borrowed payloads through a caller-owned arena, and attributes carried through.

use std::fmt::Debug;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use ghost_runtime::{Arena, GhostToken, NodeAllocator, Stores, ghost_graph, scope};

/// A list node over any payload.
#[ghost_graph]
#[derive(Debug, Clone)]
pub(crate) struct Item<T: Debug>
where
    T: Clone,
{
    pub(crate) value: T,
    #[link(inverse = prev)]
    pub(crate) next: Option<Item<T>>,
    pub(crate) prev: Option<Self>,
}

/// A token of a source text: the payload borrows the text, which outlives the arena.
#[ghost_graph]
struct Tok<'src> {
    text: &'src str,
    #[link(inverse = prev)]
    next: Option<Tok<'src>>,
    prev: Option<Tok<'src>>,
}

/// Appends `values` as a linked list; returns head and tail. Generic over the scope and over
/// the allocator: any arena, shared or local, that can store the node.
fn build<'arena, 'id, T, A>(
    graph: &A,
    token: &mut GhostToken<'id>,
    values: &[T],
) -> (ItemRef<'arena, 'id, T>, ItemRef<'arena, 'id, T>)
where
    T: Debug + Clone + 'arena,
    'id: 'arena,
    A: NodeAllocator<'arena, 'id>,
    A::Mode: Stores<Item<'arena, 'id, T>>,
{
    let nodes: Vec<_> = values
        .iter()
        .map(|v| Item::new_in(graph, v.clone()))
        .collect();
    for pair in nodes.windows(2) {
        pair[0].link_next(pair[1], token);
    }
    (nodes[0], *nodes.last().expect("non-empty"))
}

#[test]
fn type_parameters_with_bounds_and_where_clauses() {
    let (forward, backward) = scope(|graph, token| {
        let (head, tail) = build(graph, token, &[1_u32, 2, 3]);
        let forward: Vec<u32> = head
            .iter_next(token)
            .map(|n| n.borrow(token).value)
            .collect();
        let backward: Vec<u32> = tail
            .iter_prev(token)
            .map(|n| n.borrow(token).value)
            .collect();
        (forward, backward)
    });
    assert_eq!(forward, [1, 2, 3]);
    assert_eq!(backward, [3, 2, 1]);

    let words = scope(|graph, token| {
        let (head, _) = build(graph, token, &["ghost".to_string(), "graph".to_string()]);
        head.iter_next(token)
            .map(|n| n.borrow(token).value.clone())
            .collect::<Vec<_>>()
            .join(" ")
    });
    assert_eq!(words, "ghost graph");
}

#[test]
fn derives_are_carried_through_for_generic_nodes() {
    scope(|graph, token| {
        let (head, tail) = build(graph, token, &[7_i64, 8]);
        let copy = head.borrow(token).clone();
        assert_eq!(copy.value, 7);
        assert_eq!(copy.next, Some(tail));
        let shown = format!("{:?}", head.borrow(token));
        assert!(
            shown.starts_with("Item { value: 7, next: Some(ItemRef("),
            "{shown}"
        );
        // Handles are Copy, Eq, Hash and Ord whatever the payload is (String is not Copy).
        let (a, b) = build(graph, token, &["x".to_string(), "y".to_string()]);
        let set: std::collections::BTreeSet<_> = [a, b, a].into_iter().collect();
        assert_eq!(set.len(), 2);
    });
}

#[test]
fn borrowed_tokens_of_a_source_text_in_a_caller_owned_arena() {
    let source = String::from("let answer = 42 ;");
    let arena = Arena::new();
    let (count, rebuilt) = arena.scope(|graph, token| {
        let toks: Vec<_> = source
            .split_whitespace()
            .map(|word| Tok::new_in(graph, word))
            .collect();
        for pair in toks.windows(2) {
            pair[0].link_next(pair[1], token);
        }
        let texts: Vec<&str> = toks[0]
            .iter_next(token)
            .map(|t| t.borrow(token).text)
            .collect();
        (texts.len(), texts.join(" "))
    });
    assert_eq!(count, 5);
    assert_eq!(rebuilt, source);
    // The borrowed `&str`s outlived the scope: they borrow `source`, not the arena.
    let longest = arena.scope(|graph, _token| {
        let t = Tok::new_in(graph, &source[4..10]);
        let _ = t;
        source.split_whitespace().max_by_key(|w| w.len())
    });
    assert_eq!(longest, Some("answer"));
    drop(arena);
}

struct Counted(Arc<AtomicUsize>);

impl Clone for Counted {
    fn clone(&self) -> Self {
        Counted(Arc::clone(&self.0))
    }
}

impl Debug for Counted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Counted")
    }
}

impl Drop for Counted {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

#[test]
fn generic_payload_destructors_run_once_at_teardown() {
    let drops = Arc::new(AtomicUsize::new(0));
    scope(|graph, token| {
        let values: Vec<_> = (0..5).map(|_| Counted(Arc::clone(&drops))).collect();
        let before = drops.load(Ordering::SeqCst);
        let (head, _) = build(graph, token, &values);
        drop(values); // the originals: five drops now
        assert_eq!(drops.load(Ordering::SeqCst), before + 5);
        assert_eq!(head.iter_next(token).count(), 5);
    });
    // The five clones inside the arena dropped when the scope ended.
    assert_eq!(drops.load(Ordering::SeqCst), 10);
    assert_eq!(Arc::strong_count(&drops), 1);
}

/// `cfg_attr` on the struct and on fields reaches the generated node as written.
#[ghost_graph]
#[cfg_attr(all(), derive(Debug, PartialEq))]
struct Tagged {
    #[cfg_attr(all(), doc = "Kept through cfg_attr.")]
    tag: u8,
    #[cfg_attr(any(), allow(unused))]
    next: Option<Self>,
}

#[test]
fn cfg_attr_on_struct_and_fields_is_carried_through() {
    scope(|graph, token| {
        let a = Tagged::new_in(graph, 1);
        let b = Tagged::new_in(graph, 1);
        // `PartialEq` and `Debug` come from the `cfg_attr`.
        assert_eq!(a.borrow(token), b.borrow(token));
        a.link_next(b, token);
        assert_ne!(a.borrow(token), b.borrow(token));
        assert!(format!("{:?}", a.borrow(token)).starts_with("Tagged { tag: 1, next: Some("));
    });
}
