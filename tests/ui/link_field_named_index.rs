// Every handle has an `index()` method (the node's stable id), so a link field named `index`
// would shadow it: reported on the field.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Entry {
    val: u32,
    index: Option<Entry>,
    next: Option<Entry>,
}

fn main() {}
