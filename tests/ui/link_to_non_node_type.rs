// `#[link]` marks a field as a link to another #[ghost_graph] node type; pointing it at a type
// that is not one (here `String`) is an error on that field: there is no handle type for it.
use ghost_runtime::ghost_graph;

#[ghost_graph]
struct Person {
    name: &'static str,
    #[link]
    nickname: Option<String>,
    next: Option<Person>,
}

fn main() {}
