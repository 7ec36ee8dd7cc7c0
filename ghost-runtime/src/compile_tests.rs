//! Compile-fail doctests: each shows one way to break a brand that does not compile.
