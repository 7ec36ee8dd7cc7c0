// The only link field has an unsupported type (a generic node names itself without its
// parameters). The field stays a link, so the node still has its constructors and helpers and
// the code using them reports nothing more than the one error.
use ghost_runtime::{ghost_graph, scope};

#[ghost_graph]
struct Word<'src> {
    text: &'src str,
    next: Option<Word>,
}

fn main() {
    let text = String::from("a b");
    scope(|graph, token| {
        let a = Word::new_in(graph, &text[..1]);
        let b = Word::new_in(graph, &text[2..]);
        a.link_next(b, token);
        let _ = a.iter_next(token).count();
    });
}
