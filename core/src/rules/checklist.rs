//! The documents checklist of one applicant: which documents the application needs, which are
//! exempt (and why), which are attached to the draft, and which are expiring or expired.
//!
//! Attachments are matched by [`DocumentKind`] (criminal record certificates also by country).
//! The criminal record certificate is valid six months from its ISSUE date; identity documents
//! and residence permits are checked against the expiry date typed in section 4.
//! The Documents section (11) is complete when no item is [`ItemState::Missing`] or
//! [`ItemState::Expired`] (see [`is_complete`]).

use chrono::NaiveDate;

use crate::model::{Application, AttachedDocument, DocumentKind, LegalBasis};

use super::countries::{is_italy_name, same_country};
use super::fields::parse_user_date;
use super::requirements::{self, CriminalRecords, Exemption, Need, criminal_record_valid_until};

/// An item is "expiring" when it stops being valid within this many days.
pub const EXPIRING_WITHIN_DAYS: i64 = 30;

/// The state of one required (or exempt) document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemState {
    /// Required and not attached yet.
    Missing,
    /// Not required for this applicant; `reason_id` is the Fluent id explaining why.
    Exempt { reason_id: &'static str },
    /// Attached and valid (for more than [`EXPIRING_WITHIN_DAYS`] days where validity matters).
    Provided { vault_id: String },
    /// Attached, but it stops being valid on `on` (within [`EXPIRING_WITHIN_DAYS`] days).
    Expiring { on: NaiveDate },
    /// Attached, but no longer valid: it expired on `on`.
    Expired { on: NaiveDate },
}

impl ItemState {
    /// Whether this item keeps the Documents section from being complete.
    pub fn blocks_completion(&self) -> bool {
        matches!(self, ItemState::Missing | ItemState::Expired { .. })
    }

    /// Stable key, also the base of the i18n id `checklist-state-<key>`.
    pub fn key(&self) -> &'static str {
        match self {
            ItemState::Missing => "missing",
            ItemState::Exempt { .. } => "exempt",
            ItemState::Provided { .. } => "provided",
            ItemState::Expiring { .. } => "expiring",
            ItemState::Expired { .. } => "expired",
        }
    }
}

/// What a payment receipt is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PaymentPurpose {
    /// The 250 EUR contribution.
    Contribution,
    /// The 16 EUR marca da bollo.
    StampDuty,
}

impl PaymentPurpose {
    pub fn key(self) -> &'static str {
        match self {
            PaymentPurpose::Contribution => "contribution",
            PaymentPurpose::StampDuty => "stamp-duty",
        }
    }
}

/// Which one of several documents of the same kind an item is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemDetail {
    None,
    /// Criminal record certificate of this country.
    Country(String),
    /// Income statement (CU, 730, Redditi) of this tax year.
    Year(i32),
    /// Atto notorio replacing this document (refugees and stateless persons).
    Replaces(DocumentKind),
    /// Payment receipt for this payment.
    Payment(PaymentPurpose),
}

/// One line of the checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistItem {
    pub kind: DocumentKind,
    pub detail: ItemDetail,
    pub state: ItemState,
    /// Vault id of the attachment matched to this item (also when expiring or expired).
    pub attachment: Option<String>,
}

impl ChecklistItem {
    /// Country of a criminal record certificate.
    pub fn country(&self) -> Option<&str> {
        match &self.detail {
            ItemDetail::Country(country) => Some(country),
            _ => None,
        }
    }

    /// Fluent id of the item's label, e.g. `doc-criminal-record` (same as the document kind's).
    pub fn label_id(&self) -> String {
        format!("doc-{}", self.kind.key())
    }

