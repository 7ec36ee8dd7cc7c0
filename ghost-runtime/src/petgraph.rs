//! petgraph's graph traits over linked nodes, so that `petgraph::algo` runs on them (the
//! `petgraph` feature).
//!
//! A [`GraphView`] is a set of nodes of one type, a neighbour function (a generated accessor
//! such as `VertexRef::succ`, which for a weighted link `succ: Vec<(Vertex, W)>` also yields
//! each edge's weight, or a closure), and the
//! scope's `&GhostToken`. `&GraphView` implements petgraph's `visit` traits the way `&Graph`
//! does, so petgraph's algorithms take it directly: `dijkstra`, `astar`, `k_shortest_path`,
//! `bellman_ford`, `floyd_warshall`, `johnson`, `toposort`, `tarjan_scc`, `kosaraju_scc`,
//! `is_cyclic_directed`, `dominators::simple_fast`, `page_rank`, the `Dfs`, `Bfs` and
//! `DfsPostOrder` walkers, and the others whose bounds these traits meet.
//!
//! Enable the feature (`ghost-runtime = { version = .., features = ["petgraph"] }`) and add
//! `petgraph = "0.8"` to your own dependencies, to name the algorithms: the runtime does not
//! re-export the crate.
//!
//! ```
//! use ghost_runtime::petgraph::GraphView;
//! use ghost_runtime::{ghost_graph, scope};
//! use petgraph::algo::{dijkstra, tarjan_scc, toposort};
//! use petgraph::visit::EdgeRef;
//!
//! #[ghost_graph]
//! struct Town {
//!     name: &'static str,
//!     /// Each road with its length.
//!     #[link(inverse = roads_in)]
//!     roads_out: Vec<(Town, u32)>,
//!     roads_in: Vec<(Town, u32)>,
//! }
//!
//! scope(|graph, token| {
//!     let [a, b, c] = ["a", "b", "c"].map(|name| Town::new_in(graph, name));
//!     for (from, to, length) in [(a, b, 7), (a, c, 2), (c, b, 3)] {
//!         from.link_roads_out(to, length, token);
//!     }
//!     let token = &*token;
//!
//!     // A weighted link's accessor yields `&(town, length)`: edges weighted by length.
//!     let roads = GraphView::new([a, b, c], token, TownRef::roads_out);
//!     let distances = dijkstra(&roads, a, None, |road| *road.weight());
//!     assert_eq!(distances[&b], 5); // through c
//!
//!     // Unweighted, from a closure that yields nodes alone; the inverse link gives incoming
//!     // edges.
//!     let links = GraphView::reachable([a], token, |town: TownRef<'_, '_>, token| {
//!         town.roads_out(token).iter().map(|&(to, _)| to)
//!     })
//!     .with_incoming(TownRef::roads_in);
//!     assert_eq!(toposort(&links, None), Ok(vec![a, c, b]));
//!     assert_eq!(tarjan_scc(&links).len(), 3);
//! });
//! ```
//!
//! What each trait needs, and what it costs:
//!
//! - The node set (`IntoNodeIdentifiers`, `NodeCount`, `IntoEdgeReferences`): the nodes given
//!   to [`GraphView::new`], each once in the order given, or the nodes [`GraphView::reachable`]
//!   finds. It should be closed under the links (every neighbour of a node of the view is a
//!   node of the view), as a petgraph graph is; `reachable` makes it so for outgoing links.
//! - Visit maps (`Visitable`): a bit per dense index of the arena (a node's
//!   [`index`](crate::NodePtr::index), about one per 8 bytes of the arena's nodes), up to the
//!   highest node of the view, so marking a node visited is a load and no node carries a field.
//!   Dijkstra, A\*, the walkers, Kosaraju's SCC, `is_cyclic_directed` and `toposort` need no
//!   more.
//! - Indices (`NodeIndexable`, `NodeCompactIndexable`): compact, as petgraph's `Graph` has
//!   them. A node's index is its position in [`nodes`](GraphView::nodes) (`0..node_count()`,
//!   and `node_bound() == node_count()`); `k_shortest_path`, `page_rank`, `floyd_warshall`,
//!   `johnson`, `bellman_ford`, `spfa` and `tarjan_scc` index their tables by it, and the
//!   answers of `page_rank`, `bellman_ford` and `spfa` are such tables: `distances[i]` is
//!   about `view.nodes()[i]`. `from_index` is a slice index. `to_index` finds the position
//!   from the node's dense index in a map made on its first call, so algorithms that never
//!   call it pay nothing: a table of 4 bytes per dense index up to the highest node of the
//!   view (about half the bytes of the arena's nodes up to there), or, where that would be
//!   more than 256 bytes per node of the view (a small view of a large arena), sorted pairs
//!   of 16 bytes per node searched in O(log n). It panics for a node outside the view.
//! - Edges (`IntoEdges`, `IntoEdgeReferences`): an edge is named by its source and its position
//!   among the source's neighbours ([`EdgeId`]); its weight is what the neighbour function
//!   yields beside the node, `()` when it yields nodes alone ([`Neighbour`]).
//! - Incoming edges (`IntoNeighborsDirected`, which `toposort` and `kosaraju_scc` need): a
//!   second neighbour function, given with [`GraphView::with_incoming`], usually the inverse
//!   link. It must list, for each node, the nodes whose outgoing links lead to it.
//!
//! The view only reads, through `&GhostToken`, so it works beside other readers on any thread.

