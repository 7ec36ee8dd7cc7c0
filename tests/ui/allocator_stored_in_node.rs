// A payload holding an `Allocator`. Its drop (which hands destructor records to the arena through
// the graph it borrows) would run at teardown, inside the arena's `Drop`, after that graph is
// gone; a payload destructor could also allocate with it then. The allocator borrows the graph
// for less than `'arena`, so the payload fails `T: 'arena`. (Written against `alloc_node` so the
// only error is that one: in a `#[ghost_graph]` node, the allocator not being `Sync` is reported
// first.)
use ghost_runtime::{Allocator, Arena, NodeAllocator};

struct Holder<'graph, 'arena, 'id> {
    allocator: Allocator<'graph, 'arena, 'id>,
}

fn main() {
    Arena::new().scope(|graph, token| {
        let holder = graph.alloc_node(Holder {
            allocator: graph.allocator(),
        });
        let _late = holder.borrow(token).allocator.alloc_node(1_u32);
    });
}
