//! Documents checklist: required, exempt, provided, expiring and expired documents.

use chrono::NaiveDate;
use cittadinanza_core::model::SectionId;
use cittadinanza_core::model::{
    Application, AttachedDocument, CriminalCertificate, DocumentKind, IncomeSource, IncomeYear,
    LanguageExemption, LegalBasis, PermitType, RefugeeStatus,
};
use cittadinanza_core::rules::checklist::{
    ChecklistItem, ItemDetail, ItemState, PaymentPurpose, checklist, income_years, is_complete,
};
use cittadinanza_core::rules::deadlines::{
    CertificateIssue, DeadlineKind, ProcedureEvents, timeline,
};
use cittadinanza_core::rules::{Problem, check_section};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn attach(kind: DocumentKind, vault_id: &str) -> AttachedDocument {
    AttachedDocument {
        vault_id: vault_id.into(),
        kind: Some(kind),
        original_name: format!("{vault_id}.pdf"),
        ..Default::default()
    }
}

fn criminal(vault_id: &str, country: &str, issued: &str) -> AttachedDocument {
    AttachedDocument {
        country: country.into(),
        issue_date: issued.into(),
        ..attach(DocumentKind::CriminalRecord, vault_id)
    }
}

/// A Moroccan applicant under art. 9 f), born in Casablanca, with a work permit.
fn art9_applicant() -> Application {
    let mut app = Application::new();
    app.legal_basis.basis = Some(LegalBasis::Art9F);
    app.personal.birth_place.town = "Casablanca".into();
    app.personal.birth_place.country = "Marocco".into();
    app.personal.citizenships = vec!["Marocco".into()];
    app.personal.codice_fiscale = "LHMMHD80A01Z330X".into();
    app.entry_stay.permit_type = Some(PermitType::Work);
    app.entry_stay.permit_expiry_date = "31/12/2027".into();
    app.entry_stay.foreign_document.expiry_date = "01/06/2030".into();
    app.judicial.certificates = vec![CriminalCertificate {
        country: "Marocco".into(),
        issue_date: "10/03/2026".into(),
        ..Default::default()
    }];
    for year in ["2025", "2024", "2023"] {
        app.income.years.push(IncomeYear {
            year: year.into(),
            amount: "18.000,00".into(),
            source: Some(IncomeSource::Cu),
            family_income: Vec::new(),
            ..Default::default()
        });
    }
    app
}

fn all_documents(app: &mut Application) {
    let docs = &mut app.documents.attached;
    docs.push(attach(DocumentKind::IdentityDocument, "id"));
    docs.push(attach(DocumentKind::ResidencePermit, "permit"));
    docs.push(attach(DocumentKind::CodiceFiscale, "cf"));
    docs.push(attach(DocumentKind::BirthCertificate, "birth"));
    docs.push(criminal("crim-ma", "Marocco", "10/03/2026"));
    docs.push(attach(DocumentKind::LanguageCertificate, "b1"));
    for year in ["cu2025", "cu2024", "cu2023"] {
        docs.push(attach(DocumentKind::IncomeStatement, year));
    }
    docs.push(attach(DocumentKind::PaymentReceipt, "pay250"));
    docs.push(attach(DocumentKind::PaymentReceipt, "pay16"));
}

