//! ghost-graph with in-edges: `succ` paired with `pred`, so every `link_succ` also appends to
//! the target's `pred`. Built only, to show what keeping the inverse costs.

use ghost_runtime::{GhostToken, GraphIn, Stores, ThreadMode, ghost_graph};

/// A vertex with its out-edges and, kept in step by `link_succ`, its in-edges.
#[ghost_graph]
pub struct Vertex {
    /// The payload: the vertex's number.
    pub id: u32,
    /// Out-edges, in insertion order.
    #[link(inverse = pred)]
    pub succ: Vec<Vertex>,
    /// In-edges: `a` is in `b.pred` exactly as often as `b` is in `a.succ`.
    pub pred: Vec<Vertex>,
}

/// Allocates `n` vertices in `graph` (of a shared or a local arena) and adds `edges` in order;
/// the handles, indexed by id.
pub fn build<'arena, 'id, M: ThreadMode + Stores<Vertex<'arena, 'id>>>(
    graph: &GraphIn<'_, 'arena, 'id, M>,
    token: &mut GhostToken<'id>,
    n: usize,
    edges: &[(usize, usize)],
) -> Vec<VertexRef<'arena, 'id>> {
    let n = u32::try_from(n).expect("vertex ids fit in u32");
    let vertices: Vec<_> = (0..n).map(|id| Vertex::new_in(graph, id)).collect();
    for &(a, b) in edges {
        vertices[a].link_succ(vertices[b], token);
    }
    vertices
}
