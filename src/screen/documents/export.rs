//! Reading an attachment back out of the vault: "Open" (a private copy handed to the system
//! viewer) and "Export…" (to where the user chose, or typed when no dialog can be shown).

use std::path::PathBuf;
use std::sync::Arc;

use iced::Task;

use crate::file_dialog::{self, Picked};
use crate::i18n::t_args;
use crate::opener;
use crate::screen::editor::Editor;
use crate::store::{SharedStore, UiError, with_store};

use super::{Documents, Event, Message, Note, attachment, safe_file_name, unseen};

impl Documents {
    pub(super) fn open(
        &mut self,
        vault_id: String,
        editor: &Editor,
        store: &SharedStore,
    ) -> Task<Message> {
        let Some(document) = attachment(editor, &vault_id) else {
            return Task::none();
        };
        let name = document.original_name.clone();
        Task::perform(
            open_copy(store.clone(), vault_id.clone(), name),
            move |result| Message::Opened(vault_id.clone(), result),
        )
    }

    /// The copy handed to the viewer is kept (until the application ends) also when its
    /// applicant was closed meanwhile.
    pub(super) fn opened(
        &mut self,
        vault_id: String,
        result: Result<Arc<tempfile::TempDir>, UiError>,
        editor: Option<&Editor>,
    ) -> Option<Event> {
        match result {
            Ok(copy) => {
                self.viewer_copies.push(copy);
                self.note = None;
                None
            }
            Err(error) => {
                let event = unseen(&error, editor, &vault_id);
                self.note = Some((vault_id, Note::Error(error)));
                event
            }
        }
    }

    /// Asks the save dialog where to export the attachment.
    pub(super) fn export(&mut self, vault_id: String, editor: &Editor) -> Task<Message> {
        let Some(document) = attachment(editor, &vault_id) else {
            return Task::none();
        };
        let name = document.original_name.clone();
        Task::perform(file_dialog::save_file(name), move |picked| match picked {
            Picked::File(path) => Message::ExportTo(vault_id.clone(), Some(path)),
            Picked::Cancelled => Message::ExportTo(vault_id.clone(), None),
            Picked::Unavailable => Message::ExportNoDialog(vault_id.clone()),
        })
    }

    /// No save dialog could be shown: the destination is typed.
    pub(super) fn export_no_dialog(&mut self, vault_id: String) {
        self.export_typed = Some((vault_id, String::new()));
    }

    pub(super) fn export_path_changed(&mut self, value: String) {
        if let Some((_, typed)) = &mut self.export_typed {
            *typed = value;
        }
    }

    pub(super) fn export_to_typed(&mut self, store: &SharedStore) -> Task<Message> {
        let Some((vault_id, typed)) = self.export_typed.clone() else {
            return Task::none();
        };
        let Some(path) = file_dialog::valid_destination(&typed) else {
            let error =
                file_dialog::typed_path_error("documents-typed-destination-invalid", &typed);
            self.note = Some((vault_id, Note::Error(error)));
            return Task::none();
        };
        self.export_typed = None;
        export_to(vault_id, path, store)
    }

    /// The export's outcome, shown under its attachment (when its applicant is open again);
    /// an error no screen shows goes to the app.
    pub(super) fn exported(
        &mut self,
        vault_id: String,
        result: Result<PathBuf, UiError>,
        editor: Option<&Editor>,
    ) -> Option<Event> {
        let (note, event) = match result {
            Ok(path) => (
                Note::Info(t_args(
                    "documents-exported",
                    &[("path", path.display().to_string())],
                )),
                None,
            ),
            Err(error) => (
                Note::Error(error.clone()),
                unseen(&error, editor, &vault_id),
            ),
        };
        self.note = Some((vault_id, note));
        event
    }
}

/// Writes the decrypted attachment to `dest`.
pub(super) fn export_to(vault_id: String, dest: PathBuf, store: &SharedStore) -> Task<Message> {
    let id = vault_id.clone();
    Task::perform(
        with_store(store.clone(), move |store| {
            store.export_document(&id, &dest).map(|()| dest)
        }),
        move |result| Message::Exported(vault_id.clone(), result),
    )
}

/// Decrypts a document into a new private folder of the data folder and opens it with the
/// system viewer (see [`crate::opener`]).
async fn open_copy(
    store: SharedStore,
    vault_id: String,
    name: String,
) -> Result<Arc<tempfile::TempDir>, UiError> {
    let data_dir = with_store(store.clone(), |store| Ok(store.dir().to_path_buf())).await?;
    let dir = tokio::task::spawn_blocking(move || opener::new_viewer_folder(&data_dir))
        .await
        .map_err(|_| UiError::new("error-internal"))?
        .map_err(|_| UiError::new("documents-error-temp"))?;
    let path = dir.path().join(safe_file_name(&name));
    let dest = path.clone();
    with_store(store, move |store| store.export_document(&vault_id, &dest)).await?;
    let viewer = tokio::task::spawn_blocking(move || {
        opener::restrict(&path, 0o600).map_err(|_| UiError::new("documents-error-temp"))?;
        opener::open_path(&path)
    })
    .await
    .map_err(|_| UiError::new("error-internal"))?;
    viewer?;
    Ok(Arc::new(dir))
}
