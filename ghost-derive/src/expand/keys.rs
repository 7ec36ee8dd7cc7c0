//! `<Name>Key` and what keys and removal need: the key alias, `NodeKind` on the struct with
//! `'static` brands, `GraphNode` on the handle (with `detach_all`), and `NodeRef::key`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};

use super::{Names, link_configs, param_name};
use crate::ast::{Field, Input, LinkShape};

/// The key alias and the two trait impls that tie it to the handle.
pub(super) fn expand_keys(input: &Input<'_>, names: &Names<'_>) -> TokenStream {
    let Names {
        runtime,
        node,
        handle,
        generics,
        ..
    } = names;
    let private = quote!(#runtime::__private);
    let (handle_ty, ptr_ty) = (names.handle_ty(), names.ptr_ty());
    let (impl_generics, _, _) = generics.split_for_impl();
    let kind_generics = with_brand_bound(input, generics);
    let kind_where = &kind_generics.where_clause;
    let vis = super::generated_vis(input.vis);
    let key = key_ident(names);
    let static_node = names.static_node_ty();
    // Bounds and defaults are left out: a type alias does not enforce them.
    let alias_params = input.generics.params.iter().map(|param| match param {
        syn::GenericParam::Const(param) => {
            let (ident, ty) = (&param.ident, &param.ty);
            quote!(const #ident: #ty)
        }
        other => param_name(other),
    });
    let a = super::article(&node.to_string());
    let key_doc = format!(
        "A `'static` key of {a} [`{node}`]: plain data (`Copy`, `Eq`, `Hash`, `Send`, `Sync`, 16 bytes) \
         that outlives scopes. Made by [`{handle}::key`], opened by `graph.get(key)` in a later \
         `Arena::scope_mut` or `Arena::read`, which gives `None` once the node is removed."
    );
    let detach = input
        .fields
        .iter()
        .flat_map(|field| detach_field(input, field, names));
    let static_kind = if kind_is_static(input.generics) {
        quote!(::core::option::Option::Some(#private::StaticKind::of()))
    } else {
        quote!(::core::option::Option::None)
    };
    quote! {
        #[doc = #key_doc]
        #vis type #key<#(#alias_params),*> = #private::Key<#static_node>;

        impl #impl_generics #private::NodeKind<'arena, 'id> for #static_node #kind_where {
            type Ref = #handle_ty;
            type Ptr = #ptr_ty;

            #[inline]
            fn from_ptr(ptr: #ptr_ty) -> #handle_ty {
                #handle(ptr)
            }

            #[inline]
            fn into_ptr(node: #handle_ty) -> #ptr_ty {
                node.0
            }
        }

        impl #impl_generics #private::GraphNode<'arena, 'id> for #handle_ty #kind_where {
            type Kind = #static_node;

            #[inline]
            fn static_kind() -> ::core::option::Option<#private::StaticKind<#static_node>> {
                #static_kind
            }

            fn detach_all(self, token: &mut #private::GhostToken<'id>) {
                #(#detach)*
            }
        }
    }
}

/// `NodeRef::key`, for the handle's inherent impl.
pub(super) fn expand_key_method(input: &Input<'_>, names: &Names<'_>) -> TokenStream {
    let runtime = names.runtime;
    let vis = super::generated_vis(input.vis);
    let key = key_ident(names);
    let (_, user_args, _) = input.generics.split_for_impl();
    let brand_bound = payloads_name_brands(input).then(|| quote!(where 'id: 'arena));
    let doc = format!(
        "This node's [`{key}`]: plain `'static` data to keep outside the scope and open in a later \
         `Arena::scope_mut` or `Arena::read` with `graph.get(key)`. Needs no token.\n\n\
         # Panics\n\nIf the node lies beyond the first 32 GiB of its arena's nodes."
    );
    quote! {
        #[doc = #doc]
        #[must_use]
        #[inline]
        #vis fn key(self) -> #key #user_args #brand_bound {
            #runtime::__private::Key::new(self)
        }
    }
}

