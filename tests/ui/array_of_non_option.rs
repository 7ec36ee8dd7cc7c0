// An array link holds optional slots (`[Option<Node>; N]`); an array of nodes would own them.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    children: [Node; 2],
    parent: Option<Node>,
}

fn main() {}
