//! A user crate that renames the runtime in its `Cargo.toml` (`ghost = { package =
//! "ghost-runtime", .. }`): the `::ghost_runtime` the expansion names does not exist there.
//!
//! trybuild cannot rename a dependency (its test crates depend on this package's dependencies,
//! `ghost_runtime` among them), so this test writes such a crate and runs cargo on it:
//! - without `crate = ..` the build fails, and what the user sees is compared with
//!   `tests/renamed_runtime.stderr` (rewritten by `GHOST_GRAPH_BLESS=1`): one error, at the
//!   attribute, whose fix the attribute's documentation gives;
//! - with `#[ghost_graph(crate = ghost)]` it builds and runs.
//!
//! The crate is edition 2021, so this also checks that the expansion does not depend on the
//! user's edition (`iter_*` return `impl Iterator` without a `use<..>` list).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const MANIFEST: &str = r#"[package]
name = "renamed-runtime-user"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
ghost = { package = "ghost-runtime", path = "RUNTIME" }

[workspace]
"#;

const SOURCE: &str = r#"use ghost::{ghost_graph, GhostToken};

#[ghost_graph ARGS]
struct Word<'src> {
    text: &'src str,
    #[link(inverse = prev)]
    next: Option<Word<'src>>,
    prev: Option<Word<'src>>,
    #[value]
    uses: u32,
}

fn joined<'arena, 'id, 'src>(head: WordRef<'arena, 'id, 'src>, token: &GhostToken<'id>) -> String {
    let words: Vec<&str> = head.iter_next(token).map(|w| w.borrow(token).text).collect();
    words.join(" ")
}

fn main() {
    let text = String::from("renamed runtime");
    let (line, uses) = ghost::scope_split(|graph, token, perm| {
        let a = Word::new_in(graph, &text[..7], 1);
        let b = Word::new_in(graph, &text[8..], 2);
        a.link_next(b, token);
        assert_eq!(b.prev(token), Some(a));
        *b.uses_mut(perm) += 1;
        (joined(a, token), *a.uses(perm) + *b.uses(perm))
    });
    assert_eq!(line, "renamed runtime");
    assert_eq!(uses, 4);
}
"#;

/// Writes the crate with `args` after `#[ghost_graph` and runs `cargo run` on it.
fn run_user_crate(args: &str) -> Output {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("renamed_runtime");
    std::fs::create_dir_all(dir.join("src")).expect("create the crate's directory");
    let runtime = workspace.join("ghost-runtime");
    let manifest = MANIFEST.replace("RUNTIME", &runtime.display().to_string());
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("write Cargo.toml");
    std::fs::write(dir.join("src/main.rs"), SOURCE.replace(" ARGS", args)).expect("write main.rs");
    // The workspace's lock file and toolchain: the same dependency versions (so no network is
    // needed) and the same compiler as the rest of the tests.
    for file in ["Cargo.lock", "rust-toolchain.toml"] {
        std::fs::copy(workspace.join(file), dir.join(file)).expect("copy from the workspace");
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    Command::new(cargo)
        .args(["run", "--quiet", "--offline", "--color", "never"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("run cargo")
}

/// rustc's diagnostics from cargo's output, without cargo's own closing line.
fn diagnostics(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr);
    let mut text: String = stderr
        .lines()
        .filter(|line| !line.starts_with("error: could not compile"))
        .map(|line| format!("{line}\n"))
        .collect();
    text.truncate(text.trim_end().len());
    text.push('\n');
    text
}

#[test]
#[cfg_attr(miri, ignore = "builds a crate with cargo")]
fn renamed_runtime_needs_the_crate_argument() {
    let output = run_user_crate("");
    assert!(
        !output.status.success(),
        "the crate built without `crate = ..`"
    );
    let seen = diagnostics(&output);
    let expected_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/renamed_runtime.stderr");
    if std::env::var_os("GHOST_GRAPH_BLESS").is_some() {
        std::fs::write(&expected_path, &seen).expect("write the expected output");
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
    assert_eq!(
        seen, expected,
        "what the user sees changed; rerun with GHOST_GRAPH_BLESS=1 and review the diff"
    );

    let output = run_user_crate("(crate = ghost)");
    assert!(
        output.status.success(),
        "`crate = ghost` did not fix it:\n{}",
        diagnostics(&output)
    );
}
