//! The helpers of a weighted link `f: Vec<(Node, W)>`, each a call into the runtime's
//! `weighted.rs`: `f` (the edges with their weights), `link_f(other, weight)`, `unlink_f`
//! (which returns the weight), `f_weight` and `set_f_weight`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::Ident;
use syn::spanned::Spanned;

use super::Names;
use super::links::Pairing;
use crate::ast::{Field, Link, bare_name};

pub(super) fn expand_weighted_helpers(
    field: &Field<'_>,
    link: &Link<'_>,
    names: &Names<'_>,
    pairing: &Pairing<'_>,
    cfgs: &[TokenStream],
    this: &TokenStream,
    back: impl Fn(&Ident) -> TokenStream,
) -> TokenStream {
    let runtime = names.runtime;
    let private = quote!(#runtime::__private);
    let target = names.target_handle(link);
    let weight = link.weight;
    // Calls that need the weight to be `Clone` are spanned on it, so that error points there.
    let weight_span = weight.map_or_else(proc_macro2::Span::call_site, Spanned::span);
    // The arguments of the calls spanned on the weight or the inverse: the macro's own names,
    // with `weight` located at the weight type, where rustc reports a missing `Clone`.
    let with_weight = {
        let weight = Ident::new("weight", super::at(weight_span));
        quote!(self, other, #weight, token)
    };
    let without_weight = super::own_tokens("self, other, token");
    let vis = super::generated_vis(field.vis);
    let name = field.ident;
    let bare = bare_name(name);
    let (link_fn, unlink_fn, weight_fn, set_fn) = (
        format_ident!("link_{}", bare),
        format_ident!("unlink_{}", bare),
        format_ident!("{}_weight", bare),
        format_ident!("set_{}_weight", bare),
    );
    let token = quote!(#private::GhostToken<'id>);
    let t = &names.borrow;
    let edges = quote!(&mut self.borrow_mut(token).#name);
    // Both ends keep a copy of the weight. A weight that names the node's type parameters
    // (`Vec<(Self, W)>`) bounds `link_f` and `set_f_weight` to where it is `Clone`, so the
    // struct itself needs no `Clone` bound; any other weight is checked at the calls, spanned
    // on it (a bound on a concrete type would be reported on the attribute instead).
    let cloned = match (pairing, weight) {
        (Pairing::Inverse(_) | Pairing::Symmetric, Some(weight))
            if names_type_param(
                weight,
                names.generics.type_params().map(|param| &param.ident),
            ) =>
        {
            quote!(where #weight: #private::EdgeWeight)
        }
        _ => quote!(),
    };
    let (link_doc, link_body, unlink_doc, unlink_body, set_doc, set_body) = match pairing {
        Pairing::Inverse(inverse) => {
            let back = back(inverse);
            (
                format!(
                    "Adds an edge of weight `weight` to `other` at the end of `{bare}`, and one back to this node, with a copy of the weight, at the end of `other`'s `{inverse}`. Parallel edges are kept, each with its own weight."
                ),
                quote_spanned!(weight_span=> #private::link_weighted(#with_weight, #this, #back)),
                format!(
                    "Removes the first edge to `other` from `{bare}`, and its copy from `other`'s `{inverse}`; returns its weight, or `None` if there was no such edge."
                ),
                quote_spanned!(inverse.span()=> #private::unlink_weighted(#without_weight, #this, #back)),
                format!(
                    "Gives the first edge to `other` in `{bare}`, and its copy in `other`'s `{inverse}`, the weight `weight`; returns the old weight, or `None` (dropping `weight`) if there is no such edge."
                ),
                quote_spanned!(weight_span=> #private::set_weight(#with_weight, #this, #back)),
            )
        }
        Pairing::Symmetric => (
            format!(
                "Records an undirected edge of weight `weight`: `other` in this node's `{bare}` and this node in `other`'s, each with a copy of the weight (a loop is recorded once). Parallel edges are kept."
            ),
            quote_spanned!(weight_span=> #private::link_weighted_symmetric(#with_weight, #this)),
            "Removes the first undirected edge to `other` from both ends; returns its weight, or `None` if there was none.".to_owned(),
            quote!(#private::unlink_weighted_symmetric(self, other, token, #this)),
            "Gives the first undirected edge to `other` the weight `weight` at both ends; returns the old weight, or `None` (dropping `weight`) if there is no such edge.".to_owned(),
            quote_spanned!(weight_span=> #private::set_weight_symmetric(#with_weight, #this)),
        ),
        Pairing::Unpaired => (
            format!(
                "Adds an edge of weight `weight` to `other` at the end of `{bare}` (this link has no inverse to keep in step)."
            ),
            quote!(self.borrow_mut(token).#name.push((other, weight))),
            format!(
                "Removes the first edge to `other` from `{bare}`; returns its weight, or `None` if there was none."
            ),
            quote!(#private::take_edge(#edges, other)),
            format!(
                "Gives the first edge to `other` in `{bare}` the weight `weight`; returns the old weight, or `None` (dropping `weight`) if there is no such edge."
            ),
            quote!(#private::replace_weight(#edges, other, weight)),
        ),
    };
    let get_doc = format!(
        "The edges of `{bare}`, in link order: each node it points to, with the edge's weight."
    );
    let weight_doc =
        format!("The weight of the first edge to `other` in `{bare}`, if there is one.");
    quote! {
        #[doc = #get_doc]
        #(#cfgs)*
        #[must_use]
        #[inline]
        #vis fn #name<#t>(self, token: &#t #token) -> &#t [(#target, #weight)] {
            &self.borrow(token).#name
        }

        #[doc = #link_doc]
        #(#cfgs)*
        #[inline]
        #vis fn #link_fn(self, other: #target, weight: #weight, token: &mut #token)
        #cloned
        {
            #link_body
        }

        #[doc = #unlink_doc]
        #(#cfgs)*
        #[inline]
        #vis fn #unlink_fn(
            self,
            other: #target,
            token: &mut #token,
        ) -> ::core::option::Option<#weight> {
            #unlink_body
        }

        #[doc = #weight_doc]
        #(#cfgs)*
        #[must_use]
        #[inline]
        #vis fn #weight_fn<#t>(
            self,
            other: #target,
            token: &#t #token,
        ) -> ::core::option::Option<&#t #weight>
        where
            'arena: #t,
        {
            #private::weight_to(&self.borrow(token).#name, other)
        }

        #[doc = #set_doc]
        #(#cfgs)*
        #[inline]
        #vis fn #set_fn(
            self,
            other: #target,
            weight: #weight,
            token: &mut #token,
        ) -> ::core::option::Option<#weight>
        #cloned
        {
            #set_body
        }
    }
}

/// Whether `ty` names one of `params` anywhere (`W`, `Vec<W>`, `(u32, W)`).
fn names_type_param<'p>(ty: &syn::Type, params: impl Iterator<Item = &'p Ident>) -> bool {
    fn walk(tokens: TokenStream, params: &[&Ident]) -> bool {
        tokens.into_iter().any(|token| match token {
            proc_macro2::TokenTree::Ident(ident) => params.iter().any(|param| **param == ident),
            proc_macro2::TokenTree::Group(group) => walk(group.stream(), params),
            proc_macro2::TokenTree::Punct(_) | proc_macro2::TokenTree::Literal(_) => false,
        })
    }
    let params: Vec<&Ident> = params.collect();
    !params.is_empty() && walk(quote::ToTokens::to_token_stream(ty), &params)
}
