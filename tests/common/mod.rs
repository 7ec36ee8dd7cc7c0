//! Shared by the test files that check whole crates compile: a source written at run time is
//! built as its own binary (with this package's dependencies) and must compile and run.

use std::path::PathBuf;

/// Asserts that `source`, a complete binary crate with `fn main`, compiles without errors and
/// runs to completion. Needs cargo: ignore callers under Miri.
pub fn assert_crate_compiles(name: &str, source: &str) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ghost_graph_behaviour");
    std::fs::create_dir_all(&dir).expect("create the scratch directory");
    let path = dir.join(format!("{name}.rs"));
    std::fs::write(&path, source).expect("write the test crate");
    let cases = trybuild::TestCases::new();
    cases.pass(&path);
    // Dropping `cases` builds and runs it, and panics if it fails.
}
