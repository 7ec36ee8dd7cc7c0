//! petgraph `Graph<u32, ()>` (adjacency list over two index-linked arrays) with its `Bfs` /
//! `Dfs` walkers; `Graph<u32, u32>` for weighted edges.

use petgraph::graph::{Graph, NodeIndex};
use petgraph::visit::{Bfs, Dfs};

/// `n` vertices, then `edges` in order; capacity reserved up front, as a user knowing the
/// sizes would (petgraph's flat edge array makes that possible).
pub fn build(n: usize, edges: &[(usize, usize)]) -> Graph<u32, ()> {
    build_weighted(n, edges, std::iter::repeat(()))
}

/// As `build`, edge `i` weighing the `i`th of `weights`.
pub fn build_weighted<E>(
    n: usize,
    edges: &[(usize, usize)],
    weights: impl IntoIterator<Item = E>,
) -> Graph<u32, E> {
    let mut graph = Graph::with_capacity(n, edges.len());
    let n = u32::try_from(n).expect("vertex ids fit in u32");
    for id in 0..n {
        graph.add_node(id);
    }
    for (&(a, b), weight) in edges.iter().zip(weights) {
        graph.add_edge(NodeIndex::new(a), NodeIndex::new(b), weight);
    }
    graph
}

/// BFS from vertex 0: the number of vertices reached.
pub fn bfs(graph: &Graph<u32, ()>) -> usize {
    let mut walk = Bfs::new(graph, NodeIndex::new(0));
    let mut count = 0;
    while walk.next(graph).is_some() {
        count += 1;
    }
    count
}

/// DFS preorder from vertex 0: the number of vertices reached.
pub fn dfs(graph: &Graph<u32, ()>) -> usize {
    let mut walk = Dfs::new(graph, NodeIndex::new(0));
    let mut count = 0;
    while walk.next(graph).is_some() {
        count += 1;
    }
    count
}
