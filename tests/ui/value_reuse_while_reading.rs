// Refilling removed split slots drops their old values, so it needs the permission mutably,
// which a held value reference keeps borrowed (it may point into a removed node).
use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
struct Item {
    #[value]
    name: String,
    next: Option<Item>,
}

fn main() {
    let mut arena = Arena::new();
    arena.scope_mut_split(|graph, token, perm| {
        let item = Item::new_in(graph, "a".to_string());
        let name = item.name(perm);
        graph.remove(item, token);
        let _refill = Item::new_in(&graph.reusing_split(token, perm), "b".to_string());
        println!("{name}");
    });
}
