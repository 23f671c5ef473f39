//! Sections 11-12: documents attached, consent and review.

use super::{Checker, Context, requirements};
use crate::model::DocumentKind;
use crate::rules::Problem;
use crate::rules::checklist::{self, ItemDetail, ItemState};
use crate::rules::fields::{self, parse_user_date};

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

/// Complete when every attachment is usable and the checklist (`rules::checklist`) has no
/// missing or expired item. Checklist problems are reported on `documents.checklist.<i>`, `i`
/// being the item's index in [`checklist::checklist`]'s list.
pub(crate) fn documents(ctx: &Context<'_>, c: &mut Checker) {
    for (i, doc) in ctx.app.documents.attached.iter().enumerate() {
        if doc.vault_id.trim().is_empty() || doc.kind.is_none() {
            c.issue(&format!("attached.{i}"), Problem::AttachmentIncomplete);
        }
    }
    // Section 8's issue date is the one that counts: an attached certificate saying otherwise
    // must be corrected (or section 8 must).
    for certificate in checklist::criminal_record_certificates(ctx.app).unwrap_or_default() {
        let Some((i, doc)) = certificate.attachment else {
            continue;
        };
        let declared =
            requirements::declared_criminal_record_issue_date(ctx.app, &certificate.country);
        if let (Some(declared), Some(own)) = (declared, parse_user_date(&doc.issue_date))
            && declared != own
        {
            c.issue(
                &format!("attached.{i}"),
                Problem::IssueDateMismatch {
                    declared: fields::format_date(declared),
                },
            );
        }
    }
    for (i, item) in checklist::checklist(ctx.app, ctx.today).iter().enumerate() {
        let detail = match &item.detail {
            ItemDetail::Country(country) => country.clone(),
            ItemDetail::Year(year) => year.to_string(),
            _ => String::new(),
        };
        let field = format!("checklist.{i}");
        match &item.state {
            ItemState::Missing => c.issue(
                &field,
                Problem::DocumentMissing {
                    kind: doc_id(item.kind),
                    detail,
                },
            ),
            ItemState::Expired { on } => c.issue(
                &field,
                Problem::DocumentExpired {
                    kind: doc_id(item.kind),
                    on: fields::format_date(*on),
                },
            ),
            _ => {}
        }
    }
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
