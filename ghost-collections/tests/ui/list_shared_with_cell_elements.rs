// A shared `List` may be read from several threads at once, so its elements must be `Sync`: a
// list of `Cell`s (`Send`, not `Sync`) cannot be made, and the error points to `LocalList`.
use std::cell::Cell;

use ghost_collections::List;

fn main() {
    let list: List<Cell<u32>> = List::new();
    drop(list);
}
