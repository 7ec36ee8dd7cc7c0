// `#[link]` on a field that is not a link. The attribute would have no effect; reject it so the
// user finds out the field type is not what the macro expects.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    #[link]
    val: u32,
    next: Option<Node>,
}

fn main() {}
