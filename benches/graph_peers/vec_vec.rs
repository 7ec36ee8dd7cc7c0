//! The speed limit: `Vec<Vec<usize>>` adjacency by vertex index, a `Vec<bool>` visited set, a
//! `VecDeque` queue and a `Vec` stack. No payload indirection, no handles.

use std::collections::VecDeque;

/// Adjacency lists plus the payloads, both indexed by vertex.
pub struct VecGraph {
    /// The payload of each vertex (its id), kept so the build does the same work as the peers.
    pub ids: Vec<u32>,
    /// Out-edges of each vertex, in insertion order.
    pub succ: Vec<Vec<usize>>,
}

/// `n` vertices, then `edges` in order.
pub fn build(n: usize, edges: &[(usize, usize)]) -> VecGraph {
    let ids: Vec<u32> = (0..u32::try_from(n).expect("vertex ids fit in u32")).collect();
    let mut succ = vec![Vec::new(); n];
    for &(a, b) in edges {
        succ[a].push(b);
    }
    VecGraph { ids, succ }
}

/// BFS from vertex 0: the number of vertices reached.
pub fn bfs(graph: &VecGraph) -> usize {
    let mut visited = vec![false; graph.succ.len()];
    let mut queue = VecDeque::new();
    visited[0] = true;
    queue.push_back(0);
    let mut count = 0;
    while let Some(v) = queue.pop_front() {
        count += 1;
        for &s in &graph.succ[v] {
            if !visited[s] {
                visited[s] = true;
                queue.push_back(s);
            }
        }
    }
    count
}

/// DFS preorder from vertex 0 (first neighbour first): the number of vertices reached.
pub fn dfs(graph: &VecGraph) -> usize {
    let mut visited = vec![false; graph.succ.len()];
    let mut stack = vec![0];
    let mut count = 0;
    while let Some(v) = stack.pop() {
        if visited[v] {
            continue;
        }
        visited[v] = true;
        count += 1;
        stack.extend(graph.succ[v].iter().rev().filter(|&&s| !visited[s]));
    }
    count
}
