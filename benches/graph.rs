//! Workload 2: a random directed graph G(n, m) (n = 100,000, m = 400,000; 1,000 / 4,000 in
//! quick mode), edges from `common::random_edges`, the same for every implementation.
//!
//! - `graph/build`: n vertices (payload: a `u32` id), then the m edges in order. The built
//!   graph is dropped outside the timing (`iter_batched`, one build per batch), for every
//!   implementation alike.
//! - `graph/bfs`: breadth-first from vertex 0 over out-edges, counting reached vertices
//!   (ghost-graph's `bfs` also yields distances, which are summed).
//! - `graph/dfs`: depth-first preorder from vertex 0 over out-edges, counting reached vertices.
//!
//! Every traversal input is built once, outside the timing, and each implementation's count is
//! checked against the `Vec<Vec<usize>>` baseline before it is timed. The ghost-graph graph
//! lives in a `scope` that encloses the timing of both traversal groups.
//!
//! Run with `cargo bench --bench graph` (`GHOST_BENCH_QUICK=1` for the quick mode).

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use ghost_runtime::{Arena, GhostToken};

mod common;

/// One module per implementation; each builds from `(n, edges)` and traverses from vertex 0.
mod graph_peers {
    pub mod ghost_graph;
    pub mod ghost_graph_with_pred;
    pub mod petgraph_graph;
    pub mod petgraph_stable;
    pub mod rc_refcell;
    pub mod vec_vec;
}

use graph_peers::{
    ghost_graph, ghost_graph_with_pred, petgraph_graph, petgraph_stable, rc_refcell, vec_vec,
};

/// Sample size 20, 1 s warm-up, 3 s measurement; 10 samples and a fraction of that in quick
/// mode, which only proves the benchmarks run.
fn config() -> Criterion {
    let criterion = Criterion::default();
    if common::quick() {
        criterion
            .sample_size(10)
            .warm_up_time(Duration::from_millis(100))
            .measurement_time(Duration::from_millis(300))
    } else {
        criterion
            .sample_size(20)
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(3))
    }
}

fn build(c: &mut Criterion) {
    let (n, m) = common::graph_size();
    let edges = common::random_edges(n, m);
    let edges = &edges[..];

    // Correctness, once, outside the timing: payloads in place, and `link_succ` kept `pred`.
    ghost_runtime::scope(|graph, token| {
        let vertices = ghost_graph_with_pred::build(graph, token, n, edges);
        let last = vertices[n - 1];
        assert_eq!(last.borrow(token).id as usize, n - 1);
        let in_edges: usize = vertices.iter().map(|v| v.pred(token).len()).sum();
        assert_eq!(in_edges, m);
    });
    let vecs = vec_vec::build(n, edges);
    assert_eq!(vecs.ids[n - 1] as usize, n - 1);
    assert_eq!(vecs.succ.iter().map(Vec::len).sum::<usize>(), m);

    let mut group = c.benchmark_group("graph/build");

    // The arena is made and dropped outside the timing; the scope (allocation, linking, and
    // handing the destructor records to the arena) inside it.
    group.bench_function("ghost_graph", |b| {
        b.iter_batched(
            Arena::new,
            |arena| {
                arena.scope(|graph, token| {
                    black_box(ghost_graph::build(graph, token, n, edges).len());
                });
                arena
            },
            BatchSize::PerIteration,
        );
    });
    group.bench_function("ghost_graph_with_pred", |b| {
        b.iter_batched(
            Arena::new,
            |arena| {
                arena.scope(|graph, token| {
                    black_box(ghost_graph_with_pred::build(graph, token, n, edges).len());
                });
                arena
            },
            BatchSize::PerIteration,
        );
    });
    group.bench_function("petgraph_graph", |b| {
        b.iter_batched(
            || (),
            |()| petgraph_graph::build(n, edges),
            BatchSize::PerIteration,
        );
    });
    group.bench_function("petgraph_stable_graph", |b| {
        b.iter_batched(
            || (),
            |()| petgraph_stable::build(n, edges),
            BatchSize::PerIteration,
        );
    });
    group.bench_function("vec_vec", |b| {
        b.iter_batched(
            || (),
            |()| vec_vec::build(n, edges),
            BatchSize::PerIteration,
        );
    });
    group.bench_function("rc_refcell", |b| {
        b.iter_batched(
            || (),
            |()| rc_refcell::build(n, edges),
            BatchSize::PerIteration,
        );
    });
    group.finish();
}

