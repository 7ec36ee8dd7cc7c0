//! `bfs` and `dfs` over generated nodes, checked against the same traversals on a plain
//! adjacency list for random graphs (cycles, self-loops, parallel edges, several starts), and
//! DOT export read back against the edge list.

use std::collections::{HashMap, VecDeque};

use ghost_runtime::{GhostToken, bfs, dfs, ghost_graph, scope, to_dot, to_dot_undirected};
use proptest::prelude::*;

#[ghost_graph]
struct Vertex {
    id: usize,
    #[link(inverse = pred)]
    succ: Vec<Vertex>,
    pred: Vec<Vertex>,
}

/// Distances from `starts` by BFS on an adjacency list, in visiting order.
fn model_bfs(adjacency: &[Vec<usize>], starts: &[usize]) -> Vec<(usize, usize)> {
    let mut seen = vec![false; adjacency.len()];
    let mut queue = VecDeque::new();
    for &start in starts {
        if !seen[start] {
            seen[start] = true;
            queue.push_back((start, 0));
        }
    }
    let mut order = Vec::new();
    while let Some((node, depth)) = queue.pop_front() {
        order.push((node, depth));
        for &next in &adjacency[node] {
            if !seen[next] {
                seen[next] = true;
                queue.push_back((next, depth + 1));
            }
        }
    }
    order
}

/// Preorder DFS on an adjacency list, neighbours in list order.
fn model_dfs(adjacency: &[Vec<usize>], starts: &[usize]) -> Vec<usize> {
    let mut seen = vec![false; adjacency.len()];
    let mut stack: Vec<usize> = starts.iter().rev().copied().collect();
    let mut order = Vec::new();
    while let Some(node) = stack.pop() {
        if std::mem::replace(&mut seen[node], true) {
            continue;
        }
        order.push(node);
        stack.extend(adjacency[node].iter().rev());
    }
    order
}

fn graph_strategy() -> impl Strategy<Value = (usize, Vec<(usize, usize)>, Vec<usize>)> {
    let max_nodes: usize = if cfg!(miri) { 6 } else { 40 };
    (1..=max_nodes).prop_flat_map(|n| {
        (
            Just(n),
            prop::collection::vec((0..n, 0..n), 0..n * 3),
            prop::collection::vec(0..n, 1..4),
        )
    })
}

/// Undirected weighted edges: each recorded at both ends, a loop once.
#[ghost_graph]
struct Town {
    id: usize,
    #[link(symmetric)]
    roads: Vec<(Town, u32)>,
}

fn town_id<'id>(town: TownRef<'_, 'id>, token: &GhostToken<'id>) -> String {
    town.borrow(token).id.to_string()
}

/// The edges of a DOT text as (label of one end, label of the other, edge label), read
/// through the node lines' labels; `arrow` is `->` or `--`.
fn dot_edges(dot: &str, arrow: &str) -> Vec<(String, String, Option<String>)> {
    let mut labels = HashMap::new();
    let mut edges = Vec::new();
    for line in dot.lines().map(str::trim) {
        let (head, label) = match line.split_once(" [label=\"") {
            Some((head, rest)) => (head, rest.strip_suffix("\"];").map(str::to_owned)),
            None => (line.trim_end_matches(';'), None),
        };
        match head.split_once(&format!(" {arrow} ")) {
            Some((from, to)) => edges.push((from.to_owned(), to.to_owned(), label)),
            None if head.starts_with('n') => {
                labels.insert(head.to_owned(), label.expect("a node line has a label"));
            }
            None => {}
        }
    }
    edges
        .into_iter()
        .map(|(from, to, label)| (labels[&from].clone(), labels[&to].clone(), label))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: if cfg!(miri) { 4 } else { 256 },
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// `to_dot_undirected` draws each edge of a symmetric link once, parallel edges and loops
    /// included, with its weight; `to_dot` draws each listing, so every edge but a loop twice.
    #[test]
    fn undirected_dot_draws_each_edge_once((n, edges, _) in graph_strategy(), weights in prop::collection::vec(0..100_u32, 120)) {
        let edges: Vec<(usize, usize, u32)> =
            edges.iter().zip(&weights).map(|(&(a, b), &w)| (a, b, w)).collect();
        let (undirected, directed) = scope(|graph, token| {
            let towns: Vec<_> = (0..n).map(|id| Town::new_in(graph, id)).collect();
            for &(a, b, w) in &edges {
                towns[a].link_roads(towns[b], w, token);
            }
            (
                to_dot_undirected(towns.iter().copied(), token, TownRef::roads, town_id),
                to_dot(towns.iter().copied(), token, TownRef::roads, town_id),
            )
        });
        let is_graph = undirected.starts_with("graph {\n") && !undirected.contains("->");
        prop_assert!(is_graph, "an undirected graph: {}", undirected);
        let unordered = |(a, b, w): (String, String, Option<String>)| {
            let (a, b) = (a.parse::<usize>().unwrap(), b.parse::<usize>().unwrap());
            (a.min(b), a.max(b), w.map(|w| w.parse::<u32>().unwrap()))
        };
        let mut drawn: Vec<_> = dot_edges(&undirected, "--").into_iter().map(unordered).collect();
        drawn.sort_unstable();
        let mut expected: Vec<_> = edges.iter().map(|&(a, b, w)| (a.min(b), a.max(b), Some(w))).collect();
        expected.sort_unstable();
        prop_assert_eq!(drawn, expected);
        let loops = edges.iter().filter(|&&(a, b, _)| a == b).count();
        prop_assert_eq!(dot_edges(&directed, "->").len(), 2 * edges.len() - loops);
    }

    #[test]
    fn traversals_match_the_adjacency_model((n, edges, starts) in graph_strategy()) {
        let mut adjacency = vec![Vec::new(); n];
        for &(a, b) in &edges {
            adjacency[a].push(b);
        }
        let (breadth, depth) = scope(|graph, token| {
            let vertices: Vec<_> = (0..n).map(|id| Vertex::new_in(graph, id)).collect();
            for &(a, b) in &edges {
                vertices[a].link_succ(vertices[b], token);
            }
            let starts = starts.iter().map(|&s| vertices[s]);
            let breadth: Vec<(usize, usize)> = bfs(starts.clone(), token, VertexRef::succ)
                .map(|(v, d)| (v.borrow(token).id, d))
                .collect();
            let depth: Vec<usize> = dfs(starts, token, VertexRef::succ)
                .map(|v| v.borrow(token).id)
                .collect();
            (breadth, depth)
        });
        prop_assert_eq!(breadth, model_bfs(&adjacency, &starts));
        prop_assert_eq!(depth, model_dfs(&adjacency, &starts));
    }
}

