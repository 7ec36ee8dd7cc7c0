// `inverse` given twice in one `#[link]`. Which one wins would be a guess; reject it.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    #[link(inverse = prev, inverse = back)]
    next: Option<Node>,
    prev: Option<Node>,
    back: Option<Node>,
}

fn main() {}
