//! The expansion must not depend on the user's imports or field names: it is applied here in a
//! module that shadows the prelude, `std`, `core` and the runtime's own item names, and to
//! structs whose fields are named like the expansion's locals.

mod common;

use ghost_runtime::{ghost_graph, scope};

// Lets the `crate = ..` argument point at a re-export.
pub use ::ghost_runtime as renamed_runtime;

#[allow(
    dead_code,
    non_camel_case_types,
    non_snake_case,
    unused_macros,
    clippy::upper_case_acronyms,
    clippy::module_name_repetitions
)]
mod shadowed {
    use ::ghost_runtime::ghost_graph;

    // The prelude's types, traits and variants, shadowed by unrelated local items.
    pub struct Option<T>(T);
    pub struct Some;
    pub struct None;
    pub struct Result;
    pub struct Ok;
    pub struct Err;
    pub struct Box;
    pub struct Vec;
    pub struct String;
    pub trait Drop {}
    pub trait Clone {}
    pub trait Copy {}
    pub trait PartialEq {}
    pub trait Eq {}
    pub trait PartialOrd {}
    pub trait Ord {}
    pub trait Iterator {}
    pub trait IntoIterator {}
    pub trait Fn {}
    pub trait FnMut {}
    pub trait FnOnce {}
    pub trait Send {}
    pub trait Sync {}
    pub trait Sized {}
    pub trait Default {}
    pub trait Into {}
    pub trait From {}
    // Crate names as local modules: only `::std`, `::core` and `::ghost_runtime` reach the
    // real crates.
    pub mod std {}
    pub mod core {}
    pub mod alloc {}
    pub mod ghost_runtime {}
    // The names the runtime exports, as unrelated local items.
    pub struct GhostToken;
    pub struct GhostCell;
    pub struct Graph;
    pub struct NodePtr;
    pub struct Arena;
    pub trait NodeAllocator {}
    pub trait Deref {}
    pub trait Hash {}
    pub trait Debug {}
    pub fn scope() {}
    pub fn follow() {}
    pub fn link_pair() {}
    pub fn unlink_pair() {}
    // Macros the expansion might call unqualified.
    macro_rules! panic {
        ($($t:tt)*) => {
            compile_error!("the expansion used an unqualified `panic!`")
        };
    }
    macro_rules! unreachable {
        ($($t:tt)*) => {
            compile_error!("the expansion used an unqualified `unreachable!`")
        };
    }

    /// Link types written with the prelude shadowed: the macro reads them by shape.
    #[ghost_graph]
    pub struct Node {
        pub val: u32,
        #[link(inverse = prev)]
        pub next: Option<Node>,
        pub prev: Option<Self>,
    }

    /// The same with `Box` and fully qualified paths (which the local `std` would capture if
    /// the macro kept them).
    #[ghost_graph]
    pub struct Boxed {
        pub val: u32,
        #[link(inverse = prev)]
        pub next: ::core::option::Option<::std::boxed::Box<Boxed>>,
        pub prev: std::option::Option<alloc::boxed::Box<Self>>,
    }

    pub fn use_node() -> ::std::vec::Vec<u32> {
        Node::scope(|graph, token| {
            let a = Node::new_in(graph, 1);
            let b = Node::alloc_in(
                graph,
                Node {
                    val: 2,
                    next: ::core::option::Option::None,
                    prev: ::core::option::Option::None,
                },
            );
            let c = Node::new_in(graph, 3);
            a.link_next(b, token);
            c.link_prev(b, token);
            ::std::assert_eq!(b.prev(token), ::core::option::Option::Some(a));
            ::std::assert_eq!(c.unlink_prev(token), ::core::option::Option::Some(b));
            b.link_next(c, token);
            b.borrow_mut(token).val += 10;
            let forward = a.iter_next(token).map(|n| n.borrow(token).val);
            let backward = c.iter_prev(token).map(|n| n.borrow(token).val);
            forward.chain(backward).collect()
        })
    }

    pub fn use_boxed() -> ::std::vec::Vec<u32> {
        Boxed::scope(|graph, token| {
            let a = Boxed::new_in(graph, 1);
            let b = Boxed::new_in(graph, 2);
            b.link_prev(a, token);
            ::std::assert_eq!(a.next(token), ::core::option::Option::Some(b));
            a.iter_next(token).map(|n| n.borrow(token).val).collect()
        })
    }
}

#[test]
fn expansion_ignores_shadowed_prelude_and_crate_names() {
    assert_eq!(shadowed::use_node(), [1, 12, 3, 3, 12, 1]);
    assert_eq!(shadowed::use_boxed(), [1, 2]);
}

/// Payload fields named like the expansion's own parameters and locals. (Seven payload fields
/// give `new_in` eight parameters: the expansion allows `clippy::too_many_arguments` there.)
mod clash {
    use ghost_runtime::GhostToken;

