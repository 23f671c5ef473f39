//! The section editor: the twelve sections on the left (blue dot = complete), the fields of
//! the selected section on the right, inline errors, debounced autosave.

pub mod form;
pub mod review;
mod view;

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, NaiveDate, Utc};
use cittadinanza_core::drafts::{Draft, DraftPart};
use cittadinanza_core::model::lenient::Dropped;
use cittadinanza_core::model::{Application, AttachedDocument, DocumentKind, SectionId};
use cittadinanza_core::rules::{FieldIssue, Hint, SectionStatus};
use cittadinanza_core::store::ApplicantId;
use iced::Task;
use serde_json::Value;

use crate::file_dialog::Picked;
use crate::i18n::t;
use crate::store::{SharedStore, UiError, with_store};
use crate::widget::date_picker::{self, DatePicker};

/// How long after the last edit the draft is saved.
pub const AUTOSAVE_DELAY: Duration = Duration::from_secs(1);

#[derive(Debug, Clone)]
pub enum Message {
    SelectSection(SectionId),
    /// *Change* in the review: open the section and put the focus on the field at the path.
    Jump(SectionId, String),
    TextChanged(String, String),
    /// The calendar of the date field at this path.
    Calendar(String, date_picker::Message),
    CommaListChanged(String, String),
    Chosen(String, Value),
    Toggled(String, bool),
    AddRow(String, Value),
    RemoveRow(String, usize),
    AttachKindChosen(DocumentKind),
    AttachIssueDateChanged(String),
    AttachCountryChanged(String),
    ChooseFile,
    /// The file dialog's answer (`None` = cancelled).
    FilePicked(Option<PathBuf>),
    /// No file chooser could be shown: the file's path is typed (the text so far).
    AttachPathTyped(String),
    AttachTypedPath,
    DocumentImported(Result<AttachedDocument, UiError>),
    RemoveDocument(usize),
    DocumentRemoved(Result<(), UiError>),
    Save,
    /// The keyboard focus left the field being edited (Tab / Shift-Tab).
    FieldLeft,
    /// The focus left the field at this path (a click elsewhere, Tab, Enter on a button).
    Blurred(String),
    AutosaveDue(u64),
    Saved(u64, Result<DateTime<Utc>, UiError>),
    Back,
}

/// What the editor asks of the application.
pub enum Action {
    None,
    Run(Task<Message>),
    /// Leave the editor (its draft is saved).
    Back,
    /// The store holds exactly the draft shown, saved with these parts changed since the
    /// sync engine was last told (none when only what was typed back was saved).
    Saved(Task<Message>, Vec<DraftPart>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    Unsaved,
    Saving,
}

/// One kind of choice option shown by a pick list.
#[derive(Debug, Clone, PartialEq)]
struct ChoiceOption {
    value: Value,
    label: String,
}

impl std::fmt::Display for ChoiceOption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

#[derive(Debug, Clone, PartialEq)]
struct KindOption(DocumentKind);

impl std::fmt::Display for KindOption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&t(&format!("doc-{}", self.0.key())))
    }
}

pub struct Editor {
    pub id: ApplicantId,
    pub draft: Draft,
    pub section: SectionId,
    today: NaiveDate,
    /// Incremented at each edit; a save covers the generation it was started with.
    generation: u64,
    saved_generation: u64,
    saving: bool,
    last_saved: Option<DateTime<Utc>>,
    error: Option<UiError>,
    attach_kind: Option<DocumentKind>,
    attach_issue_date: String,
    attach_country: String,
    /// No file chooser could be shown: the path typed so far.
    attach_typed: Option<String>,
    /// Set when the user asked to leave: leave once the save finished.
    leaving: bool,
    /// Delay between the last edit and the autosave.
    pub autosave_delay: Duration,
    /// The open calendar (at most one).
    pub picker: Option<DatePicker>,
    /// Shown while the draft is open: it was saved by a newer version of the app and holds
    /// values this version does not understand (kept in the history, not shown here).
    newer_version: Option<UiError>,
    /// Fields the person has left after editing them: their errors are shown.
    touched: HashSet<String>,
    /// Sections whose every error is shown: left with Next / Previous or another section,
    /// saved with *Save*, or holding answers when the draft was opened.
    revealed: HashSet<SectionId>,
    /// The field being edited (its error waits until it is left).
    editing: Option<String>,
}

