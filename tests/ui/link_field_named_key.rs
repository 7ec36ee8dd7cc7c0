// A link field called `key`. Its getter would clash with the handle's own `key()`, which makes
// the node's storable key; rename the field.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    key: Option<Node>,
}

fn main() {}
