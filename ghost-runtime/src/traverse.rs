//! Breadth- and depth-first traversal over any link, for any node type.
//!
//! Both visit each node once, by identity, reading through `&GhostToken` only (so they run
//! alongside other readers, on any thread). Neighbours come from a function, so any link
//! works: a generated accessor (`VertexRef::succ`, `NodeRef::next`) or a closure combining
//! several.
//!
//! The visited set is a bitmap over the nodes' dense indices (see `page.rs`): one bit per 8
//! bytes of the arena's nodes while the traversal runs, and no field in any node.

use alloc::vec::Vec;

use ghost_cell::GhostToken;

use crate::edge::Neighbour;
use crate::node_ptr::NodeHandle;

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
pub fn bfs<'t, 'arena, 'id, N, F, I>(
    starts: impl IntoIterator<Item = N>,
    token: &'t GhostToken<'id>,
    neighbours: F,
) -> Bfs<'t, 'id, N, F>
where
    N: NodeHandle<'arena, 'id>,
    F: FnMut(N, &'t GhostToken<'id>) -> I,
    I: IntoIterator,
    I::Item: Neighbour<N>,
{
    let mut visited = VisitedSet::default();
    let level = starts
        .into_iter()
        .filter(|&start| visited.insert(start.node_ptr().index()))
        .collect();
    Bfs {
        level,
        position: 0,
        next_level: Vec::new(),
        depth: 0,
        visited,
        token,
        neighbours,
    }
}

/// The iterator returned by [`bfs`].
///
/// It works level by level: the nodes at the current distance, then the ones they discover.
#[must_use = "iterators do nothing unless consumed"]
pub struct Bfs<'t, 'id, N, F> {
    level: Vec<N>,
    /// How many nodes of `level` have been yielded.
    position: usize,
    next_level: Vec<N>,
    depth: usize,
    visited: VisitedSet,
    token: &'t GhostToken<'id>,
    neighbours: F,
}

impl<'t, 'arena, 'id, N, F, I> Iterator for Bfs<'t, 'id, N, F>
where
    N: NodeHandle<'arena, 'id>,
    F: FnMut(N, &'t GhostToken<'id>) -> I,
    I: IntoIterator,
    I::Item: Neighbour<N>,
{
    type Item = (N, usize);

    #[inline]
    fn next(&mut self) -> Option<(N, usize)> {
        if self.position == self.level.len() {
            if self.next_level.is_empty() {
                return None;
            }
            core::mem::swap(&mut self.level, &mut self.next_level);
            self.next_level.clear();
            self.position = 0;
            self.depth += 1;
        }
        let node = self.level[self.position];
        self.position += 1;
        for neighbour in (self.neighbours)(node, self.token) {
            let neighbour = neighbour.node();
            if self.visited.insert(neighbour.node_ptr().index()) {
                self.next_level.push(neighbour);
            }
        }
        Some((node, self.depth))
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
pub fn dfs<'t, 'arena, 'id, N, F, I>(
    starts: impl IntoIterator<Item = N>,
    token: &'t GhostToken<'id>,
    neighbours: F,
) -> Dfs<'t, 'id, N, F>
where
    N: NodeHandle<'arena, 'id>,
    F: FnMut(N, &'t GhostToken<'id>) -> I,
    I: IntoIterator,
    I::Item: Neighbour<N>,
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

impl<'t, 'arena, 'id, N, F, I> Iterator for Dfs<'t, 'id, N, F>
where
    N: NodeHandle<'arena, 'id>,
    F: FnMut(N, &'t GhostToken<'id>) -> I,
    I: IntoIterator,
    I::Item: Neighbour<N>,
{
    type Item = N;

    fn next(&mut self) -> Option<N> {
        loop {
            let node = self.stack.pop()?;
            if !self.visited.insert(node.node_ptr().index()) {
                continue;
            }
            self.pending.extend(
                (self.neighbours)(node, self.token)
                    .into_iter()
                    .map(|neighbour| neighbour.node()),
            );
            self.stack.extend(self.pending.drain(..).rev());
            return Some(node);
        }
    }
}

impl<N: core::fmt::Debug, F> core::fmt::Debug for Bfs<'_, '_, N, F> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Bfs")
            .field("depth", &self.depth)
            .field(
                "queued",
                &(self.level.len() - self.position + self.next_level.len()),
            )
            .finish_non_exhaustive()
    }
}

