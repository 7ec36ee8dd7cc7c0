//! Checks that need the whole struct: inverse pairs and generated names.
//!
//! Each error is spanned on the field or argument at fault. Invalid pairs are dropped from the
//! input so expansion can go on and the user sees these errors only, not follow-on ones.

use std::collections::HashMap;

use proc_macro2::Span;
use syn::Ident;

use crate::ast::{Field, Input, Link, LinkShape, LinkTarget, Role, bare_name, same_name};
use crate::errors::Errors;

/// Methods every generated `<Name>Ref` has, which a link's getter must not shadow.
const HANDLE_METHODS: &[&str] = &["borrow", "borrow_mut", "key", "index"];

pub(crate) fn check(input: &mut Input<'_>, errors: &mut Errors) {
    if input.links().next().is_none() {
        errors.push(syn::Error::new(
            input.ident.span(),
            format!(
                "#[ghost_graph] struct `{0}` has no link field: add one such as `next: Option<{0}>`, or, for a node that other nodes point at, the inverse of their link (`#[link(inverse = ..)] users: Vec<Other>`); type aliases are not followed: write links out",
                input.ident
            ),
        ));
    }
    check_symmetric(input, errors);
    let partners = pair_inverses(input, errors);
    for field in &mut input.fields {
        if let Role::Link(link) = &mut field.role {
            link.inverse = partners.get(&bare_name(field.ident)).cloned();
        }
    }
    check_value_names(input, errors);
    for clashing in check_generated_names(input, errors) {
        if let Role::Link(link) = &mut input.fields[clashing].role {
            link.helpers = false;
        }
    }
}

/// `symmetric` is for `Vec` links only, and excludes `inverse`.
fn check_symmetric(input: &mut Input<'_>, errors: &mut Errors) {
    let node = input.ident.clone();
    for field in &mut input.fields {
        let Role::Link(link) = &mut field.role else {
            continue;
        };
        let Some(span) = link.symmetric else { continue };
        if let LinkTarget::Other(target) = link.target {
            errors.push(syn::Error::new(
                span,
                format!(
                    "#[link(symmetric)] joins nodes of one type, but `{}` points to `{}`",
                    field.ident,
                    crate::ast::type_to_string(&syn::Type::Path(target.clone()))
                ),
            ));
            link.symmetric = None;
        } else if !link.shape.is_many() {
            errors.push(syn::Error::new(
                span,
                format!(
                    "#[link(symmetric)] needs a many-link: `{}: Vec<{node}>` records each undirected edge at both ends",
                    field.ident
                ),
            ));
            link.symmetric = None;
        } else if link.inverse.is_some() {
            errors.push(syn::Error::new(
                span,
                "`symmetric` and `inverse` exclude each other: a symmetric link is its own inverse",
            ));
            link.inverse = None;
        }
    }
}

/// Whether two link shapes can be each other's inverse.
fn shapes_pair(a: LinkShape, b: LinkShape) -> bool {
    use LinkShape::{Array, Option, OptionBox, Vec, WeightedVec};
    matches!(
        (a, b),
        (Option | Vec, Option | Vec)
            | (OptionBox, OptionBox)
            | (Array, Option | Vec)
            | (Option | Vec, Array)
            | (WeightedVec, WeightedVec)
    )
}

