//! `#[ghost_graph]` on code written the way real crates write it: each module is one kind of
//! input that a public bug report tripped the macro on, and must build and behave.

use ghost_runtime::scope;

/// Nodes declared by `macro_rules!`: every type arrives as a `$t:ty` fragment, which the macro
/// sees wrapped in an invisible group (`syn::Type::Group`), the whole link type or only the
/// node inside it.
mod macro_rules_fragments {
    use ghost_runtime::ghost_graph;

    macro_rules! list_node {
        ($name:ident, $payload:ty, $link:ty, $node:ty) => {
            #[ghost_graph]
            pub(crate) struct $name {
                pub(crate) val: $payload,
                #[link(inverse = prev)]
                pub(crate) next: $link,
                pub(crate) prev: Option<$node>,
                pub(crate) children: Vec<$node>,
                pub(crate) boxed: Option<Box<$node>>,
                pub(crate) slots: [Option<$node>; 2],
            }
        };
    }

    list_node!(Item, u32, Option<Item>, Item);

    macro_rules! generic_node {
        ($name:ident<$param:ident>, $link:ty) => {
            #[ghost_graph]
            pub(crate) struct $name<$param>
            where
                $param: 'static,
            {
                pub(crate) val: $param,
                pub(crate) next: $link,
            }
        };
    }

    generic_node!(Cell<T>, Option<Cell<T>>);

    macro_rules! cross_node {
        ($name:ident, $other:ty) => {
            #[ghost_graph]
            pub(crate) struct $name {
                #[link]
                pub(crate) owner: Option<$other>,
                pub(crate) next: Option<Self>,
            }
        };
    }

    cross_node!(Tag, Item);

    // The link types as `$t:ty` fragments (weighted among them) and the inverses as
    // `$i:ident`s: the helpers' calls, spanned on those tokens for their errors, must still see
    // the methods' own parameters.
    macro_rules! weighted_node {
        ($name:ident, $links:ty, $weight:ty, $out:ident, $into:ident, $up:ident, $down:ident) => {
            #[ghost_graph]
            pub(crate) struct $name {
                pub(crate) id: u32,
                #[link(inverse = $into)]
                pub(crate) $out: $links,
                pub(crate) $into: $links,
                #[link(symmetric)]
                pub(crate) near: Vec<($name, $weight)>,
                #[link(inverse = $down)]
                pub(crate) $up: Option<$name>,
                pub(crate) $down: [Option<$name>; 2],
            }
        };
    }

    weighted_node!(Town, Vec<(Town, u16)>, u32, out, into, up, down);
}

#[test]
fn macro_rules_fragments_are_links() {
    use macro_rules_fragments::{Cell, Item, Tag};

    scope(|graph, token| {
        let a = Item::new_in(graph, 1);
        let b = Item::new_in(graph, 2);
        a.link_next(b, token);
        assert_eq!(b.prev(token), Some(a));
        a.link_children(b, token);
        a.link_boxed(b, token);
        a.link_slots(1, b, token);
        assert_eq!(a.children(token), &[b]);
        assert_eq!(a.slots(token), &[None, Some(b)]);
        let walk: Vec<u32> = a.iter_next(token).map(|n| n.borrow(token).val).collect();
        assert_eq!(walk, [1, 2]);

        let c = Cell::new_in(graph, "c");
        let d = Cell::new_in(graph, "d");
        c.link_next(d, token);
        let words: Vec<&str> = c.iter_next(token).map(|n| n.borrow(token).val).collect();
        assert_eq!(words, ["c", "d"]);

        let tag = Tag::new_in(graph);
        tag.link_owner(a, token);
        assert_eq!(tag.owner(token), Some(a));
    });
}

#[test]
fn macro_rules_fragments_carry_weights_and_inverses() {
    use macro_rules_fragments::Town;

    scope(|graph, token| {
        let [a, b] = [1, 2].map(|id| Town::new_in(graph, id));
        a.link_out(b, 7, token);
        assert_eq!(b.into(token), [(a, 7)]);
        assert_eq!(b.set_into_weight(a, 8, token), Some(7));
        assert_eq!(a.unlink_out(b, token), Some(8));
        a.link_near(b, 300, token);
        assert_eq!(b.near_weight(a, token), Some(&300));
        assert_eq!(a.unlink_near(b, token), Some(300));
        a.link_down(1, b, token);
        assert_eq!(b.up(token).map(|up| up.borrow(token).id), Some(1));
        assert_eq!(a.unlink_down(1, token), Some(b));
        assert_eq!(b.up(token), None);
    });
}

