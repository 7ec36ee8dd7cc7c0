//! A doubly-linked list of strings, end to end: allocate, link, read, mutate, unlink, and
//! walk both ways. Run with `cargo run --example dll`; see the expansion with
//! `cargo expand --example dll`.

use ghost_runtime::{GhostToken, ghost_graph, scope};

/// One list element.
#[ghost_graph]
#[derive(Debug)]
pub struct Node {
    /// The element's text.
    pub val: String,
    /// The following element.
    #[link(inverse = prev)]
    pub next: Option<Node>,
    /// The preceding element.
    pub prev: Option<Node>,
}

/// Total length of the strings from `head` onwards: generic over any scope.
fn total_len<'arena, 'id>(head: NodeRef<'arena, 'id>, token: &GhostToken<'id>) -> usize {
    head.iter_next(token)
        .map(|n| n.borrow(token).val.len())
        .sum()
}

/// The words of the nodes `walk` visits, separated by spaces.
fn join_words<'arena, 'id>(
    walk: impl Iterator<Item = NodeRef<'arena, 'id>>,
    token: &GhostToken<'id>,
) -> String {
    walk.map(|n| n.borrow(token).val.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

fn main() {
    let out: String = scope(|graph, token| {
        let a = Node::new_in(graph, "a".to_string()); // payload fields in order; links start empty
        let b = Node::new_in(graph, "b".to_string());
        a.link_next(b, token); // a.next = b AND b.prev = a
        assert_eq!(a.next(token), Some(b));
        assert_eq!(b.prev(token), Some(a));
        a.borrow_mut(token).val.push('!'); // NodeRef derefs to the GhostCell
        let s: String = a
            .iter_next(token)
            .map(|n| n.borrow(token).val.clone())
            .collect();
        assert_eq!(total_len(a, token), 3);
        assert_eq!(a.unlink_next(token), Some(b)); // clears both sides
        assert_eq!(b.prev(token), None);
        s // "a!b"
    });
    println!("forward walk before unlinking: {out}");

    // A longer list: build by appending, walk both ways, remove from the middle.
    let (forward, backward, debug) = scope(|graph, token| {
        let words = ["ghost", "cells", "link", "nodes", "safely"];
        let nodes: Vec<_> = words
            .iter()
            .map(|w| Node::new_in(graph, (*w).to_string()))
            .collect();
        for pair in nodes.windows(2) {
            pair[0].link_next(pair[1], token);
        }
        // Remove "link": its neighbours are joined, and it is left detached.
        let middle = nodes[2];
        let (before, after) = (middle.prev(token), middle.next(token));
        middle.unlink_prev(token);
        middle.unlink_next(token);
        if let (Some(before), Some(after)) = (before, after) {
            before.link_next(after, token);
        }
        let head = nodes[0];
        let tail = *nodes.last().expect("non-empty");
        let forward = join_words(head.iter_next(token), token);
        let backward = join_words(tail.iter_prev(token), token);
        // Debug shows neighbours by index, so printing a cyclic structure terminates.
        let debug = format!("{:?}", head.borrow(token));
        (forward, backward, debug)
    });
    println!("forward:  {forward}");
    println!("backward: {backward}");
    println!("head node: {debug}");
}
