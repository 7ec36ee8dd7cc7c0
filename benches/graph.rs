//! Workload 2: a random directed graph G(n, m) (n = 100,000, m = 400,000; 1,000 / 4,000 in
//! quick mode), edges from `common::random_edges`, the same for every implementation.
//!
//! - `graph/build`: n vertices (payload: a `u32` id), then the m edges in order. The built
//!   graph is dropped outside the timing (`iter_batched`, one build per batch), for every
//!   implementation alike.
//! - `graph/bfs`: breadth-first from vertex 0 over out-edges, counting reached vertices
//!   (ghost-graph's `bfs` also yields distances, which are summed).
//! - `graph/dfs`: depth-first preorder from vertex 0 over out-edges, counting reached vertices.
//! - `graph/dijkstra`: petgraph's `dijkstra` from vertex 0 over the same edges weighted by
//!   `common::random_weights` (1 to 100), summing the distances: on a `Graph<u32, u32>`, and on
//!   ghost-graph vertices through `ghost_runtime::petgraph::GraphView` (built outside the timing,
//!   as the `Graph` is; `ghost_graph_view_built_in` builds it inside).
//!
//! Every traversal input is built once, outside the timing, and each implementation's count is
//! checked against the `Vec<Vec<usize>>` baseline before it is timed. The ghost-graph graph
//! lives in a `scope` that encloses the timing of both traversal groups.
//!
//! Run with `cargo bench --bench graph` (`GHOST_BENCH_QUICK=1` for the quick mode).
//!
//! **Instruction counts**: with `GHOST_BENCH_DRIVER=dijkstra:<ghost_graph|petgraph_graph>` set,
//! the binary skips criterion and runs one Dijkstra at the benchmark size in
//! `callgrind_measured_dijkstra`, for `valgrind --tool=callgrind
//! --toggle-collect='*callgrind_measured*'` to count alone (the graphs are built outside it);
//! `GHOST_BENCH_DRIVER=dijkstra:alternate` times the two in turns (medians of 31 each).
//! `GHOST_BENCH_DRIVER=<bfs|dfs>:<ghost_graph|vec_vec|petgraph_graph>` runs one traversal in
//! `callgrind_measured_traversal` the same way; with `GHOST_BENCH_N=<vertices>` (4 edges per
//! vertex) on a graph of that size instead, and with `GHOST_BENCH_REPS=<k>` `k` times after
//! one unmeasured run, so that a small graph is measured with a warm cache (add
//! `--cache-sim=yes` to count misses).

use std::hash::Hash;
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, criterion_group};
use ghost_runtime::{Arena, GhostToken};
use petgraph::graph::NodeIndex;
use petgraph::visit::{EdgeRef, IntoEdges, Visitable};

mod common;

/// One module per implementation; each builds from `(n, edges)` and traverses from vertex 0.
mod graph_peers {
    pub mod ghost_graph;
    pub mod ghost_graph_weighted;
    pub mod ghost_graph_with_pred;
    pub mod petgraph_graph;
    pub mod petgraph_stable;
    pub mod rc_refcell;
    pub mod vec_vec;
}

