//! Sections 11-12: documents attached, consent and review.

use chrono::Months;

use super::{Checker, Context, obligations::criminal_record_countries, same_country};
use crate::model::{AttachedDocument, DocumentKind, LanguageExemption, PermitType};
use crate::rules::{Problem, fields};

/// The Fluent id of a document kind (`doc-<key>`).
pub(crate) fn doc_id(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::BirthCertificate => "doc-birth-certificate",
        DocumentKind::CriminalRecord => "doc-criminal-record",
        DocumentKind::IdentityDocument => "doc-identity-document",
        DocumentKind::ResidencePermit => "doc-residence-permit",
        DocumentKind::CodiceFiscale => "doc-codice-fiscale",
        DocumentKind::LanguageCertificate => "doc-language-certificate",
        DocumentKind::IncomeStatement => "doc-income-statement",
        DocumentKind::PaymentReceipt => "doc-payment-receipt",
        DocumentKind::MarriageCertificate => "doc-marriage-certificate",
        DocumentKind::AttoNotorio => "doc-atto-notorio",
        DocumentKind::Other => "doc-other",
    }
}

pub(crate) fn documents(ctx: &Context<'_>, c: &mut Checker) {
    let attached = &ctx.app.documents.attached;
    for (i, doc) in attached.iter().enumerate() {
        if doc.vault_id.trim().is_empty() || doc.kind.is_none() {
            c.issue(&format!("attached.{i}"), Problem::AttachmentIncomplete);
        }
    }
    let usable: Vec<&AttachedDocument> = attached
        .iter()
        .filter(|doc| doc.kind.is_some() && !doc.vault_id.trim().is_empty())
        .collect();
    let count = |kind: DocumentKind| usable.iter().filter(|doc| doc.kind == Some(kind)).count();
    let need = |kind: DocumentKind, how_many: usize, c: &mut Checker| {
        if count(kind) < how_many {
            c.issue(
                "attached",
                Problem::DocumentMissing {
                    kind: doc_id(kind),
                    detail: String::new(),
                },
            );
        }
    };

    need(DocumentKind::IdentityDocument, 1, c);
    let in_italy = ctx.lives_in_italy();
    if in_italy && !ctx.eu_citizen() {
        need(DocumentKind::ResidencePermit, 1, c);
    }
    if in_italy || !ctx.app.personal.codice_fiscale.trim().is_empty() {
        need(DocumentKind::CodiceFiscale, 1, c);
    }
    let refugee = ctx.refugee_or_stateless().is_some();
    if !ctx.born_in_italy() {
        if refugee
            && (ctx.app.birth_certificate.replaced_by_atto_notorio
                || count(DocumentKind::BirthCertificate) == 0)
        {
            need(DocumentKind::AttoNotorio, 1, c);
        } else {
            need(DocumentKind::BirthCertificate, 1, c);
        }
    }
    for country in criminal_record_countries(ctx) {
        let certificate = usable.iter().find(|doc| {
            doc.kind == Some(DocumentKind::CriminalRecord) && same_country(&doc.country, &country)
        });
        match certificate {
            None => c.issue(
                "attached",
                Problem::DocumentMissing {
                    kind: doc_id(DocumentKind::CriminalRecord),
                    detail: country,
                },
            ),
            Some(doc) => {
                let valid_until = fields::parse_date(&doc.issue_date)
                    .ok()
                    .and_then(|issued| issued.checked_add_months(Months::new(6)));
                if let Some(on) = valid_until.filter(|on| *on < ctx.today) {
                    c.issue(
                        "attached",
                        Problem::DocumentExpired {
                            kind: doc_id(DocumentKind::CriminalRecord),
                            on: fields::format_date(on),
                        },
                    );
                }
            }
        }
    }
    let language_exempt = matches!(
        ctx.app.language.exemption,
        Some(LanguageExemption::EuLongTermPermit | LanguageExemption::IntegrationAgreement)
    ) || ctx.app.entry_stay.permit_type == Some(PermitType::EuLongTerm);
    if !language_exempt {
        need(DocumentKind::LanguageCertificate, 1, c);
    }
    if ctx.is_marriage() {
        need(DocumentKind::MarriageCertificate, 1, c);
    } else {
        need(DocumentKind::IncomeStatement, 3, c);
    }
    need(DocumentKind::PaymentReceipt, 2, c);
}

pub(crate) fn consent(ctx: &Context<'_>, c: &mut Checker) {
    let consent = &ctx.app.consent;
    for (field, ticked) in [
        ("truthfulness", consent.truthfulness),
        ("privacy", consent.privacy),
        ("reviewed", consent.reviewed),
    ] {
        if !ticked {
            c.issue(field, Problem::MustAccept);
        }
    }
}
