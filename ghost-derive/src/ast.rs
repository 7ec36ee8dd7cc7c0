//! The input struct, seen as payload fields and link fields.

use proc_macro2::TokenTree;
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::{
    Attribute, Data, DeriveInput, Fields, GenericArgument, GenericParam, Generics, Ident, Path,
    PathArguments, Type, Visibility,
};

use crate::attr::{GraphArgs, LinkAttr, is_link_attr, is_value_attr, value_attr_span};
use crate::errors::Errors;

/// A struct that `#[ghost_graph]` can expand.
pub(crate) struct Input<'a> {
    /// Attributes on the struct, carried through to the node type as written (minus those
    /// rejected with an error).
    pub(crate) attrs: Vec<&'a Attribute>,
    pub(crate) vis: &'a Visibility,
    pub(crate) ident: &'a Ident,
    /// The user's generics; the expansion adds `'arena, 'id` in front.
    pub(crate) generics: &'a Generics,
    /// Every field, in order: a field the macro rejects (reported) stays, in the role its
    /// user meant, so the code that uses it reports nothing more.
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
    pub(crate) role: Role<'a>,
}

pub(crate) enum Role<'a> {
    /// Data the node carries; kept as written.
    Payload,
    /// A `#[value]` field: data kept beside the node's structure, in a cell the scope's
    /// `ValuePerm` opens, reached through accessor methods on the handle. `accessors` is off
    /// for a field whose accessors would clash with other methods (reported): it is still a
    /// value, a parameter of `new_in` and `alloc_in`.
    Value { accessors: bool },
    /// A pointer to another node.
    Link(Link<'a>),
}

pub(crate) struct Link<'a> {
    pub(crate) shape: LinkShape,
    /// The node type the link points to.
    pub(crate) target: LinkTarget<'a>,
    /// The length of an array link (`N` in `[Option<Node>; N]`).
    pub(crate) array_len: Option<&'a syn::Expr>,
    /// The weight type of a weighted link (`u32` in `Vec<(Node, u32)>`).
    pub(crate) weight: Option<&'a Type>,
    /// `#[link(symmetric)]`: an undirected edge list, its own inverse (where it was written).
    pub(crate) symmetric: Option<proc_macro2::Span>,
    /// Whether to generate this link's helper methods: validation turns it off for a link
    /// whose helpers would clash with others, so the only error is the one it reports.
    pub(crate) helpers: bool,
    /// The field on the target that points back: from `#[link(inverse = ..)]` on this field or
    /// on the other one (validation fills in both sides).
    pub(crate) inverse: Option<Ident>,
    /// A field that refers to the node in a shape links cannot have (reported), generated as
    /// an unpaired link of the nearest shape, so that the code using it as one compiles.
    pub(crate) stand_in: bool,
}

impl Link<'_> {
    /// Whether `iter_f` makes sense: a single link to the same type, followed node to node.
    pub(crate) fn walkable(&self) -> bool {
        self.shape.is_single() && matches!(self.target, LinkTarget::Own)
    }

    /// Whether this link, paired with `partner`, is the parent link of a tree: a single link to
    /// the same type whose inverse holds many (`Vec` or array children). Such a link also gets
    /// the checked move `try_link_f` and `is_f_ancestor_of`.
    pub(crate) fn is_tree_parent(&self, partner: &Link<'_>) -> bool {
        self.walkable()
            && self.symmetric.is_none()
            && matches!(partner.shape, LinkShape::Vec | LinkShape::Array)
    }
}

/// Which node type a link points to.
#[derive(Clone, Copy)]
pub(crate) enum LinkTarget<'a> {
    /// This struct (written `Self` or by its name).
    Own,
    /// Another `#[ghost_graph]` struct of the same scope, written by name (`Company`,
    /// `Block<T>`) in a field marked `#[link]`.
    Other(&'a syn::TypePath),
}

