//! ghost-graph with weighted out-edges, for petgraph's algorithms through
//! `ghost_runtime::petgraph::GraphView`. `#[ghost_graph]` has no edge payloads yet, so each
//! vertex keeps its edges' weights in a plain `Vec<u32>` beside `succ`, at the same positions.

use std::iter::{Copied, Zip};
use std::slice;

use ghost_runtime::petgraph::GraphView;
use ghost_runtime::{GhostToken, GraphIn, Stores, ThreadMode, ghost_graph};

/// A vertex with its out-edges and their weights.
#[ghost_graph]
pub struct Vertex {
    /// The payload: the vertex's number.
    pub id: u32,
    /// Out-edges, in insertion order; no inverse is kept.
    #[link]
    pub succ: Vec<Vertex>,
    /// The weight of each edge of `succ`, at the same position.
    pub weights: Vec<u32>,
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
    let vertices: Vec<_> = (0..n)
        .map(|id| Vertex::new_in(graph, id, Vec::new()))
        .collect();
    for (&(a, b), &weight) in edges.iter().zip(weights) {
        vertices[a].link_succ(vertices[b], token);
        vertices[a].borrow_mut(token).weights.push(weight);
    }
    vertices
}

/// What the view yields for a vertex: each out-edge's target with its weight.
pub type WeightedSucc<'t, 'arena, 'id> =
    Zip<Copied<slice::Iter<'t, VertexRef<'arena, 'id>>>, Copied<slice::Iter<'t, u32>>>;

/// The view petgraph's algorithms take: every vertex, along `succ` weighted by `weights`. The
/// neighbour function is a named function (static dispatch, as a closure would be) so that its
/// type can be written in this signature.
pub fn view<'t, 'arena, 'id>(
    vertices: &[VertexRef<'arena, 'id>],
    token: &'t GhostToken<'id>,
) -> GraphView<
    't,
    'id,
    VertexRef<'arena, 'id>,
    impl Fn(VertexRef<'arena, 'id>, &'t GhostToken<'id>) -> WeightedSucc<'t, 'arena, 'id>,
>
where
    'arena: 't,
{
    GraphView::new(vertices.iter().copied(), token, weighted_succ)
}

fn weighted_succ<'t, 'arena, 'id>(
    vertex: VertexRef<'arena, 'id>,
    token: &'t GhostToken<'id>,
) -> WeightedSucc<'t, 'arena, 'id> {
    let vertex = vertex.borrow(token);
    vertex
        .succ
        .iter()
        .copied()
        .zip(vertex.weights.iter().copied())
}
