// An argument `#[link]` does not know. It must be rejected (not ignored), with the error on
// the argument and a list of the arguments that exist.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    #[link(reverse = prev)]
    next: Option<Node>,
    prev: Option<Node>,
}

fn main() {}
