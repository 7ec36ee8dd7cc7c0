// `#[ghost_graph]` on a union. A node must be a struct with named fields; a union cannot tell
// which field holds a link, so links could not be kept consistent.
use ghost_runtime::ghost_graph;

#[ghost_graph]
union Node {
    int: u32,
    float: f32,
}

fn main() {}
