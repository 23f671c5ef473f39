//! The documents checklist and the sections' validation agree: a document the checklist asks
//! for corresponds to data validation requires, and an exempt document to data it does not.
//!
//! Each check is black-box: it blanks the data that describes one document in a variation of
//! the sample applications and looks at what `check_section` then says about those fields.

use chrono::NaiveDate;
use cittadinanza_core::model::*;
use cittadinanza_core::rules::checklist::{ChecklistItem, ItemDetail, ItemState, checklist};
use cittadinanza_core::rules::countries::fold_name;
use cittadinanza_core::rules::{Problem, check_section};
use cittadinanza_core::samples;
use proptest::prelude::*;
use std::collections::BTreeSet;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

/// One variation of a sample application.
#[derive(Debug, Clone)]
struct Variation {
    art5_sample: bool,
    basis: Option<Option<LegalBasis>>,
    status: Option<RefugeeStatus>,
    permit: Option<Option<PermitType>>,
    birth: Birth,
    before_14: Option<bool>,
    citizenships: Vec<&'static str>,
    extra_certificates: Vec<&'static str>,
    exemption: Option<LanguageExemption>,
    atto_notorio: bool,
    no_income_year: Option<usize>,
    codice_fiscale: bool,
    residences: bool,
}

#[derive(Debug, Clone, Copy)]
enum Birth {
    Sample,
    Italy,
    /// No place typed, art. 9 a) "born in Italy" answered yes.
    UnknownPlaceArt9a,
}

fn build(v: &Variation, today: NaiveDate) -> Application {
    let mut app = if v.art5_sample {
        samples::complete_art5_italy(today)
    } else {
        samples::complete_art9(today)
    };
    if let Some(basis) = v.basis {
        app.legal_basis.basis = basis;
    }
    app.legal_basis.refugee_or_stateless = v.status;
    if let Some(permit) = v.permit {
        app.entry_stay.permit_type = permit;
    }
    match v.birth {
        Birth::Sample => {}
        Birth::Italy => {
            app.personal.birth_place = Place {
                town: "Milano".into(),
                province: "MI".into(),
                country: "Italia".into(),
            }
        }
        Birth::UnknownPlaceArt9a => {
            app.personal.birth_place = Place::default();
            app.legal_basis.basis = Some(LegalBasis::Art9A);
            app.legal_basis.art9a_born_in_italy = Some(true);
        }
    }
    app.residences.registered_in_italy_before_14 = v.before_14;
    if !v.citizenships.is_empty() {
        app.personal.citizenships = v.citizenships.iter().map(|c| c.to_string()).collect();
    }
    for country in &v.extra_certificates {
        app.judicial.certificates.push(CriminalCertificate {
            country: country.to_string(),
            issue_date: app.judicial.certificates[0].issue_date.clone(),
            legalisation: Some(Legalisation::Apostille),
            translated: Some(true),
        });
    }
    app.language.exemption = v.exemption;
    app.birth_certificate.replaced_by_atto_notorio = v.atto_notorio;
    if let Some(i) = v.no_income_year
        && let Some(year) = app.income.years.get_mut(i)
    {
        year.source = Some(IncomeSource::None);
        year.amount.clear();
        year.family_income.clear();
    }
    if !v.codice_fiscale {
        app.personal.codice_fiscale.clear();
    }
    if !v.residences {
        app.residences.periods.clear();
    }
    // Nothing attached: every item is missing or exempt.
    app.documents.attached.clear();
    app
}

