// A node with its own lifetime parameter, to hold a borrowed payload. Not supported yet: the
// error must say so (borrowed payloads go through `NodeAllocator::alloc_node` for now).
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node<'src> {
    word: &'src str,
    next: Option<Node>,
}

fn main() {}
