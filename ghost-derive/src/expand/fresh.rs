//! Names for the generic parameters the expansion introduces (`new_in`'s `A`, `Hash::hash`'s
//! `H`, the `'t` of a borrow, ...), chosen so that none can collide with the user's.
//!
//! Hygiene does not separate generic parameters: a generated `fn hash<H>` inside an impl over
//! the user's `H` is E0403, a generated `'t` next to the user's `'t` is E0496, and a generated
//! `A` hides a payload type named `A` in `new_in`'s signature. So each generated parameter
//! takes its usual name unless the user's struct uses it anywhere in its generics or field
//! types, and then that name with underscores appended until it is free.

use std::collections::HashSet;

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::Ident;

use crate::ast::{Input, bare_name};

/// The identifiers and lifetime names of the user's struct that generated parameters avoid.
pub(super) struct FreshNames {
    idents: HashSet<String>,
    lifetimes: HashSet<String>,
}

impl FreshNames {
    /// Everything named in the struct's generics (bounds and `where` clause included) and in
    /// its field types: the items generated for the node mention all of these.
    pub(super) fn of(input: &Input<'_>) -> Self {
        let mut taken = Self {
            idents: HashSet::new(),
            lifetimes: HashSet::new(),
        };
        taken.collect(input.generics.to_token_stream());
        taken.collect(input.generics.where_clause.to_token_stream());
        for field in &input.fields {
            taken.collect(field.ty.to_token_stream());
        }
        taken
    }

    fn collect(&mut self, tokens: TokenStream) {
        let mut tokens = tokens.into_iter().peekable();
        while let Some(token) = tokens.next() {
            match token {
                TokenTree::Punct(punct) if punct.as_char() == '\'' => {
                    if let Some(TokenTree::Ident(name)) = tokens.peek() {
                        self.lifetimes.insert(bare_name(name));
                        tokens.next();
                    }
                }
                TokenTree::Ident(ident) => {
                    self.idents.insert(bare_name(&ident));
                }
                TokenTree::Group(group) => self.collect(group.stream()),
                TokenTree::Punct(_) | TokenTree::Literal(_) => {}
            }
        }
    }

    /// A type parameter named `base`, or `base_`, `base__`, .. if the user's struct uses it.
    pub(super) fn type_param(&self, base: &str) -> Ident {
        Ident::new(&free(base, &self.idents), Span::call_site())
    }

    /// A lifetime `'base`, or `'base_`, `'base__`, .. if the user's struct uses it.
    pub(super) fn lifetime(&self, base: &str) -> syn::Lifetime {
        syn::Lifetime::new(
            &format!("'{}", free(base, &self.lifetimes)),
            Span::call_site(),
        )
    }
}

fn free(base: &str, taken: &HashSet<String>) -> String {
    let mut name = base.to_owned();
    while taken.contains(&name) {
        name.push('_');
    }
    name
}
