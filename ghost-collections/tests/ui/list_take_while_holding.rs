// `take` moves an element out (and frees its node for reuse), so it needs the value permission
// mutably, which a held `&T` from `get` keeps borrowed: even for another element.
use ghost_collections::List;

fn main() {
    let mut list = List::new();
    let a = list.push_back(String::from("a"));
    let b = list.push_back(String::from("b"));
    list.scope(|mut list, perm| {
        let held = list.get(a, perm).unwrap();
        let taken = list.take(b, perm);
        println!("{held} {taken:?}");
    });
}
