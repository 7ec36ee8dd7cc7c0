//! Compile-fail and compile-pass cases of the permission pattern: each `.rs` under `tests/ui`
//! with its `.stderr` (the error a user sees), or under `tests/ui/pass` (must compile).

#[test]
#[cfg_attr(miri, ignore = "runs rustc")]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
    cases.pass("tests/ui/pass/*.rs");
}