use alloc::vec::Vec;
use core::iter::{Copied, Enumerate};
use core::marker::PhantomData;
use core::slice;
use std::sync::OnceLock;

use ::petgraph::visit::{
    Data, EdgeRef, GraphBase, GraphProp, IntoEdgeReferences, IntoEdges, IntoNeighbors,
    IntoNeighborsDirected, IntoNodeIdentifiers, NodeCompactIndexable, NodeCount, NodeIndexable,
    VisitMap, Visitable,
};
use ::petgraph::{Directed, Direction};
use ghost_cell::GhostToken;

pub use crate::edge::Neighbour;
use crate::node_ptr::NodeHandle;
use crate::traverse::VisitedSet;

/// Nodes of one type and their links, seen as a petgraph graph.
///
/// Build it with [`new`](Self::new) (the nodes you list) or [`reachable`](Self::reachable)
/// (the nodes reachable from some starts), then pass `&view` to petgraph's algorithms, as you
/// would pass `&Graph`. `In` is `()` until [`with_incoming`](Self::with_incoming) gives
/// incoming links. See the [module documentation](self) for the traits and what they cost.
pub struct GraphView<'t, 'id, N, Out, In = ()> {
    token: &'t GhostToken<'id>,
    /// Each node of the view once, in the order given.
    nodes: Vec<N>,
    /// One more than the highest dense index among `nodes`: the visit maps' size.
    dense_bound: usize,
    outgoing: Out,
    incoming: In,
    /// Each node's position in `nodes` by dense index, for `to_index`; made on its first call.
    positions: OnceLock<Positions>,
}

/// Where each node of a view sits in its `nodes`, found by the node's dense index.
///
/// A table indexed by dense index costs 4 bytes per index up to the view's highest node,
/// about half the bytes of the arena's nodes up to there: for a small view of a large arena
/// far more than the view (its last ten nodes would cost half the arena again). Sorted pairs
/// cost 16 bytes per node of the view and a binary search per lookup. The table is kept
/// while it costs at most 256 bytes per node of the view (`TABLE_INDICES_PER_NODE`), so a
/// view of a whole arena of nodes up to about 512 bytes gets the table.
enum Positions {
    /// By dense index: the position, or `NOT_IN_VIEW`.
    Table(Vec<u32>),
    /// `(dense index, position)`, sorted by dense index.
    Sorted(Vec<(usize, u32)>),
}

impl Positions {
    fn of<'arena, 'id, N: NodeHandle<'arena, 'id>>(nodes: &[N], dense_bound: usize) -> Self {
        let indexed = (0..)
            .zip(nodes)
            .map(|(position, node)| (node.node_ptr().index(), position));
        if dense_bound <= nodes.len().saturating_mul(TABLE_INDICES_PER_NODE) {
            let mut table = alloc::vec![NOT_IN_VIEW; dense_bound];
            for (dense, position) in indexed {
                table[dense] = position;
            }
            Positions::Table(table)
        } else {
            let mut pairs: Vec<(usize, u32)> = indexed.collect();
            pairs.sort_unstable_by_key(|&(dense, _)| dense);
            Positions::Sorted(pairs)
        }
    }

