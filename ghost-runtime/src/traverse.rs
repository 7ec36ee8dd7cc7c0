//! Breadth- and depth-first traversal over any link, for any node type.
//!
//! Both visit each node once, by identity, reading through `&GhostToken` only (so they run
//! alongside other readers, on any thread). Neighbours come from a function, so any link
//! works: a generated accessor (`VertexRef::succ`, `NodeRef::next`) or a closure combining
//! several.
//!
//! The visited set is keyed by node address in an open-addressing table: it adds no field to
//! any node, and costs about two words per visited node while the traversal runs.

use alloc::collections::VecDeque;
use alloc::vec::Vec;
use core::borrow::Borrow;
use core::ops::Deref;

use ghost_cell::{GhostCell, GhostToken};

/// Breadth-first traversal from `starts`, yielding each reachable node once with its distance
/// (in links) from the nearest start.
///
/// ```
/// use ghost_runtime::{bfs, ghost_graph, scope};
///
/// #[ghost_graph]
/// struct Vertex {
///     id: u32,
///     #[link(inverse = pred)]
///     succ: Vec<Vertex>,
///     pred: Vec<Vertex>,
/// }
///
/// let order = scope(|graph, token| {
///     let v: Vec<_> = (0..4).map(|id| Vertex::new_in(graph, id)).collect();
///     v[0].link_succ(v[1], token);
///     v[0].link_succ(v[2], token);
///     v[2].link_succ(v[3], token);
///     v[3].link_succ(v[0], token); // a cycle: still visited once
///     bfs([v[0]], token, VertexRef::succ)
///         .map(|(vertex, depth)| (vertex.borrow(token).id, depth))
///         .collect::<Vec<_>>()
/// });
/// assert_eq!(order, [(0, 0), (1, 1), (2, 1), (3, 2)]);
/// ```
pub fn bfs<'t, 'id, N, D, F, I>(
    starts: impl IntoIterator<Item = N>,
    token: &'t GhostToken<'id>,
    neighbours: F,
) -> Bfs<'t, 'id, N, F>
where
    N: Copy + Deref<Target = GhostCell<'id, D>>,
    F: FnMut(N, &'t GhostToken<'id>) -> I,
    I: IntoIterator,
    I::Item: Borrow<N>,
{
    let mut visited = VisitedSet::default();
    let queue = starts
        .into_iter()
        .filter(|&start| visited.insert(address(start)))
        .map(|start| (start, 0))
        .collect();
    Bfs {
        queue,
        visited,
        token,
        neighbours,
    }
}

/// The iterator returned by [`bfs`].
#[must_use = "iterators do nothing unless consumed"]
pub struct Bfs<'t, 'id, N, F> {
    queue: VecDeque<(N, usize)>,
    visited: VisitedSet,
    token: &'t GhostToken<'id>,
    neighbours: F,
}

impl<'t, 'id, N, D, F, I> Iterator for Bfs<'t, 'id, N, F>
where
    N: Copy + Deref<Target = GhostCell<'id, D>>,
    F: FnMut(N, &'t GhostToken<'id>) -> I,
    I: IntoIterator,
    I::Item: Borrow<N>,
{
    type Item = (N, usize);

    fn next(&mut self) -> Option<(N, usize)> {
        let (node, depth) = self.queue.pop_front()?;
        for neighbour in (self.neighbours)(node, self.token) {
            let neighbour = *neighbour.borrow();
            if self.visited.insert(address(neighbour)) {
                self.queue.push_back((neighbour, depth + 1));
            }
        }
        Some((node, depth))
    }
}

/// Depth-first traversal from `starts` in preorder: each reachable node once, neighbours in the
/// order the function gives them.
///
/// ```
/// use ghost_runtime::{dfs, ghost_graph, scope};
///
/// #[ghost_graph]
/// struct Dir {
///     name: &'static str,
///     #[link(inverse = parent)]
///     children: Vec<Dir>,
///     parent: Option<Dir>,
/// }
///
/// let names = scope(|graph, token| {
///     let [root, a, b, c] = ["/", "a", "b", "c"].map(|name| Dir::new_in(graph, name));
///     root.link_children(a, token);
///     root.link_children(c, token);
///     a.link_children(b, token);
///     dfs([root], token, DirRef::children)
///         .map(|dir| dir.borrow(token).name)
///         .collect::<Vec<_>>()
/// });
/// assert_eq!(names, ["/", "a", "b", "c"]);
/// ```
pub fn dfs<'t, 'id, N, D, F, I>(
    starts: impl IntoIterator<Item = N>,
    token: &'t GhostToken<'id>,
    neighbours: F,
) -> Dfs<'t, 'id, N, F>
where
    N: Copy + Deref<Target = GhostCell<'id, D>>,
    F: FnMut(N, &'t GhostToken<'id>) -> I,
    I: IntoIterator,
    I::Item: Borrow<N>,
{
    let mut stack: Vec<N> = starts.into_iter().collect();
    stack.reverse();
    Dfs {
        stack,
        pending: Vec::new(),
        visited: VisitedSet::default(),
        token,
        neighbours,
    }
}