fn variation() -> impl Strategy<Value = Variation> {
    let basis = prop_oneof![
        Just(None),
        Just(Some(None)),
        proptest::sample::select(LegalBasis::ALL.to_vec()).prop_map(|b| Some(Some(b))),
    ];
    let status = prop_oneof![
        Just(None),
        Just(Some(RefugeeStatus::Refugee)),
        Just(Some(RefugeeStatus::Stateless)),
    ];
    let permit = prop_oneof![
        Just(None),
        Just(Some(None)),
        proptest::sample::select(PermitType::ALL.to_vec()).prop_map(|p| Some(Some(p))),
    ];
    let birth = prop_oneof![
        Just(Birth::Sample),
        Just(Birth::Italy),
        Just(Birth::UnknownPlaceArt9a)
    ];
    let before_14 = prop_oneof![Just(None), Just(Some(true)), Just(Some(false))];
    let citizenships = proptest::sample::subsequence(
        vec!["Tunisia", "Francia", "Italia", "romania", "Perù", "  "],
        0..3,
    );
    let extra = proptest::sample::subsequence(vec!["Germania", "Italia", "Tunisia", "PERU"], 0..3);
    let exemption = prop_oneof![
        Just(None),
        proptest::sample::select(LanguageExemption::ALL.to_vec()).prop_map(Some),
    ];
    let no_income = prop_oneof![Just(None), (0usize..3).prop_map(Some)];
    (
        (any::<bool>(), basis, status, permit, birth, before_14),
        (citizenships, extra, exemption, any::<bool>(), no_income),
        (any::<bool>(), any::<bool>()),
    )
        .prop_map(
            |(
                (art5_sample, basis, status, permit, birth, before_14),
                (citizenships, extra_certificates, exemption, atto_notorio, no_income_year),
                (codice_fiscale, residences),
            )| Variation {
                art5_sample,
                basis,
                status,
                permit,
                birth,
                before_14,
                citizenships,
                extra_certificates,
                exemption,
                atto_notorio,
                no_income_year,
                codice_fiscale,
                residences,
            },
        )
}

/// Issues of `section` on fields starting with one of `prefixes`.
fn issues_on(
    app: &Application,
    section: SectionId,
    today: NaiveDate,
    prefixes: &[&str],
) -> Vec<(String, Problem)> {
    check_section(app, section, today)
        .issues
        .into_iter()
        .filter(|issue| prefixes.iter().any(|p| issue.field.starts_with(p)))
        .map(|issue| (issue.field, issue.problem))
        .collect()
}

fn items_of(items: &[ChecklistItem], kind: DocumentKind) -> Vec<&ChecklistItem> {
    items.iter().filter(|item| item.kind == kind).collect()
}

/// The single item of `kind`: `Some(reason)` when exempt, `None` when required.
fn exemption_of(items: &[ChecklistItem], kind: DocumentKind) -> Option<&'static str> {
    let found = items_of(items, kind);
    assert_eq!(found.len(), 1, "one {kind:?} item expected: {items:#?}");
    match found[0].state {
        ItemState::Exempt { reason_id } => Some(reason_id),
        ItemState::Missing => None,
        ref other => panic!("nothing attached, yet {kind:?} is {other:?}"),
    }
}