    #[super::ghost_graph(crate = crate::renamed_runtime)]
    pub(super) struct Clash {
        pub(super) allocator: u32,
        pub(super) node: u32,
        pub(super) token: u32,
        pub(super) other: u32,
        pub(super) f: u32,
        pub(super) graph: u32,
        pub(super) r#type: u32,
        #[link(inverse = prev)]
        pub(super) next: Option<Clash>,
        pub(super) prev: Option<Clash>,
    }

    pub(super) fn fields<'arena, 'id>(
        n: ClashRef<'arena, 'id>,
        token: &GhostToken<'id>,
    ) -> [u32; 7] {
        let n = n.borrow(token);
        [
            n.allocator,
            n.node,
            n.token,
            n.other,
            n.f,
            n.graph,
            n.r#type,
        ]
    }
}

#[test]
fn payload_fields_named_like_expansion_locals() {
    use clash::{Clash, fields};

    let (args, literal) = Clash::scope(|graph, token| {
        let a = Clash::new_in(graph, 1, 2, 3, 4, 5, 6, 7);
        let b = Clash::alloc_in(
            graph,
            Clash {
                allocator: 10,
                node: 20,
                token: 30,
                other: 40,
                f: 50,
                graph: 60,
                r#type: 70,
                next: None,
                prev: None,
            },
        );
        a.link_next(b, token);
        assert_eq!(b.prev(token), Some(a));
        (fields(a, token), fields(b, token))
    });
    assert_eq!(args, [1, 2, 3, 4, 5, 6, 7]);
    assert_eq!(literal, [10, 20, 30, 40, 50, 60, 70]);
}

/// Link fields named like the expansion's locals and like keywords (raw identifiers).
#[ghost_graph]
struct Links {
    val: u32,
    #[link(inverse = node)]
    other: Option<Links>,
    node: Option<Links>,
    #[link(inverse = r#in)]
    token: Option<Links>,
    r#in: Option<Links>,
    f: Option<Self>,
}

#[test]
fn link_fields_named_like_expansion_locals() {
    scope(|graph, token| {
        let a = Links::new_in(graph, 1);
        let b = Links::new_in(graph, 2);
        let c = Links::new_in(graph, 3);
        a.link_other(b, token);
        assert_eq!(b.node(token), Some(a));
        c.link_node(a, token); // a.other = c, so b loses its `node`
        assert_eq!(a.other(token), Some(c));
        assert_eq!(b.node(token), None);
        a.link_token(b, token);
        assert_eq!(b.r#in(token), Some(a));
        assert_eq!(b.unlink_in(token), Some(a));
        assert_eq!(a.token(token), None);
        a.link_f(b, token);
        b.link_f(c, token);
        let walk: Vec<u32> = a.iter_f(token).map(|n| n.borrow(token).val).collect();
        assert_eq!(walk, [1, 2, 3]);
        let walk: Vec<u32> = c.iter_node(token).map(|n| n.borrow(token).val).collect();
        assert_eq!(walk, [3, 1]);
    });
}

#[test]
fn expansion_inside_a_function_body() {
    #[ghost_graph]
    struct Local {
        val: i64,
        next: Option<Local>,
    }

    let total = Local::scope(|graph, token| {
        let a = Local::new_in(graph, -1);
        let b = Local::new_in(graph, 5);
        a.link_next(b, token);
        a.iter_next(token).map(|n| n.borrow(token).val).sum::<i64>()
    });
    assert_eq!(total, 4);
}

#[test]
#[cfg_attr(miri, ignore = "builds a crate with cargo")]
fn cfg_on_fields_is_respected() {
    // `#[cfg]` on a field reaches its `new_in` parameter, its struct-literal initialiser and its
    // link helpers, so a configured-out field is named nowhere (it once was: "struct has no
    // field"). Fields of one name under exclusive `#[cfg]`s: `real_code.rs`.
    common::assert_crate_compiles(
        "cfg_on_fields",
        r#"
use ghost_runtime::{ghost_graph, scope};

#[ghost_graph]
struct Node {
    val: u32,
    #[cfg(any())]
    disabled_payload: u32,
    #[cfg(all())]
    enabled_payload: u32,
    #[link(inverse = prev)]
    next: Option<Node>,
    prev: Option<Node>,
    #[cfg(any())]
    disabled_link: Option<Node>,
}

fn main() {
    let sum = scope(|graph, token| {
        let a = Node::new_in(graph, 1, 10);
        let b = Node::new_in(graph, 2, 20);
        a.link_next(b, token);
        a.iter_next(token)
            .map(|n| n.borrow(token).val + n.borrow(token).enabled_payload)
            .sum::<u32>()
    });
    assert_eq!(sum, 33);
}
"#,
    );
}
