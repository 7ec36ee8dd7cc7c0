//! The input struct, seen as payload fields and link fields.

use proc_macro2::TokenTree;
use quote::ToTokens;
use syn::{
    Attribute, Data, DeriveInput, Fields, GenericArgument, Ident, Path, PathArguments, Type,
    Visibility,
};

use crate::attr::{GraphArgs, LinkAttr, is_link_attr};
use crate::errors::Errors;

/// A struct that `#[ghost_graph]` can expand.
pub(crate) struct Input<'a> {
    /// Attributes on the struct, carried through to the node type as written.
    pub(crate) attrs: &'a [Attribute],
    pub(crate) vis: &'a Visibility,
    pub(crate) ident: &'a Ident,
    pub(crate) fields: Vec<Field<'a>>,
    /// Path to the runtime crate.
    pub(crate) runtime: Path,
}

pub(crate) struct Field<'a> {
    /// The field's attributes minus `#[link]`, carried through as written.
    pub(crate) attrs: Vec<&'a Attribute>,
    pub(crate) vis: &'a Visibility,
    pub(crate) ident: &'a Ident,
    pub(crate) ty: &'a Type,
    pub(crate) role: Role,
}

pub(crate) enum Role {
    /// Data the node carries; kept as written.
    Payload,
    /// A pointer to another node of the same type.
    Link(Link),
}

pub(crate) struct Link {
    pub(crate) shape: LinkShape,
    /// The field on the target that points back: from `#[link(inverse = ..)]` on this field or
    /// on the other one (validation fills in both sides).
    pub(crate) inverse: Option<Ident>,
}

/// How a link field was written. Every shape becomes `Option<NameRef<'arena, 'id>>`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum LinkShape {
    /// `Option<Self>` or `Option<Name>`.
    Option,
    /// `Option<Box<Self>>` or `Option<Box<Name>>`, as a port of a `Box`-linked list writes it.
    OptionBox,
}

impl LinkShape {
    pub(crate) fn describe(self, node: &Ident) -> String {
        match self {
            Self::Option => format!("Option<{node}>"),
            Self::OptionBox => format!("Option<Box<{node}>>"),
        }
    }
}

pub(crate) const SUPPORTED_SHAPES: &str =
    "`Option<Self>`, `Option<{node}>` or `Option<Box<{node}>>`";

impl<'a> Input<'a> {
    /// Reads the struct; `None` when it is not a struct with named fields (reported).
    pub(crate) fn from_syn(
        item: &'a DeriveInput,
        args: GraphArgs,
        errors: &mut Errors,
    ) -> Option<Self> {
        let named = match &item.data {
            Data::Struct(data) => match &data.fields {
                Fields::Named(named) => named,
                Fields::Unnamed(fields) => {
                    errors.push(syn::Error::new_spanned(
                        fields,
                        "#[ghost_graph] does not support tuple structs: name the fields, so links can be named in `#[link(inverse = ..)]` and in the generated helpers",
                    ));
                    return None;
                }
                Fields::Unit => {
                    errors.push(syn::Error::new_spanned(
                        &item.ident,
                        "#[ghost_graph] does not support unit structs: a node needs at least one link field such as `next: Option<Self>`",
                    ));
                    return None;
                }
            },
            Data::Enum(data) => {
                errors.push(syn::Error::new_spanned(
                    data.enum_token,
                    "#[ghost_graph] does not support enums: use a struct with named fields and put the variants in a payload field",
                ));
                return None;
            }
            Data::Union(data) => {
                errors.push(syn::Error::new_spanned(
                    data.union_token,
                    "#[ghost_graph] does not support unions: use a struct with named fields",
                ));
                return None;
            }
        };
        if !item.generics.params.is_empty() || item.generics.where_clause.is_some() {
            errors.push(syn::Error::new_spanned(
                &item.generics,
                "#[ghost_graph] does not support generic parameters yet; the node gains the lifetimes `'arena` and `'id` itself",
            ));
            return None;
        }
        let fields = named
            .named
            .iter()
            .filter_map(|field| Field::from_syn(field, &item.ident, errors))
            .collect();
        Some(Self {
            attrs: &item.attrs,
            vis: &item.vis,
            ident: &item.ident,
            fields,
            runtime: args.runtime,
        })
    }

    pub(crate) fn links(&self) -> impl Iterator<Item = (&Field<'a>, &Link)> {
        self.fields.iter().filter_map(|field| match &field.role {
            Role::Link(link) => Some((field, link)),
            Role::Payload => None,
        })
    }

