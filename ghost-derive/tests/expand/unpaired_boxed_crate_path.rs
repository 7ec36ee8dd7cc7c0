// A singly-linked node written the `Box` way, private fields, a custom runtime path and
// attributes on the struct and fields that must be carried through.
/// A stack entry.
#[ghost_graph(crate = ::my_reexport::ghost)]
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// The value.
    #[allow(dead_code)]
    value: u64,
    below: Option<Box<Self>>,
}
