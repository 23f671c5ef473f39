//! The PEC message for a generated document: the purpose (SPID mismatch or an answer to a
//! 10-bis notice), the PDF and the identity document attached; saved as an `.eml` file or
//! copied (subject and body) to the clipboard.

use std::path::PathBuf;

use cittadinanza_core::model::{Application, AttachedDocument, DocumentKind};
use iced::Task;

use crate::file_dialog::{self, Picked};
use crate::i18n::t;
use crate::screen::editor::Editor;
use crate::store::{SharedStore, UiError, with_store};

use super::save::save_failed;
use super::{DocumentChoice, Generated, Message, Note, PdfScreen, SaveKind};

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

impl PdfScreen {
    /// Asks the save dialog where to write the `.eml` (checked first: no K10 number, no
    /// message).
    pub(super) fn pec_save_as(&mut self, application: &Application) -> Task<Message> {
        let Some(generated) = &self.generated else {
            return Task::none();
        };
        if let Err(error) = self.pec_message(application, generated, None) {
            self.note = Some(Note::Error(error));
            return Task::none();
        }
        let name = format!("{}.eml", generated.file_name.trim_end_matches(".pdf"));
        Task::perform(
            file_dialog::save_as(name, file_dialog::EML),
            |picked| match picked {
                Picked::File(path) => Message::PecSaveTo(Some(path)),
                Picked::Cancelled => Message::PecSaveTo(None),
                Picked::Unavailable => Message::SavePathTyped(SaveKind::Pec, String::new()),
            },
        )
    }

    /// Writes the PEC message to `path`, with the identity document read from the vault.
    pub(super) fn pec_save_to(
        &self,
        path: PathBuf,
        editor: &Editor,
        store: &SharedStore,
    ) -> Task<Message> {
        let Some(generated) = self.generated.clone() else {
            return Task::none();
        };
        let application = editor.application().clone();
        let identity = identity_document(&application);
        let purpose = pec_purpose(self.choice, &application);
        let store = store.clone();
        Task::perform(
            async move {
                let identity = match identity {
                    Some(document) => {
                        let vault_id = document.vault_id.clone();
                        let bytes = with_store(store, move |s| s.read_document(&vault_id)).await?;
                        Some((document, bytes))
                    }
                    None => None,
                };
                let message = build_pec(&application, purpose, &generated, identity)?;
                let eml = cittadinanza_core::pec::to_eml(&message, chrono::Utc::now().timestamp())
                    .map_err(|error| pec_error(&error))?;
                tokio::fs::write(&path, eml)
                    .await
                    .map_err(|error| save_failed(&error))?;
                Ok(path)
            },
            Message::Saved,
        )
    }

    /// Copies the PEC's subject and body to the clipboard.
    pub(super) fn pec_copy(&mut self, application: &Application) -> Task<Message> {
        let Some(generated) = &self.generated else {
            return Task::none();
        };
        match self.pec_message(application, generated, None) {
            Ok(message) => {
                self.note = Some(Note::Info(t("pdf-screen-pec-copied")));
                iced::clipboard::write(format!("{}\n\n{}", message.subject, message.body))
            }
            Err(error) => {
                self.note = Some(Note::Error(error));
                Task::none()
            }
        }
    }
}
