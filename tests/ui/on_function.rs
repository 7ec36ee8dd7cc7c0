// `#[ghost_graph]` on something that is not a type at all. The error must say what the
// attribute expects instead of failing somewhere inside the expansion.
use ghost_runtime::ghost_graph;

#[ghost_graph]
fn node() {}

fn main() {}
