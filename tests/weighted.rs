//! Weighted links (`Vec<(Node, W)>`), directed with an inverse and undirected (`symmetric`),
//! checked after every operation against a model that is just the list of edges in the order
//! they were made, and by counting the weights alive: each directed edge keeps two copies (one
//! at each end), an undirected edge two (a loop one), and removal or unlinking drops them.
//!
//! The model states the promised order: an edge is added at the end of both ends' lists, and
//! `unlink_f`/`set_f_weight` act on the oldest edge between the two nodes.

use std::cell::Cell;
use std::rc::Rc;

use ghost_runtime::{Arena, GhostToken, ghost_graph, to_dot};
use proptest::prelude::*;

/// A weight that counts its live copies.
#[derive(Debug)]
struct Weight {
    value: u32,
    live: Rc<Cell<usize>>,
}

impl Weight {
    fn new(value: u32, live: &Rc<Cell<usize>>) -> Self {
        live.set(live.get() + 1);
        Self {
            value,
            live: Rc::clone(live),
        }
    }
}

impl Clone for Weight {
    fn clone(&self) -> Self {
        Self::new(self.value, &self.live)
    }
}

impl Drop for Weight {
    fn drop(&mut self) {
        self.live.set(self.live.get() - 1);
    }
}

#[ghost_graph]
struct Vertex {
    id: usize,
    #[link(inverse = pred)]
    succ: Vec<(Vertex, Weight)>,
    pred: Vec<(Vertex, Weight)>,
    #[link(symmetric)]
    roads: Vec<(Vertex, Weight)>,
    /// Unpaired: no other end to keep in step, so the weight need not be `Clone`.
    notes: Vec<(Vertex, String)>,
}

const NODES: usize = if cfg!(miri) { 3 } else { 6 };

#[derive(Clone, Debug)]
enum Op {
    LinkSucc(usize, usize, u32),
    LinkPred(usize, usize, u32),
    UnlinkSucc(usize, usize),
    UnlinkPred(usize, usize),
    SetSucc(usize, usize, u32),
    SetPred(usize, usize, u32),
    LinkRoad(usize, usize, u32),
    UnlinkRoad(usize, usize),
    SetRoad(usize, usize, u32),
    Remove(usize),
}

fn op() -> impl Strategy<Value = Op> {
    let n = || 0..NODES;
    let w = || 0..5_u32;
    prop_oneof![
        3 => (n(), n(), w()).prop_map(|(a, b, w)| Op::LinkSucc(a, b, w)),
        2 => (n(), n(), w()).prop_map(|(a, b, w)| Op::LinkPred(a, b, w)),
        2 => (n(), n()).prop_map(|(a, b)| Op::UnlinkSucc(a, b)),
        1 => (n(), n()).prop_map(|(a, b)| Op::UnlinkPred(a, b)),
        1 => (n(), n(), w()).prop_map(|(a, b, w)| Op::SetSucc(a, b, w)),
        1 => (n(), n(), w()).prop_map(|(a, b, w)| Op::SetPred(a, b, w)),
        3 => (n(), n(), w()).prop_map(|(a, b, w)| Op::LinkRoad(a, b, w)),
        2 => (n(), n()).prop_map(|(a, b)| Op::UnlinkRoad(a, b)),
        1 => (n(), n(), w()).prop_map(|(a, b, w)| Op::SetRoad(a, b, w)),
        1 => n().prop_map(Op::Remove),
    ]
}

/// The edges made and not undone, oldest first.
#[derive(Default)]
struct Model {
    /// `(from, to, weight)`.
    directed: Vec<(usize, usize, u32)>,
    /// `(a, b, weight)`, as linked from `a`.
    undirected: Vec<(usize, usize, u32)>,
    removed: Vec<bool>,
}

impl Model {
    fn succ(&self, a: usize) -> Vec<(usize, u32)> {
        let edges = self.directed.iter().filter(|e| e.0 == a);
        edges.map(|&(_, to, w)| (to, w)).collect()
    }

