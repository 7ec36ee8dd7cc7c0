// An `Option<Box<..>>` link cannot pair with a `Vec` link; the message lists the pairs that work.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    #[link(inverse = parent)]
    children: Vec<Node>,
    parent: Option<Box<Node>>,
}

fn main() {}