use graph_peers::{
    ghost_graph, ghost_graph_weighted, ghost_graph_with_pred, petgraph_graph, petgraph_stable,
    rc_refcell, vec_vec,
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

/// petgraph's `dijkstra` from `start` with `u32` weights, on any graph: (vertices reached, sum
/// of their distances). The same call for every implementation.
fn dijkstra_totals<G>(graph: G, start: G::NodeId) -> (usize, u64)
where
    G: IntoEdges<EdgeWeight = u32> + Visitable,
    G::NodeId: Eq + Hash,
{
    let distances = petgraph::algo::dijkstra(graph, start, None, |edge| *edge.weight());
    let total = distances.values().map(|&d| u64::from(d)).sum();
    (distances.len(), total)
}

#[inline(never)]
fn callgrind_measured_dijkstra<G>(graph: G, start: G::NodeId) -> (usize, u64)
where
    G: IntoEdges<EdgeWeight = u32> + Visitable,
    G::NodeId: Eq + Hash,
{
    dijkstra_totals(graph, start)
}

/// `traversal` once unmeasured, then `reps` times in its own function for callgrind's
/// `--toggle-collect`; the last result.
fn warm_then_measured<R>(reps: usize, mut traversal: impl FnMut() -> R) -> R {
    black_box(traversal());
    callgrind_measured_traversal(reps, traversal)
}

#[inline(never)]
fn callgrind_measured_traversal<R>(reps: usize, mut traversal: impl FnMut() -> R) -> R {
    let mut result = traversal();
    for _ in 1..reps {
        result = black_box(traversal());
    }
    result
}

/// `GHOST_BENCH_DRIVER=<bfs|dfs>:<implementation>`: `reps` traversals after a warm-up, the
/// graph built outside the measured function; the vertices reached.
fn traversal_driver(
    kind: &str,
    implementation: &str,
    n: usize,
    edges: &[(usize, usize)],
    reps: usize,
) -> usize {
    let bfs = match kind {
        "bfs" => true,
        "dfs" => false,
        _ => panic!("GHOST_BENCH_DRIVER={kind}:..: expected bfs or dfs"),
    };
    match implementation {
        "ghost_graph" => ghost_runtime::scope(|graph, token| {
            let vertices = ghost_graph::build(graph, token, n, edges);
            let (start, token) = (vertices[0], &*token);
            warm_then_measured(reps, || {
                if bfs {
                    ghost_graph::bfs(black_box(start), token).0
                } else {
                    ghost_graph::dfs(black_box(start), token)
                }
            })
        }),
        "vec_vec" => {
            let vecs = vec_vec::build(n, edges);
            warm_then_measured(reps, || {
                if bfs {
                    vec_vec::bfs(black_box(&vecs))
                } else {
                    vec_vec::dfs(black_box(&vecs))
                }
            })
        }
        "petgraph_graph" => {
            let petgraph = petgraph_graph::build(n, edges);
            warm_then_measured(reps, || {
                if bfs {
                    petgraph_graph::bfs(black_box(&petgraph))
                } else {
                    petgraph_graph::dfs(black_box(&petgraph))
                }
            })
        }
        _ => panic!(
            "GHOST_BENCH_DRIVER={kind}:{implementation}: expected ghost_graph, vec_vec or petgraph_graph"
        ),
    }
}

fn shortest_paths(c: &mut Criterion) {
    let (n, m) = common::graph_size();
    let edges = common::random_edges(n, m);
    let weights = common::random_weights(m);
    let petgraph = petgraph_graph::build_weighted(n, &edges, weights.iter().copied());

    ghost_runtime::scope(|graph, token| {
        let vertices = ghost_graph_weighted::build(graph, token, n, &edges, &weights);
        let token: &GhostToken<'_> = token;
        let start = vertices[0];
        let view = ghost_graph_weighted::view(&vertices, token);

        // Correctness, once, outside the timing: payloads in place (the same as the `Graph`'s
        // node weights), and the same distances from vertex 0.
        assert_eq!(vertices[n - 1].borrow(token).id as usize, n - 1);
        let expected = dijkstra_totals(&petgraph, NodeIndex::new(0));
        assert_eq!(
            dijkstra_totals(&view, start),
            expected,
            "ghost_graph dijkstra"
        );
        eprintln!(
            "graph: {n} vertices, {m} weighted edges; dijkstra reaches {} (distances sum {})",
            expected.0, expected.1
        );

        let mut group = c.benchmark_group("graph/dijkstra");
        group.bench_function("ghost_graph", |b| {
            b.iter(|| dijkstra_totals(black_box(&view), start));
        });
        group.bench_function("ghost_graph_view_built_in", |b| {
            b.iter(|| {
                let view = ghost_graph_weighted::view(&vertices, token);
                dijkstra_totals(black_box(&view), start)
            });
        });
        group.bench_function("petgraph_graph", |b| {
            b.iter(|| dijkstra_totals(black_box(&petgraph), NodeIndex::new(0)));
        });
        group.finish();
    });
}

/// `GHOST_BENCH_DRIVER=dijkstra:alternate`: both Dijkstras in turns, `rounds` times each,
/// timed one by one; prints each one's median and their ratio. Taking turns keeps the drift of
/// a shared machine out of the ratio, which separate criterion groups cannot.
fn alternate_dijkstras(n: usize, edges: &[(usize, usize)], weights: &[u32], rounds: usize) {
    let petgraph = petgraph_graph::build_weighted(n, edges, weights.iter().copied());
    ghost_runtime::scope(|graph, token| {
        let vertices = ghost_graph_weighted::build(graph, token, n, edges, weights);
        let token: &GhostToken<'_> = token;
        let view = ghost_graph_weighted::view(&vertices, token);
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        for _ in 0..rounds {
            let started = Instant::now();
            black_box(dijkstra_totals(black_box(&view), vertices[0]));
            ours.push(started.elapsed());
            let started = Instant::now();
            black_box(dijkstra_totals(black_box(&petgraph), NodeIndex::new(0)));
            theirs.push(started.elapsed());
        }
        ours.sort_unstable();
        theirs.sort_unstable();
        let (ours, theirs) = (ours[rounds / 2], theirs[rounds / 2]);
        println!(
            "dijkstra, {rounds} turns each, medians: ghost_graph {ours:.2?}, petgraph_graph \
             {theirs:.2?}, ratio {:.3}",
            ours.as_secs_f64() / theirs.as_secs_f64()
        );
    });
}

/// `GHOST_BENCH_DRIVER=dijkstra:<ghost_graph|petgraph_graph>`: one Dijkstra at the benchmark
/// size, for callgrind; prints the edge count to divide by. `dijkstra:alternate` times both in
/// turns instead.
fn driver(spec: &str) {
    let (n, m) = match std::env::var("GHOST_BENCH_N") {
        Ok(n) => {
            let n: usize = n.parse().expect("GHOST_BENCH_N: a vertex count");
            (n, 4 * n)
        }
        Err(_) => common::graph_size(),
    };
    let reps = std::env::var("GHOST_BENCH_REPS")
        .map_or(1, |reps| reps.parse().expect("GHOST_BENCH_REPS: a count"));
    let edges = common::random_edges(n, m);
    let weights = common::random_weights(m);
    if spec == "dijkstra:alternate" {
        alternate_dijkstras(n, &edges, &weights, 31);
        return;
    }
    if let Some((kind @ ("bfs" | "dfs"), implementation)) = spec.split_once(':') {
        let reached = traversal_driver(kind, implementation, n, &edges, reps.max(1));
        println!("{spec}: {n} vertices, {m} edges, {reps} runs measured, {reached} reached");
        return;
    }
    let (reached, total) = match spec {
        "dijkstra:ghost_graph" => ghost_runtime::scope(|graph, token| {
            let vertices = ghost_graph_weighted::build(graph, token, n, &edges, &weights);
            let token: &GhostToken<'_> = token;
            let view = ghost_graph_weighted::view(&vertices, token);
            callgrind_measured_dijkstra(black_box(&view), vertices[0])
        }),
        "dijkstra:petgraph_graph" => {
            let petgraph = petgraph_graph::build_weighted(n, &edges, weights.iter().copied());
            callgrind_measured_dijkstra(black_box(&petgraph), NodeIndex::new(0))
        }
        _ => panic!("GHOST_BENCH_DRIVER={spec}: expected dijkstra:<ghost_graph|petgraph_graph>"),
    };
    println!("{spec}: {m} edges, {reached} vertices reached, distances sum {total}");
}

criterion_group! {
    name = benches;
    config = config();
    targets = build, traverse, shortest_paths
}

// `criterion_main!(benches)`, with the driver switch in front.
fn main() {
    if let Ok(spec) = std::env::var("GHOST_BENCH_DRIVER") {
        driver(&spec);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
