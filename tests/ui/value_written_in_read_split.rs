// `Arena::read_split` lends the value permission shared: values can be read, not written.
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
    arena.read_split(|graph, _token, perm| {
        graph.get(key).unwrap().name_mut(perm).push('!');
    });
}
