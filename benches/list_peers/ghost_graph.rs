//! The list under test: a `#[ghost_graph]` node, allocated through one `Graph` (the owner
//! thread's lock-free bump path), linked and walked only through the generated API
//! (`new_in`, `link_next`, `unlink_next`, `next`, `prev`, `iter_next`, `iter_prev`, `borrow`).
//!
//! Removed nodes stay in the arena, detached, until it is dropped.

use ghost_runtime::{GhostToken, GraphIn, Stores, ThreadMode, ghost_graph};

/// One list node.
#[ghost_graph]
pub struct Node {
    pub val: u64,
    #[link(inverse = prev)]
    pub next: Option<Node>,
    pub prev: Option<Node>,
}

/// The two ends of a non-empty list (or of a detached chain of nodes).
#[derive(Clone, Copy)]
pub struct Ends<'arena, 'id> {
    pub head: NodeRef<'arena, 'id>,
    pub tail: NodeRef<'arena, 'id>,
    pub len: usize,
}

/// A list of `values` (non-empty), appended one at a time.
#[inline]
pub fn build<'arena, 'id, M: ThreadMode + Stores<Node<'arena, 'id>>>(
    graph: &GraphIn<'_, 'arena, 'id, M>,
    token: &mut GhostToken<'id>,
    values: &[u64],
) -> Ends<'arena, 'id> {
    let (&first, rest) = values.split_first().expect("a list is non-empty");
    let head = Node::new_in(graph, first);
    let mut tail = head;
    for &v in rest {
        let node = Node::new_in(graph, v);
        tail.link_next(node, token);
        tail = node;
    }
    Ends {
        head,
        tail,
        len: values.len(),
    }
}

/// Wrapping sum of the payloads, head to tail.
#[inline]
pub fn sum_forward<'id>(list: Ends<'_, 'id>, token: &GhostToken<'id>) -> u64 {
    list.head
        .iter_next(token)
        .fold(0, |sum, n| sum.wrapping_add(n.borrow(token).val))
}

/// Wrapping sum of the payloads, tail to head.
#[inline]
pub fn sum_backward<'id>(list: Ends<'_, 'id>, token: &GhostToken<'id>) -> u64 {
    list.tail
        .iter_prev(token)
        .fold(0, |sum, n| sum.wrapping_add(n.borrow(token).val))
}

/// Unlinks the nodes at positions 2, 5, 8, .. . One `link_next` from the predecessor to the
/// successor does it: relinking `prev.next` lets go of the node (clearing its `prev`), and the
/// successor's `prev` leaving it clears its `next`.
#[inline]
pub fn remove_every_third<'arena, 'id>(
    mut list: Ends<'arena, 'id>,
    token: &mut GhostToken<'id>,
) -> Ends<'arena, 'id> {
    let mut cur = Some(list.head);
    let mut count = 0u32;
    while let Some(node) = cur {
        let next = node.next(token);
        count += 1;
        if count == 3 {
            count = 0;
            // Position >= 2, so never the head.
            let prev = node.prev(token).expect("not the head");
            match next {
                Some(next) => prev.link_next(next, token),
                None => {
                    prev.unlink_next(token);
                    list.tail = prev;
                }
            }
            list.len -= 1;
        }
        cur = next;
    }
    list
}

/// Links `other` in after the first `list.len / 2` nodes of `list` (`list.len >= 2`).
#[inline]
pub fn splice_middle<'arena, 'id>(
    list: Ends<'arena, 'id>,
    other: Ends<'arena, 'id>,
    token: &mut GhostToken<'id>,
) -> Ends<'arena, 'id> {
    assert!(list.len >= 2, "splice needs len >= 2");
    let before = list
        .head
        .iter_next(token)
        .nth(list.len / 2 - 1)
        .expect("within the list");
    let after = before.next(token).expect("before is not the tail");
    before.link_next(other.head, token); // also clears `after.prev`
    other.tail.link_next(after, token);
    Ends {
        len: list.len + other.len,
        ..list
    }
}

/// The payloads head to tail (for checks).
pub fn forward_values<'id>(list: Ends<'_, 'id>, token: &GhostToken<'id>) -> Vec<u64> {
    list.head
        .iter_next(token)
        .map(|n| n.borrow(token).val)
        .collect()
}

/// The payloads tail to head (for checks).
pub fn backward_values<'id>(list: Ends<'_, 'id>, token: &GhostToken<'id>) -> Vec<u64> {
    list.tail
        .iter_prev(token)
        .map(|n| n.borrow(token).val)
        .collect()
}

/// `check_list` for the branded list: every operation against the plain-`Vec` model.
pub fn check(a: &[u64], b: &[u64]) {
    use super::{assert_walks, expected_after_remove, expected_after_splice, wrapping_sum};
    let name = "ghost_graph";
    ghost_runtime::scope(|graph, token| {
        let list = build(graph, token, a);
        assert_eq!(
            sum_forward(list, token),
            wrapping_sum(a),
            "{name}: forward sum"
        );
        assert_eq!(
            sum_backward(list, token),
            wrapping_sum(a),
            "{name}: backward sum"
        );
        let (fwd, bwd) = (forward_values(list, token), backward_values(list, token));
        assert_walks(name, "build", &fwd, &bwd, a);

        let list = remove_every_third(build(graph, token, a), token);
        let (fwd, bwd) = (forward_values(list, token), backward_values(list, token));
        assert_walks(
            name,
            "remove_every_third",
            &fwd,
            &bwd,
            &expected_after_remove(a),
        );

        let list = build(graph, token, a);
        let other = build(graph, token, b);
        let list = splice_middle(list, other, token);
        let (fwd, bwd) = (forward_values(list, token), backward_values(list, token));
        assert_walks(name, "splice", &fwd, &bwd, &expected_after_splice(a, b));
    });
}
