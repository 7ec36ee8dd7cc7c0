// A tree: an `Option` parent paired with a `Vec` of children.
#[ghost_graph]
pub struct Dir {
    pub name: String,
    #[link(inverse = parent)]
    pub children: Vec<Dir>,
    pub parent: Option<Dir>,
}
