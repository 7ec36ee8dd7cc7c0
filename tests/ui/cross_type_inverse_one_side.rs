// A pair across types is declared on both structs: with `inverse` on one side only, linking
// from the other side would leave the first side stale (duplicate entries, no error). The
// declaring side's field reports it.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Dept {
    #[link(inverse = dept)]
    employees: Vec<Employee>,
}

#[ghost_graph]
struct Employee {
    #[link]
    dept: Option<Dept>,
}

fn main() {}
