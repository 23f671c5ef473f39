//! Each section's complete / incomplete rules, starting from the complete samples and
//! breaking one thing at a time.

use chrono::NaiveDate;

use super::*;
use crate::model::*;
use crate::samples::{complete_art5_italy, complete_art9};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

fn art9() -> Application {
    complete_art9(today())
}

fn art5() -> Application {
    complete_art5_italy(today())
}

fn status(app: &Application, section: SectionId) -> SectionStatus {
    check_section(app, section, today())
}

/// The problem reported on `field` (full path), panicking with the issues when there is none.
fn problem_on(app: &Application, section: SectionId, field: &str) -> Problem {
    let status = status(app, section);
    match status.issue_for(field) {
        Some(issue) => issue.problem.clone(),
        None => panic!("no issue on {field}: {:?}", status.issues),
    }
}

fn assert_complete(app: &Application, section: SectionId) {
    let status = status(app, section);
    assert!(status.is_complete(), "{section:?}: {:?}", status.issues);
}

#[test]
fn an_empty_application_only_has_the_optional_family_section_complete() {
    let app = Application::new();
    let statuses = check_application(&app, today());
    assert_eq!(statuses.len(), 12);
    for (status, section) in statuses.iter().zip(SectionId::ALL) {
        assert_eq!(status.section, section);
        assert!(
            status
                .issues
                .iter()
                .all(|i| i.field.starts_with(section.key())),
            "{section:?}"
        );
    }
    // Family: nobody to declare is a valid answer (single, living alone).
    let complete: Vec<SectionId> = statuses
        .iter()
        .filter(|s| s.is_complete())
        .map(|s| s.section)
        .collect();
    assert_eq!(complete, vec![SectionId::Family], "{statuses:?}");
    assert_eq!(completed_sections(&app, today()), 1);
    let consent = &statuses[11];
    assert_eq!(consent.issues.len(), 3);
    assert_eq!(
        consent.issue_for("consent.privacy").map(|i| &i.problem),
        Some(&Problem::MustAccept)
    );
}

#[test]
fn samples_complete_all_twelve() {
    assert_eq!(completed_sections(&art9(), today()), 12);
    assert_eq!(completed_sections(&art5(), today()), 12);
}

#[test]
fn legal_basis_details_per_letter() {
    let mut app = art9();
    app.legal_basis.basis = None;
    assert_eq!(
        problem_on(&app, SectionId::LegalBasis, "legal_basis.basis"),
        Problem::Missing
    );

    app.legal_basis.basis = Some(LegalBasis::Art9A);
    assert_eq!(
        problem_on(
            &app,
            SectionId::LegalBasis,
            "legal_basis.art9a_born_in_italy"
        ),
        Problem::Missing
    );
    app.legal_basis.art9a_born_in_italy = Some(true);
    // Born in Casablanca: contradiction.
    assert_eq!(
        problem_on(
            &app,
            SectionId::LegalBasis,
            "legal_basis.art9a_born_in_italy"
        ),
        Problem::BirthPlaceContradictsBasis
    );
    app.legal_basis.art9a_born_in_italy = Some(false);
    assert_complete(&app, SectionId::LegalBasis);

    app.legal_basis.basis = Some(LegalBasis::Art9B);
    assert_eq!(
        problem_on(&app, SectionId::LegalBasis, "legal_basis.adoption_date"),
        Problem::Missing
    );
    app.legal_basis.adoption_date = "01/01/1980".into();
    assert_eq!(
        problem_on(&app, SectionId::LegalBasis, "legal_basis.adoption_date"),
        Problem::DateBeforeBirth
    );
    app.legal_basis.adoption_date = "01/01/2010".into();
    assert_complete(&app, SectionId::LegalBasis);

    app.legal_basis.basis = Some(LegalBasis::Art9C);
    app.legal_basis.state_service_employer = "Ministero degli Affari Esteri".into();
    app.legal_basis.state_service_from = "01/09/2015".into();
    app.legal_basis.state_service_to = "31/08/2012".into();
    assert!(matches!(
        problem_on(&app, SectionId::LegalBasis, "legal_basis.state_service_to"),
        Problem::EndBeforeStart { .. }
    ));
    app.legal_basis.state_service_to = String::new();
    assert_complete(&app, SectionId::LegalBasis);

    app.legal_basis.basis = Some(LegalBasis::Art9E);
    assert_eq!(
        problem_on(
            &app,
            SectionId::LegalBasis,
            "legal_basis.refugee_or_stateless"
        ),
        Problem::Missing
    );
    app.legal_basis.refugee_or_stateless = Some(RefugeeStatus::Refugee);
    app.legal_basis.status_recognised_on = "12/12/2099".into();
    assert_eq!(
        problem_on(
            &app,
            SectionId::LegalBasis,
            "legal_basis.status_recognised_on"
        ),
        Problem::DateInFuture
    );
    app.legal_basis.prefecture = " ".into();
    assert_eq!(
        problem_on(&app, SectionId::LegalBasis, "legal_basis.prefecture"),
        Problem::Missing
    );
}

