// Each scope has its own brand: a handle of one list's scope does not accept the permission of
// another list's scope, even nested inside it (it would read `b`'s nodes while `b`'s own
// permission may write them).
use ghost_collections::List;

fn main() {
    let mut a = List::new();
    let mut b = List::new();
    let key = a.push_back(1_u32);
    b.push_back(2_u32);
    a.scope(|list_a, _perm_a| {
        b.scope(|_list_b, perm_b| {
            let value = list_a.get(key, perm_b);
            println!("{value:?}");
        });
    });
}
