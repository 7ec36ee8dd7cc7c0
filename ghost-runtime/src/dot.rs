//! Graphviz DOT export of the subgraph reachable from some start nodes.

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
/// one edge; a symmetric link therefore shows both directions. An edge of a weighted link
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
            edges.push((at, target, neighbour.label()));
        }
        at += 1;
    }
    let mut dot = String::from("digraph {\n");
    for (number, &node) in nodes.iter().enumerate() {
        let _ = writeln!(
            dot,
            "    n{number} [label=\"{}\"];",
            escape(&label(node, token))
        );
    }
    for (from, to, label) in edges {
        let _ = match label {
            Some(label) => writeln!(dot, "    n{from} -> n{to} [label=\"{}\"];", escape(&label)),
            None => writeln!(dot, "    n{from} -> n{to};"),
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
