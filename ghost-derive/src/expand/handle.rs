//! `<Name>Ref`, the copyable handle, and its trait impls.

use proc_macro2::TokenStream;
use quote::quote;

use super::Names;
use crate::ast::Input;

/// `<Name>Ref`: the copyable handle, a newtype over the runtime's `NodePtr`.
///
/// Its standard traits are written out rather than derived: a derive would demand them of the
/// node's type parameters, but a handle is `Copy`, `Eq` and `Hash` whatever the payload is.
/// They are marked `#[automatically_derived]`, as a derive's would be, so lints about
/// hand-written impls (clippy's `expl_impl_clone_on_copy`) pass them by, with no `allow` for a
/// user's `forbid` to reject.
pub(super) fn expand_handle_struct(input: &Input<'_>, names: &Names<'_>) -> TokenStream {
    let Names {
        runtime,
        node,
        handle,
        generics,
        ..
    } = names;
    let (node_ty, handle_ty, ptr_ty) = (names.node_ty(), names.handle_ty(), names.ptr_ty());
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let vis = super::generated_vis(input.vis);
    let handle_name = handle.to_string();
    let hasher = names.fresh.type_param("H");
    let a = super::article(&node.to_string());
    let doc = format!(
        "A copyable handle to {a} [`{node}`] in a ghost-graph arena, branded with the scope's `'id`.\n\n\
         Compares and hashes by identity, orders by [`index`](Self::index) (creation order), and its \
         `Debug` shows that index only (`NodeRef(12)`), the same on every run, so printing never \
         follows a cycle. Derefs to the `GhostCell` holding the node: that cell's `replace` and \
         `take` write the whole node, links included, and leave the other ends of its links as \
         they were; relink with the generated `link_*` and `unlink_*` methods."
    );
    quote! {
        #[doc = #doc]
        #vis struct #handle #generics (#ptr_ty) #where_clause;

        impl #impl_generics #runtime::__private::NodeHandle<'arena, 'id> for #handle_ty #where_clause {
            type Data = #node_ty;

            #[inline]
            fn node_ptr(self) -> #runtime::__private::NodePtr<'arena, 'id, #node_ty> {
                #runtime::__private::RawNode::node_ptr(self.0)
            }
        }

        impl #impl_generics ::core::ops::Deref for #handle_ty #where_clause {
            type Target = #runtime::__private::GhostCell<'id, #node_ty>;

            #[inline]
            fn deref(&self) -> &Self::Target {
                &self.0
            }
        }

        #[automatically_derived]
        impl #impl_generics ::core::clone::Clone for #handle_ty #where_clause {
            #[inline]
            fn clone(&self) -> Self {
                *self
            }
        }

        #[automatically_derived]
        impl #impl_generics ::core::marker::Copy for #handle_ty #where_clause {}

        #[automatically_derived]
        impl #impl_generics ::core::cmp::PartialEq for #handle_ty #where_clause {
            #[inline]
            fn eq(&self, other: &Self) -> bool {
                self.0 == other.0
            }
        }

        #[automatically_derived]
        impl #impl_generics ::core::cmp::Eq for #handle_ty #where_clause {}

        #[automatically_derived]
        impl #impl_generics ::core::cmp::PartialOrd for #handle_ty #where_clause {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }

        #[automatically_derived]
        impl #impl_generics ::core::cmp::Ord for #handle_ty #where_clause {
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                ::core::cmp::Ord::cmp(&self.0, &other.0)
            }
        }

        #[automatically_derived]
        impl #impl_generics ::core::hash::Hash for #handle_ty #where_clause {
            #[inline]
            fn hash<#hasher: ::core::hash::Hasher>(&self, state: &mut #hasher) {
                ::core::hash::Hash::hash(&self.0, state);
            }
        }

        #[automatically_derived]
        impl #impl_generics ::core::fmt::Debug for #handle_ty #where_clause {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_tuple(#handle_name).field(&self.0).finish()
            }
        }
    }
}
