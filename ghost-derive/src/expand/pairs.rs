//! The check that a cross-type inverse is declared on both structs.
//!
//! This expansion cannot see the other struct, so it states what the other one must agree
//! with: a hidden table of this struct's cross-type link fields and the inverse each declares,
//! and for each of its own cross-type inverses a constant asserting that the other struct's
//! table names this field back. rustc evaluates the constant; if the pair is declared on one
//! side only, or the two sides name fields that do not point back at each other, compiling
//! fails with a message spanned on this field (runtime `pairs.rs`).

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::Ident;

use super::{Names, cfg_predicate, combine};
use crate::ast::{Input, LinkShape, LinkTarget, bare_name};

/// The hidden table `__GHOST_LINKS_<Name>`, and one assertion per cross-type inverse. Nothing
/// for a struct without cross-type links.
pub(super) fn expand_pair_checks(input: &Input<'_>, names: &Names<'_>) -> TokenStream {
    let runtime = names.runtime;
    let private = quote!(#runtime::__private);
    let cross_type: Vec<_> = input
        .links()
        .filter(|(_, link)| !link.stand_in && matches!(link.target, LinkTarget::Other(_)))
        .collect();
    if cross_type.is_empty() {
        return TokenStream::new();
    }
    let node = names.node;
    let table = format_ident!(
        "__GHOST_LINKS_{}",
        bare_name(node),
        span = Span::call_site()
    );
    let entries = cross_type.iter().map(|(field, link)| {
        let name = bare_name(field.ident);
        let inverse = match &link.inverse {
            Some(inverse) => {
                let inverse = bare_name(inverse);
                quote!(::core::option::Option::Some(#inverse))
            }
            None => quote!(::core::option::Option::None),
        };
        let cfgs: Vec<TokenStream> = field.cfgs().map(cfg_predicate).collect();
        let present = if cfgs.is_empty() {
            quote!(true)
        } else {
            let all = combine("all", cfgs);
            quote!(::core::cfg!(#all))
        };
        let weighted = link.shape == LinkShape::WeightedVec;
        quote!(#private::LinkDecl {
            field: #name,
            inverse: #inverse,
            present: #present,
            weighted: #weighted,
        })
    });
    let doc = format!(
        "The cross-type link fields of [`{node}`] and the inverse each declares, checked by the \
         structs they point to: a pair across types is declared on both."
    );
    let vis = super::generated_vis(input.vis);
    let checks = cross_type.iter().filter_map(|(field, link)| {
        let (LinkTarget::Other(target), Some(inverse)) = (link.target, &link.inverse) else {
            return None;
        };
        let other = target.path.segments.last()?.ident.clone();
        let (name, inverse_name) = (bare_name(field.ident), bare_name(inverse));
        let message = format!(
            "`{other}::{inverse_name}` must declare `#[link(inverse = {name})]` to pair with \
             `{node}::{name}`: a pair across types is declared on both structs, each field \
             naming the other",
            other = bare_name(&other),
            node = bare_name(node),
        );
        let other_table = table_path(target, &other);
        let weighted = link.shape == LinkShape::WeightedVec;
        let (with, without) = if weighted {
            (
                format!("{}::{name}", bare_name(node)),
                format!("{}::{inverse_name}", bare_name(&other)),
            )
        } else {
            (
                format!("{}::{inverse_name}", bare_name(&other)),
                format!("{}::{name}", bare_name(node)),
            )
        };
        let weight_message = format!(
            "inverse fields disagree: `{with}` carries a weight per edge but `{without}` does \
             not; both ends of a weighted link keep the weight, so its inverse is a weighted \
             `Vec` too, `Vec<(Node, W)>` with the same `W`"
        );
        let cfgs: Vec<_> = field.cfgs().collect();
        Some(quote_spanned! {field.ident.span()=>
            #(#cfgs)*
            const _: () = ::core::assert!(
                #private::declares_inverse(#other_table, #inverse_name, #name),
                #message,
            );
            #(#cfgs)*
            const _: () = ::core::assert!(
                #private::agrees_on_weight(#other_table, #inverse_name, #weighted),
                #weight_message,
            );
        })
    });
    quote! {
        #[doc = #doc]
        #[doc(hidden)]
        #vis const #table: &[#private::LinkDecl] = &[#(#entries),*];
        #(#checks)*
    }
}

/// The other struct's table: its path as written, with the last segment renamed and its
/// generic arguments dropped (`ir::Block<T>` gives `ir::__GHOST_LINKS_Block`).
fn table_path(target: &syn::TypePath, other: &Ident) -> TokenStream {
    let mut path = target.path.clone();
    if let Some(last) = path.segments.last_mut() {
        last.ident = format_ident!("__GHOST_LINKS_{}", bare_name(other), span = other.span());
        last.arguments = syn::PathArguments::None;
    }
    quote!(#path)
}
