//! Informational hints: what the applicant may want to know about an answer, never an error
//! (a section with hints can still be complete). Like a [`super::FieldIssue`], each names the
//! field it is about (the GUI shows it there) and a Fluent message id.

use crate::model::{Application, GapReason, LegalBasis, PermitType, SectionId};
use crate::rules::fields::parse_user_date;
use crate::rules::requirements::criminal_record_valid_until;

use super::requirements;

/// One hint about one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    /// Field path, as in [`super::FieldIssue::field`] (e.g. `language.exemption`).
    pub field: String,
    /// Fluent message id (`hint-*`), no arguments.
    pub message_id: &'static str,
}

/// Every message id a [`Hint`] can carry, for the i18n coverage test.
pub fn hint_message_ids() -> &'static [&'static str] {
    &[
        "hint-eu-long-term-language-exemption",
        "hint-subsidiary-protection-letter-f",
        "hint-residence-gap-proof",
        "hint-family-income-not-household",
        "hint-marriage-event",
        "hint-criminal-record-expires-before-planned",
    ]
}

/// The hints about the fields of `section`.
pub fn hints(application: &Application, section: SectionId) -> Vec<Hint> {
    let mut hints = Vec::new();
    if section == SectionId::Language && may_declare_eu_long_term_exemption(application) {
        hints.push(Hint {
            field: "language.exemption".to_string(),
            message_id: "hint-eu-long-term-language-exemption",
        });
    }
    let mut hint = |field: String, message_id: &'static str| {
        hints.push(Hint { field, message_id });
    };
    match section {
        // Art. 9 e) is for refugees and stateless persons; subsidiary protection is f).
        SectionId::LegalBasis
            if requirements::subsidiary_protection_only(application)
                && application.legal_basis.basis == Some(LegalBasis::Art9E) =>
        {
            hint(
                "legal_basis.basis".into(),
                "hint-subsidiary-protection-letter-f",
            )
        }
        SectionId::Residences => {
            for (i, period) in application.residences.periods.iter().enumerate() {
                if matches!(
                    period.gap_before_reason,
                    Some(GapReason::CancelledReregistered | GapReason::Other)
                ) {
                    hint(
                        format!("residences.periods.{i}.gap_before_reason"),
                        "hint-residence-gap-proof",
                    );
                }
            }
        }
        SectionId::Family
            if application
                .legal_basis
                .basis
                .is_some_and(|b| b.is_marriage()) =>
        {
            let spouse = &application.family.spouse;
            for (field, text) in [
                ("separation_date", &spouse.separation_date),
                ("divorce_date", &spouse.divorce_date),
                ("annulment_date", &spouse.annulment_date),
                ("death_date", &spouse.death_date),
            ] {
                if !text.trim().is_empty() {
                    hint(format!("family.spouse.{field}"), "hint-marriage-event");
                }
            }
        }
        SectionId::Income => {
            for (i, year) in application.income.years.iter().enumerate() {
                for (j, member) in year.family_income.iter().enumerate() {
                    if member.same_household == Some(false) {
                        hint(
                            format!("income.years.{i}.family_income.{j}.same_household"),
                            "hint-family-income-not-household",
                        );
                    }
                }
            }
        }
        // Before sending: a certificate that will have expired on the planned sending day.
        SectionId::Judicial if application.procedure.submitted.is_none() => {
            if let Some(planned) = application.procedure.planned_submission {
                for (i, certificate) in application.judicial.certificates.iter().enumerate() {
                    let expires =
                        parse_user_date(&certificate.issue_date).map(criminal_record_valid_until);
                    if expires.is_some_and(|until| until < planned) {
                        hint(
                            format!("judicial.certificates.{i}.issue_date"),
                            "hint-criminal-record-expires-before-planned",
                        );
                    }
                }
            }
        }
        _ => {}
    }
    hints
}

/// The hints of all twelve sections, in section order.
pub fn all_hints(application: &Application) -> Vec<Hint> {
    SectionId::ALL
        .into_iter()
        .flat_map(|section| hints(application, section))
        .collect()
}

/// An EU long-term permit holder who declares no language exemption is asked for the B1
/// certificate (rightly), but could declare the exemption instead. Not for EU citizens, who
/// cannot use it (`requirements::language_proof`).
fn may_declare_eu_long_term_exemption(application: &Application) -> bool {
    application.entry_stay.permit_type == Some(PermitType::EuLongTerm)
        && application.language.exemption.is_none()
        && !requirements::is_eu_citizen(application)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LanguageExemption, LegalBasis};

    fn long_term_holder() -> Application {
        let mut app = Application::new();
        app.legal_basis.basis = Some(LegalBasis::Art9F);
        app.personal.citizenships = vec!["Albania".into()];
        app.entry_stay.permit_type = Some(PermitType::EuLongTerm);
        app
    }

    #[test]
    fn eu_long_term_permit_without_exemption_gets_the_hint() {
        let app = long_term_holder();
        assert_eq!(
            hints(&app, SectionId::Language),
            vec![Hint {
                field: "language.exemption".into(),
                message_id: "hint-eu-long-term-language-exemption",
            }]
        );
        assert!(hints(&app, SectionId::EntryStay).is_empty());
        assert_eq!(all_hints(&app).len(), 1);
    }

    #[test]
    fn no_hint_once_declared_or_without_the_permit_or_for_eu_citizens() {
        let mut app = long_term_holder();
        app.language.exemption = Some(LanguageExemption::EuLongTermPermit);
        assert!(hints(&app, SectionId::Language).is_empty());
        app.language.exemption = Some(LanguageExemption::ItalianQualification);
        assert!(hints(&app, SectionId::Language).is_empty());

        let mut app = long_term_holder();
        app.entry_stay.permit_type = Some(PermitType::Work);
        assert!(hints(&app, SectionId::Language).is_empty());

        let mut app = long_term_holder();
        app.personal.citizenships = vec!["Romania".into()];
        assert!(hints(&app, SectionId::Language).is_empty());
    }

    /// A hint is never an error: the section completes with a certificate all the same.
    #[test]
    fn the_hint_does_not_block_the_section() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
        let mut app = crate::samples::complete_art9(today);
        app.entry_stay.permit_type = Some(PermitType::EuLongTerm);
        app.entry_stay.permit_expiry_date.clear();
        app.language.exemption = None;
        assert!(super::super::check_section(&app, SectionId::Language, today).is_complete());
        assert_eq!(hints(&app, SectionId::Language).len(), 1);
    }

    #[test]
    fn ids_are_listed() {
        let app = long_term_holder();
        for hint in all_hints(&app) {
            assert!(hint_message_ids().contains(&hint.message_id));
        }
    }
}
