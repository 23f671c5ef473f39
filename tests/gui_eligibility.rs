//! The eligibility screen: stand-alone before any draft, and filled from the open draft.

mod gui_support;

use cittadinanza::app::{Message, Screen};
use cittadinanza::i18n::{Language, t, t_args};
use cittadinanza::screen::{applicants, editor, eligibility};
use cittadinanza_core::model::LegalBasis;
use cittadinanza_core::rules::eligibility::Verdict;
use cittadinanza_core::samples;
use gui_support::{Harness, today};
use iced_test::selector::id;

#[test]
fn a_short_residence_is_not_yet_with_the_earliest_date() {
    let mut h = Harness::new(Language::En, false);
    assert!(
        h.app.editor.is_none(),
        "no draft: the screen works stand-alone"
    );
    h.click(id("nav-eligibility")).expect("navigation entry");
    assert_eq!(h.app.screen, Screen::Eligibility);
    h.send(Message::Eligibility(eligibility::Message::BasisChosen(
        LegalBasis::Art9F,
    )));
    h.click(id("eligibility-add-period")).expect("add period");
    h.type_into("eligibility.periods.0.from", "01/09/2021")
        .expect("type the start of residence");

    let assessment = h.app.eligibility.assessment(today());
    let Verdict::NotYet { earliest } = assessment.verdict else {
        panic!("not yet: {assessment:?}");
    };
    assert_eq!(earliest.format("%d/%m/%Y").to_string(), "01/09/2031");
    let shown = t_args("verdict-not-yet", &[("date", "01/09/2031")]);
    assert!(h.shows(&format!("◷  {shown}")), "{shown}");
    // Only what the basis needs is asked: no marriage questions for art. 9 f).
    assert!(h.ui().find(id("eligibility.marriage_date")).is_err());
    assert!(h.ui().find(id("eligibility.other_dependants")).is_ok());
}

#[test]
fn the_complete_sample_is_eligible() {
    let mut h = Harness::new(Language::En, false);
    let applicant = h
        .store
        .lock()
        .expect("store")
        .create(&samples::complete_art9(today()))
        .expect("create");
    h.send(Message::Applicants(applicants::Message::Open(applicant)));
    h.send(Message::Navigate(Screen::Eligibility));
    assert_eq!(h.app.eligibility.filled_from, Some(applicant));
    assert_eq!(
        h.app.eligibility.assessment(today()).verdict,
        Verdict::Eligible
    );
    assert!(h.shows(&format!("✓  {}", t("verdict-eligible"))));

    // A change made in the editor shows when coming back (nothing was typed here).
    let from = h
        .app
        .editor
        .as_ref()
        .expect("editor")
        .application()
        .residences
        .periods[0]
        .from
        .clone();
    let edit = |value: &str| {
        Message::Editor(
            applicant,
            editor::Message::TextChanged("residences.periods.0.from".into(), value.into()),
        )
    };
    h.send(Message::Navigate(Screen::Editor));
    h.send(edit("01/01/2025"));
    h.send(Message::Navigate(Screen::Eligibility));
    assert!(matches!(
        h.app.eligibility.assessment(today()).verdict,
        Verdict::NotYet { .. } | Verdict::NotEligible
    ));
    h.send(Message::Navigate(Screen::Editor));
    h.send(edit(&from));
    h.send(Message::Navigate(Screen::Eligibility));
    assert_eq!(
        h.app.eligibility.assessment(today()).verdict,
        Verdict::Eligible
    );

    // Typing here does not touch the draft, and the draft's values come back on request.
    h.type_into("eligibility.periods.0.from", "x")
        .expect("type");
    assert_ne!(
        h.app.eligibility.assessment(today()).verdict,
        Verdict::Eligible
    );
    h.click(id("eligibility-from-draft")).expect("reload");
    assert_eq!(
        h.app.eligibility.assessment(today()).verdict,
        Verdict::Eligible
    );
}
