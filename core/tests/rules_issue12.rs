//! Issue 12 in the sections' validation and hints: declared residence gaps (section 5), the
//! criminal record judged at the submission date (section 8), the stato di famiglia question
//! and each year's dependants (section 7), subsidiary protection (section 1 hint).

use chrono::NaiveDate;
use cittadinanza_core::model::{GapReason, LegalBasis, PermitType, RefugeeStatus, SectionId};
use cittadinanza_core::pdf::Declaration as _;
use cittadinanza_core::rules::hints::hints;
use cittadinanza_core::rules::{Problem, check_section};
use cittadinanza_core::samples;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

#[test]
fn a_declared_gap_completes_section_5() {
    let today = d(2026, 11, 23);
    let mut app = samples::complete_art9(today);
    assert!(check_section(&app, SectionId::Residences, today).is_complete());
    // Registration cancelled 01/03/2021 - 31/08/2021: the second period now starts later.
    let periods = &mut app.residences.periods;
    periods[0].to = "28/02/2021".into();
    periods[1].from = "01/09/2021".into();
    let status = check_section(&app, SectionId::Residences, today);
    assert!(
        status
            .issues
            .iter()
            .any(|i| matches!(i.problem, Problem::ResidenceGap { .. })),
        "{status:?}"
    );
    app.residences.periods[1].gap_before_reason = Some(GapReason::CancelledReregistered);
    let status = check_section(&app, SectionId::Residences, today);
    assert!(status.is_complete(), "{status:?}");
    let shown = hints(&app, SectionId::Residences);
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0].field, "residences.periods.1.gap_before_reason");
    assert_eq!(shown[0].message_id, "hint-residence-gap-proof");
}

#[test]
fn criminal_record_is_judged_at_the_submission_date() {
    let today = d(2026, 11, 23);
    let mut app = samples::complete_art9(today);
    // Issued 10/03/2026: valid until 10/09/2026, expired today.
    app.judicial.certificates[0].issue_date = "10/03/2026".into();
    let status = check_section(&app, SectionId::Judicial, today);
    assert!(
        matches!(
            status.issue_for("judicial.certificates.0.issue_date").map(|i| &i.problem),
            Some(Problem::Expired { on }) if on == "10/09/2026"
        ),
        "{status:?}"
    );
    // Sent on 02/09/2026, when it was valid: section 8 stays complete.
    app.procedure.submitted = Some(d(2026, 9, 2));
    assert!(check_section(&app, SectionId::Judicial, today).is_complete());
    // Sent on 11/09/2026, one day late: expired at the submission.
    app.procedure.submitted = Some(d(2026, 9, 11));
    assert!(!check_section(&app, SectionId::Judicial, today).is_complete());
}

#[test]
fn warns_before_sending_when_the_certificate_expires_before_the_planned_date() {
    let today = d(2026, 5, 4);
    let mut app = samples::complete_art9(today);
    app.judicial.certificates[0].issue_date = "10/03/2026".into();
    assert!(hints(&app, SectionId::Judicial).is_empty());
    app.procedure.planned_submission = Some(d(2026, 9, 15));
    let shown = hints(&app, SectionId::Judicial);
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0].field, "judicial.certificates.0.issue_date");
    assert_eq!(
        shown[0].message_id,
        "hint-criminal-record-expires-before-planned"
    );
    // Planned on the last valid day: fine. Once sent, the warning is gone.
    app.procedure.planned_submission = Some(d(2026, 9, 10));
    assert!(hints(&app, SectionId::Judicial).is_empty());
    app.procedure.planned_submission = Some(d(2026, 9, 15));
    app.procedure.submitted = Some(d(2026, 9, 1));
    assert!(hints(&app, SectionId::Judicial).is_empty());
    // The section itself stays complete: a hint is not an error.
    assert!(check_section(&app, SectionId::Judicial, today).is_complete());
}

#[test]
fn income_asks_about_the_stato_di_famiglia_and_checks_the_count() {
    let today = d(2026, 11, 23);
    let mut app = samples::complete_art9(today);
    assert!(check_section(&app, SectionId::Income, today).is_complete());
    let member = app
        .income
        .years
        .iter()
        .position(|y| !y.family_income.is_empty())
        .expect("a year with family income");
    app.income.years[member].family_income[0].same_household = None;
    let status = check_section(&app, SectionId::Income, today);
    let field = format!("income.years.{member}.family_income.0.same_household");
    assert_eq!(
        status.issue_for(&field).map(|i| &i.problem),
        Some(&Problem::Missing)
    );
    app.income.years[member].family_income[0].same_household = Some(false);
    assert!(check_section(&app, SectionId::Income, today).is_complete());
    assert_eq!(hints(&app, SectionId::Income)[0].field, field);

    app.income.years[0].other_dependants = "due".into();
    let status = check_section(&app, SectionId::Income, today);
    assert_eq!(
        status
            .issue_for("income.years.0.other_dependants")
            .map(|i| &i.problem),
        Some(&Problem::NotACount)
    );
}

