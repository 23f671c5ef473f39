//! The handlers of the screens' messages: each screen's `update` runs with its `Context`,
//! and the `Event` it returns is what the app reacts to (store tasks, the editor opened and
//! saved, the sync engine told, the list refreshed).

use cittadinanza_core::drafts::DraftPart;
use cittadinanza_core::model::{Application, SectionId};
use cittadinanza_core::store::{ApplicantId, ApplicantSummary, StoreError};
use iced::Task;

use super::{App, LoadedApplicant, Message, Screen};
use crate::screen::applicants;
use crate::screen::documents;
use crate::screen::editor::{self, Editor};
use crate::screen::eligibility;
use crate::screen::history;
use crate::screen::pdf;
use crate::screen::portal;
use crate::screen::settings as settings_screen;
use crate::screen::timeline;
use crate::screen::welcome;
use crate::store::{UiError, with_store};

impl App {
    pub(super) fn refresh(&self) -> Task<Message> {
        let Some(store) = self.store() else {
            return Task::none();
        };
        let query = self.applicants.query.trim().to_string();
        let include_archived = self.applicants.show_archived;
        Task::perform(
            with_store(store.clone(), move |store| {
                Ok(if query.is_empty() {
                    store.list(include_archived)
                } else {
                    store
                        .search(&query)
                        .into_iter()
                        .filter(|s| include_archived || !s.archived)
                        .collect()
                })
            }),
            Message::SummariesLoaded,
        )
    }

    pub(super) fn open_applicant(&mut self, id: ApplicantId) -> Task<Message> {
        let Some(store) = self.store().cloned() else {
            return Task::none();
        };
        if let Some(editor) = &self.editor
            && editor.id == id
        {
            self.show_editor();
            return Task::none();
        }
        // Its editor, left a moment ago, still holds what was typed: it opens again.
        if let Some((editor, save)) = self.take_leaving(id) {
            let retire = self.retire_editor();
            self.editor = Some(editor);
            self.show_editor();
            return Task::batch([retire, save]);
        }
        // The draft being left is saved first (its task holds a copy of it); its editor is
        // kept until that save ended (`retire_editor`, once the other draft is loaded).
        let save = self.save_editor();
        let load = Task::perform(
            with_store(store, move |store| {
                let decoded = store.load_decoded(id)?;
                let saved = store.summary(id).map(|s| s.updated_at);
                Ok(Box::new(LoadedApplicant {
                    id,
                    application: decoded.value,
                    saved,
                    not_understood: decoded.dropped,
                }))
            }),
            Message::Loaded,
        );
        Task::batch([save, load])
    }

    pub(super) fn save_editor(&mut self) -> Task<Message> {
        let store = self.store().cloned();
        match (&mut self.editor, store) {
            (Some(editor), Some(store)) => super::leaving::save_task(editor, &store),
            _ => Task::none(),
        }
    }

    /// The applicants were listed (on the first listing of a real start, the welcome if none).
    pub(super) fn listed(&mut self, summaries: Vec<ApplicantSummary>) -> Task<Message> {
        if let Some((_, listed @ None)) = &mut self.probe {
            *listed = Some(0);
        }
        self.applicants.error = None;
        if std::mem::take(&mut self.welcome_on_empty) && summaries.is_empty() {
            self.screen = Screen::Welcome;
        }
        self.applicants.set_summaries(summaries);
        Task::none()
    }

    /// Opens a draft read from the store in the editor; the one open is left.
    pub(super) fn loaded(&mut self, loaded: Box<LoadedApplicant>) -> Task<Message> {
        let LoadedApplicant {
            id,
            application,
            saved,
            not_understood,
        } = *loaded;
        // An editor of that draft may hold more than the store's copy: it stays.
        if self.editor.as_ref().is_some_and(|e| e.id == id) {
            self.show_editor();
            return Task::none();
        }
        let retire = self.retire_editor();
        if let Some((editor, save)) = self.take_leaving(id) {
            self.editor = Some(editor);
            self.show_editor();
            return Task::batch([retire, save]);
        }
        let mut editor = Editor::new(id, application, saved, self.today);
        editor.note_newer_version(&not_understood);
        editor.autosave_delay = self.autosave_delay;
        self.editor = Some(editor);
        self.show_editor();
        retire
    }

    /// The editor shows the open draft, on the section asked for at the start if any (asked
    /// once: the next draft opened starts as usual).
    fn show_editor(&mut self) {
        self.screen = Screen::Editor;
        if let (Some(section), Some(editor)) = (self.open_on_section.take(), &mut self.editor) {
            editor.section = section;
        }
    }