    fn pred(&self, b: usize) -> Vec<(usize, u32)> {
        let edges = self.directed.iter().filter(|e| e.1 == b);
        edges.map(|&(from, _, w)| (from, w)).collect()
    }

    fn roads(&self, a: usize) -> Vec<(usize, u32)> {
        let mut roads = Vec::new();
        for &(x, y, w) in &self.undirected {
            if x == a {
                roads.push((y, w));
            } else if y == a {
                roads.push((x, w));
            }
        }
        roads
    }

    /// Removes the oldest directed edge `from -> to`; its weight.
    fn unlink(&mut self, from: usize, to: usize) -> Option<u32> {
        let at = self
            .directed
            .iter()
            .position(|e| (e.0, e.1) == (from, to))?;
        Some(self.directed.remove(at).2)
    }

    fn set(&mut self, from: usize, to: usize, w: u32) -> Option<u32> {
        let edge = self
            .directed
            .iter_mut()
            .find(|e| (e.0, e.1) == (from, to))?;
        Some(std::mem::replace(&mut edge.2, w))
    }

    fn road(&self, a: usize, b: usize) -> Option<usize> {
        let joins = |e: &&(usize, usize, u32)| (e.0, e.1) == (a, b) || (e.0, e.1) == (b, a);
        self.undirected.iter().position(|e| joins(&e))
    }

    /// Weights alive: two per directed edge, two per undirected edge, one per loop.
    fn copies(&self) -> usize {
        let loops = self.undirected.iter().filter(|e| e.0 == e.1).count();
        2 * self.directed.len() + 2 * self.undirected.len() - loops
    }
}

fn ids<'arena, 'id>(
    edges: &[(VertexRef<'arena, 'id>, Weight)],
    token: &GhostToken<'id>,
) -> Vec<(usize, u32)> {
    edges
        .iter()
        .map(|(v, w)| (v.borrow(token).id, w.value))
        .collect()
}

fn run(ops: &[Op]) {
    let live = Rc::new(Cell::new(0));
    let w = |value| Weight::new(value, &live);
    {
        let mut arena = Arena::new_local();
        arena.scope_mut(|graph, token| {
            let v: Vec<_> = (0..NODES).map(|id| Vertex::new_in(graph, id)).collect();
            let mut model = Model {
                removed: vec![false; NODES],
                ..Model::default()
            };
            for op in ops {
                let gone = |a: &usize| model.removed[*a];
                match *op {
                    Op::LinkSucc(a, b, x) if !gone(&a) && !gone(&b) => {
                        v[a].link_succ(v[b], w(x), token);
                        model.directed.push((a, b, x));
                    }
                    Op::LinkPred(a, b, x) if !gone(&a) && !gone(&b) => {
                        v[a].link_pred(v[b], w(x), token);
                        model.directed.push((b, a, x));
                    }
                    Op::UnlinkSucc(a, b) if !gone(&a) && !gone(&b) => {
                        let got = v[a].unlink_succ(v[b], token).map(|w| w.value);
                        assert_eq!(got, model.unlink(a, b));
                    }
                    Op::UnlinkPred(a, b) if !gone(&a) && !gone(&b) => {
                        let got = v[a].unlink_pred(v[b], token).map(|w| w.value);
                        assert_eq!(got, model.unlink(b, a));
                    }
                    Op::SetSucc(a, b, x) if !gone(&a) && !gone(&b) => {
                        let weight = v[a].succ_weight(v[b], &*token).map(|w| w.value);
                        assert_eq!(weight, model.succ(a).iter().find(|e| e.0 == b).map(|e| e.1));
                        let got = v[a].set_succ_weight(v[b], w(x), token).map(|w| w.value);
                        assert_eq!(got, model.set(a, b, x));
                    }
                    Op::SetPred(a, b, x) if !gone(&a) && !gone(&b) => {
                        let got = v[a].set_pred_weight(v[b], w(x), token).map(|w| w.value);
                        assert_eq!(got, model.set(b, a, x));
                    }
                    Op::LinkRoad(a, b, x) if !gone(&a) && !gone(&b) => {
                        v[a].link_roads(v[b], w(x), token);
                        model.undirected.push((a, b, x));
                    }
                    Op::UnlinkRoad(a, b) if !gone(&a) && !gone(&b) => {
                        let got = v[a].unlink_roads(v[b], token).map(|w| w.value);
                        let expected = model.road(a, b).map(|at| model.undirected.remove(at).2);
                        assert_eq!(got, expected);
                    }
                    Op::SetRoad(a, b, x) if !gone(&a) && !gone(&b) => {
                        let got = v[a].set_roads_weight(v[b], w(x), token).map(|w| w.value);
                        let expected = model
                            .road(a, b)
                            .map(|at| std::mem::replace(&mut model.undirected[at].2, x));
                        assert_eq!(got, expected);
                    }
                    Op::Remove(a) if !gone(&a) => {
                        assert!(graph.remove(v[a], token));
                        model.removed[a] = true;
                        model.directed.retain(|e| e.0 != a && e.1 != a);
                        model.undirected.retain(|e| e.0 != a && e.1 != a);
                    }
                    _ => continue,
                }
                for (a, &vertex) in v.iter().enumerate() {
                    if model.removed[a] {
                        continue;
                    }
                    assert_eq!(ids(vertex.succ(token), token), model.succ(a), "succ of {a}");
                    assert_eq!(ids(vertex.pred(token), token), model.pred(a), "pred of {a}");
                    assert_eq!(
                        ids(vertex.roads(token), token),
                        model.roads(a),
                        "roads of {a}"
                    );
                }
                assert_eq!(live.get(), model.copies(), "weights alive after {op:?}");
            }
        });
    }
    assert_eq!(live.get(), 0, "every weight is dropped with the arena");
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: if cfg!(miri) { 4 } else { 256 },
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn weighted_links_match_the_edge_list(ops in prop::collection::vec(op(), 0..if cfg!(miri) { 16 } else { 60 })) {
        run(&ops);
    }
}

