//! A long-lived arena driven by random command sequences (add, link, unlink, remove, clear,
//! each in its own `scope_mut`, as a program kept in a struct would), checked after every step
//! against a model of plain ids: every live key opens its node with exactly the model's links,
//! every key of a removed or cleared node opens to `None`, and `len` agrees.
//!
//! Two node shapes: `Item` carries a list pair (`next`/`prev`, `Option` with `Option`) and a
//! graph pair (`succ`/`pred`, `Vec` with `Vec`); `Person`/`Company` are a pair across types.
//! The model does what the runtime's link helpers promise, in the same order.

use std::collections::BTreeMap;

use ghost_runtime::{Arena, GhostToken, ghost_graph};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

#[ghost_graph]
struct Item {
    id: u64,
    #[link(inverse = prev)]
    next: Option<Item>,
    prev: Option<Item>,
    #[link(inverse = pred)]
    succ: Vec<Item>,
    pred: Vec<Item>,
}

#[ghost_graph]
struct Person {
    id: u64,
    #[link(inverse = employees)]
    employer: Option<Company>,
}

#[ghost_graph]
struct Company {
    id: u64,
    #[link(inverse = employer)]
    employees: Vec<Person>,
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: if cfg!(miri) { 3 } else { 256 },
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

const MAX_OPS: usize = if cfg!(miri) { 12 } else { 80 };

fn ids<'id>(links: &[ItemRef<'_, 'id>], token: &GhostToken<'id>) -> Vec<u64> {
    links.iter().map(|n| n.borrow(token).id).collect()
}

fn remove_first(list: &mut Vec<u64>, item: u64) -> bool {
    match list.iter().position(|&x| x == item) {
        Some(index) => {
            list.remove(index);
            true
        }
        None => false,
    }
}

/// The live id at `index` (modulo the count), if any node lives.
fn pick<V>(live: &BTreeMap<u64, V>, index: usize) -> Option<u64> {
    (!live.is_empty()).then(|| *live.keys().nth(index % live.len()).unwrap())
}

// ---------------------------------------------------------------------------------------------
// A list pair and a graph pair on one node type.

#[derive(Debug, Clone)]
enum ItemOp {
    Add { reuse: bool },
    LinkNext(usize, usize),
    UnlinkNext(usize),
    LinkSucc(usize, usize),
    UnlinkSucc(usize, usize),
    Remove(usize),
    Clear,
}

fn item_op() -> impl Strategy<Value = ItemOp> {
    let index = 0..64usize;
    prop_oneof![
        4 => any::<bool>().prop_map(|reuse| ItemOp::Add { reuse }),
        3 => (index.clone(), index.clone()).prop_map(|(a, b)| ItemOp::LinkNext(a, b)),
        1 => index.clone().prop_map(ItemOp::UnlinkNext),
        3 => (index.clone(), index.clone()).prop_map(|(a, b)| ItemOp::LinkSucc(a, b)),
        1 => (index.clone(), index.clone()).prop_map(|(a, b)| ItemOp::UnlinkSucc(a, b)),
        2 => index.prop_map(ItemOp::Remove),
        1 => Just(ItemOp::Clear),
    ]
}

#[derive(Debug, Default, Clone, PartialEq)]
struct ItemModel {
    next: Option<u64>,
    prev: Option<u64>,
    succ: Vec<u64>,
    pred: Vec<u64>,
}

/// The program under test: an arena kept between calls, and the keys it handed out.
struct Items {
    arena: Arena<'static>,
    keys: BTreeMap<u64, ItemKey>,
    dead: Vec<ItemKey>,
    model: BTreeMap<u64, ItemModel>,
    next_id: u64,
}

