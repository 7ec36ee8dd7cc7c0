//! A random directed graph (fixed seed): breadth-first distances, a shortest path recovered
//! through the inverse `pred` links, and a Graphviz picture of one neighbourhood.
//!
//! Run with `cargo run --example graph`. With Graphviz installed (`apt-get install graphviz`),
//! it also renders `target/graph.svg`.

use std::collections::HashMap;
use std::process::Command;

use ghost_runtime::{GhostToken, bfs, ghost_graph, scope, to_dot};

/// A vertex with its out-edges and, kept in step by the link helpers, its in-edges.
#[ghost_graph]
pub struct Vertex {
    /// Dense id, for printing.
    pub id: usize,
    /// Out-edges.
    #[link(inverse = pred)]
    pub succ: Vec<Vertex>,
    /// In-edges: `a` is in `b.pred` exactly as often as `b` is in `a.succ`.
    pub pred: Vec<Vertex>,
}

const VERTICES: usize = 2_000;
const EDGES: usize = 5_000;

/// xorshift64: a fixed-seed generator, so every run draws the same graph.
fn random_edges(seed: u64) -> Vec<(usize, usize)> {
    let mut state = seed;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        usize::try_from(state % VERTICES as u64).expect("fits")
    };
    (0..EDGES).map(|_| (next(), next())).collect()
}

/// Walks back from `target` along `pred`, each step to a vertex one closer to the source.
fn shortest_path<'arena, 'id>(
    target: VertexRef<'arena, 'id>,
    distance: &HashMap<VertexRef<'arena, 'id>, usize>,
    token: &GhostToken<'id>,
) -> Vec<usize> {
    let mut path = vec![target];
    let mut current = target;
    while distance[&current] > 0 {
        current = *current
            .pred(token)
            .iter()
            .find(|p| distance.get(p) == Some(&(distance[&current] - 1)))
            .expect("a vertex at distance d > 0 has a predecessor at distance d - 1");
        path.push(current);
    }
    path.reverse();
    path.iter().map(|v| v.borrow(token).id).collect()
}

fn main() {
    let edges = random_edges(0x2545_F491_4F6C_DD1D);
    scope(|graph, token| {
        let vertices: Vec<_> = (0..VERTICES).map(|id| Vertex::new_in(graph, id)).collect();
        for &(a, b) in &edges {
            vertices[a].link_succ(vertices[b], token);
        }
        let source = vertices[0];
        let distance: HashMap<_, _> = bfs([source], token, VertexRef::succ).collect();

        let mut histogram = vec![0_usize; 1 + distance.values().max().copied().unwrap_or(0)];
        for &d in distance.values() {
            histogram[d] += 1;
        }
        println!(
            "{VERTICES} vertices, {EDGES} edges; reachable from vertex 0: {}",
            distance.len()
        );
        for (d, count) in histogram.iter().enumerate() {
            println!(
                "  distance {d:>2}: {count:>4} vertices {}",
                "#".repeat(count.div_ceil(25))
            );
        }

        let farthest = *distance
            .iter()
            .max_by_key(|&(v, d)| (*d, std::cmp::Reverse(v.borrow(token).id)))
            .expect("the source is reachable")
            .0;
        let path = shortest_path(farthest, &distance, token);
        assert_eq!(path.len(), distance[&farthest] + 1);
        assert_eq!(path[0], 0);
        println!("a shortest path to the farthest vertex: {path:?}");

        // A picture of the source's neighbourhood: vertices within two steps.
        let near: Vec<_> = distance
            .iter()
            .filter(|&(_, &d)| d <= 2)
            .map(|(v, _)| *v)
            .collect();
        let dot = to_dot(
            [source],
            token,
            |v, token| {
                v.succ(token)
                    .iter()
                    .copied()
                    .filter(|s| near.contains(s))
                    .collect::<Vec<_>>()
            },
            |v, token| format!("{} (d={})", v.borrow(token).id, distance[&v]),
        );
        std::fs::create_dir_all("target").expect("target/ can be created");
        std::fs::write("target/graph.dot", &dot).expect("target/graph.dot is writable");
        println!(
            "wrote target/graph.dot ({} vertices within 2 steps)",
            near.len()
        );
        match Command::new("dot")
            .args(["-Tsvg", "target/graph.dot", "-o", "target/graph.svg"])
            .status()
        {
            Ok(status) if status.success() => println!("rendered target/graph.svg"),
            Ok(status) => println!("dot failed ({status}); the DOT source is in target/graph.dot"),
            Err(_) => println!(
                "to render it, install Graphviz (`apt-get install graphviz`) and run `dot -Tsvg target/graph.dot -o target/graph.svg`"
            ),
        }
    });
}
