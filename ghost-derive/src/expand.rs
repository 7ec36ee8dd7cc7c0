//! Generates the node type, its handle, and the helpers for each link field.
//!
//! The expansion is meant to be read with `cargo expand`: it wires the user's names to generic
//! code in the runtime and does nothing clever itself. Every path is absolute, through the
//! runtime's hidden `__private` module, and nothing here is `unsafe`.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::{DeriveInput, Generics, Ident, parse_quote};

use crate::ast::{Field, Input, Link, LinkShape, LinkTarget};
use crate::attr::GraphArgs;
use crate::errors::Errors;
use crate::valid;

/// The whole macro: parse, validate, expand. Errors come out as `compile_error!`s, next to as
/// much of the expansion as could still be made, so the user sees these errors and not a
/// cascade of missing items.
pub(crate) fn ghost_graph(args: TokenStream, item: TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    let args = GraphArgs::parse(args, &mut errors);
    let item: DeriveInput = match syn::parse2(item.clone()) {
        Ok(item) => item,
        Err(_) => {
            errors.push(not_a_struct(item));
            return errors.to_compile_error();
        }
    };
    let expansion = Input::from_syn(&item, args, &mut errors).map(|mut input| {
        valid::check(&mut input, &mut errors);
        expand(&input)
    });
    let mut output = errors.to_compile_error();
    output.extend(expansion);
    output
}

/// The error for an item that is not a struct, enum or union, spanned on its keyword.
fn not_a_struct(item: TokenStream) -> syn::Error {
    let mut tokens = item.into_iter().peekable();
    while let Some(token) = tokens.next() {
        match &token {
            // Skip attributes (`#` then a bracketed group) and visibility (`pub`, `pub(..)`).
            proc_macro2::TokenTree::Punct(punct) if punct.as_char() == '#' => {
                tokens.next();
            }
            proc_macro2::TokenTree::Ident(ident) if ident == "pub" => {
                if matches!(tokens.peek(), Some(proc_macro2::TokenTree::Group(_))) {
                    tokens.next();
                }
            }
            _ => {
                return syn::Error::new(
                    token.span(),
                    format!(
                        "#[ghost_graph] applies to a struct with named fields, not to `{token}`"
                    ),
                );
            }
        }
    }
    syn::Error::new(
        Span::call_site(),
        "#[ghost_graph] applies to a struct with named fields",
    )
}

/// Names and generics used throughout one expansion.
struct Names<'a> {
    runtime: &'a syn::Path,
    node: &'a Ident,
    handle: Ident,
    /// The user's generics with `'arena, 'id` in front.
    generics: Generics,
}

