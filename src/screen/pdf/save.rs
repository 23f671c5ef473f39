//! Where a generated document goes: a file the user chose ("Save as…", or a typed path when no
//! dialog can be shown), or the encrypted vault, as an attachment of the draft.

use std::path::PathBuf;

use chrono::NaiveDate;
use cittadinanza_core::model::{AttachedDocument, DocumentKind};
use cittadinanza_core::rules::deadlines::format_date;
use cittadinanza_core::store::ApplicantId;
use iced::Task;

use crate::file_dialog::{self, Picked};
use crate::i18n::{t, t_args};
use crate::screen::editor::Editor;
use crate::store::{SharedStore, UiError, with_store};

use super::{Event, Message, Note, PdfScreen, SaveKind, unseen};

impl PdfScreen {
    /// Asks the save dialog where to write the PDF.
    pub(super) fn save_as(&self) -> Task<Message> {
        let Some(generated) = &self.generated else {
            return Task::none();
        };
        let name = generated.file_name.clone();
        Task::perform(
            file_dialog::save_as(name, file_dialog::PDF),
            |picked| match picked {
                Picked::File(path) => Message::SaveTo(Some(path)),
                Picked::Cancelled => Message::SaveTo(None),
                Picked::Unavailable => Message::SavePathTyped(SaveKind::Pdf, String::new()),
            },
        )
    }

    pub(super) fn save_to(&self, path: PathBuf) -> Task<Message> {
        let Some(generated) = &self.generated else {
            return Task::none();
        };
        let bytes = generated.bytes.clone();
        Task::perform(
            async move {
                match tokio::fs::write(&path, bytes.as_slice()).await {
                    Ok(()) => Ok(path),
                    Err(error) => Err(save_failed(&error)),
                }
            },
            Message::Saved,
        )
    }

    /// The PDF or the PEC message was written (or not); an error arriving once no applicant
    /// is open goes to the app.
    pub(super) fn saved(
        &mut self,
        result: Result<PathBuf, UiError>,
        editor: Option<&Editor>,
    ) -> Option<Event> {
        let (note, event) = match result {
            Ok(path) => (
                Note::Info(t_args(
                    "pdf-screen-saved",
                    &[("path", path.display().to_string())],
                )),
                None,
            ),
            Err(error) => {
                let event = editor.is_none().then(|| Event::Notice(error.clone()));
                (Note::Error(error), event)
            }
        };
        self.note = Some(note);
        event
    }

    /// No save dialog could be shown: the destination is typed.
    pub(super) fn save_path_typed(&mut self, kind: SaveKind, typed: String) {
        self.typed_save = Some((kind, typed));
    }

    /// Saves the PDF or the PEC message to the typed destination, if it can be written.
    pub(super) fn save_typed(&mut self, editor: &Editor, store: &SharedStore) -> Task<Message> {
        let Some((kind, typed)) = self.typed_save.clone() else {
            return Task::none();
        };
        let Some(path) = file_dialog::valid_destination(&typed) else {
            self.note = Some(Note::Error(file_dialog::typed_path_error(
                "documents-typed-destination-invalid",
                &typed,
            )));
            return Task::none();
        };
        self.typed_save = None;
        self.note = None;
        match kind {
            SaveKind::Pdf => self.save_to(path),
            SaveKind::Pec => self.pec_save_to(path, editor, store),
        }
    }

    /// Keeps the PDF encrypted in the vault, as an attachment of the open applicant.
    pub(super) fn keep_in_vault(
        &mut self,
        editor: &Editor,
        store: &SharedStore,
        today: NaiveDate,
    ) -> Task<Message> {
        let Some(generated) = &self.generated else {
            return Task::none();
        };
        self.busy = true;
        let id = editor.id;
        let bytes = generated.bytes.clone();
        let name = generated.file_name.clone();
        let issued = format_date(today);
        self.vault_started += 1;
        Task::perform(
            with_store(store.clone(), move |store| {
                store.import_document_bytes(id, &name, &bytes, DocumentKind::Other, &issued)
            }),
            move |result| Message::Kept(id, result),
        )
    }

    /// How many PDFs were sent to the vault since the last call: the app counts them until
    /// their answer ([`Message::Kept`]) arrives, and the window waits for them.
    pub fn take_vault_started(&mut self) -> usize {
        std::mem::take(&mut self.vault_started)
    }

    /// The vault's answer for `applicant`: the app attaches the document to that applicant's
    /// draft, open or not; an error no screen shows goes to the app.
    pub(super) fn kept(
        &mut self,
        applicant: ApplicantId,
        result: Result<AttachedDocument, UiError>,
        editor: Option<&Editor>,
    ) -> Option<Event> {
        let shown = self.filled_from == Some(applicant);
        if shown {
            self.busy = false;
        }
        match result {
            Ok(document) => {
                if shown {
                    self.note = Some(Note::Info(t("pdf-screen-kept")));
                }
                Some(Event::Kept {
                    applicant,
                    document,
                })
            }
            Err(error) => {
                let event = unseen(applicant, &error, editor);
                if shown {
                    self.note = Some(Note::Error(error));
                }
                event
            }
        }
    }
}

/// A file that could not be written, with the system's reason.
pub(super) fn save_failed(error: &std::io::Error) -> UiError {
    UiError {
        id: "pdf-screen-save-failed".into(),
        args: vec![("detail".into(), error.to_string())],
    }
}
