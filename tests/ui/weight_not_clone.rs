// A paired or symmetric weighted link stores a copy of each weight at both ends, so the weight
// must be `Clone`; the error points at the weight type and names the ways out.
use ghost_runtime::ghost_graph;

struct Permit {
    holder: String,
}

#[ghost_graph]
struct Site {
    name: &'static str,
    #[link(symmetric)]
    access: Vec<(Site, Permit)>,
}

fn main() {
    let _ = |permit: Permit| permit.holder;
}
