// Link fields `next` and `link_next`: `next` generates `link_next`, which is also the getter
// of the second field. The two methods would collide; the error names both fields.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    next: Option<Node>,
    link_next: Option<Node>,
}

fn main() {}
