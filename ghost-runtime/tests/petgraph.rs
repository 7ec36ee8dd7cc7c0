//! petgraph's algorithms through `GraphView`, checked against the same algorithms on an equal
//! petgraph `Graph`, for random graphs (cycles, self-loops, parallel edges, zero weights) and
//! random DAGs.
//!
//! Each algorithm is written once, generic over petgraph's traits, and run on both graphs;
//! answers are compared in vertex numbers, and only where they are well defined (distances and
//! path costs, not paths; components as sets; whether a topological order exists, and that
//! each order returned is one).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Debug;
use std::hash::Hash;

use ghost_runtime::petgraph::GraphView;
use ghost_runtime::{LocalGraph, ghost_graph, scope};
use petgraph::Direction;
use petgraph::algo::dominators::simple_fast;
use petgraph::algo::{
    astar, bellman_ford, dijkstra, floyd_warshall, is_cyclic_directed, johnson, k_shortest_path,
    kosaraju_scc, page_rank, spfa, tarjan_scc, toposort,
};
use petgraph::graph::{Graph, NodeIndex};
use petgraph::visit::{
    EdgeRef, GraphProp, IntoEdges, IntoNeighborsDirected, IntoNodeIdentifiers,
    NodeCompactIndexable, NodeCount, NodeIndexable, Visitable,
};
use proptest::prelude::*;

/// Weighted links: the view takes the generated accessors as they are.
#[ghost_graph]
struct Vertex {
    #[link(inverse = pred)]
    succ: Vec<(Vertex, u32)>,
    pred: Vec<(Vertex, u32)>,
}

/// A directed graph on vertices `0..n`, and the two vertices the path searches start and end at.
#[derive(Clone, Debug)]
struct Case {
    n: usize,
    /// (source, target, weight), in insertion order.
    edges: Vec<(usize, usize, u32)>,
    start: usize,
    goal: usize,
    layout: Layout,
}

/// How the view's vertices lie in the arena and in the view, so that positions in the view
/// differ from creation order.
#[derive(Clone, Copy, Debug)]
struct Layout {
    /// Nodes made before each vertex and left out of the view (80 makes the view sparse
    /// enough for its positions to be sorted pairs rather than a table).
    spacing: usize,
    /// Whether the view lists the vertices reversed and then again in order (each kept
    /// once, at its first place) rather than in creation order.
    reordered: bool,
}

/// The vertices `0..case.n`, made in order, with `case.layout.spacing` other nodes before
/// each.
fn make_vertices<'a, 'id>(graph: &LocalGraph<'a, 'id>, case: &Case) -> Vec<VertexRef<'a, 'id>> {
    (0..case.n)
        .map(|_| {
            for _ in 0..case.layout.spacing {
                let _ = Vertex::new_in(graph);
            }
            Vertex::new_in(graph)
        })
        .collect()
}

/// The nodes a view of `vertices` is given, as `layout` says.
fn listed<N: Copy>(vertices: &[N], layout: Layout) -> Vec<N> {
    if layout.reordered {
        vertices.iter().rev().chain(vertices).copied().collect()
    } else {
        vertices.to_vec()
    }
}

/// The traits both graphs implement: all that the algorithms below ask for.
trait Directed:
    IntoEdges<EdgeWeight = u32, NodeId: Eq + Hash + Debug>
    + IntoNeighborsDirected
    + IntoNodeIdentifiers
    + NodeCompactIndexable
    + NodeCount
    + Visitable
    + GraphProp
{
}

impl<G> Directed for G where
    G: IntoEdges<EdgeWeight = u32, NodeId: Eq + Hash + Debug>
        + IntoNeighborsDirected
        + IntoNodeIdentifiers
        + NodeCompactIndexable
        + NodeCount
        + Visitable
        + GraphProp
{
}

/// One of petgraph's algorithms, run the same way on any graph, answering in vertex numbers.
trait Algorithm {
    type Answer: PartialEq + Debug;

