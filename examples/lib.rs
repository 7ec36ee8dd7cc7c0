//! The example package of ghost-graph: nothing here but the examples next to this file
//! (`cargo run --example dll` from the workspace root; the README lists them all).