    /// The position of the node of dense index `dense`, if it is in the view.
    #[inline]
    fn get(&self, dense: usize) -> Option<usize> {
        match self {
            Positions::Table(table) => match table.get(dense) {
                Some(&position) if position != NOT_IN_VIEW => Some(position as usize),
                _ => None,
            },
            Positions::Sorted(pairs) => pairs
                .binary_search_by_key(&dense, |&(dense, _)| dense)
                .ok()
                .map(|found| pairs[found].1 as usize),
        }
    }
}

impl<'t, 'arena, 'id, N, Out> GraphView<'t, 'id, N, Out>
where
    N: NodeHandle<'arena, 'id>,
{
    /// A view of `nodes` (each kept once, in the order given) along `outgoing`.
    ///
    /// `outgoing` gives a node's neighbours: a generated accessor (`VertexRef::succ`,
    /// `NodeRef::next`) for unweighted edges, or a closure yielding `(node, weight)` pairs.
    /// Costs a load per node (its dense index), and a bitmap of a bit per dense index up to
    /// the highest node given (to keep each node once).
    ///
    /// # Panics
    /// If more than `u32::MAX` nodes are given.
    pub fn new<I>(
        nodes: impl IntoIterator<Item = N>,
        token: &'t GhostToken<'id>,
        outgoing: Out,
    ) -> Self
    where
        Out: Fn(N, &'t GhostToken<'id>) -> I,
        I: IntoIterator<Item: Neighbour<N, Weight: Copy>>,
    {
        let mut listed = VisitedSet::default();
        let mut dense_bound = 0;
        let nodes: Vec<N> = nodes
            .into_iter()
            .filter(|node| {
                let index = node.node_ptr().index();
                dense_bound = dense_bound.max(index + 1);
                listed.insert(index)
            })
            .collect();
        assert!(
            u32::try_from(nodes.len()).is_ok(),
            "a GraphView holds at most u32::MAX nodes"
        );
        Self {
            token,
            nodes,
            dense_bound,
            outgoing,
            incoming: (),
            positions: OnceLock::new(),
        }
    }

    /// A view of the nodes reachable from `starts` along `outgoing` (the starts included), in
    /// depth-first preorder.
    ///
    /// # Panics
    /// If more than `u32::MAX` nodes are reachable.
    pub fn reachable<I>(
        starts: impl IntoIterator<Item = N>,
        token: &'t GhostToken<'id>,
        outgoing: Out,
    ) -> Self
    where
        Out: Fn(N, &'t GhostToken<'id>) -> I,
        I: IntoIterator<Item: Neighbour<N, Weight: Copy>>,
    {
        let nodes: Vec<N> = crate::dfs(starts, token, |node, token| {
            outgoing(node, token).into_iter().map(|link| link.node())
        })
        .collect();
        Self::new(nodes, token, outgoing)
    }

    /// The same view, with `incoming` giving each node's predecessors (usually the inverse
    /// link of `outgoing`): the view then implements `IntoNeighborsDirected`.
    pub fn with_incoming<In, J>(self, incoming: In) -> GraphView<'t, 'id, N, Out, In>
    where
        In: Fn(N, &'t GhostToken<'id>) -> J,
        J: IntoIterator<Item: Neighbour<N, Weight: Copy>>,
    {
        GraphView {
            token: self.token,
            nodes: self.nodes,
            dense_bound: self.dense_bound,
            outgoing: self.outgoing,
            incoming,
            positions: self.positions,
        }
    }
}

impl<'t, 'id, N, Out, In> GraphView<'t, 'id, N, Out, In> {
    /// The nodes of the view, each once: node `i` is the one petgraph calls index `i`
    /// (`NodeIndexable::from_index`), so tables an algorithm returns by index (`page_rank`,
    /// `bellman_ford`'s distances) line up with this slice.
    #[must_use]
    pub fn nodes(&self) -> &[N] {
        &self.nodes
    }

    /// The token the view reads with.
    #[must_use]
    pub fn token(&self) -> &'t GhostToken<'id> {
        self.token
    }
}

