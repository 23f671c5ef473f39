//! The editor's attachments: the kind, issue date and country of the document to attach, the
//! file chosen (or its path typed when no file chooser can be shown), its import into the
//! vault, and the removal of an attached document (its file leaves the vault once the draft
//! without it is saved).

use std::path::PathBuf;

use iced::Task;

use super::{ATTACH_ISSUE_DATE, Context, Editor, Message};
use crate::file_dialog::Picked;
use crate::store::{UiError, with_store};
use crate::widget::date_picker;

impl Editor {
    pub(super) fn update_attachment(
        &mut self,
        message: Message,
        context: &Context<'_>,
    ) -> Task<Message> {
        match message {
            Message::AttachKindChosen(kind) => {
                self.attach_kind = Some(kind);
                Task::none()
            }
            Message::AttachIssueDateChanged(value) => {
                date_picker::typed_into(&mut self.picker, ATTACH_ISSUE_DATE, &value);
                self.attach_issue_date = value;
                Task::none()
            }
            Message::AttachCountryChanged(value) => {
                self.attach_country = value;
                Task::none()
            }
            Message::ChooseFile => {
                Task::perform(crate::file_dialog::pick_file(), |picked| match picked {
                    Picked::File(path) => Message::FilePicked(Some(path)),
                    Picked::Cancelled => Message::FilePicked(None),
                    Picked::Unavailable => Message::AttachPathTyped(String::new()),
                })
            }
            Message::FilePicked(None) | Message::DocumentRemoved(Ok(())) => Task::none(),
            Message::FilePicked(Some(path)) => self.import(path, context),
            Message::AttachPathTyped(typed) => {
                self.attach_typed = Some(typed);
                Task::none()
            }
            Message::AttachTypedPath => {
                let typed = self.attach_typed.clone().unwrap_or_default();
                if let Some(path) = crate::file_dialog::existing_file(&typed) {
                    self.attach_typed = None;
                    return self.import(path, context);
                }
                self.error = Some(crate::file_dialog::typed_path_error(
                    "documents-typed-path-not-found",
                    &typed,
                ));
                Task::none()
            }
            Message::DocumentImported(Ok(document)) => {
                self.attach_issue_date.clear();
                self.attach_country.clear();
                self.error = None;
                self.draft
                    .update(|application| application.documents.attached.push(document));
                self.edited()
            }
            Message::DocumentImported(Err(error)) | Message::DocumentRemoved(Err(error)) => {
                self.error = Some(error);
                Task::none()
            }
            Message::RemoveDocument(index) => self.remove_document(index, context),
            _ => Task::none(),
        }
    }

    /// Copies the chosen file into the vault as a document of the kind chosen first.
    fn import(&mut self, path: PathBuf, context: &Context<'_>) -> Task<Message> {
        let Some(kind) = self.attach_kind else {
            self.error = Some(UiError::new("editor-choose-kind-first"));
            return Task::none();
        };
        let id = self.id;
        let issue_date = self.attach_issue_date.clone();
        // The country as typed now goes with the file: the answer may come once this editor is
        // closed (the app then attaches it to this applicant's draft in the store).
        let country = self.attach_country.trim().to_string();
        self.vault_started += 1;
        Task::perform(
            with_store(context.store.clone(), move |store| {
                let mut document = store.import_document(id, &path, kind, &issue_date)?;
                document.country = country;
                Ok(document)
            }),
            Message::DocumentImported,
        )
    }

    fn remove_document(&mut self, index: usize, context: &Context<'_>) -> Task<Message> {
        let Some(document) = self
            .draft
            .application()
            .documents
            .attached
            .get(index)
            .cloned()
        else {
            return Task::none();
        };
        self.draft.update(|application| {
            application.documents.attached.remove(index);
        });
        let edited = self.edited();
        // The file leaves the vault only with a save of a draft without it: this edit's or a
        // later one (see `Editor::save`), in the same hold of the store.
        self.removals.push((self.generation, document.vault_id));
        let save = self.save(context.store);
        Task::batch([edited, save])
    }

    /// How many imports into the vault started since the last call: the app counts them
    /// until their answer ([`Message::DocumentImported`]) arrives, and the window waits.
    pub fn take_vault_started(&mut self) -> usize {
        std::mem::take(&mut self.vault_started)
    }

    /// The files removed from the draft by now (by `generation`, the edit being saved):
    /// they leave the vault with that save, if the draft saved does not refer to them again.
    pub(super) fn removals_due(&self, generation: u64) -> Vec<String> {
        (self.removals.iter())
            .filter(|(removed_at, _)| *removed_at <= generation)
            .map(|(_, vault_id)| vault_id.clone())
            .collect()
    }

    /// A save of `generation` succeeded: the files due then were removed with it.
    pub(super) fn removals_saved(&mut self, generation: u64) {
        self.removals
            .retain(|(removed_at, _)| *removed_at > generation);
    }
}