fn traverse(c: &mut Criterion) {
    let (n, m) = common::graph_size();
    let edges = common::random_edges(n, m);
    let petgraph = petgraph_graph::build(n, &edges);
    let stable = petgraph_stable::build(n, &edges);
    let vecs = vec_vec::build(n, &edges);
    let rcs = rc_refcell::build(n, &edges);

    ghost_runtime::scope(|graph, token| {
        let vertices = ghost_graph::build(graph, token, n, &edges);
        let token: &GhostToken<'_> = token;
        let start = vertices[0];
        assert_eq!(start.borrow(token).id, 0);

        // Correctness, once, outside the timing: every implementation reaches the same
        // vertices (DFS orders may differ, so counts only).
        let reached = vec_vec::bfs(&vecs);
        assert_eq!(vec_vec::dfs(&vecs), reached, "vec_vec dfs");
        assert_eq!(ghost_graph::bfs(start, token).0, reached, "ghost_graph bfs");
        assert_eq!(ghost_graph::dfs(start, token), reached, "ghost_graph dfs");
        assert_eq!(petgraph_graph::bfs(&petgraph), reached, "petgraph bfs");
        assert_eq!(petgraph_graph::dfs(&petgraph), reached, "petgraph dfs");
        assert_eq!(petgraph_stable::bfs(&stable), reached, "stable bfs");
        assert_eq!(petgraph_stable::dfs(&stable), reached, "stable dfs");
        assert_eq!(rc_refcell::bfs(&rcs), reached, "rc_refcell bfs");
        assert_eq!(rc_refcell::dfs(&rcs), reached, "rc_refcell dfs");
        eprintln!("graph: {n} vertices, {m} edges; {reached} reachable from vertex 0");

        let mut group = c.benchmark_group("graph/bfs");
        group.bench_function("ghost_graph", |b| {
            b.iter(|| ghost_graph::bfs(black_box(start), token));
        });
        group.bench_function("petgraph_graph", |b| {
            b.iter(|| petgraph_graph::bfs(black_box(&petgraph)));
        });
        group.bench_function("petgraph_stable_graph", |b| {
            b.iter(|| petgraph_stable::bfs(black_box(&stable)));
        });
        group.bench_function("vec_vec", |b| {
            b.iter(|| vec_vec::bfs(black_box(&vecs)));
        });
        group.bench_function("rc_refcell", |b| {
            b.iter(|| rc_refcell::bfs(black_box(&rcs)));
        });
        group.finish();

        let mut group = c.benchmark_group("graph/dfs");
        group.bench_function("ghost_graph", |b| {
            b.iter(|| ghost_graph::dfs(black_box(start), token));
        });
        group.bench_function("petgraph_graph", |b| {
            b.iter(|| petgraph_graph::dfs(black_box(&petgraph)));
        });
        group.bench_function("petgraph_stable_graph", |b| {
            b.iter(|| petgraph_stable::dfs(black_box(&stable)));
        });
        group.bench_function("vec_vec", |b| {
            b.iter(|| vec_vec::dfs(black_box(&vecs)));
        });
        group.bench_function("rc_refcell", |b| {
            b.iter(|| rc_refcell::dfs(black_box(&rcs)));
        });
        group.finish();
    });
}

criterion_group! {
    name = benches;
    config = config();
    targets = build, traverse
}
criterion_main!(benches);
