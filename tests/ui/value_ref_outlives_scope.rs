// A value reference cannot leave its scope: the arena is dropped when the scope ends.
use ghost_runtime::{ghost_graph, scope_split};

#[ghost_graph]
struct Item {
    #[value]
    name: String,
    next: Option<Item>,
}

fn main() {
    let name = scope_split(|graph, _token, perm| {
        let item = Item::new_in(graph, "gone".to_string());
        item.name(perm)
    });
    println!("{name}");
}
