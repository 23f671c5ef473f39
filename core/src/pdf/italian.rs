//! The library's own Italian text for the summary PDF (`core/i18n/it/summary.ftl`, the same
//! messages as the app's Italian file, and the form's words `core/i18n/it/fields.ftl`, which the
//! app loads too), and the Fluent plumbing that turns a message id and its arguments into text.

use std::sync::OnceLock;

use fluent_bundle::FluentValue;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

const ITALIAN_FTL: &str = include_str!("../../i18n/it/summary.ftl");

/// Italian, from the Fluent file compiled into the library. An id missing from the file
/// comes back unchanged (visible, never a crash).
pub fn italian(id: &str, args: &[(&'static str, String)]) -> String {
    static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let bundle = BUNDLE.get_or_init(|| {
        let mut bundle = bundle(ITALIAN_FTL);
        add(
            &mut bundle,
            crate::i18n::fields_ftl("it").unwrap_or_default(),
        );
        bundle
    });
    translate(bundle, id, args)
}

/// A translator over the Italian Fluent text `ftl`, formatting exactly as [`italian`] does:
/// for checking another copy of the messages against the library's.
pub fn italian_from(ftl: &str) -> impl Fn(&str, &[(&'static str, String)]) -> String + use<> {
    let bundle = bundle(ftl);
    move |id: &str, args: &[(&'static str, String)]| translate(&bundle, id, args)
}

fn bundle(ftl: &str) -> FluentBundle<FluentResource> {
    let lang = "it".parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    bundle.set_use_isolating(false);
    add(&mut bundle, ftl);
    bundle
}

fn add(bundle: &mut FluentBundle<FluentResource>, ftl: &str) {
    // A syntax error in someone's block must not take the summary down: keep what parsed.
    let resource = FluentResource::try_new(ftl.to_string()).unwrap_or_else(|(r, _)| r);
    bundle.add_resource_overriding(resource);
}

fn translate(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: &[(&'static str, String)],
) -> String {
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let fluent_value = match value.parse::<f64>() {
            Ok(number) if !(value.len() > 1 && value.starts_with('0')) => FluentValue::from(number),
            _ => FluentValue::from(value.clone()),
        };
        fluent_args.set(*name, fluent_value);
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocumentKind, LegalBasis, SectionId};

    fn resolves(id: &str) -> bool {
        italian(id, &[]) != id
    }

    /// Every message the summary can ask for is in the library's own Italian file.
    #[test]
    fn every_id_of_the_summary_is_in_the_library() {
        let mut ids: Vec<String> = Vec::new();
        let source = [include_str!("summary.rs"), include_str!("../review.rs")].concat();
        ids.extend(
            source
                .split('"')
                .skip(1)
                .step_by(2)
                .filter(|literal| {
                    (literal.starts_with("pdf-") || literal.starts_with("review-"))
                        && !literal.ends_with('-')
                })
                .map(str::to_owned),
        );
        ids.extend(SectionId::ALL.map(|s| format!("section-{}", s.key().replace('_', "-"))));
        ids.extend(LegalBasis::ALL.map(|b| format!("basis-{}", b.key())));
        ids.extend(DocumentKind::ALL.map(|k| format!("doc-{}", k.key())));
        ids.extend(crate::form::dynamic_ids());
        ids.extend(
            crate::rules::checklist::message_ids()
                .iter()
                .map(|id| id.to_string()),
        );
        ids.extend(
            crate::rules::problem_message_ids()
                .iter()
                .map(|id| id.to_string()),
        );
        assert!(ids.len() > 150, "{} ids", ids.len());
        let missing: Vec<&String> = ids.iter().filter(|id| !resolves(id)).collect();
        assert!(
            missing.is_empty(),
            "not in core/i18n/it/summary.ftl nor fields.ftl: {missing:?}"
        );
    }

    #[test]
    fn the_file_parses_whole() {
        assert!(FluentResource::try_new(ITALIAN_FTL.to_string()).is_ok());
        let other = italian_from("pdf-summary-title = Altro titolo\n");
        assert_eq!(other("pdf-summary-title", &[]), "Altro titolo");
        assert_eq!(other("section-personal", &[]), "section-personal");
        assert!(
            italian("pdf-summary-printed-on", &[("date", "10/03/2025".into())])
                .starts_with("Stampato il 10/03/2025 ")
        );
    }
}