#[test]
fn parallel_edges_keep_their_own_weights() {
    let live = Rc::new(Cell::new(0));
    let mut arena = Arena::new_local();
    arena.scope_mut(|graph, token| {
        let [a, b] = [0, 1].map(|id| Vertex::new_in(graph, id));
        a.link_succ(b, Weight::new(7, &live), token);
        a.link_succ(b, Weight::new(9, &live), token);
        assert_eq!(ids(b.pred(token), token), [(0, 7), (0, 9)]);
        // The oldest edge goes first, at both ends.
        assert_eq!(b.unlink_pred(a, token).map(|w| w.value), Some(7));
        assert_eq!(ids(a.succ(token), token), [(1, 9)]);
        assert_eq!(a.unlink_succ(b, token).map(|w| w.value), Some(9));
        assert_eq!(a.unlink_succ(b, token).map(|w| w.value), None);
        assert_eq!(
            a.set_succ_weight(b, Weight::new(1, &live), token)
                .map(|w| w.value),
            None
        );
    });
    drop(arena);
    assert_eq!(live.get(), 0);
}

#[test]
fn an_unpaired_weighted_link_touches_one_end() {
    let mut arena = Arena::new_local();
    arena.scope_mut(|graph, token| {
        let [a, b] = [0, 1].map(|id| Vertex::new_in(graph, id));
        a.link_notes(b, "first".to_owned(), token);
        a.link_notes(b, "second".to_owned(), token);
        assert!(b.notes(token).is_empty());
        assert_eq!(a.notes_weight(b, token).map(String::as_str), Some("first"));
        let old = a.set_notes_weight(b, "renamed".to_owned(), token);
        assert_eq!(old.as_deref(), Some("first"));
        assert_eq!(a.unlink_notes(b, token).as_deref(), Some("renamed"));
        assert_eq!(a.notes(token)[0].1, "second");
        // Removing the target leaves the unpaired entry, as for plain unpaired links; removing
        // the source empties it.
        assert!(graph.remove(a, token));
        assert!(a.notes(token).is_empty());
    });
}

