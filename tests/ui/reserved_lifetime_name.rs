// `'arena` and `'id` are the lifetimes #[ghost_graph] adds to every node; a node that declares
// one itself is told to rename it.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node<'arena> {
    word: &'arena str,
    next: Option<Self>,
}

fn main() {}
