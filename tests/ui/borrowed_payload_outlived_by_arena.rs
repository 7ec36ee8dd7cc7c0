// A caller-owned arena whose payload borrows a `String` declared after the arena: the `String`
// is dropped first, and the arena's teardown (which may run payload destructors that read it)
// comes later. `Arena` is invariant in `'arena`, so the borrow must outlive the arena.
use ghost_runtime::{Arena, NodeAllocator};

struct Word<'src> {
    text: &'src str,
}

fn main() {
    let arena = Arena::new();
    let source = String::from("dropped before the arena");
    arena.scope(|graph, token| {
        let word = graph.alloc_node(Word { text: &source });
        println!("{}", word.borrow(token).text);
    });
}
