//! Compile-fail doctests: each shows one way to break a brand or the arena, and that it does not
//! compile. The trybuild suite (`tests/ui/`) covers the same ground with the exact messages;
//! these keep the guarantees next to the code that provides them.
//!
//! Every example uses this node:
//!
//! ```
//! use ghost_runtime::ghost_graph;
//! #[ghost_graph]
//! struct Node {
//!     val: String,
//!     #[link(inverse = prev)]
//!     next: Option<Node>,
//!     prev: Option<Node>,
//! }
//! # fn main() {}
//! ```

/// A node handle cannot leave its scope.
///
/// ```compile_fail
/// # use ghost_runtime::{ghost_graph, scope};
/// # #[ghost_graph] struct Node { val: String, #[link(inverse = prev)] next: Option<Node>, prev: Option<Node> }
/// let escaped = scope(|graph, _token| Node::new_in(graph, String::new()));
/// ```
pub fn node_does_not_escape_scope() {}

/// A reference into a payload cannot leave its scope.
///
/// ```compile_fail
/// # use ghost_runtime::{ghost_graph, scope};
/// # #[ghost_graph] struct Node { val: String, #[link(inverse = prev)] next: Option<Node>, prev: Option<Node> }
/// let escaped: &String = scope(|graph, token| {
///     let node = Node::new_in(graph, String::new());
///     &node.borrow(token).val
/// });
/// ```
pub fn reference_does_not_escape_scope() {}

/// The token of one scope cannot open the nodes of another.
///
/// ```compile_fail
/// # use ghost_runtime::{ghost_graph, scope};
/// # #[ghost_graph] struct Node { val: String, #[link(inverse = prev)] next: Option<Node>, prev: Option<Node> }
/// scope(|graph, _outer_token| {
///     let outer = Node::new_in(graph, String::new());
///     scope(|_graph, inner_token| {
///         let _ = outer.borrow(inner_token).val.len();
///     });
/// });
/// ```
pub fn scopes_do_not_mix() {}

/// A shared borrow of a payload blocks every mutation through the token.
///
/// ```compile_fail
/// # use ghost_runtime::{ghost_graph, scope};
/// # #[ghost_graph] struct Node { val: String, #[link(inverse = prev)] next: Option<Node>, prev: Option<Node> }
/// scope(|graph, token| {
///     let a = Node::new_in(graph, String::new());
///     let b = Node::new_in(graph, String::new());
///     let val = &a.borrow(token).val;
///     a.link_next(b, token);
///     println!("{val}");
/// });
/// ```
pub fn borrow_blocks_link() {}

/// A payload cannot hold the token, so no destructor can open a neighbour at teardown.
///
/// ```compile_fail
/// # use ghost_runtime::{ghost_graph, scope, GhostToken};
/// #[ghost_graph]
/// struct Spy { token: Option<&'arena GhostToken<'id>>, next: Option<Spy> }
/// scope(|graph, token| {
///     let _spy = Spy::new_in(graph, Some(&*token));
/// });
/// ```
pub fn payload_cannot_hold_token() {}

/// The same through a caller-owned arena.
///
/// ```compile_fail
/// # use ghost_runtime::{ghost_graph, Arena, GhostToken};
/// #[ghost_graph]
/// struct Spy { token: Option<&'arena GhostToken<'id>>, next: Option<Spy> }
/// let arena = Arena::new();
/// arena.scope(|graph, token| {
///     let _spy = Spy::new_in(graph, Some(&*token));
/// });
/// ```
pub fn payload_cannot_hold_token_in_caller_owned_arena() {}

/// The arena lifetime of a graph handle cannot be shortened to admit the token.
///
/// ```compile_fail
/// # use ghost_runtime::Graph;
/// fn shorten<'s, 'long: 's, 'id>(graph: &'s Graph<'long, 'id>) -> &'s Graph<'s, 'id> {
///     graph
/// }
/// ```
pub fn graph_is_invariant_in_arena() {}