impl<N: core::fmt::Debug, Out, In> core::fmt::Debug for GraphView<'_, '_, N, Out, In> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("GraphView")
            .field("nodes", &self.nodes)
            .finish_non_exhaustive()
    }
}

/// A neighbour function as the view calls it: any `Fn(N, &GhostToken) -> impl IntoIterator`
/// whose items are [`Neighbour`]s. Implemented for every such function; not for implementing.
pub trait NeighbourFn<'t, 'id, N> {
    /// The weight of the edges it yields.
    type Weight: Copy;

    /// One node's edges, as (neighbour, weight) pairs.
    type Links: Iterator<Item = (N, Self::Weight)>;

    /// The edges leaving (or, for incoming links, reaching) `node`.
    fn links(&self, node: N, token: &'t GhostToken<'id>) -> Self::Links;
}

impl<'t, 'id: 't, N, F, I> NeighbourFn<'t, 'id, N> for F
where
    F: Fn(N, &'t GhostToken<'id>) -> I,
    I: IntoIterator<Item: Neighbour<N, Weight: Copy>>,
{
    type Weight = <I::Item as Neighbour<N>>::Weight;
    type Links = Links<N, I::IntoIter>;

    #[inline]
    fn links(&self, node: N, token: &'t GhostToken<'id>) -> Self::Links {
        Links {
            items: self(node, token).into_iter(),
            _node: PhantomData,
        }
    }
}

/// The iterator of [`NeighbourFn::links`]: a neighbour function's items as (node, weight)
/// pairs.
#[derive(Clone, Debug)]
pub struct Links<N, I> {
    items: I,
    _node: PhantomData<fn() -> N>,
}

impl<N, I> Iterator for Links<N, I>
where
    I: Iterator<Item: Neighbour<N, Weight: Copy>>,
{
    type Item = (N, <I::Item as Neighbour<N>>::Weight);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        self.items.next().map(|link| (link.node(), *link.weight()))
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.items.size_hint()
    }
}

/// An edge's name: its source, and its position among the source's neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EdgeId<N> {
    /// The node the edge leaves.
    pub source: N,
    /// Where the edge is among the neighbours `source`'s neighbour function yields.
    pub position: usize,
}

/// An edge of a [`GraphView`], as petgraph's algorithms see it (`petgraph::visit::EdgeRef`):
/// source, target, weight and [`EdgeId`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EdgeReference<N, W> {
    source: N,
    target: N,
    weight: W,
    position: usize,
}

impl<N: Copy, W: Copy> EdgeRef for EdgeReference<N, W> {
    type NodeId = N;
    type EdgeId = EdgeId<N>;
    type Weight = W;

    #[inline]
    fn source(&self) -> N {
        self.source
    }

    #[inline]
    fn target(&self) -> N {
        self.target
    }

    #[inline]
    fn weight(&self) -> &W {
        &self.weight
    }

    #[inline]
    fn id(&self) -> EdgeId<N> {
        EdgeId {
            source: self.source,
            position: self.position,
        }
    }
}

impl<N: Copy + PartialEq, Out, In> GraphBase for GraphView<'_, '_, N, Out, In> {
    type NodeId = N;
    type EdgeId = EdgeId<N>;
}

impl<'t, 'id, N: Copy + PartialEq, Out: NeighbourFn<'t, 'id, N>, In> Data
    for GraphView<'t, 'id, N, Out, In>
{
    type NodeWeight = ();
    type EdgeWeight = Out::Weight;
}

impl<N: Copy + PartialEq, Out, In> GraphProp for GraphView<'_, '_, N, Out, In> {
    type EdgeType = Directed;
}

impl<N: Copy + PartialEq, Out, In> NodeCount for GraphView<'_, '_, N, Out, In> {
    fn node_count(&self) -> usize {
        self.nodes.len()
    }
}

/// `Positions::Table`'s mark for a dense index that is no node of the view.
const NOT_IN_VIEW: u32 = u32::MAX;

/// The most dense indices per node of the view for which `Positions` is a table.
const TABLE_INDICES_PER_NODE: usize = 64;

