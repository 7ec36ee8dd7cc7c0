// A cross-type inverse names a field of the other node type; a missing one is reported on the
// name as written.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Person {
    #[link(inverse = staff)]
    employer: Option<Company>,
}

#[ghost_graph]
struct Company {
    #[link(inverse = employer)]
    employees: Vec<Person>,
}

fn main() {}
