// The two sides of an inverse pair are written differently (`Option<Node>` and
// `Option<Box<Node>>`). Both become the same handle type, but the mismatch is almost surely a
// mistake in a port, so the macro asks for one spelling.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    #[link(inverse = prev)]
    next: Option<Node>,
    prev: Option<Box<Node>>,
}

fn main() {}
