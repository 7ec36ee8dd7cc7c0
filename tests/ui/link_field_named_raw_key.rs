// `r#key` is the name `key` (rustc reads a raw identifier as the plain one), so it would shadow
// the handle's own `key` method exactly as `key` does, and must be reported the same way.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    r#key: Option<Node>,
    next: Option<Node>,
}

fn main() {}