#[test]
fn personal_data_fields() {
    let mut app = art9();
    app.personal.email = "fatima.example.it".into();
    app.personal.phone = "333-abc".into();
    app.personal.residence.province = "ZZ".into();
    app.personal.residence.postcode = "101".into();
    app.personal.name = "Fatima2".into();
    app.personal.citizenships.clear();
    assert_eq!(
        problem_on(&app, SectionId::Personal, "personal.email"),
        Problem::InvalidEmail
    );
    assert_eq!(
        problem_on(&app, SectionId::Personal, "personal.phone"),
        Problem::InvalidPhone
    );
    assert_eq!(
        problem_on(&app, SectionId::Personal, "personal.residence.province"),
        Problem::InvalidProvince
    );
    assert_eq!(
        problem_on(&app, SectionId::Personal, "personal.residence.postcode"),
        Problem::InvalidPostcode
    );
    assert_eq!(
        problem_on(&app, SectionId::Personal, "personal.name"),
        Problem::InvalidName
    );
    assert_eq!(
        problem_on(&app, SectionId::Personal, "personal.citizenships"),
        Problem::Missing
    );

    // Stateless: no citizenship needed.
    let mut app = art9();
    app.legal_basis.basis = Some(LegalBasis::Art9E);
    app.legal_basis.refugee_or_stateless = Some(RefugeeStatus::Stateless);
    app.personal.citizenships.clear();
    assert_complete(&app, SectionId::Personal);

    let mut app = art9();
    app.personal.birth_date = "14/03/2099".into();
    assert_eq!(
        problem_on(&app, SectionId::Personal, "personal.birth_date"),
        Problem::DateInFuture
    );
    app.personal.birth_date = "31/02/1988".into();
    assert_eq!(
        problem_on(&app, SectionId::Personal, "personal.birth_date"),
        Problem::ImpossibleDate
    );

    let mut app = art9();
    app.personal.birth_place.country = "Atlantide".into();
    assert!(matches!(
        problem_on(&app, SectionId::Personal, "personal.birth_place.country"),
        Problem::CodiceFiscale(_)
    ));

    let mut app = art5();
    app.personal.marital_status = Some(MaritalStatus::Divorced);
    assert_eq!(
        problem_on(&app, SectionId::Personal, "personal.marital_status"),
        Problem::NotMarried
    );
}