impl Editor {
    pub fn new(
        id: ApplicantId,
        application: Application,
        last_saved: Option<DateTime<Utc>>,
        today: NaiveDate,
    ) -> Editor {
        let revealed = answered_sections(&application);
        Editor {
            id,
            draft: Draft::new(application, today),
            section: SectionId::LegalBasis,
            today,
            generation: 0,
            saved_generation: 0,
            saving: false,
            last_saved,
            error: None,
            attach_kind: None,
            attach_issue_date: String::new(),
            attach_country: String::new(),
            attach_typed: None,
            leaving: false,
            autosave_delay: AUTOSAVE_DELAY,
            picker: None,
            newer_version: None,
            touched: HashSet::new(),
            revealed,
            editing: None,
        }
    }

    /// The issue of the field at `path` if it is time to show it: the field was left after an
    /// edit, or its section was left, saved or holds answers from an earlier session. The
    /// dots follow [`Editor::issue`], which knows every issue from the start.
    pub fn shown_issue(&self, path: &str) -> Option<&FieldIssue> {
        let issue = self.issue(path)?;
        let section = path.split('.').next().unwrap_or_default();
        let revealed = self.revealed.iter().any(|s| s.key() == section);
        let touched = self.touched.iter().any(|t| {
            t == path
                || t.strip_prefix(path)
                    .is_some_and(|rest| rest.starts_with('.'))
        });
        (revealed || touched).then_some(issue)
    }

    /// Every error of `section` is shown from now on.
    pub fn reveal(&mut self, section: SectionId) {
        self.revealed.insert(section);
    }

    /// The person is editing the field at `path`: the field edited before it was left.
    fn editing(&mut self, path: &str) {
        if let Some(previous) = self.editing.take()
            && previous != path
        {
            self.touched.insert(previous);
        }
        self.editing = Some(path.to_string());
    }

    /// A choice made at once (pick list, check box, calendar): the field counts as left.
    fn chosen(&mut self, path: &str) {
        self.editing(path);
        self.touched.insert(path.to_string());
    }

    /// The note shown while a draft saved by a newer version of the app is open, if any.
    pub fn newer_version_note(&self) -> Option<String> {
        self.newer_version.as_ref().map(UiError::text)
    }

    /// Says, while this draft is open, which values of a draft saved by a newer version of the
    /// app were not understood (nothing when `dropped` is empty).
    pub fn note_newer_version(&mut self, dropped: &[Dropped]) {
        const SHOWN: usize = 6;
        if dropped.is_empty() {
            self.newer_version = None;
            return;
        }
        let mut values: Vec<String> = dropped
            .iter()
            .take(SHOWN)
            .map(|value| {
                let raw = value.raw.to_string();
                match raw.char_indices().nth(40) {
                    Some((cut, _)) => format!("{} = {}…", value.path, &raw[..cut]),
                    None => format!("{} = {raw}", value.path),
                }
            })
            .collect();
        if dropped.len() > SHOWN {
            values.push("…".to_string());
        }
        let mut note = UiError::new("editor-newer-version");
        note.args = vec![
            ("count".to_string(), dropped.len().to_string()),
            ("values".to_string(), values.join("; ")),
        ];
        self.newer_version = Some(note);
    }

    pub fn application(&self) -> &Application {
        self.draft.application()
    }

    /// The 12 sections' status, in order.
    pub fn statuses(&self) -> &[SectionStatus] {
        self.draft.statuses()
    }

    pub fn completed(&self) -> usize {
        self.draft.completed()
    }

    pub fn is_complete(&self, section: SectionId) -> bool {
        self.draft.is_complete(section)
    }

    pub fn issue(&self, path: &str) -> Option<&FieldIssue> {
        self.draft.issue(path)
    }

    /// The informational hint about the field at `path` (`rules::hints`), if any.
    pub fn hint(&self, path: &str) -> Option<&Hint> {
        self.draft.hint(path)
    }

    pub fn save_state(&self) -> SaveState {
        if self.saving {
            SaveState::Saving
        } else if self.generation != self.saved_generation {
            SaveState::Unsaved
        } else {
            SaveState::Saved
        }
    }