/// Raw identifiers: rustc reads `r#prev` and `prev` as one name, and so must `inverse = ..`,
/// from either side of a pair.
mod raw_identifiers {
    use ghost_runtime::ghost_graph;

    #[ghost_graph]
    pub(crate) struct Node {
        pub(crate) val: u32,
        #[link(inverse = r#prev)]
        pub(crate) next: Option<Node>,
        pub(crate) prev: Option<Node>,
        #[link(inverse = parent)]
        pub(crate) r#children: Vec<Node>,
        #[link(inverse = children)]
        pub(crate) r#parent: Option<Node>,
    }
}

#[test]
fn raw_identifiers_name_their_fields() {
    use raw_identifiers::Node;

    scope(|graph, token| {
        let a = Node::new_in(graph, 1);
        let b = Node::new_in(graph, 2);
        a.link_next(b, token);
        assert_eq!(b.prev(token), Some(a));
        assert_eq!(b.unlink_prev(token), Some(a));
        assert_eq!(a.next(token), None);
        a.link_children(b, token);
        assert_eq!(b.parent(token), Some(a));
        b.unlink_parent(token);
        assert!(a.children(token).is_empty());
        assert_eq!(a.borrow(token).val + b.borrow(token).val, 3);
    });
}

/// A payload whose type is another module's type of the node's name (`syntax: ast::Node` in
/// `struct Node`): a qualified path is a payload, not a link to this node. Marked `#[link]`, a
/// qualified path names a node type, as for links to other types.
mod qualified_payloads {
    use ghost_runtime::ghost_graph;

    pub(crate) mod ast {
        /// The syntax tree's own node type.
        #[derive(Debug, Clone, PartialEq)]
        pub(crate) struct Node {
            pub(crate) kind: &'static str,
        }
    }

    #[ghost_graph]
    pub(crate) struct Node {
        pub(crate) syntax: ast::Node,
        pub(crate) origin: Option<self::ast::Node>,
        pub(crate) expansions: Vec<crate::qualified_payloads::ast::Node>,
        #[link(inverse = prev)]
        pub(crate) next: Option<Node>,
        pub(crate) prev: Option<Node>,
        #[link]
        pub(crate) up: Option<self::Node>,
    }
}

#[test]
fn qualified_paths_named_like_the_node_are_payloads() {
    use qualified_payloads::{Node, ast};

    scope(|graph, token| {
        let leaf = |kind| ast::Node { kind };
        let a = Node::new_in(graph, leaf("fn"), None, vec![leaf("macro")]);
        let b = Node::new_in(graph, leaf("block"), Some(leaf("fn")), Vec::new());
        a.link_next(b, token);
        assert_eq!(b.prev(token), Some(a));
        b.link_up(a, token);
        assert_eq!(b.up(token), Some(a));
        let b_node = b.borrow(token);
        assert_eq!(b_node.syntax.kind, "block");
        assert_eq!(b_node.origin, Some(leaf("fn")));
        assert_eq!(a.borrow(token).expansions, [leaf("macro")]);
    });
}

/// Generic parameters named like the ones the expansion introduces (`H` of `Hash::hash`, `A` of
/// `new_in`, `R` of `scope`, the `'t` of borrows, the `'p` of value accessors, `'src` and `'i`
/// of `scope`), and payload types of those names: the generated ones take other names.
mod generated_parameter_names {
    use core::marker::PhantomData;

    use ghost_runtime::ghost_graph;

    #[ghost_graph]
    pub(crate) struct Clash<'t, 'p, 'src, 'i, H, A, R, const A_: usize>
    where
        H: Clone,
    {
        pub(crate) text: &'t str,
        pub(crate) more: &'p str,
        pub(crate) marker: PhantomData<(&'src (), &'i (), R)>,
        pub(crate) hasher: H,
        pub(crate) items: [A; A_],
        #[value]
        pub(crate) weight: &'p u32,
        #[link(inverse = prev)]
        pub(crate) next: Option<Self>,
        pub(crate) prev: Option<Clash<'t, 'p, 'src, 'i, H, A, R, A_>>,
    }

    /// Types, not parameters, named `A`, `H` and `R`, in a node without generics (which gets
    /// `scope`), and a higher-ranked `'p` and `'t` in payloads.
    pub(crate) struct A(pub(crate) u8);
    pub(crate) struct H(pub(crate) u8);
    pub(crate) struct R(pub(crate) u8);

