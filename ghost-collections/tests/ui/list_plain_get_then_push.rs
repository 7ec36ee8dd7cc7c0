// Outside a scope, `front` borrows the whole list (`&self`), so the list cannot be pushed to
// while the reference is held: the plain API has no permission to split. Use `List::scope` to
// hold references across pushes.
use ghost_collections::List;

fn main() {
    let mut list = List::new();
    list.push_back(0_u32);
    let front = list.front();
    list.push_back(1);
    println!("{front:?}");
}
