//! Checked tree moves: an `Option` parent link paired with `Vec` (or array) children.
//!
//! Moving a node under its own descendant would cut its subtree off the tree into a cycle
//! (`iter_parent` would never end). The plain `link_parent` is one link operation and does
//! not look up the tree; the generated `try_link_parent` first walks up from the new parent
//! with [`check_move`] and refuses such a move with a [`LinkError`]. The walk stops on a chain
//! of parents that already loops (Brent's cycle detection), so it ends whatever state an
//! unchecked move or a direct field write left.

use core::fmt;

use ghost_cell::GhostToken;

use crate::node_ptr::NodeHandle;

/// Why a checked tree move (a generated `try_link_<parent>`) was refused; the tree is left
/// as it was.
///
/// ```
/// use ghost_runtime::{LinkError, ghost_graph, scope};
///
/// #[ghost_graph]
/// struct Dir {
///     #[link(inverse = parent)]
///     children: Vec<Dir>,
///     parent: Option<Dir>,
/// }
///
/// scope(|graph, token| {
///     let [root, sub] = [(), ()].map(|()| Dir::new_in(graph));
///     sub.link_parent(root, token);
///     assert_eq!(root.try_link_parent(sub, token), Err(LinkError::ParentIsDescendant { depth: 1 }));
///     assert_eq!(root.try_link_parent(root, token), Err(LinkError::ParentIsSelf));
///     assert_eq!(root.parent(token), None); // unchanged
/// });
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LinkError {
    /// The new parent is the node itself (indextree's `AppendSelf`).
    ParentIsSelf,
    /// The new parent lies `depth` links below the node, in its subtree: the move would make
    /// a cycle of `depth + 1` nodes cut off from the tree (indextree's `AppendAncestor`).
    ParentIsDescendant {
        /// How many parent links lead from the new parent up to the node (1: a child).
        depth: usize,
    },
    /// The new parent's chain of parents already loops without reaching the node: an earlier
    /// unchecked link or a direct write to the field made a cycle.
    ParentChainLoops,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ParentIsSelf => f.write_str("cannot make a node its own parent"),
            Self::ParentIsDescendant { depth } => write!(
                f,
                "cannot move a node under its own descendant ({depth} {} below it): the subtree would become a cycle of {} nodes cut off from the tree",
                if *depth == 1 { "level" } else { "levels" },
                depth + 1
            ),
            Self::ParentChainLoops => f.write_str(
                "the new parent's chain of parents already loops (made by an unchecked link or a direct field write)",
            ),
        }
    }
}

impl core::error::Error for LinkError {}

/// Where a walk up the parent links from a node ended.
enum Climb {
    /// It met the node sought, this many links up.
    Found(usize),
    /// It reached a node without a parent.
    Root,
    /// The chain loops without the node sought.
    Loop,
}