    pub(super) fn update_welcome(&mut self, message: welcome::Message) -> Task<Message> {
        let (task, event) = self.welcome.update(message, &welcome::Context);
        let task = task.map(Message::Welcome);
        let reaction = match event {
            None => Task::none(),
            Some(welcome::Event::Mode(help_desk)) => {
                self.settings.help_desk = help_desk;
                self.screen = Screen::Applicants;
                Task::batch([self.persist_settings(), self.refresh()])
            }
            Some(welcome::Event::Language(language)) => self.update(Message::Settings(
                settings_screen::Message::Language(language),
            )),
            Some(welcome::Event::Eligibility) => {
                self.update(Message::Navigate(Screen::Eligibility))
            }
        };
        Task::batch([task, reaction])
    }

    pub(super) fn update_eligibility(&mut self, message: eligibility::Message) -> Task<Message> {
        let context = eligibility::Context {
            draft: self.editor.as_ref().map(|e| (e.id, e.application())),
        };
        let (task, event) = self.eligibility.update(message, &context);
        if let Some(event) = event {
            match event {}
        }
        task.map(Message::Eligibility)
    }

    pub(super) fn update_applicants(&mut self, message: applicants::Message) -> Task<Message> {
        let Some(store) = self.store().cloned() else {
            return Task::none();
        };
        let (task, event) = self.applicants.update(message, &applicants::Context);
        let task = task.map(Message::Applicants);
        let Some(event) = event else {
            return task;
        };
        let reaction = match event {
            applicants::Event::Refresh => self.refresh(),
            applicants::Event::Open(id) => self.open_applicant(id),
            applicants::Event::Create => {
                let save = self.save_editor();
                let create = Task::perform(
                    with_store(store, |store| {
                        let application = Application::new();
                        let id = store.create(&application)?;
                        let saved = store.summary(id).map(|s| s.updated_at);
                        Ok(Box::new(LoadedApplicant {
                            id,
                            application,
                            saved,
                            not_understood: Vec::new(),
                        }))
                    }),
                    Message::Loaded,
                );
                Task::batch([save, create])
            }
            applicants::Event::Archive(id, archived) => Task::perform(
                with_store(store, move |s| s.set_archived(id, archived)),
                Message::StoreChanged,
            ),
            applicants::Event::Import { path, passphrase } => {
                let import = Task::perform(
                    with_store(store, move |s| s.import_bundle(&path, &passphrase)),
                    |result| Message::Applicants(applicants::Message::Imported(result)),
                );
                // The list shows the new applicant once it is in the store.
                import.chain(self.refresh())
            }
            applicants::Event::Delete(id) => {
                if self.editor.as_ref().is_some_and(|e| e.id == id) {
                    self.editor = None;
                }
                self.leaving.retain(|e| e.id != id);
                // History's jobs waiting for its save end: their spinner stops.
                let gone = UiError::from(StoreError::ApplicantNotFound);
                let dropped = self.after_save_failed(id, gone);
                let forget = self.portal.forget(id).map(Message::Portal);
                Task::batch([
                    dropped,
                    Task::perform(
                        with_store(store, move |s| s.delete(id)),
                        Message::StoreChanged,
                    ),
                    forget,
                ])
            }
        };
        Task::batch([task, reaction])
    }

    pub(super) fn update_editor(
        &mut self,
        id: ApplicantId,
        message: editor::Message,
    ) -> Task<Message> {
        let Some(store) = self.store().cloned() else {
            return Task::none();
        };
        let vault_answer = matches!(
            message,
            editor::Message::DocumentImported(_) | editor::Message::DocumentRemoved(Err(_))
        );
        if vault_answer && self.editor.as_ref().is_none_or(|e| e.id != id) {
            return self.vault_answer_elsewhere(id, message);
        }
        let Some(editor) = self.editor.as_mut().filter(|e| e.id == id) else {
            return self.update_leaving(id, message);
        };
        // The editor shows the error itself; a job waiting for this save is dropped.
        let failed = super::leaving::save_error(&message);
        let (task, event) = editor.update(message, &editor::Context { store: &store });
        self.vault_jobs += editor.take_vault_started();
        let task = task.map(move |m| Message::Editor(id, m));
        let task = match event {
            None => task,
            Some(editor::Event::Back) => {
                let retire = self.retire_editor();
                self.screen = Screen::Applicants;
                return Task::batch([task, retire, self.refresh()]);
            }
            // The store holds exactly what the editor shows: tell the sync engine which parts
            // changed (it reads the store), and push when signed in; jobs waiting may run.
            Some(editor::Event::Saved(changed)) => {
                let sync = self
                    .portal
                    .draft_saved(id, changed, editor.application(), &store, self.today)
                    .map(Message::Portal);
                Task::batch([task, sync, self.run_after_save(id)])
            }
        };
        let dropped = match failed {
            Some(error) => self.after_save_failed(id, error),
            None => Task::none(),
        };
        Task::batch([task, dropped, self.close_if_saved()])
    }

