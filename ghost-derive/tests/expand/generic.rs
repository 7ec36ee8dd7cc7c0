// Type and lifetime parameters, bounds and a where clause carry through; links name the node
// with its own parameters or as `Self`.
#[ghost_graph]
#[derive(Debug)]
pub(crate) struct Tree<'src, K: Ord, V>
where
    V: Clone,
{
    pub key: K,
    pub value: V,
    pub label: &'src str,
    #[link(inverse = prev)]
    pub next: Option<Tree<'src, K, V>>,
    pub prev: Option<Self>,
}