/// Resolves every `inverse = ..` into a symmetric map from a field's name (raw or not: see
/// `bare_name`) to its partner.
fn pair_inverses(input: &Input<'_>, errors: &mut Errors) -> HashMap<String, Ident> {
    let mut partners: HashMap<String, Ident> = HashMap::new();
    for (field, link) in input.links() {
        let Some(inverse) = &link.inverse else {
            continue;
        };
        if let LinkTarget::Other(_) = link.target {
            // The inverse lives on another struct, which this expansion cannot see; the
            // generated helpers name it, so the compiler checks it exists and links back.
            partners.insert(bare_name(field.ident), inverse.clone());
            continue;
        }
        let error = |message: String| syn::Error::new(inverse.span(), message);
        if same_name(inverse, field.ident) {
            errors.push(error(format!(
                "`{inverse}` cannot be its own inverse: `inverse` names the field on the target node that points back (for undirected edges, use `#[link(symmetric)] {inverse}: {}`)",
                if link.shape == LinkShape::WeightedVec {
                    LinkShape::WeightedVec.describe(input.ident)
                } else {
                    LinkShape::Vec.describe(input.ident)
                }
            )));
            continue;
        }
        // Several fields may bear the name under exclusive `#[cfg]`s: each must be able to pair.
        let targets: Vec<&Field<'_>> = input.fields_named(inverse).collect();
        if targets.is_empty() {
            errors.push(error(format!(
                "no field `{inverse}` in `{}`: `inverse` must name another link field",
                input.ident
            )));
            continue;
        }
        if targets
            .iter()
            .any(|target| target.link().is_some_and(|link| link.stand_in))
        {
            continue; // the inverse's type is already reported; no pair, and no second error
        }
        let problem = targets
            .iter()
            .find_map(|target| unpairable(input, field, link, target));
        if let Some(message) = problem {
            errors.push(error(message));
            continue;
        }
        match (
            partners.get(&bare_name(field.ident)),
            partners.get(&bare_name(inverse)),
        ) {
            (Some(partner), _) if same_name(partner, inverse) => {} // both sides name each other
            (Some(partner), _) => errors.push(error(format!(
                "`{}` is already the inverse of `{partner}`: a link field has at most one inverse",
                field.ident
            ))),
            (None, Some(partner)) => errors.push(error(format!(
                "`{inverse}` is already the inverse of `{partner}`: a link field has at most one inverse"
            ))),
            (None, None) => {
                partners.insert(bare_name(field.ident), inverse.clone());
                partners.insert(bare_name(inverse), field.ident.clone());
            }
        }
    }
    partners
}

/// Why `field` (a `link`) cannot pair with `target`, the field its `inverse` names; `None` if
/// it can.
fn unpairable(
    input: &Input<'_>,
    field: &Field<'_>,
    link: &Link<'_>,
    target: &Field<'_>,
) -> Option<String> {
    let inverse = target.ident;
    let Role::Link(target_link) = &target.role else {
        return Some(format!(
            "`{inverse}` is a payload field: an inverse must be a link field such as `{inverse}: Option<{}>`",
            input.ident
        ));
    };
    if target_link.symmetric.is_some() {
        return Some(format!(
            "`{inverse}` is symmetric, so it is its own inverse and cannot pair with `{}`",
            field.ident
        ));
    }
    let weighted = |link: &Link<'_>| link.shape == LinkShape::WeightedVec;
    if weighted(link) != weighted(target_link) {
        let (with, without) = if weighted(link) {
            (field.ident, inverse)
        } else {
            (inverse, field.ident)
        };
        return Some(format!(
            "inverse fields disagree: `{with}` carries a weight per edge but `{without}` does not; both ends of a weighted link keep the weight, so its inverse is a weighted `Vec` too: `{without}: Vec<({}, W)>` with the same `W`",
            input.ident
        ));
    }
    if !shapes_pair(link.shape, target_link.shape) {
        return Some(format!(
            "inverse fields disagree: `{}` is `{}` but `{inverse}` is `{}`; a pair is two `Option`s, two `Option<Box<..>>`s, an `Option` and a `Vec` (a tree), two `Vec`s, or an array with an `Option` or a `Vec`",
            field.ident,
            link.shape.describe(input.ident),
            target_link.shape.describe(input.ident),
        ));
    }
    None
}

