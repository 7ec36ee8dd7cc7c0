// `inverse` names a payload field. Only a link field can point back, so this must be rejected
// with the error on the name.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    #[link(inverse = val)]
    next: Option<Node>,
}

fn main() {}
