// Teardown attack (b) through a per-thread `Allocator`: shorten its arena lifetime by subtyping
// to fit the token borrow, then allocate a node that holds the token and reads a neighbour in its
// destructor. `Allocator` is invariant in `'arena`, so `shorten` itself must be rejected.
use ghost_runtime::{Allocator, Arena, GhostToken, ghost_graph};

#[ghost_graph]
struct Spy {
    val: String,
    tok: Option<&'arena GhostToken<'id>>,
    next: Option<Spy>,
}

impl Drop for Spy<'_, '_> {
    fn drop(&mut self) {
        if let (Some(token), Some(next)) = (self.tok, self.next) {
            println!("{}", next.borrow(token).val);
        }
    }
}

fn shorten<'g, 's, 'long: 's, 'id>(allocator: Allocator<'g, 'long, 'id>) -> Allocator<'g, 's, 'id> {
    allocator
}

fn main() {
    Arena::new().scope(|graph, token| {
        let allocator = shorten(graph.allocator());
        let victim = Spy::new_in(&allocator, String::from("victim"), None);
        let _spy = Spy::alloc_in(
            &allocator,
            Spy {
                val: String::from("spy"),
                tok: Some(&*token),
                next: Some(victim),
            },
        );
    });
}
