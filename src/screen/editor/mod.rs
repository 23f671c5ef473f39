//! The section editor: the twelve sections on the left (blue dot = complete), the fields of
//! the selected section on the right ([`fields`]), inline errors, attachments ([`attach`]),
//! debounced autosave ([`save`]).
//!
//! Like every screen: `update(message, &context) -> (Task, Option<Event>)`, where [`Event`] is
//! what the app must react to.

mod attach;
mod fields;
pub mod form;
pub mod review;
mod save;
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

use crate::i18n::t;
use crate::store::{SharedStore, UiError};
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

/// Everything the editor needs from the application.
pub struct Context<'a> {
    pub store: &'a SharedStore,
}

/// What the application must react to.
#[derive(Debug, Clone)]
pub enum Event {
    /// Leave the editor (its draft is saved).
    Back,
    /// The store holds exactly the draft shown, saved with these parts changed since the
    /// sync engine was last told (none when only what was typed back was saved). One per save.
    Saved(Vec<DraftPart>),
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
    /// Attachments removed from the draft, by the generation of their removal and vault id:
    /// their files leave the vault with a save of that generation or a later one.
    removals: Vec<(u64, String)>,
    /// Imports into the vault started since the app last asked ([`Editor::take_vault_started`]).
    vault_started: usize,
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
            removals: Vec::new(),
            vault_started: 0,
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

    pub fn update(
        &mut self,
        message: Message,
        context: &Context<'_>,
    ) -> (Task<Message>, Option<Event>) {
        let task = match message {
            Message::SelectSection(section) => self.select_section(section, None),
            Message::Jump(section, path) => self.select_section(section, Some(path)),
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
            Message::TextChanged(..)
            | Message::Calendar(..)
            | Message::CommaListChanged(..)
            | Message::Chosen(..)
            | Message::Toggled(..)
            | Message::AddRow(..)
            | Message::RemoveRow(..) => self.update_field(message, context),
            Message::AttachKindChosen(_)
            | Message::AttachIssueDateChanged(_)
            | Message::AttachCountryChanged(_)
            | Message::ChooseFile
            | Message::FilePicked(_)
            | Message::AttachPathTyped(_)
            | Message::AttachTypedPath
            | Message::DocumentImported(_)
            | Message::RemoveDocument(_)
            | Message::DocumentRemoved(_) => self.update_attachment(message, context),
            Message::Save | Message::AutosaveDue(_) | Message::Saved(..) | Message::Back => {
                return self.update_save(message, context);
            }
        };
        (task, None)
    }

    /// Opens `section` (the one left shows its errors from now on), the keyboard on its first
    /// field, or on the field at `jump_to` (*Change* in the review: its errors show at once).
    fn select_section(&mut self, section: SectionId, jump_to: Option<String>) -> Task<Message> {
        self.leave_field();
        self.reveal(self.section);
        if jump_to.is_some() {
            self.reveal(section);
        }
        self.section = section;
        self.picker = None;
        let focus = match jump_to {
            Some(path) => iced::widget::operation::focus(path),
            None => crate::widget::focus::focus_first_in(FORM_SCROLL),
        };
        Task::batch([
            iced::widget::operation::snap_to(
                FORM_SCROLL,
                iced::widget::scrollable::RelativeOffset::START,
            ),
            focus,
        ])
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
