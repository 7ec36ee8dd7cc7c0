//! Fixed-size array links: a binary search tree with parent links, and an unpaired quadtree.

use ghost_runtime::{GhostToken, LinkError, dfs, ghost_graph, scope};

#[ghost_graph]
struct Bst {
    key: u32,
    /// `children[0]` is the left subtree, `children[1]` the right one.
    #[link(inverse = parent)]
    children: [Option<Bst>; 2],
    parent: Option<Bst>,
}

#[ghost_graph]
struct Quad {
    depth: u8,
    quadrants: [Option<Self>; 4],
}

fn insert<'arena, 'id>(
    root: BstRef<'arena, 'id>,
    node: BstRef<'arena, 'id>,
    token: &mut GhostToken<'id>,
) {
    let key = node.borrow(token).key;
    let mut current = root;
    loop {
        let side = usize::from(key >= current.borrow(token).key);
        match current.children(token)[side] {
            Some(child) => current = child,
            None => return current.link_children(side, node, token),
        }
    }
}

fn in_order<'arena, 'id>(
    node: Option<BstRef<'arena, 'id>>,
    token: &GhostToken<'id>,
    out: &mut Vec<u32>,
) {
    if let Some(node) = node {
        let [left, right] = *node.children(token);
        in_order(left, token, out);
        out.push(node.borrow(token).key);
        in_order(right, token, out);
    }
}

#[test]
fn binary_search_tree_keeps_parents_in_step() {
    scope(|graph, token| {
        let keys = [50, 30, 70, 20, 40, 60, 80, 35];
        let nodes: Vec<_> = keys.iter().map(|&k| Bst::new_in(graph, k)).collect();
        for &node in &nodes[1..] {
            insert(nodes[0], node, token);
        }
        let mut sorted = Vec::new();
        in_order(Some(nodes[0]), token, &mut sorted);
        assert_eq!(sorted, [20, 30, 35, 40, 50, 60, 70, 80]);
        for &node in &nodes[1..] {
            let parent = node
                .parent(token)
                .expect("every node but the root has a parent");
            assert!(
                parent.children(token).contains(&Some(node)),
                "parent holds its child"
            );
        }
        let path: Vec<u32> = nodes[7]
            .iter_parent(token)
            .map(|n| n.borrow(token).key)
            .collect();
        assert_eq!(path, [35, 40, 30, 50]);
        let preorder: Vec<u32> = dfs([nodes[0]], token, |n: BstRef<'_, '_>, token| {
            n.children(token)
                .iter()
                .flatten()
                .copied()
                .collect::<Vec<_>>()
        })
        .map(|n| n.borrow(token).key)
        .collect();
        assert_eq!(preorder, [50, 30, 20, 40, 35, 70, 60, 80]);
    });
}

#[test]
fn a_child_changes_side_or_parent_and_leaves_its_old_slot() {
    scope(|graph, token| {
        let [p, q, a, b] = [1, 2, 3, 4].map(|k| Bst::new_in(graph, k));
        p.link_children(0, a, token);
        assert_eq!(*p.children(token), [Some(a), None]);
        assert_eq!(a.parent(token), Some(p));

        p.link_children(1, a, token); // change sides
        assert_eq!(*p.children(token), [None, Some(a)]);
        assert_eq!(a.parent(token), Some(p));

        q.link_children(0, a, token); // change parent
        assert_eq!(*p.children(token), [None, None]);
        assert_eq!(*q.children(token), [Some(a), None]);

        q.link_children(0, b, token); // replace: the old occupant is detached
        assert_eq!(*q.children(token), [Some(b), None]);
        assert_eq!(a.parent(token), None);
        assert_eq!(b.parent(token), Some(q));

        assert_eq!(q.unlink_children(0, token), Some(b));
        assert_eq!(b.parent(token), None);
        assert_eq!(q.unlink_children(0, token), None);
    });
}

#[test]
fn linking_from_the_parent_side_takes_the_first_free_slot() {
    scope(|graph, token| {
        let [p, a, b, c] = [1, 2, 3, 4].map(|k| Bst::new_in(graph, k));
        a.link_parent(p, token);
        b.link_parent(p, token);
        assert_eq!(*p.children(token), [Some(a), Some(b)]);
        // Full: the last slot's node is displaced, and loses its parent.
        c.link_parent(p, token);
        assert_eq!(*p.children(token), [Some(a), Some(c)]);
        assert_eq!(b.parent(token), None);
        // Linking again changes nothing.
        a.link_parent(p, token);
        assert_eq!(*p.children(token), [Some(a), Some(c)]);
        assert_eq!(a.unlink_parent(token), Some(p));
        assert_eq!(*p.children(token), [None, Some(c)]);
    });
}

#[test]
fn unpaired_array_slots_are_set_and_cleared_by_index() {
    scope(|graph, token| {
        let root = Quad::new_in(graph, 0);
        let kids: Vec<_> = (0..4).map(|_| Quad::new_in(graph, 1)).collect();
        for (i, &kid) in kids.iter().enumerate() {
            root.link_quadrants(i, kid, token);
        }
        assert!(root.quadrants(token).iter().all(Option::is_some));
        assert_eq!(root.unlink_quadrants(2, token), Some(kids[2]));
        assert_eq!(root.quadrants(token)[2], None);
        let depth_sum: u32 = root
            .quadrants(token)
            .iter()
            .flatten()
            .map(|q| u32::from(q.borrow(token).depth))
            .sum();
        assert_eq!(depth_sum, 3);
    });
}

#[test]
#[should_panic(expected = "index out of bounds")]
fn an_index_past_the_array_panics_like_indexing() {
    scope(|graph, token| {
        let [p, a] = [1, 2].map(|k| Bst::new_in(graph, k));
        p.link_children(2, a, token);
    });
}

#[test]
fn array_children_get_the_checked_move() {
    scope(|graph, token| {
        let [root, left, grandchild] = [1, 0, 2].map(|key| Bst::new_in(graph, key));
        left.link_parent(root, token);
        grandchild.link_parent(left, token);
        let below = Err(LinkError::ParentIsDescendant { depth: 2 });
        assert_eq!(root.try_link_parent(grandchild, token), below);
        assert_eq!(root.children(token), &[Some(left), None], "unchanged");
        assert!(root.is_parent_ancestor_of(grandchild, token));
        assert_eq!(grandchild.try_link_parent(root, token), Ok(()));
        assert_eq!(root.children(token), &[Some(left), Some(grandchild)]);
    });
}
