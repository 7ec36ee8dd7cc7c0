// A link field called `borrow`. Its getter would clash with the handle's own `borrow(token)`,
// the method every read goes through; rename the field.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    borrow: Option<Node>,
}

fn main() {}