#[test]
fn neighbours_may_combine_links_through_a_closure() {
    // Undirected reachability over a directed graph: follow `succ` and `pred` together.
    let reached = scope(|graph, token| {
        let v: Vec<_> = (0..5).map(|id| Vertex::new_in(graph, id)).collect();
        v[1].link_succ(v[0], token);
        v[2].link_succ(v[1], token);
        v[3].link_succ(v[4], token);
        let mut ids: Vec<usize> = bfs([v[0]], token, |vertex: VertexRef<'_, '_>, token| {
            let node = vertex.borrow(token);
            node.succ
                .iter()
                .chain(&node.pred)
                .copied()
                .collect::<Vec<_>>()
        })
        .map(|(vertex, _)| vertex.borrow(token).id)
        .collect();
        ids.sort_unstable();
        ids
    });
    assert_eq!(reached, [0, 1, 2]);
}

#[test]
fn single_links_work_as_neighbours() {
    #[ghost_graph]
    struct Node {
        val: u8,
        next: Option<Node>,
    }
    let order = scope(|graph, token| {
        let nodes: Vec<_> = (0..4).map(|v| Node::new_in(graph, v)).collect();
        for pair in nodes.windows(2) {
            pair[0].link_next(pair[1], token);
        }
        nodes[3].link_next(nodes[1], token); // a cycle back into the list
        bfs([nodes[0]], token, NodeRef::next)
            .map(|(n, d)| (n.borrow(token).val, d))
            .collect::<Vec<_>>()
    });
    assert_eq!(order, [(0, 0), (1, 1), (2, 2), (3, 3)]);
}

#[test]
fn to_dot_asks_each_node_once_and_never_panics_on_changing_answers() {
    let dot = scope(|graph, token| {
        let [a, b, c] = [0, 1, 2].map(|id| Vertex::new_in(graph, id));
        a.link_succ(b, token);
        // A neighbour function with state: from the third call on it also names `c`. Asked
        // twice about a node (once to number the nodes, once for the edges), it would name a
        // node the numbering never saw.
        let mut calls = 0;
        let mut asked = Vec::new();
        let dot = to_dot(
            [a],
            token,
            |v: VertexRef<'_, '_>, token| {
                calls += 1;
                asked.push(v.borrow(token).id);
                let mut next = v.succ(token).to_vec();
                if calls >= 3 {
                    next.push(c);
                }
                next
            },
            |v, token| v.borrow(token).id.to_string(),
        );
        assert_eq!(
            asked,
            [0, 1],
            "each node asked once, in breadth-first order"
        );
        dot
    });
    assert_eq!(
        dot,
        "digraph {\n    n0 [label=\"0\"];\n    n1 [label=\"1\"];\n    n0 -> n1;\n}\n"
    );
}
