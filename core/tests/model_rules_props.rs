//! Whatever the applicant types, validation answers (never panics) and reports issues only on
//! fields of the section being checked.

use chrono::NaiveDate;
use cittadinanza_core::model::*;
use cittadinanza_core::rules::{check_application, completed_sections};
use cittadinanza_core::samples::complete_art9;
use proptest::prelude::*;

fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,24}",
        "[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{1,4}",
        "[0-9 .,€]{0,14}",
        "[A-Z0-9]{16}",
        Just(String::new()),
    ]
}

fn basis() -> impl Strategy<Value = Option<LegalBasis>> {
    prop_oneof![
        Just(None),
        proptest::sample::select(LegalBasis::ALL.to_vec()).prop_map(Some)
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn check_application_never_panics(
        texts in proptest::collection::vec(typed(), 32),
        basis in basis(),
        days in 0i64..40_000,
        refugee: bool,
    ) {
        let today = NaiveDate::from_ymd_opt(1950, 1, 1).expect("date") + chrono::Duration::days(days);
        let mut app = complete_art9(NaiveDate::from_ymd_opt(2026, 11, 23).expect("date"));
        let mut t = texts.into_iter();
        let mut next = || t.next().unwrap_or_default();
        app.legal_basis.basis = basis;
        if refugee {
            app.legal_basis.refugee_or_stateless = Some(RefugeeStatus::Stateless);
        }
        app.legal_basis.adoption_date = next();
        app.legal_basis.state_service_from = next();
        app.personal.surname = next();
        app.personal.name = next();
        app.personal.birth_date = next();
        app.personal.birth_place.town = next();
        app.personal.birth_place.country = next();
        app.personal.birth_place.province = next();
        app.personal.codice_fiscale = next();
        app.personal.email = next();
        app.personal.phone = next();
        app.personal.residence.postcode = next();
        app.personal.citizenships = vec![next()];
        app.birth_certificate.issue_date = next();
        app.entry_stay.first_entry_date = next();
        app.entry_stay.permit_expiry_date = next();
        app.entry_stay.foreign_document.expiry_date = next();
        app.residences.periods[0].from = next();
        app.residences.periods[0].to = next();
        app.residences.periods[1].from = next();
        app.family.spouse.codice_fiscale = next();
        app.family.spouse.marriage_date = next();
        app.family.spouse.marriage_place = next();
        app.family.household[1].codice_fiscale = next();
        app.income.years[0].year = next();
        app.income.years[0].amount = next();
        app.judicial.certificates[0].issue_date = next();
        app.judicial.certificates[0].country = next();
        app.language.level = next();
        app.payments.contribution.iuv = next();
        app.payments.contribution.amount = next();
        app.documents.attached[4].issue_date = next();

        let statuses = check_application(&app, today);
        prop_assert_eq!(statuses.len(), 12);
        for (status, section) in statuses.iter().zip(SectionId::ALL) {
            prop_assert_eq!(status.section, section);
            for issue in &status.issues {
                prop_assert!(issue.field.starts_with(section.key()), "{}", issue.field);
                prop_assert!(!issue.problem.message_id().is_empty());
            }
        }
        prop_assert!(completed_sections(&app, today) <= 12);
    }
}
