// Taking the scope's token by value with `mem::replace`, leaving a fresh token in its place (an
// owned token would satisfy `T: 'arena` and could be stored in a payload for its destructor).
// The fresh token has another brand, so the replacement must be rejected.
use ghost_runtime::{GhostToken, scope};

fn main() {
    scope(|_graph, token| {
        GhostToken::new(|fresh| {
            let owned = std::mem::replace(token, fresh);
            drop(owned);
        });
    });
}
