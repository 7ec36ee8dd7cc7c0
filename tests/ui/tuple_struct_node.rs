// `#[ghost_graph]` on a tuple struct. Links must be named: `#[link(inverse = ..)]` and the
// generated helpers (`link_next`, `iter_next`, ...) are named after the fields.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node(u32, Option<Node>);

fn main() {}
