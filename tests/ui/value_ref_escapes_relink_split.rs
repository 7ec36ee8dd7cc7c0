// A value reference borrowed from `relink_split`'s permission cannot leave the closure: the
// permission is lent for the call only.
use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Item {
    #[value]
    name: String,
    next: Option<Item>,
}

fn main() {
    let mut arena = Arena::new();
    let key = arena.scope_mut(|graph, _token| Item::new_in(graph, "a".to_string()).key());
    let name = arena.relink_split(|graph, _token, perm| graph.get(key).unwrap().name(perm));
    println!("{name}");
}