    pub fn has_unsaved_changes(&self) -> bool {
        self.generation != self.saved_generation
    }

    pub fn is_saving(&self) -> bool {
        self.saving
    }

    pub fn last_saved(&self) -> Option<DateTime<Utc>> {
        self.last_saved
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

    /// The draft changed (its statuses and hints are already in step): autosave later.
    fn edited(&mut self) -> Task<Message> {
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
        Task::perform(
            with_store(store.clone(), move |store| snapshot.save(store, id)),
            move |result| Message::Saved(generation, result.map(|info| info.saved_at)),
        )
    }

    pub fn update(&mut self, message: Message, store: &SharedStore) -> Action {
        let task = match message {
            Message::SelectSection(section) => {
                self.leave_field();
                self.reveal(self.section);
                self.section = section;
                self.picker = None;
                // The keyboard starts on the section's first field.
                return Action::Run(Task::batch([
                    iced::widget::operation::snap_to(
                        FORM_SCROLL,
                        iced::widget::scrollable::RelativeOffset::START,
                    ),
                    crate::widget::focus::focus_first_in(FORM_SCROLL),
                ]));
            }
            Message::Jump(section, path) => {
                self.leave_field();
                self.reveal(self.section);
                // Sent there to correct something: its errors show at once.
                self.reveal(section);
                self.section = section;
                self.picker = None;
                return Action::Run(Task::batch([
                    iced::widget::operation::snap_to(
                        FORM_SCROLL,
                        iced::widget::scrollable::RelativeOffset::START,
                    ),
                    iced::widget::operation::focus(path),
                ]));
            }
            Message::TextChanged(path, value) => {
                self.editing(&path);
                date_picker::typed_into(&mut self.picker, &path, &value);
                if self.draft.set(&path, Value::String(value)) {
                    self.edited()
                } else {
                    Task::none()
                }
            }
            Message::Calendar(path, message) => return self.update_calendar(path, message, store),
            Message::CommaListChanged(path, value) => {
                self.editing(&path);
                if self.draft.set_comma_list(&path, &value) {
                    self.edited()
                } else {
                    Task::none()
                }
            }
            Message::Chosen(path, value) => {
                self.chosen(&path);
                if self.draft.set(&path, value) {
                    self.edited()
                } else {
                    Task::none()
                }
            }
            Message::Toggled(path, value) => {
                self.chosen(&path);
                if self.draft.set(&path, Value::Bool(value)) {
                    self.edited()
                } else {
                    Task::none()
                }
            }
            Message::AddRow(path, item) => {
                self.leave_field();
                if self.draft.push(&path, item) {
                    // The keyboard goes on to the new row's first field.
                    let row = format!(
                        "row:{path}.{}",
                        self.draft.list_len(&path).saturating_sub(1)
                    );
                    Task::batch([self.edited(), crate::widget::focus::focus_first_in(row)])
                } else {
                    Task::none()
                }
            }
            Message::RemoveRow(path, index) => {
                self.leave_field();
                if self.draft.remove(&path, index) {
                    self.edited()
                } else {
                    Task::none()
                }
            }
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
            Message::FilePicked(None) => Task::none(),
            Message::AttachPathTyped(typed) => {
                self.attach_typed = Some(typed);
                Task::none()
            }
            Message::AttachTypedPath => {
                let typed = self.attach_typed.clone().unwrap_or_default();
                match crate::file_dialog::existing_file(&typed) {
                    Some(path) => {
                        self.attach_typed = None;
                        return self.update(Message::FilePicked(Some(path)), store);
                    }
                    None => {
                        self.error = Some(crate::file_dialog::typed_path_error(
                            "documents-typed-path-not-found",
                            &typed,
                        ));
                        Task::none()
                    }
                }
            }
            Message::FilePicked(Some(path)) => {
                let Some(kind) = self.attach_kind else {
                    self.error = Some(UiError::new("editor-choose-kind-first"));
                    return Action::None;
                };
                let id = self.id;
                let issue_date = self.attach_issue_date.clone();
                Task::perform(
                    with_store(store.clone(), move |store| {
                        store.import_document(id, &path, kind, &issue_date)
                    }),
                    Message::DocumentImported,
                )
            }
            Message::DocumentImported(Ok(mut document)) => {
                document.country = self.attach_country.trim().to_string();
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
            Message::DocumentRemoved(Ok(())) => Task::none(),
            Message::RemoveDocument(index) => {
                let Some(document) = self
                    .draft
                    .application()
                    .documents
                    .attached
                    .get(index)
                    .cloned()
                else {
                    return Action::None;
                };
                self.draft.update(|application| {
                    application.documents.attached.remove(index);
                });
                let edited = self.edited();
                let vault_id = document.vault_id;
                // The file leaves the vault only after the draft no longer refers to it.
                let save = self.save(store);
                Task::batch([
                    edited,
                    save,
                    Task::perform(
                        with_store(store.clone(), move |store| store.remove_document(&vault_id)),
                        Message::DocumentRemoved,
                    ),
                ])
            }
            Message::Save => {
                self.leave_field();
                self.reveal(self.section);
                self.save(store)
            }
            Message::FieldLeft => {
                self.leave_field();
                Task::none()
            }
            Message::Blurred(path) => {
                // Only the field being edited is left: one passed through stays quiet.
                if self.editing.as_deref() == Some(path.as_str()) {
                    self.leave_field();
                }
                Task::none()
            }
            Message::AutosaveDue(generation) => {
                if generation == self.generation {
                    self.save(store)
                } else {
                    Task::none()
                }
            }
            Message::Saved(generation, result) => {
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
                        return Action::None;
                    }
                }
                if self.has_unsaved_changes() {
                    // Edits made while saving: save them too.
                    self.save(store)
                } else {
                    // The store holds exactly what is shown: the sync engine may read it.
                    let changed = self.draft.take_changes();
                    let back = if self.leaving {
                        Task::done(Message::Back)
                    } else {
                        Task::none()
                    };
                    return Action::Saved(back, changed);
                }
            }
            Message::Back => {
                if !self.has_unsaved_changes() {
                    return Action::Back;
                }
                self.leaving = true;
                self.save(store)
            }
        };
        Action::Run(task)
    }

