// The README's node: a doubly-linked list of strings.
#[ghost_graph]
pub struct Node {
    pub val: String,
    #[link(inverse = prev)]
    pub next: Option<Node>,
    pub prev: Option<Node>,
}
