// `#[cfg]` on fields reaches everything generated for them: the constructor argument, the
// initialiser, and the helpers of a link (and of its inverse).
#[ghost_graph]
struct Node {
    #[cfg(feature = "names")]
    name: String,
    #[link(inverse = prev)]
    next: Option<Node>,
    #[cfg(feature = "backlinks")]
    prev: Option<Node>,
}