impl<'arena, 'id, N: NodeHandle<'arena, 'id>, Out, In> GraphView<'_, 'id, N, Out, In> {
    /// The map from dense index to position in `nodes`.
    fn positions(&self) -> &Positions {
        self.positions
            .get_or_init(|| Positions::of(&self.nodes, self.dense_bound))
    }
}

impl<'arena, 'id, N: NodeHandle<'arena, 'id> + PartialEq, Out, In> NodeIndexable
    for GraphView<'_, 'id, N, Out, In>
{
    /// The number of nodes of the view: indices are compact.
    fn node_bound(&self) -> usize {
        self.nodes.len()
    }

    /// The node's position in [`nodes`](GraphView::nodes).
    ///
    /// # Panics
    /// If the node is not one of the view's (petgraph asks only for nodes of the graph; a view
    /// whose links lead outside its node set is not closed, see the module docs).
    #[inline]
    fn to_index(&self, node: N) -> usize {
        let dense = node.node_ptr().index();
        match self.positions().get(dense) {
            Some(position) => position,
            None => not_in_view(dense),
        }
    }

    /// The node at position `index` of [`nodes`](GraphView::nodes).
    ///
    /// # Panics
    /// If `index >= node_bound()`.
    #[inline]
    fn from_index(&self, index: usize) -> N {
        self.nodes[index]
    }
}

/// `to_index`'s panic, out of line.
#[cold]
#[inline(never)]
#[track_caller]
fn not_in_view(dense: usize) -> ! {
    panic!(
        "the node of index {dense} is not in the GraphView: its node set must hold every node its links lead to (GraphView::reachable makes it so)"
    )
}

impl<'arena, 'id, N: NodeHandle<'arena, 'id> + PartialEq, Out, In> NodeCompactIndexable
    for GraphView<'_, 'id, N, Out, In>
{
}

impl<'arena, 'id, N: NodeHandle<'arena, 'id> + PartialEq, Out, In> Visitable
    for GraphView<'_, 'id, N, Out, In>
{
    type Map = VisitedNodes;

    fn visit_map(&self) -> VisitedNodes {
        VisitedNodes(VisitedSet::with_bound(self.dense_bound))
    }

    fn reset_map(&self, map: &mut VisitedNodes) {
        map.0.clear();
    }
}

/// The visit map of a [`GraphView`]: a bitmap over the nodes' dense indices, as `bfs` and
/// `dfs` use (a node outside the view's set grows it).
#[derive(Clone)]
pub struct VisitedNodes(VisitedSet);

impl<'arena, 'id, N: NodeHandle<'arena, 'id>> VisitMap<N> for VisitedNodes {
    #[inline]
    fn visit(&mut self, node: N) -> bool {
        self.0.insert(node.node_ptr().index())
    }

    #[inline]
    fn is_visited(&self, node: &N) -> bool {
        self.0.contains(node.node_ptr().index())
    }

    fn unvisit(&mut self, node: N) -> bool {
        self.0.remove(node.node_ptr().index())
    }
}

impl core::fmt::Debug for VisitedNodes {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("VisitedNodes").finish_non_exhaustive()
    }
}

impl<'t, 'id, N: Copy + PartialEq, Out: NeighbourFn<'t, 'id, N>, In> IntoNeighbors
    for &GraphView<'t, 'id, N, Out, In>
{
    type Neighbors = Neighbors<Out::Links>;

    #[inline]
    fn neighbors(self, node: N) -> Self::Neighbors {
        Neighbors(self.outgoing.links(node, self.token))
    }
}

impl<'t, 'id, N, Out, In> IntoNeighborsDirected for &GraphView<'t, 'id, N, Out, In>
where
    N: Copy + PartialEq,
    Out: NeighbourFn<'t, 'id, N>,
    In: NeighbourFn<'t, 'id, N>,
{
    type NeighborsDirected = NeighborsDirected<Out::Links, In::Links>;

    fn neighbors_directed(self, node: N, direction: Direction) -> Self::NeighborsDirected {
        match direction {
            Direction::Outgoing => {
                NeighborsDirected::Outgoing(self.outgoing.links(node, self.token))
            }
            Direction::Incoming => {
                NeighborsDirected::Incoming(self.incoming.links(node, self.token))
            }
        }
    }
}

