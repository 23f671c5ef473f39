//! The documents checklist of the open applicant: what is needed, what is exempt (and why),
//! what is attached, expiring or expired, with "Add file", "Open", "Export…" and "Remove".
//!
//! Files enter the encrypted vault through the store; changes to the open draft (a file
//! attached, an issue date corrected, an attachment removed) are [`Event`]s the app applies
//! through the editor, so that autosave and the section dots stay right.
//! "Open" decrypts a copy into a private folder of the data folder (0700, file 0600) and hands
//! it to the system viewer without a shell ([`crate::opener`]); those folders are removed when
//! the application ends, and any a crash left behind at the next start.
//!
//! Like every screen: `update(message, &context) -> (Task, Option<Event>)`. The work is split
//! by concern: [`attach`] (the form, the dialog, a dropped file), [`import`] (into the vault),
//! [`export`] (open and export), [`corrections`] (issue date, removal), [`vault_check`].

mod attach;
mod corrections;
mod export;
mod forms;
mod import;
mod vault_check;
mod view;

pub use import::attach_elsewhere;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use cittadinanza_core::model::{Application, AttachedDocument, DocumentKind};
use cittadinanza_core::rules::FieldIssue;
use cittadinanza_core::rules::checklist::{ChecklistItem, ItemState, checklist};
use cittadinanza_core::rules::fields::parse_date;
use cittadinanza_core::store::{ApplicantId, DocumentHealth};
use iced::Task;

use crate::screen::editor::Editor;
use crate::store::{SharedStore, UiError};
use crate::widget::date_picker::{self, DatePicker};

#[derive(Debug, Clone)]
pub enum Message {
    /// Start adding a file for checklist item number `index`.
    StartAdd(usize),
    IssueDateChanged(String),
    /// The calendar of the issue date field.
    Calendar(date_picker::Message),
    CountryChanged(String),
    CancelAdd,
    ChooseFile,
    /// The file dialog's answer (`None` = cancelled or no dialog available).
    FilePicked(Option<PathBuf>),
    /// The vault's answer for a file added to this applicant.
    Imported(ApplicantId, Result<AttachedDocument, UiError>),
    /// A file whose import ended after its applicant was closed reached that applicant's
    /// draft through the store (the draft as saved).
    AttachedElsewhere(Result<(ApplicantId, Box<Application>), UiError>),
    Open(String),
    Opened(String, Result<Arc<tempfile::TempDir>, UiError>),
    Export(String),
    ExportTo(String, Option<PathBuf>),
    Exported(String, Result<PathBuf, UiError>),
    AskRemove(String),
    CancelRemove,
    ConfirmRemove(String),
    /// Correct the issue date of the attachment with this vault id.
    EditIssueDate(String),
    EditedIssueDateChanged(String),
    /// The calendar of the issue date being corrected.
    EditCalendar(date_picker::Message),
    SaveIssueDate,
    CancelEditIssueDate,
    /// Check the vault files of the attachments: cheap (record, file, header) or `full`
    /// (decrypt and verify every file).
    Check {
        full: bool,
    },
    Checked(bool, Result<Vec<(String, DocumentHealth)>, UiError>),
    /// A file is dragged over the window (`None`: it left) / dropped on it.
    FileHovered(Option<PathBuf>),
    FileDropped(PathBuf),
    /// The path typed when no file dialog can be shown.
    TypedPathChanged(String),
    UseTypedPath,
    /// No save dialog could be shown for exporting this attachment: a path is typed.
    ExportNoDialog(String),
    ExportPathChanged(String),
    ExportToTyped,
}

