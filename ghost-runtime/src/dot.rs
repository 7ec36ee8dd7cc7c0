//! Graphviz DOT export of the subgraph reachable from some start nodes, directed or
//! undirected.

use alloc::string::String;
use core::fmt::Write;
use std::collections::HashMap;

use ghost_cell::GhostToken;

use crate::edge::{DotEdge, Neighbour};
use crate::node_ptr::NodeHandle;

/// Writes the subgraph reachable from `starts` along `neighbours` as a Graphviz `digraph`.
///
/// Nodes are numbered in breadth-first order (so the output is the same on every run) and
/// labelled by `label`, for example from the payload's `Display` or `Debug`. Every link becomes
/// one edge; a symmetric link therefore shows both directions (draw it with
/// [`to_dot_undirected`] instead). An edge of a weighted link
/// (`roads: Vec<(City, u32)>`, whose accessor yields `&(CityRef, u32)`) is labelled with its
/// weight's `Display` ([`DotEdge`](crate::DotEdge)). Render it with
/// `dot -Tsvg graph.dot -o graph.svg`.
///
/// ```
/// use ghost_runtime::{ghost_graph, scope, to_dot};
///
/// #[ghost_graph]
/// struct Vertex {
///     name: &'static str,
///     #[link(inverse = pred)]
///     succ: Vec<Vertex>,
///     pred: Vec<Vertex>,
/// }
///
/// let dot = scope(|graph, token| {
///     let [a, b] = ["a", "b \"quoted\""].map(|name| Vertex::new_in(graph, name));
///     a.link_succ(b, token);
///     b.link_succ(a, token);
///     to_dot([a], token, VertexRef::succ, |v, token| v.borrow(token).name.to_string())
/// });
/// assert_eq!(
///     dot,
///     "digraph {\n    n0 [label=\"a\"];\n    n1 [label=\"b \\\"quoted\\\"\"];\n    n0 -> n1;\n    n1 -> n0;\n}\n"
/// );
/// ```
pub fn to_dot<'t, 'arena, 'id, N, F, I, L>(
    starts: impl IntoIterator<Item = N>,
    token: &'t GhostToken<'id>,
    neighbours: F,
    label: L,
) -> String
where
    N: NodeHandle<'arena, 'id>,
    F: FnMut(N, &'t GhostToken<'id>) -> I,
    I: IntoIterator,
    I::Item: DotEdge<N>,
    L: FnMut(N, &'t GhostToken<'id>) -> String,
{
    write_dot(Kind::Directed, starts, token, neighbours, label)
}

/// Writes the subgraph reachable from `starts` along a symmetric link as a Graphviz `graph`,
/// each edge once.
///
/// `neighbours` must list every edge at both of its ends, as a `#[link(symmetric)]` field's
/// accessor does (a loop once): of an edge's two listings, only the one from the node
/// numbered first is drawn, so parallel edges stay parallel, and an edge listed at one end
/// only is drawn only if that end is numbered first. Numbering, labels and weights are as in
/// [`to_dot`]; a weighted edge takes its label from that listing.
///
/// ```
/// use ghost_runtime::{ghost_graph, scope, to_dot_undirected};
///
/// #[ghost_graph]
/// struct City {
///     name: &'static str,
///     #[link(symmetric)]
///     roads: Vec<(City, u32)>,
/// }
///
/// let dot = scope(|graph, token| {
///     let [lyon, geneva, turin] = ["Lyon", "Geneva", "Turin"].map(|name| City::new_in(graph, name));
///     lyon.link_roads(geneva, 150, token);
///     lyon.link_roads(turin, 310, token);
///     geneva.link_roads(turin, 250, token);
///     to_dot_undirected([lyon], token, CityRef::roads, |city, token| {
///         city.borrow(token).name.to_owned()
///     })
/// });
/// assert_eq!(
///     dot,
///     "graph {\n    n0 [label=\"Lyon\"];\n    n1 [label=\"Geneva\"];\n    n2 [label=\"Turin\"];\n    \
///      n0 -- n1 [label=\"150\"];\n    n0 -- n2 [label=\"310\"];\n    n1 -- n2 [label=\"250\"];\n}\n"
/// );
/// ```
pub fn to_dot_undirected<'t, 'arena, 'id, N, F, I, L>(
    starts: impl IntoIterator<Item = N>,
    token: &'t GhostToken<'id>,
    neighbours: F,
    label: L,
) -> String
where
    N: NodeHandle<'arena, 'id>,
    F: FnMut(N, &'t GhostToken<'id>) -> I,
    I: IntoIterator,
    I::Item: DotEdge<N>,
    L: FnMut(N, &'t GhostToken<'id>) -> String,
{
    write_dot(Kind::Undirected, starts, token, neighbours, label)
}

/// Which DOT graph to write.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// A `digraph` with every listing an edge (`->`).
    Directed,
    /// A `graph` with each edge once (`--`), from its first-numbered end.
    Undirected,
}

fn write_dot<'t, 'arena, 'id, N, F, I, L>(
    kind: Kind,
    starts: impl IntoIterator<Item = N>,
    token: &'t GhostToken<'id>,
    mut neighbours: F,
    mut label: L,
) -> String
where
    N: NodeHandle<'arena, 'id>,
    F: FnMut(N, &'t GhostToken<'id>) -> I,
    I: IntoIterator,
    I::Item: DotEdge<N>,
    L: FnMut(N, &'t GhostToken<'id>) -> String,
{
    // Breadth-first numbering that asks `neighbours` once per node and draws the edges from
    // those same answers: a closure with state may answer differently when asked again, and
    // every edge must name a numbered node.
    let mut numbers: HashMap<usize, usize> = HashMap::new();
    let mut nodes: alloc::vec::Vec<N> = alloc::vec::Vec::new();
    let mut number_of = |node: N, nodes: &mut alloc::vec::Vec<N>| {
        *numbers.entry(node.node_ptr().index()).or_insert_with(|| {
            nodes.push(node);
            nodes.len() - 1
        })
    };
    for start in starts {
        number_of(start, &mut nodes);
    }
    let mut edges = alloc::vec::Vec::new();
    let mut at = 0;
    while let Some(&node) = nodes.get(at) {
        for neighbour in neighbours(node, token) {
            let target = number_of(neighbour.node(), &mut nodes);
            // Undirected, the edge's listing at `target` was drawn when `target` came first.
            if kind == Kind::Directed || at <= target {
                edges.push((at, target, neighbour.label()));
            }
        }
        at += 1;
    }
    let (mut dot, arrow) = match kind {
        Kind::Directed => (String::from("digraph {\n"), "->"),
        Kind::Undirected => (String::from("graph {\n"), "--"),
    };
    for (number, &node) in nodes.iter().enumerate() {
        let _ = writeln!(
            dot,
            "    n{number} [label=\"{}\"];",
            escape(&label(node, token))
        );
    }
    for (from, to, label) in edges {
        let _ = match label {
            Some(label) => writeln!(
                dot,
                "    n{from} {arrow} n{to} [label=\"{}\"];",
                escape(&label)
            ),
            None => writeln!(dot, "    n{from} {arrow} n{to};"),
        };
    }
    dot.push_str("}\n");
    dot
}

/// Escapes a label for a double-quoted DOT string.
fn escape(label: &str) -> String {
    let mut escaped = String::with_capacity(label.len());
    for c in label.chars() {
        match c {
            '"' => escaped.push_str("\\\""),
            '\\' => escaped.push_str("\\\\"),
            '\n' => escaped.push_str("\\n"),
            _ => escaped.push(c),
        }
    }
    escaped
}
