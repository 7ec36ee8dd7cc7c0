// A symmetric link joins nodes of one type; across two types it is rejected.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Person {
    #[link(symmetric)]
    partners: Vec<Company>,
}

#[ghost_graph]
struct Company {
    #[link]
    staff: Vec<Person>,
}

fn main() {}