impl Names<'_> {
    /// `Node<'arena, 'id, ..>` as a type.
    fn node_ty(&self) -> TokenStream {
        let node = self.node;
        let (_, ty_generics, _) = self.generics.split_for_impl();
        quote!(#node #ty_generics)
    }

    /// `NodeRef<'arena, 'id, ..>` as a type.
    /// Every parameter by name, for `use<..>` capture lists: `'arena, 'id, 'src, T`.
    fn param_names(&self) -> TokenStream {
        let names = self.generics.params.iter().map(|param| match param {
            syn::GenericParam::Lifetime(param) => {
                let lifetime = &param.lifetime;
                quote!(#lifetime)
            }
            syn::GenericParam::Type(param) => {
                let ident = &param.ident;
                quote!(#ident)
            }
            syn::GenericParam::Const(param) => {
                let ident = &param.ident;
                quote!(#ident)
            }
        });
        quote!(#(#names),*)
    }

    /// The handle type a link's field holds: this node's, or `OtherRef<'arena, 'id, ..>`.
    fn target_handle(&self, link: &Link<'_>) -> TokenStream {
        match link.target {
            LinkTarget::Own => self.handle_ty(),
            LinkTarget::Other(path) => with_brand(path, |ident| format_ident!("{}Ref", ident)),
        }
    }

    /// The node type a link points to: this one, or `Other<'arena, 'id, ..>`.
    fn target_node(&self, link: &Link<'_>) -> TokenStream {
        match link.target {
            LinkTarget::Own => self.node_ty(),
            LinkTarget::Other(path) => with_brand(path, Clone::clone),
        }
    }

    fn handle_ty(&self) -> TokenStream {
        let handle = &self.handle;
        let (_, ty_generics, _) = self.generics.split_for_impl();
        quote!(#handle #ty_generics)
    }
}

fn expand(input: &Input<'_>) -> TokenStream {
    if input.links().next().is_none() {
        // Already reported: emit the struct as written, so its uses do not fail too.
        return expand_plain_struct(input);
    }
    let mut generics = input.generics.clone();
    generics.params.insert(0, parse_quote!('id));
    generics.params.insert(0, parse_quote!('arena));
    let names = Names {
        runtime: &input.runtime,
        node: input.ident,
        handle: format_ident!("{}Ref", input.ident),
        generics,
    };
    let node_struct = expand_node_struct(input, &names);
    let handle_struct = expand_handle_struct(input, &names);
    let constructors = expand_constructors(input, &names);
    let link_helpers = input
        .links()
        .filter(|(_, link)| link.helpers)
        .map(|(field, link)| expand_link_helpers(input, field, link, &names));
    let runtime = names.runtime;
    let node = names.node;
    let (node_ty, handle_ty) = (names.node_ty(), names.handle_ty());
    let (impl_generics, _, where_clause) = names.generics.split_for_impl();
    let handle_doc = "Shared access to this node's fields through the token. Unlike `GhostCell::borrow` (reached through `Deref`), the reference lives as long as the token borrow, not as long as this copy of the handle.";
    let handle_doc_mut = format!(
        "Exclusive access to this node's fields. It borrows the token mutably, so no reference into any `{node}` of this scope can be alive meanwhile."
    );
    let vis = input.vis;
    quote! {
        #node_struct
        #handle_struct
        #constructors

        #[allow(dead_code)]
        impl #impl_generics #handle_ty #where_clause {
            #[doc = #handle_doc]
            #[must_use]
            #[inline]
            #vis fn borrow<'t>(
                self,
                token: &'t #runtime::__private::GhostToken<'id>,
            ) -> &'t #node_ty {
                self.0.borrow(token)
            }

            #[doc = #handle_doc_mut]
            #[inline]
            #vis fn borrow_mut<'t>(
                self,
                token: &'t mut #runtime::__private::GhostToken<'id>,
            ) -> &'t mut #node_ty {
                self.0.borrow_mut(token)
            }

            #(#link_helpers)*
        }
    }
}

/// The user's struct with `'arena, 'id` added and every link typed as an optional handle.
fn expand_node_struct(input: &Input<'_>, names: &Names<'_>) -> TokenStream {
    let attrs = &input.attrs;
    let vis = input.vis;
    let node = names.node;
    let generics = &names.generics;
    let where_clause = &generics.where_clause;
    let fields = input.fields.iter().map(|field| {
        let Field {
            attrs, vis, ident, ..
        } = field;
        let ty = match field.link() {
            Some(link) if link.shape == LinkShape::Array => {
                let target = names.target_handle(link);
                let len = link.array_len;
                quote!([::core::option::Option<#target>; #len])
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
fn expand_plain_struct(input: &Input<'_>) -> TokenStream {
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

/// `<Name>Ref`: the copyable handle, a newtype over the runtime's `NodePtr`.
///
/// Its standard traits are written out rather than derived: a derive would demand them of the
/// node's type parameters, but a handle is `Copy`, `Eq` and `Hash` whatever the payload is.
fn expand_handle_struct(input: &Input<'_>, names: &Names<'_>) -> TokenStream {
    let Names {
        runtime,
        node,
        handle,
        generics,
    } = names;
    let (node_ty, handle_ty) = (names.node_ty(), names.handle_ty());
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let vis = input.vis;
    let handle_name = handle.to_string();
    let doc = format!(
        "A copyable handle to a [`{node}`] in a ghost-graph arena, branded with the scope's `'id`.\n\n\
         Compares and hashes by identity, and its `Debug` shows the address only, so printing \
         never follows a cycle. Derefs to the `GhostCell` holding the node."
    );
    quote! {
        #[doc = #doc]
        #vis struct #handle #generics (#runtime::__private::NodePtr<'arena, 'id, #node_ty>) #where_clause;

        impl #impl_generics #runtime::__private::NodeHandle<'arena, 'id> for #handle_ty #where_clause {
            type Data = #node_ty;

            #[inline]
            fn node_ptr(self) -> #runtime::__private::NodePtr<'arena, 'id, #node_ty> {
                self.0
            }
        }

        impl #impl_generics ::core::ops::Deref for #handle_ty #where_clause {
            type Target = #runtime::__private::GhostCell<'id, #node_ty>;

            #[inline]
            fn deref(&self) -> &Self::Target {
                &self.0
            }
        }

        // Written out, not derived: a derive would require `Clone` of the type parameters.
        #[allow(clippy::expl_impl_clone_on_copy)]
        impl #impl_generics ::core::clone::Clone for #handle_ty #where_clause {
            #[inline]
            fn clone(&self) -> Self {
                *self
            }
        }

        impl #impl_generics ::core::marker::Copy for #handle_ty #where_clause {}

        impl #impl_generics ::core::cmp::PartialEq for #handle_ty #where_clause {
            #[inline]
            fn eq(&self, other: &Self) -> bool {
                self.0 == other.0
            }
        }

        impl #impl_generics ::core::cmp::Eq for #handle_ty #where_clause {}

        impl #impl_generics ::core::cmp::PartialOrd for #handle_ty #where_clause {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }

        impl #impl_generics ::core::cmp::Ord for #handle_ty #where_clause {
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                ::core::cmp::Ord::cmp(&self.0, &other.0)
            }
        }

        impl #impl_generics ::core::hash::Hash for #handle_ty #where_clause {
            #[inline]
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                ::core::hash::Hash::hash(&self.0, state);
            }
        }

        impl #impl_generics ::core::fmt::Debug for #handle_ty #where_clause {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_tuple(#handle_name).field(&self.0).finish()
            }
        }
    }
}

/// `new_in` (payload fields as arguments), `alloc_in` (a whole struct literal) and, for
/// nodes without generic parameters, `scope`.
fn expand_constructors(input: &Input<'_>, names: &Names<'_>) -> TokenStream {
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

/// `path` (a node type as the user wrote it: `Company`, `ir::Block<T>`) with its last segment
/// renamed by `rename` and `'arena, 'id` put in front of its arguments.
fn with_brand(path: &syn::TypePath, rename: impl Fn(&Ident) -> Ident) -> TokenStream {
    let mut path = path.clone();
    if let Some(last) = path.path.segments.last_mut() {
        last.ident = rename(&last.ident);
        let mut args: syn::AngleBracketedGenericArguments = match &last.arguments {
            syn::PathArguments::AngleBracketed(args) => args.clone(),
            _ => parse_quote!(<>),
        };
        args.args.insert(0, parse_quote!('id));
        args.args.insert(0, parse_quote!('arena));
        last.arguments = syn::PathArguments::AngleBracketed(args);
    }
    quote!(#path)
}

/// How a link field relates to the field that points back.
enum Pairing<'a> {
    /// No inverse: helpers touch this field only.
    Unpaired,
    /// `inverse = g`: helpers keep `g` on the target in step.
    Inverse(&'a Ident),
    /// `#[link(symmetric)]`: the field is its own inverse.
    Symmetric,
}

/// The helpers of one link field `f`: `f`, `link_f`, `unlink_f`, and for single links to the
/// same type `iter_f`. Every body is one call into the runtime's generic link code, or a
/// field access.
fn expand_link_helpers(
    input: &Input<'_>,
    field: &Field<'_>,
    link: &Link<'_>,
    names: &Names<'_>,
) -> TokenStream {
    let runtime = names.runtime;
    let private = quote!(#runtime::__private);
    let node_ty = names.node_ty();
    let (target, target_node) = (names.target_handle(link), names.target_node(link));
    let vis = field.vis;
    let name = field.ident;
    let bare = name.to_string().trim_start_matches("r#").to_owned();
    let (link_fn, unlink_fn) = (
        format_ident!("link_{}", bare),
        format_ident!("unlink_{}", bare),
    );
    let token = quote!(#private::GhostToken<'id>);
    // The helpers touch this field and its inverse, so they exist only when both do (an
    // inverse on another type is that type's business).
    let partner = match link.target {
        LinkTarget::Own => link
            .inverse
            .as_ref()
            .and_then(|inverse| input.field(inverse)),
        LinkTarget::Other(_) => None,
    };
    let cfgs: Vec<_> = field
        .cfgs()
        .chain(partner.into_iter().flat_map(Field::cfgs))
        .collect();
    let pairing = match (link.symmetric, &link.inverse) {
        (Some(_), _) => Pairing::Symmetric,
        (None, Some(inverse)) => Pairing::Inverse(inverse),
        (None, None) => Pairing::Unpaired,
    };
    let this = quote!(|node: &mut #node_ty| &mut node.#name);
    // Spanned on the inverse's name: a wrong inverse (on this type or another) is reported
    // where it was written.
    let back = |inverse: &Ident| quote_spanned!(inverse.span()=> |node: &mut #target_node| &mut node.#inverse);

    if link.shape == LinkShape::Array {
        return expand_array_helpers(field, link, names, &pairing, &cfgs, &this, back);
    }
    let (get_doc, get_ty, get_body) = if link.shape.is_many() {
        (
            format!("The nodes `{bare}` points to, in link order."),
            quote!(&'t [#target]),
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
                quote_spanned!(inverse.span()=> #private::link(self, other, token, #this, #back))
            },
        ),
        Pairing::Symmetric => (
            format!(
                "Records an undirected edge: `other` in this node's `{bare}` and this node in `other`'s (a loop is recorded once)."
            ),
            quote!(#private::link_symmetric(self, other, token, #this)),
        ),
    };
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
                    quote_spanned!(inverse.span()=> #private::unlink(self, other, token, #this, #back)),
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
                    quote_spanned!(inverse.span()=> #private::take_link(self, token, #this, #back)),
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
        let captured = names.param_names();
        let doc = format!(
            "Iterates from this node (included) along `{bare}`, until a node whose `{bare}` is `None`.\n\n\
             On a cycle it never ends: bound it with `take`, or stop at a node seen before."
        );
        quote! {
            #[doc = #doc]
            #(#cfgs)*
            #[inline]
            #vis fn #iter_fn<'t>(
                self,
                token: &'t #token,
            ) -> impl ::core::iter::Iterator<Item = Self> + use<'t, #captured> {
                #private::follow(self, token, |node: &#node_ty| node.#name)
            }
        }
    });
    quote! {
        #[doc = #get_doc]
        #(#cfgs)*
        #[must_use]
        #[inline]
        #vis fn #name<'t>(self, token: &'t #token) -> #get_ty {
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
    }
}

/// The helpers of an array link `f: [Option<Node>; N]`: `f` (the slots), `link_f(index, ..)`
/// and `unlink_f(index)`.
fn expand_array_helpers(
    field: &Field<'_>,
    link: &Link<'_>,
    names: &Names<'_>,
    pairing: &Pairing<'_>,
    cfgs: &[&syn::Attribute],
    this: &TokenStream,
    back: impl Fn(&Ident) -> TokenStream,
) -> TokenStream {
    let runtime = names.runtime;
    let private = quote!(#runtime::__private);
    let target = names.target_handle(link);
    let len = link.array_len;
    let vis = field.vis;
    let name = field.ident;
    let bare = name.to_string().trim_start_matches("r#").to_owned();
    let (link_fn, unlink_fn) = (
        format_ident!("link_{}", bare),
        format_ident!("unlink_{}", bare),
    );
    let token = quote!(#private::GhostToken<'id>);
    let panics = "# Panics\n\nIf `index` is out of bounds, like indexing an array.";
    let (link_doc, link_body, unlink_doc, unlink_body) = match pairing {
        Pairing::Inverse(inverse) => {
            let back = back(inverse);
            (
                format!(
                    "Links slot `index` of `{bare}` to `other`, and `other`'s `{inverse}` back to this node. The node that held the slot is detached; `other` leaves the slot (of this or another node) it held before when its `{inverse}` is a single link.\n\n{panics}"
                ),
                quote_spanned!(inverse.span()=> #private::link_at(self, index, other, token, #this, #back)),
                format!(
                    "Clears slot `index` of `{bare}` and the former target's `{inverse}`; returns the former target.\n\n{panics}"
                ),
                quote_spanned!(inverse.span()=> #private::unlink_at(self, index, token, #this, #back)),
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
        #vis fn #name<'t>(self, token: &'t #token) -> &'t [::core::option::Option<#target>; #len] {
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
