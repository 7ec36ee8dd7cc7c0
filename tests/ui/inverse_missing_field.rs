// `inverse` names a field that does not exist. The link could not be kept consistent, so the
// error must point at the misspelt name.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    #[link(inverse = previous)]
    next: Option<Node>,
    prev: Option<Node>,
}

fn main() {}