/// What the application must react to: changes to the open draft, applied through the
/// editor.
#[derive(Debug, Clone)]
pub enum Event {
    /// A file entered the vault for the open applicant: attach it, from `country` (the
    /// country of a criminal record certificate; empty for other kinds).
    Attached {
        document: AttachedDocument,
        country: String,
    },
    /// The issue date of attachment number `index` was corrected (`dd/mm/yyyy`, or empty).
    IssueDateCorrected { index: usize, date: String },
    /// The user confirmed removing attachment number `index`.
    Removed(usize),
    /// A file entered the vault for an applicant who is not open (with the country typed in
    /// the form): the app attaches it to that applicant's draft (through its editor if it is
    /// being left, else in the store with [`attach_elsewhere`]).
    ImportedElsewhere {
        applicant: ApplicantId,
        document: Box<AttachedDocument>,
    },
    /// A file reached the draft of an applicant who is not open, saved in the store: the
    /// sync engine must be told (its documents changed).
    SavedElsewhere {
        applicant: ApplicantId,
        application: Box<Application>,
    },
    /// That file could not be attached to the draft of the applicant who is not open, or did
    /// not enter the vault (no screen shows that applicant: the app shows the error).
    AttachElsewhereFailed(UiError),
    /// An error about an attachment no screen shows any more (its applicant was closed): the
    /// app shows it.
    Notice(UiError),
}

/// The small form shown under an item while a file is being added.
#[derive(Debug, Clone)]
struct Adding {
    /// The applicant the file is for: the form shows only while that applicant is open.
    applicant: ApplicantId,
    item: usize,
    kind: DocumentKind,
    issue_date: String,
    country: String,
    /// The country is fixed by the item (a criminal record certificate of that country).
    country_fixed: bool,
    error: Option<UiError>,
    busy: bool,
    /// No file dialog could be shown: the path is typed instead (`Some` = the field shows).
    typed_path: Option<String>,
}

/// The issue date of an attachment being corrected.
#[derive(Debug, Clone)]
struct EditingDate {
    applicant: ApplicantId,
    vault_id: String,
    kind: Option<DocumentKind>,
    text: String,
    error: Option<UiError>,
}

#[derive(Debug, Default)]
pub struct Documents {
    adding: Option<Adding>,
    editing: Option<EditingDate>,
    /// The open calendar of the issue date.
    pub picker: Option<DatePicker>,
    confirm_remove: Option<String>,
    /// An error or confirmation shown under the attachment with this vault id.
    note: Option<(String, Note)>,
    /// Decrypted copies handed to the system viewer; removed when the application ends.
    viewer_copies: Vec<Arc<tempfile::TempDir>>,
    /// What the vault holds for each attachment, by vault id (from the last check).
    pub health: HashMap<String, DocumentHealth>,
    /// A full check is running, or the outcome of the last one (files checked, bad ones).
    full_check: Option<Option<(usize, usize)>>,
    /// A file is being dragged over the window.
    hovering: bool,
    /// The export waiting for a typed destination: (vault id, path typed so far).
    export_typed: Option<(String, String)>,
    /// Vault jobs (imports, attachments to a stored draft) started since the app last asked
    /// ([`Documents::take_vault_started`]).
    vault_started: usize,
}

#[derive(Debug, Clone)]
enum Note {
    Error(UiError),
    Info(String),
}

/// Everything the screen needs from the application.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub store: &'a SharedStore,
    pub editor: Option<&'a Editor>,
    pub today: NaiveDate,
}

/// Whether the issue date matters for this kind (validity counted from it).
fn asks_issue_date(kind: DocumentKind) -> bool {
    matches!(kind, DocumentKind::CriminalRecord)
}

fn asks_country(kind: DocumentKind) -> bool {
    matches!(kind, DocumentKind::CriminalRecord)
}

/// Widget id (and calendar path) of the issue date field.
pub const ISSUE_DATE: &str = "documents.issue_date";
/// Widget id (and calendar path) of the issue date being corrected.
pub const EDIT_ISSUE_DATE: &str = "documents.edit_issue_date";

/// The error of a date as typed, for the inline message under its field.
fn date_issue(field: &str, typed: &str) -> Option<FieldIssue> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    parse_date(typed).err().map(|problem| FieldIssue {
        field: field.to_string(),
        problem,
    })
}