    /// Runs on `graph`, whose vertex `i` is `vertices[i]`.
    fn run<G: Directed>(&self, graph: G, vertices: &[G::NodeId], case: &Case) -> Self::Answer;
}

/// The same answer from petgraph's `Graph` and from a `GraphView` of equal vertices.
fn compare<A: Algorithm>(algorithm: &A, case: &Case) -> Result<(), TestCaseError> {
    let mut reference: Graph<usize, u32> = Graph::new();
    let indices: Vec<NodeIndex> = (0..case.n).map(|i| reference.add_node(i)).collect();
    for &(a, b, weight) in &case.edges {
        reference.add_edge(indices[a], indices[b], weight);
    }
    let expected = algorithm.run(&reference, &indices, case);

    let actual = scope(|graph, token| {
        let vertices = make_vertices(graph, case);
        for &(a, b, weight) in &case.edges {
            vertices[a].link_succ(vertices[b], weight, token);
        }
        let token = &*token;
        let view = GraphView::new(listed(&vertices, case.layout), token, VertexRef::succ)
            .with_incoming(VertexRef::pred);
        algorithm.run(&view, &vertices, case)
    });
    prop_assert_eq!(actual, expected);
    Ok(())
}

/// Vertex numbers by node.
fn numbers<N: Copy + Eq + Hash>(vertices: &[N]) -> HashMap<N, usize> {
    vertices.iter().enumerate().map(|(i, &v)| (v, i)).collect()
}

/// Components as sets of vertex numbers, after checking they come in the order both SCC
/// algorithms promise: reverse topological (every edge stays in its component or leads to
/// one listed before it).
fn component_sets<G: Directed>(
    graph: G,
    vertices: &[G::NodeId],
    components: &[Vec<G::NodeId>],
) -> BTreeSet<BTreeSet<usize>> {
    let position: HashMap<G::NodeId, usize> = components
        .iter()
        .enumerate()
        .flat_map(|(i, component)| component.iter().map(move |&node| (node, i)))
        .collect();
    assert!(
        graph
            .edge_references()
            .all(|edge| position[&edge.source()] >= position[&edge.target()]),
        "components in reverse topological order"
    );
    let numbers = numbers(vertices);
    components
        .iter()
        .map(|component| component.iter().map(|node| numbers[node]).collect())
        .collect()
}

/// Distances from the start to every reachable vertex (`u32` weights).
struct DijkstraU32;

impl Algorithm for DijkstraU32 {
    type Answer = BTreeMap<usize, u32>;

    fn run<G: Directed>(&self, graph: G, vertices: &[G::NodeId], case: &Case) -> Self::Answer {
        let numbers = numbers(vertices);
        dijkstra(graph, vertices[case.start], None, |edge| *edge.weight())
            .into_iter()
            .map(|(node, distance)| (numbers[&node], distance))
            .collect()
    }
}

/// The distance from the start to the goal, searching until the goal (`u64` weights).
struct DijkstraU64ToGoal;

impl Algorithm for DijkstraU64ToGoal {
    type Answer = Option<u64>;

    fn run<G: Directed>(&self, graph: G, vertices: &[G::NodeId], case: &Case) -> Self::Answer {
        let goal = vertices[case.goal];
        let distances = dijkstra(graph, vertices[case.start], Some(goal), |edge| {
            u64::from(*edge.weight())
        });
        distances.get(&goal).copied()
    }
}

/// The cost of a shortest path from the start to the goal; the path itself must be a path of
/// that cost (paths of equal cost may differ between the graphs).
struct Astar;

impl Algorithm for Astar {
    type Answer = Option<u32>;

