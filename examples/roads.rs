//! Shortest routes between cities: a road network as nodes with weighted, undirected links
//! (`roads: Vec<(City, u32)>`, each road with its length in km), searched with petgraph's A*
//! through the runtime's petgraph view, then changed (a road closed, a detour lengthened) and
//! searched again, and drawn as DOT with each road labelled by its length. Run with
//! `cargo run --example roads`.

use ghost_runtime::petgraph::GraphView;
use ghost_runtime::{GhostToken, LocalGraph, ghost_graph, scope, to_dot_undirected};
use petgraph::algo::{astar, dijkstra};
use petgraph::visit::EdgeRef;

/// A city and the roads that leave it.
#[ghost_graph]
pub struct City {
    /// The city's name.
    pub name: &'static str,
    /// Each road with its length in km. Symmetric: a road is recorded at both of its cities,
    /// with the same length.
    #[link(symmetric)]
    pub roads: Vec<(City, u32)>,
}

/// The shortest route from `from` to `to` through the roads known now: the cities on it and
/// its length in km, or `None` if `to` cannot be reached.
fn route<'arena, 'id>(
    cities: &[CityRef<'arena, 'id>],
    from: CityRef<'arena, 'id>,
    to: CityRef<'arena, 'id>,
    token: &GhostToken<'id>,
) -> Option<(u32, Vec<&'static str>)> {
    let map = GraphView::new(cities.iter().copied(), token, CityRef::roads);
    let (km, path) = astar(&map, from, |city| city == to, |road| *road.weight(), |_| 0)?;
    Some((
        km,
        path.iter().map(|city| city.borrow(token).name).collect(),
    ))
}

fn print_route(route: Option<(u32, Vec<&str>)>) {
    match route {
        Some((km, cities)) => println!("  {} ({km} km)", cities.join(" -> ")),
        None => println!("  no route"),
    }
}

fn build<'arena, 'id>(
    graph: &LocalGraph<'arena, 'id>,
    token: &mut GhostToken<'id>,
) -> Vec<CityRef<'arena, 'id>> {
    let names = ["Lyon", "Geneva", "Grenoble", "Turin", "Chambery", "Milan"];
    let cities: Vec<_> = names.map(|name| City::new_in(graph, name)).to_vec();
    let [lyon, geneva, grenoble, turin, chambery, milan] = [0, 1, 2, 3, 4, 5].map(|i| cities[i]);
    for (a, b, km) in [
        (lyon, geneva, 150),
        (lyon, grenoble, 110),
        (lyon, chambery, 100),
        (chambery, grenoble, 55),
        (chambery, turin, 210),
        (grenoble, turin, 230),
        (geneva, milan, 330),
        (turin, milan, 140),
    ] {
        a.link_roads(b, km, token);
    }
    cities
}

fn main() {
    scope(|graph, token| {
        let cities = build(graph, token);
        let [lyon, _, grenoble, turin, chambery, milan] = [0, 1, 2, 3, 4, 5].map(|i| cities[i]);

        println!("Lyon to Milan:");
        print_route(route(&cities, lyon, milan, token));

        // A road works: the Chambery-Turin road is closed (`unlink_roads` gives its length
        // back, and removes it at both ends), and Grenoble-Turin takes a detour.
        let closed = chambery.unlink_roads(turin, token);
        println!("closed Chambery-Turin ({} km)", closed.unwrap_or(0));
        let old = grenoble.set_roads_weight(turin, 260, token);
        println!("Grenoble-Turin now 260 km (was {} km)", old.unwrap_or(0));
        println!("Lyon to Milan:");
        print_route(route(&cities, lyon, milan, token));

        // Every distance from Lyon at once.
        let token = &*token;
        let map = GraphView::new(cities.iter().copied(), token, CityRef::roads);
        let mut distances: Vec<_> = dijkstra(&map, lyon, None, |road| *road.weight())
            .into_iter()
            .map(|(city, km)| (km, city.borrow(token).name))
            .collect();
        distances.sort_unstable();
        println!("from Lyon:");
        for (km, name) in distances {
            println!("  {name}: {km} km");
        }

        // Each road once in DOT, labelled with its length (`to_dot` would draw it from both
        // ends).
        println!(
            "{}",
            to_dot_undirected([lyon], token, CityRef::roads, |city, token| {
                city.borrow(token).name.to_owned()
            })
        );
    });
}
