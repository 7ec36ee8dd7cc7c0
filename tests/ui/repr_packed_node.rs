// `#[repr(packed)]` on a node. The link helpers take `&mut` to link fields in place, which a
// packed struct cannot give (unaligned references), so the node cannot be expanded.
use ghost_runtime::ghost_graph;

#[ghost_graph]
#[repr(packed)]
struct Node {
    val: u8,
    #[link(inverse = prev)]
    next: Option<Node>,
    prev: Option<Node>,
}

fn main() {}
