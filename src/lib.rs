//! The ghost-graph workspace's root package: examples (`examples/`) and integration tests
//! (`tests/`). Users depend on `ghost-runtime`. The README is included here so that its code
//! is compiled and run as a doctest.
#![doc = include_str!("../README.md")]
