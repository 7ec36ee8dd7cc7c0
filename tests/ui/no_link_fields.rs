// A node with payload only. Without a link field it cannot point at other nodes, so the macro
// asks for one.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
}

fn main() {}
