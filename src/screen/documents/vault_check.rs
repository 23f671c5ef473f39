//! Checking that the vault holds the open applicant's attachments: cheap (record, file,
//! header) each time the screen opens, or full (decrypt and verify every file) on request.

use cittadinanza_core::store::DocumentHealth;
use iced::Task;

use crate::screen::editor::Editor;
use crate::store::{SharedStore, UiError, with_store};

use super::{Documents, Event, Message, Note};

impl Documents {
    pub(super) fn check(
        &mut self,
        full: bool,
        editor: &Editor,
        store: &SharedStore,
    ) -> Task<Message> {
        let vault_ids: Vec<String> = editor
            .application()
            .documents
            .attached
            .iter()
            .map(|d| d.vault_id.clone())
            .collect();
        if full {
            self.full_check = Some(None);
        }
        Task::perform(
            with_store(store.clone(), move |store| {
                vault_ids
                    .into_iter()
                    .map(|id| store.check_document(&id, full).map(|health| (id, health)))
                    .collect()
            }),
            move |result| Message::Checked(full, result),
        )
    }

    /// The check's outcome (the full check's spinner stops also when the applicant was closed
    /// meanwhile); an error no screen shows goes to the app.
    pub(super) fn checked(
        &mut self,
        full: bool,
        result: Result<Vec<(String, DocumentHealth)>, UiError>,
        editor: Option<&Editor>,
    ) -> Option<Event> {
        match result {
            Ok(results) => {
                let bad = results
                    .iter()
                    .filter(|(_, health)| *health != DocumentHealth::Ok)
                    .count();
                if full {
                    self.full_check = Some(Some((results.len(), bad)));
                }
                self.health.extend(results);
                None
            }
            Err(error) => {
                self.full_check = None;
                self.note = Some((String::new(), Note::Error(error.clone())));
                editor.is_none().then_some(Event::Notice(error))
            }
        }
    }
}
