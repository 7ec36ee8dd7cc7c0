// An argument `#[ghost_graph]` does not know. It must be rejected (not ignored), with the
// error on the argument.
use ghost_runtime::ghost_graph;

#[ghost_graph(foo)]
struct Node {
    val: u32,
    next: Option<Node>,
}

fn main() {}