#[test]
fn codice_fiscale_is_validated_and_matched_never_rewritten() {
    let mut app = art9();
    app.personal.codice_fiscale = "LMRFMZ88C54Z330X".into(); // wrong check letter
    assert!(matches!(
        problem_on(&app, SectionId::Personal, "personal.codice_fiscale"),
        Problem::CodiceFiscale(crate::codice_fiscale::CfError::CheckLetter { .. })
    ));
    assert_eq!(app.personal.codice_fiscale, "LMRFMZ88C54Z330X");

    let mut app = art9();
    app.personal.birth_date = "15/03/1988".into();
    let problem = problem_on(&app, SectionId::Personal, "personal.codice_fiscale");
    assert_eq!(problem.message_id(), "err-cf-mismatch-birth-date");

    let mut app = art9();
    app.personal.sex = Some(Sex::Male);
    assert_eq!(
        problem_on(&app, SectionId::Personal, "personal.codice_fiscale").message_id(),
        "err-cf-mismatch-sex"
    );

    // Lower case with spaces is the same code; an omocode is valid.
    let mut app = art9();
    app.personal.codice_fiscale = "lmrfmz 88c54 z330y".into();
    assert_complete(&app, SectionId::Personal);

    // A code issued under the surname at birth.
    let mut app = art5();
    app.personal.birth_surname = "Hoxha".into();
    app.personal.surname = "Ferrari".into();
    assert_complete(&app, SectionId::Personal);

    let mut app = art5();
    app.family.household[0].codice_fiscale = "FRRLCU89D23A944X".into();
    assert!(matches!(
        problem_on(&app, SectionId::Family, "family.household.0.codice_fiscale"),
        Problem::CodiceFiscale(_)
    ));
}

#[test]
fn birth_certificate_depends_on_birth_place_and_status() {
    let mut app = art9();
    app.birth_certificate = BirthCertificate::default();
    assert_eq!(
        problem_on(
            &app,
            SectionId::BirthCertificate,
            "birth_certificate.issuing_authority"
        ),
        Problem::Missing
    );
    assert_eq!(
        problem_on(
            &app,
            SectionId::BirthCertificate,
            "birth_certificate.legalisation"
        ),
        Problem::Missing
    );

    // Born in Italy: nothing needed.
    app.personal.birth_place = Place {
        town: "Torino".into(),
        province: "TO".into(),
        country: "Italia".into(),
    };
    assert_complete(&app, SectionId::BirthCertificate);

    // Refugee: the atto notorio replaces it; not allowed for others.
    let mut app = art9();
    app.birth_certificate = BirthCertificate {
        replaced_by_atto_notorio: true,
        ..Default::default()
    };
    assert_eq!(
        problem_on(
            &app,
            SectionId::BirthCertificate,
            "birth_certificate.replaced_by_atto_notorio"
        ),
        Problem::AttoNotorioNotAllowed
    );
    app.legal_basis.basis = Some(LegalBasis::Art9E);
    app.legal_basis.refugee_or_stateless = Some(RefugeeStatus::Refugee);
    assert_complete(&app, SectionId::BirthCertificate);
    app.birth_certificate.replaced_by_atto_notorio = false;
    assert_eq!(
        problem_on(
            &app,
            SectionId::BirthCertificate,
            "birth_certificate.replaced_by_atto_notorio"
        ),
        Problem::Missing
    );

    let mut app = art9();
    app.birth_certificate.translated = Some(false);
    app.birth_certificate.legalisation_date = "01/01/2000".into();
    assert_eq!(
        problem_on(
            &app,
            SectionId::BirthCertificate,
            "birth_certificate.translated"
        ),
        Problem::TranslationRequired
    );
    assert!(matches!(
        problem_on(
            &app,
            SectionId::BirthCertificate,
            "birth_certificate.legalisation_date"
        ),
        Problem::DateBefore {
            event: "event-issue",
            ..
        }
    ));
    app.birth_certificate.legalisation = Some(Legalisation::Exempt);
    app.birth_certificate.translated = Some(true);
    assert_complete(&app, SectionId::BirthCertificate);
}

