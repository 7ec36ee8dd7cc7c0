//! `Rc<RefCell<VertexNode>>` vertices with strong `Rc` out-edges: the usual safe-Rust answer.
//! The visited set is a `Vec<bool>` keyed by the vertex's `id` field.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

/// A shared vertex.
pub type VertexRc = Rc<RefCell<VertexNode>>;

/// A vertex: payload and out-edges.
pub struct VertexNode {
    /// The payload: the vertex's number, also its index in the visited set.
    pub id: u32,
    /// Out-edges, in insertion order.
    pub succ: Vec<VertexRc>,
}

/// The vertices, indexed by id. Edges form cycles of strong `Rc`s, so dropping the graph
/// clears every edge list first; otherwise it would leak.
pub struct RcGraph {
    /// Every vertex, by id.
    pub vertices: Vec<VertexRc>,
}

impl Drop for RcGraph {
    fn drop(&mut self) {
        for vertex in &self.vertices {
            vertex.borrow_mut().succ.clear();
        }
    }
}

/// `n` vertices, then `edges` in order.
pub fn build(n: usize, edges: &[(usize, usize)]) -> RcGraph {
    let n = u32::try_from(n).expect("vertex ids fit in u32");
    let vertices: Vec<VertexRc> = (0..n)
        .map(|id| {
            Rc::new(RefCell::new(VertexNode {
                id,
                succ: Vec::new(),
            }))
        })
        .collect();
    for &(a, b) in edges {
        let target = Rc::clone(&vertices[b]);
        vertices[a].borrow_mut().succ.push(target);
    }
    RcGraph { vertices }
}

/// The vertex's index in the visited set.
fn index(vertex: &VertexRc) -> usize {
    vertex.borrow().id as usize
}

/// BFS from vertex 0: the number of vertices reached.
pub fn bfs(graph: &RcGraph) -> usize {
    let mut visited = vec![false; graph.vertices.len()];
    let mut queue = VecDeque::new();
    let start = Rc::clone(&graph.vertices[0]);
    visited[index(&start)] = true;
    queue.push_back(start);
    let mut count = 0;
    while let Some(v) = queue.pop_front() {
        count += 1;
        for s in &v.borrow().succ {
            let i = index(s);
            if !visited[i] {
                visited[i] = true;
                queue.push_back(Rc::clone(s));
            }
        }
    }
    count
}

/// DFS preorder from vertex 0 (first neighbour first): the number of vertices reached.
pub fn dfs(graph: &RcGraph) -> usize {
    let mut visited = vec![false; graph.vertices.len()];
    let mut stack = vec![Rc::clone(&graph.vertices[0])];
    let mut count = 0;
    while let Some(v) = stack.pop() {
        let i = index(&v);
        if visited[i] {
            continue;
        }
        visited[i] = true;
        count += 1;
        stack.extend(
            v.borrow()
                .succ
                .iter()
                .rev()
                .filter(|s| !visited[index(s)])
                .cloned(),
        );
    }
    count
}
