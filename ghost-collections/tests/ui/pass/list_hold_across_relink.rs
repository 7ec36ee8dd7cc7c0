// References from `get(.., &perm)` stay usable across everything that only relinks: pushes,
// pops of other elements (and of the same one: it is detached, not dropped), and moves.
use ghost_collections::List;

fn main() {
    let mut list = List::new();
    let a = list.push_back(String::from("a"));
    let b = list.push_back(String::from("b"));
    list.scope(|mut list, perm| {
        let held_a = list.get(a, perm).unwrap();
        let held_b = list.get(b, perm).unwrap();
        let front = list.front(perm).unwrap();
        let c = list.push_back(String::from("c"));
        list.push_front(String::from("z"));
        let popped = list.pop_front().unwrap();
        assert!(list.move_to_front(c));
        assert!(list.move_to_back(a));
        let all: Vec<&String> = list.iter(perm).collect();
        assert_eq!(list.pop_back(), Some(a));
        assert_eq!([held_a, held_b, front], ["a", "b", "a"]);
        assert_eq!(all, ["c", "b", "a"]);
        assert_eq!(list.get(popped, perm).unwrap(), "z");
        // Once done with them, the permission can be taken mutably.
        assert_eq!(list.take(a, perm).as_deref(), Some("a"));
    });
    assert_eq!(list.len(), 2);
}