/// The iterator returned by [`dfs`].
#[must_use = "iterators do nothing unless consumed"]
pub struct Dfs<'t, 'id, N, F> {
    stack: Vec<N>,
    /// Scratch space to push one node's neighbours in reverse.
    pending: Vec<N>,
    visited: VisitedSet,
    token: &'t GhostToken<'id>,
    neighbours: F,
}

impl<'t, 'id, N, D, F, I> Iterator for Dfs<'t, 'id, N, F>
where
    N: Copy + Deref<Target = GhostCell<'id, D>>,
    F: FnMut(N, &'t GhostToken<'id>) -> I,
    I: IntoIterator,
    I::Item: Borrow<N>,
{
    type Item = N;

    fn next(&mut self) -> Option<N> {
        loop {
            let node = self.stack.pop()?;
            if !self.visited.insert(address(node)) {
                continue;
            }
            self.pending.extend(
                (self.neighbours)(node, self.token)
                    .into_iter()
                    .map(|neighbour| *neighbour.borrow()),
            );
            self.stack.extend(self.pending.drain(..).rev());
            return Some(node);
        }
    }
}

impl<N: core::fmt::Debug, F> core::fmt::Debug for Bfs<'_, '_, N, F> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Bfs")
            .field("queued", &self.queue.len())
            .field("visited", &self.visited.len)
            .finish_non_exhaustive()
    }
}

impl<N: core::fmt::Debug, F> core::fmt::Debug for Dfs<'_, '_, N, F> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Dfs")
            .field("stacked", &self.stack.len())
            .field("visited", &self.visited.len)
            .finish_non_exhaustive()
    }
}

/// A node's identity: the address of its cell (never zero).
#[inline]
fn address<'id, N: Deref<Target = GhostCell<'id, D>>, D>(node: N) -> usize {
    core::ptr::from_ref::<GhostCell<'id, D>>(&node).addr()
}

/// A set of non-zero addresses: open addressing with linear probing, kept at most half full,
/// hashed by Fibonacci multiplication (addresses are aligned, so the low bits carry little).
#[derive(Default)]
struct VisitedSet {
    slots: Vec<usize>,
    len: usize,
}

impl VisitedSet {
    /// Adds `address`; `true` if it was not there yet.
    #[inline]
    fn insert(&mut self, address: usize) -> bool {
        debug_assert_ne!(address, 0);
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut slot = Self::hash(address) & mask;
        loop {
            match self.slots[slot] {
                0 => {
                    self.slots[slot] = address;
                    self.len += 1;
                    return true;
                }
                present if present == address => return false,
                _ => slot = (slot + 1) & mask,
            }
        }
    }

    #[inline]
    fn hash(address: usize) -> usize {
        // 2^64 / golden ratio; the high bits of the product mix all bits of the address.
        let mixed = (address as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (mixed >> 32) as usize ^ (mixed as usize)
    }

    fn grow(&mut self) {
        let capacity = (self.slots.len() * 2).max(64);
        let old = core::mem::replace(&mut self.slots, alloc::vec![0; capacity]);
        self.len = 0;
        for address in old.into_iter().filter(|&address| address != 0) {
            self.insert(address);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::VisitedSet;

    #[test]
    fn visited_set_reports_each_address_once() {
        let mut set = VisitedSet::default();
        let addresses: Vec<usize> = (1..=5000).map(|i| i * 24).collect();
        assert!(addresses.iter().all(|&a| set.insert(a)));
        assert!(addresses.iter().all(|&a| !set.insert(a)));
        assert_eq!(set.len, addresses.len());
        assert!(set.slots.len() >= 2 * addresses.len());
    }
}
