// Teardown attack (a) through a caller-owned arena: a payload keeps a reference to the token,
// and its destructor uses it to read a neighbour that may already be dropped. Here `'arena` is
// the caller's lifetime, longer still than the token borrow, so this must be rejected too.
use ghost_runtime::{Arena, GhostToken, ghost_graph};

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

fn main() {
    let arena = Arena::new();
    arena.scope(|graph, token| {
        let victim = Spy::new_in(graph, String::from("victim"), None);
        let _spy = Spy::alloc_in(
            graph,
            Spy {
                val: String::from("spy"),
                tok: Some(&*token),
                next: Some(victim),
            },
        );
    });
}
