//! Realistic, complete applications (all twelve sections complete at `today`), for tests,
//! benchmarks, demos and screenshots. People and numbers are invented; the codici fiscali are
//! valid for the invented data. Dates follow `today` so the samples never go stale.

use chrono::{Datelike, Months, NaiveDate};

use crate::model::{
    Address, Application, AttachedDocument, BirthCertificate, Consent, CriminalCertificate,
    DocumentKind, Documents, EntryAndStay, Family, FamilyIncome, HouseholdMember, IdentityDocument,
    Income, IncomeSource, IncomeYear, ItalianLanguage, JudicialStanding, LegalBasis,
    LegalBasisSection, Legalisation, MaritalStatus, Payment, Payments, PermitType, PersonalData,
    Place, Relationship, ResidencePeriod, Residences, Sex, Spouse,
};
use crate::rules::fields::format_date;

fn months_before(today: NaiveDate, months: u32) -> NaiveDate {
    today
        .checked_sub_months(Months::new(months))
        .unwrap_or(today)
}

fn months_after(today: NaiveDate, months: u32) -> NaiveDate {
    today
        .checked_add_months(Months::new(months))
        .unwrap_or(today)
}

fn days_before(today: NaiveDate, days: i64) -> NaiveDate {
    today - chrono::Duration::days(days)
}

fn text(date: NaiveDate) -> String {
    format_date(date)
}

fn attachment(
    vault_id: &str,
    kind: DocumentKind,
    name: &str,
    issue_date: String,
    country: &str,
) -> AttachedDocument {
    AttachedDocument {
        vault_id: vault_id.to_string(),
        kind: Some(kind),
        original_name: name.to_string(),
        // SHA-256 of the (invented) file name: stable, 64 hex digits like a real digest.
        sha256: sha256_hex(name),
        size_bytes: 180_000 + name.len() as u64 * 1_024,
        issue_date,
        country: country.to_string(),
    }
}

fn sha256_hex(text: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(text.as_bytes()))
}

fn payments(today: NaiveDate) -> Payments {
    Payments {
        contribution: Payment {
            iuv: "302000100000012345".into(),
            paid_on: text(days_before(today, 12)),
            amount: "250,00".into(),
        },
        stamp_duty: Payment {
            iuv: "302000100000067890".into(),
            paid_on: text(days_before(today, 12)),
            amount: "16,00".into(),
        },
    }
}

fn consent() -> Consent {
    Consent {
        truthfulness: true,
        privacy: true,
        reviewed: true,
    }
}

