// `#[ghost_graph]` written twice on one struct. The second would expand the first's output
// again; it must be rejected rather than produce two node types.
use ghost_runtime::ghost_graph;

#[ghost_graph]
#[ghost_graph]
struct Node {
    val: u32,
    next: Option<Node>,
}

fn main() {}
