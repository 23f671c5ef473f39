//! Data exchanged with the portal (`docs/portal-api.yaml`), shared by the client in this crate
//! and by the reference server (`portal-server`). Field names are the JSON names on the wire.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::model::{Application, DocumentKind, LegalBasis};

/// Version prefix of every path.
pub const API_PREFIX: &str = "/v1";
/// Header carrying the key that makes `POST .../submit` idempotent.
pub const IDEMPOTENCY_KEY_HEADER: &str = "idempotency-key";
/// Largest JSON body the server accepts (a draft is a few KB; 1 MiB leaves room for notes).
pub const MAX_JSON_BYTES: usize = 1024 * 1024;
/// Largest document the server accepts: a 50 MB scan, which the local vault takes, must sync too
/// (uploads are chunked and written to disk, so the cap costs the server no memory).
pub const MAX_DOCUMENT_BYTES: u64 = 64 * 1024 * 1024;
/// Largest single upload request (one chunk of a resumable upload).
pub const MAX_CHUNK_BYTES: usize = 4 * 1024 * 1024;

/// Who a bearer token belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The person applying: sees the applications they created or associated.
    Applicant,
    /// A help-desk operator (patronato, CAF, association): sees the applications it created.
    Operator,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credentials {
    pub email: String,
    pub password: String,
}

/// Body of `PUT /v1/accounts/current/password`. The other sessions of the account end; the
/// one making the change stays signed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordChange {
    pub current_password: String,
    pub new_password: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub token: String,
    pub role: Role,
    pub account_id: String,
    pub email: String,
    pub expires_at: DateTime<Utc>,
}

/// Where an application stands in the prefecture's procedure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Still being filled in; can be changed.
    Draft,
    /// Sent; a K10 number is assigned; the prefecture has 10 working days to accept it.
    Submitted,
    /// Accepted by the prefecture: the investigation is under way.
    Accepted,
    /// Declared inadmissible (a new application can be sent at once).
    Inadmissible,
    /// Art. 10-bis notice received: documents or remarks are awaited within a window.
    #[serde(rename = "notice_10bis")]
    Notice10Bis,
    /// Decree granting citizenship.
    Granted,
    /// Rejection decree (appeal: 60 days TAR, 120 days President of the Republic).
    Rejected,
    /// Oath appointment fixed by the municipality.
    OathScheduled,
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::Draft,
        Status::Submitted,
        Status::Accepted,
        Status::Inadmissible,
        Status::Notice10Bis,
        Status::Granted,
        Status::Rejected,
        Status::OathScheduled,
    ];

    /// Stable key; the i18n id is `portal-status-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::Accepted => "accepted",
            Status::Inadmissible => "inadmissible",
            Status::Notice10Bis => "notice-10bis",
            Status::Granted => "granted",
            Status::Rejected => "rejected",
            Status::OathScheduled => "oath-scheduled",
        }
    }

    /// Whether the draft may still be edited through the API.
    pub fn is_editable(self) -> bool {
        self == Status::Draft
    }
}

/// A communication from the prefecture, as shown under "Comunicazioni / stato pratica".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommunicationKind {
    Acceptance,
    Inadmissibility,
    /// Preavviso di rigetto (art. 10-bis L. 241/1990) with its response window.
    #[serde(rename = "notice_10bis")]
    Notice10Bis,
    DecreeGranted,
    DecreeRejected,
    OathAppointment,
}

impl CommunicationKind {
    pub const ALL: [CommunicationKind; 6] = [
        CommunicationKind::Acceptance,
        CommunicationKind::Inadmissibility,
        CommunicationKind::Notice10Bis,
        CommunicationKind::DecreeGranted,
        CommunicationKind::DecreeRejected,
        CommunicationKind::OathAppointment,
    ];

    /// Stable key; the i18n id is `portal-comm-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            CommunicationKind::Acceptance => "acceptance",
            CommunicationKind::Inadmissibility => "inadmissibility",
            CommunicationKind::Notice10Bis => "notice-10bis",
            CommunicationKind::DecreeGranted => "decree-granted",
            CommunicationKind::DecreeRejected => "decree-rejected",
            CommunicationKind::OathAppointment => "oath-appointment",
        }
    }

    /// The status an application moves to when this communication is issued.
    pub fn resulting_status(self) -> Status {
        match self {
            CommunicationKind::Acceptance => Status::Accepted,
            CommunicationKind::Inadmissibility => Status::Inadmissible,
            CommunicationKind::Notice10Bis => Status::Notice10Bis,
            CommunicationKind::DecreeGranted => Status::Granted,
            CommunicationKind::DecreeRejected => Status::Rejected,
            CommunicationKind::OathAppointment => Status::OathScheduled,
        }
    }

    /// Statuses from which the prefecture can issue this communication.
    pub fn allowed_from(self) -> &'static [Status] {
        match self {
            CommunicationKind::Acceptance | CommunicationKind::Inadmissibility => {
                &[Status::Submitted]
            }
            CommunicationKind::Notice10Bis => &[Status::Accepted],
            CommunicationKind::DecreeGranted | CommunicationKind::DecreeRejected => {
                &[Status::Accepted, Status::Notice10Bis]
            }
            CommunicationKind::OathAppointment => &[Status::Granted, Status::OathScheduled],
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Communication {
    pub id: i64,
    pub kind: CommunicationKind,
    /// Date of the communication (for a decree, the date it was signed).
    pub date: NaiveDate,
    /// 10-bis notice: days allowed to answer (the notice states it; 10 by law, often 30).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_days: Option<u32>,
    /// 10-bis notice: last day to answer (`date + response_days`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respond_by: Option<NaiveDate>,
    /// Oath appointment: the day of the oath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appointment_date: Option<NaiveDate>,
    /// Oath appointment: where (municipality office).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// Free text of the prefecture.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
}

/// What the admin (the prefecture's side of the reference server) sends to issue a communication.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewCommunication {
    pub kind: CommunicationKind,
    pub date: NaiveDate,
    #[serde(default)]
    pub response_days: Option<u32>,
    #[serde(default)]
    pub appointment_date: Option<NaiveDate>,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub text: String,
}

