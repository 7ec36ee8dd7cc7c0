// `#[link(..)]` behind `cfg_attr`. The macro runs before `cfg_attr` is expanded, so it does not
// see the link attribute; it is passed through to the field, where rustc reads it as its own
// `#[link]` (for extern blocks). It must be rejected, ideally by the macro with a clear message.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Node {
    val: u32,
    #[cfg_attr(all(), link(inverse = prev))]
    next: Option<Node>,
    prev: Option<Node>,
}

fn main() {}
