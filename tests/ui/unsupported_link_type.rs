// Fields that refer to the node type but are not a supported link shape. A `Vec<Node>` or a
// `Box<Node>` would own other nodes, an `Option<&Node>` would borrow one outside the arena: only
// `Option<Node>` (or `Option<Self>`, `Option<Box<Node>>`) become handles. Every such field is
// reported at once, each with the supported shapes.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    next: Option<Node>,
    children: Vec<Node>,
    owned: Box<Node>,
    borrowed: Option<&'static Node>,
    qualified: Option<crate::Node>,
}

fn main() {}
