// A weight is data carried by each edge; a weight that names the node itself would hold an
// unbranded node, so it is rejected on the weight (links to more nodes get fields of their own).
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Vertex {
    id: u32,
    via: Vec<(Vertex, Option<Vertex>)>,
    next: Option<Vertex>,
}

fn main() {}
