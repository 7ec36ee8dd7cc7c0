//! Expansion snapshots: every `tests/expand/NAME.rs` is expanded in-process and compared with
//! `tests/expand/NAME.expanded.rs`, formatted by prettyplease.
//!
//! Set `GHOST_GRAPH_BLESS=1` to rewrite the snapshots after an intended change; review the diff.

use std::fs;
use std::path::{Path, PathBuf};

use quote::ToTokens;

use crate::expand;

#[test]
fn expansions_match_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expand");
    let bless = std::env::var_os("GHOST_GRAPH_BLESS").is_some();
    let mut inputs: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("tests/expand exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| {
            path.extension().is_some_and(|ext| ext == "rs")
                && !path.to_string_lossy().ends_with(".expanded.rs")
        })
        .collect();
    inputs.sort();
    assert!(
        !inputs.is_empty(),
        "no snapshot inputs in {}",
        dir.display()
    );

    let mut mismatches = Vec::new();
    for input in &inputs {
        let actual = expand_file(&fs::read_to_string(input).expect("readable input"));
        let snapshot = input.with_extension("expanded.rs");
        if bless {
            fs::write(&snapshot, &actual).expect("writable snapshot");
        } else if fs::read_to_string(&snapshot).ok().as_deref() != Some(actual.as_str()) {
            mismatches.push(snapshot.display().to_string());
        }
    }
    assert!(
        mismatches.is_empty(),
        "expansion differs from {mismatches:?}; rerun with GHOST_GRAPH_BLESS=1 and review the diff"
    );
}

/// Expands every `#[ghost_graph]` item of a file and pretty-prints the whole file.
fn expand_file(source: &str) -> String {
    let mut file = syn::parse_file(source).expect("snapshot input parses");
    let mut items = Vec::new();
    for item in file.items.drain(..) {
        let mut item_tokens = item.to_token_stream();
        if let syn::Item::Struct(mut item_struct) = item.clone() {
            if let Some(index) = item_struct
                .attrs
                .iter()
                .position(|attr| attr.path().is_ident("ghost_graph"))
            {
                let attr = item_struct.attrs.remove(index);
                let args = match attr.meta {
                    syn::Meta::List(list) => list.tokens,
                    _ => proc_macro2::TokenStream::new(),
                };
                item_tokens = expand::ghost_graph(args, item_struct.into_token_stream());
            }
        }
        let expanded: syn::File = syn::parse2(item_tokens).expect("expansion parses as items");
        items.extend(expanded.items);
    }
    file.items = items;
    prettyplease::unparse(&file)
}
