//! Accessors of `#[value]` fields on the handle: `name(perm)` and `name_mut(perm)`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::Index;

use super::Names;
use crate::ast::{Input, Role, bare_name};

/// For each value field `name: V`, `name(&'p ValuePerm<'id>) -> &'p V` and
/// `name_mut(&'p mut ValuePerm<'id>) -> &'p mut V`, reaching into the node's value cell (a
/// tuple of the value fields, in declaration order).
pub(super) fn expand_value_accessors(input: &Input<'_>, names: &Names<'_>) -> TokenStream {
    let runtime = names.runtime;
    let node = names.node;
    let p = names.fresh.lifetime("p");
    // A value whose accessors would clash (reported) keeps its place in the tuple.
    let with_accessors = input
        .values()
        .enumerate()
        .filter(|(_, field)| matches!(field.role, Role::Value { accessors: true }));
    let accessors = with_accessors.map(|(position, field)| {
        let (vis, ident, ty) = (super::generated_vis(field.vis), field.ident, field.ty);
        let bare = bare_name(ident);
        let ident_mut = format_ident!("{bare}_mut", span = ident.span());
        let index = Index::from(position);
        let docs = field.attrs.iter().filter(|attr| attr.path().is_ident("doc"));
        let doc = format!(
            "The `#[value]` field `{bare}` of this `{node}`, for as long as the value permission is borrowed: relinking the node (with the token) does not end the borrow, since nodes never move."
        );
        let doc_mut = format!(
            "The `#[value]` field `{bare}` of this `{node}`, exclusively: it borrows the value permission mutably, so no other value of the scope is borrowed meanwhile (the token can still relink)."
        );
        quote! {
            #(#docs)*
            #[doc = ""]
            #[doc = #doc]
            #[must_use]
            #[inline]
            #vis fn #ident<#p>(self, perm: &#p #runtime::__private::ValuePerm<'id>) -> &#p #ty {
                &self.0.value(perm).#index
            }

            #[doc = #doc_mut]
            #[must_use]
            #[inline]
            #vis fn #ident_mut<#p>(self, perm: &#p mut #runtime::__private::ValuePerm<'id>) -> &#p mut #ty {
                &mut self.0.value_mut(perm).#index
            }
        }
    });
    quote!(#(#accessors)*)
}
