//! The benchmark package of ghost-graph: nothing here but the criterion harnesses next to this
//! file (`cargo bench` from the workspace root runs them; see BENCHMARKS.md).
