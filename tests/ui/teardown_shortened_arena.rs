// Teardown attack (b): shorten the graph's arena lifetime by subtyping to fit the token borrow,
// then allocate a node that holds the token and reads a neighbour in its destructor. `LocalGraph` is
// invariant in `'arena`, so `shorten` itself must be rejected; nothing else here is wrong.
use ghost_runtime::{GhostToken, LocalGraph, ghost_graph, scope};

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

fn shorten<'s, 'long: 's, 'id>(graph: &'s LocalGraph<'long, 'id>) -> &'s LocalGraph<'s, 'id> {
    graph
}

fn main() {
    scope(|graph, token| {
        let graph = shorten(graph);
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
