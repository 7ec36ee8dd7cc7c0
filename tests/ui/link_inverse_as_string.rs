// `inverse = "prev"`, a string as serde-style attributes would take it. `inverse` takes a field
// name; the error must point at the string.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    #[link(inverse = "prev")]
    next: Option<Node>,
    prev: Option<Node>,
}

fn main() {}
