// A link field named as its own inverse (a symmetric link: `a.next = b` would also set
// `b.next = a`). `inverse` must name another field, the one on the target that points back, so
// this is rejected with the error on the name.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    #[link(inverse = next)]
    next: Option<Node>,
}

fn main() {}