/// Art. 9 f): Fatima Zahra El Amrani, born in Casablanca (Morocco) in 1988, in Italy for about
/// fourteen years (Milan, then Turin), married to a Moroccan citizen with a daughter born in
/// Turin; EU long-term permit, B1 certificate, three years of income above the threshold.
pub fn complete_art9(today: NaiveDate) -> Application {
    let first_entry = months_before(today, 14 * 12 + 3);
    let moved_to_turin = months_before(today, 8 * 12 + 5);
    let criminal_issue = months_before(today, 2);
    let year = today.year();

    let mut app = Application::new();
    app.legal_basis = LegalBasisSection {
        basis: Some(LegalBasis::Art9F),
        prefecture: "Torino".into(),
        ..Default::default()
    };
    app.personal = PersonalData {
        surname: "El Amrani".into(),
        name: "Fatima Zahra".into(),
        birth_surname: String::new(),
        sex: Some(Sex::Female),
        birth_date: "14/03/1988".into(),
        birth_place: Place {
            town: "Casablanca".into(),
            province: String::new(),
            country: "Marocco".into(),
        },
        citizenships: vec!["Marocco".into()],
        codice_fiscale: "LMRFMZ88C54Z330Y".into(),
        residence: Address {
            street: "Via Nizza".into(),
            house_number: "152".into(),
            postcode: "10126".into(),
            municipality: "Torino".into(),
            province: "TO".into(),
        },
        email: "fatima.elamrani@example.it".into(),
        phone: "+39 333 482 7710".into(),
        marital_status: Some(MaritalStatus::Married),
    };
    app.birth_certificate = BirthCertificate {
        issuing_authority: "Bureau d'état civil, Casablanca Anfa".into(),
        act_number: "1988/00412".into(),
        issue_date: text(months_before(today, 5)),
        legalisation: Some(Legalisation::Apostille),
        legalisation_date: text(months_before(today, 4)),
        translated: Some(true),
        replaced_by_atto_notorio: false,
    };
    app.entry_stay = EntryAndStay {
        first_entry_date: text(first_entry),
        permit_type: Some(PermitType::EuLongTerm),
        permit_number: "I12345678".into(),
        permit_issuer: "Questura di Torino".into(),
        permit_issue_date: text(months_before(today, 5 * 12 + 2)),
        permit_expiry_date: String::new(),
        italian_id_card: IdentityDocument::default(),
        foreign_document: IdentityDocument {
            kind: "Passaporto".into(),
            number: "UZ7312548".into(),
            issuer: "Consolato generale del Regno del Marocco, Torino".into(),
            issue_date: text(months_before(today, 3 * 12)),
            expiry_date: text(months_after(today, 2 * 12)),
        },
    };
    app.residences = Residences {
        periods: vec![
            ResidencePeriod {
                municipality: "Milano".into(),
                province: "MI".into(),
                from: text(first_entry + chrono::Duration::days(20)),
                to: text(moved_to_turin - chrono::Duration::days(1)),
                ..Default::default()
            },
            ResidencePeriod {
                municipality: "Torino".into(),
                province: "TO".into(),
                from: text(moved_to_turin),
                to: String::new(),
                ..Default::default()
            },
        ],
        registered_in_italy_before_14: Some(false),
    };
    app.family = Family {
        spouse: Spouse {
            surname: "Benali".into(),
            name: "Youssef".into(),
            birth_date: "02/07/1985".into(),
            birth_place: Place {
                town: "Rabat".into(),
                province: String::new(),
                country: "Marocco".into(),
            },
            codice_fiscale: "BNLYSF85L02Z330X".into(),
            italian_citizen: Some(false),
            marriage_date: text(months_before(today, 12 * 12)),
            marriage_place: "Torino (TO)".into(),
            transcription_municipality: String::new(),
            transcription_date: String::new(),
            ..Default::default()
        },
        children_with_spouse: Some(true),
        household: vec![
            HouseholdMember {
                surname: "Benali".into(),
                name: "Youssef".into(),
                birth_date: "02/07/1985".into(),
                birth_place: Place {
                    town: "Rabat".into(),
                    province: String::new(),
                    country: "Marocco".into(),
                },
                codice_fiscale: "BNLYSF85L02Z330X".into(),
                relationship: Some(Relationship::Spouse),
                dependant: false,
            },
            HouseholdMember {
                surname: "Benali".into(),
                name: "Amina".into(),
                birth_date: "20/05/2015".into(),
                birth_place: Place {
                    town: "Torino".into(),
                    province: "TO".into(),
                    country: "Italia".into(),
                },
                codice_fiscale: "BNLMNA15E60L219E".into(),
                relationship: Some(Relationship::Child),
                dependant: true,
            },
        ],
    };
    app.income = Income {
        years: vec![
            IncomeYear {
                year: (year - 3).to_string(),
                amount: "19.842,00".into(),
                source: Some(IncomeSource::Cu),
                family_income: Vec::new(),
                ..Default::default()
            },
            IncomeYear {
                year: (year - 2).to_string(),
                amount: "21.310,55".into(),
                source: Some(IncomeSource::Form730),
                family_income: Vec::new(),
                ..Default::default()
            },
            IncomeYear {
                year: (year - 1).to_string(),
                amount: "22.075,40".into(),
                source: Some(IncomeSource::Form730),
                family_income: vec![FamilyIncome {
                    member_name: "Youssef Benali".into(),
                    amount: "14.200,00".into(),
                    source: Some(IncomeSource::Cu),
                    same_household: Some(true),
                }],
                ..Default::default()
            },
        ],
    };
    app.judicial = JudicialStanding {
        no_convictions: Some(true),
        convictions_details: String::new(),
        pending_proceedings: Some(false),
        certificates: vec![CriminalCertificate {
            country: "Marocco".into(),
            issue_date: text(criminal_issue),
            legalisation: Some(Legalisation::Apostille),
            translated: Some(true),
        }],
    };
    app.language = ItalianLanguage {
        exemption: None,
        certifying_body: "CILS - Università per Stranieri di Siena".into(),
        level: "B1".into(),
        certificate_number: "CILS-B1-2019-08841".into(),
        certificate_date: text(months_before(today, 6 * 12)),
    };
    app.payments = payments(today);
    app.documents = Documents {
        attached: vec![
            attachment(
                "7f3c1a9e-0d42-4b8e-9a51-2c6f0e1b7d01",
                DocumentKind::IdentityDocument,
                "passaporto.pdf",
                String::new(),
                "",
            ),
            attachment(
                "7f3c1a9e-0d42-4b8e-9a51-2c6f0e1b7d02",
                DocumentKind::ResidencePermit,
                "permesso-soggiorno-ue.pdf",
                String::new(),
                "",
            ),
            attachment(
                "7f3c1a9e-0d42-4b8e-9a51-2c6f0e1b7d03",
                DocumentKind::CodiceFiscale,
                "tessera-sanitaria.pdf",
                String::new(),
                "",
            ),
            attachment(
                "7f3c1a9e-0d42-4b8e-9a51-2c6f0e1b7d04",
                DocumentKind::BirthCertificate,
                "atto-nascita-apostille-traduzione.pdf",
                app.birth_certificate.issue_date.clone(),
                "Marocco",
            ),
            attachment(
                "7f3c1a9e-0d42-4b8e-9a51-2c6f0e1b7d05",
                DocumentKind::CriminalRecord,
                "casellario-marocco.pdf",
                text(criminal_issue),
                "Marocco",
            ),
            attachment(
                "7f3c1a9e-0d42-4b8e-9a51-2c6f0e1b7d06",
                DocumentKind::LanguageCertificate,
                "cils-b1.pdf",
                app.language.certificate_date.clone(),
                "",
            ),
            attachment(
                "7f3c1a9e-0d42-4b8e-9a51-2c6f0e1b7d07",
                DocumentKind::IncomeStatement,
                &format!("cu-{}.pdf", year - 2),
                String::new(),
                "",
            ),
            attachment(
                "7f3c1a9e-0d42-4b8e-9a51-2c6f0e1b7d08",
                DocumentKind::IncomeStatement,
                &format!("730-{}.pdf", year - 1),
                String::new(),
                "",
            ),
            attachment(
                "7f3c1a9e-0d42-4b8e-9a51-2c6f0e1b7d09",
                DocumentKind::IncomeStatement,
                &format!("730-{year}.pdf"),
                String::new(),
                "",
            ),
            attachment(
                "7f3c1a9e-0d42-4b8e-9a51-2c6f0e1b7d0a",
                DocumentKind::PaymentReceipt,
                "ricevuta-pagopa-250.pdf",
                app.payments.contribution.paid_on.clone(),
                "",
            ),
            attachment(
                "7f3c1a9e-0d42-4b8e-9a51-2c6f0e1b7d0b",
                DocumentKind::PaymentReceipt,
                "ricevuta-pagopa-16.pdf",
                app.payments.stamp_duty.paid_on.clone(),
                "",
            ),
        ],
    };
    app.consent = consent();
    app
}