/// An issue date as typed, checked: required where validity counts from it, a real day, and
/// not in the future.
fn checked_issue_date(
    typed: &str,
    required: bool,
    today: NaiveDate,
) -> Result<Option<NaiveDate>, UiError> {
    let typed = typed.trim();
    if typed.is_empty() && !required {
        return Ok(None);
    }
    let date = parse_date(typed).map_err(|problem| UiError {
        id: problem.message_id().to_string(),
        args: problem
            .args()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    })?;
    if date > today {
        return Err(UiError::new("documents-issue-date-future"));
    }
    Ok(Some(date))
}

impl Documents {
    pub fn update(
        &mut self,
        message: Message,
        context: &Context<'_>,
    ) -> (Task<Message>, Option<Event>) {
        let (store, today) = (context.store, context.today);
        if matches!(
            message,
            Message::Imported(..)
                | Message::AttachedElsewhere(_)
                | Message::Opened(..)
                | Message::Exported(..)
                | Message::Checked(..)
        ) {
            return self.late_answer(message, context.editor);
        }
        let Some(editor) = context.editor else {
            return (Task::none(), None);
        };
        let task = match message {
            // Adding a file (attach.rs, import.rs).
            Message::StartAdd(index) => {
                self.start_add(index, editor, today);
                Task::none()
            }
            Message::IssueDateChanged(value) => {
                self.issue_date_changed(value, editor);
                Task::none()
            }
            Message::Calendar(message) => self.calendar(message, editor, today),
            Message::CountryChanged(value) => {
                self.country_changed(value, editor);
                Task::none()
            }
            Message::CancelAdd => {
                self.cancel_add();
                Task::none()
            }
            Message::ChooseFile => self.choose_file(editor, today),
            Message::FilePicked(None) => {
                self.file_cancelled();
                Task::none()
            }
            Message::FilePicked(Some(path)) => self.import(path, editor, store, today),
            Message::TypedPathChanged(value) => {
                self.typed_path_changed(value, editor);
                Task::none()
            }
            Message::UseTypedPath => self.use_typed_path(editor, store, today),
            Message::FileHovered(path) => {
                self.hovering = path.is_some();
                Task::none()
            }
            Message::FileDropped(path) => self.file_dropped(path, editor, store, today),
            Message::Imported(..)
            | Message::AttachedElsewhere(_)
            | Message::Opened(..)
            | Message::Exported(..)
            | Message::Checked(..)
            | Message::ExportTo(_, None) => Task::none(),
            // The files attached (export.rs, vault_check.rs).
            Message::Open(vault_id) => self.open(vault_id, editor, store),
            Message::Export(vault_id) => self.export(vault_id, editor),
            Message::ExportNoDialog(vault_id) => {
                self.export_no_dialog(vault_id);
                Task::none()
            }
            Message::ExportPathChanged(value) => {
                self.export_path_changed(value);
                Task::none()
            }
            Message::ExportToTyped => self.export_to_typed(store),
            Message::ExportTo(vault_id, Some(dest)) => export::export_to(vault_id, dest, store),
            Message::Check { full } => self.check(full, editor, store),
            // Changes to the draft's attachments (corrections.rs).
            Message::EditIssueDate(vault_id) => {
                self.edit_issue_date(vault_id, editor);
                Task::none()
            }
            Message::EditedIssueDateChanged(value) => {
                self.edited_issue_date_changed(value, editor);
                Task::none()
            }
            Message::EditCalendar(message) => self.edit_calendar(message, editor, today),
            Message::SaveIssueDate => return (Task::none(), self.save_issue_date(editor, today)),
            Message::CancelEditIssueDate => {
                self.cancel_edit_issue_date();
                Task::none()
            }
            Message::AskRemove(vault_id) => {
                self.ask_remove(vault_id);
                Task::none()
            }
            Message::CancelRemove => {
                self.cancel_remove();
                Task::none()
            }
            Message::ConfirmRemove(vault_id) => {
                return (Task::none(), self.confirm_remove(&vault_id, editor));
            }
        };
        (task, None)
    }

