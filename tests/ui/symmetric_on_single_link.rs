// `symmetric` records an undirected edge at both ends of a many-link; on an `Option` field it
// is rejected, saying which shape it needs.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    #[link(symmetric)]
    partner: Option<Node>,
}

fn main() {}
