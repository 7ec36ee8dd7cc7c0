// A named function as the scope body that ties the token borrow to the brand
// (`&'id mut GhostToken<'id>`), so that a payload could hold it. Rejected: the scope needs a
// body generic over every token borrow.
use ghost_runtime::{GhostToken, GraphIn, Local, scope};

fn body<'id>(_graph: &GraphIn<'static, 'id, 'id, Local>, _token: &'id mut GhostToken<'id>) {}

fn main() {
    scope(body);
}
