//! `new_in`, `alloc_in` and `scope` on the node type.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::Ident;

use super::Names;
use crate::ast::{Input, LinkShape};

/// `new_in` (payload fields as arguments), `alloc_in` (a whole struct literal) and, for
/// nodes without generic parameters, `scope`.
pub(super) fn expand_constructors(input: &Input<'_>, names: &Names<'_>) -> TokenStream {
    let Names { runtime, node, .. } = names;
    let (node_ty, handle_ty) = (names.node_ty(), names.handle_ty());
    let handle = &names.handle;
    let (impl_generics, _, where_clause) = names.generics.split_for_impl();
    let vis = input.vis;
    // Mixed-site hygiene: a payload field called `allocator` cannot clash with this argument.
    let allocator = Ident::new("allocator", Span::mixed_site());
    let payload_params = input.payloads().map(|field| {
        let (ident, ty, cfgs) = (field.ident, field.ty, field.cfgs());
        quote!(#(#cfgs)* #ident: #ty)
    });
    let field_inits = input.fields.iter().map(|field| {
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
    let new_in_doc = format!(
        "Allocates a new `{node}` from `allocator` (a `&Graph` or an `&Allocator`), with the payload fields in declaration order; every link starts empty.\n\n\
         The node stays allocated until the arena is dropped, which runs its destructor."
    );
    let alloc_in_doc = "Allocates `node`, written as a struct literal (links included), from `allocator` (a `&Graph` or an `&Allocator`).";
    // `Node::scope(..)` could not infer a node's type parameters, and its own generics could
    // clash with the user's: only nodes without generics get it.
    let scope = input.generics.params.is_empty().then(|| {
        let scope_doc = format!(
            "Runs `f` with a fresh arena and token for `{node}` graphs; the same as `{}::scope`.",
            quote!(#runtime).to_string().replace(' ', "")
        );
        quote! {
            #[doc = #scope_doc]
            #vis fn scope<'src, R>(
                f: impl for<'i> ::core::ops::FnOnce(
                    &#runtime::__private::GraphIn<'src, 'i, 'i>,
                    &mut #runtime::__private::GhostToken<'i>,
                ) -> R,
            ) -> R {
                #runtime::__private::scope(f)
            }
        }
    });
    quote! {
        #[allow(dead_code)]
        impl #impl_generics #node_ty #where_clause {
            #[doc = #new_in_doc]
            #[must_use = "a node is unreachable without its handle"]
            #[allow(clippy::too_many_arguments)]
            #[inline]
            #vis fn new_in(
                #allocator: &impl #runtime::__private::NodeAllocator<'arena, 'id>,
                #(#payload_params),*
            ) -> #handle_ty
            where
                Self: ::core::marker::Send + 'arena,
            {
                Self::alloc_in(#allocator, Self { #(#field_inits),* })
            }

            #[doc = #alloc_in_doc]
            #[must_use = "a node is unreachable without its handle"]
            #[inline]
            #vis fn alloc_in(
                #allocator: &impl #runtime::__private::NodeAllocator<'arena, 'id>,
                node: Self,
            ) -> #handle_ty
            where
                Self: ::core::marker::Send + 'arena,
            {
                #handle(#runtime::__private::NodeAllocator::alloc_node(#allocator, node))
            }

            #scope
        }
    }
}
