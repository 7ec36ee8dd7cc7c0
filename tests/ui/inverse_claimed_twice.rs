// Two link fields claim the same inverse. `prev` can point back along only one of them, so
// linking through the second would silently break the first pair.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    #[link(inverse = prev)]
    next: Option<Node>,
    #[link(inverse = prev)]
    skip: Option<Node>,
    prev: Option<Node>,
}

fn main() {}
