// Both sides of a pair name an inverse, but not each other: `next` says its inverse is `prev`,
// `prev` says its inverse is `skip`. A link field has one inverse, so this must be rejected.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    #[link(inverse = prev)]
    next: Option<Node>,
    skip: Option<Node>,
    #[link(inverse = skip)]
    prev: Option<Node>,
}

fn main() {}