/// Whether the struct with `'static` brands is provably `'static` in every instantiation, so
/// its removed slots can be refilled: no lifetime parameters, and every type parameter bounded
/// by `'static` where it is declared or in the `where` clause (`struct Node<T: 'static>`).
fn kind_is_static(generics: &syn::Generics) -> bool {
    let is_static = |bounds: &syn::punctuated::Punctuated<syn::TypeParamBound, syn::Token![+]>| {
        bounds.iter().any(
            |bound| matches!(bound, syn::TypeParamBound::Lifetime(lifetime) if lifetime.ident == "static"),
        )
    };
    generics.params.iter().all(|param| match param {
        syn::GenericParam::Lifetime(_) => false,
        syn::GenericParam::Const(_) => true,
        syn::GenericParam::Type(param) => {
            is_static(&param.bounds)
                || generics.where_clause.as_ref().is_some_and(|clause| {
                    clause.predicates.iter().any(|predicate| match predicate {
                        syn::WherePredicate::Type(predicate) => {
                            matches!(crate::ast::peel(&predicate.bounded_ty), syn::Type::Path(path) if path.qself.is_none() && path.path.is_ident(&param.ident))
                                && is_static(&predicate.bounds)
                        }
                        _ => false,
                    })
                })
        }
    })
}

/// `generics`, plus `'id: 'arena` when a payload names the brands.
///
/// A payload that names them (`&'arena GhostToken<'id>`) makes the node type well-formed only
/// where `'id: 'arena`. That holds in every scope, but an impl whose header does not mention
/// the node type with those lifetimes (the one on the struct with `'static` brands) must say
/// so, and so must everything that relies on it. Other nodes do without the bound, so that
/// generic user code calling `key` need not repeat it.
fn with_brand_bound(input: &Input<'_>, generics: &syn::Generics) -> syn::Generics {
    let mut generics = generics.clone();
    if payloads_name_brands(input) {
        generics
            .make_where_clause()
            .predicates
            .push(syn::parse_quote!('id: 'arena));
    }
    generics
}

/// Whether a payload field's type mentions `'arena` or `'id`.
pub(super) fn payloads_name_brands(input: &Input<'_>) -> bool {
    fn mentions(tokens: proc_macro2::TokenStream) -> bool {
        let mut tokens = tokens.into_iter().peekable();
        while let Some(token) = tokens.next() {
            match token {
                proc_macro2::TokenTree::Punct(punct) if punct.as_char() == '\'' => {
                    if let Some(proc_macro2::TokenTree::Ident(ident)) = tokens.peek() {
                        if ident == "arena" || ident == "id" {
                            return true;
                        }
                    }
                }
                proc_macro2::TokenTree::Group(group) if mentions(group.stream()) => return true,
                _ => {}
            }
        }
        false
    }
    input.arguments().any(|field| {
        let ty = field.ty;
        mentions(quote!(#ty))
    })
}

fn key_ident(names: &Names<'_>) -> syn::Ident {
    format_ident!("{}Key", names.node)
}

/// The statement of `detach_all` for `field` (one per configuration: see `link_configs`):
/// empty the field and undo its links at the other end. A weighted field's weights are kept
/// in a local until `detach_all` returns, so they drop only once every field is detached: a
/// weight whose destructor panics leaves no link half undone.
fn detach_field<'a>(
    input: &'a Input<'a>,
    field: &'a Field<'a>,
    names: &Names<'_>,
) -> Vec<TokenStream> {
    let Some(link) = field.link() else {
        return Vec::new();
    };
    let runtime = names.runtime;
    let private = quote!(#runtime::__private);
    let (node_ty, target_node) = (names.node_ty(), names.target_node(link));
    let name = field.ident;
    let this = quote!(|node: &mut #node_ty| &mut node.#name);
    let detach = |config: super::LinkConfig<'_>| {
        let cfgs = config.cfgs;
        let weighted = link.shape == LinkShape::WeightedVec;
        let body = match (config.inverse, link.symmetric) {
            (_, Some(_)) if weighted => quote!(
                let __detached_weights = #private::detach_weighted_symmetric(self, token, #this);
            ),
            (_, Some(_)) => quote!(#private::detach_symmetric(self, token, #this);),
            (Some(inverse), None) if link.helpers => {
                let back =
                    quote_spanned!(inverse.span()=> |node: &mut #target_node| &mut node.#inverse);
                let detach = if weighted {
                    quote!(detach_weighted)
                } else {
                    quote!(detach_field)
                };
                let call = {
                    let args = super::own_tokens("self, token");
                    quote_spanned!(inverse.span()=> #private::#detach(#args, #this, #back))
                };
                if weighted {
                    quote!(let __detached_weights = #call;)
                } else {
                    quote!(#call;)
                }
            }
            _ if weighted => {
                quote!(let __detached_weights = #private::clear_edges(self, token, #this);)
            }
            _ => quote!(#private::clear_field(self, token, #this);),
        };
        quote!(#(#cfgs)* #body)
    };
    link_configs(input, field, link)
        .into_iter()
        .map(detach)
        .collect()
}
