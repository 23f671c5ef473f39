//! The application for Italian citizenship as the applicant fills it in.
//!
//! Every value the user types is kept as the text they typed (`String`), even when it is not
//! (yet) valid: a draft must never lose input. Parsing and validation live in `crate::rules`.
//! Choices are `Option<Enum>` so that "not answered yet" is distinct from any answer.
//!
//! Every struct is `#[serde(default)]` so that a draft written by this version loads in a later
//! one (new fields take their default) and a draft from a later version loads here (unknown
//! fields are ignored, unknown choices read as not answered): see [`lenient`], whose
//! `decode_application` also reports what a newer draft holds that this version cannot keep.

use serde::{Deserialize, Serialize};

pub mod lenient;
pub mod procedure;
pub mod sections;
pub use procedure::ProcedureEvents;
pub use sections::*;

/// Version of the serialised layout; bump when a migration is needed.
pub const SCHEMA_VERSION: u32 = 1;

/// The twelve sections of the portal's form, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionId {
    LegalBasis,
    Personal,
    BirthCertificate,
    EntryStay,
    Residences,
    Family,
    Income,
    Judicial,
    Language,
    Payments,
    Documents,
    Consent,
}

impl SectionId {
    pub const ALL: [SectionId; 12] = [
        SectionId::LegalBasis,
        SectionId::Personal,
        SectionId::BirthCertificate,
        SectionId::EntryStay,
        SectionId::Residences,
        SectionId::Family,
        SectionId::Income,
        SectionId::Judicial,
        SectionId::Language,
        SectionId::Payments,
        SectionId::Documents,
        SectionId::Consent,
    ];

    /// 1-based number as shown on the portal.
    pub fn number(self) -> usize {
        self as usize + 1
    }

    /// Stable key: the serde name of the section inside [`Application`], also the prefix of
    /// its field paths and the base of its i18n message id (`section-<key>` with `_` -> `-`).
    pub fn key(self) -> &'static str {
        match self {
            SectionId::LegalBasis => "legal_basis",
            SectionId::Personal => "personal",
            SectionId::BirthCertificate => "birth_certificate",
            SectionId::EntryStay => "entry_stay",
            SectionId::Residences => "residences",
            SectionId::Family => "family",
            SectionId::Income => "income",
            SectionId::Judicial => "judicial",
            SectionId::Language => "language",
            SectionId::Payments => "payments",
            SectionId::Documents => "documents",
            SectionId::Consent => "consent",
        }
    }

    pub fn from_key(key: &str) -> Option<SectionId> {
        SectionId::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// One application (draft or submitted), for one applicant.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Application {
    pub schema_version: u32,
    pub legal_basis: LegalBasisSection,
    pub personal: PersonalData,
    pub birth_certificate: BirthCertificate,
    pub entry_stay: EntryAndStay,
    pub residences: Residences,
    pub family: Family,
    pub income: Income,
    pub judicial: JudicialStanding,
    pub language: ItalianLanguage,
    pub payments: Payments,
    pub documents: Documents,
    pub consent: Consent,
    /// Set once the prefecture accepted the submission ("K10/0000001", "K10/C/0000001").
    pub k10_number: String,
    /// Dates of the procedure after the draft (submission, notices, decree, oath). Not a form
    /// section: the timeline screen edits it and the deadlines follow from it.
    pub procedure: ProcedureEvents,
}

impl Application {
    pub fn new() -> Self {
        Application {
            schema_version: SCHEMA_VERSION,
            ..Default::default()
        }
    }

    /// "Surname Name", or an empty string when neither is filled in yet.
    pub fn display_name(&self) -> String {
        let surname = self.personal.surname.trim();
        let name = self.personal.name.trim();
        match (surname.is_empty(), name.is_empty()) {
            (true, true) => String::new(),
            (false, true) => surname.to_string(),
            (true, false) => name.to_string(),
            (false, false) => format!("{surname} {name}"),
        }
    }
}