    fn run<G: Directed>(&self, graph: G, vertices: &[G::NodeId], case: &Case) -> Self::Answer {
        let (start, goal) = (vertices[case.start], vertices[case.goal]);
        let (cost, path) = astar(
            graph,
            start,
            |node| node == goal,
            |edge| *edge.weight(),
            |_| 0,
        )?;
        assert_eq!((path.first(), path.last()), (Some(&start), Some(&goal)));
        let walked: u32 = path
            .windows(2)
            .map(|step| {
                graph
                    .edges(step[0])
                    .filter(|edge| edge.target() == step[1])
                    .map(|edge| *edge.weight())
                    .min()
                    .expect("each step of the path is an edge")
            })
            .sum();
        assert_eq!(walked, cost, "the path costs what astar says");
        Some(cost)
    }
}

/// The length of the second shortest walk (edges may repeat) from the start to each vertex.
/// petgraph sizes its table by `node_count` and indexes it by `to_index`: with sparse indices
/// this panicked.
struct KShortestPath;

impl Algorithm for KShortestPath {
    type Answer = BTreeMap<usize, u32>;

    fn run<G: Directed>(&self, graph: G, vertices: &[G::NodeId], case: &Case) -> Self::Answer {
        let numbers = numbers(vertices);
        k_shortest_path(graph, vertices[case.start], None, 2, |edge| *edge.weight())
            .into_iter()
            .map(|(node, length)| (numbers[&node], length))
            .collect()
    }
}

/// The distances between every two vertices that have a path (`NodeCompactIndexable`).
struct FloydWarshall;

impl Algorithm for FloydWarshall {
    type Answer = BTreeMap<(usize, usize), u32>;

    fn run<G: Directed>(&self, graph: G, vertices: &[G::NodeId], _: &Case) -> Self::Answer {
        let numbers = numbers(vertices);
        floyd_warshall(graph, |edge| *edge.weight())
            .expect("no negative weights")
            .into_iter()
            .filter(|&(_, distance)| distance != u32::MAX)
            .map(|((a, b), distance)| ((numbers[&a], numbers[&b]), distance))
            .collect()
    }
}

/// The distances between every two vertices that have a path, by Johnson's algorithm (which
/// calls `from_index` on every index below `node_bound`).
struct Johnson;

impl Algorithm for Johnson {
    type Answer = BTreeMap<(usize, usize), i64>;

    fn run<G: Directed>(&self, graph: G, vertices: &[G::NodeId], _: &Case) -> Self::Answer {
        let numbers = numbers(vertices);
        johnson(graph, |edge| i64::from(*edge.weight()))
            .expect("no negative weights")
            .into_iter()
            .filter(|&(_, distance)| distance != i64::MAX)
            .map(|((a, b), distance)| ((numbers[&a], numbers[&b]), distance))
            .collect()
    }
}

/// The distance from the start to each vertex, by SPFA, whose answer is a table by index:
/// read through `to_index`, as for petgraph's `Graph`.
struct Spfa;

impl Algorithm for Spfa {
    type Answer = Vec<Option<u32>>;

    fn run<G: Directed>(&self, graph: G, vertices: &[G::NodeId], case: &Case) -> Self::Answer {
        let paths =
            spfa(graph, vertices[case.start], |edge| *edge.weight()).expect("no negative weights");
        assert_eq!(paths.distances.len(), graph.node_bound());
        vertices
            .iter()
            .map(|&vertex| Some(paths.distances[graph.to_index(vertex)]).filter(|&d| d != u32::MAX))
            .collect()
    }
}

/// Ranks within `1e-9`: a reordered view sums the ranks in another order than the `Graph`, so
/// the sums may round differently.
#[derive(Debug)]
struct Ranks(Vec<f64>);

impl PartialEq for Ranks {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len()
            && self
                .0
                .iter()
                .zip(&other.0)
                .all(|(a, b)| (a - b).abs() < 1e-9)
    }
}

/// Each vertex's PageRank after 5 rounds; petgraph calls `from_index` on `0..node_count` and
/// answers by index (with sparse indices this panicked).
struct PageRank;

