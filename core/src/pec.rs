//! A PEC message to the prefecture, as a standard `.eml` draft any PEC client opens (issue 12.10).
//!
//! For a data mismatch between the application and SPID (modello x SPID, see the RULES seed of
//! the prefecture page) or an answer to an art. 10-bis notice the prefecture wants a PEC whose
//! subject carries the K10 number. The draft has the subject "K10 – SURNAME Name – purpose", an
//! Italian body, and the attachments (the generated PDF, the identity document from the vault).
//! The applicant sends it from their own PEC box: the sender and recipient are what the
//! applicant typed (either may be empty; the client asks).

use chrono::NaiveDate;
use mail_builder::MessageBuilder;

use crate::k10::{K10Error, K10Number};
use crate::model::Application;
use crate::prefectures;
use crate::rules::fields::{format_date, parse_date};

/// What the message is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PecPurpose {
    /// Self-certification of the personal data (modello x SPID) for "Associa pratica".
    SpidMismatch,
    /// Documents or observations answering an art. 10-bis notice received on that day.
    TenBisAnswer { received: Option<NaiveDate> },
}

impl PecPurpose {
    /// The purpose as the subject names it (Italian: the message goes to an Italian office).
    pub fn subject_text(self) -> &'static str {
        match self {
            PecPurpose::SpidMismatch => "Autocertificazione dati anagrafici (modello x SPID)",
            PecPurpose::TenBisAnswer { .. } => {
                "Riscontro al preavviso di rigetto (art. 10-bis L. 241/1990)"
            }
        }
    }
}

/// A file to attach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PecAttachment {
    pub file_name: String,
    /// MIME type, e.g. `application/pdf`.
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// The message before it is written as `.eml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PecMessage {
    /// The applicant's PEC or e-mail address (may be empty).
    pub from: String,
    /// The prefecture's PEC address (may be empty).
    pub to: String,
    pub subject: String,
    pub body: String,
    pub attachments: Vec<PecAttachment>,
}

/// Why no message can be drafted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PecError {
    /// The K10 number is missing, malformed or of the wrong kind for the legal basis.
    #[error("K10 number: {0}")]
    K10(#[from] K10Error),
    #[error("surname and name are needed")]
    NameMissing,
    #[error("the message could not be written")]
    Write,
}

impl PecError {
    /// Fluent id (the K10 errors keep their own).
    pub fn message_id(&self) -> &'static str {
        match self {
            PecError::K10(error) => error.message_id(),
            PecError::NameMissing => "err-pec-name-missing",
            PecError::Write => "err-pec-write",
        }
    }

    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            PecError::K10(error) => error.args(),
            _ => Vec::new(),
        }
    }
}

/// Drafts the message for `purpose` from the application, with `attachments` listed in the
/// body in the order given.
pub fn draft(
    application: &Application,
    purpose: PecPurpose,
    to: &str,
    attachments: Vec<PecAttachment>,
) -> Result<PecMessage, PecError> {
    let k10 = if application.procedure.k10_number.trim().is_empty() {
        application.k10_number.trim()
    } else {
        application.procedure.k10_number.trim()
    };
    let k10 = K10Number::parse_for(k10, application.legal_basis.basis)?;
    let personal = &application.personal;
    let surname = personal.surname.trim().to_uppercase();
    let name = personal.name.trim();
    if surname.is_empty() || name.is_empty() {
        return Err(PecError::NameMissing);
    }
    let subject = format!("{k10} – {surname} {name} – {}", purpose.subject_text());

    let office = prefectures::find(&application.legal_basis.prefecture)
        .map(|p| {
            p.addressee
                .trim_start_matches("Alla ")
                .trim_start_matches("Al ")
                .to_string()
        })
        .unwrap_or_else(|| application.legal_basis.prefecture.trim().to_string());
    let mut body = String::new();
    if office.is_empty() {
        body.push_str("Spett.le Ufficio cittadinanza,\n\n");
    } else {
        body.push_str(&format!("Spett.le {office} – Ufficio cittadinanza,\n\n"));
    }
    let mut who = format!("il/la sottoscritto/a {surname} {name}");
    if let Ok(born) = parse_date(&personal.birth_date) {
        who.push_str(&format!(", nato/a il {}", format_date(born)));
    }
    if !personal.codice_fiscale.trim().is_empty() {
        who.push_str(&format!(
            ", codice fiscale {}",
            personal.codice_fiscale.trim().to_uppercase()
        ));
    }
    let submitted = application
        .procedure
        .submitted
        .map(|d| format!(" presentata il {}", format_date(d)))
        .unwrap_or_default();
    body.push_str(&format!(
        "{who}, in relazione alla domanda di cittadinanza italiana n. {k10}{submitted},\n\n"
    ));
    match purpose {
        PecPurpose::SpidMismatch => body.push_str(
            "trasmette in allegato la dichiarazione sostitutiva di certificazione (modello x \
             SPID) relativa alla discordanza tra i dati anagrafici indicati nella domanda e \
             quelli dell'identità SPID, e chiede l'associazione della pratica alla propria \
             identità SPID.\n\n",
        ),
        PecPurpose::TenBisAnswer { received } => {
            let when = received
                .map(|d| format!(", ricevuta il {}", format_date(d)))
                .unwrap_or_default();
            body.push_str(&format!(
                "in riscontro alla comunicazione dei motivi ostativi all'accoglimento della \
                 domanda ai sensi dell'art. 10-bis della L. 241/1990{when}, trasmette in \
                 allegato la documentazione e le proprie osservazioni.\n\n"
            ));
        }
    }
    if !attachments.is_empty() {
        body.push_str("Allegati:\n");
        for attachment in &attachments {
            body.push_str(&format!("- {}\n", attachment.file_name));
        }
        body.push('\n');
    }
    body.push_str("Distinti saluti.\n\n");
    body.push_str(&format!("{name} {surname}\n"));
    for contact in [&personal.email, &personal.phone] {
        if !contact.trim().is_empty() {
            body.push_str(&format!("{}\n", contact.trim()));
        }
    }
    Ok(PecMessage {
        from: personal.email.trim().to_string(),
        to: to.trim().to_string(),
        subject,
        body,
        attachments,
    })
}

/// The message as an RFC 5322 `.eml` file (MIME multipart with base64 attachments), dated
/// `date` (seconds since the Unix epoch).
pub fn to_eml(message: &PecMessage, date: i64) -> Result<Vec<u8>, PecError> {
    let mut builder = MessageBuilder::new()
        .subject(message.subject.as_str())
        .text_body(message.body.as_str())
        .date(date)
        // A draft: clients that understand it open the message for editing.
        .header("X-Unsent", mail_builder::headers::raw::Raw::new("1"));
    if !message.from.is_empty() {
        builder = builder.from(message.from.as_str());
    }
    if !message.to.is_empty() {
        builder = builder.to(message.to.as_str());
    }
    for attachment in &message.attachments {
        builder = builder.attachment(
            attachment.content_type.as_str(),
            attachment.file_name.as_str(),
            attachment.bytes.as_slice(),
        );
    }
    builder.write_to_vec().map_err(|_| PecError::Write)
}

/// Every Fluent id of this module (the K10 ones are listed by [`K10Error::message_ids`]).
pub fn message_ids() -> &'static [&'static str] {
    &["err-pec-name-missing", "err-pec-write"]
}
