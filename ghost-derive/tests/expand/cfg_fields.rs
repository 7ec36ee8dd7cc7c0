// `#[cfg]` on fields reaches everything generated for them: the constructor argument, the
// initialiser, and the helpers of a link (and of its inverse). Where the inverse is configured
// out, the link's helpers are unpaired.
#[ghost_graph]
struct Node {
    #[cfg(feature = "names")]
    name: String,
    #[link(inverse = prev)]
    next: Option<Node>,
    #[cfg(feature = "backlinks")]
    prev: Option<Node>,
}