fn item(items: &[ChecklistItem], kind: DocumentKind) -> &ChecklistItem {
    items
        .iter()
        .find(|i| i.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} item in {items:#?}"))
}

fn kinds(items: &[ChecklistItem]) -> Vec<DocumentKind> {
    items.iter().map(|i| i.kind).collect()
}

#[test]
fn empty_art9_draft_lists_every_document_as_missing() {
    let app = art9_applicant();
    let items = checklist(&app, d(2026, 4, 1));
    assert_eq!(
        kinds(&items),
        vec![
            DocumentKind::IdentityDocument,
            DocumentKind::ResidencePermit,
            DocumentKind::CodiceFiscale,
            DocumentKind::BirthCertificate,
            DocumentKind::CriminalRecord,
            DocumentKind::LanguageCertificate,
            DocumentKind::IncomeStatement,
            DocumentKind::IncomeStatement,
            DocumentKind::IncomeStatement,
            DocumentKind::PaymentReceipt,
            DocumentKind::PaymentReceipt,
        ]
    );
    assert!(items.iter().all(|i| i.state == ItemState::Missing));
    assert!(!is_complete(&items));
    assert_eq!(
        item(&items, DocumentKind::CriminalRecord).country(),
        Some("Marocco")
    );
    let years: Vec<_> = items
        .iter()
        .filter_map(|i| match i.detail {
            ItemDetail::Year(y) => Some(y),
            _ => None,
        })
        .collect();
    assert_eq!(years, vec![2025, 2024, 2023]);
    let payments: Vec<_> = items
        .iter()
        .filter_map(|i| match i.detail {
            ItemDetail::Payment(p) => Some(p),
            _ => None,
        })
        .collect();
    assert_eq!(
        payments,
        vec![PaymentPurpose::Contribution, PaymentPurpose::StampDuty]
    );
}

#[test]
fn attached_documents_complete_the_checklist() {
    let mut app = art9_applicant();
    all_documents(&mut app);
    let items = checklist(&app, d(2026, 4, 1));
    assert!(is_complete(&items), "{items:#?}");
    assert_eq!(
        item(&items, DocumentKind::CriminalRecord).state,
        ItemState::Provided {
            vault_id: "crim-ma".into()
        }
    );
    assert_eq!(
        item(&items, DocumentKind::IdentityDocument)
            .attachment
            .as_deref(),
        Some("id")
    );
}

#[test]
fn criminal_record_expires_six_months_after_issue() {
    let mut app = art9_applicant();
    all_documents(&mut app);
    // Issued 10/03/2026: valid until 10/09/2026.
    let state = |today| {
        item(&checklist(&app, today), DocumentKind::CriminalRecord)
            .state
            .clone()
    };
    assert!(matches!(state(d(2026, 8, 10)), ItemState::Provided { .. }));
    assert_eq!(
        state(d(2026, 8, 11)),
        ItemState::Expiring { on: d(2026, 9, 10) }
    );
    assert_eq!(
        state(d(2026, 9, 10)),
        ItemState::Expiring { on: d(2026, 9, 10) }
    );
    assert_eq!(
        state(d(2026, 9, 11)),
        ItemState::Expired { on: d(2026, 9, 10) }
    );
    let expired = checklist(&app, d(2026, 9, 11));
    assert!(!is_complete(&expired));
    // Expiring does not block the section.
    assert!(is_complete(&checklist(&app, d(2026, 9, 1))));
}

#[test]
fn criminal_record_month_end_issue_date() {
    let mut app = art9_applicant();
    all_documents(&mut app);
    app.judicial.certificates[0].issue_date = "31/08/2025".into();
    for doc in &mut app.documents.attached {
        if doc.kind == Some(DocumentKind::CriminalRecord) {
            doc.issue_date = "31/08/2025".into();
        }
    }
    let items = checklist(&app, d(2026, 3, 1));
    // 31 August + 6 months = 28 February 2026 (not a leap year).
    assert_eq!(
        item(&items, DocumentKind::CriminalRecord).state,
        ItemState::Expired { on: d(2026, 2, 28) }
    );
    let items = checklist(&app, d(2026, 2, 28));
    assert_eq!(
        item(&items, DocumentKind::CriminalRecord).state,
        ItemState::Expiring { on: d(2026, 2, 28) }
    );
}

/// The attachment says 01/01/2026, section 8 says 10/03/2026: section 8's date counts for the
/// checklist, the section 8 validation and the deadlines alike, and the Documents section
/// points at the attachment that disagrees.
#[test]
fn section_8_issue_date_counts_when_the_attachment_differs() {
    let mut app = art9_applicant();
    all_documents(&mut app);
    let index = app
        .documents
        .attached
        .iter()
        .position(|doc| doc.kind == Some(DocumentKind::CriminalRecord))
        .expect("criminal record attached");
    app.documents.attached[index].issue_date = "01/01/2026".into();
    let field = format!("documents.attached.{index}");

    // 2 July 2026: by the attachment it expired on 1 July; by section 8 it is valid until
    // 10 September.
    let today = d(2026, 7, 2);
    assert!(matches!(
        item(&checklist(&app, today), DocumentKind::CriminalRecord).state,
        ItemState::Provided { .. }
    ));
    let judicial = check_section(&app, SectionId::Judicial, today);
    assert_eq!(
        judicial.issue_for("judicial.certificates.0.issue_date"),
        None
    );
    let events = ProcedureEvents::default().with_application(&app);
    assert_eq!(
        events.criminal_certificates,
        vec![CertificateIssue {
            country: "Marocco".into(),
            issued: Some(d(2026, 3, 10)),
        }]
    );
    let expiry = timeline(&events, today)
        .deadlines
        .into_iter()
        .find(|deadline| deadline.kind == DeadlineKind::CriminalRecordExpiry)
        .expect("expiry deadline");
    assert_eq!(expiry.due, d(2026, 9, 10));
    let documents = check_section(&app, SectionId::Documents, today);
    assert_eq!(
        documents.issue_for(&field).map(|issue| &issue.problem),
        Some(&Problem::IssueDateMismatch {
            declared: "10/03/2026".into()
        })
    );
    assert_eq!(documents.issues.len(), 1, "{:?}", documents.issues);

    // 20 August: expiring for the checklist and the deadlines alike.
    let today = d(2026, 8, 20);
    assert_eq!(
        item(&checklist(&app, today), DocumentKind::CriminalRecord).state,
        ItemState::Expiring { on: d(2026, 9, 10) }
    );
    // 11 September: expired everywhere.
    let today = d(2026, 9, 11);
    assert_eq!(
        item(&checklist(&app, today), DocumentKind::CriminalRecord).state,
        ItemState::Expired { on: d(2026, 9, 10) }
    );
    let judicial = check_section(&app, SectionId::Judicial, today);
    assert_eq!(
        judicial
            .issue_for("judicial.certificates.0.issue_date")
            .map(|issue| &issue.problem),
        Some(&Problem::Expired {
            on: "10/09/2026".into()
        })
    );

    // Corrected attachment: no mismatch left.
    app.documents.attached[index].issue_date = "10/03/2026".into();
    let documents = check_section(&app, SectionId::Documents, d(2026, 7, 2));
    assert!(documents.is_complete(), "{:?}", documents.issues);
}

#[test]
fn issue_date_from_section_8_when_the_attachment_has_none() {
    let mut app = art9_applicant();
    app.judicial.certificates[0].issue_date = "01/01/2026".into();
    app.documents.attached.push(criminal("crim", "marocco", ""));
    let items = checklist(&app, d(2026, 7, 2));
    assert_eq!(
        item(&items, DocumentKind::CriminalRecord).state,
        ItemState::Expired { on: d(2026, 7, 1) }
    );
}

#[test]
fn one_criminal_record_per_country_matched_by_country() {
    let mut app = art9_applicant();
    app.judicial.certificates.push(CriminalCertificate {
        country: "Spagna".into(),
        issue_date: "01/03/2026".into(),
        ..Default::default()
    });
    app.documents
        .attached
        .push(criminal("crim-es", "SPAGNA", "01/03/2026"));
    let items = checklist(&app, d(2026, 4, 1));
    let records: Vec<_> = items
        .iter()
        .filter(|i| i.kind == DocumentKind::CriminalRecord)
        .map(|i| (i.country().unwrap_or_default().to_string(), i.state.clone()))
        .collect();
    assert_eq!(
        records,
        vec![
            ("Marocco".to_string(), ItemState::Missing),
            (
                "Spagna".to_string(),
                ItemState::Provided {
                    vault_id: "crim-es".into()
                }
            ),
        ]
    );
    // A certificate of an undeclared country is listed as provided too.
    app.documents
        .attached
        .push(criminal("crim-fr", "Francia", "01/03/2026"));
    let items = checklist(&app, d(2026, 4, 1));
    assert!(items.iter().any(|i| i.country() == Some("Francia")
        && i.state
            == ItemState::Provided {
                vault_id: "crim-fr".into()
            }));
}

#[test]
fn born_in_italy_and_registered_before_14_are_exempt() {
    let mut app = art9_applicant();
    app.legal_basis.basis = Some(LegalBasis::Art9A);
    app.legal_basis.art9a_born_in_italy = Some(true);
    app.personal.birth_place = cittadinanza_core::model::Place {
        town: "Milano".into(),
        province: "MI".into(),
        country: "Italia".into(),
    };
    app.residences.registered_in_italy_before_14 = Some(true);
    let items = checklist(&app, d(2026, 4, 1));
    assert_eq!(
        item(&items, DocumentKind::BirthCertificate).state,
        ItemState::Exempt {
            reason_id: "checklist-exempt-born-in-italy"
        }
    );
    assert_eq!(
        item(&items, DocumentKind::CriminalRecord).state,
        ItemState::Exempt {
            reason_id: "checklist-exempt-before-14"
        }
    );
}

#[test]
fn refugees_provide_atto_notorio_instead_of_certificates() {
    let mut app = art9_applicant();
    app.legal_basis.basis = Some(LegalBasis::Art9E);
    app.legal_basis.refugee_or_stateless = Some(RefugeeStatus::Refugee);
    app.birth_certificate.replaced_by_atto_notorio = true;
    app.documents
        .attached
        .push(attach(DocumentKind::AttoNotorio, "notorio-1"));
    let items = checklist(&app, d(2026, 4, 1));
    assert_eq!(
        item(&items, DocumentKind::BirthCertificate).state,
        ItemState::Exempt {
            reason_id: "checklist-exempt-atto-notorio"
        }
    );
    assert_eq!(
        item(&items, DocumentKind::CriminalRecord).state,
        ItemState::Exempt {
            reason_id: "checklist-exempt-atto-notorio"
        }
    );
    let notori: Vec<_> = items
        .iter()
        .filter(|i| i.kind == DocumentKind::AttoNotorio)
        .map(|i| (i.detail.clone(), i.state.clone()))
        .collect();
    assert_eq!(
        notori,
        vec![
            (
                ItemDetail::Replaces(DocumentKind::BirthCertificate),
                ItemState::Provided {
                    vault_id: "notorio-1".into()
                }
            ),
            (
                ItemDetail::Replaces(DocumentKind::CriminalRecord),
                ItemState::Missing
            ),
        ]
    );
}

#[test]
fn refugee_with_a_birth_certificate_uses_it() {
    let mut app = art9_applicant();
    app.legal_basis.refugee_or_stateless = Some(RefugeeStatus::Stateless);
    app.documents
        .attached
        .push(attach(DocumentKind::BirthCertificate, "birth"));
    let items = checklist(&app, d(2026, 4, 1));
    assert_eq!(
        item(&items, DocumentKind::BirthCertificate).state,
        ItemState::Provided {
            vault_id: "birth".into()
        }
    );
    assert!(
        !items
            .iter()
            .any(|i| i.detail == ItemDetail::Replaces(DocumentKind::BirthCertificate))
    );
}

#[test]
fn language_exemptions_but_not_for_eu_citizens() {
    let mut app = art9_applicant();
    app.language.exemption = Some(LanguageExemption::IntegrationAgreement);
    let items = checklist(&app, d(2026, 4, 1));
    assert_eq!(
        item(&items, DocumentKind::LanguageCertificate).state,
        ItemState::Exempt {
            reason_id: "checklist-exempt-integration-agreement"
        }
    );

    // The long-term permit exempts once section 9 says so (as validation asks), not before.
    let mut app = art9_applicant();
    app.entry_stay.permit_type = Some(PermitType::EuLongTerm);
    let items = checklist(&app, d(2026, 4, 1));
    assert_eq!(
        item(&items, DocumentKind::LanguageCertificate).state,
        ItemState::Missing
    );
    app.language.exemption = Some(LanguageExemption::EuLongTermPermit);
    let items = checklist(&app, d(2026, 4, 1));
    assert_eq!(
        item(&items, DocumentKind::LanguageCertificate).state,
        ItemState::Exempt {
            reason_id: "checklist-exempt-eu-long-term-permit"
        }
    );
    // Declared without the permit: the exemption does not apply.
    app.entry_stay.permit_type = Some(PermitType::Work);
    let items = checklist(&app, d(2026, 4, 1));
    assert_eq!(
        item(&items, DocumentKind::LanguageCertificate).state,
        ItemState::Missing
    );

    let mut app = art9_applicant();
    app.legal_basis.basis = Some(LegalBasis::Art9D);
    app.personal.citizenships = vec!["Romania".into()];
    app.entry_stay.permit_type = Some(PermitType::EuRegistration);
    let items = checklist(&app, d(2026, 4, 1));
    assert_eq!(
        item(&items, DocumentKind::LanguageCertificate).state,
        ItemState::Missing
    );
    assert_eq!(
        item(&items, DocumentKind::ResidencePermit).state,
        ItemState::Exempt {
            reason_id: "checklist-exempt-eu-citizen"
        }
    );
}

#[test]
fn art5_needs_marriage_certificate_and_no_income_statements() {
    let mut app = art9_applicant();
    app.legal_basis.basis = Some(LegalBasis::Art5Italy);
    let items = checklist(&app, d(2026, 4, 1));
    assert_eq!(
        item(&items, DocumentKind::MarriageCertificate).state,
        ItemState::Missing
    );
    assert!(
        !items
            .iter()
            .any(|i| i.kind == DocumentKind::IncomeStatement)
    );

    app.legal_basis.basis = Some(LegalBasis::Art5Abroad);
    app.personal.codice_fiscale.clear();
    let items = checklist(&app, d(2026, 4, 1));
    assert_eq!(
        item(&items, DocumentKind::ResidencePermit).state,
        ItemState::Exempt {
            reason_id: "checklist-exempt-living-abroad"
        }
    );
    assert_eq!(
        item(&items, DocumentKind::CodiceFiscale).state,
        ItemState::Exempt {
            reason_id: "checklist-exempt-living-abroad"
        }
    );
}

#[test]
fn identity_document_and_permit_expiry() {
    let mut app = art9_applicant();
    all_documents(&mut app);
    app.entry_stay.foreign_document.expiry_date = "15/04/2026".into();
    app.entry_stay.permit_expiry_date = "2026-03-31".into();
    let items = checklist(&app, d(2026, 4, 1));
    assert_eq!(
        item(&items, DocumentKind::IdentityDocument).state,
        ItemState::Expiring { on: d(2026, 4, 15) }
    );
    assert_eq!(
        item(&items, DocumentKind::ResidencePermit).state,
        ItemState::Expired { on: d(2026, 3, 31) }
    );
    assert!(!is_complete(&items));
}

#[test]
fn income_years_are_the_three_section_7_asks_for() {
    let mut app = art9_applicant();
    app.income.years.truncate(1);
    assert_eq!(income_years(&app, d(2026, 4, 1)), vec![2025, 2024, 2023]);
    // A year section 7 does not accept (validation says so) asks for no statement.
    app.income.years[0].year = "2022".into();
    assert_eq!(income_years(&app, d(2026, 4, 1)), vec![2025, 2024, 2023]);
    app.income.years.clear();
    assert_eq!(income_years(&app, d(2026, 1, 10)), vec![2025, 2024, 2023]);
    app.legal_basis.basis = Some(LegalBasis::Art5Italy);
    assert!(income_years(&app, d(2026, 1, 10)).is_empty());
}

#[test]
fn year_without_any_income_needs_no_statement() {
    let mut app = art9_applicant();
    app.income.years[1].source = Some(IncomeSource::None);
    app.income.years[1].amount = "0".into();
    let items = checklist(&app, d(2026, 4, 1));
    let exempt: Vec<_> = items
        .iter()
        .filter(|i| matches!(i.state, ItemState::Exempt { .. }))
        .map(|i| i.detail.clone())
        .collect();
    assert_eq!(exempt, vec![ItemDetail::Year(2024)]);
}

#[test]
fn labels_and_args() {
    let mut app = art9_applicant();
    all_documents(&mut app);
    let items = checklist(&app, d(2026, 9, 1));
    let crim = item(&items, DocumentKind::CriminalRecord);
    assert_eq!(crim.label_id(), "doc-criminal-record");
    assert_eq!(crim.detail_id(), Some("checklist-detail-country"));
    assert_eq!(
        crim.label_args(),
        vec![
            ("country", "Marocco".to_string()),
            ("date", "10/09/2026".to_string())
        ]
    );
}

#[test]
fn sample_applications_have_complete_checklists() {
    use cittadinanza_core::samples;
    for today in [d(2026, 4, 1), d(2026, 11, 23), d(2028, 2, 29)] {
        for (name, app) in [
            ("art9", samples::complete_art9(today)),
            ("art5", samples::complete_art5_italy(today)),
        ] {
            let items = checklist(&app, today);
            assert!(is_complete(&items), "{name} at {today}: {items:#?}");
            assert!(
                items
                    .iter()
                    .any(|i| matches!(i.state, ItemState::Provided { .. })),
                "{name}: nothing attached"
            );
        }
    }
}
