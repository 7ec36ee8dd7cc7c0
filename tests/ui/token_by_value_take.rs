// Taking the token out of `&mut GhostToken` with `mem::take`, to own it (an owned token would
// satisfy `T: 'arena` and could be stored in a payload for its destructor). A token has no
// `Default`, so there is nothing to leave in its place.
use ghost_runtime::{GhostToken, scope};

fn main() {
    scope(|_graph, token| {
        let owned: GhostToken<'_> = std::mem::take(token);
        drop(owned);
    });
}
