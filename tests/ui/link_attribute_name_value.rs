// `#[link = prev]` instead of `#[link(inverse = prev)]`. Must be rejected, not read as a bare
// `#[link]` that silently drops the inverse.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    #[link = "prev"]
    next: Option<Node>,
    prev: Option<Node>,
}

fn main() {}
