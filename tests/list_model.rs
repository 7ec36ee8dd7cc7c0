//! A doubly-linked list built from `#[ghost_graph]` links, checked against a `VecDeque` model
//! after every operation, plus unit tests for the link semantics each helper promises.

use std::collections::VecDeque;

use ghost_runtime::{GhostToken, ghost_graph, scope};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

#[ghost_graph]
#[derive(Debug)]
struct Node {
    val: u32,
    #[link(inverse = prev)]
    next: Option<Node>,
    prev: Option<Node>,
}

/// A list that owns nothing: two handles into the arena. All structure lives in the nodes.
struct List<'arena, 'id> {
    head: Option<NodeRef<'arena, 'id>>,
    tail: Option<NodeRef<'arena, 'id>>,
}

impl<'arena, 'id> List<'arena, 'id> {
    fn new() -> Self {
        Self {
            head: None,
            tail: None,
        }
    }

    /// A list holding `nodes`, in order, linked with `link_next` only.
    fn from_nodes(nodes: &[NodeRef<'arena, 'id>], token: &mut GhostToken<'id>) -> Self {
        for pair in nodes.windows(2) {
            pair[0].link_next(pair[1], token);
        }
        Self {
            head: nodes.first().copied(),
            tail: nodes.last().copied(),
        }
    }

    fn nth(&self, index: usize, token: &GhostToken<'id>) -> NodeRef<'arena, 'id> {
        let head = self.head.expect("nth on an empty list");
        head.iter_next(token)
            .nth(index)
            .expect("index within the list")
    }

    fn push_front(&mut self, node: NodeRef<'arena, 'id>, token: &mut GhostToken<'id>) {
        match self.head {
            Some(head) => node.link_next(head, token),
            None => self.tail = Some(node),
        }
        self.head = Some(node);
    }

    fn push_back(&mut self, node: NodeRef<'arena, 'id>, token: &mut GhostToken<'id>) {
        match self.tail {
            // Through the inverse: `tail.prev` is set from the new node's side.
            Some(tail) => node.link_prev(tail, token),
            None => self.head = Some(node),
        }
        self.tail = Some(node);
    }

    /// Inserts `node` after `at`. Linking `at -> node` detaches `at`'s old successor, which
    /// the second link then attaches to `node`.
    fn insert_after(
        &mut self,
        at: NodeRef<'arena, 'id>,
        node: NodeRef<'arena, 'id>,
        token: &mut GhostToken<'id>,
    ) {
        let after = at.next(token);
        at.link_next(node, token);
        match after {
            Some(after) => node.link_next(after, token),
            None => self.tail = Some(node),
        }
    }

    /// Inserts the whole of `other` so that its head ends up at `position` (0 = front).
    fn splice(&mut self, position: usize, other: Self, token: &mut GhostToken<'id>) {
        let (Some(first), Some(last)) = (other.head, other.tail) else {
            return;
        };
        if position == 0 {
            match self.head {
                Some(head) => last.link_next(head, token),
                None => self.tail = Some(last),
            }
            self.head = Some(first);
            return;
        }
        let at = self.nth(position - 1, token);
        let after = at.next(token);
        at.link_next(first, token);
        match after {
            Some(after) => last.link_next(after, token),
            None => self.tail = Some(last),
        }
    }

    /// Unlinks `node`. In the middle a single `link_next` bypasses it, and link upkeep alone
    /// must leave it detached on both sides.
    fn remove(&mut self, node: NodeRef<'arena, 'id>, token: &mut GhostToken<'id>) {
        match (node.prev(token), node.next(token)) {
            (Some(before), Some(after)) => before.link_next(after, token),
            (Some(before), None) => {
                let old = node.unlink_prev(token);
                assert_eq!(old, Some(before), "unlink_prev returns the old target");
                self.tail = Some(before);
            }
            (None, Some(after)) => {
                let old = node.unlink_next(token);
                assert_eq!(old, Some(after), "unlink_next returns the old target");
                self.head = Some(after);
            }
            (None, None) => {
                self.head = None;
                self.tail = None;
            }
        }
    }

    fn pop_front(&mut self, token: &mut GhostToken<'id>) -> Option<NodeRef<'arena, 'id>> {
        let head = self.head?;
        self.remove(head, token);
        Some(head)
    }

    fn pop_back(&mut self, token: &mut GhostToken<'id>) -> Option<NodeRef<'arena, 'id>> {
        let tail = self.tail?;
        self.remove(tail, token);
        Some(tail)
    }
}

