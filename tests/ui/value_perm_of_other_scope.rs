// A node of one scope read with the value permission of another: the brands differ.
use ghost_runtime::{ghost_graph, scope_split};

#[ghost_graph]
struct Item {
    #[value]
    name: String,
    next: Option<Item>,
}

fn main() {
    scope_split(|graph, _token, _perm| {
        let outer = Item::new_in(graph, "outer".to_string());
        scope_split(|_graph, _token, inner_perm| {
            let _ = outer.name(inner_perm);
        });
    });
}
