// A binary tree: two child slots paired with a parent link.
#[ghost_graph]
pub struct Bst {
    pub key: u32,
    #[link(inverse = parent)]
    pub children: [Option<Bst>; 2],
    pub parent: Option<Bst>,
}
