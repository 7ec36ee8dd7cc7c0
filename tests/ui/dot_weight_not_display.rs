// `to_dot` labels a weighted edge with its weight's `Display`; a weight without one is
// reported at the call, with a note on drawing the edges unlabelled.
use ghost_runtime::{ghost_graph, scope, to_dot};

#[derive(Clone, Debug)]
struct Cost {
    euros: u32,
}

#[ghost_graph]
struct Town {
    name: &'static str,
    #[link(inverse = roads_in)]
    roads_out: Vec<(Town, Cost)>,
    roads_in: Vec<(Town, Cost)>,
}

fn main() {
    scope(|graph, token| {
        let town = Town::new_in(graph, "a");
        town.link_roads_out(town, Cost { euros: 3 }, token);
        let dot = to_dot([town], token, TownRef::roads_out, |town, token| {
            town.borrow(token).name.to_owned()
        });
        println!("{dot} {}", town.roads_out(token)[0].1.euros);
    });
}
