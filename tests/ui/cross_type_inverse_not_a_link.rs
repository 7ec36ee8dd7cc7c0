// A cross-type inverse must be a link field of the other type pointing back: here it names a
// payload field.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Person {
    #[link(inverse = name)]
    employer: Option<Company>,
}

#[ghost_graph]
struct Company {
    name: String,
    #[link(inverse = employer)]
    employees: Vec<Person>,
}

fn main() {}
