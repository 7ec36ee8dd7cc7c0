//! The three many-link shapes (a tree of `Vec` children with `Option` parents, a directed
//! multigraph with predecessor lists, an undirected multigraph with symmetric links), each
//! checked against a model of plain indices after every operation, plus unit tests for the
//! semantics each helper promises, among them the checked tree move (`try_link_parent`,
//! `is_parent_ancestor_of`), also against the model, on trees that unchecked moves may have
//! cut into cycles.
//!
//! The models keep link order exactly as the runtime does: links are appended, and an unlink
//! removes the first occurrence (`remove_one`), keeping the order of the rest.

use std::collections::BTreeMap;

use ghost_runtime::{GhostToken, LinkError, ghost_graph, scope};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

/// A tree node: `children` and `parent` are each other's inverse.
#[ghost_graph]
#[derive(Debug)]
struct Dir {
    id: usize,
    #[link(inverse = parent)]
    children: Vec<Dir>,
    parent: Option<Dir>,
}

/// Directed edges with predecessor lists, and, independently, undirected edges.
#[ghost_graph]
#[derive(Debug)]
struct Vertex {
    id: usize,
    #[link(inverse = pred)]
    succ: Vec<Vertex>,
    pred: Vec<Vertex>,
    #[link(symmetric)]
    neighbors: Vec<Vertex>,
}

/// Nodes per run, all allocated up front in one scope.
const NODES: usize = if cfg!(miri) { 4 } else { 7 };
const MAX_OPS: usize = if cfg!(miri) { 16 } else { 60 };

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: if cfg!(miri) { 4 } else { 256 },
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn node() -> impl Strategy<Value = usize> {
    0..NODES
}

/// What `remove_one` does, on indices: removes the first `item`; `false` if absent.
fn remove_first(list: &mut Vec<usize>, item: usize) -> bool {
    match list.iter().position(|&x| x == item) {
        Some(index) => {
            list.remove(index);
            true
        }
        None => false,
    }
}

fn dir_ids<'arena, 'id>(links: &[DirRef<'arena, 'id>], token: &GhostToken<'id>) -> Vec<usize> {
    links.iter().map(|n| n.borrow(token).id).collect()
}

fn vertex_ids<'arena, 'id>(
    links: &[VertexRef<'arena, 'id>],
    token: &GhostToken<'id>,
) -> Vec<usize> {
    links.iter().map(|n| n.borrow(token).id).collect()
}

/// The node at `index % len` in `list` (a link that exists), else `index % NODES`.
fn pick(list: &[usize], index: usize) -> usize {
    if list.is_empty() {
        index % NODES
    } else {
        list[index % list.len()]
    }
}

fn count(list: &[usize], item: usize) -> usize {
    list.iter().filter(|&&x| x == item).count()
}

// ---------------------------------------------------------------------------------------------
// Tree: `children: Vec<Dir>` paired with `parent: Option<Dir>`.

#[derive(Clone, Debug)]
enum TreeOp {
    /// `parent.link_children(child)`.
    LinkChildren { parent: usize, child: usize },
    /// `child.link_parent(parent)`.
    LinkParent { child: usize, parent: usize },
    /// `parent.unlink_children(child)`, for any pair: mostly not a link.
    UnlinkChildren { parent: usize, child: usize },
    /// `parent.unlink_children(c)` for its child `c` at `index % len` (a link that exists);
    /// for a childless parent, `parent.unlink_children(index % NODES)`.
    UnlinkNthChild { parent: usize, index: usize },
    /// `child.unlink_parent()`.
    UnlinkParent { child: usize },
    /// `child.try_link_parent(parent)`: refused under `child` itself or its descendants, and
    /// on a chain of parents an unchecked `LinkParent` left looping.
    TryLinkParent { child: usize, parent: usize },
}

fn tree_op() -> impl Strategy<Value = TreeOp> {
    prop_oneof![
        4 => (node(), node()).prop_map(|(parent, child)| TreeOp::LinkChildren { parent, child }),
        4 => (node(), node()).prop_map(|(child, parent)| TreeOp::LinkParent { child, parent }),
        1 => (node(), node()).prop_map(|(parent, child)| TreeOp::UnlinkChildren { parent, child }),
        2 => (node(), any::<usize>()).prop_map(|(parent, index)| TreeOp::UnlinkNthChild { parent, index }),
        2 => node().prop_map(|child| TreeOp::UnlinkParent { child }),
        4 => (node(), node()).prop_map(|(child, parent)| TreeOp::TryLinkParent { child, parent }),
    ]
}

