// The concurrent list from seeds/000, adapted to this API: `rayon::join` with one closure reading
// through `&token` while the other writes through `&mut token`. That is a data race, exactly what
// the token forbids (the seed's own example does not compile for the same reason).
use ghost_runtime::{ghost_graph, scope};

#[ghost_graph]
struct Node {
    val: i32,
    #[link(inverse = prev)]
    next: Option<Node>,
    prev: Option<Node>,
}

fn main() {
    scope(|graph, token| {
        let list: Vec<_> = (0..10).map(|i| Node::new_in(graph, i)).collect();
        for pair in list.windows(2) {
            pair[0].link_next(pair[1], token);
        }

        rayon::join(
            || {
                // reader
                let token = &*token;
                for n in &list {
                    print!("{} ", n.borrow(token).val);
                }
            },
            || {
                // writer
                let token = &mut *token;
                for n in &list {
                    n.borrow_mut(token).val += 100;
                }
            },
        );
    });
}
