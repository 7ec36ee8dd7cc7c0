// Teardown attack (a) through a generic payload: `T` is instantiated with a type that holds the
// token reference and a neighbour, and its `Drop` reads the neighbour at teardown. Rejected:
// the token borrow does not outlive the scope's brand, which is the allocation lifetime.
use ghost_runtime::{GhostToken, ghost_graph, scope};

#[ghost_graph]
struct Node<T> {
    payload: T,
    next: Option<Self>,
}

struct Spy<'t, 'arena, 'id> {
    token: &'t GhostToken<'id>,
    neighbour: NodeRef<'arena, 'id, u32>,
}

impl Drop for Spy<'_, '_, '_> {
    fn drop(&mut self) {
        println!("{}", self.neighbour.borrow(self.token).payload);
    }
}

fn main() {
    scope(|graph, token| {
        let neighbour = Node::new_in(graph, 7_u32);
        let _spy = Node::new_in(graph, Spy { token: &*token, neighbour });
    });
}
