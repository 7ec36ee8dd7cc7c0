// A node with a type parameter. Generic nodes are not supported yet (the node gains the
// lifetimes `'arena` and `'id` itself); the error must say so rather than fail later.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node<T> {
    val: T,
    next: Option<Node<T>>,
}

fn main() {}