impl<'t, 'id, N: Copy + PartialEq, Out: NeighbourFn<'t, 'id, N>, In> IntoEdges
    for &GraphView<'t, 'id, N, Out, In>
{
    type Edges = Edges<N, Out::Links>;

    #[inline]
    fn edges(self, node: N) -> Self::Edges {
        Edges {
            source: node,
            links: self.outgoing.links(node, self.token).enumerate(),
        }
    }
}

impl<'v, 't, 'id, N: Copy + PartialEq, Out: NeighbourFn<'t, 'id, N>, In> IntoEdgeReferences
    for &'v GraphView<'t, 'id, N, Out, In>
{
    type EdgeRef = EdgeReference<N, Out::Weight>;
    type EdgeReferences = EdgeReferences<'v, 't, 'id, N, Out>;

    fn edge_references(self) -> Self::EdgeReferences {
        EdgeReferences {
            sources: self.nodes.iter(),
            token: self.token,
            outgoing: &self.outgoing,
            edges: None,
        }
    }
}

impl<'v, N: Copy + PartialEq, Out, In> IntoNodeIdentifiers for &'v GraphView<'_, '_, N, Out, In> {
    type NodeIdentifiers = Copied<slice::Iter<'v, N>>;

    fn node_identifiers(self) -> Self::NodeIdentifiers {
        self.nodes.iter().copied()
    }
}

/// A node's outgoing neighbours (`IntoNeighbors`).
#[derive(Clone, Debug)]
pub struct Neighbors<L>(L);

impl<N, W, L: Iterator<Item = (N, W)>> Iterator for Neighbors<L> {
    type Item = N;

    #[inline]
    fn next(&mut self) -> Option<N> {
        self.0.next().map(|(node, _)| node)
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

/// A node's neighbours in one direction (`IntoNeighborsDirected`).
#[derive(Clone, Debug)]
pub enum NeighborsDirected<Out, In> {
    /// Along the outgoing links.
    Outgoing(Out),
    /// Along the incoming links.
    Incoming(In),
}

impl<N, V, W, Out, In> Iterator for NeighborsDirected<Out, In>
where
    Out: Iterator<Item = (N, V)>,
    In: Iterator<Item = (N, W)>,
{
    type Item = N;

    #[inline]
    fn next(&mut self) -> Option<N> {
        match self {
            Self::Outgoing(links) => links.next().map(|(node, _)| node),
            Self::Incoming(links) => links.next().map(|(node, _)| node),
        }
    }
}

/// A node's outgoing edges (`IntoEdges`).
#[derive(Clone, Debug)]
pub struct Edges<N, L> {
    source: N,
    links: Enumerate<L>,
}

impl<N: Copy, W, L: Iterator<Item = (N, W)>> Iterator for Edges<N, L> {
    type Item = EdgeReference<N, W>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let (position, (target, weight)) = self.links.next()?;
        Some(EdgeReference {
            source: self.source,
            target,
            weight,
            position,
        })
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.links.size_hint()
    }
}

/// Every edge of the view, source by source (`IntoEdgeReferences`).
pub struct EdgeReferences<'v, 't, 'id, N, Out: NeighbourFn<'t, 'id, N>> {
    sources: slice::Iter<'v, N>,
    token: &'t GhostToken<'id>,
    outgoing: &'v Out,
    /// The edges of the source being walked.
    edges: Option<Edges<N, Out::Links>>,
}

impl<'t, 'id, N: Copy, Out: NeighbourFn<'t, 'id, N>> Iterator
    for EdgeReferences<'_, 't, 'id, N, Out>
{
    type Item = EdgeReference<N, Out::Weight>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(edge) = self.edges.as_mut().and_then(Iterator::next) {
                return Some(edge);
            }
            let &source = self.sources.next()?;
            self.edges = Some(Edges {
                source,
                links: self.outgoing.links(source, self.token).enumerate(),
            });
        }
    }
}

impl<'t, 'id, N: core::fmt::Debug, Out: NeighbourFn<'t, 'id, N>> core::fmt::Debug
    for EdgeReferences<'_, 't, 'id, N, Out>
{
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("EdgeReferences")
            .field("sources_left", &self.sources.len())
            .finish_non_exhaustive()
    }
}