    fn update_calendar(
        &mut self,
        path: String,
        message: date_picker::Message,
        store: &SharedStore,
    ) -> Action {
        let typed = if path == ATTACH_ISSUE_DATE {
            &self.attach_issue_date
        } else {
            self.draft.text(&path)
        };
        match date_picker::update(&mut self.picker, &path, typed, self.today, message) {
            date_picker::Outcome::None => Action::None,
            date_picker::Outcome::Focus => Action::Run(iced::widget::operation::focus(path)),
            date_picker::Outcome::Picked(text) => {
                if path != ATTACH_ISSUE_DATE {
                    self.chosen(&path);
                }
                // The same message as typing: validation, dots and autosave follow.
                let message = if path == ATTACH_ISSUE_DATE {
                    Message::AttachIssueDateChanged(text)
                } else {
                    Message::TextChanged(path.clone(), text)
                };
                let typed = match self.update(message, store) {
                    Action::Run(task) => task,
                    _ => Task::none(),
                };
                Action::Run(Task::batch([typed, iced::widget::operation::focus(path)]))
            }
        }
    }

    /// The field being edited counts as left.
    fn leave_field(&mut self) {
        if let Some(previous) = self.editing.take() {
            self.touched.insert(previous);
        }
    }
}

/// Widget id of the issue date of the document being attached (not a field of the draft).
const ATTACH_ISSUE_DATE: &str = "attach.issue_date";

/// Widget id of the form's scrollable (scrolled to the top when the section changes).
pub const FORM_SCROLL: &str = "editor-form";

fn title_text(section: SectionId) -> String {
    t(&form::section_label_id(section))
}

/// Sections that already hold answers (a draft saved earlier): their errors show at once.
fn answered_sections(application: &Application) -> HashSet<SectionId> {
    let (Ok(Value::Object(answers)), Ok(Value::Object(blank))) = (
        serde_json::to_value(application),
        serde_json::to_value(Application::new()),
    ) else {
        return HashSet::new();
    };
    SectionId::ALL
        .into_iter()
        .filter(|section| answers.get(section.key()) != blank.get(section.key()))
        .collect()
}
