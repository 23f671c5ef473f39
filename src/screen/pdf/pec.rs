//! The PEC message for a generated document: the purpose (SPID mismatch or an answer to a
//! 10-bis notice), the PDF and the identity document attached.

use cittadinanza_core::model::{Application, AttachedDocument, DocumentKind};

use crate::store::UiError;

use super::{DocumentChoice, Generated, PdfScreen};

/// The identity document attached in section 11, if any.
pub(super) fn identity_document(application: &Application) -> Option<AttachedDocument> {
    application
        .documents
        .attached
        .iter()
        .find(|d| d.kind == Some(DocumentKind::IdentityDocument) && !d.vault_id.is_empty())
        .cloned()
}

/// The modello x SPID is about the SPID mismatch; the other documents answer a 10-bis notice
/// (the latest one received, if recorded).
pub(super) fn pec_purpose(
    choice: Option<DocumentChoice>,
    application: &Application,
) -> cittadinanza_core::pec::PecPurpose {
    use cittadinanza_core::pec::PecPurpose;
    match choice {
        Some(DocumentChoice::Spid) => PecPurpose::SpidMismatch,
        _ => PecPurpose::TenBisAnswer {
            received: application
                .procedure
                .ten_bis_notices
                .iter()
                .filter_map(|n| n.received)
                .max(),
        },
    }
}

pub(super) fn pec_error(error: &cittadinanza_core::pec::PecError) -> UiError {
    UiError {
        id: error.message_id().into(),
        args: error
            .args()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    }
}

pub(super) fn build_pec(
    application: &Application,
    purpose: cittadinanza_core::pec::PecPurpose,
    generated: &Generated,
    identity: Option<(AttachedDocument, Vec<u8>)>,
) -> Result<cittadinanza_core::pec::PecMessage, UiError> {
    use cittadinanza_core::pec::{PecAttachment, draft};
    let mut attachments = vec![PecAttachment {
        file_name: generated.file_name.clone(),
        content_type: "application/pdf".into(),
        bytes: generated.bytes.as_ref().clone(),
    }];
    if let Some((document, bytes)) = identity {
        let name = if document.original_name.trim().is_empty() {
            "documento-identita".to_string()
        } else {
            document.original_name.clone()
        };
        attachments.push(PecAttachment {
            content_type: content_type(&name).into(),
            file_name: name,
            bytes,
        });
    }
    draft(application, purpose, "", attachments).map_err(|error| pec_error(&error))
}

/// MIME type by the file's extension (the vault keeps the original name).
fn content_type(name: &str) -> &'static str {
    let lower = name.to_lowercase();
    if lower.ends_with(".pdf") {
        "application/pdf"
    } else if lower.ends_with(".jpg") || lower.ends_with(".jpeg") {
        "image/jpeg"
    } else if lower.ends_with(".png") {
        "image/png"
    } else {
        "application/octet-stream"
    }
}

impl PdfScreen {
    /// The PEC message for the generated document (attachments named, identity document
    /// listed when attached in the vault).
    pub fn pec_message(
        &self,
        application: &Application,
        generated: &Generated,
        identity: Option<(AttachedDocument, Vec<u8>)>,
    ) -> Result<cittadinanza_core::pec::PecMessage, UiError> {
        let identity = identity
            .or_else(|| identity_document(application).map(|document| (document, Vec::new())));
        build_pec(
            application,
            pec_purpose(self.choice, application),
            generated,
            identity,
        )
    }
}