/// How a link field was written. Every shape becomes `Option<NameRef<'arena, 'id>>`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum LinkShape {
    /// `Option<Self>` or `Option<Name>`.
    Option,
    /// `Option<Box<Self>>` or `Option<Box<Name>>`, as a port of a `Box`-linked list writes it.
    OptionBox,
    /// `Vec<Self>` or `Vec<Name>`: any number of links. Becomes `Vec<NameRef<'arena, 'id>>`.
    Vec,
    /// `Vec<(Self, W)>` or `Vec<(Name, W)>`: any number of links, each carrying a weight
    /// (kept in `Link::weight`). Becomes `Vec<(NameRef<'arena, 'id>, W)>`.
    WeightedVec,
    /// `[Option<Self>; N]` or `[Option<Name>; N]`: a fixed number of slots (binary trees,
    /// quadtrees). The length is kept in `Link::array_len`.
    Array,
}

impl LinkShape {
    pub(crate) fn describe(self, node: &Ident) -> String {
        match self {
            Self::Option => format!("Option<{node}>"),
            Self::OptionBox => format!("Option<Box<{node}>>"),
            Self::Vec => format!("Vec<{node}>"),
            Self::WeightedVec => format!("Vec<({node}, W)>"),
            Self::Array => format!("[Option<{node}>; N]"),
        }
    }

    /// `Vec<..>`, weighted or not: any number of links.
    pub(crate) fn is_many(self) -> bool {
        matches!(self, Self::Vec | Self::WeightedVec)
    }

    /// `Option<..>` or `Option<Box<..>>`: at most one link.
    pub(crate) fn is_single(self) -> bool {
        matches!(self, Self::Option | Self::OptionBox)
    }
}

pub(crate) const SUPPORTED_SHAPES: &str = "`Option<Self>`, `Option<{node}>`, `Option<Box<{node}>>`, `Vec<{node}>`, `Vec<({node}, W)>` (a weight per edge) or `[Option<{node}>; N]`";

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
        reject_unsupported_struct_attrs(&item.attrs, errors);
        if !reserved_lifetimes_unused(&item.generics, errors) {
            return None;
        }
        let node = NodeType {
            ident: &item.ident,
            generics: &item.generics,
        };
        let fields: Vec<_> = named
            .named
            .iter()
            .filter_map(|field| Field::from_syn(field, &node, errors))
            .collect();
        Some(Self {
            attrs: item
                .attrs
                .iter()
                .filter(|attr| !is_ghost_graph_attr(attr) && !is_packed_repr(attr))
                .collect(),
            vis: &item.vis,
            ident: &item.ident,
            generics: &item.generics,
            fields,
            runtime: args.runtime,
        })
    }

    pub(crate) fn links(&self) -> impl Iterator<Item = (&Field<'a>, &Link<'a>)> {
        self.fields.iter().filter_map(|field| match &field.role {
            Role::Link(link) => Some((field, link)),
            Role::Payload | Role::Value { .. } => None,
        })
    }

    /// The `#[value]` fields, in declaration order.
    pub(crate) fn values(&self) -> impl Iterator<Item = &Field<'a>> {
        self.fields
            .iter()
            .filter(|field| matches!(field.role, Role::Value { .. }))
    }

    /// Whether the node has `#[value]` fields: it is then stored as a split node.
    pub(crate) fn is_split(&self) -> bool {
        self.values().next().is_some()
    }

    /// Payload and value fields in declaration order: `new_in`'s arguments.
    pub(crate) fn arguments(&self) -> impl Iterator<Item = &Field<'a>> {
        self.fields
            .iter()
            .filter(|field| !matches!(field.role, Role::Link(_)))
    }

    /// The fields called `name`: one, or several under `#[cfg]`s that exclude each other
    /// (`#[cfg(feature = "x")] val: u32` and `#[cfg(not(feature = "x"))] val: u64`).
    pub(crate) fn fields_named<'s>(
        &'s self,
        name: &'s Ident,
    ) -> impl Iterator<Item = &'s Field<'a>> + 's {
        self.fields
            .iter()
            .filter(move |field| same_name(field.ident, name))
    }
}

impl<'a> Field<'a> {
    /// The field's `#[cfg(..)]` attributes: everything generated for the field (its
    /// constructor argument, its initialiser, its helpers) must carry them too.
    pub(crate) fn cfgs(&self) -> impl Iterator<Item = &'a Attribute> + '_ {
        self.attrs
            .iter()
            .copied()
            .filter(|attr| attr.path().is_ident("cfg"))
    }

