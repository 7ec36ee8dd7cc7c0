//! Arguments of `#[ghost_graph(...)]` and `#[link(...)]`.

use proc_macro2::{Span, TokenStream};
use syn::meta::ParseNestedMeta;
use syn::parse::Parser;
use syn::{Attribute, Ident, LitStr, Path};

use crate::errors::Errors;

/// Arguments of the `#[ghost_graph(...)]` attribute itself.
pub(crate) struct GraphArgs {
    /// Where the runtime is (`crate = path`); `::ghost_runtime` unless a re-exporting crate
    /// says otherwise.
    pub(crate) runtime: Path,
}

impl GraphArgs {
    pub(crate) fn parse(args: TokenStream, errors: &mut Errors) -> Self {
        let mut runtime: Option<Path> = None;
        let parser = syn::meta::parser(|meta| {
            if meta.path.is_ident("crate") {
                if runtime.is_some() {
                    return Err(meta.error("duplicate `crate` argument"));
                }
                runtime = Some(parse_runtime_path(&meta)?);
                Ok(())
            } else {
                Err(meta.error(
                    "unknown #[ghost_graph] argument; the only one is `crate = path::to::ghost_runtime`",
                ))
            }
        });
        if let Err(error) = parser.parse2(args) {
            errors.push(error);
        }
        Self {
            runtime: runtime.unwrap_or_else(|| syn::parse_quote!(::ghost_runtime)),
        }
    }
}

/// What a field's `#[link(...)]` attribute says.
#[derive(Default)]
pub(crate) struct LinkAttr {
    /// Where the attribute is, for errors about the field being a link at all.
    pub(crate) span: Option<Span>,
    /// `inverse = field`: the field on the target node that points back.
    pub(crate) inverse: Option<Ident>,
    /// `symmetric`: an undirected many-link, its own inverse (where it was written).
    pub(crate) symmetric: Option<Span>,
}

impl LinkAttr {
    /// Reads every `#[link]` attribute among `attrs`; reports repeats and unknown arguments.
    pub(crate) fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let mut link = Self::default();
        for attr in attrs.iter().filter(|attr| is_link_attr(attr)) {
            if link.span.is_some() {
                errors.push(syn::Error::new_spanned(
                    attr,
                    "duplicate #[link] attribute; put all arguments in one",
                ));
                continue;
            }
            link.span = Some(
                attr.path()
                    .get_ident()
                    .map_or_else(Span::call_site, Ident::span),
            );
            if matches!(attr.meta, syn::Meta::Path(_)) {
                continue; // a bare `#[link]`: marks the field, no arguments
            }
            let result = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("inverse") {
                    if link.inverse.is_some() {
                        return Err(meta.error("duplicate `inverse` argument"));
                    }
                    link.inverse = Some(parse_field_name(&meta)?);
                    Ok(())
                } else if meta.path.is_ident("symmetric") {
                    if link.symmetric.is_some() {
                        return Err(meta.error("duplicate `symmetric` argument"));
                    }
                    link.symmetric = meta.path.get_ident().map(Ident::span);
                    Ok(())
                } else {
                    // Reported, and skipped: the arguments after it still count.
                    errors.push(meta.error(
                        "unknown #[link] argument; the arguments are `inverse = field_name` and `symmetric`",
                    ));
                    skip_argument_value(&meta)
                }
            });
            if let Err(error) = result {
                errors.push(error);
            }
        }
        link
    }
}

/// Consumes what follows an unknown argument's name (`= value` or `(..)`).
fn skip_argument_value(meta: &ParseNestedMeta<'_>) -> syn::Result<()> {
    if meta.input.peek(syn::Token![=]) {
        meta.value()?.parse::<syn::Expr>()?;
    } else if meta.input.peek(syn::token::Paren) {
        meta.input.parse::<proc_macro2::Group>()?;
    }
    Ok(())
}

pub(crate) fn is_link_attr(attr: &Attribute) -> bool {
    attr.path().is_ident("link")
}

/// `crate = path::to::runtime`, or `crate = "path::to::runtime"` as serde writes it.
fn parse_runtime_path(meta: &ParseNestedMeta<'_>) -> syn::Result<Path> {
    let value = meta
        .value()
        .map_err(|_| meta.error("`crate` needs a path: `crate = ghost_runtime`"))?;
    if value.peek(LitStr) {
        return value.parse::<LitStr>()?.parse();
    }
    value.parse().map_err(|error| {
        syn::Error::new(
            error.span(),
            "`crate` takes a path: `crate = ghost_runtime`",
        )
    })
}

/// `inverse = prev`; a string or a missing value gets an error that shows the right form.
fn parse_field_name(meta: &ParseNestedMeta<'_>) -> syn::Result<Ident> {
    let value = meta.value().map_err(|_| {
        meta.error("`inverse` needs the name of the field that points back: `inverse = prev`")
    })?;
    if let Ok(text) = value.fork().parse::<LitStr>() {
        let _ = value.parse::<LitStr>()?;
        return Err(syn::Error::new(
            text.span(),
            format!(
                "`inverse` takes a field name, not a string: write `inverse = {}`",
                text.value()
            ),
        ));
    }
    value.parse().map_err(|error| {
        syn::Error::new(
            error.span(),
            "`inverse` takes the name of the field that points back: `inverse = prev`",
        )
    })
}

pub(crate) fn is_value_attr(attr: &Attribute) -> bool {
    attr.path().is_ident("value")
}

/// Where a field's `#[value]` attribute is, if it has one; reports arguments and repeats.
pub(crate) fn value_attr_span(attrs: &[Attribute], errors: &mut Errors) -> Option<Span> {
    let mut found = None;
    for attr in attrs.iter().filter(|attr| is_value_attr(attr)) {
        if found.is_some() {
            errors.push(syn::Error::new_spanned(
                attr,
                "duplicate #[value] attribute; remove this one",
            ));
            continue;
        }
        if !matches!(attr.meta, syn::Meta::Path(_)) {
            errors.push(syn::Error::new_spanned(
                &attr.meta,
                "#[value] takes no arguments: write `#[value]` on the field",
            ));
        }
        found = Some(
            attr.path()
                .get_ident()
                .map_or_else(Span::call_site, Ident::span),
        );
    }
    found
}
