//! Generates the node type, its handle, and the helpers for each link field.
//!
//! The expansion is meant to be read with `cargo expand`: it wires the user's names to generic
//! code in the runtime and does nothing clever itself. Every path is absolute, through the
//! runtime's hidden `__private` module, and nothing here is `unsafe`. One module per part of
//! the output: `node` (the struct), `handle` (`<Name>Ref`), `constructors`, `keys`, `values`
//! (accessors of `#[value]` fields), `links`, `weighted` (the helpers of links with a weight per
//! edge), `pairs` (the check that a cross-type inverse is declared on both structs).

mod constructors;
mod fresh;
mod handle;
mod keys;
mod links;
mod node;
mod pairs;
mod values;
mod weighted;

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::{DeriveInput, Generics, Ident, parse_quote};

use crate::ast::{Field, Input, Link, LinkTarget};
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
    /// For a node with `#[value]` fields, their types as a tuple: `(String,)`.
    values: Option<TokenStream>,
    /// Names for generated generic parameters that the user's cannot collide with.
    fresh: fresh::FreshNames,
    /// The lifetime of a borrow of the token in generated methods: `'t`.
    borrow: syn::Lifetime,
}

impl Names<'_> {
    /// `Node<'arena, 'id, ..>` as a type.
    fn node_ty(&self) -> TokenStream {
        let node = self.node;
        let (_, ty_generics, _) = self.generics.split_for_impl();
        quote!(#node #ty_generics)
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

    /// `Node<'static, 'static, ..>`: the node type as keys name it.
    fn static_node_ty(&self) -> TokenStream {
        let node = self.node;
        let user_params = self.generics.params.iter().skip(2).map(param_name);
        quote!(#node<'static, 'static #(, #user_params)*>)
    }

    /// What the handle wraps: `NodePtr<'arena, 'id, Node<..>>`, or for a node with values
    /// `SplitPtr<'arena, 'id, Node<..>, (V1, ..)>`.
    fn ptr_ty(&self) -> TokenStream {
        let runtime = self.runtime;
        let node_ty = self.node_ty();
        match &self.values {
            Some(values) => quote!(#runtime::__private::SplitPtr<'arena, 'id, #node_ty, #values>),
            None => quote!(#runtime::__private::NodePtr<'arena, 'id, #node_ty>),
        }
    }

    fn handle_ty(&self) -> TokenStream {
        let handle = &self.handle;
        let (_, ty_generics, _) = self.generics.split_for_impl();
        quote!(#handle #ty_generics)
    }
}

/// `names` (`"self, other, token"`, the generated methods' parameters) as the macro's own
/// tokens, for a call spanned on a user's token so that its errors point there: written
/// inside `quote_spanned!`, the names would take that token's hygiene, and in a struct written
/// by `macro_rules!` the call would no longer see the method's parameters (E0424, E0425).
fn own_tokens(names: &str) -> TokenStream {
    names.parse().expect("parameter names are tokens")
}

/// A span located at a user's token but resolving names as the macro's own tokens do: for an
/// argument whose type errors should point at that token (a weight without `Clone`).
fn at(user: Span) -> Span {
    Span::call_site().located_at(user)
}

/// `vis` for an item the macro generates (a method, the handle, the key alias), with its `pub`
/// spanned on the macro call rather than on the user's token.
///
/// rustc places an item where its first token is. Placed in the user's code, an unused helper
/// is reported as dead code when the struct comes from a `macro_rules!` (whose tokens are
/// local code); placed in this macro's output, lints for the user's own code pass it by, as
/// they do when `#[ghost_graph]` is written directly. (An `allow(dead_code)` instead would be
/// an error under a user's `forbid`.) Only the keyword moves: a path in `pub(in ..)` keeps its
/// span, which resolution needs.
fn generated_vis(vis: &syn::Visibility) -> syn::Visibility {
    let mut vis = vis.clone();
    match &mut vis {
        syn::Visibility::Public(token) => token.span = Span::call_site(),
        syn::Visibility::Restricted(restricted) => restricted.pub_token.span = Span::call_site(),
        syn::Visibility::Inherited => {}
    }
    vis
}

/// The indefinite article for a generated doc string about `name`: "an" before `A`, `E`, `I`
/// and `O` (`an Entry`), "a" otherwise (`a Node`). By letter, with one guess at sound: type
/// names starting with `U` mostly sound like "you" (`a User`, `a Unit`, `a Union`).
fn article(name: &str) -> &'static str {
    match name.chars().next().map(|c| c.to_ascii_lowercase()) {
        Some('a' | 'e' | 'i' | 'o') => "an",
        _ => "a",
    }
}

/// A generic parameter as an argument: `'src`, `T`, `N`.
fn param_name(param: &syn::GenericParam) -> TokenStream {
    match param {
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
    }
}

/// One configuration in which a link field exists, and the inverse it pairs with there.
struct LinkConfig<'a> {
    /// The `#[cfg(..)]` attributes that select it.
    cfgs: Vec<TokenStream>,
    /// The field on the target that points back, if there is one in this configuration.
    inverse: Option<&'a Ident>,
    /// Whether the field is the parent link of a tree here (`Link::is_tree_parent`).
    tree_parent: bool,
}

/// The configurations in which `field`'s helpers and removal code are generated. Both touch
/// the inverse too, so for an inverse on this struct they are generated once for each field
/// of that name (several under exclusive `#[cfg]`s), under the two fields' `#[cfg]`s; and
/// where every such field is configured out, once more, unpaired. Otherwise (no inverse, or
/// one on another struct, which is that struct's business) there is one configuration: the
/// field's own `#[cfg]`s.
fn link_configs<'a>(
    input: &'a Input<'a>,
    field: &'a Field<'a>,
    link: &'a Link<'a>,
) -> Vec<LinkConfig<'a>> {
    let own = || field.cfgs().map(ToTokens::to_token_stream);
    let inverse = match (link.target, &link.inverse) {
        (LinkTarget::Own, Some(inverse)) => inverse,
        _ => {
            return vec![LinkConfig {
                cfgs: own().collect(),
                inverse: link.inverse.as_ref(),
                tree_parent: false,
            }];
        }
    };
    let partners: Vec<&Field<'_>> = input.fields_named(inverse).collect();
    let mut configs: Vec<LinkConfig<'_>> = partners
        .iter()
        .map(|partner| LinkConfig {
            cfgs: own()
                .chain(partner.cfgs().map(ToTokens::to_token_stream))
                .collect(),
            inverse: Some(inverse),
            tree_parent: partner
                .link()
                .is_some_and(|partner| link.is_tree_parent(partner)),
        })
        .collect();
    // A partner without `#[cfg]`s, or with the field's own, exists wherever the field does.
    let always_paired = partners
        .iter()
        .any(|partner| partner.cfgs().next().is_none() || partner.same_cfgs(field));
    if !always_paired {
        let each = partners
            .iter()
            .map(|partner| combine("all", partner.cfgs().map(cfg_predicate).collect()));
        let none = combine("any", each.collect());
        configs.push(LinkConfig {
            cfgs: own().chain([quote!(#[cfg(not(#none))])]).collect(),
            inverse: None,
            tree_parent: false,
        });
    }
    configs
}

/// `all(a, b)` or `any(a, b)`, or just `a` for one predicate.
fn combine(operator: &str, mut predicates: Vec<TokenStream>) -> TokenStream {
    if predicates.len() == 1 {
        return predicates.remove(0);
    }
    let operator = Ident::new(operator, Span::call_site());
    quote!(#operator(#(#predicates),*))
}

/// `pred` of `#[cfg(pred)]`.
fn cfg_predicate(cfg: &syn::Attribute) -> TokenStream {
    match &cfg.meta {
        syn::Meta::List(list) => list.tokens.clone(),
        // A malformed `#[cfg]` stays on the field, where rustc reports it.
        syn::Meta::Path(_) | syn::Meta::NameValue(_) => quote!(),
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

fn expand(input: &Input<'_>) -> TokenStream {
    if input.links().next().is_none() {
        // Already reported: emit the struct as written, so its uses do not fail too.
        return node::expand_plain_struct(input);
    }
    let mut generics = input.generics.clone();
    generics.params.insert(0, parse_quote!('id));
    generics.params.insert(0, parse_quote!('arena));
    let values = input.is_split().then(|| {
        let types = input.values().map(|field| field.ty);
        quote!((#(#types,)*))
    });
    let fresh = fresh::FreshNames::of(input);
    let names = Names {
        runtime: &input.runtime,
        node: input.ident,
        handle: format_ident!("{}Ref", input.ident),
        generics,
        values,
        borrow: fresh.lifetime("t"),
        fresh,
    };
    let node_struct = node::expand_node_struct(input, &names);
    let handle_struct = handle::expand_handle_struct(input, &names);
    let constructors = constructors::expand_constructors(input, &names);
    let keys = keys::expand_keys(input, &names);
    let key_method = keys::expand_key_method(input, &names);
    let value_accessors = values::expand_value_accessors(input, &names);
    let pair_checks = pairs::expand_pair_checks(input, &names);
    let link_helpers: Vec<TokenStream> = input
        .links()
        .filter(|(_, link)| link.helpers)
        .flat_map(|(field, link)| {
            let names = &names;
            link_configs(input, field, link)
                .into_iter()
                .map(move |config| links::expand_link_helpers(field, link, names, &config))
        })
        .collect();
    let runtime = names.runtime;
    let node = names.node;
    let (node_ty, handle_ty) = (names.node_ty(), names.handle_ty());
    let (impl_generics, _, where_clause) = names.generics.split_for_impl();
    let handle_doc = "Shared access to this node's fields through the token. Unlike `GhostCell::borrow` (reached through `Deref`), the reference lives as long as the token borrow, not as long as this copy of the handle.";
    let handle_doc_mut = format!(
        "Exclusive access to this node's fields. It borrows the token mutably, so no reference into any `{node}` of this scope can be alive meanwhile."
    );
    let index_doc = "This node's index: unique among the live nodes of its arena (of every type), \
        small (about one per 8 bytes of the arena's nodes), and the same on every run of a program \
        that makes the same nodes in the same order on one thread. Handles order by it (creation \
        order) and `Debug` shows it. It stays with the node across scopes; a node that refills a \
        removed node's slot takes that node's index, and after `Arena::clear` the same nodes get the same indices as in a new arena. \
        Needs no token.";
    let vis = generated_vis(input.vis);
    let t = &names.borrow;
    quote! {
        #node_struct
        #handle_struct
        #constructors
        #keys
        #pair_checks

        impl #impl_generics #handle_ty #where_clause {
            #[doc = #handle_doc]
            #[must_use]
            #[inline]
            #vis fn borrow<#t>(
                self,
                token: &#t #runtime::__private::GhostToken<'id>,
            ) -> &#t #node_ty {
                self.0.borrow(token)
            }

            #[doc = #handle_doc_mut]
            #[inline]
            #vis fn borrow_mut<#t>(
                self,
                token: &#t mut #runtime::__private::GhostToken<'id>,
            ) -> &#t mut #node_ty {
                self.0.borrow_mut(token)
            }

            #[doc = #index_doc]
            #[must_use]
            #[inline]
            #vis fn index(self) -> usize {
                self.0.index()
            }

            #key_method

            #value_accessors

            #(#link_helpers)*
        }
    }
}

#[cfg(test)]
mod tests {
    use super::article;

    #[test]
    fn article_follows_the_first_letter() {
        assert_eq!(article("Entry"), "an");
        assert_eq!(article("item"), "an");
        assert_eq!(article("Node"), "a");
        assert_eq!(article("Bst"), "a");
        assert_eq!(article("User"), "a");
        assert_eq!(article(""), "a");
    }
}
