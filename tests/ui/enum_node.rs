// `#[ghost_graph]` on an enum. A node must be a struct with named fields: the macro rewrites
// link fields by name and generates a helper per link, which has no meaning for variants.
use ghost_runtime::ghost_graph;

#[ghost_graph]
enum Node {
    Leaf(u32),
    Branch { next: Option<Node> },
}

fn main() {}
