//! A chosen file entering the encrypted vault, and its attachment reaching the right draft:
//! the open one through the app (an [`Event::Attached`]), or, when another applicant was
//! opened (or none is open any more), its own draft ([`Event::ImportedElsewhere`]: the app
//! hands it to that applicant's editor if it is being left, else to [`attach_elsewhere`],
//! also used for the files the PDF screen and the editor add).

use std::path::PathBuf;

use chrono::NaiveDate;
use cittadinanza_core::drafts;
use cittadinanza_core::model::AttachedDocument;
use cittadinanza_core::store::{ApplicantId, DocumentHealth};
use iced::Task;

use crate::screen::editor::Editor;
use crate::store::{SharedStore, UiError, with_store};

use super::{Documents, Event, Message};

impl Documents {
    /// Imports the file at `path` for the form being filled in (checked once more).
    pub(super) fn import(
        &mut self,
        path: PathBuf,
        editor: &Editor,
        store: &SharedStore,
        today: NaiveDate,
    ) -> Task<Message> {
        let Some(adding) = self.adding_for(editor) else {
            return Task::none();
        };
        let issue_date = match adding.validate(today) {
            Ok(date) => date.map(|d| d.format("%d/%m/%Y").to_string()),
            Err(error) => {
                adding.error = Some(error);
                adding.busy = false;
                return Task::none();
            }
        };
        adding.busy = true;
        let id = editor.id;
        let kind = adding.kind;
        self.vault_started += 1;
        Task::perform(
            with_store(store.clone(), move |store| {
                store.import_document(id, &path, kind, &issue_date.unwrap_or_default())
            }),
            move |result| Message::Imported(id, result),
        )
    }

    /// The vault's answer for a file added to `applicant`.
    pub(super) fn imported(
        &mut self,
        applicant: ApplicantId,
        result: Result<AttachedDocument, UiError>,
        editor: Option<&Editor>,
    ) -> (Task<Message>, Option<Event>) {
        match result {
            Ok(document) if editor.is_none_or(|e| e.id != applicant) => (
                Task::none(),
                Some(self.imported_elsewhere(applicant, document)),
            ),
            Ok(document) => {
                self.health
                    .insert(document.vault_id.clone(), DocumentHealth::Ok);
                let country = self
                    .adding
                    .take()
                    .map(|a| a.country.trim().to_string())
                    .unwrap_or_default();
                self.note = None;
                (Task::none(), Some(Event::Attached { document, country }))
            }
            Err(error) => {
                if let Some(adding) = self.adding.as_mut().filter(|a| a.applicant == applicant) {
                    adding.busy = false;
                    adding.error = Some(error.clone());
                }
                // No screen shows the form of an applicant who is not open: the app says it.
                let unseen = editor.is_none_or(|e| e.id != applicant);
                (
                    Task::none(),
                    unseen.then_some(Event::AttachElsewhereFailed(error)),
                )
            }
        }
    }

    /// The applicant is no longer open: the file goes to its own draft (the app knows
    /// whether its editor is being left), with the country typed in its form.
    fn imported_elsewhere(
        &mut self,
        applicant: ApplicantId,
        mut document: AttachedDocument,
    ) -> Event {
        if let Some(adding) = self.adding.take_if(|a| a.applicant == applicant) {
            document.country = adding.country.trim().to_string();
        }
        Event::ImportedElsewhere {
            applicant,
            document: Box::new(document),
        }
    }

    /// How many vault jobs started since the last call: the app counts them until their
    /// answer ([`Message::Imported`], [`Message::AttachedElsewhere`]) arrives, and the window
    /// waits for them.
    pub fn take_vault_started(&mut self) -> usize {
        std::mem::take(&mut self.vault_started)
    }
}

/// A file that entered the vault for `applicant`, who is not open (from this screen, the PDF
/// screen's "Keep in vault" or the editor's "Add file"), reaches that applicant's draft in the
/// store; if it cannot, it leaves the vault again. The answer ([`Message::AttachedElsewhere`])
/// becomes [`Event::SavedElsewhere`] (the sync engine is told) or
/// [`Event::AttachElsewhereFailed`] (the app shows the error).
pub fn attach_elsewhere(
    applicant: ApplicantId,
    document: AttachedDocument,
    store: &SharedStore,
    today: NaiveDate,
) -> Task<Message> {
    Task::perform(
        with_store(store.clone(), move |store| {
            let application = drafts::attach_to_stored(store, applicant, document, today)?;
            Ok((applicant, Box::new(application)))
        }),
        Message::AttachedElsewhere,
    )
}