    #[ghost_graph]
    pub(crate) struct Named {
        pub(crate) a: A,
        pub(crate) h: H,
        pub(crate) r: R,
        pub(crate) pick: for<'t> fn(&'t str) -> &'t str,
        #[value]
        pub(crate) check: for<'p> fn(&'p u8) -> bool,
        pub(crate) next: Option<Named>,
    }
}

#[test]
fn generated_parameters_do_not_collide_with_the_users() {
    use core::marker::PhantomData;
    use std::collections::HashSet;

    use generated_parameter_names::{A, Clash, H, Named, R};
    use ghost_runtime::scope_split;

    let weight = 7;
    scope_split(|graph, token, perm| {
        let unit = PhantomData::<(&(), &(), ())>;
        let a = Clash::new_in(graph, "a", "more", unit, 1_u8, [1_i32, 2], &weight);
        let b = Clash::new_in(graph, "b", "more", PhantomData, 2, [3, 4], &weight);
        a.link_next(b, token);
        assert_eq!(b.prev(token), Some(a));
        assert_eq!(**a.weight(perm), 7);
        let texts: Vec<&str> = a.iter_next(token).map(|n| n.borrow(token).text).collect();
        assert_eq!(texts, ["a", "b"]);
        assert_eq!(a.borrow(token).hasher + b.borrow(token).hasher, 3);
        assert_eq!(b.borrow(token).items, [3, 4]);
        let set: HashSet<_> = [a, b, a].into_iter().collect();
        assert_eq!(set.len(), 2);
        assert_eq!(a.borrow(token).more, "more");
        let _ = (a.borrow(token).marker, b.borrow_mut(token).marker);
    });

    let sum = Named::scope(|graph, token| {
        let n = Named::new_in(graph, A(1), H(2), R(3), |s| s, |x| *x > 0);
        let node = n.borrow(token);
        u32::from(node.a.0 + node.h.0 + node.r.0) + u32::try_from((node.pick)("ab").len()).unwrap()
    });
    assert_eq!(sum, 8);
}

/// Fields of one name under `#[cfg]`s that exclude each other, as a crate with a feature
/// writes them (`cfg(any())` is always false, `cfg(all())` always true): valid Rust, so the
/// macro must neither reject the second field nor let the first one's code stand for it.
#[allow(clippy::non_minimal_cfg)] // `cfg(all())` stands for a feature that is on
mod exclusive_cfgs {
    use ghost_runtime::ghost_graph;

    #[ghost_graph]
    pub(crate) struct Node {
        #[cfg(any())]
        pub(crate) val: u32,
        #[cfg(all())]
        pub(crate) val: u64,
        #[link(inverse = prev)]
        pub(crate) next: Option<Node>,
        /// The inverse of `next`, of another shape in each configuration.
        #[cfg(any())]
        pub(crate) prev: Vec<Node>,
        #[cfg(all())]
        pub(crate) prev: Option<Node>,
        /// Two links of one name: their helpers are generated once in each configuration.
        #[cfg(any())]
        pub(crate) up: Vec<Node>,
        #[cfg(all())]
        pub(crate) up: Option<Node>,
        /// A link whose inverse is configured out: unpaired there.
        #[link(inverse = gone)]
        pub(crate) left: Option<Node>,
        #[cfg(any())]
        pub(crate) gone: Option<Node>,
        /// A pair under one `#[cfg]`: paired wherever it exists.
        #[cfg(all())]
        #[link(inverse = below)]
        pub(crate) above: Option<Node>,
        #[cfg(all())]
        pub(crate) below: Option<Node>,
    }
}

#[test]
fn fields_of_one_name_under_exclusive_cfgs() {
    use exclusive_cfgs::Node;
    use ghost_runtime::Arena;

    let mut arena = Arena::new();
    arena.scope_mut(|graph, token| {
        let a = Node::new_in(graph, 1_u64);
        let b = Node::new_in(graph, u64::MAX);
        a.link_next(b, token);
        assert_eq!(b.prev(token), Some(a));
        a.link_up(b, token);
        assert_eq!(a.iter_up(token).count(), 2);
        b.link_left(a, token);
        assert_eq!(b.left(token), Some(a));
        assert_eq!(b.borrow(token).val, u64::MAX);
        a.link_above(b, token);
        assert_eq!(b.below(token), Some(a));
        // Removal empties every link field of the node, the unpaired one included.
        graph.remove(b, token);
        assert_eq!(a.next(token), None);
        assert_eq!(b.left(token), None);
        assert_eq!(b.prev(token), None);
    });
}
