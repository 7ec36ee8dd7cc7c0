//! Memory reuse across builds: one fresh process builds a list of `common::list_len()` nodes 20
//! times, emptying its store between builds, and prints a markdown table of the median time
//! per build and the minor page faults per build (from `/proc/self/stat`, Linux only).
//!
//! - `ghost_graph Arena + clear`: one `Arena`, built through `Arena::scope`, emptied with
//!   `Arena::clear`, which keeps the arena's slabs for the next nodes.
//! - `ghost_graph new Arena`: a new `Arena` per build, dropped after it.
//! - `typed-arena` (the hand-written ghost-cell list of `list_peers/`): a new arena per build
//!   (typed-arena has no way to empty an arena and keep its memory).
//!
//! The first build of each row is a warm-up and not counted. Run with
//! `cargo bench --bench reuse` (each row runs in this one process, one after another).

use std::hint::black_box;
use std::time::{Duration, Instant};

mod common;
mod list_peers;

use list_peers::{ghost_cell_typed_arena as gc, ghost_graph as gg};

const BUILDS: usize = 20;

/// Minor page faults of this process so far: field 10 of `/proc/self/stat`; 0 where there is
/// no such file.
fn minor_faults() -> u64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0;
    };
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    stat.rsplit_once(')')
        .and_then(|(_, rest)| rest.split_whitespace().nth(7))
        .and_then(|field| field.parse().ok())
        .unwrap_or(0)
}

/// Runs `build` `BUILDS + 1` times; the median time and the mean page faults of the last
/// `BUILDS` runs.
fn measure(mut build: impl FnMut() -> u64) -> (Duration, f64) {
    black_box(build());
    let mut times = Vec::with_capacity(BUILDS);
    let faults_before = minor_faults();
    for _ in 0..BUILDS {
        let start = Instant::now();
        black_box(build());
        times.push(start.elapsed());
    }
    let faults = minor_faults() - faults_before;
    times.sort_unstable();
    (times[BUILDS / 2], faults as f64 / BUILDS as f64)
}

fn main() {
    // `cargo bench` passes `--bench`; nothing here takes arguments.
    let values = common::list_values(common::list_len());
    let expected = values.iter().fold(0u64, |sum, &v| sum.wrapping_add(v));

    let mut arena = ghost_runtime::Arena::new();
    let kept = measure(|| {
        let sum =
            arena.scope(|graph, token| gg::sum_forward(gg::build(graph, token, &values), token));
        arena.clear();
        assert_eq!(sum, expected);
        sum
    });
    let fresh = measure(|| {
        let arena = ghost_runtime::Arena::new();
        let sum =
            arena.scope(|graph, token| gg::sum_forward(gg::build(graph, token, &values), token));
        assert_eq!(sum, expected);
        sum
    });
    let typed = measure(|| {
        let sum = ghost_cell::GhostToken::new(|mut token| {
            let arena = gc::NodeArena::new();
            gc::sum_forward(gc::build(&arena, &mut token, &values), &token)
        });
        assert_eq!(sum, expected);
        sum
    });

    println!(
        "{BUILDS} builds of a {}-node list in one process (median time, mean minor page faults):",
        values.len()
    );
    println!();
    println!("| store | time per build | ratio to typed-arena | page faults per build |");
    println!("| --- | ---: | ---: | ---: |");
    for (name, (time, faults)) in [
        ("ghost_graph `Arena` + `clear`", kept),
        ("ghost_graph, a new `Arena` per build", fresh),
        ("typed-arena, a new arena per build", typed),
    ] {
        println!(
            "| {name} | {:.2} ms | {:.2} | {faults:.0} |",
            time.as_secs_f64() * 1e3,
            time.as_secs_f64() / typed.0.as_secs_f64()
        );
    }
}
