// A payload that is a boxed closure capturing the token, to call it from a destructor at
// teardown. Rejected like any other payload that holds the token: the closure's lifetime bound
// must outlive the brand, and the token borrow does not.
use ghost_runtime::{GhostToken, NodeAllocator, scope};

fn main() {
    scope(|graph, token| {
        let shared = &*token;
        let callback: Box<dyn Fn() + Send + Sync + '_> = Box::new(move || {
            let _kept: &GhostToken<'_> = shared;
        });
        let _node = graph.alloc_node(callback);
    });
}
