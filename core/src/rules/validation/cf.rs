//! The codice fiscale fields: validated, never rewritten.

use super::Checker;
use crate::rules::Problem;

/// Checks the code typed in `field`; blank is an issue only when `required`.
pub(crate) fn check(c: &mut Checker, field: &str, code: &str, required: bool) {
    let normalised: String = code
        .chars()
        .filter(|ch| !ch.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    if normalised.is_empty() {
        if required {
            c.issue(field, Problem::Missing);
        }
        return;
    }
    if !normalised.chars().all(|ch| ch.is_ascii_alphanumeric()) {
        c.issue(
            field,
            Problem::InvalidCodiceFiscale {
                reason: "cf-reason-characters",
            },
        );
    } else if normalised.len() != 16 {
        c.issue(
            field,
            Problem::InvalidCodiceFiscale {
                reason: "cf-reason-length",
            },
        );
    }
}
