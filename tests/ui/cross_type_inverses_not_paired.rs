// Both sides declare an inverse, but not each other: `Dept::employees` names `Employee::dept`,
// whose inverse is `Dept::head`. Each field whose partner does not name it back is reported.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Dept {
    #[link(inverse = dept)]
    employees: Vec<Employee>,
    #[link]
    head: Option<Employee>,
}

#[ghost_graph]
struct Employee {
    #[link(inverse = head)]
    dept: Option<Dept>,
}

fn main() {}