    /// Whether `self` and `other` carry the same `#[cfg]`s, so that both exist or neither
    /// does. Fields whose `#[cfg]`s differ may never exist together, so only fields with the
    /// same ones can clash; if differing ones both hold, rustc reports the duplicate itself.
    pub(crate) fn same_cfgs(&self, other: &Field<'_>) -> bool {
        fn written<'f>(cfgs: impl Iterator<Item = &'f Attribute>) -> Vec<String> {
            let mut written: Vec<String> =
                cfgs.map(|cfg| cfg.to_token_stream().to_string()).collect();
            written.sort();
            written
        }
        written(self.cfgs()) == written(other.cfgs())
    }

    pub(crate) fn link(&self) -> Option<&Link<'a>> {
        match &self.role {
            Role::Link(link) => Some(link),
            Role::Payload | Role::Value { .. } => None,
        }
    }

    /// Classifies one field (`None` only for a field without a name, which syn never gives
    /// in a struct with named fields).
    fn from_syn(field: &'a syn::Field, node: &NodeType<'_>, errors: &mut Errors) -> Option<Self> {
        let ident = field.ident.as_ref()?;
        reject_link_in_cfg_attr(&field.attrs, errors);
        let link_attr = LinkAttr::parse(&field.attrs, errors);
        let ty = peel(&field.ty);
        let own = link_shape(ty, |ty| node.is(ty)).map(|shape| (shape, LinkTarget::Own));

        // Another node type can only be told from a payload type by the `#[link]` attribute.
        let other = || {
            link_attr.span?;
            let mut target = None;
            let shape = link_shape(ty, |ty| match peel(ty) {
                Type::Path(path) if path.qself.is_none() => {
                    target = Some(path);
                    true
                }
                _ => false,
            })?;
            Some((shape, LinkTarget::Other(target?)))
        };
        let role = match own.or_else(other) {
            Some(((_, Some(weight)), target))
                if weight_mentions_node(weight, node.ident, ident, errors)
                    || target_name(target).is_some_and(|other| {
                        weight_mentions_node(weight, other, ident, errors)
                    }) =>
            {
                Role::Link(stand_in_link(ty))
            }
            Some(((shape, weight), target)) => Role::Link(Link {
                shape,
                target,
                array_len: match ty {
                    Type::Array(array) => Some(&array.len),
                    _ => None,
                },
                weight,
                symmetric: link_attr.symmetric,
                helpers: true,
                inverse: link_attr.inverse,
                stand_in: false,
            }),
            None if mentions_node(&field.ty, node.ident) => {
                errors.push(syn::Error::new_spanned(
                    &field.ty,
                    format!(
                        "unsupported link type `{}`: a field that refers to `{}` must be {}",
                        type_to_string(ty),
                        node.ident,
                        SUPPORTED_SHAPES.replace("{node}", &node.written()),
                    ),
                ));
                Role::Link(stand_in_link(ty))
            }
            None => {
                if let Some(span) = link_attr.span {
                    errors.push(syn::Error::new(
                        span,
                        format!(
                            "#[link] on payload field `{ident}`: a link field must be {}",
                            SUPPORTED_SHAPES.replace("{node}", &node.written()),
                        ),
                    ));
                }
                match value_attr_span(&field.attrs, errors) {
                    Some(_) => {
                        check_value_attrs(field, ident, errors);
                        Role::Value { accessors: true }
                    }
                    None => Role::Payload,
                }
            }
        };
        if let (Role::Link(_), Some(span)) =
            (&role, value_attr_span(&field.attrs, &mut Errors::default()))
        {
            errors.push(syn::Error::new(
                span,
                format!(
                    "#[value] on link field `{ident}`: links are the node's structure, relinked with the token; only payload fields can be values"
                ),
            ));
        }
        // A value keeps its doc comments only (the others are reported above).
        let is_value = matches!(role, Role::Value { .. });
        Some(Self {
            attrs: field
                .attrs
                .iter()
                .filter(|attr| {
                    !is_link_attr(attr) && !is_cfg_attr_with_link(attr) && !is_value_attr(attr)
                })
                .filter(|attr| !is_value || attr.path().is_ident("doc"))
                .collect(),
            vis: &field.vis,
            ident,
            ty: &field.ty,
            role,
        })
    }
}

