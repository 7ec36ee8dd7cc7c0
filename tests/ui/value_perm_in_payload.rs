// The permission is lent for less than the arena lives, so no node can keep it (a destructor
// could otherwise read values already dropped at teardown).
use ghost_runtime::{NodeAllocator, ValuePerm, ghost_graph, scope_split};

#[ghost_graph]
struct Item {
    #[value]
    name: String,
    next: Option<Item>,
}

struct Keeper<'p, 'id>(&'p ValuePerm<'id>);

fn main() {
    scope_split(|graph, _token, perm| {
        let _ = graph.alloc_node(Keeper(perm));
    });
}
