//! The check that both sides of a cross-type inverse pair declare it.
//!
//! `#[ghost_graph]` expands one struct at a time, so it cannot see whether the field an
//! `inverse` names on another struct points back. Declared on one side only, the pair would
//! silently desynchronise: that side's helpers keep both fields in step, the other side's touch
//! one field. So each expansion lists its cross-type link fields with the inverse each declares
//! ([`LinkDecl`]), and for each of its own cross-type inverses asserts, in a constant, that the
//! other struct's list agrees ([`declares_inverse`]). rustc evaluates that constant while
//! compiling, and a disagreement is a compile error spanned on the field, with a message that
//! names both fields.

/// A cross-type link field as its struct declares it.
#[derive(Clone, Copy, Debug)]
pub struct LinkDecl {
    /// The field's name (without `r#`).
    pub field: &'static str,
    /// The field its `#[link(inverse = ..)]` names on the other struct, if any.
    pub inverse: Option<&'static str>,
    /// Whether the field exists in this build (its `#[cfg]`s hold).
    pub present: bool,
    /// Whether the field carries a weight per edge (`Vec<(Other, W)>`).
    pub weighted: bool,
}

/// Whether `field`, as `links` declares it, names `inverse` as its inverse.
///
/// `true` also when `links` has no such field: the generated helpers name it, so rustc
/// already reports a missing field, or one that does not point back (not a link, or a link to
/// another type), and this check adds no second error.
#[must_use]
pub const fn declares_inverse(links: &[LinkDecl], field: &str, inverse: &str) -> bool {
    let mut at = 0;
    while at < links.len() {
        let link = &links[at];
        if link.present && str_eq(link.field, field) {
            return match link.inverse {
                Some(declared) => str_eq(declared, inverse),
                None => false,
            };
        }
        at += 1;
    }
    true
}

/// Whether `field`, as `links` declares it, carries a weight per edge exactly when `weighted`
/// says the field pairing with it does: both ends of a weighted pair keep the weight.
///
/// `true` when `links` has no such field, as for [`declares_inverse`].
#[must_use]
pub const fn agrees_on_weight(links: &[LinkDecl], field: &str, weighted: bool) -> bool {
    let mut at = 0;
    while at < links.len() {
        let link = &links[at];
        if link.present && str_eq(link.field, field) {
            return link.weighted == weighted;
        }
        at += 1;
    }
    true
}

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut at = 0;
    while at < a.len() {
        if a[at] != b[at] {
            return false;
        }
        at += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::{LinkDecl, agrees_on_weight, declares_inverse};

    const LINKS: &[LinkDecl] = &[
        LinkDecl {
            field: "dept",
            inverse: Some("employees"),
            present: true,
            weighted: false,
        },
        LinkDecl {
            field: "mentor",
            inverse: None,
            present: true,
            weighted: false,
        },
        LinkDecl {
            field: "team",
            inverse: Some("members"),
            present: false,
            weighted: false,
        },
        LinkDecl {
            field: "team",
            inverse: Some("staff"),
            present: true,
            weighted: false,
        },
    ];

    #[test]
    fn agrees_only_when_the_field_names_the_inverse() {
        assert!(declares_inverse(LINKS, "dept", "employees"));
        assert!(!declares_inverse(LINKS, "dept", "employee"));
        assert!(!declares_inverse(LINKS, "mentor", "mentees"));
        assert!(
            declares_inverse(LINKS, "team", "staff"),
            "configured-out entries are skipped"
        );
        assert!(!declares_inverse(LINKS, "team", "members"));
        assert!(
            declares_inverse(LINKS, "missing", "x"),
            "rustc reports a missing field"
        );
        assert!(declares_inverse(&[], "dept", "employees"));
    }

    #[test]
    fn weights_agree_only_when_both_or_neither_carry_one() {
        const WEIGHTED: &[LinkDecl] = &[LinkDecl {
            field: "courses",
            inverse: Some("students"),
            present: true,
            weighted: true,
        }];
        assert!(agrees_on_weight(WEIGHTED, "courses", true));
        assert!(!agrees_on_weight(WEIGHTED, "courses", false));
        assert!(!agrees_on_weight(LINKS, "dept", true));
        assert!(agrees_on_weight(LINKS, "missing", true));
    }

    // Evaluated at compile time, as generated code does.
    const _: () = assert!(declares_inverse(LINKS, "dept", "employees"));
}
