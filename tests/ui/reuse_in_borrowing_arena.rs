// Reuse in an arena whose payloads may borrow (`Arena<'src>` with a non-`'static` `'src`): a
// removed `Tok<'static>` slot refilled by a `Tok<'src>` would let a stale link read a short
// borrow as `'static`. Slots are reused only in an `Arena<'static>`.
use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Tok<'src> {
    text: &'src str,
    next: Option<Tok<'src>>,
}

fn tokens<'src>(source: &'src str) {
    let mut arena: Arena<'src> = Arena::new();
    arena.scope_mut(|graph, token| {
        let old = Tok::new_in(graph, &source[..1]);
        graph.remove(old, token);
        let _ = Tok::new_in(&graph.reusing(token), &source[1..]);
    });
}

fn main() {
    tokens("ab");
}