impl Items {
    fn apply(&mut self, op: &ItemOp) {
        let Self {
            arena,
            keys,
            dead,
            model,
            next_id,
        } = self;
        match *op {
            ItemOp::Add { reuse } => {
                let id = *next_id;
                *next_id += 1;
                let key = arena.scope_mut(|graph, token| {
                    let item = if reuse {
                        Item::new_in(&graph.reusing(token), id)
                    } else {
                        Item::new_in(graph, id)
                    };
                    item.key()
                });
                keys.insert(id, key);
                model.insert(id, ItemModel::default());
            }
            ItemOp::LinkNext(a, b) => {
                let (Some(a), Some(b)) = (pick(model, a), pick(model, b)) else {
                    return;
                };
                arena.scope_mut(|graph, token| {
                    let (x, y) = (graph.get(keys[&a]).unwrap(), graph.get(keys[&b]).unwrap());
                    x.link_next(y, token);
                });
                if model[&a].next == Some(b) && model[&b].prev == Some(a) {
                    return;
                }
                if let Some(c) = model
                    .get_mut(&a)
                    .unwrap()
                    .next
                    .replace(b)
                    .filter(|&c| c != b)
                {
                    let c = model.get_mut(&c).unwrap();
                    if c.prev == Some(a) {
                        c.prev = None;
                    }
                }
                if let Some(d) = model
                    .get_mut(&b)
                    .unwrap()
                    .prev
                    .replace(a)
                    .filter(|&d| d != a)
                {
                    let d = model.get_mut(&d).unwrap();
                    if d.next == Some(b) {
                        d.next = None;
                    }
                }
            }
            ItemOp::UnlinkNext(a) => {
                let Some(a) = pick(model, a) else { return };
                let got = arena.scope_mut(|graph, token| {
                    graph
                        .get(keys[&a])
                        .unwrap()
                        .unlink_next(token)
                        .map(|n| n.borrow(token).id)
                });
                let old = model.get_mut(&a).unwrap().next.take();
                assert_eq!(got, old);
                if let Some(b) = old {
                    let b = model.get_mut(&b).unwrap();
                    if b.prev == Some(a) {
                        b.prev = None;
                    }
                }
            }
            ItemOp::LinkSucc(a, b) => {
                let (Some(a), Some(b)) = (pick(model, a), pick(model, b)) else {
                    return;
                };
                arena.scope_mut(|graph, token| {
                    let (x, y) = (graph.get(keys[&a]).unwrap(), graph.get(keys[&b]).unwrap());
                    x.link_succ(y, token);
                });
                model.get_mut(&a).unwrap().succ.push(b);
                model.get_mut(&b).unwrap().pred.push(a);
            }
            ItemOp::UnlinkSucc(a, b) => {
                let (Some(a), Some(b)) = (pick(model, a), pick(model, b)) else {
                    return;
                };
                let got = arena.scope_mut(|graph, token| {
                    let (x, y) = (graph.get(keys[&a]).unwrap(), graph.get(keys[&b]).unwrap());
                    x.unlink_succ(y, token)
                });
                let expected = remove_first(&mut model.get_mut(&a).unwrap().succ, b);
                if expected {
                    remove_first(&mut model.get_mut(&b).unwrap().pred, a);
                }
                assert_eq!(got, expected);
            }
            ItemOp::Remove(a) => {
                let Some(a) = pick(model, a) else { return };
                let key = keys.remove(&a).unwrap();
                let removed =
                    arena.scope_mut(|graph, token| graph.remove(graph.get(key).unwrap(), token));
                assert!(removed);
                dead.push(key);
                // `detach_all` goes field by field: next, prev, succ, pred.
                let mut gone = model.remove(&a).unwrap();
                if let Some(b) = gone.next.take() {
                    if let Some(b) = model.get_mut(&b).filter(|b| b.prev == Some(a)) {
                        b.prev = None;
                    }
                }
                if let Some(d) = gone.prev.take() {
                    if let Some(d) = model.get_mut(&d).filter(|d| d.next == Some(a)) {
                        d.next = None;
                    }
                }
                for b in std::mem::take(&mut gone.succ) {
                    if b == a {
                        remove_first(&mut gone.pred, a);
                    } else {
                        remove_first(&mut model.get_mut(&b).unwrap().pred, a);
                    }
                }
                for d in std::mem::take(&mut gone.pred) {
                    remove_first(&mut model.get_mut(&d).unwrap().succ, a);
                }
            }
            ItemOp::Clear => {
                arena.clear();
                dead.extend(std::mem::take(keys).into_values());
                model.clear();
            }
        }
    }