#[test]
fn entry_and_stay_permits_and_documents() {
    let mut app = art5();
    app.entry_stay.permit_expiry_date = "01/01/2026".into();
    assert_eq!(
        problem_on(&app, SectionId::EntryStay, "entry_stay.permit_expiry_date"),
        Problem::Expired {
            on: "01/01/2026".into()
        }
    );
    app.entry_stay.permit_expiry_date = String::new();
    assert_eq!(
        problem_on(&app, SectionId::EntryStay, "entry_stay.permit_expiry_date"),
        Problem::Missing
    );
    app.entry_stay.permit_issue_date = "01/01/2027".into();
    assert_eq!(
        problem_on(&app, SectionId::EntryStay, "entry_stay.permit_issue_date"),
        Problem::DateInFuture
    );

    let mut app = art5();
    app.entry_stay.first_entry_date = "01/01/1990".into();
    assert_eq!(
        problem_on(&app, SectionId::EntryStay, "entry_stay.first_entry_date"),
        Problem::DateBeforeBirth
    );
    app.entry_stay.first_entry_date = "01/01/2026".into();
    assert!(matches!(
        problem_on(&app, SectionId::EntryStay, "entry_stay.permit_issue_date"),
        Problem::DateBefore {
            event: "event-first-entry",
            ..
        }
    ));

    let mut app = art5();
    app.entry_stay.foreign_document.expiry_date = "22/11/2026".into();
    assert!(matches!(
        problem_on(
            &app,
            SectionId::EntryStay,
            "entry_stay.foreign_document.expiry_date"
        ),
        Problem::Expired { .. }
    ));
    app.entry_stay.foreign_document.expiry_date = "23/11/2026".into();
    assert_complete(&app, SectionId::EntryStay);
    // The optional Italian identity card, once started, must be complete.
    app.entry_stay.italian_id_card.number.clear();
    assert_eq!(
        problem_on(
            &app,
            SectionId::EntryStay,
            "entry_stay.italian_id_card.number"
        ),
        Problem::Missing
    );

    // EU citizens: no permit, but the first entry date.
    let mut app = art9();
    app.legal_basis.basis = Some(LegalBasis::Art9D);
    app.entry_stay.permit_type = None;
    app.entry_stay.permit_number.clear();
    app.entry_stay.permit_issuer.clear();
    app.entry_stay.permit_issue_date.clear();
    assert_complete(&app, SectionId::EntryStay);
    app.entry_stay.first_entry_date.clear();
    assert_eq!(
        problem_on(&app, SectionId::EntryStay, "entry_stay.first_entry_date"),
        Problem::Missing
    );
}

fn period(municipality: &str, from: &str, to: &str) -> ResidencePeriod {
    ResidencePeriod {
        municipality: municipality.into(),
        province: "TO".into(),
        from: from.into(),
        to: to.into(),
        ..Default::default()
    }
}

#[test]
fn residences_gaps_overlaps_and_current_period() {
    let mut app = art9();
    app.residences.periods.clear();
    assert_eq!(
        problem_on(&app, SectionId::Residences, "residences.periods"),
        Problem::Missing
    );

    app.residences.periods = vec![
        period("Torino", "01/06/2015", ""),
        period("Milano", "01/01/2012", "30/04/2015"),
    ];
    assert_eq!(
        problem_on(&app, SectionId::Residences, "residences.periods.0.from"),
        Problem::ResidenceGap {
            from: "01/05/2015".into(),
            to: "31/05/2015".into()
        }
    );
    app.residences.periods[1].to = "31/05/2015".into();
    assert_complete(&app, SectionId::Residences);
    let span = continuous_residence(&app.residences, today()).expect("span");
    assert_eq!(
        span.from,
        NaiveDate::from_ymd_opt(2012, 1, 1).expect("date")
    );
    assert_eq!(span.to, today());
    assert_eq!(span.full_years(), 14);
    assert_eq!(span.message_id(), "info-residence-span");

    app.residences.periods[1].to = "15/06/2015".into();
    assert_eq!(
        problem_on(&app, SectionId::Residences, "residences.periods.0.from"),
        Problem::ResidenceOverlap { other: 2 }
    );

    app.residences.periods[1].to = String::new();
    assert_eq!(
        problem_on(&app, SectionId::Residences, "residences.periods.1.to"),
        Problem::OpenPeriodNotLast
    );

    app.residences.periods = vec![period("Torino", "01/01/2012", "31/12/2025")];
    assert_eq!(
        problem_on(&app, SectionId::Residences, "residences.periods.0.to"),
        Problem::ResidencesNotUpToDate {
            on: "31/12/2025".into()
        }
    );
    app.residences.periods = vec![period("Torino", "01/01/2012", "01/01/2011")];
    assert!(matches!(
        problem_on(&app, SectionId::Residences, "residences.periods.0.to"),
        Problem::EndBeforeStart { .. }
    ));
    app.residences.periods = vec![period("", "1/1/2012", "")];
    app.residences.periods[0].province = "Torino".into();
    assert_eq!(
        problem_on(
            &app,
            SectionId::Residences,
            "residences.periods.0.municipality"
        ),
        Problem::Missing
    );
    assert_eq!(
        problem_on(&app, SectionId::Residences, "residences.periods.0.province"),
        Problem::InvalidProvince
    );
}