/// Reports the attributes of a `#[value]` field that its accessor methods cannot carry (the
/// field stays a value without them, so the code using it reports nothing more).
fn check_value_attrs(field: &syn::Field, ident: &Ident, errors: &mut Errors) {
    for attr in &field.attrs {
        if attr.path().is_ident("cfg") {
            errors.push(syn::Error::new_spanned(
                attr,
                format!(
                    "#[value] field `{ident}` cannot be #[cfg]-gated: the node's values are stored together; gate the whole struct, or make the value an `Option`"
                ),
            ));
        } else if !attr.path().is_ident("doc") && !is_value_attr(attr) {
            errors.push(syn::Error::new_spanned(
                attr,
                format!(
                    "#[value] field `{ident}` becomes the accessor methods `{ident}` and `{ident}_mut` on the handle, which take its doc comments only; remove this attribute"
                ),
            ));
        }
    }
}

/// The link a rejected field stands for: of the shape its outermost type suggests (a `Vec`, an
/// array, `Option<Box<..>>`, else an `Option`), to this node, without an inverse.
fn stand_in_link(ty: &Type) -> Link<'_> {
    let (shape, array_len) = match ty {
        Type::Array(array) => (LinkShape::Array, Some(&array.len)),
        _ if single_generic_arg(ty, "vec", "Vec").is_some() => (LinkShape::Vec, None),
        _ if single_generic_arg(ty, "option", "Option")
            .and_then(|inner| single_generic_arg(inner, "boxed", "Box"))
            .is_some() =>
        {
            (LinkShape::OptionBox, None)
        }
        _ => (LinkShape::Option, None),
    };
    Link {
        shape,
        target: LinkTarget::Own,
        array_len,
        weight: None,
        symmetric: None,
        helpers: true,
        inverse: None,
        stand_in: true,
    }
}

/// Recognises `Option<Self>`, `Option<Node>`, `Option<Box<Self>>`, `Option<Box<Node>>`,
/// `Vec<Self>`, `Vec<Node>`, `Vec<(Node, W)>` and `[Option<Node>; N]` (with `Option`, `Box`
/// and `Vec` also written by their `std`/`core`/`alloc` paths); gives the weight type `W` of a
/// weighted link.
fn link_shape<'t>(
    ty: &'t Type,
    mut is_target: impl FnMut(&'t Type) -> bool,
) -> Option<(LinkShape, Option<&'t Type>)> {
    if let Type::Array(array) = peel(ty) {
        let slot = single_generic_arg(&array.elem, "option", "Option")?;
        return is_target(slot).then_some((LinkShape::Array, None));
    }
    if let Some(item) = single_generic_arg(ty, "vec", "Vec") {
        if let Type::Tuple(pair) = peel(item) {
            let mut elems = pair.elems.iter();
            return match (elems.next(), elems.next(), elems.next()) {
                (Some(node), Some(weight), None) if is_target(node) => {
                    Some((LinkShape::WeightedVec, Some(weight)))
                }
                _ => None,
            };
        }
        return is_target(item).then_some((LinkShape::Vec, None));
    }
    let inner = single_generic_arg(ty, "option", "Option")?;
    if is_target(inner) {
        return Some((LinkShape::Option, None));
    }
    let boxed = single_generic_arg(inner, "boxed", "Box")?;
    is_target(boxed).then_some((LinkShape::OptionBox, None))
}

/// Reports a weight type that names the node itself (`Vec<(Self, Self)>`): a weight is data,
/// kept as written, where the node's name would lack the brands every handle carries. Links
/// to more nodes belong in link fields of their own.
fn weight_mentions_node(weight: &Type, node: &Ident, field: &Ident, errors: &mut Errors) -> bool {
    if !mentions_node(weight, node) {
        return false;
    }
    errors.push(syn::Error::new_spanned(
        weight,
        format!(
            "the weight of link `{field}` refers to `{node}`: a weight is data carried by each edge; link more nodes through link fields of their own"
        ),
    ));
    true
}

/// The name of the node type a cross-type link points to (`Company` for `ir::Company<T>`).
fn target_name<'a>(target: LinkTarget<'a>) -> Option<&'a Ident> {
    match target {
        LinkTarget::Own => None,
        LinkTarget::Other(path) => path.path.segments.last().map(|last| &last.ident),
    }
}

/// The node type being defined, to recognise it in field types.
struct NodeType<'a> {
    ident: &'a Ident,
    generics: &'a Generics,
}