    pub(crate) fn payloads(&self) -> impl Iterator<Item = &Field<'a>> {
        self.fields
            .iter()
            .filter(|field| matches!(field.role, Role::Payload))
    }

    pub(crate) fn field(&self, name: &Ident) -> Option<&Field<'a>> {
        self.fields.iter().find(|field| field.ident == name)
    }
}

impl<'a> Field<'a> {
    pub(crate) fn link(&self) -> Option<&Link> {
        match &self.role {
            Role::Link(link) => Some(link),
            Role::Payload => None,
        }
    }

    /// Classifies one field; `None` (reported) when it is a link of a shape we do not support.
    fn from_syn(field: &'a syn::Field, node: &Ident, errors: &mut Errors) -> Option<Self> {
        let ident = field.ident.as_ref()?;
        let link_attr = LinkAttr::parse(&field.attrs, errors);
        let role = match link_shape(&field.ty, node) {
            Some(shape) => Role::Link(Link {
                shape,
                inverse: link_attr.inverse,
            }),
            None if mentions_node(&field.ty, node) => {
                errors.push(syn::Error::new_spanned(
                    &field.ty,
                    format!(
                        "unsupported link type `{}`: a field that refers to `{node}` must be {}",
                        field.ty.to_token_stream(),
                        SUPPORTED_SHAPES.replace("{node}", &node.to_string()),
                    ),
                ));
                return None;
            }
            None => {
                if let Some(span) = link_attr.span {
                    errors.push(syn::Error::new(
                        span,
                        format!(
                            "#[link] on payload field `{ident}`: a link field must be {}",
                            SUPPORTED_SHAPES.replace("{node}", &node.to_string()),
                        ),
                    ));
                }
                Role::Payload
            }
        };
        Some(Self {
            attrs: field.attrs.iter().filter(|a| !is_link_attr(a)).collect(),
            vis: &field.vis,
            ident,
            ty: &field.ty,
            role,
        })
    }
}

/// Recognises `Option<Self>`, `Option<Node>`, `Option<Box<Self>>` and `Option<Box<Node>>`
/// (with `Option` and `Box` also written by their `std`/`core`/`alloc` paths).
fn link_shape(ty: &Type, node: &Ident) -> Option<LinkShape> {
    let inner = single_generic_arg(ty, "option", "Option")?;
    if is_node(inner, node) {
        return Some(LinkShape::Option);
    }
    let boxed = single_generic_arg(inner, "boxed", "Box")?;
    is_node(boxed, node).then_some(LinkShape::OptionBox)
}

/// `T` when `ty` is `Name<T>`, `std::module::Name<T>`, `core::..` or `alloc::..`.
fn single_generic_arg<'t>(ty: &'t Type, module: &str, name: &str) -> Option<&'t Type> {
    let Type::Path(path) = ty else { return None };
    if path.qself.is_some() {
        return None;
    }
    let segments: Vec<_> = path.path.segments.iter().collect();
    let (last, prefix) = segments.split_last()?;
    let prefix_ok = match prefix {
        [] => path.path.leading_colon.is_none(),
        [krate, module_segment] => {
            ["std", "core", "alloc"].iter().any(|k| krate.ident == k)
                && module_segment.ident == module
                && krate.arguments.is_none()
                && module_segment.arguments.is_none()
        }
        _ => false,
    };
    if !prefix_ok || last.ident != name {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.iter().collect::<Vec<_>>().as_slice() {
        [GenericArgument::Type(inner)] => Some(inner),
        _ => None,
    }
}

fn is_node(ty: &Type, node: &Ident) -> bool {
    let Type::Path(path) = ty else { return false };
    path.qself.is_none()
        && path.path.leading_colon.is_none()
        && path.path.segments.len() == 1
        && path.path.segments[0].arguments.is_none()
        && (path.path.segments[0].ident == "Self" || path.path.segments[0].ident == *node)
}

/// Whether `ty` names the node type anywhere (`Vec<Node>`, `&Self`, `[Option<Node>; 2]`, ...).
fn mentions_node(ty: &Type, node: &Ident) -> bool {
    fn walk(tokens: proc_macro2::TokenStream, node: &Ident) -> bool {
        tokens.into_iter().any(|token| match token {
            TokenTree::Ident(ident) => ident == "Self" || ident == *node,
            TokenTree::Group(group) => walk(group.stream(), node),
            TokenTree::Punct(_) | TokenTree::Literal(_) => false,
        })
    }
    walk(ty.to_token_stream(), node)
}
