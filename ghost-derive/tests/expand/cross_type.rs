// Links to another node type: an inverse pair across types, and an unpaired link.
#[ghost_graph]
pub struct Person {
    pub name: String,
    #[link(inverse = employees)]
    pub employer: Option<Company>,
    #[link]
    pub mentors: Vec<Person>,
}