impl<N: core::fmt::Debug, F> core::fmt::Debug for Dfs<'_, '_, N, F> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Dfs")
            .field("stacked", &self.stack.len())
            .finish_non_exhaustive()
    }
}

/// The set of visited nodes: a bitmap over dense indices, grown on demand.
///
/// This runs once per edge, so it does no more than it must: one load, and a store only for
/// a new node; growth is out of line. The petgraph view's visit maps are one too.
#[derive(Clone, Default)]
pub(crate) struct VisitedSet {
    words: Vec<u64>,
}

impl VisitedSet {
    /// Adds `index`; `true` if it was not there yet.
    #[inline]
    pub(crate) fn insert(&mut self, index: usize) -> bool {
        let (word, bit) = (index / 64, 1_u64 << (index % 64));
        let Some(slot) = self.words.get_mut(word) else {
            return self.insert_after_growing(word, bit);
        };
        if *slot & bit != 0 {
            return false;
        }
        *slot |= bit;
        true
    }

    /// `insert` for an index beyond the bitmap, which is then new.
    #[cold]
    #[inline(never)]
    fn insert_after_growing(&mut self, word: usize, bit: u64) -> bool {
        self.words.resize((word + 1).next_power_of_two(), 0);
        self.words[word] |= bit;
        true
    }
}

/// What petgraph's visit maps ask beyond `insert` (the `petgraph` feature's view uses this set).
#[cfg(feature = "petgraph")]
impl VisitedSet {
    /// An empty set with room for the indices below `bound` (it still grows past them).
    pub(crate) fn with_bound(bound: usize) -> Self {
        Self {
            words: alloc::vec![0; bound.div_ceil(64)],
        }
    }

    /// Whether `index` is in the set.
    #[inline]
    pub(crate) fn contains(&self, index: usize) -> bool {
        self.words
            .get(index / 64)
            .is_some_and(|word| word & (1 << (index % 64)) != 0)
    }

    /// Takes `index` out; `true` if it was there.
    pub(crate) fn remove(&mut self, index: usize) -> bool {
        let was_there = self.contains(index);
        if was_there {
            self.words[index / 64] &= !(1 << (index % 64));
        }
        was_there
    }

    /// Empties the set, keeping its memory.
    pub(crate) fn clear(&mut self) {
        self.words.fill(0);
    }
}

#[cfg(test)]
mod tests {
    use super::VisitedSet;

    #[test]
    fn visited_set_reports_each_index_once() {
        let mut set = VisitedSet::default();
        let indices: Vec<usize> = (0..5000).map(|i| i * 3 + (i % 7) * 20_000).collect();
        assert!(indices.iter().all(|&i| set.insert(i)));
        assert!(indices.iter().all(|&i| !set.insert(i)));
        let bits: u32 = set.words.iter().map(|w| w.count_ones()).sum();
        assert_eq!(bits as usize, indices.len());
    }

    #[cfg(feature = "petgraph")]
    #[test]
    fn visited_set_removes_and_clears() {
        let mut set = VisitedSet::with_bound(100);
        assert!(set.insert(3) && set.insert(99) && set.insert(1000));
        assert!(set.contains(3) && set.contains(1000) && !set.contains(4) && !set.contains(5000));
        assert!(set.remove(3) && !set.remove(3) && !set.remove(5000));
        assert!(!set.contains(3) && set.contains(99));
        set.clear();
        assert!(!set.contains(99) && !set.contains(1000));
        assert!(set.insert(99));
    }
}