/// The tree as indices. Cycles (a node its own ancestor) are allowed, as in the runtime.
struct TreeModel {
    parent: Vec<Option<usize>>,
    children: Vec<Vec<usize>>,
}

impl TreeModel {
    fn new() -> Self {
        Self {
            parent: vec![None; NODES],
            children: vec![Vec::new(); NODES],
        }
    }

    /// Re-parenting detaches from the old parent; the same parent again changes nothing.
    fn link(&mut self, parent: usize, child: usize) {
        if self.parent[child] == Some(parent) {
            return;
        }
        if let Some(old) = self.parent[child] {
            assert!(remove_first(&mut self.children[old], child));
        }
        self.parent[child] = Some(parent);
        self.children[parent].push(child);
    }

    fn unlink_child(&mut self, parent: usize, child: usize) -> bool {
        if self.parent[child] != Some(parent) {
            return false;
        }
        self.parent[child] = None;
        assert!(remove_first(&mut self.children[parent], child));
        true
    }

    fn unlink_parent(&mut self, child: usize) -> Option<usize> {
        let parent = self.parent[child].take()?;
        assert!(remove_first(&mut self.children[parent], child));
        Some(parent)
    }

    /// The ancestors walk from `start` (included), at most `limit` steps: it loops on a cycle.
    fn ancestors(&self, start: usize, limit: usize) -> Vec<usize> {
        std::iter::successors(Some(start), |&n| self.parent[n])
            .take(limit)
            .collect()
    }

    /// `try_link_parent`: walks up from `parent` (NODES + 1 steps see every node of a loop)
    /// and links only if it reaches a root without meeting `child`.
    fn try_link(&mut self, parent: usize, child: usize) -> Result<(), LinkError> {
        let walk = self.ancestors(parent, NODES + 1);
        if let Some(depth) = walk.iter().position(|&n| n == child) {
            return Err(match depth {
                0 => LinkError::ParentIsSelf,
                depth => LinkError::ParentIsDescendant { depth },
            });
        }
        if walk.len() > NODES {
            return Err(LinkError::ParentChainLoops);
        }
        self.link(parent, child);
        Ok(())
    }

    /// `ancestor.is_parent_ancestor_of(node)`: on the walk up from `node`, `node` excluded.
    fn is_ancestor(&self, ancestor: usize, node: usize) -> bool {
        self.ancestors(node, NODES + 2)[1..].contains(&ancestor)
    }
}