#[test]
fn registration_before_14_is_asked_only_when_possible() {
    let mut app = art9();
    app.residences.registered_in_italy_before_14 = None;
    // First residence at 24: the question does not arise.
    assert_complete(&app, SectionId::Residences);
    app.residences.registered_in_italy_before_14 = Some(true);
    assert_eq!(
        problem_on(
            &app,
            SectionId::Residences,
            "residences.registered_in_italy_before_14"
        ),
        Problem::RegisteredBefore14Contradicted
    );
    app.residences.periods = vec![period("Torino", "01/09/1998", "")];
    assert_complete(&app, SectionId::Residences);
    app.residences.registered_in_italy_before_14 = None;
    assert_eq!(
        problem_on(
            &app,
            SectionId::Residences,
            "residences.registered_in_italy_before_14"
        ),
        Problem::Missing
    );
}

#[test]
fn family_spouse_for_marriage_and_household_members() {
    let mut app = art5();
    app.family.spouse.italian_citizen = Some(false);
    assert_eq!(
        problem_on(&app, SectionId::Family, "family.spouse.italian_citizen"),
        Problem::SpouseNotItalian
    );

    let mut app = art5();
    app.family.spouse.transcription_date.clear();
    assert_eq!(
        problem_on(&app, SectionId::Family, "family.spouse.transcription_date"),
        Problem::Missing
    );
    app.family.spouse.transcription_municipality.clear();
    // Married in Tirana (Albania): the transcription is still required.
    assert_eq!(
        problem_on(
            &app,
            SectionId::Family,
            "family.spouse.transcription_municipality"
        ),
        Problem::Missing
    );
    app.family.spouse.marriage_place = "Bologna (BO)".into();
    assert_complete(&app, SectionId::Family);
    app.family.spouse.marriage_date = "01/01/1980".into();
    assert_eq!(
        problem_on(&app, SectionId::Family, "family.spouse.marriage_date"),
        Problem::DateBeforeBirth
    );

    let mut app = art5();
    app.family.spouse = Spouse::default();
    assert_eq!(
        problem_on(&app, SectionId::Family, "family.spouse.surname"),
        Problem::Missing
    );
    assert_eq!(
        problem_on(&app, SectionId::Family, "family.spouse.codice_fiscale"),
        Problem::Missing
    );
    assert_eq!(
        problem_on(&app, SectionId::Family, "family.spouse.italian_citizen"),
        Problem::Missing
    );

    let mut app = art9();
    app.family.household.push(HouseholdMember::default());
    for field in ["surname", "name", "birth_date", "relationship"] {
        assert_eq!(
            problem_on(
                &app,
                SectionId::Family,
                &format!("family.household.2.{field}")
            ),
            Problem::Missing
        );
    }
    // Single, art. 9, nobody in the household: complete.
    let mut app = art9();
    app.personal.marital_status = Some(MaritalStatus::Single);
    app.family = Family::default();
    assert_complete(&app, SectionId::Family);
}