#[derive(Clone, Debug)]
enum Op {
    PushFront,
    PushBack,
    /// Insert a new node after the node at `index % len` (push_back when empty).
    InsertAfter(usize),
    /// Remove the node at `index % len`.
    Remove(usize),
    /// Insert `count` new nodes so the first lands at `position % (len + 1)`.
    Splice(usize, usize),
    PopFront,
    PopBack,
    /// Push a previously removed (detached) node back, at the back.
    Reinsert(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => Just(Op::PushFront),
        3 => Just(Op::PushBack),
        3 => any::<usize>().prop_map(Op::InsertAfter),
        3 => any::<usize>().prop_map(Op::Remove),
        2 => (any::<usize>(), 0..5usize).prop_map(|(at, count)| Op::Splice(at, count)),
        1 => Just(Op::PopFront),
        1 => Just(Op::PopBack),
        1 => any::<usize>().prop_map(Op::Reinsert),
    ]
}

const MAX_OPS: usize = if cfg!(miri) { 16 } else { 60 };

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: if cfg!(miri) { 4 } else { 256 },
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Every structural invariant of the list against the model, plus detachment of `removed`.
fn check<'arena, 'id>(
    list: &List<'arena, 'id>,
    model: &VecDeque<u32>,
    removed: &[NodeRef<'arena, 'id>],
    token: &GhostToken<'id>,
) -> Result<(), TestCaseError> {
    let bound = model.len() + 1; // a cycle shows up as one element too many
    let val = |n: NodeRef<'arena, 'id>| n.borrow(token).val;
    let forward: Vec<u32> = list
        .head
        .into_iter()
        .flat_map(|h| h.iter_next(token))
        .take(bound)
        .map(val)
        .collect();
    prop_assert_eq!(&forward, &model.iter().copied().collect::<Vec<_>>());
    let backward: Vec<u32> = list
        .tail
        .into_iter()
        .flat_map(|t| t.iter_prev(token))
        .take(bound)
        .map(val)
        .collect();
    prop_assert_eq!(&backward, &model.iter().rev().copied().collect::<Vec<_>>());
    prop_assert_eq!(list.head.is_none(), model.is_empty());
    prop_assert_eq!(list.tail.is_none(), model.is_empty());
    if let Some(head) = list.head {
        prop_assert_eq!(head.prev(token), None);
    }
    if let Some(tail) = list.tail {
        prop_assert_eq!(tail.next(token), None);
    }
    for node in list
        .head
        .into_iter()
        .flat_map(|h| h.iter_next(token))
        .take(bound)
    {
        if let Some(next) = node.next(token) {
            prop_assert_eq!(next.prev(token), Some(node));
        }
        if let Some(prev) = node.prev(token) {
            prop_assert_eq!(prev.next(token), Some(node));
        }
    }
    for node in removed {
        prop_assert_eq!(
            node.next(token),
            None,
            "removed node {} has a next",
            val(*node)
        );
        prop_assert_eq!(
            node.prev(token),
            None,
            "removed node {} has a prev",
            val(*node)
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn list_matches_vecdeque_model(ops in prop::collection::vec(op(), 0..=MAX_OPS)) {
        scope(|graph, token| -> Result<(), TestCaseError> {
            let mut list = List::new();
            let mut model = VecDeque::new();
            let mut removed: Vec<NodeRef<'_, '_>> = Vec::new();
            // Values are unique, so the model also tells which node is where.
            let mut next_val = 0u32;
            let mut fresh = || {
                next_val += 1;
                (Node::new_in(graph, next_val), next_val)
            };
            for op in ops {
                match op {
                    Op::PushFront => {
                        let (node, val) = fresh();
                        list.push_front(node, token);
                        model.push_front(val);
                    }
                    Op::PushBack => {
                        let (node, val) = fresh();
                        list.push_back(node, token);
                        model.push_back(val);
                    }
                    Op::InsertAfter(index) => {
                        let (node, val) = fresh();
                        if model.is_empty() {
                            list.push_back(node, token);
                            model.push_back(val);
                        } else {
                            let index = index % model.len();
                            let at = list.nth(index, token);
                            list.insert_after(at, node, token);
                            model.insert(index + 1, val);
                        }
                    }
                    Op::Remove(index) => {
                        if !model.is_empty() {
                            let index = index % model.len();
                            let node = list.nth(index, token);
                            list.remove(node, token);
                            let val = model.remove(index).expect("index within the model");
                            prop_assert_eq!(node.borrow(token).val, val);
                            removed.push(node);
                        }
                    }
                    Op::Splice(position, count) => {
                        let position = position % (model.len() + 1);
                        let (nodes, vals): (Vec<_>, Vec<_>) =
                            (0..count).map(|_| fresh()).unzip();
                        let other = List::from_nodes(&nodes, token);
                        list.splice(position, other, token);
                        for (offset, val) in vals.into_iter().enumerate() {
                            model.insert(position + offset, val);
                        }
                    }
                    Op::PopFront => {
                        let node = list.pop_front(token);
                        let val = model.pop_front();
                        prop_assert_eq!(node.map(|n| n.borrow(token).val), val);
                        removed.extend(node);
                    }
                    Op::PopBack => {
                        let node = list.pop_back(token);
                        let val = model.pop_back();
                        prop_assert_eq!(node.map(|n| n.borrow(token).val), val);
                        removed.extend(node);
                    }
                    Op::Reinsert(index) => {
                        if !removed.is_empty() {
                            let node = removed.swap_remove(index % removed.len());
                            list.push_back(node, token);
                            model.push_back(node.borrow(token).val);
                        }
                    }
                }
                check(&list, &model, &removed, token)?;
            }
            Ok(())
        })?;
    }
}

/// The same semantics for two ways of writing the links: `Option<Self>`/`Option<Name>` and
/// `Option<Box<..>>`, as a port of a `Box`-linked list writes them.
macro_rules! link_semantics_tests {
    ($module:ident, $node:ident, $handle:ident) => {
        mod $module {
            use super::*;

            fn vals<'arena, 'id>(
                walk: impl Iterator<Item = $handle<'arena, 'id>>,
                token: &GhostToken<'id>,
            ) -> Vec<u32> {
                walk.take(16).map(|n| n.borrow(token).val).collect()
            }

            #[test]
            fn new_in_starts_detached() {
                $node::scope(|graph, token| {
                    let a = $node::new_in(graph, 7);
                    assert_eq!(a.borrow(token).val, 7);
                    assert_eq!(a.next(token), None);
                    assert_eq!(a.prev(token), None);
                });
            }

            #[test]
            fn link_sets_both_sides() {
                scope(|graph, token| {
                    let (a, b) = ($node::new_in(graph, 1), $node::new_in(graph, 2));
                    a.link_next(b, token);
                    assert_eq!(a.next(token), Some(b));
                    assert_eq!(b.prev(token), Some(a));
                    assert_eq!(a.prev(token), None);
                    assert_eq!(b.next(token), None);
                });
            }

            #[test]
            fn linking_from_the_inverse_side_sets_the_forward_link() {
                scope(|graph, token| {
                    let (a, b) = ($node::new_in(graph, 1), $node::new_in(graph, 2));
                    b.link_prev(a, token);
                    assert_eq!(a.next(token), Some(b));
                    assert_eq!(b.prev(token), Some(a));
                });
            }

            #[test]
            fn relinking_source_clears_old_target_back_link() {
                scope(|graph, token| {
                    let a = $node::new_in(graph, 1);
                    let b = $node::new_in(graph, 2);
                    let c = $node::new_in(graph, 3);
                    a.link_next(b, token);
                    a.link_next(c, token);
                    assert_eq!(a.next(token), Some(c));
                    assert_eq!(c.prev(token), Some(a));
                    assert_eq!(b.prev(token), None, "b was detached from a");
                    assert_eq!(b.next(token), None);
                });
            }

            #[test]
            fn linking_into_taken_target_clears_old_source_link() {
                scope(|graph, token| {
                    let a = $node::new_in(graph, 1);
                    let b = $node::new_in(graph, 2);
                    let x = $node::new_in(graph, 3);
                    a.link_next(b, token);
                    x.link_next(b, token);
                    assert_eq!(x.next(token), Some(b));
                    assert_eq!(b.prev(token), Some(x));
                    assert_eq!(a.next(token), None, "a was detached from b");
                    assert_eq!(a.prev(token), None);
                });
            }

            #[test]
            fn relinking_the_same_pair_keeps_it() {
                scope(|graph, token| {
                    let (a, b) = ($node::new_in(graph, 1), $node::new_in(graph, 2));
                    a.link_next(b, token);
                    a.link_next(b, token);
                    assert_eq!(a.next(token), Some(b));
                    assert_eq!(b.prev(token), Some(a));
                });
            }

            #[test]
            fn self_loop() {
                scope(|graph, token| {
                    let a = $node::new_in(graph, 1);
                    a.link_next(a, token);
                    assert_eq!(a.next(token), Some(a));
                    assert_eq!(a.prev(token), Some(a));
                    assert_eq!(vals(a.iter_next(token).take(3), token), [1, 1, 1]);
                    assert_eq!(a.unlink_next(token), Some(a));
                    assert_eq!(a.next(token), None);
                    assert_eq!(a.prev(token), None);
                });
            }

            #[test]
            fn self_loop_detaches_former_neighbours() {
                scope(|graph, token| {
                    let a = $node::new_in(graph, 1);
                    let b = $node::new_in(graph, 2);
                    let c = $node::new_in(graph, 3);
                    c.link_next(a, token);
                    a.link_next(b, token);
                    a.link_next(a, token);
                    assert_eq!(a.next(token), Some(a));
                    assert_eq!(a.prev(token), Some(a));
                    assert_eq!(b.prev(token), None);
                    assert_eq!(c.next(token), None);
                });
            }

            #[test]
            fn two_cycle_then_self_loop() {
                scope(|graph, token| {
                    let (a, b) = ($node::new_in(graph, 1), $node::new_in(graph, 2));
                    a.link_next(b, token);
                    b.link_next(a, token);
                    assert_eq!(vals(a.iter_next(token).take(5), token), [1, 2, 1, 2, 1]);
                    assert_eq!(vals(a.iter_prev(token).take(3), token), [1, 2, 1]);
                    a.link_next(a, token);
                    assert_eq!((b.next(token), b.prev(token)), (None, None));
                });
            }

            #[test]
            fn unlink_returns_old_target_and_clears_both_sides() {
                scope(|graph, token| {
                    let (a, b) = ($node::new_in(graph, 1), $node::new_in(graph, 2));
                    a.link_next(b, token);
                    assert_eq!(a.unlink_next(token), Some(b));
                    assert_eq!(a.next(token), None);
                    assert_eq!(b.prev(token), None);
                    assert_eq!(a.unlink_next(token), None, "nothing left to unlink");
                    a.link_next(b, token);
                    assert_eq!(b.unlink_prev(token), Some(a));
                    assert_eq!(a.next(token), None);
                    assert_eq!(b.prev(token), None);
                });
            }

            #[test]
            fn iter_starts_at_self_and_stops_at_none() {
                scope(|graph, token| {
                    let nodes: Vec<_> = (1..=4).map(|v| $node::new_in(graph, v)).collect();
                    for pair in nodes.windows(2) {
                        pair[0].link_next(pair[1], token);
                    }
                    assert_eq!(vals(nodes[0].iter_next(token), token), [1, 2, 3, 4]);
                    assert_eq!(vals(nodes[2].iter_next(token), token), [3, 4]);
                    assert_eq!(vals(nodes[3].iter_next(token), token), [4]);
                    assert_eq!(vals(nodes[3].iter_prev(token), token), [4, 3, 2, 1]);
                    assert_eq!(vals(nodes[0].iter_prev(token), token), [1]);
                    // Fused: once exhausted it stays exhausted.
                    let mut walk = nodes[3].iter_next(token);
                    assert_eq!(walk.next(), Some(nodes[3]));
                    assert_eq!(walk.next(), None);
                    assert_eq!(walk.next(), None);
                });
            }

            #[test]
            fn alloc_in_takes_links_as_written() {
                scope(|graph, token| {
                    let b = $node::new_in(graph, 2);
                    let a = $node::alloc_in(
                        graph,
                        $node {
                            val: 1,
                            next: Some(b),
                            prev: None,
                        },
                    );
                    assert_eq!(a.next(token), Some(b));
                    // A struct literal is written as is: no inverse upkeep.
                    assert_eq!(b.prev(token), None);
                });
            }

            #[test]
            fn hand_edited_back_link_is_left_alone() {
                scope(|graph, token| {
                    let a = $node::new_in(graph, 1);
                    let b = $node::new_in(graph, 2);
                    let c = $node::new_in(graph, 3);
                    let x = $node::new_in(graph, 4);
                    a.link_next(b, token);
                    b.borrow_mut(token).prev = Some(x); // no longer points at `a`
                    a.link_next(c, token);
                    assert_eq!(b.prev(token), Some(x), "only a back link to `a` is cleared");
                    assert_eq!(c.prev(token), Some(a));
                });
            }
        }
    };
}

link_semantics_tests!(option_links, Node, NodeRef);
link_semantics_tests!(boxed_links, BoxNode, BoxNodeRef);

/// Links written as `Option<Box<..>>`, mixing `Self` and the struct's name.
#[ghost_graph]
struct BoxNode {
    val: u32,
    #[link(inverse = prev)]
    next: Option<Box<BoxNode>>,
    prev: Option<Box<Self>>,
}

/// A link without an inverse: only the written side changes.
#[ghost_graph]
struct Single {
    val: u32,
    next: Option<Self>,
}

#[test]
fn link_without_inverse_sets_only_one_side() {
    scope(|graph, token| {
        let a = Single::new_in(graph, 1);
        let b = Single::new_in(graph, 2);
        let c = Single::new_in(graph, 3);
        let x = Single::new_in(graph, 4);
        a.link_next(b, token);
        assert_eq!(a.next(token), Some(b));
        assert_eq!(b.next(token), None);
        // Another source pointing at `b` leaves `a` alone.
        x.link_next(b, token);
        assert_eq!(a.next(token), Some(b));
        assert_eq!(x.next(token), Some(b));
        // Relinking `a` leaves `b` alone.
        a.link_next(c, token);
        assert_eq!(a.next(token), Some(c));
        assert_eq!(x.next(token), Some(b));
        assert_eq!(a.unlink_next(token), Some(c));
        assert_eq!(a.next(token), None);
        assert_eq!(a.unlink_next(token), None);
        // A one-way cycle, walked a bounded number of steps.
        a.link_next(b, token);
        b.link_next(a, token);
        let walk: Vec<u32> = a
            .iter_next(token)
            .take(5)
            .map(|n| n.borrow(token).val)
            .collect();
        assert_eq!(walk, [1, 2, 1, 2, 1]);
    });
}

#[test]
fn handles_compare_by_identity_not_value() {
    scope(|graph, token| {
        let a = Node::new_in(graph, 5);
        let b = Node::new_in(graph, 5);
        assert_ne!(a, b);
        let copy = a;
        assert_eq!(a, copy);
        assert_eq!(a.borrow(token).val, b.borrow(token).val);
        let set: std::collections::HashSet<_> = [a, b, a].into_iter().collect();
        assert_eq!(set.len(), 2);
    });
}

/// The inverse declared on the second field of the pair instead of the first.
#[ghost_graph]
struct Mirrored {
    val: u32,
    next: Option<Self>,
    #[link(inverse = next)]
    prev: Option<Self>,
}

#[test]
fn inverse_declared_on_either_field() {
    scope(|graph, token| {
        let a = Mirrored::new_in(graph, 1);
        let b = Mirrored::new_in(graph, 2);
        let c = Mirrored::new_in(graph, 3);
        a.link_next(b, token);
        assert_eq!(b.prev(token), Some(a));
        c.link_prev(a, token);
        assert_eq!(a.next(token), Some(c));
        assert_eq!(b.prev(token), None);
        let back: Vec<u32> = c.iter_prev(token).map(|n| n.borrow(token).val).collect();
        assert_eq!(back, [3, 1]);
        assert_eq!(c.unlink_prev(token), Some(a));
        assert_eq!(a.next(token), None);
    });
}

/// Two independent inverse pairs on one node: a list (`next`/`prev`) and a one-to-one
/// pairing (`partner_of`/`partner`).
#[ghost_graph]
struct TwoPairs {
    val: u32,
    #[link(inverse = prev)]
    next: Option<TwoPairs>,
    prev: Option<TwoPairs>,
    #[link(inverse = partner)]
    partner_of: Option<TwoPairs>,
    partner: Option<TwoPairs>,
}

#[test]
fn independent_pairs_do_not_interfere() {
    scope(|graph, token| {
        let a = TwoPairs::new_in(graph, 1);
        let b = TwoPairs::new_in(graph, 2);
        let c = TwoPairs::new_in(graph, 3);
        a.link_next(b, token);
        a.link_partner_of(c, token);
        b.link_partner_of(a, token);
        assert_eq!((a.next(token), b.prev(token)), (Some(b), Some(a)));
        assert_eq!((a.partner_of(token), c.partner(token)), (Some(c), Some(a)));
        assert_eq!((b.partner_of(token), a.partner(token)), (Some(a), Some(b)));
        // Relinking one pair leaves the other as it was.
        c.link_prev(a, token);
        assert_eq!(b.prev(token), None);
        assert_eq!(a.partner_of(token), Some(c));
        assert_eq!(a.partner(token), Some(b));
        assert_eq!(a.unlink_partner_of(token), Some(c));
        assert_eq!(c.partner(token), None);
        assert_eq!(a.next(token), Some(c));
        assert_eq!(c.prev(token), Some(a));
        let walk: Vec<u32> = a.iter_partner(token).map(|n| n.borrow(token).val).collect();
        assert_eq!(walk, [1, 2]);
    });
}