/// A payload cannot borrow data that dies before the caller-owned arena.
///
/// ```compile_fail
/// # use ghost_runtime::{Arena, NodeAllocator};
/// let arena = Arena::new();
/// let text = String::from("source");
/// arena.scope(|graph, _token| {
///     let _word = graph.alloc_node(&text[..]);
/// });
/// ```
pub fn arena_outlives_borrowed_payloads() {}

/// Payloads of a shared `Arena` must be `Send`: the arena may run their destructors on another
/// thread. (A `LocalArena` and the free `scope` take any payload.)
///
/// ```compile_fail
/// # use ghost_runtime::{ghost_graph, Arena};
/// #[ghost_graph]
/// struct Counted { count: std::rc::Rc<u32>, next: Option<Counted> }
/// Arena::new().scope(|graph, _token| {
///     let _node = Counted::new_in(graph, std::rc::Rc::new(1));
/// });
/// ```
pub fn payload_must_be_send() {}

/// A local arena never leaves its thread: it is not `Send`...
///
/// ```compile_fail
/// # use ghost_runtime::Arena;
/// let arena = Arena::new_local();
/// std::thread::spawn(move || drop(arena));
/// ```
///
/// ...nor `Sync`, and neither is the free `scope`'s graph.
///
/// ```compile_fail
/// # use ghost_runtime::{ghost_graph, scope};
/// # #[ghost_graph] struct Node { val: String, #[link(inverse = prev)] next: Option<Node>, prev: Option<Node> }
/// scope(|graph, _token| {
///     std::thread::scope(|s| {
///         s.spawn(|| Node::new_in(graph, String::new()).key());
///     });
/// });
/// ```
pub fn local_arenas_stay_on_their_thread() {}

/// A key does not open in a shared scope (`Arena::scope`), which may run on several threads at
/// once: only `scope_mut` and `read` open keys.
///
/// ```compile_fail
/// # use ghost_runtime::{ghost_graph, Arena};
/// # #[ghost_graph] struct Node { val: String, #[link(inverse = prev)] next: Option<Node>, prev: Option<Node> }
/// let mut arena = Arena::new();
/// let key = arena.scope_mut(|graph, _token| Node::new_in(graph, String::new()).key());
/// arena.scope(|graph, _token| {
///     let _ = graph.get(key);
/// });
/// ```
pub fn keys_do_not_open_in_shared_scopes() {}

/// `read` lends the token shared: nothing can be written through it.
///
/// ```compile_fail
/// # use ghost_runtime::{ghost_graph, Arena};
/// # #[ghost_graph] struct Node { val: String, #[link(inverse = prev)] next: Option<Node>, prev: Option<Node> }
/// let mut arena = Arena::new();
/// let key = arena.scope_mut(|graph, _token| Node::new_in(graph, String::new()).key());
/// arena.read(|graph, token| {
///     graph.get(key).unwrap().borrow_mut(token).val.push('!');
/// });
/// ```
pub fn read_cannot_write() {}

/// A removed slot is refilled only with the token held mutably, so no reference into it (or
/// into any node) can be alive meanwhile.
///
/// ```compile_fail
/// # use ghost_runtime::{ghost_graph, Arena};
/// # #[ghost_graph] struct Node { val: String, #[link(inverse = prev)] next: Option<Node>, prev: Option<Node> }
/// let mut arena = Arena::new();
/// arena.scope_mut(|graph, token| {
///     let old = Node::new_in(graph, String::from("old"));
///     graph.remove(old, token);
///     let val = &old.borrow(token).val;
///     let _new = Node::new_in(&graph.reusing(token), String::from("new"));
///     println!("{val}");
/// });
/// ```
pub fn reuse_needs_the_token_exclusively() {}

/// Node handles opened from keys cannot leave the exclusive scope either.
///
/// ```compile_fail
/// # use ghost_runtime::{ghost_graph, Arena};
/// # #[ghost_graph] struct Node { val: String, #[link(inverse = prev)] next: Option<Node>, prev: Option<Node> }
/// let mut arena = Arena::new();
/// let key = arena.scope_mut(|graph, _token| Node::new_in(graph, String::new()).key());
/// let _escaped = arena.scope_mut(|graph, _token| graph.get(key));
/// ```
pub fn opened_nodes_do_not_escape() {}
