// A `LocalList` may hold `Rc`s and `RefCell`s, so it must stay on its thread: it is not
// `Sync`, and a scoped thread cannot read it through a shared borrow.
use std::cell::RefCell;
use std::rc::Rc;

use ghost_collections::{List, LocalList};

fn main() {
    let mut list: LocalList<Rc<RefCell<u32>>> = List::new_local();
    let shared = Rc::new(RefCell::new(0));
    list.push_back(Rc::clone(&shared));
    std::thread::scope(|threads| {
        threads.spawn(|| *list.front().unwrap().borrow_mut() += 1);
    });
    assert_eq!(*shared.borrow(), 1);
}