    fn check(&self) -> Result<(), TestCaseError> {
        prop_assert_eq!(self.arena.len(), self.model.len());
        self.arena.read(|graph, token| {
            for &key in &self.dead {
                prop_assert!(graph.get(key).is_none(), "a dead key opened");
            }
            for (&id, expected) in &self.model {
                let item = graph.get(self.keys[&id]);
                prop_assert!(item.is_some(), "live key {} did not open", id);
                let item = item.unwrap();
                let seen = ItemModel {
                    next: item.next(token).map(|n| n.borrow(token).id),
                    prev: item.prev(token).map(|n| n.borrow(token).id),
                    succ: ids(item.succ(token), token),
                    pred: ids(item.pred(token), token),
                };
                prop_assert_eq!(item.borrow(token).id, id);
                prop_assert_eq!(&seen, expected, "node {}", id);
            }
            Ok(())
        })
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn list_and_graph_links_against_a_model(ops in prop::collection::vec(item_op(), 1..MAX_OPS)) {
        let mut items = Items {
            arena: Arena::new(),
            keys: BTreeMap::new(),
            dead: Vec::new(),
            model: BTreeMap::new(),
            next_id: 0,
        };
        for op in &ops {
            items.apply(op);
            items.check()?;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// A pair across node types.

#[derive(Debug, Clone)]
enum JobOp {
    AddPerson { reuse: bool },
    AddCompany { reuse: bool },
    Hire(usize, usize),
    Quit(usize),
    RemovePerson(usize),
    RemoveCompany(usize),
    Clear,
}

fn job_op() -> impl Strategy<Value = JobOp> {
    let index = 0..64usize;
    prop_oneof![
        3 => any::<bool>().prop_map(|reuse| JobOp::AddPerson { reuse }),
        2 => any::<bool>().prop_map(|reuse| JobOp::AddCompany { reuse }),
        4 => (index.clone(), index.clone()).prop_map(|(p, c)| JobOp::Hire(p, c)),
        1 => index.clone().prop_map(JobOp::Quit),
        2 => index.clone().prop_map(JobOp::RemovePerson),
        1 => index.prop_map(JobOp::RemoveCompany),
        1 => Just(JobOp::Clear),
    ]
}

#[derive(Default)]
struct Jobs {
    arena: Arena<'static>,
    people: BTreeMap<u64, (PersonKey, Option<u64>)>,
    companies: BTreeMap<u64, (CompanyKey, Vec<u64>)>,
    dead_people: Vec<PersonKey>,
    dead_companies: Vec<CompanyKey>,
    next_id: u64,
}

impl Jobs {
    fn apply(&mut self, op: &JobOp) {
        let id = self.next_id;
        match *op {
            JobOp::AddPerson { reuse } => {
                self.next_id += 1;
                let key = self.arena.scope_mut(|graph, token| {
                    if reuse {
                        Person::new_in(&graph.reusing(token), id)
                    } else {
                        Person::new_in(graph, id)
                    }
                    .key()
                });
                self.people.insert(id, (key, None));
            }
            JobOp::AddCompany { reuse } => {
                self.next_id += 1;
                let key = self.arena.scope_mut(|graph, token| {
                    if reuse {
                        Company::new_in(&graph.reusing(token), id)
                    } else {
                        Company::new_in(graph, id)
                    }
                    .key()
                });
                self.companies.insert(id, (key, Vec::new()));
            }
            JobOp::Hire(p, c) => {
                let (Some(p), Some(c)) = (pick(&self.people, p), pick(&self.companies, c)) else {
                    return;
                };
                let (pk, ck) = (self.people[&p].0, self.companies[&c].0);
                self.arena.scope_mut(|graph, token| {
                    graph
                        .get(pk)
                        .unwrap()
                        .link_employer(graph.get(ck).unwrap(), token);
                });
                let employer = &mut self.people.get_mut(&p).unwrap().1;
                if *employer == Some(c) {
                    return;
                }
                if let Some(old) = employer.replace(c) {
                    remove_first(&mut self.companies.get_mut(&old).unwrap().1, p);
                }
                self.companies.get_mut(&c).unwrap().1.push(p);
            }
            JobOp::Quit(p) => {
                let Some(p) = pick(&self.people, p) else {
                    return;
                };
                let pk = self.people[&p].0;
                let left = self.arena.scope_mut(|graph, token| {
                    let company = graph.get(pk).unwrap().unlink_employer(token);
                    company.map(|c| c.borrow(token).id)
                });
                assert_eq!(left, self.people[&p].1);
                if let Some(c) = self.people.get_mut(&p).unwrap().1.take() {
                    remove_first(&mut self.companies.get_mut(&c).unwrap().1, p);
                }
            }
            JobOp::RemovePerson(p) => {
                let Some(p) = pick(&self.people, p) else {
                    return;
                };
                let (key, employer) = self.people.remove(&p).unwrap();
                self.arena.scope_mut(|graph, token| {
                    assert!(graph.remove(graph.get(key).unwrap(), token))
                });
                self.dead_people.push(key);
                if let Some(c) = employer {
                    remove_first(&mut self.companies.get_mut(&c).unwrap().1, p);
                }
            }
            JobOp::RemoveCompany(c) => {
                let Some(c) = pick(&self.companies, c) else {
                    return;
                };
                let (key, employees) = self.companies.remove(&c).unwrap();
                self.arena.scope_mut(|graph, token| {
                    assert!(graph.remove(graph.get(key).unwrap(), token))
                });
                self.dead_companies.push(key);
                for p in employees {
                    self.people.get_mut(&p).unwrap().1 = None;
                }
            }
            JobOp::Clear => {
                self.arena.clear();
                self.dead_people.extend(
                    std::mem::take(&mut self.people)
                        .into_values()
                        .map(|(k, _)| k),
                );
                self.dead_companies.extend(
                    std::mem::take(&mut self.companies)
                        .into_values()
                        .map(|(k, _)| k),
                );
            }
        }
    }

    fn check(&mut self) -> Result<(), TestCaseError> {
        prop_assert_eq!(self.arena.len(), self.people.len() + self.companies.len());
        let Self {
            arena,
            people,
            companies,
            dead_people,
            dead_companies,
            ..
        } = self;
        // Checked in an exclusive scope this time: `scope_mut` opens keys too.
        arena.scope_mut(|graph, token| {
            prop_assert!(dead_people.iter().all(|&k| graph.get(k).is_none()));
            prop_assert!(dead_companies.iter().all(|&k| graph.get(k).is_none()));
            for (&id, &(key, employer)) in people.iter() {
                let person = graph.get(key).unwrap();
                prop_assert_eq!(person.borrow(token).id, id);
                prop_assert_eq!(person.employer(token).map(|c| c.borrow(token).id), employer);
            }
            for (&id, (key, employees)) in companies.iter() {
                let company = graph.get(*key).unwrap();
                prop_assert_eq!(company.borrow(token).id, id);
                let seen: Vec<u64> = company
                    .employees(token)
                    .iter()
                    .map(|p| p.borrow(token).id)
                    .collect();
                prop_assert_eq!(&seen, employees);
            }
            Ok(())
        })
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn cross_type_pair_against_a_model(ops in prop::collection::vec(job_op(), 1..MAX_OPS)) {
        let mut jobs = Jobs::default();
        for op in &ops {
            jobs.apply(op);
            jobs.check()?;
        }
    }
}
