//! The helpers of each link field, every one a call into the runtime's generic link code.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::Ident;

use super::{LinkConfig, Names};
use crate::ast::{Field, Link, LinkShape, bare_name};

/// How a link field relates to the field that points back.
pub(super) enum Pairing<'a> {
    /// No inverse: helpers touch this field only.
    Unpaired,
    /// `inverse = g`: helpers keep `g` on the target in step.
    Inverse(&'a Ident),
    /// `#[link(symmetric)]`: the field is its own inverse.
    Symmetric,
}

/// The helpers of one link field `f` in one configuration: `f`, `link_f`, `unlink_f`, and for
/// single links to the same type `iter_f`. Every body is one call into the runtime's generic
/// link code, or a field access.
pub(super) fn expand_link_helpers(
    field: &Field<'_>,
    link: &Link<'_>,
    names: &Names<'_>,
    config: &LinkConfig<'_>,
) -> TokenStream {
    let runtime = names.runtime;
    let private = quote!(#runtime::__private);
    let node_ty = names.node_ty();
    let (target, target_node) = (names.target_handle(link), names.target_node(link));
    let vis = super::generated_vis(field.vis);
    let name = field.ident;
    let bare = bare_name(name);
    let (link_fn, unlink_fn) = (
        format_ident!("link_{}", bare),
        format_ident!("unlink_{}", bare),
    );
    let token = quote!(#private::GhostToken<'id>);
    let t = &names.borrow;
    let cfgs = &config.cfgs;
    let pairing = match (link.symmetric, config.inverse) {
        (Some(_), _) => Pairing::Symmetric,
        (None, Some(inverse)) => Pairing::Inverse(inverse),
        (None, None) => Pairing::Unpaired,
    };
    let this = quote!(|node: &mut #node_ty| &mut node.#name);
    // Spanned on the inverse's name: a wrong inverse (on this type or another) is reported
    // where it was written.
    let back = |inverse: &Ident| quote_spanned!(inverse.span()=> |node: &mut #target_node| &mut node.#inverse);

    if link.shape == LinkShape::Array {
        return expand_array_helpers(field, link, names, &pairing, cfgs, &this, back);
    }
    if link.shape == LinkShape::WeightedVec {
        return super::weighted::expand_weighted_helpers(
            field, link, names, &pairing, cfgs, &this, back,
        );
    }
    let (get_doc, get_ty, get_body) = if link.shape.is_many() {
        (
            format!("The nodes `{bare}` points to, in link order."),
            quote!(&#t [#target]),
            quote!(&self.borrow(token).#name),
        )
    } else {
        (
            format!("The node `{bare}` points to, if any."),
            quote!(::core::option::Option<#target>),
            quote!(self.borrow(token).#name),
        )
    };
    let (link_doc, link_body) = match pairing {
        Pairing::Unpaired if link.shape.is_many() => (
            format!("Appends `other` to `{bare}` (this link has no inverse to keep in step)."),
            quote!(self.borrow_mut(token).#name.push(other)),
        ),
        Pairing::Unpaired => (
            format!("Points `{bare}` at `other` (this link has no inverse to keep in step)."),
            quote!(self.borrow_mut(token).#name = ::core::option::Option::Some(other)),
        ),
        Pairing::Inverse(inverse) => (
            format!(
                "Links `{bare}` to `other`, and `other`'s `{inverse}` back to this node.\n\n\
                 A single link that held another node lets go of it, and that node's side is \
                 cleared too (relinking `a -> c` where `a -> b` was clears `b`'s `{inverse}`; a \
                 node with one `{inverse}` leaves its previous one). Nothing changes if the two \
                 are already linked this way and one side is a single link."
            ),
            {
                // Spanned on the inverse's name, so a wrong inverse on another type is
                // reported where it was written.
                let back = back(inverse);
                {
                    let args = super::own_tokens("self, other, token");
                    quote_spanned!(inverse.span()=> #private::link(#args, #this, #back))
                }
            },
        ),
        Pairing::Symmetric => (
            format!(
                "Records an undirected edge: `other` in this node's `{bare}` and this node in `other`'s (a loop is recorded once)."
            ),
            quote!(#private::link_symmetric(self, other, token, #this)),
        ),
    };
    let link_doc = if config.tree_parent {
        format!(
            "{link_doc}\n\nUnchecked: `other` is not looked up. Linked under its own descendant (or \
             itself), this node's subtree becomes a cycle cut off from the tree, and `iter_{bare}` \
             never ends; where that can happen, use `try_link_{bare}`, which checks first."
        )
    } else {
        link_doc
    };
    let tree = config
        .tree_parent
        .then(|| expand_tree_helpers(field, names, cfgs));
    let unlink = if link.shape.is_many() {
        let (doc, body) = match pairing {
            Pairing::Unpaired => (
                format!("Removes one `other` from `{bare}`; `false` if it was not there."),
                quote!(#private::remove_one(&mut self.borrow_mut(token).#name, other)),
            ),
            Pairing::Inverse(inverse) => {
                let back = back(inverse);
                (
                    format!(
                        "Removes one `other` from `{bare}` and this node from `other`'s `{inverse}`; `false` if there was no such link."
                    ),
                    {
                        let args = super::own_tokens("self, other, token");
                        quote_spanned!(inverse.span()=> #private::unlink(#args, #this, #back))
                    },
                )
            }
            Pairing::Symmetric => (
                "Removes one undirected edge to `other` from both ends; `false` if there was none."
                    .to_owned(),
                quote!(#private::unlink_symmetric(self, other, token, #this)),
            ),
        };
        quote! {
            #[doc = #doc]
            #(#cfgs)*
            #[inline]
            #vis fn #unlink_fn(self, other: #target, token: &mut #token) -> bool {
                #body
            }
        }
    } else {
        let (doc, body) = match pairing {
            Pairing::Inverse(inverse) => {
                let back = back(inverse);
                (
                    format!(
                        "Clears `{bare}` and removes this node from the former target's `{inverse}`; returns the former target."
                    ),
                    {
                        let args = super::own_tokens("self, token");
                        quote_spanned!(inverse.span()=> #private::take_link(#args, #this, #back))
                    },
                )
            }
            Pairing::Unpaired | Pairing::Symmetric => (
                format!("Clears `{bare}`; returns the node it pointed to."),
                quote!(self.borrow_mut(token).#name.take()),
            ),
        };
        quote! {
            #[doc = #doc]
            #(#cfgs)*
            #[inline]
            #vis fn #unlink_fn(self, token: &mut #token) -> ::core::option::Option<#target> {
                #body
            }
        }
    };
    let iter = link.walkable().then(|| {
        let iter_fn = format_ident!("iter_{}", bare);
        let doc = format!(
            "Iterates from this node (included) along `{bare}`, until a node whose `{bare}` is `None`.\n\n\
             On a cycle it never ends: bound it with `take`, or stop at a node seen before."
        );
        // No `use<..>` list: this `impl` token comes from the macro, so edition 2024's rule
        // applies whatever the user's edition, and the iterator captures every lifetime and
        // type parameter in scope (`'t`, the brands and the user's); listing them all is what
        // `impl_trait_redundant_captures` reports.
        quote! {
            #[doc = #doc]
            #(#cfgs)*
            #[inline]
            #vis fn #iter_fn<#t>(
                self,
                token: &#t #token,
            ) -> impl ::core::iter::Iterator<Item = Self> {
                #private::follow(self, token, |node: &#node_ty| node.#name)
            }
        }
    });
    quote! {
        #[doc = #get_doc]
        #(#cfgs)*
        #[must_use]
        #[inline]
        #vis fn #name<#t>(self, token: &#t #token) -> #get_ty {
            #get_body
        }

        #[doc = #link_doc]
        #(#cfgs)*
        #[inline]
        #vis fn #link_fn(self, other: #target, token: &mut #token) {
            #link_body
        }

        #unlink
        #iter
        #tree
    }
}

/// For the parent link `f` of a tree (a single link whose inverse holds the children):
/// `try_link_f`, the move that refuses to make a cycle, and `is_f_ancestor_of`. Both walk up
/// the tree with the runtime's `tree.rs`.
fn expand_tree_helpers(field: &Field<'_>, names: &Names<'_>, cfgs: &[TokenStream]) -> TokenStream {
    let runtime = names.runtime;
    let private = quote!(#runtime::__private);
    let node_ty = names.node_ty();
    let vis = super::generated_vis(field.vis);
    let name = field.ident;
    let bare = bare_name(name);
    let (link_fn, try_fn, ancestor_fn) = (
        format_ident!("link_{}", bare),
        format_ident!("try_link_{}", bare),
        format_ident!("is_{}_ancestor_of", bare),
    );
    let token = quote!(#private::GhostToken<'id>);
    let up = quote!(|node: &#node_ty| node.#name);
    let try_doc = format!(
        "Links `{bare}` to `other` as `{link_fn}` does, after checking that the move makes no \
         cycle: walks up from `other`, O(depth).\n\n\
         # Errors\n\n\
         Nothing changes, and the error says why, if `other` is this node \
         (`LinkError::ParentIsSelf`), lies in its subtree (`ParentIsDescendant`), or its own \
         chain of `{bare}` links already loops (`ParentChainLoops`, left by an unchecked link)."
    );
    let ancestor_doc = format!(
        "Whether this node is on `other`'s chain of `{bare}` links (`other` itself excluded). \
         Walks up from `other`, O(depth); ends on a chain that loops."
    );
    quote! {
        #[doc = #try_doc]
        #(#cfgs)*
        #[inline]
        #vis fn #try_fn(
            self,
            other: Self,
            token: &mut #token,
        ) -> ::core::result::Result<(), #private::LinkError> {
            #private::check_move(self, other, token, #up)?;
            self.#link_fn(other, token);
            ::core::result::Result::Ok(())
        }

        #[doc = #ancestor_doc]
        #(#cfgs)*
        #[must_use]
        #[inline]
        #vis fn #ancestor_fn(self, other: Self, token: &#token) -> bool {
            #private::is_ancestor(self, other, token, #up)
        }
    }
}

/// The helpers of an array link `f: [Option<Node>; N]`: `f` (the slots), `link_f(index, ..)`
/// and `unlink_f(index)`.
fn expand_array_helpers(
    field: &Field<'_>,
    link: &Link<'_>,
    names: &Names<'_>,
    pairing: &Pairing<'_>,
    cfgs: &[TokenStream],
    this: &TokenStream,
    back: impl Fn(&Ident) -> TokenStream,
) -> TokenStream {
    let node_ty = names.node_ty();
    let runtime = names.runtime;
    let private = quote!(#runtime::__private);
    let target = names.target_handle(link);
    let len = link.array_len;
    let vis = super::generated_vis(field.vis);
    let name = field.ident;
    let bare = bare_name(name);
    let (link_fn, unlink_fn) = (
        format_ident!("link_{}", bare),
        format_ident!("unlink_{}", bare),
    );
    let token = quote!(#private::GhostToken<'id>);
    let t = &names.borrow;
    let panics = "# Panics\n\nIf `index` is out of bounds, like indexing an array.";
    let (link_doc, link_body, unlink_doc, unlink_body) = match pairing {
        Pairing::Inverse(inverse) => {
            let back = back(inverse);
            (
                format!(
                    "Links slot `index` of `{bare}` to `other`, and `other`'s `{inverse}` back to this node. The node that held the slot is detached; `other` leaves the slot (of this or another node) it held before when its `{inverse}` is a single link.\n\n{panics}"
                ),
                {
                    let args = super::own_tokens("self, index, other, token");
                    quote_spanned!(inverse.span()=> #private::link_at(#args, #this, #back))
                },
                format!(
                    "Clears slot `index` of `{bare}` and the former target's `{inverse}`; returns the former target.\n\n{panics}"
                ),
                // The slot is an `Option`: clearing it is `take_link` on that one slot.
                {
                    let slot = quote!(move |node: &mut #node_ty| &mut node.#name[index]);
                    {
                        let args = super::own_tokens("self, token");
                        quote_spanned!(inverse.span()=> #private::take_link(#args, #slot, #back))
                    }
                },
            )
        }
        Pairing::Unpaired | Pairing::Symmetric => (
            format!(
                "Points slot `index` of `{bare}` at `other` (this link has no inverse to keep in step).\n\n{panics}"
            ),
            quote!(self.borrow_mut(token).#name[index] = ::core::option::Option::Some(other)),
            format!("Clears slot `index` of `{bare}`; returns the node it pointed to.\n\n{panics}"),
            quote!(self.borrow_mut(token).#name[index].take()),
        ),
    };
    let get_doc = format!("The slots of `{bare}`, in order.");
    quote! {
        #[doc = #get_doc]
        #(#cfgs)*
        #[must_use]
        #[inline]
        #vis fn #name<#t>(self, token: &#t #token) -> &#t [::core::option::Option<#target>; #len] {
            &self.borrow(token).#name
        }

        #[doc = #link_doc]
        #(#cfgs)*
        #[inline]
        #vis fn #link_fn(self, index: usize, other: #target, token: &mut #token) {
            #link_body
        }

        #[doc = #unlink_doc]
        #(#cfgs)*
        #[inline]
        #vis fn #unlink_fn(self, index: usize, token: &mut #token) -> ::core::option::Option<#target> {
            #unlink_body
        }
    }
}