/// Art. 5 (living in Italy): Elira Hoxha, born in Tirana (Albania) in 1992, married in Tirana
/// to Luca Ferrari (Italian citizen, born in Bologna), marriage transcribed in Bologna; living
/// in Bologna for about six years with a family permit; B1 certificate (PLIDA). No income
/// section (not required for art. 5).
pub fn complete_art5_italy(today: NaiveDate) -> Application {
    let marriage = months_before(today, 6 * 12 + 4);
    let first_entry = months_before(today, 6 * 12);
    let criminal_issue = months_before(today, 1);

    let mut app = Application::new();
    app.legal_basis = LegalBasisSection {
        basis: Some(LegalBasis::Art5Italy),
        prefecture: "Bologna".into(),
        ..Default::default()
    };
    app.personal = PersonalData {
        surname: "Hoxha".into(),
        name: "Elira".into(),
        birth_surname: String::new(),
        sex: Some(Sex::Female),
        birth_date: "08/10/1992".into(),
        birth_place: Place {
            town: "Tirana".into(),
            province: String::new(),
            country: "Albania".into(),
        },
        citizenships: vec!["Albania".into()],
        codice_fiscale: "HXHLRE92R48Z100E".into(),
        residence: Address {
            street: "Via San Vitale".into(),
            house_number: "48".into(),
            postcode: "40125".into(),
            municipality: "Bologna".into(),
            province: "BO".into(),
        },
        email: "elira.hoxha@example.com".into(),
        phone: "+39 347 551 0923".into(),
        marital_status: Some(MaritalStatus::Married),
    };
    app.birth_certificate = BirthCertificate {
        issuing_authority: "Zyra e Gjendjes Civile, Tiranë".into(),
        act_number: "2417".into(),
        issue_date: text(months_before(today, 4)),
        legalisation: Some(Legalisation::Apostille),
        legalisation_date: text(months_before(today, 4) + chrono::Duration::days(6)),
        translated: Some(true),
        replaced_by_atto_notorio: false,
    };
    app.entry_stay = EntryAndStay {
        first_entry_date: text(first_entry),
        permit_type: Some(PermitType::Family),
        permit_number: "J98765432".into(),
        permit_issuer: "Questura di Bologna".into(),
        permit_issue_date: text(months_before(today, 14)),
        permit_expiry_date: text(months_after(today, 46)),
        italian_id_card: IdentityDocument {
            kind: "Carta d'identità".into(),
            number: "CA12345BO".into(),
            issuer: "Comune di Bologna".into(),
            issue_date: text(months_before(today, 20)),
            expiry_date: text(months_after(today, 5 * 12)),
        },
        foreign_document: IdentityDocument {
            kind: "Passaporto".into(),
            number: "BN4417720".into(),
            issuer: "Drejtoria e Përgjithshme e Policisë, Tiranë".into(),
            issue_date: text(months_before(today, 2 * 12)),
            expiry_date: text(months_after(today, 8 * 12)),
        },
    };
    app.residences = Residences {
        periods: vec![ResidencePeriod {
            municipality: "Bologna".into(),
            province: "BO".into(),
            from: text(first_entry + chrono::Duration::days(15)),
            to: String::new(),
            ..Default::default()
        }],
        registered_in_italy_before_14: Some(false),
    };
    app.family = Family {
        spouse: Spouse {
            surname: "Ferrari".into(),
            name: "Luca".into(),
            birth_date: "23/04/1989".into(),
            birth_place: Place {
                town: "Bologna".into(),
                province: "BO".into(),
                country: "Italia".into(),
            },
            codice_fiscale: "FRRLCU89D23A944W".into(),
            italian_citizen: Some(true),
            marriage_date: text(marriage),
            marriage_place: "Tirana, Albania".into(),
            transcription_municipality: "Bologna".into(),
            transcription_date: text(marriage + chrono::Duration::days(75)),
            ..Default::default()
        },
        children_with_spouse: Some(false),
        household: vec![HouseholdMember {
            surname: "Ferrari".into(),
            name: "Luca".into(),
            birth_date: "23/04/1989".into(),
            birth_place: Place {
                town: "Bologna".into(),
                province: "BO".into(),
                country: "Italia".into(),
            },
            codice_fiscale: "FRRLCU89D23A944W".into(),
            relationship: Some(Relationship::Spouse),
            dependant: false,
        }],
    };
    app.income = Income::default();
    app.judicial = JudicialStanding {
        no_convictions: Some(true),
        convictions_details: String::new(),
        pending_proceedings: Some(false),
        certificates: vec![CriminalCertificate {
            country: "Albania".into(),
            issue_date: text(criminal_issue),
            legalisation: Some(Legalisation::Apostille),
            translated: Some(true),
        }],
    };
    app.language = ItalianLanguage {
        exemption: None,
        certifying_body: "PLIDA - Società Dante Alighieri".into(),
        level: "B1".into(),
        certificate_number: "PLIDA-B1-77120".into(),
        certificate_date: text(months_before(today, 10)),
    };
    app.payments = payments(today);
    app.documents = Documents {
        attached: vec![
            attachment(
                "c2d9e6b1-5a7f-4e03-8f21-9b4d3a6c1e01",
                DocumentKind::IdentityDocument,
                "passaporto-hoxha.pdf",
                String::new(),
                "",
            ),
            attachment(
                "c2d9e6b1-5a7f-4e03-8f21-9b4d3a6c1e02",
                DocumentKind::ResidencePermit,
                "permesso-famiglia.pdf",
                String::new(),
                "",
            ),
            attachment(
                "c2d9e6b1-5a7f-4e03-8f21-9b4d3a6c1e03",
                DocumentKind::CodiceFiscale,
                "codice-fiscale.pdf",
                String::new(),
                "",
            ),
            attachment(
                "c2d9e6b1-5a7f-4e03-8f21-9b4d3a6c1e04",
                DocumentKind::BirthCertificate,
                "certifikate-lindje-apostille.pdf",
                app.birth_certificate.issue_date.clone(),
                "Albania",
            ),
            attachment(
                "c2d9e6b1-5a7f-4e03-8f21-9b4d3a6c1e05",
                DocumentKind::CriminalRecord,
                "gjendja-gjyqesore.pdf",
                text(criminal_issue),
                "Albania",
            ),
            attachment(
                "c2d9e6b1-5a7f-4e03-8f21-9b4d3a6c1e06",
                DocumentKind::LanguageCertificate,
                "plida-b1.pdf",
                app.language.certificate_date.clone(),
                "",
            ),
            attachment(
                "c2d9e6b1-5a7f-4e03-8f21-9b4d3a6c1e07",
                DocumentKind::MarriageCertificate,
                "atto-matrimonio-trascritto.pdf",
                app.family.spouse.transcription_date.clone(),
                "",
            ),
            attachment(
                "c2d9e6b1-5a7f-4e03-8f21-9b4d3a6c1e08",
                DocumentKind::PaymentReceipt,
                "ricevuta-pagopa-250.pdf",
                app.payments.contribution.paid_on.clone(),
                "",
            ),
            attachment(
                "c2d9e6b1-5a7f-4e03-8f21-9b4d3a6c1e09",
                DocumentKind::PaymentReceipt,
                "ricevuta-pagopa-16.pdf",
                app.payments.stamp_duty.paid_on.clone(),
                "",
            ),
        ],
    };
    app.consent = consent();
    app
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::check_application;

    fn assert_complete(app: &Application, today: NaiveDate) {
        for status in check_application(app, today) {
            assert!(
                status.is_complete(),
                "{:?} at {today}: {:?}",
                status.section,
                status.issues
            );
        }
    }

    #[test]
    fn samples_are_eligible() {
        use crate::rules::eligibility::{EligibilityInput, Verdict, assess};
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
        for app in [complete_art9(today), complete_art5_italy(today)] {
            let assessment = assess(&EligibilityInput::from_application(&app), today);
            assert_eq!(
                assessment.verdict,
                Verdict::Eligible,
                "{:?}",
                assessment.reasons
            );
        }
    }

    #[test]
    fn samples_are_complete_on_many_days() {
        let mut today = NaiveDate::from_ymd_opt(2024, 1, 1).expect("date");
        let end = NaiveDate::from_ymd_opt(2031, 12, 31).expect("date");
        while today <= end {
            assert_complete(&complete_art9(today), today);
            assert_complete(&complete_art5_italy(today), today);
            today += chrono::Duration::days(37);
        }
        for leap in ["2028-02-29", "2024-02-29", "2026-08-31", "2027-03-31"] {
            let today = leap.parse().expect("date");
            assert_complete(&complete_art9(today), today);
            assert_complete(&complete_art5_italy(today), today);
        }
    }
}
