//! The contract, compiled and run exactly as a user writes it: a planner kept in a
//! struct, its graph re-entered across calls through keys.

use std::collections::HashMap;

use ghost_runtime::{Arena, ghost_graph};

#[ghost_graph]
pub struct Task {
    pub name: String,
    #[link(inverse = blocked_by)]
    pub blocks: Vec<Task>,
    pub blocked_by: Vec<Task>,
}

/// Kept in an ordinary struct, used across calls; no closure around the program.
pub struct Planner {
    arena: Arena<'static>,
    by_name: HashMap<String, TaskKey>,
}

impl Planner {
    pub fn add(&mut self, name: &str, after: Option<&str>) {
        let after = after.and_then(|a| self.by_name.get(a).copied());
        let key = self.arena.scope_mut(|graph, token| {
            let task = Task::new_in(graph, name.to_string());
            if let Some(before) = after.and_then(|k| graph.get(k)) {
                before.link_blocks(task, token);
            }
            task.key()
        });
        self.by_name.insert(name.to_string(), key);
    }

    pub fn blockers(&self, name: &str) -> Vec<String> {
        let Some(&key) = self.by_name.get(name) else {
            return Vec::new();
        };
        self.arena.read(|graph, token| match graph.get(key) {
            Some(task) => task
                .blocked_by(token)
                .iter()
                .map(|t| t.borrow(token).name.clone())
                .collect(),
            None => Vec::new(),
        })
    }

    pub fn finish(&mut self, name: &str) -> bool {
        let Some(key) = self.by_name.remove(name) else {
            return false;
        };
        self.arena.scope_mut(|graph, token| match graph.get(key) {
            Some(task) => {
                graph.remove(task, token);
                true
            } // detaches both directions
            None => false,
        })
    }
}

fn planner() -> Planner {
    Planner {
        arena: Arena::new(),
        by_name: HashMap::new(),
    }
}

#[test]
fn the_planner_keeps_its_graph_across_calls() {
    let mut planner = planner();
    planner.add("design", None);
    planner.add("build", Some("design"));
    planner.add("test", Some("build"));
    planner.add("document", Some("design"));
    assert_eq!(planner.blockers("build"), ["design"]);
    assert_eq!(planner.blockers("test"), ["build"]);
    assert_eq!(planner.arena.len(), 4);

    assert!(planner.finish("design"));
    assert!(!planner.finish("design"), "already finished");
    assert!(planner.blockers("build").is_empty(), "the inverse went too");
    assert!(planner.blockers("document").is_empty());
    assert_eq!(planner.blockers("test"), ["build"]);
    assert_eq!(planner.arena.len(), 3);
}

#[test]
fn keys_are_plain_static_data() {
    fn assert_traits<K: Copy + Eq + std::hash::Hash + std::fmt::Debug + Send + Sync + 'static>() {}
    assert_traits::<TaskKey>();
    assert!(size_of::<TaskKey>() <= 16);
    assert_eq!(size_of::<Option<TaskKey>>(), size_of::<TaskKey>());
}
