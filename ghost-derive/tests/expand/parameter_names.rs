// Parameters named like the expansion's own (`H`, `A`, `'t`): the generated ones become `H_`,
// `A_` and `'t_`.
#[ghost_graph]
struct Clash<'t, H, A> {
    name: &'t str,
    hasher: H,
    items: Vec<A>,
    next: Option<Self>,
}