impl Algorithm for PageRank {
    type Answer = Ranks;

    fn run<G: Directed>(&self, graph: G, vertices: &[G::NodeId], _: &Case) -> Self::Answer {
        let ranks = page_rank(graph, 0.85_f64, 5);
        assert_eq!(ranks.len(), graph.node_count());
        Ranks(
            vertices
                .iter()
                .map(|&vertex| ranks[graph.to_index(vertex)])
                .collect(),
        )
    }
}

/// Whether a topological order exists; the order returned must be one.
struct Toposort;

impl Algorithm for Toposort {
    type Answer = bool;

    fn run<G: Directed>(&self, graph: G, vertices: &[G::NodeId], _: &Case) -> Self::Answer {
        let Ok(order) = toposort(graph, None) else {
            return false;
        };
        let position = numbers(&order);
        assert_eq!(position.len(), vertices.len(), "each vertex once");
        assert!(
            graph
                .edge_references()
                .all(|edge| position[&edge.source()] < position[&edge.target()]),
            "every edge goes forward"
        );
        true
    }
}

/// Tarjan's strongly connected components, as sets, listed in reverse topological order.
struct TarjanScc;

impl Algorithm for TarjanScc {
    type Answer = BTreeSet<BTreeSet<usize>>;

    fn run<G: Directed>(&self, graph: G, vertices: &[G::NodeId], _: &Case) -> Self::Answer {
        component_sets(graph, vertices, &tarjan_scc(graph))
    }
}

/// Kosaraju's strongly connected components (which walk incoming links), as for Tarjan's.
struct KosarajuScc;

impl Algorithm for KosarajuScc {
    type Answer = BTreeSet<BTreeSet<usize>>;

    fn run<G: Directed>(&self, graph: G, vertices: &[G::NodeId], _: &Case) -> Self::Answer {
        component_sets(graph, vertices, &kosaraju_scc(graph))
    }
}

struct IsCyclicDirected;

impl Algorithm for IsCyclicDirected {
    type Answer = bool;

    fn run<G: Directed>(&self, graph: G, _: &[G::NodeId], _: &Case) -> Self::Answer {
        is_cyclic_directed(graph)
    }
}

/// Each vertex's immediate dominator from the start (`None` for the start and for vertices it
/// does not reach).
struct Dominators;

impl Algorithm for Dominators {
    type Answer = Vec<Option<usize>>;

    fn run<G: Directed>(&self, graph: G, vertices: &[G::NodeId], case: &Case) -> Self::Answer {
        let numbers = numbers(vertices);
        let dominators = simple_fast(graph, vertices[case.start]);
        vertices
            .iter()
            .map(|&vertex| {
                dominators
                    .immediate_dominator(vertex)
                    .map(|node| numbers[&node])
            })
            .collect()
    }
}

/// The graph as the traits show it: node count, every edge with its weight, every vertex's
/// incoming neighbours; and `NodeIndexable`'s indices round-trip below the bound.
struct Structure;

impl Algorithm for Structure {
    type Answer = (usize, Vec<(usize, usize, u32)>, Vec<Vec<usize>>);

    fn run<G: Directed>(&self, graph: G, vertices: &[G::NodeId], _: &Case) -> Self::Answer {
        let numbers = numbers(vertices);
        for &vertex in vertices {
            let index = graph.to_index(vertex);
            assert!(index < graph.node_bound());
            assert!(graph.from_index(index) == vertex);
        }
        let mut edges: Vec<_> = graph
            .edge_references()
            .map(|edge| {
                (
                    numbers[&edge.source()],
                    numbers[&edge.target()],
                    *edge.weight(),
                )
            })
            .collect();
        edges.sort_unstable();
        let incoming = vertices
            .iter()
            .map(|&vertex| {
                let mut from: Vec<_> = graph
                    .neighbors_directed(vertex, Direction::Incoming)
                    .map(|node| numbers[&node])
                    .collect();
                from.sort_unstable();
                from
            })
            .collect();
        (graph.node_count(), edges, incoming)
    }
}

