// The weight of a cross-type link may name neither node type: a weight is data, kept as
// written, where a node's name would lack the brands every handle carries.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Person {
    name: &'static str,
    #[link]
    employers: Vec<(Company, Person)>,
    #[link]
    reports: Vec<(Company, Option<Company>)>,
}

#[ghost_graph]
struct Company {
    name: &'static str,
    next: Option<Company>,
}

fn main() {}
