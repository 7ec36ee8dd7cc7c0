// A symmetric link cannot also be the inverse of another field.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    #[link(symmetric)]
    neighbors: Vec<Node>,
    #[link(inverse = neighbors)]
    out: Vec<Node>,
}

fn main() {}