    /// The answers of jobs that may end after the applicant was closed: the vault's answer
    /// still reaches its draft, and the outcomes of "Open", "Export…" and the check are kept
    /// (errors shown by the app).
    fn late_answer(
        &mut self,
        message: Message,
        editor: Option<&Editor>,
    ) -> (Task<Message>, Option<Event>) {
        let event = match message {
            Message::Imported(applicant, result) => {
                return self.imported(applicant, result, editor);
            }
            Message::AttachedElsewhere(Ok((applicant, application))) => {
                Some(Event::SavedElsewhere {
                    applicant,
                    application,
                })
            }
            Message::AttachedElsewhere(Err(error)) => Some(Event::AttachElsewhereFailed(error)),
            Message::Opened(vault_id, result) => self.opened(vault_id, result, editor),
            Message::Exported(vault_id, result) => self.exported(vault_id, result, editor),
            Message::Checked(full, result) => self.checked(full, result, editor),
            _ => None,
        };
        (Task::none(), event)
    }

    /// The checklist shown for `editor` (the draft as it is now).
    pub fn items(editor: &Editor, today: NaiveDate) -> Vec<ChecklistItem> {
        checklist(editor.application(), today)
    }

    /// The form adding a file for the open applicant, if any.
    fn adding_for(&mut self, editor: &Editor) -> Option<&mut Adding> {
        self.adding.as_mut().filter(|a| a.applicant == editor.id)
    }

    /// Whether a file is being added for the open applicant.
    pub fn is_adding(&self, editor: &Editor) -> bool {
        self.adding
            .as_ref()
            .is_some_and(|a| a.applicant == editor.id)
    }
}

/// Whether the item still needs a file.
fn needs_file(item: &ChecklistItem) -> bool {
    matches!(
        item.state,
        ItemState::Missing | ItemState::Expired { .. } | ItemState::Expiring { .. }
    )
}

/// The item a file dropped on the screen fills: the first missing one, else the first expired
/// or expiring one.
pub fn drop_target(items: &[ChecklistItem]) -> Option<usize> {
    items
        .iter()
        .position(|i| matches!(i.state, ItemState::Missing))
        .or_else(|| items.iter().position(needs_file))
}

/// The error about the attachment with this vault id, for the app to show when no screen
/// shows that attachment (no applicant open, or another one); `None` when its note shows.
fn unseen(error: &UiError, editor: Option<&Editor>, vault_id: &str) -> Option<Event> {
    let shown = editor.is_some_and(|e| attachment(e, vault_id).is_some());
    (!shown).then(|| Event::Notice(error.clone()))
}

fn attachment<'a>(editor: &'a Editor, vault_id: &str) -> Option<&'a AttachedDocument> {
    editor
        .application()
        .documents
        .attached
        .iter()
        .find(|d| d.vault_id == vault_id)
}

/// `532 B`, `12.4 KB`, `3.1 MB`.
pub fn human_size(bytes: u64) -> String {
    const KB: f64 = 1024.0;
    let value = bytes as f64;
    if value < KB {
        format!("{bytes} B")
    } else if value < KB * KB {
        format!("{:.1} KB", value / KB)
    } else {
        format!("{:.1} MB", value / (KB * KB))
    }
}

/// A file name safe to create in the private folder (no path separators).
fn safe_file_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if matches!(c, '/' | '\\' | '\0') {
                '_'
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.trim_start_matches('.').to_string();
    if cleaned.is_empty() {
        "document".to_string()
    } else {
        cleaned
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(human_size(532), "532 B");
        assert_eq!(human_size(12 * 1024 + 410), "12.4 KB");
        assert_eq!(human_size(3 * 1024 * 1024 + 110_000), "3.1 MB");
    }

    #[test]
    fn file_names_cannot_leave_the_folder() {
        assert_eq!(safe_file_name("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(safe_file_name(""), "document");
        assert_eq!(safe_file_name("scan.pdf"), "scan.pdf");
    }
}
