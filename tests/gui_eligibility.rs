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

/// Issue 12.8: with no residence entered the verdict asks for more information and lists it,
/// instead of "requirements not met".
#[test]
fn missing_data_asks_for_more_information() {
    let mut h = Harness::new(Language::En, false);
    h.click(id("nav-eligibility")).expect("navigation entry");
    h.send(Message::Eligibility(eligibility::Message::BasisChosen(
        LegalBasis::Art9F,
    )));
    let assessment = h.app.eligibility.assessment(today());
    assert_eq!(assessment.verdict, Verdict::MoreInformation);
    assert!(h.shows(&format!("…  {}", t("verdict-more-information"))));
    assert!(!h.shows(&format!("✗  {}", t("verdict-not-eligible"))));
    assert!(h.ui().find(id("eligibility-missing")).is_ok());
    assert!(h.shows(&t("eligibility-missing-title")));
    assert!(h.shows(&format!("• {}", t("elig-residence-missing"))));
}

/// Issue 12.2: filled from a draft with a declared gap, the screen keeps the declared reason
/// and the proof-of-presence advice.
#[test]
fn a_declared_gap_from_the_draft_is_explained() {
    use cittadinanza_core::model::GapReason;
    let mut h = Harness::new(Language::En, false);
    let mut application = samples::complete_art9(today());
    let periods = &mut application.residences.periods;
    let second_from = periods[1].from.clone();
    let second = cittadinanza_core::rules::fields::parse_date(&second_from).expect("date");
    periods[0].to = (second - chrono::Duration::days(90))
        .format("%d/%m/%Y")
        .to_string();
    periods[1].gap_before_reason = Some(GapReason::CancelledReregistered);
    let applicant = h
        .store
        .lock()
        .expect("store")
        .create(&application)
        .expect("create");
    h.send(Message::Applicants(applicants::Message::Open(applicant)));
    h.send(Message::Navigate(Screen::Eligibility));
    let assessment = h.app.eligibility.assessment(today());
    assert!(
        assessment
            .reasons
            .iter()
            .any(|r| r.message_id() == "elig-presence-proof"),
        "{assessment:?}"
    );
    let reason = assessment
        .reasons
        .iter()
        .find(|r| r.message_id() == "elig-residence-gap-cancelled")
        .expect("declared gap");
    assert!(h.shows(&format!(
        "• {}",
        t_args(reason.message_id(), &reason.args())
    )));
}
