//! The `#[ghost_graph]` attribute macro. Use it through `ghost-runtime`, which re-exports it
//! and supplies everything the expansion names.
//!
//! The macro runs in passes, each in its own module: `attr` parses attribute arguments,
//! `ast` turns the struct into typed fields (payload or link), `valid` checks the links
//! against each other, and `expand` generates code. Errors are `syn::Error`s spanned on the
//! user's tokens; the macro never panics.

mod ast;
mod attr;
mod errors;
mod expand;
mod valid;

#[cfg(test)]
mod snapshot_tests;

use proc_macro::TokenStream;

/// Turns a plain node struct into an arena-allocated, `GhostCell`-wrapped graph node.
///
/// See the `ghost-runtime` crate for the full documentation.
///
/// # `cannot find ghost_runtime`: a renamed dependency
///
/// The expansion reaches the runtime as `::ghost_runtime`. A crate that renames it in its
/// `Cargo.toml` (`ghost = { package = "ghost-runtime", .. }`) has no crate of that name, and
/// rustc reports ``cannot find `ghost_runtime` in the crate root`` at this attribute. Name the
/// runtime as your crate does: `#[ghost_graph(crate = ghost)]`. A library that re-exports the
/// runtime for its users passes its re-export the same way (`crate = my_lib::ghost`).
#[proc_macro_attribute]
pub fn ghost_graph(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::ghost_graph(args.into(), item.into()).into()
}
