// A symmetric link is its own inverse, so naming another inverse as well is rejected.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    #[link(symmetric, inverse = others)]
    neighbors: Vec<Node>,
    others: Vec<Node>,
}

fn main() {}
