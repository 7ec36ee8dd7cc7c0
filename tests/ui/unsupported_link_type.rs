// Fields that refer to the node type but are not a supported link shape. A `Box<Node>` would
// own another node and an `Option<&Node>` would borrow one outside the arena: only
// `Option<Node>`, `Option<Self>`, `Option<Box<Node>>` and `Vec<Node>` (here `children`, which
// is fine) become handles. Every unsupported field is reported at once, each with the
// supported shapes. (A path-qualified name is a payload: `qualified_path_to_own_node.rs`.)
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    next: Option<Node>,
    children: Vec<Node>,
    owned: Box<Node>,
    borrowed: Option<&'static Node>,
}

fn main() {}
