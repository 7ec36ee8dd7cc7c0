// Taking the scope's token by value by swapping a fresh token into its place (an owned token
// would satisfy `T: 'arena` and could be stored in a payload for its destructor). The fresh token
// has another brand, so the two types differ and the swap must be rejected.
use ghost_runtime::{GhostToken, scope};

fn main() {
    scope(|_graph, token| {
        GhostToken::new(|mut fresh| {
            std::mem::swap(token, &mut fresh);
            drop(fresh);
        });
    });
}
