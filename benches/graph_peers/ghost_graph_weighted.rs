//! ghost-graph with weighted out-edges (`succ: Vec<(Vertex, u32)>`), for petgraph's
//! algorithms through `ghost_runtime::petgraph::GraphView`, which takes the generated accessor
//! as it is.

use ghost_runtime::petgraph::GraphView;
use ghost_runtime::{GhostToken, GraphIn, Stores, ThreadMode, ghost_graph};

/// A vertex with its weighted out-edges.
#[ghost_graph]
pub struct Vertex {
    /// The payload: the vertex's number.
    pub id: u32,
    /// Out-edges with their weights, in insertion order; no inverse is kept.
    #[link]
    pub succ: Vec<(Vertex, u32)>,
}

/// Allocates `n` vertices in `graph` and adds `edges` in order, edge `i` weighing `weights[i]`;
/// the handles, indexed by id.
pub fn build<'arena, 'id, M: ThreadMode + Stores<Vertex<'arena, 'id>>>(
    graph: &GraphIn<'_, 'arena, 'id, M>,
    token: &mut GhostToken<'id>,
    n: usize,
    edges: &[(usize, usize)],
    weights: &[u32],
) -> Vec<VertexRef<'arena, 'id>> {
    let n = u32::try_from(n).expect("vertex ids fit in u32");
    let vertices: Vec<_> = (0..n).map(|id| Vertex::new_in(graph, id)).collect();
    for (&(a, b), &weight) in edges.iter().zip(weights) {
        vertices[a].link_succ(vertices[b], weight, token);
    }
    vertices
}

/// The view petgraph's algorithms take: every vertex, along `succ` with its weights. The
/// neighbour function is the generated accessor (static dispatch).
pub fn view<'t, 'arena, 'id>(
    vertices: &[VertexRef<'arena, 'id>],
    token: &'t GhostToken<'id>,
) -> GraphView<
    't,
    'id,
    VertexRef<'arena, 'id>,
    impl Fn(VertexRef<'arena, 'id>, &'t GhostToken<'id>) -> &'t [(VertexRef<'arena, 'id>, u32)],
>
where
    'arena: 't,
{
    GraphView::new(vertices.iter().copied(), token, VertexRef::succ)
}
