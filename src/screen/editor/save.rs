//! The editor's saving: the debounced autosave after each edit, *Save*, leaving once the draft
//! is saved, and the [`Event::Saved`] raised once the store holds exactly what is shown.

use chrono::{DateTime, Utc};
use cittadinanza_core::model::{Application, AttachedDocument};
use iced::Task;

use super::{Context, Editor, Event, Message};
use crate::store::{SharedStore, UiError, with_store};

impl Editor {
    pub(super) fn update_save(
        &mut self,
        message: Message,
        context: &Context<'_>,
    ) -> (Task<Message>, Option<Event>) {
        let task = match message {
            Message::Save => {
                self.leave_field();
                self.reveal(self.section);
                self.save(context.store)
            }
            Message::AutosaveDue(generation) if generation == self.generation => {
                self.save(context.store)
            }
            Message::Saved(generation, result) => {
                if result.is_ok() {
                    self.removals_saved(generation);
                }
                return self.saved(generation, result, context);
            }
            Message::Back if !self.has_unsaved_changes() => {
                return (Task::none(), Some(Event::Back));
            }
            Message::Back => {
                self.leaving = true;
                self.save(context.store)
            }
            _ => Task::none(),
        };
        (task, None)
    }

    /// A save ended: edits made meanwhile are saved too; once the store holds exactly what is
    /// shown, the sync engine may read it ([`Event::Saved`]).
    fn saved(
        &mut self,
        generation: u64,
        result: Result<DateTime<Utc>, UiError>,
        context: &Context<'_>,
    ) -> (Task<Message>, Option<Event>) {
        self.saving = false;
        match result {
            Ok(saved_at) => {
                self.saved_generation = generation;
                self.last_saved = Some(saved_at);
                self.error = None;
            }
            Err(error) => {
                self.error = Some(error);
                self.leaving = false;
                return (Task::none(), None);
            }
        }
        if self.has_unsaved_changes() {
            return (self.save(context.store), None);
        }
        let changed = self.draft.take_changes();
        let back = if self.leaving {
            Task::done(Message::Back)
        } else {
            Task::none()
        };
        (back, Some(Event::Saved(changed)))
    }

    /// Takes in a restored version: shown at once and saved by the autosave like an edit.
    pub fn replace_application(&mut self, application: Application) -> Task<Message> {
        self.draft.replace(application);
        self.edited()
    }

    /// Takes in the draft merged with the portal's changes (already saved): what was typed
    /// meanwhile stays, and the autosave then stores and sends it.
    pub fn merged(&mut self, merged: Application) -> Task<Message> {
        if self.draft.merged(merged) {
            self.edited()
        } else {
            Task::none()
        }
    }

    /// `document` was attached to this applicant's draft in the store while this editor was
    /// closed or being left: it stays attached here too (even when the documents were edited
    /// meanwhile), and the autosave saves it and tells the sync engine. What the engine was
    /// last told is left alone: sections saved but not reported yet are still reported.
    pub fn attached_elsewhere(&mut self, document: &AttachedDocument) -> Task<Message> {
        let held =
            (self.application().documents.attached.iter()).any(|d| d.vault_id == document.vault_id);
        if held {
            return Task::none();
        }
        let document = document.clone();
        self.draft
            .update(|application| application.documents.attached.push(document));
        self.edited()
    }

    /// The draft is shown again after being left: a *Back* asked for before no longer
    /// closes it when its save ends.
    pub fn reopened(&mut self) {
        self.leaving = false;
    }

    /// The draft changed (its statuses and hints are already in step): autosave later.
    pub(super) fn edited(&mut self) -> Task<Message> {
        self.generation += 1;
        let generation = self.generation;
        let delay = self.autosave_delay;
        Task::perform(async move { tokio::time::sleep(delay).await }, move |()| {
            Message::AutosaveDue(generation)
        })
    }

