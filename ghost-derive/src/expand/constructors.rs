//! `new_in`, `alloc_in` and `scope` on the node type.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::Ident;

use super::Names;
use crate::ast::{Input, LinkShape, Role};

/// `new_in` (payload fields as arguments), `alloc_in` (a whole struct literal) and, for
/// nodes without generic parameters, `scope`.
pub(super) fn expand_constructors(input: &Input<'_>, names: &Names<'_>) -> TokenStream {
    let Names { runtime, node, .. } = names;
    let (node_ty, handle_ty) = (names.node_ty(), names.handle_ty());
    let handle = &names.handle;
    let (impl_generics, _, where_clause) = names.generics.split_for_impl();
    let vis = super::generated_vis(input.vis);
    // Mixed-site hygiene: a payload field called `allocator` cannot clash with this argument.
    let allocator = Ident::new("allocator", Span::mixed_site());
    let alloc_ty = names.fresh.type_param("A");
    let payload_params = input.arguments().map(|field| {
        let (ident, ty, cfgs) = (field.ident, field.ty, field.cfgs());
        quote!(#(#cfgs)* #ident: #ty)
    });
    let value_params: Vec<_> = input
        .values()
        .map(|field| {
            let (ident, ty) = (field.ident, field.ty);
            quote!(#ident: #ty)
        })
        .collect();
    let value_names: Vec<_> = input.values().map(|field| field.ident).collect();
    let value_types: Vec<_> = input.values().map(|field| field.ty).collect();
    let field_inits = input
        .fields
        .iter()
        .filter(|field| !matches!(field.role, Role::Value { .. }))
        .map(|field| {
            let (ident, cfgs) = (field.ident, field.cfgs());
            match field.link() {
                Some(link) if link.shape == LinkShape::Array => {
                    let len = link.array_len;
                    quote!(#(#cfgs)* #ident: [::core::option::Option::None; #len])
                }
                Some(link) if link.shape.is_many() => {
                    quote!(#(#cfgs)* #ident: #runtime::__private::Vec::new())
                }
                Some(_) => quote!(#(#cfgs)* #ident: ::core::option::Option::None),
                None => quote!(#(#cfgs)* #ident),
            }
        });
    // Through `alloc_graph_node`, so a `Reusing` allocator can refill a removed slot; a node
    // whose payload names the brands is only well-formed where `'id: 'arena`, which the
    // handle's `GraphNode` impl then requires, so it takes new memory directly.
    let values = quote!((#(#value_names,)*));
    let alloc = match (super::keys::payloads_name_brands(input), input.is_split()) {
        (true, false) => {
            quote!(#handle(#runtime::__private::NodeAllocator::alloc_node(#allocator, node)))
        }
        (true, true) => quote!(#handle(#runtime::__private::NodeAllocator::alloc_split(
            #allocator, node, #values
        ))),
        (false, false) => quote!(
            #runtime::__private::NodeAllocator::alloc_graph_node::<#handle_ty>(#allocator, node)
        ),
        (false, true) => quote!(
            #runtime::__private::NodeAllocator::alloc_split_node::<#handle_ty, (#(#value_types,)*)>(
                #allocator, node, #values
            )
        ),
    };
    // A split node's values must outlive `'arena` and be storable in the arena too.
    let values_bound = input.is_split().then(|| {
        quote!(
            (#(#value_types,)*): 'arena,
            #alloc_ty::Mode: #runtime::__private::Stores<(#(#value_types,)*)>,
        )
    });
    // Clippy's `too_many_arguments` (more than 7 by default) cannot be avoided on a `new_in`
    // that takes every payload field, and its only escape, an `allow`, is an error under a
    // user's `forbid`; so the `allow` is there only where the lint would fire.
    let many_arguments =
        (input.arguments().count() + 1 > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let new_in_doc = format!(
        "Allocates a new `{node}` from `allocator` (a `&Graph`, `&GraphMut`, `&Allocator`, or `&graph.reusing(token)` to refill a removed node's slot), with the payload fields in declaration order; every link starts empty.\n\n\
         The node stays until it is removed, the arena is cleared, or the arena is dropped; its destructor runs when its slot is refilled, at the clear, or at the drop. \
         A thread-safe arena (`Arena`) takes only `Send` payloads; a local one (`LocalArena`, the free `scope`) takes any."
    );
    let alloc_in_doc = if input.is_split() {
        "Allocates `node`, written as a struct literal (links included, `#[value]` fields left out), with its `#[value]` fields after it in declaration order, from `allocator` (a `&Graph`, `&GraphMut`, `&Allocator` or `&Reusing`)."
    } else {
        "Allocates `node`, written as a struct literal (links included), from `allocator` (a `&Graph`, `&GraphMut`, `&Allocator` or `&Reusing`)."
    };
    // `Node::scope(..)` could not infer a node's type parameters, and its own generics could
    // clash with the user's: only nodes without generics get it.
    let scope = input.generics.params.is_empty().then(|| {
        let scope_doc = format!(
            "Runs `f` with a fresh arena and token for `{node}` graphs; the same as `{}::scope`.",
            quote!(#runtime).to_string().replace(' ', "")
        );
        let (src, brand) = (names.fresh.lifetime("src"), names.fresh.lifetime("i"));
        let result = names.fresh.type_param("R");
        quote! {
            #[doc = #scope_doc]
            #vis fn scope<#src, #result>(
                f: impl for<#brand> ::core::ops::FnOnce(
                    &#runtime::__private::GraphIn<#src, #brand, #brand, #runtime::__private::Local>,
                    &mut #runtime::__private::GhostToken<#brand>,
                ) -> #result,
            ) -> #result {
                #runtime::__private::scope(f)
            }
        }
    });
    quote! {
        impl #impl_generics #node_ty #where_clause {
            #[doc = #new_in_doc]
            #[must_use = "a node is unreachable without its handle"]
            #many_arguments
            #[inline]
            #vis fn new_in<#alloc_ty: #runtime::__private::NodeAllocator<'arena, 'id>>(
                #allocator: &#alloc_ty,
                #(#payload_params),*
            ) -> #handle_ty
            where
                Self: 'arena,
                #alloc_ty::Mode: #runtime::__private::Stores<Self>,
                #values_bound
            {
                Self::alloc_in(#allocator, Self { #(#field_inits),* } #(, #value_names)*)
            }

            #[doc = #alloc_in_doc]
            #[must_use = "a node is unreachable without its handle"]
            #[inline]
            #vis fn alloc_in<#alloc_ty: #runtime::__private::NodeAllocator<'arena, 'id>>(
                #allocator: &#alloc_ty,
                node: Self,
                #(#value_params),*
            ) -> #handle_ty
            where
                Self: 'arena,
                #alloc_ty::Mode: #runtime::__private::Stores<Self>,
                #values_bound
            {
                #alloc
            }

            #scope
        }
    }
}
