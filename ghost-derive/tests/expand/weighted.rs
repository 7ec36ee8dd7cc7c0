// Weighted links: directed (paired with an inverse), undirected (symmetric) and unpaired.
#[ghost_graph]
pub struct City {
    pub name: &'static str,
    #[link(inverse = roads_in)]
    pub roads_out: Vec<(City, u32)>,
    pub roads_in: Vec<(City, u32)>,
    #[link(symmetric)]
    pub ferries: Vec<(Self, f64)>,
    pub notes: Vec<(City, String)>,
}
