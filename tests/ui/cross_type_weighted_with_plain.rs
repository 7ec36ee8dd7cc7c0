// A weighted link across types whose inverse, on the other struct, is a plain `Vec`: this
// expansion cannot see the other struct, so the check is a constant on the field that names
// both sides (beside the type errors of the helpers, which cannot pair the two shapes).
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Student {
    name: &'static str,
    #[link(inverse = students)]
    courses: Vec<Course>,
}

#[ghost_graph]
struct Course {
    title: &'static str,
    #[link(inverse = courses)]
    students: Vec<(Student, u8)>,
}

fn main() {}
