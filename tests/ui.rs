//! Compile-fail UI tests: each `tests/ui/*.rs` is one misuse of `#[ghost_graph]` or of the
//! runtime that must not compile, and its `.stderr` is the exact message the user sees.
//!
//! Regenerate the `.stderr` files after an intended change with
//! `TRYBUILD=overwrite cargo test --test ui`, then review the diff. The messages depend on the
//! compiler version, which `rust-toolchain.toml` pins.

#[test]
#[cfg_attr(miri, ignore)] // UI tests run rustc on each file; Miri cannot run them.
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
