// A path-qualified node name (`crate::Node`) is taken for a payload, never for a link to the
// node being defined: the macro cannot tell it from another module's type of the same name
// (`syntax: ast::Node`), which must stay a payload. Meant as a link to this node, it then
// lacks the lifetimes the macro adds, and rustc says so on the path; the fix is to write
// `Option<Node>` (or `Option<Self>`), or to mark the field `#[link]`.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    next: Option<Node>,
    qualified: Option<crate::Node>,
}

fn main() {}
