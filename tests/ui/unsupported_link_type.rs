// Fields that refer to the node type but are not a supported link shape. A `Box<Node>` would
// own another node, an `Option<&Node>` would borrow one outside the arena, and a path-qualified
// name is not recognised: only `Option<Node>`, `Option<Self>`, `Option<Box<Node>>` and
// `Vec<Node>` (here `children`, which is fine) become handles. Every unsupported field is
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