#[test]
fn income_three_years_for_art9_only() {
    let mut app = art9();
    app.income.years.remove(1);
    assert_eq!(
        problem_on(&app, SectionId::Income, "income.years"),
        Problem::IncomeYearMissing { year: 2024 }
    );
    let mut app = art9();
    app.income.years[0].year = "2021".into();
    assert_eq!(
        problem_on(&app, SectionId::Income, "income.years.0.year"),
        Problem::IncomeYearNotRequired {
            years: "2023, 2024, 2025".into()
        }
    );
    let mut app = art9();
    app.income.years[1].year = "2023".into();
    assert_eq!(
        problem_on(&app, SectionId::Income, "income.years.1.year"),
        Problem::DuplicateYear
    );

    let mut app = art9();
    app.income.years[0].amount = "12,345".into();
    app.income.years[2].family_income[0].source = None;
    assert_eq!(
        problem_on(&app, SectionId::Income, "income.years.0.amount"),
        Problem::InvalidAmount
    );
    assert_eq!(
        problem_on(
            &app,
            SectionId::Income,
            "income.years.2.family_income.0.source"
        ),
        Problem::Missing
    );
    // "No income" needs no amount.
    let mut app = art9();
    app.income.years[0].source = Some(IncomeSource::None);
    app.income.years[0].amount.clear();
    assert_complete(&app, SectionId::Income);

    // Art. 5: not applicable.
    let mut app = art5();
    app.income.years = vec![IncomeYear::default()];
    assert_complete(&app, SectionId::Income);
}

#[test]
fn judicial_standing_certificates() {
    let mut app = art9();
    app.judicial.no_convictions = Some(false);
    assert_eq!(
        problem_on(&app, SectionId::Judicial, "judicial.convictions_details"),
        Problem::Missing
    );

    let mut app = art9();
    app.judicial.certificates[0].issue_date = "22/05/2026".into();
    assert_eq!(
        problem_on(
            &app,
            SectionId::Judicial,
            "judicial.certificates.0.issue_date"
        ),
        Problem::Expired {
            on: "22/11/2026".into()
        }
    );
    app.judicial.certificates[0].issue_date = "23/05/2026".into();
    assert_complete(&app, SectionId::Judicial);

    // A second citizenship needs its own certificate.
    app.personal.citizenships.push("Francia".into());
    assert_eq!(
        problem_on(&app, SectionId::Judicial, "judicial.certificates"),
        Problem::CriminalCertificateMissing {
            country: "Francia".into()
        }
    );
    // Registered in Italy before 14: exempt; refugees too.
    app.residences.registered_in_italy_before_14 = Some(true);
    assert_complete(&app, SectionId::Judicial);
    app.residences.registered_in_italy_before_14 = Some(false);
    app.legal_basis.basis = Some(LegalBasis::Art9E);
    app.legal_basis.refugee_or_stateless = Some(RefugeeStatus::Refugee);
    app.judicial.certificates.clear();
    assert_complete(&app, SectionId::Judicial);

    let mut app = art5();
    app.judicial.certificates[0].translated = None;
    app.judicial.certificates[0].country = "albania ".into();
    assert_eq!(
        problem_on(
            &app,
            SectionId::Judicial,
            "judicial.certificates.0.translated"
        ),
        Problem::Missing
    );
}

#[test]
fn language_certificate_or_coherent_exemption() {
    let mut app = art5();
    app.language.level = "A2".into();
    assert_eq!(
        problem_on(&app, SectionId::Language, "language.level"),
        Problem::LanguageLevelTooLow { level: "A2".into() }
    );
    app.language.level = "b2".into();
    assert_complete(&app, SectionId::Language);
    app.language.level = "B3".into();
    assert_eq!(
        problem_on(&app, SectionId::Language, "language.level"),
        Problem::InvalidLanguageLevel
    );

    // The long-term permit exemption needs that permit (art. 5 sample has a family permit).
    app.language.exemption = Some(LanguageExemption::EuLongTermPermit);
    assert_eq!(
        problem_on(&app, SectionId::Language, "language.exemption"),
        Problem::ExemptionNeedsLongTermPermit
    );
    let mut app = art9();
    app.language.exemption = Some(LanguageExemption::EuLongTermPermit);
    assert_complete(&app, SectionId::Language);
    // EU citizens are not exempt.
    app.legal_basis.basis = Some(LegalBasis::Art9D);
    assert_eq!(
        problem_on(&app, SectionId::Language, "language.exemption"),
        Problem::ExemptionNotForEuCitizens
    );
    app.language.exemption = Some(LanguageExemption::ItalianQualification);
    app.language.certifying_body = "Liceo scientifico Galileo Ferraris, Torino".into();
    assert_complete(&app, SectionId::Language);
}

