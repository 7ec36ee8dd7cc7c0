// A link field written through a type alias. The macro only sees tokens, so `next: Link` looks
// like a payload, and the alias names `Node` without the lifetimes the macro adds. It must be
// rejected; link fields have to be written as `Option<Node>` (or `Option<Self>`) directly.
use ghost_runtime::ghost_graph;

type Link = Option<Node>;

#[ghost_graph]
struct Node {
    val: u32,
    next: Link,
}

fn main() {}