#[test]
fn a_loop_is_one_undirected_edge() {
    let live = Rc::new(Cell::new(0));
    let mut arena = Arena::new_local();
    arena.scope_mut(|graph, token| {
        let a = Vertex::new_in(graph, 0);
        a.link_roads(a, Weight::new(3, &live), token);
        assert_eq!(ids(a.roads(token), token), [(0, 3)]);
        assert_eq!(live.get(), 1);
        assert_eq!(
            a.set_roads_weight(a, Weight::new(4, &live), token)
                .map(|w| w.value),
            Some(3)
        );
        assert_eq!(a.roads_weight(a, token).map(|w| w.value), Some(4));
        assert_eq!(a.unlink_roads(a, token).map(|w| w.value), Some(4));
        assert!(a.roads(token).is_empty());
    });
    drop(arena);
    assert_eq!(live.get(), 0);
}

#[test]
fn dot_labels_weighted_edges() {
    #[ghost_graph]
    struct Town {
        name: &'static str,
        #[link(inverse = roads_in)]
        roads_out: Vec<(Town, u32)>,
        roads_in: Vec<(Town, u32)>,
    }

    let dot = ghost_runtime::scope(|graph, token| {
        let [a, b] = ["a", "b"].map(|name| Town::new_in(graph, name));
        a.link_roads_out(b, 12, token);
        b.link_roads_out(a, 3, token);
        to_dot([a], token, TownRef::roads_out, |town, token| {
            town.borrow(token).name.to_owned()
        })
    });
    assert_eq!(
        dot,
        "digraph {\n    n0 [label=\"a\"];\n    n1 [label=\"b\"];\n    n0 -> n1 [label=\"12\"];\n    n1 -> n0 [label=\"3\"];\n}\n"
    );
}

#[test]
fn traversals_follow_weighted_links() {
    #[ghost_graph]
    struct Stop {
        id: u32,
        #[link(symmetric)]
        lines: Vec<(Stop, &'static str)>,
    }

    let (bfs_order, dfs_order) = ghost_runtime::scope(|graph, token| {
        let s: Vec<_> = (0..4).map(|id| Stop::new_in(graph, id)).collect();
        s[0].link_lines(s[1], "red", token);
        s[0].link_lines(s[2], "blue", token);
        s[2].link_lines(s[3], "blue", token);
        let token = &*token;
        (
            ghost_runtime::bfs([s[3]], token, StopRef::lines)
                .map(|(stop, depth)| (stop.borrow(token).id, depth))
                .collect::<Vec<_>>(),
            ghost_runtime::dfs([s[1]], token, StopRef::lines)
                .map(|stop| stop.borrow(token).id)
                .collect::<Vec<_>>(),
        )
    });
    assert_eq!(bfs_order, [(3, 0), (2, 1), (0, 2), (1, 3)]);
    assert_eq!(dfs_order, [1, 0, 2, 3]);
}

#[test]
fn a_node_generic_over_its_weight_needs_no_clone_bound_on_the_struct() {
    /// `W` has no bound: the paired helpers exist where `W: Clone`.
    #[ghost_graph]
    struct Hop<W> {
        #[link(symmetric)]
        hops: Vec<(Hop<W>, W)>,
    }

    struct NotClone;

    ghost_runtime::scope(|graph, token| {
        let [a, b] = [(), ()].map(|()| Hop::<u32>::new_in(graph));
        a.link_hops(b, 5, token);
        assert_eq!(b.hops(token), [(a, 5)]);
        // Without `Clone`, the node still builds, reads and unlinks.
        let lone = Hop::<NotClone>::new_in(graph);
        assert!(lone.unlink_hops(lone, token).is_none());
        assert!(lone.hops(token).is_empty());
    });
}

/// A weight whose destructor or `Clone` panics when told to (the flags are not copied by
/// `Clone`, so exactly one copy misbehaves).
struct Fragile {
    value: u32,
    panic_on_drop: bool,
    panic_on_clone: bool,
    live: Rc<Cell<usize>>,
}

impl Fragile {
    fn new(value: u32, live: &Rc<Cell<usize>>) -> Self {
        live.set(live.get() + 1);
        Self {
            value,
            panic_on_drop: false,
            panic_on_clone: false,
            live: Rc::clone(live),
        }
    }
}

impl Clone for Fragile {
    fn clone(&self) -> Self {
        assert!(!self.panic_on_clone, "clone panics");
        Self::new(self.value, &self.live)
    }
}

impl Drop for Fragile {
    fn drop(&mut self) {
        self.live.set(self.live.get() - 1);
        if self.panic_on_drop {
            panic!("drop panics");
        }
    }
}

#[ghost_graph]
struct Junction {
    id: u32,
    #[link(inverse = pred)]
    succ: Vec<(Junction, Fragile)>,
    pred: Vec<(Junction, Fragile)>,
    #[link(symmetric)]
    roads: Vec<(Junction, Fragile)>,
}

fn panics(f: impl FnOnce()) -> bool {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).is_err()
}

