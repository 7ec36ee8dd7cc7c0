// Returning the token itself from the scope closure, to open nodes later. Its brand cannot
// leave the closure.
use ghost_runtime::scope;

fn main() {
    let token = scope(|_graph, token| token);
    let _ = token;
}
