// A generic node must name itself with its parameters in a link (`Option<Node<'src>>`) or as
// `Self`, as Rust requires anywhere else; a bare `Option<Node>` is reported with the forms that
// work.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node<'src> {
    word: &'src str,
    next: Option<Node>,
}

fn main() {}
