//! The kinds of problem a field can have, each with its Fluent message id.
//!
//! Dates in arguments are formatted `DD/MM/YYYY`, amounts `12.345,67`, so that the messages
//! read naturally in Italian and English alike.

use std::sync::OnceLock;

use crate::codice_fiscale::{CfError, CfPart};

/// What is wrong with a field. Each variant maps to one Fluent message id (`err-...`).
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// A required field is empty / unanswered.
    Missing,
    /// Not a date (expects DD/MM/YYYY).
    InvalidDate,
    /// Looks like a date but the day does not exist (31/02/2020).
    ImpossibleDate,
    /// A year before 1900 or after 2100.
    YearOutOfRange,
    /// A date that cannot be in the future is.
    DateInFuture,
    /// A date that must come after the applicant's (or the person's) birth does not.
    DateBeforeBirth,
    /// An end date (to, expiry, ...) before its start date (`start`).
    EndBeforeStart { start: String },
    /// A date before another event it must follow (`event` is a Fluent id of the event, `date` its date).
    DateBefore { event: &'static str, date: String },
    /// A document or permit no longer valid: it expired on `on`.
    Expired { on: String },
    /// Not an amount in euro.
    InvalidAmount,
    /// A payment of the wrong amount (`expected`, formatted like `250,00`).
    WrongAmount { expected: String },
    /// Not an e-mail address.
    InvalidEmail,
    /// Not a phone number.
    InvalidPhone,
    /// Not an Italian province code (two letters, e.g. MI).
    InvalidProvince,
    /// Not an Italian postcode (CAP, five digits).
    InvalidPostcode,
    /// Not a year (four digits).
    InvalidYear,
    /// Not a pagoPA notice code (18 digits) nor an IUV.
    InvalidNoticeCode,
    /// A name containing digits or symbols.
    InvalidName,
    /// The codice fiscale itself is not valid (length, check letter, ...), or a place of birth
    /// the codice fiscale tables do not know. Message id and arguments are the [`CfError`]'s.
    CodiceFiscale(CfError),
    /// A valid codice fiscale that does not match the personal data typed: `part` is the
    /// first part that differs, `expected` what the data give, `found` what the code says.
    CodiceFiscaleMismatch {
        part: CfPart,
        expected: String,
        found: String,
    },
    /// Art. 9 a) "born in Italy" while the place of birth is abroad, or the reverse.
    BirthPlaceContradictsBasis,
    /// Art. 5 requires the spouse to be an Italian citizen.
    SpouseNotItalian,
    /// Art. 5 requires being married or in a civil union.
    NotMarried,
    /// The atto notorio replaces the birth certificate only for refugees and stateless persons.
    AttoNotorioNotAllowed,
    /// Foreign certificates must be translated into Italian (or be multilingual forms).
    TranslationRequired,
    /// Two residence periods leave uncovered days (`from` to `to`).
    ResidenceGap { from: String, to: String },
    /// A residence period overlaps period number `other` (1-based).
    ResidenceOverlap { other: usize },
    /// Only the current (last) residence may be left open.
    OpenPeriodNotLast,
    /// The last residence ends before today (`on`): the current residence is missing.
    ResidencesNotUpToDate { on: String },
    /// "Registered before 14" while the first registration is after the 14th birthday.
    RegisteredBefore14Contradicted,
    /// The income of tax year `year` is missing.
    IncomeYearMissing { year: i32 },
    /// A tax year that is not one of the three required (`years`).
    IncomeYearNotRequired { years: String },
    /// The same tax year entered twice.
    DuplicateYear,
    /// No criminal record certificate for `country`.
    CriminalCertificateMissing { country: String },
    /// Language level below B1 (`level`).
    LanguageLevelTooLow { level: String },
    /// Not a CEFR level (A1 ... C2).
    InvalidLanguageLevel,
    /// The EU long-term permit exemption without that permit in section 4.
    ExemptionNeedsLongTermPermit,
    /// EU citizens are not exempt from the language requirement.
    ExemptionNotForEuCitizens,
    /// A required declaration left unticked.
    MustAccept,
    /// A required document (`kind` is its Fluent id, e.g. `doc-criminal-record`) not attached;
    /// `detail` says which one (a country, a tax year) or is empty.
    DocumentMissing { kind: &'static str, detail: String },
    /// An attached document no longer valid (expired on `on`).
    DocumentExpired { kind: &'static str, on: String },
    /// An attachment with no vault file or no document kind.
    AttachmentIncomplete,
    /// An attached certificate whose issue date differs from the one section 8 declares
    /// (`declared`, the date that counts).
    IssueDateMismatch { declared: String },
    /// Not a whole number (a count, e.g. of dependants).
    NotACount,
    /// Not one of the prefectures (pick one from the list).
    UnknownPrefecture,
}

/// Every message id a [`Problem`] can produce (the codice fiscale's `err-cf-*` included), for
/// the i18n coverage test.
pub fn problem_message_ids() -> &'static [&'static str] {
    static IDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    IDS.get_or_init(|| {
        let mut ids = OWN_MESSAGE_IDS.to_vec();
        ids.extend_from_slice(CfError::message_ids());
        ids
    })
}

const OWN_MESSAGE_IDS: &[&str] = &[
    "err-missing",
    "err-invalid-date",
    "err-impossible-date",
    "err-year-out-of-range",
    "err-date-in-future",
    "err-date-before-birth",
    "err-end-before-start",
    "err-date-before",
    "err-expired",
    "err-invalid-amount",
    "err-wrong-amount",
    "err-invalid-email",
    "err-invalid-phone",
    "err-invalid-province",
    "err-invalid-postcode",
    "err-invalid-year",
    "err-invalid-notice-code",
    "err-invalid-name",
    "err-birth-place-contradicts-basis",
    "err-spouse-not-italian",
    "err-not-married",
    "err-atto-notorio-not-allowed",
    "err-translation-required",
    "err-residence-gap",
    "err-residence-overlap",
    "err-open-period-not-last",
    "err-residences-not-up-to-date",
    "err-registered-before-14-contradicted",
    "err-income-year-missing",
    "err-income-year-not-required",
    "err-duplicate-year",
    "err-criminal-certificate-missing",
    "err-language-level-too-low",
    "err-invalid-language-level",
    "err-exemption-needs-long-term-permit",
    "err-exemption-not-for-eu-citizens",
    "err-must-accept",
    "err-document-missing",
    "err-document-missing-for",
    "err-document-expired",
    "err-attachment-incomplete",
    "err-issue-date-mismatch",
    "err-not-a-count",
    "err-unknown-prefecture",
];

impl Problem {
    /// The Fluent message id that explains the problem to the user.
    pub fn message_id(&self) -> &'static str {
        match self {
            Problem::Missing => "err-missing",
            Problem::InvalidDate => "err-invalid-date",
            Problem::ImpossibleDate => "err-impossible-date",
            Problem::YearOutOfRange => "err-year-out-of-range",
            Problem::DateInFuture => "err-date-in-future",
            Problem::DateBeforeBirth => "err-date-before-birth",
            Problem::EndBeforeStart { .. } => "err-end-before-start",
            Problem::DateBefore { .. } => "err-date-before",
            Problem::Expired { .. } => "err-expired",
            Problem::InvalidAmount => "err-invalid-amount",
            Problem::WrongAmount { .. } => "err-wrong-amount",
            Problem::InvalidEmail => "err-invalid-email",
            Problem::InvalidPhone => "err-invalid-phone",
            Problem::InvalidProvince => "err-invalid-province",
            Problem::InvalidPostcode => "err-invalid-postcode",
            Problem::InvalidYear => "err-invalid-year",
            Problem::InvalidNoticeCode => "err-invalid-notice-code",
            Problem::InvalidName => "err-invalid-name",
            Problem::CodiceFiscale(error) => error.message_id(),
            Problem::CodiceFiscaleMismatch { part, .. } => match part {
                CfPart::Surname => "err-cf-mismatch-surname",
                CfPart::Name => "err-cf-mismatch-name",
                CfPart::BirthDate => "err-cf-mismatch-birth-date",
                CfPart::Sex => "err-cf-mismatch-sex",
                CfPart::Place => "err-cf-mismatch-place",
            },
            Problem::BirthPlaceContradictsBasis => "err-birth-place-contradicts-basis",
            Problem::SpouseNotItalian => "err-spouse-not-italian",
            Problem::NotMarried => "err-not-married",
            Problem::AttoNotorioNotAllowed => "err-atto-notorio-not-allowed",
            Problem::TranslationRequired => "err-translation-required",
            Problem::ResidenceGap { .. } => "err-residence-gap",
            Problem::NotACount => "err-not-a-count",
            Problem::UnknownPrefecture => "err-unknown-prefecture",
            Problem::ResidenceOverlap { .. } => "err-residence-overlap",
            Problem::OpenPeriodNotLast => "err-open-period-not-last",
            Problem::ResidencesNotUpToDate { .. } => "err-residences-not-up-to-date",
            Problem::RegisteredBefore14Contradicted => "err-registered-before-14-contradicted",
            Problem::IncomeYearMissing { .. } => "err-income-year-missing",
            Problem::IncomeYearNotRequired { .. } => "err-income-year-not-required",
            Problem::DuplicateYear => "err-duplicate-year",
            Problem::CriminalCertificateMissing { .. } => "err-criminal-certificate-missing",
            Problem::LanguageLevelTooLow { .. } => "err-language-level-too-low",
            Problem::InvalidLanguageLevel => "err-invalid-language-level",
            Problem::ExemptionNeedsLongTermPermit => "err-exemption-needs-long-term-permit",
            Problem::ExemptionNotForEuCitizens => "err-exemption-not-for-eu-citizens",
            Problem::MustAccept => "err-must-accept",
            Problem::DocumentMissing { detail, .. } if detail.is_empty() => "err-document-missing",
            Problem::DocumentMissing { .. } => "err-document-missing-for",
            Problem::DocumentExpired { .. } => "err-document-expired",
            Problem::AttachmentIncomplete => "err-attachment-incomplete",
            Problem::IssueDateMismatch { .. } => "err-issue-date-mismatch",
        }
    }

    /// Named arguments of the message (`{ $name }` in Fluent). `event` (`event-*`) and `kind`
    /// (`doc-*`) are keys the messages select their wording on; the GUI passes them as they are.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Problem::EndBeforeStart { start } => vec![("start", start.clone())],
            Problem::DateBefore { event, date } => {
                vec![("event", (*event).to_string()), ("date", date.clone())]
            }
            Problem::Expired { on } | Problem::ResidencesNotUpToDate { on } => {
                vec![("date", on.clone())]
            }
            Problem::WrongAmount { expected } => vec![("expected", expected.clone())],
            Problem::CodiceFiscale(error) => error.args(),
            Problem::CodiceFiscaleMismatch {
                expected, found, ..
            } => {
                vec![("expected", expected.clone()), ("found", found.clone())]
            }
            Problem::ResidenceGap { from, to } => vec![("from", from.clone()), ("to", to.clone())],
            Problem::ResidenceOverlap { other } => vec![("other", other.to_string())],
            Problem::IncomeYearMissing { year } => vec![("year", year.to_string())],
            Problem::IncomeYearNotRequired { years } => vec![("years", years.clone())],
            Problem::CriminalCertificateMissing { country } => vec![("country", country.clone())],
            Problem::LanguageLevelTooLow { level } => vec![("level", level.clone())],
            Problem::DocumentMissing { kind, detail } => {
                vec![("kind", (*kind).to_string()), ("detail", detail.clone())]
            }
            Problem::IssueDateMismatch { declared } => vec![("date", declared.clone())],
            Problem::DocumentExpired { kind, on } => {
                vec![("kind", (*kind).to_string()), ("date", on.clone())]
            }
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_prefixed() {
        let ids = problem_message_ids();
        let mut sorted = ids.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len());
        assert!(ids.iter().all(|id| id.starts_with("err-")));
    }

    #[test]
    fn listed_ids_include_each_variant() {
        let samples = [
            Problem::Missing,
            Problem::ResidenceGap {
                from: "01/01/2020".into(),
                to: "02/01/2020".into(),
            },
            Problem::DocumentMissing {
                kind: "doc-birth-certificate",
                detail: String::new(),
            },
            Problem::AttachmentIncomplete,
            Problem::NotACount,
            Problem::UnknownPrefecture,
        ];
        for problem in samples {
            assert!(problem_message_ids().contains(&problem.message_id()));
        }
    }
}
