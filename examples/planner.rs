//! A task planner kept in an ordinary struct and changed by commands across calls: no closure
//! around the program. Tasks block one another (`blocks`/`blocked_by`, kept in step by the
//! macro); the planner stores `'static` keys, opens them in `Arena::scope_mut` to change the
//! graph and in `Arena::read` to answer questions, removes finished tasks, and reuses their
//! slots, so its memory stays flat however many tasks come and go.
//!
//! Run with `cargo run --example planner`.

use std::collections::BTreeMap;

use ghost_runtime::{Arena, GhostToken, ghost_graph};

/// One task.
#[ghost_graph]
pub struct Task {
    /// What to do.
    pub name: String,
    /// Tasks that cannot start before this one is finished.
    #[link(inverse = blocked_by)]
    pub blocks: Vec<Task>,
    /// Tasks that must be finished first.
    pub blocked_by: Vec<Task>,
}

/// The planner: a graph that outlives every call, and the keys that name its tasks.
#[derive(Default)]
pub struct Planner {
    arena: Arena<'static>,
    by_name: BTreeMap<String, TaskKey>,
}

/// Names of `tasks`, in link order.
fn names<'id>(tasks: &[TaskRef<'_, 'id>], token: &GhostToken<'id>) -> Vec<String> {
    tasks.iter().map(|t| t.borrow(token).name.clone()).collect()
}

impl Planner {
    /// Adds a task that cannot start before the tasks in `after` are finished (unknown names
    /// are ignored). A finished task's slot is reused for it.
    pub fn add(&mut self, name: &str, after: &[&str]) {
        let after: Vec<TaskKey> = after
            .iter()
            .filter_map(|a| self.by_name.get(*a).copied())
            .collect();
        let key = self.arena.scope_mut(|graph, token| {
            let task = Task::new_in(&graph.reusing(token), name.to_string());
            for before in after.iter().filter_map(|&k| graph.get(k)) {
                before.link_blocks(task, token);
            }
            task.key()
        });
        self.by_name.insert(name.to_string(), key);
    }

    /// The tasks `name` waits for.
    pub fn blockers(&self, name: &str) -> Vec<String> {
        let Some(&key) = self.by_name.get(name) else {
            return Vec::new();
        };
        self.arena.read(|graph, token| match graph.get(key) {
            Some(task) => names(task.blocked_by(token), token),
            None => Vec::new(),
        })
    }

    /// The tasks that can start now (nothing blocks them), by name.
    pub fn ready(&self) -> Vec<String> {
        self.arena.read(|graph, token| {
            self.by_name
                .iter()
                .filter(|(_, key)| {
                    graph
                        .get(**key)
                        .is_some_and(|t| t.blocked_by(token).is_empty())
                })
                .map(|(name, _)| name.clone())
                .collect()
        })
    }

    /// Marks `name` finished: removes it, so the tasks it blocked lose it from `blocked_by`.
    /// Returns the tasks that became ready, or `None` for an unknown task.
    pub fn finish(&mut self, name: &str) -> Option<Vec<String>> {
        let key = self.by_name.remove(name)?;
        self.arena.scope_mut(|graph, token| {
            let task = graph.get(key)?;
            let unblocked: Vec<_> = task.blocks(token).to_vec();
            graph.remove(task, token); // detaches both directions
            let ready = unblocked
                .into_iter()
                .filter(|t| t.blocked_by(token).is_empty());
            Some(ready.map(|t| t.borrow(token).name.clone()).collect())
        })
    }

    /// Live tasks.
    pub fn len(&self) -> usize {
        self.arena.len()
    }

    /// Whether no task is left.
    pub fn is_empty(&self) -> bool {
        self.arena.is_empty()
    }
}

fn main() {
    let mut planner = Planner::default();
    let script: &[(&str, &[&str])] = &[
        ("design", &[]),
        ("build", &["design"]),
        ("test", &["build"]),
        ("write docs", &["design"]),
        ("release", &["test", "write docs"]),
    ];
    for (name, after) in script {
        planner.add(name, after);
        println!("add {name:<11} after {after:?}");
    }
    println!("ready: {:?}", planner.ready());
    println!("release waits for {:?}", planner.blockers("release"));

    for name in ["design", "build", "write docs", "test"] {
        let ready = planner.finish(name).expect("a known task");
        println!("finish {name:<10} -> now ready: {ready:?}");
    }
    println!("release waits for {:?}", planner.blockers("release"));
    assert_eq!(planner.finish("design"), None, "finished already");

    // A long-running planner: tasks come and go, the arena keeps its size.
    let before = format!("{:?}", planner.arena);
    let rounds = if cfg!(miri) { 50 } else { 10_000 };
    for round in 0..rounds {
        let name = format!("chore {round}");
        planner.add(&name, &["release"]);
        planner.finish(&name);
    }
    println!(
        "after 10,000 more tasks added and finished: {} live",
        planner.len()
    );
    println!("  arena before: {before}");
    println!("  arena after:  {:?}", planner.arena);
    assert_eq!(planner.len(), 1);
}