    /// Fluent id that qualifies the label (`checklist-detail-*`), if any, with [`Self::label_args`].
    pub fn detail_id(&self) -> Option<&'static str> {
        match &self.detail {
            ItemDetail::None => None,
            ItemDetail::Country(_) => Some("checklist-detail-country"),
            ItemDetail::Year(_) => Some("checklist-detail-year"),
            ItemDetail::Replaces(DocumentKind::CriminalRecord) => {
                Some("checklist-detail-replaces-criminal-record")
            }
            ItemDetail::Replaces(_) => Some("checklist-detail-replaces-birth-certificate"),
            ItemDetail::Payment(PaymentPurpose::Contribution) => {
                Some("checklist-detail-contribution")
            }
            ItemDetail::Payment(PaymentPurpose::StampDuty) => Some("checklist-detail-stamp-duty"),
        }
    }

    /// Arguments of [`Self::detail_id`] and of the state's message (`$country`, `$year`, `$date`).
    pub fn label_args(&self) -> Vec<(&'static str, String)> {
        let mut args = Vec::new();
        match &self.detail {
            ItemDetail::Country(country) => args.push(("country", country.clone())),
            ItemDetail::Year(year) => args.push(("year", year.to_string())),
            _ => {}
        }
        match &self.state {
            ItemState::Expiring { on } | ItemState::Expired { on } => {
                args.push(("date", on.format("%d/%m/%Y").to_string()))
            }
            _ => {}
        }
        args
    }
}

/// Every Fluent id this module names (states, details, exemption reasons).
pub fn message_ids() -> &'static [&'static str] {
    &[
        "checklist-state-missing",
        "checklist-state-exempt",
        "checklist-state-provided",
        "checklist-state-expiring",
        "checklist-state-expired",
        "checklist-detail-country",
        "checklist-detail-year",
        "checklist-detail-replaces-birth-certificate",
        "checklist-detail-replaces-criminal-record",
        "checklist-detail-contribution",
        "checklist-detail-stamp-duty",
        "checklist-exempt-eu-citizen",
        "checklist-exempt-living-abroad",
        "checklist-exempt-born-in-italy",
        "checklist-exempt-atto-notorio",
        "checklist-exempt-before-14",
        "checklist-exempt-eu-long-term-permit",
        "checklist-exempt-integration-agreement",
        "checklist-exempt-no-income",
    ]
}

/// True when no item is missing or expired (the Documents section's blue dot).
pub fn is_complete(items: &[ChecklistItem]) -> bool {
    !items.iter().any(|item| item.state.blocks_completion())
}

/// The checklist of `application` as of `today`, in the order the portal asks for documents.
pub fn checklist(application: &Application, today: NaiveDate) -> Vec<ChecklistItem> {
    let mut pool = AttachmentPool::new(&application.documents.attached);
    let mut items = Vec::new();
    let basis = application.legal_basis.basis;

    identity_documents(application, today, &mut pool, &mut items);
    items.push(needed_item(
        DocumentKind::BirthCertificate,
        ItemDetail::None,
        requirements::birth_certificate(application),
        &mut pool,
    ));
    criminal_records(application, today, &mut items);
    if refugee_needs_atto_notorio(&items) {
        atto_notorio(&items.clone(), &mut pool, &mut items);
    }
    items.push(needed_item(
        DocumentKind::LanguageCertificate,
        ItemDetail::None,
        requirements::language_certificate(application),
        &mut pool,
    ));
    if basis.is_some_and(LegalBasis::is_marriage) {
        items.push(simple_item(
            DocumentKind::MarriageCertificate,
            ItemDetail::None,
            &mut pool,
        ));
    }
    for (year, need) in requirements::income_statements(application, today) {
        items.push(needed_item(
            DocumentKind::IncomeStatement,
            ItemDetail::Year(year),
            need,
            &mut pool,
        ));
    }
    for purpose in [PaymentPurpose::Contribution, PaymentPurpose::StampDuty] {
        items.push(simple_item(
            DocumentKind::PaymentReceipt,
            ItemDetail::Payment(purpose),
            &mut pool,
        ));
    }
    items
}

/// The attachments not yet matched to an item.
struct AttachmentPool<'a> {
    free: Vec<&'a AttachedDocument>,
}

impl<'a> AttachmentPool<'a> {
    fn new(attached: &'a [AttachedDocument]) -> Self {
        AttachmentPool {
            free: attached
                .iter()
                .filter(|doc| doc.kind.is_some() && !doc.vault_id.trim().is_empty())
                .collect(),
        }
    }

