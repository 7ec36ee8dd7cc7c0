// Teardown attack (a): a payload keeps a reference to the token, and its destructor uses it to
// read a neighbour. Destructors run when the arena is dropped, in no particular order, so the
// neighbour may already be dropped (a use-after-free). Allocation requires `Spy: 'arena`, and the
// token is only lent to the closure for less than `'arena`, so this must be rejected.
use ghost_runtime::{GhostToken, ghost_graph, scope};

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
    scope(|graph, token| {
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