#[test]
fn payments_amounts_codes_dates() {
    let mut app = art9();
    app.payments.contribution.amount = "200".into();
    app.payments.stamp_duty.amount = "16".into();
    app.payments.stamp_duty.iuv = "123".into();
    app.payments.contribution.paid_on = "24/11/2026".into();
    assert_eq!(
        problem_on(&app, SectionId::Payments, "payments.contribution.amount"),
        Problem::WrongAmount {
            expected: "250,00".into()
        }
    );
    assert_eq!(
        problem_on(&app, SectionId::Payments, "payments.stamp_duty.iuv"),
        Problem::InvalidNoticeCode
    );
    assert_eq!(
        problem_on(&app, SectionId::Payments, "payments.contribution.paid_on"),
        Problem::DateInFuture
    );
    assert!(
        status(&app, SectionId::Payments)
            .issue_for("payments.stamp_duty.amount")
            .is_none()
    );
}

#[test]
fn documents_follow_the_checklist() {
    let mut app = art9();
    app.documents
        .attached
        .retain(|d| d.kind != Some(DocumentKind::CriminalRecord));
    let found = status(&app, SectionId::Documents);
    assert!(found.issues.iter().any(|i| i.problem
        == Problem::DocumentMissing {
            kind: "doc-criminal-record",
            detail: "Marocco".into()
        }));

    let mut app = art9();
    app.documents.attached[0].vault_id.clear();
    let found = status(&app, SectionId::Documents);
    assert_eq!(
        found.issue_for("documents.attached.0").map(|i| &i.problem),
        Some(&Problem::AttachmentIncomplete)
    );

    // Expired criminal record certificate: six months from its issue date.
    let later = today() + chrono::Duration::days(200);
    let app = art9();
    let found = check_section(&app, SectionId::Documents, later);
    assert!(
        found.issues.iter().any(|i| matches!(
            i.problem,
            Problem::DocumentExpired {
                kind: "doc-criminal-record",
                ..
            }
        )),
        "{:?}",
        found.issues
    );
}

#[test]
fn every_problem_names_a_listed_message() {
    let mut app = Application::new();
    app.personal.codice_fiscale = "XYZ".into();
    app.residences.periods = vec![
        period("Torino", "01/01/2012", "01/01/2013"),
        period("Torino", "01/06/2013", ""),
    ];
    let mut seen = 0;
    for status in check_application(&app, today())
        .into_iter()
        .chain(check_application(
            &art9(),
            today() + chrono::Duration::days(400),
        ))
    {
        for issue in status.issues {
            assert!(
                crate::rules::problem_message_ids().contains(&issue.problem.message_id()),
                "{:?}",
                issue.problem
            );
            seen += 1;
        }
    }
    assert!(seen > 40);
}

#[test]
fn living_abroad_needs_no_italian_residence_permit_or_codice_fiscale() {
    let mut app = art5();
    app.legal_basis.basis = Some(LegalBasis::Art5Abroad);
    app.residences.periods.clear();
    app.entry_stay.first_entry_date.clear();
    app.entry_stay.permit_type = None;
    app.entry_stay.permit_number.clear();
    app.entry_stay.permit_issuer.clear();
    app.entry_stay.permit_issue_date.clear();
    app.entry_stay.permit_expiry_date.clear();
    app.personal.codice_fiscale.clear();
    app.personal.residence = Address {
        street: "Rruga e Durrësit 14".into(),
        municipality: "Tiranë".into(),
        ..Default::default()
    };
    for section in [
        SectionId::Personal,
        SectionId::EntryStay,
        SectionId::Residences,
        SectionId::Family,
        SectionId::Income,
    ] {
        assert_complete(&app, section);
    }
    // A codice fiscale given anyway is still checked.
    app.personal.codice_fiscale = "HXHLRE92R48Z100A".into();
    assert!(matches!(
        problem_on(&app, SectionId::Personal, "personal.codice_fiscale"),
        Problem::CodiceFiscale(_)
    ));
}
