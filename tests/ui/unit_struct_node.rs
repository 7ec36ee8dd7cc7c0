// `#[ghost_graph]` on a unit struct. A node without fields has no link, so it cannot be part
// of a graph.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node;

fn main() {}
