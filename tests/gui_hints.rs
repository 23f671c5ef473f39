//! Informational hints in the editor (`rules::hints`): shown under their field while they
//! apply, gone once they do not, never an error.

mod gui_support;

use cittadinanza::i18n::{Language, t};
use cittadinanza::screen::editor::form::{self, Choice};
use cittadinanza_core::model::{LanguageExemption, PermitType};
use gui_support::Harness;
use iced_test::selector::id;
use serde_json::Value;

const HINT: &str = "hint:language.exemption";

fn open_section(h: &mut Harness, key: &str) {
    h.click(id(format!("section-{key}")))
        .unwrap_or_else(|e| panic!("section {key}: {e}"));
}

/// Picks `value` in the pick list `path` offering `options`, as a user would.
fn choose(h: &mut Harness, path: &str, options: Vec<Choice>, value: Value) {
    let index = options
        .iter()
        .position(|option| option.value == value)
        .unwrap_or_else(|| panic!("{path}: {value} not offered"));
    h.choose(path, index, options.len())
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    let chosen = h
        .app
        .editor
        .as_ref()
        .expect("editor")
        .draft
        .value(path)
        .cloned()
        .unwrap_or(Value::Null);
    assert_eq!(chosen, value, "{path}");
}

fn shows_hint(h: &Harness) -> bool {
    h.ui().find(id(HINT)).is_ok()
}

#[test]
fn eu_long_term_permit_hint_appears_and_disappears() {
    let mut h = Harness::new(Language::En, true);
    h.click(id("new-applicant")).expect("new applicant button");
    let permit = |p: PermitType| serde_json::to_value(p).expect("permit");
    let exemption = |e: LanguageExemption| serde_json::to_value(e).expect("exemption");
    let hint_text = t("hint-eu-long-term-language-exemption");
    assert!(hint_text.contains("B1"), "{hint_text}");

    // No permit yet: section 9 has no hint.
    open_section(&mut h, "language");
    assert!(!shows_hint(&h));

    open_section(&mut h, "entry_stay");
    choose(
        &mut h,
        "entry_stay.permit_type",
        form::permit_types(),
        permit(PermitType::EuLongTerm),
    );
    // The hint belongs to section 9 only.
    assert!(!shows_hint(&h));

    open_section(&mut h, "language");
    assert!(shows_hint(&h));
    assert!(h.shows(&hint_text));
    // A hint, not an error: the section is still asking for the certificate's fields only.
    let editor = h.app.editor.as_ref().expect("editor");
    assert!(editor.issue("language.exemption").is_none());

    // Declaring the exemption: the hint goes, and section 9 is complete.
    choose(
        &mut h,
        "language.exemption",
        form::exemptions(),
        exemption(LanguageExemption::EuLongTermPermit),
    );
    assert!(!shows_hint(&h));
    assert!(!h.shows(&hint_text));
    let editor = h.app.editor.as_ref().expect("editor");
    assert!(editor.is_complete(cittadinanza_core::model::SectionId::Language));

    // "No exemption" again: the hint is back.
    choose(
        &mut h,
        "language.exemption",
        form::exemptions(),
        Value::Null,
    );
    assert!(shows_hint(&h));

    // Another permit: no hint.
    open_section(&mut h, "entry_stay");
    choose(
        &mut h,
        "entry_stay.permit_type",
        form::permit_types(),
        permit(PermitType::Work),
    );
    open_section(&mut h, "language");
    assert!(!shows_hint(&h));
}
