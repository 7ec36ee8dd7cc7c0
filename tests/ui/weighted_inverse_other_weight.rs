// The two ends of a weighted pair keep copies of one weight, so their weight types must be
// the same: rustc reports the mismatch where the `inverse` is named.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Vertex {
    id: u32,
    #[link(inverse = pred)]
    succ: Vec<(Vertex, u32)>,
    pred: Vec<(Vertex, u64)>,
}

fn main() {}