/// Random graphs: up to 40 vertices (6 under Miri) and three times as many edges, laid out
/// in the arena and the view in each of the ways of [`Layout`].
fn graphs() -> impl Strategy<Value = Case> {
    let max_vertices: usize = if cfg!(miri) { 6 } else { 40 };
    let layouts = (prop_oneof![Just(0), Just(1), Just(80)], any::<bool>())
        .prop_map(|(spacing, reordered)| Layout { spacing, reordered });
    (1..=max_vertices, layouts).prop_flat_map(|(n, layout)| {
        (
            prop::collection::vec((0..n, 0..n, 0..20_u32), 0..n * 3),
            0..n,
            0..n,
        )
            .prop_map(move |(edges, start, goal)| Case {
                n,
                edges,
                start,
                goal,
                layout,
            })
    })
}

/// Random DAGs: the same graphs with every edge leading to a higher-numbered vertex.
fn dags() -> impl Strategy<Value = Case> {
    graphs().prop_map(|mut case| {
        case.edges.retain(|&(a, b, _)| a != b);
        for edge in &mut case.edges {
            (edge.0, edge.1) = (edge.0.min(edge.1), edge.0.max(edge.1));
        }
        case
    })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: if cfg!(miri) { 3 } else { 256 },
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn dijkstra_distances_match_petgraph(case in graphs()) {
        compare(&DijkstraU32, &case)?;
    }

    #[test]
    fn dijkstra_to_a_goal_matches_petgraph(case in graphs()) {
        compare(&DijkstraU64ToGoal, &case)?;
    }

    #[test]
    fn astar_costs_match_petgraph(case in graphs()) {
        compare(&Astar, &case)?;
    }

    #[test]
    fn toposort_matches_petgraph(case in graphs()) {
        compare(&Toposort, &case)?;
    }

    #[test]
    fn toposort_orders_dags(case in dags()) {
        compare(&Toposort, &case)?;
    }

    #[test]
    fn tarjan_scc_matches_petgraph(case in graphs()) {
        compare(&TarjanScc, &case)?;
    }

    #[test]
    fn kosaraju_scc_matches_petgraph(case in graphs()) {
        compare(&KosarajuScc, &case)?;
    }

    #[test]
    fn is_cyclic_directed_matches_petgraph(case in graphs()) {
        compare(&IsCyclicDirected, &case)?;
    }

    #[test]
    fn is_cyclic_directed_on_dags_matches_petgraph(case in dags()) {
        compare(&IsCyclicDirected, &case)?;
    }

    #[test]
    fn dominators_match_petgraph(case in graphs()) {
        compare(&Dominators, &case)?;
    }

    #[test]
    fn edges_and_indices_match_petgraph(case in graphs()) {
        compare(&Structure, &case)?;
    }

    #[test]
    fn k_shortest_path_matches_petgraph(case in graphs()) {
        compare(&KShortestPath, &case)?;
    }

    #[test]
    fn floyd_warshall_matches_petgraph(case in graphs()) {
        compare(&FloydWarshall, &case)?;
    }

    #[test]
    fn johnson_matches_petgraph(case in graphs()) {
        compare(&Johnson, &case)?;
    }

    #[test]
    fn spfa_matches_petgraph(case in graphs()) {
        compare(&Spfa, &case)?;
    }

    #[test]
    fn page_rank_matches_petgraph(case in graphs()) {
        compare(&PageRank, &case)?;
    }

    #[test]
    fn bellman_ford_matches_petgraph(case in graphs()) {
        bellman_ford_matches(&case)?;
    }

    #[test]
    fn a_partial_view_indexes_its_own_nodes(case in graphs()) {
        partial_view_indices(&case)?;
    }
}

