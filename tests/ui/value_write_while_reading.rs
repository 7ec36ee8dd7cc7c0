// Writing a value needs the permission mutably, which a held value reference keeps borrowed.
use ghost_runtime::{ghost_graph, scope_split};

#[ghost_graph]
struct Item {
    #[value]
    name: String,
    next: Option<Item>,
}

fn main() {
    scope_split(|graph, _token, perm| {
        let item = Item::new_in(graph, "a".to_string());
        let name = item.name(perm);
        item.name_mut(perm).clear();
        println!("{name}");
    });
}