/// An application as stored by the portal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApplicationRecord {
    pub id: String,
    /// Incremented by every accepted change; sent back in `If-Match` to update.
    pub version: u64,
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub k10_number: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted_at: Option<DateTime<Utc>>,
    pub draft: Application,
}

/// One line of `GET /v1/applications`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationSummary {
    pub id: String,
    pub version: u64,
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub k10_number: Option<String>,
    pub display_name: String,
    pub updated_at: DateTime<Utc>,
}

/// `GET /v1/applications/{id}/status`: everything the "Comunicazioni / stato pratica" page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusReport {
    pub id: String,
    pub version: u64,
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub k10_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted_at: Option<DateTime<Utc>>,
    pub communications: Vec<Communication>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmitReceipt {
    pub id: String,
    pub k10_number: String,
    pub submitted_at: DateTime<Utc>,
    pub status: Status,
}

/// "Associa pratica": links an application sent earlier (e.g. by a help desk, or before SPID)
/// to the signed-in applicant. Every field must match the application.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AssociateRequest {
    pub surname: String,
    pub name: String,
    /// `DD/MM/YYYY` or `YYYY-MM-DD`.
    pub birth_date: String,
    /// The e-mail address given in the application.
    pub previous_email: String,
    pub k10_number: String,
}

/// The field of [`AssociateRequest`] that does not match (reported by the server).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AssociateField {
    Surname,
    Name,
    BirthDate,
    PreviousEmail,
    K10Number,
}

impl AssociateField {
    pub fn key(self) -> &'static str {
        match self {
            AssociateField::Surname => "surname",
            AssociateField::Name => "name",
            AssociateField::BirthDate => "birth_date",
            AssociateField::PreviousEmail => "previous_email",
            AssociateField::K10Number => "k10_number",
        }
    }

    pub fn from_key(key: &str) -> Option<AssociateField> {
        [
            AssociateField::Surname,
            AssociateField::Name,
            AssociateField::BirthDate,
            AssociateField::PreviousEmail,
            AssociateField::K10Number,
        ]
        .into_iter()
        .find(|f| f.key() == key)
    }
}

/// A document stored with an application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentInfo {
    pub sha256: String,
    pub size_bytes: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<DocumentKind>,
    pub name: String,
    pub uploaded_at: DateTime<Utc>,
}

/// Progress of a (possibly interrupted) upload: the client resumes from `received`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadProgress {
    pub sha256: String,
    pub received: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<u64>,
    pub complete: bool,
    /// The stored document once complete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentInfo>,
}

/// Error body of every non-2xx answer (except 412, which carries [`ConflictBody`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// Stable machine code, e.g. `not_found`, `associate_mismatch`.
    pub code: String,
    /// English explanation for logs; the client shows its own translated text.
    pub message: String,
    /// The offending field, when one is to blame.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Upload resumption: bytes already received.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received: Option<u64>,
}

/// Body of `412 Precondition Failed`: the server's current version, for the merge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConflictBody {
    pub code: String,
    pub message: String,
    pub current: ApplicationRecord,
}

/// The strong ETag of a version, as sent in `ETag` and expected in `If-Match`.
pub fn etag(version: u64) -> String {
    format!("\"{version}\"")
}

/// Parses an `ETag`/`If-Match` value produced by [`etag`] (weak tags are accepted too).
pub fn parse_etag(value: &str) -> Option<u64> {
    let value = value.trim();
    let value = value.strip_prefix("W/").unwrap_or(value);
    value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .unwrap_or(value)
        .parse()
        .ok()
}

/// K10 number the portal assigns: `K10/0000001` for naturalisation (art. 9),
/// `K10/C/0000001` for marriage (art. 5).
pub fn format_k10(basis: Option<LegalBasis>, sequence: u64) -> String {
    match basis {
        Some(b) if b.is_marriage() => format!("K10/C/{sequence:07}"),
        _ => format!("K10/{sequence:07}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn etag_round_trip() {
        assert_eq!(parse_etag(&etag(42)), Some(42));
        assert_eq!(parse_etag("W/\"7\""), Some(7));
        assert_eq!(parse_etag("\"x\""), None);
    }

    #[test]
    fn k10_formats() {
        assert_eq!(format_k10(Some(LegalBasis::Art9F), 1), "K10/0000001");
        assert_eq!(format_k10(Some(LegalBasis::Art5Italy), 12), "K10/C/0000012");
        assert_eq!(format_k10(None, 3), "K10/0000003");
    }
}