impl NodeType<'_> {
    /// `Self`, or the node's name with its own parameters in order (`Node<'src, T>`).
    fn is(&self, ty: &Type) -> bool {
        let Type::Path(path) = peel(ty) else {
            return false;
        };
        if path.qself.is_some()
            || path.path.leading_colon.is_some()
            || path.path.segments.len() != 1
        {
            return false;
        }
        let segment = &path.path.segments[0];
        if segment.ident == "Self" {
            return segment.arguments.is_none();
        }
        if !same_name(&segment.ident, self.ident) {
            return false;
        }
        let args: Vec<String> = match &segment.arguments {
            PathArguments::None => Vec::new(),
            PathArguments::AngleBracketed(args) => args
                .args
                .iter()
                .map(|arg| match arg {
                    GenericArgument::Type(ty) => peel(ty).to_token_stream().to_string(),
                    other => other.to_token_stream().to_string(),
                })
                .collect(),
            PathArguments::Parenthesized(_) => return false,
        };
        args == self.param_names()
    }

    fn param_names(&self) -> Vec<String> {
        self.generics
            .params
            .iter()
            .map(|param| match param {
                GenericParam::Lifetime(param) => param.lifetime.to_token_stream().to_string(),
                GenericParam::Type(param) => param.ident.to_string(),
                GenericParam::Const(param) => param.ident.to_string(),
            })
            .collect()
    }

    /// How links name the node: `Node` or `Node<'src, T>`.
    fn written(&self) -> String {
        let params = self.param_names();
        if params.is_empty() {
            self.ident.to_string()
        } else {
            format!("{}<{}>", self.ident, params.join(", "))
        }
    }
}

/// The lifetimes every node gains, which payloads may name to hold the scope's handles. (The
/// lifetimes of generated methods are picked to differ from the user's: `expand::fresh`.)
const RESERVED_LIFETIMES: &[&str] = &["arena", "id"];

/// Reports each of the user's lifetimes that the expansion needs for itself; `false` if any.
fn reserved_lifetimes_unused(generics: &Generics, errors: &mut Errors) -> bool {
    let mut unused = true;
    for param in generics.lifetimes() {
        if RESERVED_LIFETIMES
            .iter()
            .any(|name| param.lifetime.ident.unraw() == name)
        {
            unused = false;
            errors.push(syn::Error::new_spanned(
                &param.lifetime,
                format!(
                    "`{}` is used by #[ghost_graph] itself (every node gains `'arena` and `'id`); rename this lifetime",
                    param.lifetime
                ),
            ));
        }
    }
    unused
}

/// `T` when `ty` is `Name<T>`, `std::module::Name<T>`, `core::..` or `alloc::..`.
fn single_generic_arg<'t>(ty: &'t Type, module: &str, name: &str) -> Option<&'t Type> {
    let Type::Path(path) = peel(ty) else {
        return None;
    };
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

/// Whether two identifiers name the same thing: rustc reads `r#prev` and `prev` as one name,
/// so every comparison of the user's names goes through this (or [`bare_name`]).
pub(crate) fn same_name(a: &Ident, b: &Ident) -> bool {
    a.unraw() == b.unraw()
}

/// A name as rustc compares it, without the `r#` of a raw identifier: `prev` for `r#prev`.
pub(crate) fn bare_name(ident: &Ident) -> String {
    ident.unraw().to_string()
}

/// `ty` without the invisible groups around it (a `$t:ty` fragment of a `macro_rules!` arrives
/// as `Type::Group`) and without redundant parentheses: `Option<Node>` however it was passed.
/// Every inspection of a type's shape goes through this.
pub(crate) fn peel(ty: &Type) -> &Type {
    match ty {
        Type::Group(group) => peel(&group.elem),
        Type::Paren(paren) => peel(&paren.elem),
        _ => ty,
    }
}