    /// Takes the first free attachment of `kind` accepted by `accept`.
    fn take(
        &mut self,
        kind: DocumentKind,
        accept: impl Fn(&AttachedDocument) -> bool,
    ) -> Option<&'a AttachedDocument> {
        let index = self
            .free
            .iter()
            .position(|doc| doc.kind == Some(kind) && accept(doc))?;
        Some(self.free.remove(index))
    }

    fn remaining(&self, kind: DocumentKind) -> Vec<&'a AttachedDocument> {
        self.free
            .iter()
            .copied()
            .filter(|doc| doc.kind == Some(kind))
            .collect()
    }
}

fn simple_item(
    kind: DocumentKind,
    detail: ItemDetail,
    pool: &mut AttachmentPool<'_>,
) -> ChecklistItem {
    match pool.take(kind, |_| true) {
        Some(doc) => provided(kind, detail, doc),
        None => missing(kind, detail),
    }
}

/// Exempt, or matched to an attachment of `kind` like [`simple_item`].
fn needed_item(
    kind: DocumentKind,
    detail: ItemDetail,
    need: Need,
    pool: &mut AttachmentPool<'_>,
) -> ChecklistItem {
    match need {
        Need::Exempt(exemption) => exempt(kind, detail, exemption.reason_id()),
        Need::Required => simple_item(kind, detail, pool),
    }
}

fn provided(kind: DocumentKind, detail: ItemDetail, doc: &AttachedDocument) -> ChecklistItem {
    ChecklistItem {
        kind,
        detail,
        state: ItemState::Provided {
            vault_id: doc.vault_id.clone(),
        },
        attachment: Some(doc.vault_id.clone()),
    }
}

fn missing(kind: DocumentKind, detail: ItemDetail) -> ChecklistItem {
    ChecklistItem {
        kind,
        detail,
        state: ItemState::Missing,
        attachment: None,
    }
}

fn exempt(kind: DocumentKind, detail: ItemDetail, reason_id: &'static str) -> ChecklistItem {
    ChecklistItem {
        kind,
        detail,
        state: ItemState::Exempt { reason_id },
        attachment: None,
    }
}

/// Provided, expiring or expired depending on the last day of validity.
fn with_validity(
    mut item: ChecklistItem,
    valid_until: Option<NaiveDate>,
    today: NaiveDate,
) -> ChecklistItem {
    if item.attachment.is_none() {
        return item;
    }
    if let Some(on) = valid_until {
        if today > on {
            item.state = ItemState::Expired { on };
        } else if (on - today).num_days() <= EXPIRING_WITHIN_DAYS {
            item.state = ItemState::Expiring { on };
        }
    }
    item
}

fn identity_documents(
    application: &Application,
    today: NaiveDate,
    pool: &mut AttachmentPool<'_>,
    items: &mut Vec<ChecklistItem>,
) {
    let stay = &application.entry_stay;
    let id = simple_item(DocumentKind::IdentityDocument, ItemDetail::None, pool);
    items.push(with_validity(
        id,
        parse_user_date(&stay.foreign_document.expiry_date),
        today,
    ));

    match requirements::residence_permit(application) {
        Need::Exempt(exemption) => items.push(exempt(
            DocumentKind::ResidencePermit,
            ItemDetail::None,
            exemption.reason_id(),
        )),
        Need::Required => {
            let permit = simple_item(DocumentKind::ResidencePermit, ItemDetail::None, pool);
            // A permit with no expiry (EU long-term) leaves the field empty.
            items.push(with_validity(
                permit,
                parse_user_date(&stay.permit_expiry_date),
                today,
            ));
        }
    }
    items.push(needed_item(
        DocumentKind::CodiceFiscale,
        ItemDetail::None,
        requirements::codice_fiscale(application),
        pool,
    ));
}

fn criminal_records(application: &Application, today: NaiveDate, items: &mut Vec<ChecklistItem>) {
    let kind = DocumentKind::CriminalRecord;
    let certificates = match criminal_record_certificates(application) {
        Err(exemption) => {
            items.push(exempt(kind, ItemDetail::None, exemption.reason_id()));
            return;
        }
        Ok(certificates) => certificates,
    };
    for certificate in certificates {
        let detail = if certificate.country.is_empty() {
            ItemDetail::None
        } else {
            ItemDetail::Country(certificate.country)
        };
        items.push(match certificate.attachment {
            Some((_, doc)) => with_validity(
                provided(kind, detail, doc),
                certificate.issued.map(criminal_record_valid_until),
                today,
            ),
            None => missing(kind, detail),
        });
    }
}