#[test]
fn subsidiary_protection_with_letter_e_gets_a_hint() {
    let today = d(2026, 11, 23);
    let mut app = samples::complete_art9(today);
    app.legal_basis.basis = Some(LegalBasis::Art9E);
    app.legal_basis.refugee_or_stateless = Some(RefugeeStatus::Refugee);
    app.entry_stay.permit_type = Some(PermitType::Asylum);
    assert!(hints(&app, SectionId::LegalBasis).is_empty());
    app.entry_stay.permit_type = Some(PermitType::SubsidiaryProtection);
    let shown = hints(&app, SectionId::LegalBasis);
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0].message_id, "hint-subsidiary-protection-letter-f");
}

#[test]
fn marriage_event_dates_must_follow_the_marriage() {
    let today = d(2026, 11, 23);
    let mut app = samples::complete_art5_italy(today);
    assert!(check_section(&app, SectionId::Family, today).is_complete());
    app.family.spouse.separation_date = "01/01/1990".into();
    let status = check_section(&app, SectionId::Family, today);
    assert!(
        status.issue_for("family.spouse.separation_date").is_some(),
        "{status:?}"
    );
    app.family.spouse.separation_date = "01/02/2026".into();
    assert!(check_section(&app, SectionId::Family, today).is_complete());
    assert_eq!(
        hints(&app, SectionId::Family)[0].message_id,
        "hint-marriage-event"
    );
}

/// Issue 12.9: the prefecture must be one of the list; abroad the consular office is free text.
#[test]
fn the_prefecture_comes_from_the_list_and_abroad_the_consulate_is_free_text() {
    let today = d(2026, 11, 23);
    let mut app = samples::complete_art9(today);
    assert!(check_section(&app, SectionId::LegalBasis, today).is_complete());
    app.legal_basis.prefecture = "Narnia".into();
    let status = check_section(&app, SectionId::LegalBasis, today);
    assert_eq!(
        status
            .issue_for("legal_basis.prefecture")
            .map(|i| &i.problem),
        Some(&Problem::UnknownPrefecture)
    );
    app.legal_basis.prefecture = "forli-cesena".into();
    assert!(check_section(&app, SectionId::LegalBasis, today).is_complete());

    let mut abroad = samples::complete_art5_italy(today);
    abroad.legal_basis.basis = Some(LegalBasis::Art5Abroad);
    abroad.legal_basis.prefecture = "Consolato Generale d'Italia a Tirana".into();
    let status = check_section(&abroad, SectionId::LegalBasis, today);
    assert!(
        status.issue_for("legal_basis.prefecture").is_none(),
        "{status:?}"
    );
    abroad.legal_basis.prefecture.clear();
    let status = check_section(&abroad, SectionId::LegalBasis, today);
    assert_eq!(
        status
            .issue_for("legal_basis.prefecture")
            .map(|i| &i.problem),
        Some(&Problem::Missing)
    );
}

/// Issue 12.6: the K10 number typed in a PDF form is checked (format), and the timeline/PEC
/// check its kind against the legal basis (`K10Number::parse_for`, unit-tested in `k10.rs`).
#[test]
fn the_k10_field_of_the_pdfs_is_checked() {
    use cittadinanza_core::pdf::{FieldKind, SpidDeclaration};
    let today = d(2026, 11, 23);
    let app = samples::complete_art9(today);
    let (mut declaration, _) = SpidDeclaration::from_application(&app);
    declaration.set("k10_number", "K10/12345").expect("set");
    let wrong = declaration
        .missing()
        .into_iter()
        .find(|m| m.field == "k10_number")
        .expect("flagged");
    assert!(wrong.invalid);
    assert_eq!(wrong.kind, FieldKind::K10);
    declaration.set("k10_number", "K10/0012345").expect("set");
    assert!(
        declaration
            .missing()
            .iter()
            .all(|m| m.field != "k10_number")
    );
}