/// `bellman_ford` takes the graph's own weights, which must be floats: a view whose closure
/// yields `f64` weights, against a `Graph<usize, f64>`. Distances by index, read through
/// `to_index`.
fn bellman_ford_matches(case: &Case) -> Result<(), TestCaseError> {
    let mut reference: Graph<usize, f64> = Graph::new();
    let indices: Vec<NodeIndex> = (0..case.n).map(|i| reference.add_node(i)).collect();
    for &(a, b, weight) in &case.edges {
        reference.add_edge(indices[a], indices[b], f64::from(weight));
    }
    let paths = bellman_ford(&reference, indices[case.start]).expect("no negative weights");
    let expected: Vec<f64> = indices
        .iter()
        .map(|&index| paths.distances[reference.to_index(index)])
        .collect();

    let actual = scope(|graph, token| {
        let vertices = make_vertices(graph, case);
        for &(a, b, weight) in &case.edges {
            vertices[a].link_succ(vertices[b], weight, token);
        }
        let token = &*token;
        let view = GraphView::new(
            listed(&vertices, case.layout),
            token,
            |vertex: VertexRef<'_, '_>, token| {
                vertex
                    .succ(token)
                    .iter()
                    .map(|&(to, weight)| (to, f64::from(weight)))
            },
        );
        let paths = bellman_ford(&view, vertices[case.start]).expect("no negative weights");
        assert_eq!(paths.distances.len(), view.node_count());
        vertices
            .iter()
            .map(|&vertex| paths.distances[view.to_index(vertex)])
            .collect::<Vec<f64>>()
    });
    prop_assert_eq!(actual, expected);
    Ok(())
}

/// A view of every other vertex, listed from the last, twice over: indices are the positions
/// of each node's first listing in `nodes()`, `0..node_count()`, whatever the nodes' dense
/// indices, dense or sparse.
fn partial_view_indices(case: &Case) -> Result<(), TestCaseError> {
    scope(|graph, token| {
        let vertices = make_vertices(graph, case);
        let every_other: Vec<_> = vertices.iter().rev().step_by(2).copied().collect();
        let token = &*token;
        let view = GraphView::new(listed(&every_other, case.layout), token, VertexRef::succ);
        let expected = if case.layout.reordered {
            every_other.iter().rev().copied().collect()
        } else {
            every_other.clone()
        };
        prop_assert!(view.nodes() == &expected[..]);
        prop_assert_eq!(view.node_bound(), expected.len());
        prop_assert_eq!(view.node_count(), expected.len());
        for (position, &vertex) in expected.iter().enumerate() {
            prop_assert_eq!(view.to_index(vertex), position);
            prop_assert!(view.from_index(position) == vertex);
        }
        Ok(())
    })
}

/// A node outside the view has no index: `to_index` panics, naming the fix, whether the view's
/// positions are a table (the node's dense index below the view's highest or above it) or
/// sorted pairs (a sparse view).
#[test]
fn a_node_outside_the_view_has_no_index() {
    for (spacing, outside_at) in [(0, 1), (0, 3), (80, 1), (80, 3)] {
        scope(|graph, token| {
            let case = Case {
                n: 3,
                edges: Vec::new(),
                start: 0,
                goal: 0,
                layout: Layout {
                    spacing,
                    reordered: false,
                },
            };
            let mut vertices = make_vertices(graph, &case);
            vertices.push(Vertex::new_in(graph));
            let outside = vertices.remove(outside_at);
            let token = &*token;
            let view = GraphView::new(vertices.iter().copied(), token, VertexRef::succ);
            let refused =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| view.to_index(outside)))
                    .expect_err("a node outside the view has no index");
            let message = refused
                .downcast_ref::<String>()
                .expect("a formatted message");
            assert!(
                message.contains("is not in the GraphView") && message.contains("reachable"),
                "{message}"
            );
        });
    }
}
