// Directed edges with predecessor lists, and undirected edges.
#[ghost_graph]
pub struct Vertex {
    pub id: u32,
    #[link(inverse = pred)]
    pub succ: Vec<Vertex>,
    pub pred: Vec<Vertex>,
    #[link(symmetric)]
    pub neighbors: Vec<Vertex>,
}