fn check_tree<'arena, 'id>(
    nodes: &[DirRef<'arena, 'id>],
    model: &TreeModel,
    token: &GhostToken<'id>,
) -> Result<(), TestCaseError> {
    let id = |n: DirRef<'arena, 'id>| n.borrow(token).id;
    for (i, &node) in nodes.iter().enumerate() {
        prop_assert_eq!(
            node.parent(token).map(id),
            model.parent[i],
            "parent of {}",
            i
        );
        prop_assert_eq!(
            dir_ids(node.children(token), token),
            model.children[i].clone(),
            "children of {}",
            i
        );
        // Bounded: with a cycle among the parents the walk never ends.
        let limit = NODES + 2;
        let walk: Vec<usize> = node.iter_parent(token).take(limit).map(id).collect();
        prop_assert_eq!(walk, model.ancestors(i, limit), "iter_parent from {}", i);
        for (a, &ancestor) in nodes.iter().enumerate() {
            prop_assert_eq!(
                ancestor.is_parent_ancestor_of(node, token),
                model.is_ancestor(a, i),
                "{} above {}",
                a,
                i
            );
        }
    }
    // Inverses agree, independently of the model.
    for &node in nodes {
        for &child in node.children(token) {
            prop_assert_eq!(
                child.parent(token),
                Some(node),
                "child {} of {}",
                id(child),
                id(node)
            );
        }
    }
    for &child in nodes {
        let listings: usize = nodes
            .iter()
            .map(|&n| n.children(token).iter().filter(|&&c| c == child).count())
            .sum();
        let expected = usize::from(child.parent(token).is_some());
        prop_assert_eq!(
            listings,
            expected,
            "{} listed as a child {} times",
            id(child),
            listings
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn tree_matches_parent_model(ops in prop::collection::vec(tree_op(), 0..=MAX_OPS)) {
        scope(|graph, token| -> Result<(), TestCaseError> {
            let nodes: Vec<_> = (0..NODES).map(|id| Dir::new_in(graph, id)).collect();
            let mut model = TreeModel::new();
            for op in ops {
                match op {
                    TreeOp::LinkChildren { parent, child } => {
                        nodes[parent].link_children(nodes[child], token);
                        model.link(parent, child);
                    }
                    TreeOp::LinkParent { child, parent } => {
                        nodes[child].link_parent(nodes[parent], token);
                        model.link(parent, child);
                    }
                    TreeOp::UnlinkChildren { parent, child } => {
                        let removed = nodes[parent].unlink_children(nodes[child], token);
                        prop_assert_eq!(removed, model.unlink_child(parent, child));
                    }
                    TreeOp::UnlinkNthChild { parent, index } => {
                        let child = pick(&model.children[parent], index);
                        let removed = nodes[parent].unlink_children(nodes[child], token);
                        prop_assert_eq!(removed, model.unlink_child(parent, child));
                    }
                    TreeOp::UnlinkParent { child } => {
                        let former = nodes[child].unlink_parent(token).map(|p| p.borrow(token).id);
                        prop_assert_eq!(former, model.unlink_parent(child));
                    }
                    TreeOp::TryLinkParent { child, parent } => {
                        let moved = nodes[child].try_link_parent(nodes[parent], token);
                        prop_assert_eq!(moved, model.try_link(parent, child));
                    }
                }
                check_tree(&nodes, &model, token)?;
            }
            Ok(())
        })?;
    }
}

#[test]
fn reparenting_detaches_from_the_old_parent() {
    scope(|graph, token| {
        let [a, b, c, x] = [0, 1, 2, 3].map(|id| Dir::new_in(graph, id));
        a.link_children(x, token);
        a.link_children(c, token);
        b.link_children(x, token); // from the children side
        assert_eq!(a.children(token), [c]);
        assert_eq!(b.children(token), [x]);
        assert_eq!(x.parent(token), Some(b));
        x.link_parent(a, token); // from the parent side: back again, appended
        assert_eq!(a.children(token), [c, x]);
        assert!(b.children(token).is_empty());
        assert_eq!(x.parent(token), Some(a));
    });
}

#[test]
fn linking_to_the_same_parent_twice_changes_nothing() {
    scope(|graph, token| {
        let [p, a, b] = [0, 1, 2].map(|id| Dir::new_in(graph, id));
        p.link_children(a, token);
        p.link_children(b, token);
        p.link_children(a, token);
        a.link_parent(p, token);
        // Not duplicated, and not moved to the end either.
        assert_eq!(p.children(token), [a, b]);
        assert_eq!(a.parent(token), Some(p));
    });
}

#[test]
fn option_side_and_vec_side_build_the_same_tree() {
    /// (parent, child) links, including a re-parenting and a repeat.
    const LINKS: [(usize, usize); 6] = [(0, 1), (0, 2), (1, 3), (2, 3), (0, 4), (1, 4)];
    let build = |from_parent_side: bool| {
        scope(|graph, token| {
            let nodes: Vec<_> = (0..5).map(|id| Dir::new_in(graph, id)).collect();
            for (p, c) in LINKS {
                if from_parent_side {
                    nodes[p].link_children(nodes[c], token);
                } else {
                    nodes[c].link_parent(nodes[p], token);
                }
            }
            let parents: Vec<_> = nodes
                .iter()
                .map(|n| n.parent(token).map(|p| p.borrow(token).id))
                .collect();
            let children: Vec<_> = nodes
                .iter()
                .map(|n| dir_ids(n.children(token), token))
                .collect();
            (parents, children)
        })
    };
    let (parents, children) = build(true);
    assert_eq!(parents, [None, Some(0), Some(0), Some(2), Some(1)]);
    assert_eq!(children, [vec![1, 2], vec![4], vec![3], vec![], vec![]]);
    assert_eq!(build(false), (parents, children));
}

#[test]
fn unlinking_a_missing_tree_link_changes_nothing() {
    scope(|graph, token| {
        let [p, q, c] = [0, 1, 2].map(|id| Dir::new_in(graph, id));
        assert_eq!(c.unlink_parent(token), None);
        assert!(!p.unlink_children(c, token));
        q.link_children(c, token);
        assert!(!p.unlink_children(c, token), "c is q's child, not p's");
        assert!(!c.unlink_children(q, token), "the link goes the other way");
        assert_eq!(q.children(token), [c]);
        assert_eq!(c.parent(token), Some(q));
        assert!(p.children(token).is_empty() && c.children(token).is_empty());
    });
}

#[test]
fn unlinking_a_tree_link_clears_both_sides() {
    scope(|graph, token| {
        let [p, a, b] = [0, 1, 2].map(|id| Dir::new_in(graph, id));
        p.link_children(a, token);
        p.link_children(b, token);
        assert!(p.unlink_children(a, token));
        assert_eq!(a.parent(token), None);
        assert_eq!(p.children(token), [b]);
        assert_eq!(b.unlink_parent(token), Some(p));
        assert_eq!(b.parent(token), None);
        assert!(p.children(token).is_empty());
        assert!(!p.unlink_children(a, token), "already gone");
    });
}

#[test]
fn cycles_of_parents_are_allowed_and_walked_with_a_bound() {
    scope(|graph, token| {
        let [a, b] = [0, 1].map(|id| Dir::new_in(graph, id));
        a.link_parent(b, token);
        b.link_parent(a, token);
        let walk: Vec<usize> = a
            .iter_parent(token)
            .take(5)
            .map(|n| n.borrow(token).id)
            .collect();
        assert_eq!(walk, [0, 1, 0, 1, 0]);
        // Its own parent: a leaves b's children and joins its own (after b).
        a.link_parent(a, token);
        assert_eq!(a.children(token), [b, a]);
        assert_eq!(a.parent(token), Some(a));
        assert!(b.children(token).is_empty(), "a left b");
        assert_eq!(a.unlink_parent(token), Some(a));
        assert_eq!(a.children(token), [b]);
        assert_eq!(a.parent(token), None);
    });
}

/// `root <- 1 <- 2 <- 3`, linked unchecked.
fn chain<'arena, 'id>(
    graph: &ghost_runtime::LocalGraph<'arena, 'id>,
    token: &mut GhostToken<'id>,
) -> [DirRef<'arena, 'id>; 4] {
    let nodes = [0, 1, 2, 3].map(|id| Dir::new_in(graph, id));
    for pair in nodes.windows(2) {
        pair[1].link_parent(pair[0], token);
    }
    nodes
}

fn walk_up<'arena, 'id>(node: DirRef<'arena, 'id>, token: &GhostToken<'id>) -> Vec<usize> {
    node.iter_parent(token)
        .take(NODES)
        .map(|n| n.borrow(token).id)
        .collect()
}

#[test]
fn a_checked_move_under_a_descendant_or_itself_is_refused_and_changes_nothing() {
    scope(|graph, token| {
        let [root, a, b, c] = chain(graph, token);
        let descendant = |depth| Err(LinkError::ParentIsDescendant { depth });
        assert_eq!(a.try_link_parent(c, token), descendant(2));
        assert_eq!(a.try_link_parent(b, token), descendant(1));
        assert_eq!(root.try_link_parent(c, token), descendant(3));
        assert_eq!(a.try_link_parent(a, token), Err(LinkError::ParentIsSelf));
        assert_eq!(walk_up(c, token), [3, 2, 1, 0], "intact");
        assert_eq!(dir_ids(root.children(token), token), [1]);
        assert_eq!(dir_ids(a.children(token), token), [2]);
        assert!(c.children(token).is_empty());

        assert!(root.is_parent_ancestor_of(c, token));
        assert!(!c.is_parent_ancestor_of(a, token));
        assert!(!a.is_parent_ancestor_of(a, token));
        let message = a.try_link_parent(c, token).unwrap_err().to_string();
        assert!(message.contains("descendant"), "{message}");
    });
}

#[test]
fn a_legal_checked_move_relinks_both_sides() {
    scope(|graph, token| {
        let [root, a, b, c] = chain(graph, token);
        assert_eq!(
            b.try_link_parent(root, token),
            Ok(()),
            "`b` moves up with `c`"
        );
        assert_eq!(dir_ids(root.children(token), token), [1, 2]);
        assert!(a.children(token).is_empty());
        assert_eq!(a.try_link_parent(c, token), Ok(()), "no longer above `c`");
        assert_eq!(walk_up(a, token), [1, 3, 2, 0]);
        assert_eq!(dir_ids(root.children(token), token), [2]);
        assert_eq!(a.try_link_parent(c, token), Ok(()), "the same parent again");
        assert_eq!(dir_ids(c.children(token), token), [1]);
    });
}

#[test]
fn a_checked_move_ends_on_a_cycle_an_unchecked_link_made() {
    scope(|graph, token| {
        let [root, a, b, c] = chain(graph, token);
        c.unlink_parent(token);
        a.link_parent(b, token); // unchecked: `a` and `b` loop, cut off from `root`
        assert_eq!(b.parent(token), Some(a));
        assert!(root.children(token).is_empty());

        assert_eq!(
            c.try_link_parent(b, token),
            Err(LinkError::ParentChainLoops)
        );
        let below = Err(LinkError::ParentIsDescendant { depth: 1 });
        assert_eq!(a.try_link_parent(b, token), below);
        assert!(!root.is_parent_ancestor_of(b, token));
        assert!(
            a.is_parent_ancestor_of(a, token),
            "on the loop, `a` is above itself"
        );
        assert_eq!(
            a.try_link_parent(root, token),
            Ok(()),
            "repaired from outside"
        );
        assert_eq!(walk_up(b, token), [2, 1, 0]);
    });
}

// ---------------------------------------------------------------------------------------------
// Directed multigraph: `succ: Vec<Vertex>` paired with `pred: Vec<Vertex>`.

#[derive(Clone, Debug)]
enum DirectedOp {
    /// `a.link_succ(b)`: edge a -> b.
    LinkSucc(usize, usize),
    /// `a.link_pred(b)`: edge b -> a.
    LinkPred(usize, usize),
    /// `a.unlink_succ(b)`, for any pair.
    UnlinkSucc(usize, usize),
    /// `a.unlink_pred(b)`, for any pair.
    UnlinkPred(usize, usize),
    /// `a.unlink_succ(s)` for `s` at `index % len` in `a.succ` (else any node).
    UnlinkNthSucc(usize, usize),
    /// `a.unlink_pred(p)` for `p` at `index % len` in `a.pred` (else any node).
    UnlinkNthPred(usize, usize),
}

fn directed_op() -> impl Strategy<Value = DirectedOp> {
    prop_oneof![
        3 => (node(), node()).prop_map(|(a, b)| DirectedOp::LinkSucc(a, b)),
        3 => (node(), node()).prop_map(|(a, b)| DirectedOp::LinkPred(a, b)),
        1 => (node(), node()).prop_map(|(a, b)| DirectedOp::UnlinkSucc(a, b)),
        1 => (node(), node()).prop_map(|(a, b)| DirectedOp::UnlinkPred(a, b)),
        2 => (node(), any::<usize>()).prop_map(|(a, i)| DirectedOp::UnlinkNthSucc(a, i)),
        2 => (node(), any::<usize>()).prop_map(|(a, i)| DirectedOp::UnlinkNthPred(a, i)),
    ]
}

/// Successor and predecessor lists as indices, in the order the runtime keeps them.
struct DirectedModel {
    succ: Vec<Vec<usize>>,
    pred: Vec<Vec<usize>>,
}

impl DirectedModel {
    fn new() -> Self {
        Self {
            succ: vec![Vec::new(); NODES],
            pred: vec![Vec::new(); NODES],
        }
    }

    fn link(&mut self, from: usize, to: usize) {
        self.succ[from].push(to);
        self.pred[to].push(from);
    }

    /// Removes the first `to` from `from`'s successors and the first `from` from `to`'s
    /// predecessors, whichever end the unlink was called on.
    fn unlink(&mut self, from: usize, to: usize) -> bool {
        let in_succ = remove_first(&mut self.succ[from], to);
        let in_pred = remove_first(&mut self.pred[to], from);
        assert_eq!(in_succ, in_pred, "the model keeps both ends in step");
        in_succ
    }
}

fn check_directed<'arena, 'id>(
    nodes: &[VertexRef<'arena, 'id>],
    model: &DirectedModel,
    token: &GhostToken<'id>,
) -> Result<(), TestCaseError> {
    let lists: Vec<(Vec<usize>, Vec<usize>)> = nodes
        .iter()
        .map(|n| {
            (
                vertex_ids(n.succ(token), token),
                vertex_ids(n.pred(token), token),
            )
        })
        .collect();
    for (i, (succ, pred)) in lists.iter().enumerate() {
        prop_assert_eq!(succ, &model.succ[i], "succ of {}", i);
        prop_assert_eq!(pred, &model.pred[i], "pred of {}", i);
        prop_assert!(
            nodes[i].neighbors(token).is_empty(),
            "neighbors of {} touched",
            i
        );
    }
    // Every edge is recorded at both ends, as often at each, independently of the model.
    for a in 0..NODES {
        for b in 0..NODES {
            prop_assert_eq!(
                count(&lists[a].0, b),
                count(&lists[b].1, a),
                "edges {} -> {}: succ and pred disagree",
                a,
                b
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn directed_matches_edge_list_model(ops in prop::collection::vec(directed_op(), 0..=MAX_OPS)) {
        scope(|graph, token| -> Result<(), TestCaseError> {
            let nodes: Vec<_> = (0..NODES).map(|id| Vertex::new_in(graph, id)).collect();
            let mut model = DirectedModel::new();
            for op in ops {
                match op {
                    DirectedOp::LinkSucc(a, b) => {
                        nodes[a].link_succ(nodes[b], token);
                        model.link(a, b);
                    }
                    DirectedOp::LinkPred(a, b) => {
                        nodes[a].link_pred(nodes[b], token);
                        model.link(b, a);
                    }
                    DirectedOp::UnlinkSucc(a, b) => {
                        let removed = nodes[a].unlink_succ(nodes[b], token);
                        prop_assert_eq!(removed, model.unlink(a, b));
                    }
                    DirectedOp::UnlinkPred(a, b) => {
                        let removed = nodes[a].unlink_pred(nodes[b], token);
                        prop_assert_eq!(removed, model.unlink(b, a));
                    }
                    DirectedOp::UnlinkNthSucc(a, index) => {
                        let b = pick(&model.succ[a], index);
                        let removed = nodes[a].unlink_succ(nodes[b], token);
                        prop_assert_eq!(removed, model.unlink(a, b));
                    }
                    DirectedOp::UnlinkNthPred(a, index) => {
                        let b = pick(&model.pred[a], index);
                        let removed = nodes[a].unlink_pred(nodes[b], token);
                        prop_assert_eq!(removed, model.unlink(b, a));
                    }
                }
                check_directed(&nodes, &model, token)?;
            }
            Ok(())
        })?;
    }
}

#[test]
fn parallel_edges_are_kept_and_removed_one_at_a_time() {
    scope(|graph, token| {
        let [a, b, c] = [0, 1, 2].map(|id| Vertex::new_in(graph, id));
        a.link_succ(b, token);
        a.link_succ(c, token);
        a.link_succ(b, token);
        c.link_succ(b, token);
        assert_eq!(a.succ(token), [b, c, b]);
        assert_eq!(b.pred(token), [a, a, c]);
        // The first occurrence goes, the rest keep their order.
        assert!(a.unlink_succ(b, token));
        assert_eq!(a.succ(token), [c, b]);
        assert_eq!(b.pred(token), [a, c]);
        assert!(b.unlink_pred(a, token), "the same edge, from its head");
        assert_eq!(a.succ(token), [c]);
        assert_eq!(b.pred(token), [c]);
    });
}

#[test]
fn linking_pred_is_linking_succ_the_other_way() {
    scope(|graph, token| {
        let [a, b, c, d] = [0, 1, 2, 3].map(|id| Vertex::new_in(graph, id));
        a.link_succ(b, token);
        d.link_pred(c, token);
        assert_eq!((a.succ(token), b.pred(token)), (&[b][..], &[a][..]));
        assert_eq!((c.succ(token), d.pred(token)), (&[d][..], &[c][..]));
        assert!(a.pred(token).is_empty() && b.succ(token).is_empty());
        assert!(c.pred(token).is_empty() && d.succ(token).is_empty());
    });
}

#[test]
fn unlinking_a_missing_edge_changes_nothing() {
    scope(|graph, token| {
        let [a, b, c] = [0, 1, 2].map(|id| Vertex::new_in(graph, id));
        assert!(!a.unlink_succ(b, token));
        a.link_succ(b, token);
        assert!(!b.unlink_succ(a, token), "edges are directed");
        assert!(!a.unlink_pred(b, token), "edges are directed");
        assert!(!a.unlink_succ(c, token));
        assert!(!c.unlink_pred(a, token));
        assert!(
            !a.unlink_neighbors(b, token),
            "a directed edge is not an undirected one"
        );
        assert_eq!((a.succ(token), b.pred(token)), (&[b][..], &[a][..]));
        assert!(a.pred(token).is_empty() && b.succ(token).is_empty());
        assert!(c.succ(token).is_empty() && c.pred(token).is_empty());
    });
}

#[test]
fn directed_loop_is_recorded_in_succ_and_pred() {
    scope(|graph, token| {
        let a = Vertex::new_in(graph, 0);
        a.link_succ(a, token);
        assert_eq!((a.succ(token), a.pred(token)), (&[a][..], &[a][..]));
        assert!(a.unlink_pred(a, token));
        assert!(a.succ(token).is_empty() && a.pred(token).is_empty());
    });
}

// ---------------------------------------------------------------------------------------------
// Undirected multigraph: `#[link(symmetric)] neighbors: Vec<Vertex>`.

#[derive(Clone, Debug)]
enum UndirectedOp {
    /// `a.link_neighbors(b)`, loops included.
    Link(usize, usize),
    /// `a.unlink_neighbors(b)`, for any pair.
    Unlink(usize, usize),
    /// `a.unlink_neighbors(n)` for `n` at `index % len` in `a.neighbors` (else any node).
    UnlinkNth(usize, usize),
}

fn undirected_op() -> impl Strategy<Value = UndirectedOp> {
    prop_oneof![
        5 => (node(), node()).prop_map(|(a, b)| UndirectedOp::Link(a, b)),
        1 => node().prop_map(|a| UndirectedOp::Link(a, a)),
        1 => (node(), node()).prop_map(|(a, b)| UndirectedOp::Unlink(a, b)),
        3 => (node(), any::<usize>()).prop_map(|(a, i)| UndirectedOp::UnlinkNth(a, i)),
    ]
}

/// The graph as a multiset of edges `{a, b}` (keyed `(min, max)`), and, to compare order too,
/// each node's neighbour list as the runtime keeps it.
struct UndirectedModel {
    edges: BTreeMap<(usize, usize), usize>,
    neighbors: Vec<Vec<usize>>,
}

impl UndirectedModel {
    fn new() -> Self {
        Self {
            edges: BTreeMap::new(),
            neighbors: vec![Vec::new(); NODES],
        }
    }

    fn link(&mut self, a: usize, b: usize) {
        *self.edges.entry((a.min(b), a.max(b))).or_default() += 1;
        self.neighbors[a].push(b);
        if a != b {
            self.neighbors[b].push(a);
        }
    }

    fn unlink(&mut self, a: usize, b: usize) -> bool {
        let key = (a.min(b), a.max(b));
        let present = match self.edges.get_mut(&key) {
            Some(n) => {
                *n -= 1;
                if *n == 0 {
                    self.edges.remove(&key);
                }
                true
            }
            None => false,
        };
        let in_a = remove_first(&mut self.neighbors[a], b);
        // A loop is listed once, at its one end.
        let in_b = if a == b {
            in_a
        } else {
            remove_first(&mut self.neighbors[b], a)
        };
        assert_eq!(
            (in_a, in_b),
            (present, present),
            "the model's two views agree"
        );
        present
    }

    /// Each node's neighbours as a sorted multiset, from the edges alone.
    fn neighbor_multisets(&self) -> Vec<Vec<usize>> {
        let mut sets = vec![Vec::new(); NODES];
        for (&(a, b), &n) in &self.edges {
            for _ in 0..n {
                sets[a].push(b);
                if a != b {
                    sets[b].push(a);
                }
            }
        }
        for set in &mut sets {
            set.sort_unstable();
        }
        sets
    }
}

fn check_undirected<'arena, 'id>(
    nodes: &[VertexRef<'arena, 'id>],
    model: &UndirectedModel,
    token: &GhostToken<'id>,
) -> Result<(), TestCaseError> {
    let lists: Vec<Vec<usize>> = nodes
        .iter()
        .map(|n| vertex_ids(n.neighbors(token), token))
        .collect();
    let multisets = model.neighbor_multisets();
    for (i, list) in lists.iter().enumerate() {
        let mut sorted = list.clone();
        sorted.sort_unstable();
        prop_assert_eq!(&sorted, &multisets[i], "neighbours of {} as a multiset", i);
        prop_assert_eq!(list, &model.neighbors[i], "neighbours of {} in order", i);
        prop_assert!(nodes[i].succ(token).is_empty() && nodes[i].pred(token).is_empty());
        let loops = model.edges.get(&(i, i)).copied().unwrap_or(0);
        prop_assert_eq!(
            count(list, i),
            loops,
            "a loop at {} appears once per link",
            i
        );
    }
    for a in 0..NODES {
        for b in (a + 1)..NODES {
            prop_assert_eq!(
                count(&lists[a], b),
                count(&lists[b], a),
                "edge {} - {} recorded unevenly",
                a,
                b
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn undirected_matches_edge_multiset_model(
        ops in prop::collection::vec(undirected_op(), 0..=MAX_OPS),
    ) {
        scope(|graph, token| -> Result<(), TestCaseError> {
            let nodes: Vec<_> = (0..NODES).map(|id| Vertex::new_in(graph, id)).collect();
            let mut model = UndirectedModel::new();
            for op in ops {
                match op {
                    UndirectedOp::Link(a, b) => {
                        nodes[a].link_neighbors(nodes[b], token);
                        model.link(a, b);
                    }
                    UndirectedOp::Unlink(a, b) => {
                        let removed = nodes[a].unlink_neighbors(nodes[b], token);
                        prop_assert_eq!(removed, model.unlink(a, b));
                    }
                    UndirectedOp::UnlinkNth(a, index) => {
                        let b = pick(&model.neighbors[a], index);
                        let removed = nodes[a].unlink_neighbors(nodes[b], token);
                        prop_assert_eq!(removed, model.unlink(a, b));
                    }
                }
                check_undirected(&nodes, &model, token)?;
            }
            Ok(())
        })?;
    }
}

#[test]
fn undirected_edge_is_recorded_and_removed_at_both_ends() {
    scope(|graph, token| {
        let [a, b, c] = [0, 1, 2].map(|id| Vertex::new_in(graph, id));
        a.link_neighbors(b, token);
        a.link_neighbors(c, token);
        b.link_neighbors(a, token); // a parallel edge, from the other end
        assert_eq!(a.neighbors(token), [b, c, b]);
        assert_eq!(b.neighbors(token), [a, a]);
        assert_eq!(c.neighbors(token), [a]);
        assert!(b.unlink_neighbors(a, token), "either end removes it");
        assert_eq!(a.neighbors(token), [c, b]);
        assert_eq!(b.neighbors(token), [a]);
        assert!(a.succ(token).is_empty() && a.pred(token).is_empty());
    });
}

#[test]
fn undirected_loop_is_recorded_once_per_link() {
    scope(|graph, token| {
        let a = Vertex::new_in(graph, 0);
        a.link_neighbors(a, token);
        assert_eq!(a.neighbors(token), [a]);
        a.link_neighbors(a, token);
        assert_eq!(a.neighbors(token), [a, a]);
        assert!(a.unlink_neighbors(a, token));
        assert_eq!(a.neighbors(token), [a]);
        assert!(a.unlink_neighbors(a, token));
        assert!(a.neighbors(token).is_empty());
        assert!(!a.unlink_neighbors(a, token));
    });
}

#[test]
fn unlinking_a_missing_undirected_edge_changes_nothing() {
    scope(|graph, token| {
        let [a, b, c] = [0, 1, 2].map(|id| Vertex::new_in(graph, id));
        assert!(!a.unlink_neighbors(b, token));
        a.link_neighbors(b, token);
        assert!(!a.unlink_neighbors(c, token));
        assert!(!c.unlink_neighbors(a, token));
        assert!(!a.unlink_neighbors(a, token), "no loop at a");
        assert!(
            !a.unlink_succ(b, token),
            "an undirected edge is not a directed one"
        );
        assert_eq!(a.neighbors(token), [b]);
        assert_eq!(b.neighbors(token), [a]);
        assert!(c.neighbors(token).is_empty());
    });
}
