//! ghost-graph: `#[ghost_graph]` vertices with an unpaired `Vec` of out-edges (the same
//! information as the peers), traversed with `ghost_runtime::bfs` / `dfs`.

use ghost_runtime::{GhostToken, GraphIn, Stores, ThreadMode, ghost_graph};

/// A vertex with its out-edges only.
#[ghost_graph]
pub struct Vertex {
    /// The payload: the vertex's number.
    pub id: u32,
    /// Out-edges, in insertion order; no inverse is kept.
    #[link]
    pub succ: Vec<Vertex>,
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

/// BFS from `start` over out-edges: (reached vertices, sum of their distances), so the
/// distances `bfs` yields are consumed.
pub fn bfs<'arena, 'id>(start: VertexRef<'arena, 'id>, token: &GhostToken<'id>) -> (usize, usize) {
    ghost_runtime::bfs([start], token, VertexRef::succ)
        .fold((0, 0), |(count, total), (_, depth)| {
            (count + 1, total + depth)
        })
}

/// DFS preorder from `start` over out-edges: the number of vertices reached.
pub fn dfs<'arena, 'id>(start: VertexRef<'arena, 'id>, token: &GhostToken<'id>) -> usize {
    ghost_runtime::dfs([start], token, VertexRef::succ).count()
}