#[test]
fn a_panicking_weight_leaves_every_link_consistent() {
    let live = Rc::new(Cell::new(0));
    let mut arena = Arena::new_local();
    arena.scope_mut(|graph, token| {
        let [a, b, c] = [0, 1, 2].map(|id| Junction::new_in(graph, id));
        let fragile = |value, live: &Rc<Cell<usize>>| Fragile::new(value, live);

        // `Clone` panics while linking: nothing is linked, at either end.
        let mut weight = fragile(1, &live);
        weight.panic_on_clone = true;
        assert!(panics(|| a.link_succ(b, weight, token)));
        assert!(panics(|| {
            let mut weight = fragile(2, &live);
            weight.panic_on_clone = true;
            a.link_roads(c, weight, token);
        }));
        assert!(a.succ(token).is_empty() && b.pred(token).is_empty());
        assert!(a.roads(token).is_empty() && c.roads(token).is_empty());
        assert_eq!(live.get(), 0);

        // `Clone` panics while setting: the old weight stays at both ends.
        a.link_succ(b, fragile(3, &live), token);
        assert!(panics(|| {
            let mut weight = fragile(4, &live);
            weight.panic_on_clone = true;
            a.set_succ_weight(b, weight, token);
        }));
        assert_eq!(a.succ_weight(b, token).map(|w| w.value), Some(3));
        assert_eq!(b.pred_weight(a, token).map(|w| w.value), Some(3));
        assert_eq!(live.get(), 2);

        // The far copy's destructor panics while unlinking: both ends are already unlinked.
        b.borrow_mut(token).pred[0].1.panic_on_drop = true;
        assert!(panics(|| {
            a.unlink_succ(b, token);
        }));
        assert!(a.succ(token).is_empty() && b.pred(token).is_empty());
        assert_eq!(live.get(), 0);

        // A destructor panics while removing: every field of the node is detached first, the
        // other weights still drop, and the node stays, unlinked, until removed again.
        a.link_succ(b, fragile(5, &live), token);
        c.link_succ(a, fragile(6, &live), token);
        a.link_roads(c, fragile(7, &live), token);
        a.link_roads(b, fragile(8, &live), token);
        a.borrow_mut(token).succ[0].1.panic_on_drop = true;
        assert!(panics(|| {
            graph.remove(a, token);
        }));
        assert!(b.pred(token).is_empty() && c.succ(token).is_empty());
        assert!(b.roads(token).is_empty() && c.roads(token).is_empty());
        let a_fields = a.borrow(token);
        assert!(a_fields.succ.is_empty() && a_fields.pred.is_empty() && a_fields.roads.is_empty());
        assert_eq!(live.get(), 0, "every other weight dropped");
        assert_eq!(a.borrow(token).id, 0, "still live");
        assert!(graph.remove(a, token), "and removable");
        assert!(!graph.remove(a, token));
    });
    drop(arena);
    assert_eq!(live.get(), 0);
}
