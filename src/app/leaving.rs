//! Drafts being left, and jobs that wait for a save.
//!
//! The editor of a draft the user leaves (another applicant opened or created, a copy opened,
//! Back) stays alive, unseen, in [`App::leaving`] until the store holds exactly what it
//! shows: its messages still reach it, so its last save raises `editor::Event::Saved` (the
//! sync engine is told which parts changed) and a failed save shows as the app's notice. An
//! editor whose save failed is kept with what was typed: reopening that applicant brings it
//! back, and closing the window tries the save again (and waits for it).
//!
//! History's restore, copy and export run on the store's copy of the draft: each waits in
//! [`App::after_save`] until the save of its applicant's editor ended with nothing left
//! unsaved, and is dropped (the error shown on the history screen) when that save failed.

use cittadinanza_core::model::Application;
use cittadinanza_core::store::ApplicantId;
use iced::Task;

use super::{App, Message};
use crate::screen::editor::{self, Editor};
use crate::screen::history;
use crate::store::{SharedStore, UiError};

impl App {
    /// The open editor is closed; kept in [`App::leaving`] (its save started) while anything
    /// it shows is not in the store yet.
    pub(super) fn retire_editor(&mut self) -> Task<Message> {
        let Some(editor) = self.editor.take() else {
            return Task::none();
        };
        self.keep_leaving(editor)
    }

    fn keep_leaving(&mut self, mut editor: Editor) -> Task<Message> {
        if !editor.is_saving() && !editor.has_unsaved_changes() {
            return Task::none();
        }
        let save = match self.store() {
            Some(store) => save_task(&mut editor, store),
            None => Task::none(),
        };
        self.leaving.push(editor);
        save
    }

    /// The editor of `id` that was left and is still kept, taken back: it holds what was
    /// typed, which the store may not hold yet (its save is started again if it failed).
    pub(super) fn take_leaving(&mut self, id: ApplicantId) -> Option<(Editor, Task<Message>)> {
        let index = self.leaving.iter().position(|e| e.id == id)?;
        let mut editor = self.leaving.remove(index);
        // Shown again: a Back asked for before it was left no longer closes it.
        editor.reopened();
        let save = match self.store() {
            Some(store) => save_task(&mut editor, store),
            None => Task::none(),
        };
        Some((editor, save))
    }

    /// Saves again every editor left whose save failed (the window is being closed).
    pub(super) fn save_leaving(&mut self) -> Task<Message> {
        let Some(store) = self.store().cloned() else {
            return Task::none();
        };
        Task::batch(
            self.leaving
                .iter_mut()
                .map(|editor| save_task(editor, &store)),
        )
    }

    /// A message of the editor of a draft that was left (dropped when none is kept).
    pub(super) fn update_leaving(
        &mut self,
        id: ApplicantId,
        message: editor::Message,
    ) -> Task<Message> {
        let Some(store) = self.store().cloned() else {
            return Task::none();
        };
        let Some(index) = self.leaving.iter().position(|e| e.id == id) else {
            return Task::none();
        };
        let failed = save_error(&message);
        let editor = &mut self.leaving[index];
        let (task, event) = editor.update(message, &editor::Context { store: &store });
        let mut tasks = vec![task.map(move |m| Message::Editor(id, m))];
        // `Back` was already asked for: the draft is closed.
        if let Some(editor::Event::Saved(changed)) = event {
            let sync = self
                .portal
                .draft_saved(id, changed, editor.application(), &store, self.today)
                .map(Message::Portal);
            tasks.push(sync);
        }
        if !editor.is_saving() && !editor.has_unsaved_changes() {
            self.leaving.remove(index);
            tasks.push(self.run_after_save(id));
        }
        if let Some(error) = failed {
            self.notice = Some(error.clone());
            tasks.push(self.after_save_failed(id, error));
        }
        tasks.push(self.close_if_saved());
        Task::batch(tasks)
    }

    /// Runs `job` (history's restore, copy or export of `id`) once the store holds what the
    /// editor of `id` shows: at once when nothing of it is unsaved, else after its save.
    pub(super) fn after_save(
        &mut self,
        id: ApplicantId,
        job: Task<history::Message>,
    ) -> Task<Message> {
        let job = job.map(Message::History);
        let Some(store) = self.store().cloned() else {
            return Task::none();
        };
        match self.editor_of(id) {
            Some(editor) if editor.is_saving() || editor.has_unsaved_changes() => {
                let save = save_task(editor, &store);
                self.after_save.push((id, job));
                save
            }
            _ => job,
        }
    }

    /// The editor that holds the draft of `id` now: the open one or one being left.
    fn editor_of(&mut self, id: ApplicantId) -> Option<&mut Editor> {
        self.editor
            .iter_mut()
            .chain(self.leaving.iter_mut())
            .find(|e| e.id == id)
    }

    /// The draft of `id` was saved with nothing left unsaved: its waiting jobs run.
    pub(super) fn run_after_save(&mut self, id: ApplicantId) -> Task<Message> {
        let (ready, waiting): (Vec<_>, Vec<_>) = std::mem::take(&mut self.after_save)
            .into_iter()
            .partition(|(applicant, _)| *applicant == id);
        self.after_save = waiting;
        Task::batch(ready.into_iter().map(|(_, job)| job))
    }

    /// The save of `id` failed (or `id` was deleted): its waiting jobs are dropped and the
    /// history screen, if it still shows `id`, says why (its spinner stops).
    pub(super) fn after_save_failed(&mut self, id: ApplicantId, error: UiError) -> Task<Message> {
        let before = self.after_save.len();
        self.after_save.retain(|(applicant, _)| *applicant != id);
        if self.after_save.len() == before || self.history.applicant != Some(id) {
            return Task::none();
        }
        Task::done(Message::History(history::Message::NotSaved(error)))
    }

    /// A document was attached to the draft of `applicant` in the store (its editor was
    /// closed or being left): the editor that holds that draft now, open or left, takes it
    /// in, so that its next save keeps the document.
    pub(super) fn attached_elsewhere(
        &mut self,
        applicant: ApplicantId,
        saved: &Application,
    ) -> Task<Message> {
        // The document attached is the last one (it was added to the stored draft's end).
        let Some(document) = saved.documents.attached.last() else {
            return Task::none();
        };
        match self.editor_of(applicant) {
            Some(editor) => editor
                .attached_elsewhere(document)
                .map(move |message| Message::Editor(applicant, message)),
            None => Task::none(),
        }
    }
}

/// Starts a save of `editor` (nothing when there is nothing to save), its answers addressed to
/// that editor.
pub(super) fn save_task(editor: &mut Editor, store: &SharedStore) -> Task<Message> {
    let id = editor.id;
    editor
        .save(store)
        .map(move |message| Message::Editor(id, message))
}

/// The error of a save that failed, if `message` is one.
pub(super) fn save_error(message: &editor::Message) -> Option<UiError> {
    match message {
        editor::Message::Saved(_, Err(error)) => Some(error.clone()),
        _ => None,
    }
}