/// One criminal record certificate the application needs, with the attachment matched to it.
#[derive(Debug, Clone, PartialEq)]
pub struct CriminalRecordCertificate<'a> {
    /// The country; empty while no citizenship is known (one certificate, country unknown).
    pub country: String,
    /// The attachment matched to it and its index in `documents.attached`.
    pub attachment: Option<(usize, &'a AttachedDocument)>,
    /// The issue date that counts, by [`requirements::criminal_record_issue_date`].
    pub issued: Option<NaiveDate>,
}

/// The criminal record certificates needed (or why none is), each matched to an attachment:
/// the one answer the checklist, the Documents section and the deadlines use. Attachments match
/// by country first, then attachments with no country fill what is left; certificates attached
/// for countries not listed in section 8 still count (Italy's aside).
pub fn criminal_record_certificates(
    application: &Application,
) -> Result<Vec<CriminalRecordCertificate<'_>>, Exemption> {
    let kind = DocumentKind::CriminalRecord;
    let mut countries = match requirements::criminal_records(application) {
        CriminalRecords::Exempt(exemption) => return Err(exemption),
        CriminalRecords::Countries(countries) => countries,
    };
    let attached = &application.documents.attached;
    let mut pool = AttachmentPool::new(attached);
    for doc in pool.remaining(kind) {
        let country = doc.country.trim();
        if !country.is_empty()
            && !is_italy_name(country)
            && !countries.iter().any(|c| same_country(c, country))
        {
            countries.push(country.to_string());
        }
    }
    let matched: Vec<Option<&AttachedDocument>> = if countries.is_empty() {
        countries.push(String::new());
        vec![pool.take(kind, |_| true)]
    } else {
        let mut matched: Vec<_> = countries
            .iter()
            .map(|country| pool.take(kind, |doc| same_country(&doc.country, country)))
            .collect();
        for slot in matched.iter_mut().filter(|slot| slot.is_none()) {
            *slot = pool.take(kind, |doc| doc.country.trim().is_empty());
        }
        matched
    };
    Ok(countries
        .into_iter()
        .zip(matched)
        .map(|(country, doc)| {
            let attachment = doc.and_then(|doc| {
                let index = attached.iter().position(|d| std::ptr::eq(d, doc))?;
                Some((index, doc))
            });
            CriminalRecordCertificate {
                issued: requirements::criminal_record_issue_date(application, &country, doc),
                country,
                attachment,
            }
        })
        .collect())
}

fn refugee_needs_atto_notorio(items: &[ChecklistItem]) -> bool {
    items.iter().any(|item| {
        matches!(
            item.state,
            ItemState::Exempt {
                reason_id: "checklist-exempt-atto-notorio"
            }
        )
    })
}

/// One atto notorio for each certificate it replaces.
fn atto_notorio(
    before: &[ChecklistItem],
    pool: &mut AttachmentPool<'_>,
    items: &mut Vec<ChecklistItem>,
) {
    for replaced in before.iter().filter(|item| {
        matches!(
            item.state,
            ItemState::Exempt {
                reason_id: "checklist-exempt-atto-notorio"
            }
        )
    }) {
        items.push(simple_item(
            DocumentKind::AttoNotorio,
            ItemDetail::Replaces(replaced.kind),
            pool,
        ));
    }
}

/// The tax years whose income statements are needed (newest first): the three years before
/// `today`'s year, as section 7 asks for them; none for art. 5.
pub fn income_years(application: &Application, today: NaiveDate) -> Vec<i32> {
    requirements::income_statements(application, today)
        .into_iter()
        .map(|(year, _)| year)
        .collect()
}

#[cfg(test)]
mod tests {
    /// Every `checklist-...` literal of this file is listed in `message_ids()`.
    #[test]
    fn message_ids_cover_the_source() {
        let source = include_str!("checklist.rs");
        for literal in source.split('"').skip(1).step_by(2) {
            if literal.starts_with("checklist-") && !literal.ends_with('-') {
                assert!(super::message_ids().contains(&literal), "{literal}");
            }
        }
    }
}