fn assert_agreement(app: &Application, today: NaiveDate) -> Result<(), TestCaseError> {
    let items = checklist(app, today);
    let context = format!("{items:#?}");

    // Identity document: always required, and so is the foreign document in section 4.
    prop_assert_eq!(exemption_of(&items, DocumentKind::IdentityDocument), None);
    let mut probe = app.clone();
    probe.entry_stay.foreign_document = IdentityDocument::default();
    prop_assert!(
        !issues_on(
            &probe,
            SectionId::EntryStay,
            today,
            &["entry_stay.foreign_document."]
        )
        .is_empty()
    );

    // Residence permit: required exactly when section 4 requires the permit's details.
    let mut probe = app.clone();
    probe.entry_stay.permit_type = None;
    probe.entry_stay.permit_number.clear();
    probe.entry_stay.permit_issuer.clear();
    probe.entry_stay.permit_issue_date.clear();
    probe.entry_stay.permit_expiry_date.clear();
    let permit_issues = issues_on(&probe, SectionId::EntryStay, today, &["entry_stay.permit_"]);
    prop_assert_eq!(
        exemption_of(&items, DocumentKind::ResidencePermit).is_none(),
        !permit_issues.is_empty(),
        "residence permit: {:?}\n{}",
        permit_issues,
        context
    );

    // Codice fiscale: required exactly when section 2 requires the code.
    let mut probe = app.clone();
    probe.personal.codice_fiscale.clear();
    let cf_issues = issues_on(
        &probe,
        SectionId::Personal,
        today,
        &["personal.codice_fiscale"],
    );
    if app.personal.codice_fiscale.trim().is_empty() {
        prop_assert_eq!(
            exemption_of(&items, DocumentKind::CodiceFiscale).is_none(),
            !cf_issues.is_empty(),
            "codice fiscale: {:?}\n{}",
            cf_issues,
            context
        );
    } else {
        // A code that was typed is a document to attach, wherever the applicant lives.
        prop_assert_eq!(exemption_of(&items, DocumentKind::CodiceFiscale), None);
    }

    // Birth certificate: required exactly when section 3 requires its details.
    let mut probe = app.clone();
    probe.birth_certificate = BirthCertificate {
        replaced_by_atto_notorio: app.birth_certificate.replaced_by_atto_notorio,
        ..Default::default()
    };
    // Ticking the atto notorio without refugee status is a wrong answer, reported as such.
    let birth_issues: Vec<_> = check_section(&probe, SectionId::BirthCertificate, today)
        .issues
        .into_iter()
        .filter(|issue| issue.problem != Problem::AttoNotorioNotAllowed)
        .collect();
    let birth = exemption_of(&items, DocumentKind::BirthCertificate);
    prop_assert_eq!(
        birth.is_none(),
        !birth_issues.is_empty(),
        "birth certificate: {:?}\n{}",
        birth_issues,
        context
    );

    // Criminal records: the countries the checklist asks for are the ones section 8 requires
    // (each citizenship, reported missing when not listed, and every country listed), Italy
    // never; exempt exactly when section 8 requires none.
    let crimes = items_of(&items, DocumentKind::CriminalRecord);
    let mut probe = app.clone();
    probe.judicial.certificates.clear();
    let judicial_issues = issues_on(
        &probe,
        SectionId::Judicial,
        today,
        &["judicial.certificates"],
    );
    let exempt = crimes.iter().find_map(|item| match item.state {
        ItemState::Exempt { reason_id } => Some(reason_id),
        _ => None,
    });
    if let Some(reason) = exempt {
        prop_assert_eq!(crimes.len(), 1);
        prop_assert!(
            judicial_issues.is_empty(),
            "exempt ({}) but section 8 says {:?}",
            reason,
            judicial_issues
        );
    } else {
        let asked: BTreeSet<String> = crimes
            .iter()
            .map(|item| fold_name(item.country().unwrap_or("")))
            .collect();
        let mut required: BTreeSet<String> = judicial_issues
            .iter()
            .map(|(_, problem)| match problem {
                Problem::CriminalCertificateMissing { country } => fold_name(country),
                // No citizenship known: one certificate, country unknown.
                Problem::Missing => String::new(),
                other => panic!("unexpected {other:?}"),
            })
            .collect();
        required.extend(
            app.judicial
                .certificates
                .iter()
                .map(|certificate| fold_name(&certificate.country))
                .filter(|country| !["italia", "italy"].contains(&country.as_str())),
        );
        // "One certificate, country unknown" is met by any country listed.
        if required.len() > 1 {
            required.remove("");
        }
        prop_assert_eq!(asked, required, "criminal records\n{}", context);
    }

    // Atto notorio: one for each certificate it replaces, nothing else.
    let replaced: Vec<DocumentKind> = items_of(&items, DocumentKind::AttoNotorio)
        .iter()
        .map(|item| match item.detail {
            ItemDetail::Replaces(kind) => kind,
            ref other => panic!("atto notorio for {other:?}"),
        })
        .collect();
    let mut expected = Vec::new();
    if birth == Some("checklist-exempt-atto-notorio") {
        expected.push(DocumentKind::BirthCertificate);
    }
    if exempt == Some("checklist-exempt-atto-notorio") {
        expected.push(DocumentKind::CriminalRecord);
    }
    prop_assert_eq!(replaced, expected);

    // Language: the certificate is required exactly when section 9 requires its details
    // (or says the exemption chosen does not apply).
    let mut probe = app.clone();
    probe.language = ItalianLanguage {
        exemption: app.language.exemption,
        ..Default::default()
    };
    let language_issues = check_section(&probe, SectionId::Language, today).issues;
    prop_assert_eq!(
        exemption_of(&items, DocumentKind::LanguageCertificate).is_none(),
        !language_issues.is_empty(),
        "language: {:?}\n{}",
        language_issues,
        context
    );

    // Marriage certificate: art. 5 only, exactly when section 6 asks about the Italian spouse.
    let mut probe = app.clone();
    probe.family.spouse.italian_citizen = None;
    let spouse_issues = issues_on(
        &probe,
        SectionId::Family,
        today,
        &["family.spouse.italian_citizen"],
    );
    let marriage = items_of(&items, DocumentKind::MarriageCertificate);
    prop_assert_eq!(marriage.len(), usize::from(!spouse_issues.is_empty()));
    prop_assert!(marriage.iter().all(|item| item.state == ItemState::Missing));

    // Income statements: one per year section 7 requires; exempt exactly when that year's
    // figures are not required.
    let mut probe = app.clone();
    probe.income.years.clear();
    let required_years: BTreeSet<i32> = check_section(&probe, SectionId::Income, today)
        .issues
        .into_iter()
        .filter_map(|issue| match issue.problem {
            Problem::IncomeYearMissing { year } => Some(year),
            _ => None,
        })
        .collect();
    let statements = items_of(&items, DocumentKind::IncomeStatement);
    let asked_years: BTreeSet<i32> = statements
        .iter()
        .map(|item| match item.detail {
            ItemDetail::Year(year) => year,
            ref other => panic!("income statement for {other:?}"),
        })
        .collect();
    prop_assert_eq!(asked_years, required_years);
    for item in statements {
        let ItemDetail::Year(year) = item.detail else {
            unreachable!("checked above")
        };
        let Some(index) = app
            .income
            .years
            .iter()
            .position(|entry| entry.year.trim() == year.to_string())
        else {
            prop_assert_eq!(&item.state, &ItemState::Missing);
            continue;
        };
        let mut probe = app.clone();
        probe.income.years[index].amount.clear();
        for member in &mut probe.income.years[index].family_income {
            member.amount.clear();
        }
        let amount_issues = issues_on(
            &probe,
            SectionId::Income,
            today,
            &[&format!("income.years.{index}.")],
        );
        prop_assert_eq!(
            item.state == ItemState::Missing,
            !amount_issues.is_empty(),
            "income {}: {:?}",
            year,
            amount_issues
        );
    }

    // Payment receipts: both, always, as section 10 always requires both payments.
    let receipts = items_of(&items, DocumentKind::PaymentReceipt);
    prop_assert_eq!(receipts.len(), 2);
    let mut probe = app.clone();
    probe.payments = Payments::default();
    let payment_issues = check_section(&probe, SectionId::Payments, today).issues;
    for prefix in ["payments.contribution.", "payments.stamp_duty."] {
        prop_assert!(
            payment_issues
                .iter()
                .any(|issue| issue.field.starts_with(prefix))
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn checklist_and_validation_agree(v in variation(), day in 0i64..1_500) {
        let today = d(2025, 1, 1) + chrono::Duration::days(day);
        let app = build(&v, today);
        assert_agreement(&app, today)?;
    }
}

/// The cases named in the issue, always run.
#[test]
fn named_cases_agree() {
    let today = d(2026, 11, 23);
    let base = Variation {
        art5_sample: false,
        basis: None,
        status: None,
        permit: None,
        birth: Birth::Sample,
        before_14: Some(false),
        citizenships: Vec::new(),
        extra_certificates: Vec::new(),
        exemption: None,
        atto_notorio: false,
        no_income_year: None,
        codice_fiscale: true,
        residences: true,
    };
    let cases = [
        base.clone(),
        Variation {
            art5_sample: true,
            ..base.clone()
        },
        // Refugee (art. 9 e) with the atto notorio, and without having chosen it yet.
        Variation {
            basis: Some(Some(LegalBasis::Art9E)),
            status: Some(RefugeeStatus::Refugee),
            atto_notorio: true,
            ..base.clone()
        },
        Variation {
            basis: Some(Some(LegalBasis::Art9E)),
            status: Some(RefugeeStatus::Stateless),
            citizenships: vec!["  "],
            ..base.clone()
        },
        // Born in Italy; registered before 14.
        Variation {
            basis: Some(Some(LegalBasis::Art9A)),
            birth: Birth::Italy,
            before_14: Some(true),
            ..base.clone()
        },
        Variation {
            birth: Birth::UnknownPlaceArt9a,
            ..base.clone()
        },
        // Several citizenships, a residence abroad, and an Italian certificate listed.
        Variation {
            citizenships: vec!["Tunisia", "Perù"],
            extra_certificates: vec!["Germania", "Italia"],
            ..base.clone()
        },
        // Long-term permit (the art. 9 sample has one) with and without the exemption.
        Variation {
            exemption: Some(LanguageExemption::EuLongTermPermit),
            ..base.clone()
        },
        Variation {
            exemption: Some(LanguageExemption::EuLongTermPermit),
            permit: Some(Some(PermitType::Work)),
            ..base.clone()
        },
        // EU citizen, art. 9 d): no permit, and no language exemption.
        Variation {
            basis: Some(Some(LegalBasis::Art9D)),
            citizenships: vec!["romania"],
            permit: Some(Some(PermitType::EuRegistration)),
            exemption: Some(LanguageExemption::IntegrationAgreement),
            ..base.clone()
        },
        // Art. 5 abroad without a codice fiscale; a year with no income.
        Variation {
            basis: Some(Some(LegalBasis::Art5Abroad)),
            codice_fiscale: false,
            ..base.clone()
        },
        Variation {
            no_income_year: Some(1),
            ..base.clone()
        },
        // Asylum permit under art. 5: a recognised refugee all the same.
        Variation {
            art5_sample: true,
            permit: Some(Some(PermitType::Asylum)),
            ..base.clone()
        },
    ];
    for case in cases {
        let app = build(&case, today);
        if let Err(error) = assert_agreement(&app, today) {
            panic!("{case:?}: {error}");
        }
    }
}

/// What the checklist now says in cases where it used to disagree with validation.
#[test]
fn former_disagreements() {
    let today = d(2026, 11, 23);
    // A long-term permit without the exemption declared in section 9: the B1 certificate is
    // asked for (as section 9 does) and the attached one is used.
    let app = samples::complete_art9(today);
    let items = checklist(&app, today);
    let language = items_of(&items, DocumentKind::LanguageCertificate);
    assert!(
        matches!(language[0].state, ItemState::Provided { .. }),
        "{language:?}"
    );
    // A second citizenship needs its certificate in the checklist too; Italy's never.
    let mut app = samples::complete_art9(today);
    app.personal.citizenships.push("Tunisia".into());
    app.judicial.certificates.push(CriminalCertificate {
        country: "Italia".into(),
        ..app.judicial.certificates[0].clone()
    });
    let countries: Vec<_> = checklist(&app, today)
        .iter()
        .filter_map(|item| item.country().map(str::to_string))
        .collect();
    assert_eq!(countries, vec!["Marocco", "Tunisia"]);
}
