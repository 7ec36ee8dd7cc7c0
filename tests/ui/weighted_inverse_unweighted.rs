// A weighted link keeps its weight at both ends, so its inverse must carry one too: pairing
// `succ: Vec<(Vertex, u32)>` with a plain `pred: Vec<Vertex>` is reported on the `inverse`.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Vertex {
    id: u32,
    #[link(inverse = pred)]
    succ: Vec<(Vertex, u32)>,
    pred: Vec<Vertex>,
}

fn main() {}
