// `crate = ..` given twice. Which runtime path wins would be a guess; reject it.
use ghost_runtime::ghost_graph;

#[ghost_graph(crate = ghost_runtime, crate = ghost_runtime)]
struct Node {
    val: u32,
    next: Option<Node>,
}

fn main() {}