/// Each link field `f` generates `f`, `link_f`, `unlink_f` and more on the handle
/// (`generated_method_names`); none may
/// collide with another's (of a field with the same `#[cfg]`s: see `Field::same_cfgs`) or with
/// the handle's own methods. Returns the positions of the fields whose helpers must not be
/// generated.
fn check_generated_names(input: &Input<'_>, errors: &mut Errors) -> Vec<usize> {
    let mut owners: HashMap<String, Vec<&Field<'_>>> = HashMap::new();
    let mut clashing = Vec::new();
    for (position, field) in input.fields.iter().enumerate() {
        let Some(link) = field.link() else { continue };
        let bare = bare_name(field.ident);
        if HANDLE_METHODS.contains(&bare.as_str()) {
            errors.push(syn::Error::new(
                field.ident.span(),
                format!(
                    "link field `{}` would shadow the handle's own `{bare}` method; rename the field",
                    field.ident
                ),
            ));
            clashing.push(position);
            continue;
        }
        let names = generated_method_names(input, field.ident, link);
        if let Some((name, owner)) = names.iter().find_map(|name| {
            let owners = owners.get(name)?;
            let owner = owners.iter().find(|owner| owner.same_cfgs(field))?;
            Some((name, owner))
        }) {
            errors.push(clash(field.ident.span(), name, owner.ident));
            clashing.push(position);
            continue;
        }
        for name in names {
            owners.entry(name).or_default().push(field);
        }
    }
    clashing
}

/// `f`, `link_f`, `unlink_f`, for single links to the same type `iter_f`, for weighted links
/// `f_weight` and `set_f_weight`, and for the parent link of a tree `try_link_f` and
/// `is_f_ancestor_of`.
fn generated_method_names(input: &Input<'_>, field: &Ident, link: &Link<'_>) -> Vec<String> {
    let bare = bare_name(field);
    let mut names = vec![
        bare.clone(),
        format!("link_{bare}"),
        format!("unlink_{bare}"),
    ];
    if link.walkable() {
        names.push(format!("iter_{bare}"));
    }
    if link.shape == LinkShape::WeightedVec {
        names.push(format!("{bare}_weight"));
        names.push(format!("set_{bare}_weight"));
    }
    let partners = link
        .inverse
        .iter()
        .flat_map(|inverse| input.fields_named(inverse));
    if partners
        .filter_map(Field::link)
        .any(|partner| link.is_tree_parent(partner))
    {
        names.push(format!("try_link_{bare}"));
        names.push(format!("is_{bare}_ancestor_of"));
    }
    names
}

fn clash(span: Span, name: &str, owner: &Ident) -> syn::Error {
    syn::Error::new(
        span,
        format!(
            "the generated method `{name}` would be defined twice (it also comes from link field `{owner}`); rename one of the fields"
        ),
    )
}

/// Each `#[value]` field `v` generates `v` and `v_mut` on the handle; neither may shadow the
/// handle's own methods or the helpers of a link with the same `#[cfg]`s. A clashing field
/// stays a value without accessors (reported), so the expansion defines nothing twice and
/// `new_in` keeps its parameters.
fn check_value_names(input: &mut Input<'_>, errors: &mut Errors) {
    let mut clashing = Vec::new();
    let mut taken: Vec<(String, Option<&Field<'_>>)> = HANDLE_METHODS
        .iter()
        .map(|name| (name.to_string(), None))
        .collect();
    for (field, link) in input.links() {
        let names = generated_method_names(input, field.ident, link);
        taken.extend(names.into_iter().map(|name| (name, Some(field))));
    }
    for (position, field) in input.fields.iter().enumerate() {
        if !matches!(field.role, Role::Value { .. }) {
            continue;
        }
        let bare = bare_name(field.ident);
        let mine = [bare.clone(), format!("{bare}_mut")];
        let clash = mine.iter().find(|name| {
            taken.iter().any(|(taken, owner)| {
                taken == *name && owner.is_none_or(|owner| owner.same_cfgs(field))
            })
        });
        if let Some(clash) = clash {
            errors.push(syn::Error::new(
                field.ident.span(),
                format!(
                    "#[value] field `{bare}` gives the handle a method `{clash}`, which it already has (the handle's own, or a link helper); rename the field"
                ),
            ));
            clashing.push(position);
            continue;
        }
        taken.extend(mine.map(|name| (name, Some(field))));
    }
    for position in clashing {
        input.fields[position].role = Role::Value { accessors: false };
    }
}
