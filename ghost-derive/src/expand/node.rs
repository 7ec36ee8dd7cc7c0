//! The node struct itself, with `'arena, 'id` added and links typed as handles.

use proc_macro2::TokenStream;
use quote::quote;

use super::Names;
use crate::ast::{Field, Input, LinkShape, Role};

/// The user's struct with `'arena, 'id` added and every link typed as an optional handle.
pub(super) fn expand_node_struct(input: &Input<'_>, names: &Names<'_>) -> TokenStream {
    let attrs = &input.attrs;
    let vis = input.vis;
    let node = names.node;
    let generics = &names.generics;
    let where_clause = &generics.where_clause;
    let fields = input
        .fields
        .iter()
        .filter(|field| !matches!(field.role, Role::Value { .. }))
        .map(|field| {
            let Field {
                attrs, vis, ident, ..
            } = field;
            let ty = match field.link() {
                Some(link) if link.shape == LinkShape::Array => {
                    let target = names.target_handle(link);
                    let len = link.array_len;
                    quote!([::core::option::Option<#target>; #len])
                }
                Some(link) if link.shape == LinkShape::WeightedVec => {
                    let runtime = names.runtime;
                    let target = names.target_handle(link);
                    let weight = link.weight;
                    quote!(#runtime::__private::Vec<(#target, #weight)>)
                }
                Some(link) if link.shape.is_many() => {
                    let runtime = names.runtime;
                    let target = names.target_handle(link);
                    quote!(#runtime::__private::Vec<#target>)
                }
                Some(link) => {
                    let target = names.target_handle(link);
                    quote!(::core::option::Option<#target>)
                }
                None => {
                    let ty = field.ty;
                    quote!(#ty)
                }
            };
            quote!(#(#attrs)* #vis #ident: #ty)
        });
    quote! {
        #(#attrs)*
        #vis struct #node #generics #where_clause {
            #(#fields,)*
        }
    }
}

/// The struct without links, as the user wrote it (minus `#[link]`), after an error.
pub(super) fn expand_plain_struct(input: &Input<'_>) -> TokenStream {
    let attrs = &input.attrs;
    let vis = input.vis;
    let node = input.ident;
    let generics = input.generics;
    let where_clause = &generics.where_clause;
    let fields = input.fields.iter().map(|field| {
        let Field {
            attrs,
            vis,
            ident,
            ty,
            ..
        } = field;
        quote!(#(#attrs)* #vis #ident: #ty)
    });
    quote! {
        #(#attrs)*
        #vis struct #node #generics #where_clause {
            #(#fields,)*
        }
    }
}