    /// Saves now (if anything changed); `Task::none()` when there is nothing to save.
    pub fn save(&mut self, store: &SharedStore) -> Task<Message> {
        if self.saving || !self.has_unsaved_changes() {
            return Task::none();
        }
        self.saving = true;
        let generation = self.generation;
        let id = self.id;
        let snapshot = self.draft.snapshot();
        // The files removed from the draft leave the vault with this save (not in a task of
        // their own, which a restore run after the save could overtake).
        let removed = self.removals_due(generation);
        let saving = with_store(store.clone(), move |store| {
            snapshot.save_removing(store, id, &removed)
        });
        Task::future(saving).then(move |result| {
            let (saved, not_removed) = match result {
                Ok((info, not_removed)) => (Ok(info.saved_at), not_removed),
                Err(error) => (Err(error), Vec::new()),
            };
            let saved = Task::done(Message::Saved(generation, saved));
            let errors = not_removed
                .into_iter()
                .map(|error| Task::done(Message::DocumentRemoved(Err(UiError::from(error)))));
            Task::batch(std::iter::once(saved).chain(errors))
        })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use chrono::{NaiveDate, Utc};
    use cittadinanza_core::drafts::DraftPart;
    use cittadinanza_core::model::{Application, SectionId};
    use cittadinanza_core::secrets::DataKey;
    use cittadinanza_core::store::Store;

    use super::super::{Context, Editor, Event, Message};
    use crate::store::{SharedStore, UiError};

    fn saved_parts(event: Option<Event>) -> Option<Vec<DraftPart>> {
        match event {
            Some(Event::Saved(parts)) => Some(parts),
            _ => None,
        }
    }

    /// The save tasks are not run: each `Saved` is the answer the store would give.
    #[test]
    fn each_save_raises_one_saved_event_once_the_store_holds_what_is_shown() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let mut store = Store::open(dir.path(), DataKey::generate()).expect("open store");
        let id = store.create(&Application::new()).expect("create");
        let store: SharedStore = Arc::new(Mutex::new(store));
        let context = Context { store: &store };
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).expect("date");
        let mut editor = Editor::new(id, Application::new(), None, today);

        let typed = Message::TextChanged("personal.surname".into(), "Rossi".into());
        assert!(editor.update(typed, &context).1.is_none());
        assert!(editor.update(Message::Save, &context).1.is_none());
        // Typed while the first save runs: that save raises nothing, the next one does.
        let more = Message::TextChanged("personal.surname".into(), "Rossini".into());
        assert!(editor.update(more, &context).1.is_none());
        let (_, first) = editor.update(Message::Saved(1, Ok(Utc::now())), &context);
        assert!(first.is_none(), "the store does not hold what is shown yet");
        assert!(
            editor.is_saving(),
            "the edits made meanwhile are being saved"
        );
        let (_, second) = editor.update(Message::Saved(2, Ok(Utc::now())), &context);
        let parts = saved_parts(second).expect("one Saved event");
        assert!(parts.contains(&DraftPart::Section(SectionId::Personal)));

        // Next time only what changed since is named.
        let mut procedure = Application::new().procedure;
        procedure.submitted = Some(today);
        let value = serde_json::to_value(&procedure).expect("procedure as JSON");
        let date = Message::Chosen("procedure".into(), value);
        assert!(editor.update(date, &context).1.is_none());
        assert!(editor.update(Message::Save, &context).1.is_none());
        let (_, third) = editor.update(Message::Saved(3, Ok(Utc::now())), &context);
        assert_eq!(saved_parts(third), Some(vec![DraftPart::Procedure]));

        // A failed save raises nothing, and the draft stays unsaved.
        let typed = Message::TextChanged("personal.name".into(), "Ana".into());
        assert!(editor.update(typed, &context).1.is_none());
        assert!(editor.update(Message::Save, &context).1.is_none());
        let failed = Message::Saved(4, Err(UiError::new("error-internal")));
        assert!(editor.update(failed, &context).1.is_none());
        assert!(editor.has_unsaved_changes());
    }
}