    /// The vault's answer to the editor of `id` when that applicant is no longer open: a file
    /// added reaches its draft in the store, an error is shown.
    fn vault_answer_elsewhere(
        &mut self,
        id: ApplicantId,
        message: editor::Message,
    ) -> Task<Message> {
        match message {
            editor::Message::DocumentImported(Ok(document)) => self.attach_elsewhere(id, document),
            editor::Message::DocumentImported(Err(error))
            | editor::Message::DocumentRemoved(Err(error)) => {
                self.notice = Some(error);
                Task::none()
            }
            _ => Task::none(),
        }
    }

    /// A file that entered the vault for `applicant`, who is not open, reaches that
    /// applicant's draft: through its editor if it is being left, else in the store (the
    /// documents screen's answer tells the sync engine or shows the error).
    fn attach_elsewhere(
        &mut self,
        applicant: ApplicantId,
        document: cittadinanza_core::model::AttachedDocument,
    ) -> Task<Message> {
        // Its editor is being left: that editor takes the file and its autosave keeps it (a
        // save of the store's copy would race the save of that editor).
        if self.leaving.iter().any(|e| e.id == applicant) {
            let attach = editor::Message::DocumentImported(Ok(document));
            return self.update_leaving(applicant, attach);
        }
        let Some(store) = self.store() else {
            return Task::none();
        };
        let attach = documents::attach_elsewhere(applicant, document, store, self.today);
        self.vault_jobs += 1;
        attach.map(Message::Documents)
    }

    pub(super) fn update_documents(&mut self, message: documents::Message) -> Task<Message> {
        let Some(store) = self.store().cloned() else {
            return Task::none();
        };
        let context = documents::Context {
            store: &store,
            editor: self.editor.as_ref(),
            today: self.today,
        };
        let (task, event) = self.documents.update(message, &context);
        self.vault_jobs += self.documents.take_vault_started();
        let task = task.map(Message::Documents);
        // Changes to the draft go through the editor's own messages: dots and autosave follow.
        let edits = match event {
            None => return task,
            Some(documents::Event::Attached {
                mut document,
                country,
            }) => {
                document.country = country;
                vec![editor::Message::DocumentImported(Ok(document))]
            }
            Some(documents::Event::IssueDateCorrected { index, date }) => {
                vec![editor::Message::Chosen(
                    format!("documents.attached.{index}.issue_date"),
                    serde_json::Value::String(date),
                )]
            }
            Some(documents::Event::Removed(index)) => {
                vec![editor::Message::RemoveDocument(index)]
            }
            Some(documents::Event::ImportedElsewhere {
                applicant,
                document,
            }) => {
                return Task::batch([task, self.attach_elsewhere(applicant, *document)]);
            }
            // Saved in the store for an applicant who is not open: its documents changed.
            Some(documents::Event::SavedElsewhere {
                applicant,
                application,
            }) => {
                let changed = vec![DraftPart::Section(SectionId::Documents)];
                let sync = self
                    .portal
                    .draft_saved(applicant, changed, &application, &store, self.today)
                    .map(Message::Portal);
                // Reopened (or still being left) meanwhile: its editor keeps the document.
                let editor = self.attached_elsewhere(applicant, &application);
                return Task::batch([task, sync, editor]);
            }
            Some(
                documents::Event::AttachElsewhereFailed(error) | documents::Event::Notice(error),
            ) => {
                self.notice = Some(error);
                return task;
            }
        };
        Task::batch([task, self.forward_to_editor(edits)])
    }

    /// Runs editor messages a screen asks for against the open draft.
    pub(super) fn forward_to_editor(&mut self, messages: Vec<editor::Message>) -> Task<Message> {
        let Some(id) = self.editor.as_ref().map(|e| e.id) else {
            return Task::none();
        };
        let tasks: Vec<Task<Message>> = messages
            .into_iter()
            .map(|m| self.update_editor(id, m))
            .collect();
        Task::batch(tasks)
    }

