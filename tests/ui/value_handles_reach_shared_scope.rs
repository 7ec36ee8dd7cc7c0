// `Arena::value` reads values whose type is `'static` only. Otherwise, with a leaked
// `&'static Arena`, the arena borrow could be chosen equal to a shared scope's brand, and a
// value holding node handles would give that scope handles of its own brand to a node it did
// not make, which its token could then write while another scope reads it.
use ghost_runtime::{Arena, NodeAllocator, NodePtr, ghost_graph};

#[ghost_graph]
struct Holder {
    #[value]
    target: Option<NodePtr<'arena, 'id, u64>>,
    next: Option<Holder>,
}

fn main() {
    let arena: &'static mut Arena<'static> = Box::leak(Box::new(Arena::new()));
    let key = arena.scope_mut(|graph, _token| Holder::new_in(graph, Some(graph.alloc_node(1_u64))).key());
    let arena: &'static Arena<'static> = arena;
    arena.scope(|_graph, token| {
        let old = arena.value(key).unwrap().0.unwrap();
        *old.borrow_mut(token) = 99;
    });
}
