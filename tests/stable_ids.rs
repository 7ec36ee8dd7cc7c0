//! Stable ids: `node.index()` is unique among an arena's live nodes of every type, small, the
//! same for the same program (whatever addresses the arena's memory lands at), orders handles
//! by creation, and is what a handle's `Debug` prints; it stays across scopes, passes to the
//! node that refills a removed slot, and restarts after `clear`.

use std::collections::HashSet;

use ghost_runtime::{Arena, GhostToken, NodeAllocator, Stores, ghost_graph, scope};

#[ghost_graph]
#[derive(Debug)]
struct Vertex {
    id: u32,
    #[link(inverse = pred)]
    succ: Vec<Vertex>,
    pred: Vec<Vertex>,
}

/// A larger node type in the same arena, so pages hold nodes of several sizes.
#[ghost_graph]
struct Label {
    text: [u8; 40],
    #[link]
    of: Option<Vertex>,
}

/// Nodes per build: several pages' worth.
const NODES: u32 = if cfg!(miri) { 150 } else { 3000 };

/// Builds vertices and labels in a fixed order; their indices, in creation order.
fn build<'a, 'id, A>(graph: &A, token: &mut GhostToken<'id>) -> Vec<usize>
where
    'id: 'a,
    A: NodeAllocator<'a, 'id>,
    A::Mode: Stores<Vertex<'a, 'id>> + Stores<Label<'a, 'id>>,
{
    let mut indices = Vec::new();
    let mut previous: Option<VertexRef<'a, 'id>> = None;
    for id in 0..NODES {
        let vertex = Vertex::new_in(graph, id);
        indices.push(vertex.index());
        if let Some(previous) = previous {
            previous.link_succ(vertex, token);
        }
        if id % 3 == 0 {
            let label = Label::new_in(graph, [id as u8; 40]);
            label.link_of(vertex, token);
            assert_eq!(label.borrow(token).text[39], id as u8);
            indices.push(label.index());
        }
        previous = Some(vertex);
    }
    indices
}

#[test]
fn indices_do_not_depend_on_where_the_memory_is() {
    // Each scope is a fresh arena whose slabs land at other addresses; several at once, so no
    // two can share memory.
    let first = scope(|graph, token| build(graph, token));
    let others: Vec<Vec<usize>> = (0..3)
        .map(|_| {
            scope(|graph, token| {
                (
                    build(graph, token),
                    scope(|graph, token| build(graph, token)),
                )
                    .0
            })
        })
        .collect();
    for other in &others {
        let differ = other.iter().zip(&first).position(|(a, b)| a != b);
        assert_eq!(
            (other.len(), differ),
            (first.len(), None),
            "indices differ from node {differ:?} on"
        );
    }
    let mut arena = Arena::new_local();
    let kept = arena.scope_mut(|graph, token| build(graph, token));
    assert_eq!(kept.len(), first.len());
}

#[test]
fn indices_are_unique_small_and_follow_creation() {
    let indices = scope(|graph, token| build(graph, token));
    let unique: HashSet<_> = indices.iter().collect();
    assert_eq!(unique.len(), indices.len(), "unique across node types");
    assert!(
        indices.windows(2).all(|pair| pair[0] < pair[1]),
        "creation order"
    );
    // About one index per 8 bytes of nodes, plus the page headers' share.
    let bytes = NODES as usize * size_of::<Vertex<'_, '_>>()
        + (NODES as usize).div_ceil(3) * size_of::<Label<'_, '_>>();
    let bound = bytes / 8 * 11 / 10 + 512;
    assert!(
        *indices.last().unwrap() < bound,
        "largest index {} for {bytes} bytes of nodes",
        indices.last().unwrap()
    );
}

#[test]
fn handles_sort_in_creation_order_and_print_their_index() {
    scope(|graph, token| {
        let vertices: Vec<_> = (0..NODES).map(|id| Vertex::new_in(graph, id)).collect();
        let mut shuffled = vertices.clone();
        shuffled.reverse();
        shuffled.swap(0, 7);
        shuffled.sort();
        assert_eq!(shuffled, vertices);
        vertices[0].link_succ(vertices[1], token);
        let v = vertices[1];
        assert_eq!(format!("{v:?}"), format!("VertexRef({})", v.index()));
        // A node's derived `Debug` prints its links as indices too: no addresses, no cycles.
        let printed = format!("{:?}", vertices[0].borrow(token));
        assert_eq!(
            printed,
            format!(
                "Vertex {{ id: 0, succ: [VertexRef({})], pred: [] }}",
                vertices[1].index()
            )
        );
    });
}

#[test]
fn an_index_stays_with_its_node_and_passes_to_the_refill() {
    let mut arena = Arena::new_local();
    let (key, index) = arena.scope_mut(|graph, _| {
        let _before = Vertex::new_in(graph, 0);
        let node = Vertex::new_in(graph, 1);
        (node.key(), node.index())
    });
    let refill = arena.scope_mut(|graph, token| {
        let node = graph.get(key).expect("still there");
        assert_eq!(node.index(), index, "the same across scopes");
        assert!(graph.remove(node, token));
        let refill = Vertex::new_in(&graph.reusing(token), 2);
        assert_eq!(
            refill.index(),
            index,
            "the refill takes the removed node's slot"
        );
        refill.key()
    });
    assert_ne!(refill, key, "the key tells them apart");
    arena.read(|graph, token| {
        assert!(graph.get(key).is_none());
        assert_eq!(graph.get(refill).unwrap().borrow(token).id, 2);
    });
    // After `clear`, numbering starts again: the same build gives the same indices.
    let first = arena.scope_mut(|graph, _| {
        (0..3)
            .map(|id| Vertex::new_in(graph, id).index())
            .collect::<Vec<_>>()
    });
    arena.clear();
    let again = arena.scope_mut(|graph, _| {
        (0..3)
            .map(|id| Vertex::new_in(graph, id).index())
            .collect::<Vec<_>>()
    });
    let fresh = Arena::new_local().scope_mut(|graph, _| {
        (0..3)
            .map(|id| Vertex::new_in(graph, id).index())
            .collect::<Vec<_>>()
    });
    assert_eq!(again, fresh, "as in a new arena");
    assert_ne!(first, again, "the first build followed two earlier nodes");
}

/// A payload at the largest alignment nodes may have (1 KiB).
#[derive(Clone, Copy)]
#[repr(C, align(1024))]
struct Aligned {
    words: [u64; 3],
}

/// Small (one slot, under half a page) and large (a page of its own) nodes at that alignment.
#[ghost_graph]
struct SmallAligned {
    payload: Aligned,
    #[link(symmetric)]
    near: Vec<SmallAligned>,
}

#[ghost_graph]
struct LargeAligned {
    payload: Aligned,
    padding: [u8; 3000],
    #[link(symmetric)]
    near: Vec<LargeAligned>,
}

#[test]
fn nodes_at_the_largest_alignment_keep_their_ids_and_keys() {
    let mut arena = Arena::new_local();
    let payload = |i: u64| Aligned {
        // Bytes that would read as a page header of page `i`, epoch 1: a node must never be
        // taken for one.
        words: [i, 1, 1],
    };
    let keys = arena.scope_mut(|graph, token| {
        let small: Vec<_> = (0..3)
            .map(|i| SmallAligned::new_in(graph, payload(i)))
            .collect();
        let large: Vec<_> = (0..3)
            .map(|i| LargeAligned::new_in(graph, payload(i), [7; 3000]))
            .collect();
        small[0].link_near(small[1], token);
        large[0].link_near(large[2], token);
        let indices: HashSet<usize> = small
            .iter()
            .map(|node| node.index())
            .chain(large.iter().map(|node| node.index()))
            .collect();
        assert_eq!(indices.len(), 6, "distinct indices");
        for node in &small {
            assert_eq!(node.as_ptr().addr() % 1024, 0);
        }
        let small_keys: Vec<_> = small.iter().map(|node| node.key()).collect();
        let large_keys: Vec<_> = large.iter().map(|node| node.key()).collect();
        (
            small_keys,
            large_keys,
            small.iter().map(|n| n.index()).collect::<Vec<_>>(),
        )
    });
    arena.read(|graph, token| {
        let (small_keys, large_keys, small_indices) = &keys;
        for (i, key) in small_keys.iter().enumerate() {
            let node = graph.get(*key).expect("a live small node");
            assert_eq!(node.borrow(token).payload.words[0], i as u64);
            assert_eq!(node.index(), small_indices[i]);
        }
        for (i, key) in large_keys.iter().enumerate() {
            let node = graph.get(*key).expect("a live large node");
            assert_eq!(node.borrow(token).payload.words[0], i as u64);
            assert_eq!(node.borrow(token).padding[2999], 7);
        }
        let first = graph.get(large_keys[0]).unwrap();
        assert_eq!(first.near(token), [graph.get(large_keys[2]).unwrap()]);
    });
}

#[test]
fn creation_order_holds_across_scopes_of_an_arena() {
    let mut arena = Arena::new_local();
    let mut indices = Vec::new();
    // Each `scope_mut` takes the allocator's unfinished page back, or a new one.
    for round in 0..4 {
        let made = arena.scope_mut(|graph, _| {
            (0..NODES / 4)
                .map(|id| Vertex::new_in(graph, round * NODES + id).index())
                .collect::<Vec<_>>()
        });
        indices.extend(made);
    }
    assert!(indices.windows(2).all(|pair| pair[0] < pair[1]));
}

#[test]
fn a_large_node_sorts_after_the_small_ones_made_next_on_its_page() {
    #[ghost_graph]
    struct Blob {
        bytes: [u8; 3000],
        #[link]
        next: Option<Vertex>,
    }

    scope(|graph, token| {
        // Enough small nodes that the blob no longer fits in their page.
        let filler: Vec<_> = (0..30).map(|id| Vertex::new_in(graph, id)).collect();
        let before = filler[29];
        let blob = Blob::new_in(graph, [1; 3000]);
        let after = Vertex::new_in(graph, 1);
        blob.link_next(after, token);
        assert_eq!(blob.borrow(token).bytes[2999], 1);
        // The blob takes a page of its own, numbered after the page `before` and `after`
        // share: the documented exception to creation order.
        let got = (before.index(), after.index(), blob.index());
        assert!(got.0 < got.1 && got.1 < got.2, "{got:?}");
    });
    // A large node that still fits in the current page goes there, in order.
    scope(|graph, _| {
        let first = Vertex::new_in(graph, 0);
        let blob = Blob::new_in(graph, [2; 3000]);
        let next = Vertex::new_in(graph, 1);
        assert!(first.index() < blob.index() && blob.index() < next.index());
    });
}