/// Walks from `start` (included) along `up` until `sought`, a root, or a repeated node.
///
/// Brent's cycle detection: a mark is left at the node reached after 1, 2, 4, .. steps, and
/// the walk is on a loop exactly when it comes back to the mark; every node of the loop was
/// compared with `sought` by then. Ends after at most about three times as many steps as the
/// chain has distinct nodes, and takes no memory.
fn climb<'arena, 'id, N, F>(start: N, sought: N, token: &GhostToken<'id>, up: &F) -> Climb
where
    N: NodeHandle<'arena, 'id> + PartialEq,
    F: Fn(&N::Data) -> Option<N>,
{
    let (mut current, mut steps) = (start, 0usize);
    let (mut mark, mut leg, mut power) = (start, 0usize, 1usize);
    loop {
        if current == sought {
            return Climb::Found(steps);
        }
        let Some(next) = up(current.node_ptr().borrow(token)) else {
            return Climb::Root;
        };
        current = next;
        steps += 1;
        if current == mark {
            return Climb::Loop;
        }
        leg += 1;
        if leg == power {
            (mark, leg, power) = (current, 0, power.saturating_mul(2));
        }
    }
}

/// Whether `node` may be linked under `parent` through the parent link `up` without making a
/// cycle: `parent` is not `node`, not below it, and its own chain of parents ends at a root.
///
/// # Errors
/// The [`LinkError`] that names the cycle the move would make, or the one already there.
pub fn check_move<'arena, 'id, N, F>(
    node: N,
    parent: N,
    token: &GhostToken<'id>,
    up: F,
) -> Result<(), LinkError>
where
    N: NodeHandle<'arena, 'id> + PartialEq,
    F: Fn(&N::Data) -> Option<N>,
{
    match climb(parent, node, token, &up) {
        Climb::Found(0) => Err(LinkError::ParentIsSelf),
        Climb::Found(depth) => Err(LinkError::ParentIsDescendant { depth }),
        Climb::Root => Ok(()),
        Climb::Loop => Err(LinkError::ParentChainLoops),
    }
}

/// Whether `ancestor` is on `node`'s chain of parents through `up` (`node` itself excluded).
/// Ends on a chain that loops.
pub fn is_ancestor<'arena, 'id, N, F>(ancestor: N, node: N, token: &GhostToken<'id>, up: F) -> bool
where
    N: NodeHandle<'arena, 'id> + PartialEq,
    F: Fn(&N::Data) -> Option<N>,
{
    // Start one link up, so that `node` itself only counts if the chain loops back to it.
    let Some(first) = up(node.node_ptr().borrow(token)) else {
        return false;
    };
    matches!(climb(first, ancestor, token, &up), Climb::Found(_))
}

#[cfg(test)]
mod tests {
    use super::{LinkError, check_move, is_ancestor};
    use crate::arena::scope;
    use crate::graph::NodeAllocator;
    use crate::node_ptr::NodePtr;

    /// A node with a parent link only.
    struct Up<'arena, 'id>(Option<NodePtr<'arena, 'id, Up<'arena, 'id>>>);

    fn up<'arena, 'id>(node: &Up<'arena, 'id>) -> Option<NodePtr<'arena, 'id, Up<'arena, 'id>>> {
        node.0
    }

    #[test]
    fn refuses_self_and_descendants_and_ends_on_loops() {
        scope(|graph, token| {
            let nodes: [NodePtr<'_, '_, Up<'_, '_>>; 5] =
                core::array::from_fn(|_| graph.alloc_node(Up(None)));
            // 0 <- 1 <- 2 <- 3; 4 alone.
            for child in 1..4 {
                nodes[child].borrow_mut(token).0 = Some(nodes[child - 1]);
            }
            assert_eq!(
                check_move(nodes[1], nodes[1], token, up),
                Err(LinkError::ParentIsSelf)
            );
            assert_eq!(
                check_move(nodes[1], nodes[3], token, up),
                Err(LinkError::ParentIsDescendant { depth: 2 })
            );
            assert_eq!(check_move(nodes[3], nodes[1], token, up), Ok(()));
            assert_eq!(check_move(nodes[4], nodes[3], token, up), Ok(()));
            assert!(is_ancestor(nodes[0], nodes[3], token, up));
            assert!(!is_ancestor(nodes[3], nodes[0], token, up));
            assert!(!is_ancestor(nodes[2], nodes[2], token, up));

            // Corrupt the chain: 1 <- 2 <- 3 <- 1 (a loop of three), 0 left out.
            nodes[1].borrow_mut(token).0 = Some(nodes[3]);
            assert_eq!(
                check_move(nodes[4], nodes[2], token, up),
                Err(LinkError::ParentChainLoops)
            );
            assert_eq!(
                check_move(nodes[1], nodes[2], token, up),
                Err(LinkError::ParentIsDescendant { depth: 1 })
            );
            assert!(!is_ancestor(nodes[0], nodes[3], token, up));
            assert!(
                is_ancestor(nodes[3], nodes[3], token, up),
                "on a loop, a node is its own ancestor"
            );
            // A self-loop.
            nodes[4].borrow_mut(token).0 = Some(nodes[4]);
            assert_eq!(
                check_move(nodes[0], nodes[4], token, up),
                Err(LinkError::ParentChainLoops)
            );
        });
    }

    #[test]
    fn errors_display_the_cycle() {
        extern crate std;
        use std::string::ToString;
        assert_eq!(
            LinkError::ParentIsDescendant { depth: 2 }.to_string(),
            "cannot move a node under its own descendant (2 levels below it): the subtree would become a cycle of 3 nodes cut off from the tree"
        );
        let error: &dyn core::error::Error = &LinkError::ParentIsSelf;
        assert_eq!(error.to_string(), "cannot make a node its own parent");
    }
}