/// Whether `ty` names the node type anywhere as a path of its own: `Vec<Node>`, `&Self`,
/// `[Option<Node>; 2]`, `Rc<Node>`. A qualified path (`ast::Node`, `crate::Node`,
/// `::syntax::Node`, `Node::Output`) names something else, or this type through a route the
/// macro does not follow: such a field is a payload (or, marked `#[link]`, a link to the node
/// type the path names).
fn mentions_node(ty: &Type, node: &Ident) -> bool {
    fn is_path_sep(pair: Option<&[TokenTree]>) -> bool {
        matches!(
            pair,
            Some([TokenTree::Punct(first), TokenTree::Punct(second)])
                if first.as_char() == ':' && second.as_char() == ':'
                    && first.spacing() == proc_macro2::Spacing::Joint
        )
    }
    fn walk(tokens: proc_macro2::TokenStream, node: &Ident) -> bool {
        let tokens: Vec<TokenTree> = tokens.into_iter().collect();
        tokens.iter().enumerate().any(|(at, token)| match token {
            TokenTree::Ident(ident) => {
                (ident == "Self" || same_name(ident, node))
                    && !is_path_sep(at.checked_sub(2).and_then(|from| tokens.get(from..at)))
                    && !is_path_sep(tokens.get(at + 1..at + 3))
            }
            TokenTree::Group(group) => walk(group.stream(), node),
            TokenTree::Punct(_) | TokenTree::Literal(_) => false,
        })
    }
    walk(ty.to_token_stream(), node)
}

/// `#[ghost_graph]` twice, or `#[repr(packed)]`, which the link helpers cannot support: they
/// take `&mut` to link fields, and a packed field may be unaligned.
fn reject_unsupported_struct_attrs(attrs: &[Attribute], errors: &mut Errors) {
    for attr in attrs {
        if is_ghost_graph_attr(attr) {
            errors.push(syn::Error::new_spanned(
                attr,
                "#[ghost_graph] is applied twice; remove this one",
            ));
        }
        if let Some(packed) = packed_repr_span(attr) {
            errors.push(syn::Error::new(
                packed,
                "#[ghost_graph] nodes cannot be `repr(packed)`: link helpers borrow link fields, which packing may leave unaligned",
            ));
        }
    }
}

fn is_ghost_graph_attr(attr: &Attribute) -> bool {
    attr.path()
        .segments
        .last()
        .is_some_and(|last| last.ident == "ghost_graph")
}

fn is_packed_repr(attr: &Attribute) -> bool {
    packed_repr_span(attr).is_some()
}

/// The span of `packed` in `#[repr(.., packed, ..)]` or `#[repr(packed(N))]`.
fn packed_repr_span(attr: &Attribute) -> Option<proc_macro2::Span> {
    if !attr.path().is_ident("repr") {
        return None;
    }
    let mut packed = None;
    let _ = attr.parse_nested_meta(|meta| {
        if meta.path.is_ident("packed") {
            packed = meta.path.get_ident().map(Ident::span);
        }
        if meta.input.peek(syn::token::Paren) {
            meta.input.parse::<proc_macro2::Group>()?;
        }
        Ok(())
    });
    packed
}

/// `#[cfg_attr(.., link(..))]` reaches us unexpanded: we would not see the link, and rustc
/// would then read it as the extern-block `#[link]`, with a misleading message.
fn reject_link_in_cfg_attr(attrs: &[Attribute], errors: &mut Errors) {
    for attr in attrs {
        if is_cfg_attr_with_link(attr) {
            errors.push(syn::Error::new_spanned(
                attr,
                "#[link] cannot be used inside `cfg_attr`: #[ghost_graph] reads links before `cfg_attr` is resolved; write #[link(..)] directly",
            ));
        }
    }
}

fn is_cfg_attr_with_link(attr: &Attribute) -> bool {
    let syn::Meta::List(list) = &attr.meta else {
        return false;
    };
    attr.path().is_ident("cfg_attr")
        && list
            .tokens
            .clone()
            .into_iter()
            .any(|token| matches!(&token, TokenTree::Ident(ident) if ident == "link"))
}

/// A type as a person writes it: `Vec<Node>`, not `Vec < Node >`.
pub(crate) fn type_to_string(ty: &Type) -> String {
    let spaced = ty.to_token_stream().to_string();
    let mut compact = String::with_capacity(spaced.len());
    let mut chars = spaced.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ' ' {
            let previous = compact.chars().last();
            let next = chars.peek().copied();
            let glue_after = matches!(previous, Some('<' | '&' | ':' | '(' | '[' | '\''));
            let glue_before = matches!(next, Some('<' | '>' | ':' | ',' | ')' | ']' | ';'));
            if glue_after || glue_before {
                continue;
            }
        }
        compact.push(c);
    }
    compact
}