    pub(super) fn update_timeline(&mut self, message: timeline::Message) -> Task<Message> {
        // The export's outcome arrives also once its applicant was closed.
        if let timeline::Message::Exported(applicant, result) = message {
            let open = self.editor.as_ref().map(|e| e.id);
            if let Some(error) = self.timeline.exported(applicant, result, open) {
                self.notice = Some(error);
            }
            return Task::none();
        }
        let Some(editor) = self.editor.as_ref() else {
            return Task::none();
        };
        let context = timeline::Context {
            editor,
            today: self.today,
        };
        let (task, event) = self.timeline.update(message, &context);
        let task = task.map(Message::Timeline);
        match event {
            None => task,
            Some(timeline::Event::Edit(message)) => {
                Task::batch([self.forward_to_editor(vec![message]), task])
            }
        }
    }

    /// Lists the open applicant's saved versions.
    pub(super) fn show_history(&mut self) -> Task<Message> {
        let (Some(editor), Some(store)) = (&self.editor, self.store().cloned()) else {
            return Task::none();
        };
        let (id, name) = (editor.id, editor.application().display_name());
        self.history.show(id, &name, &store).map(Message::History)
    }

    pub(super) fn update_history(&mut self, message: history::Message) -> Task<Message> {
        // The applicant whose versions the screen shows: a result (or the export's save
        // dialog) may answer after the editor was closed or another applicant opened.
        let open = self
            .history
            .applicant
            .or(self.editor.as_ref().map(|e| e.id));
        let (Some(store), Some(id)) = (self.store().cloned(), open) else {
            return Task::none();
        };
        let context = history::Context {
            store: &store,
            applicant: id,
        };
        let (task, event) = self.history.update(message, &context);
        let task = task.map(Message::History);
        match event {
            None => task,
            // Each of these works on the store's copy: the editor's last edits are saved first.
            Some(history::Event::AfterSave(job)) => Task::batch([task, self.after_save(id, job)]),
            // Shown in the editor; its autosave then tells the sync engine.
            Some(history::Event::Restored(id, application)) => {
                let edited = match self.editor.as_mut().filter(|e| e.id == id) {
                    Some(editor) => editor
                        .replace_application(*application)
                        .map(move |m| Message::Editor(id, m)),
                    None => Task::none(),
                };
                Task::batch([task, edited, self.show_history()])
            }
            Some(history::Event::Open(copy)) => Task::batch([task, self.open_applicant(copy)]),
        }
    }

    pub(super) fn update_pdf(&mut self, message: pdf::Message) -> Task<Message> {
        let Some(store) = self.store().cloned() else {
            return Task::none();
        };
        let context = pdf::Context {
            store: &store,
            editor: self.editor.as_ref(),
            today: self.today,
        };
        let (task, event) = self.pdf.update(message, &context);
        self.vault_jobs += self.pdf.take_vault_started();
        let task = task.map(Message::Pdf);
        match event {
            None => task,
            // The PDF reaches the draft of the applicant it was kept for, open or not.
            Some(pdf::Event::Kept {
                applicant,
                document,
            }) => {
                let attach = if self.editor.as_ref().is_some_and(|e| e.id == applicant) {
                    self.forward_to_editor(vec![editor::Message::DocumentImported(Ok(document))])
                } else {
                    self.attach_elsewhere(applicant, document)
                };
                Task::batch([task, attach])
            }
            Some(pdf::Event::Notice(error)) => {
                self.notice = Some(error);
                task
            }
        }
    }

    pub(super) fn update_portal(&mut self, message: portal::Message) -> Task<Message> {
        let Some(store) = self.store().cloned() else {
            return Task::none();
        };
        let open = self.editor.as_ref().map(|e| portal::Open {
            id: e.id,
            application: e.application(),
        });
        let context = portal::Context {
            store: &store,
            portal_url: &self.settings.portal_url,
            open,
            today: self.today,
        };
        let (task, event) = self.portal.update(message, &context);
        let task = task.map(Message::Portal);
        match event {
            None => task,
            Some(portal::Event::Merged(drafts)) => {
                let mut tasks = vec![task, self.refresh()];
                for (id, merged) in drafts {
                    // A draft being left too: its save must not undo the merge.
                    let mut editors = self.editor.iter_mut().chain(self.leaving.iter_mut());
                    if let Some(editor) = editors.find(|e| e.id == id) {
                        tasks.push(editor.merged(merged).map(move |m| Message::Editor(id, m)));
                    }
                }
                Task::batch(tasks)
            }
            Some(portal::Event::Open(id)) => {
                Task::batch([task, self.refresh(), self.open_applicant(id)])
            }
        }
    }
}
