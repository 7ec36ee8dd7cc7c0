// A reference borrowed through the scope's permission cannot leave the scope: outside it the
// list may be changed by the plain API, which drops and refills nodes.
use ghost_collections::List;

fn main() {
    let mut list = List::new();
    let key = list.push_back(String::from("kept"));
    let escaped: &String = list.scope(|list, perm| list.get(key, perm).unwrap());
    list.clear();
    println!("{escaped}");
}
