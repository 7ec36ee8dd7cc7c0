//! The hand-written GhostCell list of the paper (Yanovski et al., ICFP 2021, §2 "doubly-linked
//! list in an arena"): `&'arena GhostCell<'id, Node>` links, nodes in a
//! `typed_arena::Arena`, a brand from `GhostToken::new`. What `#[ghost_graph]` generates should
//! cost nothing on top of this.
//!
//! `push_back` writes the two links directly (the least work a hand-writer can do); `remove`
//! is the paper's.

use ghost_cell::{GhostCell, GhostToken};
use typed_arena::Arena;

/// One node, as in the paper.
pub struct Node<'arena, 'id> {
    pub val: u64,
    pub next: Option<NodeRef<'arena, 'id>>,
    pub prev: Option<NodeRef<'arena, 'id>>,
}

/// A link: a shared reference to a branded cell in the arena.
pub type NodeRef<'arena, 'id> = &'arena GhostCell<'id, Node<'arena, 'id>>;

/// The arena the nodes live in.
pub type NodeArena<'arena, 'id> = Arena<Node<'arena, 'id>>;

/// The paper's `Node::new`: a node with empty links.
#[inline]
pub fn new_node<'arena, 'id>(
    arena: &'arena NodeArena<'arena, 'id>,
    val: u64,
) -> NodeRef<'arena, 'id> {
    GhostCell::from_mut(arena.alloc(Node {
        val,
        next: None,
        prev: None,
    }))
}

/// The paper's `Node::remove`: unlinks `node`, joining its neighbours.
#[inline]
pub fn remove<'arena, 'id>(node: NodeRef<'arena, 'id>, token: &mut GhostToken<'id>) {
    let node = node.borrow_mut(token);
    let old_prev = node.prev.take();
    let old_next = node.next.take();
    if let Some(old_next) = old_next {
        old_next.borrow_mut(token).prev = old_prev;
    }
    if let Some(old_prev) = old_prev {
        old_prev.borrow_mut(token).next = old_next;
    }
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
pub fn build<'arena, 'id>(
    arena: &'arena NodeArena<'arena, 'id>,
    token: &mut GhostToken<'id>,
    values: &[u64],
) -> Ends<'arena, 'id> {
    let (&first, rest) = values.split_first().expect("a list is non-empty");
    let head = new_node(arena, first);
    let mut tail = head;
    for &v in rest {
        let node = new_node(arena, v);
        tail.borrow_mut(token).next = Some(node);
        node.borrow_mut(token).prev = Some(tail);
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
    let mut sum = 0u64;
    let mut cur = Some(list.head);
    while let Some(node) = cur {
        let node = node.borrow(token);
        sum = sum.wrapping_add(node.val);
        cur = node.next;
    }
    sum
}

/// Wrapping sum of the payloads, tail to head.
#[inline]
pub fn sum_backward<'id>(list: Ends<'_, 'id>, token: &GhostToken<'id>) -> u64 {
    let mut sum = 0u64;
    let mut cur = Some(list.tail);
    while let Some(node) = cur {
        let node = node.borrow(token);
        sum = sum.wrapping_add(node.val);
        cur = node.prev;
    }
    sum
}

/// Unlinks the nodes at positions 2, 5, 8, .. with the paper's `remove`.
#[inline]
pub fn remove_every_third<'arena, 'id>(
    mut list: Ends<'arena, 'id>,
    token: &mut GhostToken<'id>,
) -> Ends<'arena, 'id> {
    let mut cur = Some(list.head);
    let mut count = 0u32;
    while let Some(node) = cur {
        let inner = node.borrow(token);
        let next = inner.next;
        count += 1;
        if count == 3 {
            count = 0;
            if next.is_none() {
                list.tail = inner.prev.expect("not the head");
            }
            remove(node, token);
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
    let mut before = list.head;
    for _ in 1..list.len / 2 {
        before = before.borrow(token).next.expect("within the list");
    }
    let after = before.borrow(token).next.expect("before is not the tail");
    before.borrow_mut(token).next = Some(other.head);
    other.head.borrow_mut(token).prev = Some(before);
    other.tail.borrow_mut(token).next = Some(after);
    after.borrow_mut(token).prev = Some(other.tail);
    Ends {
        len: list.len + other.len,
        ..list
    }
}

/// The payloads head to tail (for checks).
pub fn forward_values<'id>(list: Ends<'_, 'id>, token: &GhostToken<'id>) -> Vec<u64> {
    let mut out = Vec::with_capacity(list.len);
    let mut cur = Some(list.head);
    while let Some(node) = cur {
        let node = node.borrow(token);
        out.push(node.val);
        cur = node.next;
    }
    out
}

/// The payloads tail to head (for checks).
pub fn backward_values<'id>(list: Ends<'_, 'id>, token: &GhostToken<'id>) -> Vec<u64> {
    let mut out = Vec::with_capacity(list.len);
    let mut cur = Some(list.tail);
    while let Some(node) = cur {
        let node = node.borrow(token);
        out.push(node.val);
        cur = node.prev;
    }
    out
}

/// `check_list` for the branded list: every operation against the plain-`Vec` model.
pub fn check(a: &[u64], b: &[u64]) {
    use super::{assert_walks, expected_after_remove, expected_after_splice, wrapping_sum};
    let name = "ghost_cell_typed_arena";
    GhostToken::new(|mut token| {
        let arena = NodeArena::new();
        let token = &mut token;
        let list = build(&arena, token, a);
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

        let list = remove_every_third(build(&arena, token, a), token);
        let (fwd, bwd) = (forward_values(list, token), backward_values(list, token));
        assert_walks(
            name,
            "remove_every_third",
            &fwd,
            &bwd,
            &expected_after_remove(a),
        );

        let list = build(&arena, token, a);
        let other = build(&arena, token, b);
        let list = splice_middle(list, other, token);
        let (fwd, bwd) = (forward_values(list, token), backward_values(list, token));
        assert_walks(name, "splice", &fwd, &bwd, &expected_after_splice(a, b));
    });
}
