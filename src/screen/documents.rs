//! The documents checklist of the open applicant: what is needed, what is exempt (and why),
//! what is attached, expiring or expired, with "Add file", "Open", "Export…" and "Remove".
//!
//! Files enter the encrypted vault through the store; the attachment then reaches the draft
//! through the editor's own messages, so that autosave and the section dots stay right.
//! "Open" decrypts a copy into a private folder of the data folder (0700, file 0600) and hands
//! it to the system viewer without a shell ([`crate::opener`]); those folders are removed when
//! the application ends, and any a crash left behind at the next start.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use cittadinanza_core::model::{AttachedDocument, DocumentKind, SectionId};
use cittadinanza_core::rules::FieldIssue;
use cittadinanza_core::rules::checklist::{ChecklistItem, ItemState, checklist};
use cittadinanza_core::rules::fields::parse_date;
use cittadinanza_core::store::{ApplicantId, DocumentHealth};
use iced::widget::{Column, button, column, container, scrollable, text};
use iced::{Element, Length, Task, Theme};

use crate::i18n::{t, t_args};
use crate::opener;
use crate::screen::editor::{self, Editor};
use crate::store::{SharedStore, UiError, with_store};
use crate::widget::date_picker::{self, DatePicker};
use crate::widget::field::{issue_text, text_field};
use crate::widget::sections::dot;
use crate::widget::{confirm_buttons, identified, label, mirrored_row};

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
    /// A file whose import ended after another applicant was opened reached its own draft
    /// through the store.
    AttachedElsewhere(Result<(), UiError>),
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

/// What the screen asks of the application.
pub enum Action {
    None,
    Run(Task<Message>),
    /// Messages for the editor of the open draft (in order).
    Editor(Vec<editor::Message>),
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
}

#[derive(Debug, Clone)]
enum Note {
    Error(UiError),
    Info(String),
}

/// What `update` needs from the application.
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

    pub fn update(&mut self, message: Message, context: Context<'_>) -> Action {
        let Some(editor) = context.editor else {
            return Action::None;
        };
        match message {
            Message::StartAdd(index) => {
                let items = Documents::items(editor, context.today);
                let Some(item) = items.get(index) else {
                    return Action::None;
                };
                let country = item.country().map(str::to_string);
                self.note = None;
                self.picker = None;
                self.adding = Some(Adding {
                    applicant: editor.id,
                    item: index,
                    kind: item.kind,
                    issue_date: String::new(),
                    country_fixed: country.is_some(),
                    country: country.unwrap_or_default(),
                    error: None,
                    busy: false,
                    typed_path: None,
                });
                Action::None
            }
            Message::IssueDateChanged(value) => {
                date_picker::typed_into(&mut self.picker, ISSUE_DATE, &value);
                if let Some(adding) = self.adding_for(editor) {
                    adding.issue_date = value;
                    adding.error = None;
                }
                Action::None
            }
            Message::Calendar(message) => {
                let Some(adding) = self.adding.as_ref().filter(|a| a.applicant == editor.id) else {
                    return Action::None;
                };
                let typed = adding.issue_date.clone();
                match date_picker::update(
                    &mut self.picker,
                    ISSUE_DATE,
                    &typed,
                    context.today,
                    message,
                ) {
                    date_picker::Outcome::None => Action::None,
                    date_picker::Outcome::Focus => {
                        Action::Run(iced::widget::operation::focus(ISSUE_DATE))
                    }
                    date_picker::Outcome::Picked(text) => {
                        if let Some(adding) = self.adding_for(editor) {
                            adding.issue_date = text;
                            adding.error = None;
                        }
                        Action::Run(iced::widget::operation::focus(ISSUE_DATE))
                    }
                }
            }
            Message::CountryChanged(value) => {
                if let Some(adding) = self.adding_for(editor)
                    && !adding.country_fixed
                {
                    adding.country = value;
                    adding.error = None;
                }
                Action::None
            }
            Message::CancelAdd => {
                self.adding = None;
                self.picker = None;
                Action::None
            }
            Message::ChooseFile => {
                self.picker = None;
                let Some(adding) = self.adding_for(editor) else {
                    return Action::None;
                };
                if let Err(error) = adding.validate(context.today) {
                    adding.error = Some(error);
                    return Action::None;
                }
                adding.busy = true;
                Action::Run(Task::perform(
                    crate::file_dialog::pick_file(),
                    |picked| match picked {
                        crate::file_dialog::Picked::File(path) => Message::FilePicked(Some(path)),
                        crate::file_dialog::Picked::Cancelled => Message::FilePicked(None),
                        crate::file_dialog::Picked::Unavailable => {
                            Message::TypedPathChanged(String::new())
                        }
                    },
                ))
            }
            Message::FilePicked(None) => {
                // Cancelled: nothing changes.
                if let Some(adding) = &mut self.adding {
                    adding.busy = false;
                }
                Action::None
            }
            Message::TypedPathChanged(value) => {
                // Also the answer when no file dialog could be shown: the field appears.
                if let Some(adding) = self.adding_for(editor) {
                    adding.busy = false;
                    adding.typed_path = Some(value);
                }
                Action::None
            }
            Message::UseTypedPath => {
                let Some(adding) = self.adding_for(editor) else {
                    return Action::None;
                };
                let typed = adding.typed_path.clone().unwrap_or_default();
                let path = PathBuf::from(typed.trim());
                if typed.trim().is_empty() || !path.is_file() {
                    adding.error = Some(UiError {
                        id: "documents-typed-path-not-found".into(),
                        args: vec![("path".into(), typed.trim().to_string())],
                    });
                    return Action::None;
                }
                self.update(Message::FilePicked(Some(path)), context)
            }
            Message::FileHovered(path) => {
                self.hovering = path.is_some();
                Action::None
            }
            Message::FileDropped(path) => {
                self.hovering = false;
                // The file fills the item whose "Add file" form is open, else the first
                // missing one (as the drop target says).
                if self.adding_for(editor).is_none() {
                    let items = Documents::items(editor, context.today);
                    let Some(index) = drop_target(&items) else {
                        return Action::None;
                    };
                    if let Action::Run(task) = self.update(Message::StartAdd(index), context) {
                        return Action::Run(task);
                    }
                }
                // An item that needs an issue date or a country asks for them first; the
                // dropped file waits in the typed-path field.
                if let Some(adding) = self.adding_for(editor)
                    && adding.validate(context.today).is_err()
                {
                    adding.typed_path = Some(path.display().to_string());
                    return Action::None;
                }
                self.update(Message::FilePicked(Some(path)), context)
            }
            Message::Check { full } => {
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
                Action::Run(Task::perform(
                    with_store(context.store.clone(), move |store| {
                        vault_ids
                            .into_iter()
                            .map(|id| store.check_document(&id, full).map(|health| (id, health)))
                            .collect()
                    }),
                    move |result| Message::Checked(full, result),
                ))
            }
            Message::Checked(full, Ok(results)) => {
                let bad = results
                    .iter()
                    .filter(|(_, health)| *health != DocumentHealth::Ok)
                    .count();
                if full {
                    self.full_check = Some(Some((results.len(), bad)));
                }
                self.health.extend(results);
                Action::None
            }
            Message::Checked(_, Err(error)) => {
                self.full_check = None;
                self.note = Some((String::new(), Note::Error(error)));
                Action::None
            }
            Message::FilePicked(Some(path)) => {
                let Some(adding) = self.adding_for(editor) else {
                    return Action::None;
                };
                let issue_date = match adding.validate(context.today) {
                    Ok(date) => date.map(|d| d.format("%d/%m/%Y").to_string()),
                    Err(error) => {
                        adding.error = Some(error);
                        adding.busy = false;
                        return Action::None;
                    }
                };
                adding.busy = true;
                let id = editor.id;
                let kind = adding.kind;
                Action::Run(Task::perform(
                    with_store(context.store.clone(), move |store| {
                        store.import_document(id, &path, kind, &issue_date.unwrap_or_default())
                    }),
                    move |result| Message::Imported(id, result),
                ))
            }
            Message::Imported(applicant, Ok(mut document)) if applicant != editor.id => {
                // Another applicant was opened meanwhile: the file goes to its own draft.
                if let Some(adding) = self.adding.take_if(|a| a.applicant == applicant) {
                    document.country = adding.country.trim().to_string();
                }
                let today = context.today;
                Action::Run(Task::perform(
                    with_store(context.store.clone(), move |store| {
                        let mut application = store.load(applicant)?;
                        application.documents.attached.push(document);
                        cittadinanza_core::drafts::save(store, applicant, &application, today)
                            .map(|_| ())
                    }),
                    Message::AttachedElsewhere,
                ))
            }
            Message::AttachedElsewhere(_) => Action::None,
            Message::Imported(_, Ok(document)) => {
                self.health
                    .insert(document.vault_id.clone(), DocumentHealth::Ok);
                let country = self
                    .adding
                    .take()
                    .map(|a| a.country.trim().to_string())
                    .unwrap_or_default();
                self.note = None;
                // The editor sets the attachment's country from its own field: fill it first.
                Action::Editor(vec![
                    editor::Message::AttachCountryChanged(country),
                    editor::Message::DocumentImported(Ok(document)),
                ])
            }
            Message::Imported(applicant, Err(error)) => {
                if let Some(adding) = self.adding.as_mut().filter(|a| a.applicant == applicant) {
                    adding.busy = false;
                    adding.error = Some(error);
                }
                Action::None
            }
            Message::Open(vault_id) => {
                let Some(document) = attachment(editor, &vault_id) else {
                    return Action::None;
                };
                let name = document.original_name.clone();
                let store = context.store.clone();
                Action::Run(Task::perform(
                    open_copy(store, vault_id.clone(), name),
                    move |result| Message::Opened(vault_id.clone(), result),
                ))
            }
            Message::Opened(vault_id, result) => {
                match result {
                    Ok(copy) => {
                        self.viewer_copies.push(copy);
                        self.note = None;
                    }
                    Err(error) => {
                        self.note = Some((vault_id, Note::Error(error)));
                    }
                }
                Action::None
            }
            Message::Export(vault_id) => {
                let Some(document) = attachment(editor, &vault_id) else {
                    return Action::None;
                };
                let name = document.original_name.clone();
                Action::Run(Task::perform(
                    crate::file_dialog::save_file(name),
                    move |picked| match picked {
                        crate::file_dialog::Picked::File(path) => {
                            Message::ExportTo(vault_id.clone(), Some(path))
                        }
                        crate::file_dialog::Picked::Cancelled => {
                            Message::ExportTo(vault_id.clone(), None)
                        }
                        crate::file_dialog::Picked::Unavailable => {
                            Message::ExportNoDialog(vault_id.clone())
                        }
                    },
                ))
            }
            Message::ExportNoDialog(vault_id) => {
                self.export_typed = Some((vault_id, String::new()));
                Action::None
            }
            Message::ExportPathChanged(value) => {
                if let Some((_, typed)) = &mut self.export_typed {
                    *typed = value;
                }
                Action::None
            }
            Message::ExportToTyped => {
                let Some((vault_id, typed)) = self.export_typed.clone() else {
                    return Action::None;
                };
                let path = PathBuf::from(typed.trim());
                let folder_exists = path
                    .parent()
                    .is_some_and(|p| p.as_os_str().is_empty() || p.is_dir());
                if typed.trim().is_empty() || path.is_dir() || !folder_exists {
                    self.note = Some((
                        vault_id,
                        Note::Error(UiError {
                            id: "documents-typed-destination-invalid".into(),
                            args: vec![("path".into(), typed.trim().to_string())],
                        }),
                    ));
                    return Action::None;
                }
                self.export_typed = None;
                self.update(Message::ExportTo(vault_id, Some(path)), context)
            }
            Message::ExportTo(_, None) => Action::None,
            Message::ExportTo(vault_id, Some(dest)) => {
                let id = vault_id.clone();
                Action::Run(Task::perform(
                    with_store(context.store.clone(), move |store| {
                        store.export_document(&id, &dest).map(|()| dest)
                    }),
                    move |result| Message::Exported(vault_id.clone(), result),
                ))
            }
            Message::Exported(vault_id, result) => {
                let note = match result {
                    Ok(path) => Note::Info(t_args(
                        "documents-exported",
                        &[("path", path.display().to_string())],
                    )),
                    Err(error) => Note::Error(error),
                };
                self.note = Some((vault_id, note));
                Action::None
            }
            Message::EditIssueDate(vault_id) => {
                let Some(document) = attachment(editor, &vault_id) else {
                    return Action::None;
                };
                self.picker = None;
                self.editing = Some(EditingDate {
                    applicant: editor.id,
                    kind: document.kind,
                    text: document.issue_date.clone(),
                    vault_id,
                    error: None,
                });
                Action::None
            }
            Message::EditedIssueDateChanged(value) => {
                date_picker::typed_into(&mut self.picker, EDIT_ISSUE_DATE, &value);
                if let Some(editing) = self.editing.as_mut().filter(|e| e.applicant == editor.id) {
                    editing.text = value;
                    editing.error = None;
                }
                Action::None
            }
            Message::EditCalendar(message) => {
                let Some(editing) = self.editing.as_mut().filter(|e| e.applicant == editor.id)
                else {
                    return Action::None;
                };
                match date_picker::update(
                    &mut self.picker,
                    EDIT_ISSUE_DATE,
                    &editing.text,
                    context.today,
                    message,
                ) {
                    date_picker::Outcome::None => Action::None,
                    date_picker::Outcome::Focus => {
                        Action::Run(iced::widget::operation::focus(EDIT_ISSUE_DATE))
                    }
                    date_picker::Outcome::Picked(text) => {
                        editing.text = text;
                        editing.error = None;
                        Action::Run(iced::widget::operation::focus(EDIT_ISSUE_DATE))
                    }
                }
            }
            Message::SaveIssueDate => {
                let Some(editing) = self.editing.as_mut().filter(|e| e.applicant == editor.id)
                else {
                    return Action::None;
                };
                let required = editing.kind.is_some_and(asks_issue_date);
                let date = match checked_issue_date(&editing.text, required, context.today) {
                    Ok(date) => date,
                    Err(error) => {
                        editing.error = Some(error);
                        return Action::None;
                    }
                };
                let Some(index) = editor
                    .application()
                    .documents
                    .attached
                    .iter()
                    .position(|d| d.vault_id == editing.vault_id)
                else {
                    self.editing = None;
                    return Action::None;
                };
                self.editing = None;
                self.picker = None;
                let text = date
                    .map(cittadinanza_core::rules::fields::format_date)
                    .unwrap_or_default();
                // The same path as the editor's own fields: dots and autosave follow.
                Action::Editor(vec![editor::Message::Chosen(
                    format!("documents.attached.{index}.issue_date"),
                    serde_json::Value::String(text),
                )])
            }
            Message::CancelEditIssueDate => {
                self.editing = None;
                self.picker = None;
                Action::None
            }
            Message::AskRemove(vault_id) => {
                self.confirm_remove = Some(vault_id);
                Action::None
            }
            Message::CancelRemove => {
                self.confirm_remove = None;
                Action::None
            }
            Message::ConfirmRemove(vault_id) => {
                self.confirm_remove = None;
                let index = editor
                    .application()
                    .documents
                    .attached
                    .iter()
                    .position(|d| d.vault_id == vault_id);
                match index {
                    Some(index) => Action::Editor(vec![editor::Message::RemoveDocument(index)]),
                    None => Action::None,
                }
            }
        }
    }

    pub fn view<'a>(
        &'a self,
        editor: Option<&'a Editor>,
        today: NaiveDate,
    ) -> Element<'a, Message> {
        let Some(editor) = editor else {
            return container(label(t("documents-no-applicant")).style(text::secondary))
                .padding(24)
                .into();
        };
        let items = Documents::items(editor, today);
        // A file the vault does not hold (or holds damaged) is never "ready".
        let ready = items
            .iter()
            .filter(|i| !i.state.blocks_completion() && self.bad_file(i).is_none())
            .count();
        let name = editor.application().display_name();
        let name = if name.is_empty() {
            t("applicants-unnamed")
        } else {
            name
        };
        let complete = editor.is_complete(SectionId::Documents);
        let header = column![
            text(t_args("documents-title", &[("name", name)])).size(24),
            mirrored_row(vec![
                identified("documents-dot", dot::<Message>(complete)),
                text(t_args(
                    "documents-progress",
                    &[
                        ("ready", ready.to_string()),
                        ("total", items.len().to_string())
                    ],
                ))
                .size(13)
                .style(text::secondary)
                .into(),
            ])
            .spacing(8),
        ]
        .spacing(6);
        let mut list = Column::new()
            .spacing(10)
            .push(header)
            .push(self.view_drop_and_check(&items));
        for (index, item) in items.iter().enumerate() {
            list = list.push(self.view_item(editor, index, item, today));
        }
        scrollable(
            container(list.max_width(820))
                .padding([16, 24])
                .width(Length::Fill),
        )
        .height(Length::Fill)
        .into()
    }

    fn view_item<'a>(
        &'a self,
        editor: &'a Editor,
        index: usize,
        item: &ChecklistItem,
        today: NaiveDate,
    ) -> Element<'a, Message> {
        let mut title = t(&item.label_id());
        if let Some(detail) = item.detail_id() {
            title = format!("{title} — {}", t_args(detail, &item.label_args()));
        }
        let (icon, state_text, tone): (_, _, fn(&Theme) -> text::Style) = match self.bad_file(item)
        {
            Some(DocumentHealth::Missing) => ("✗", t("documents-file-missing"), text::danger),
            Some(_) => ("✗", t("documents-file-damaged"), text::danger),
            None => state_line(item, today),
        };
        let mut info = column![
            text(title).size(16),
            text(format!("{icon}  {state_text}")).size(14).style(tone)
        ]
        .spacing(3)
        .width(Length::Fill);

        let document = item
            .attachment
            .as_deref()
            .and_then(|vault_id| attachment(editor, vault_id));
        if let Some(document) = document {
            let mut details = vec![
                document.original_name.clone(),
                human_size(document.size_bytes),
            ];
            if !document.issue_date.is_empty() {
                details.push(t_args(
                    "editor-issued-on",
                    &[("date", document.issue_date.clone())],
                ));
            }
            info = info.push(text(details.join(" · ")).size(13).style(text::secondary));
            // What section 11 says about this attachment (e.g. an issue date that differs
            // from the one declared in section 8).
            let index = editor
                .application()
                .documents
                .attached
                .iter()
                .position(|d| d.vault_id == document.vault_id);
            if let Some(issue) =
                index.and_then(|index| editor.issue(&format!("documents.attached.{index}")))
            {
                info = info.push(text(issue_text(issue)).size(13).style(text::danger));
            }
        }
        if matches!(item.state, ItemState::Expired { .. })
            && item.kind == DocumentKind::CriminalRecord
        {
            info = info.push(
                text(t("documents-criminal-record-validity"))
                    .size(13)
                    .style(text::secondary),
            );
        }

        let mut buttons: Vec<Element<'a, Message>> = Vec::new();
        let needs_file = needs_file(item) || self.bad_file(item).is_some();
        let adding = self
            .adding
            .as_ref()
            .filter(|a| a.applicant == editor.id && a.item == index);
        if needs_file && adding.is_none() {
            let label_id = if item.attachment.is_some() {
                "documents-replace-file"
            } else {
                "documents-add-file"
            };
            buttons.push(identified(
                format!("add-file:{index}"),
                button(text(t(label_id))).on_press(Message::StartAdd(index)),
            ));
        }
        if let Some(document) = document {
            let vault_id = document.vault_id.clone();
            buttons.push(identified(
                format!("open:{vault_id}"),
                button(text(t("documents-open")))
                    .style(button::secondary)
                    .on_press(Message::Open(vault_id.clone())),
            ));
            buttons.push(identified(
                format!("export:{vault_id}"),
                button(text(t("documents-export")))
                    .style(button::secondary)
                    .on_press(Message::Export(vault_id.clone())),
            ));
            buttons.push(identified(
                format!("edit-issue-date:{vault_id}"),
                button(text(t("documents-edit-issue-date")))
                    .style(button::secondary)
                    .on_press(Message::EditIssueDate(vault_id.clone())),
            ));
            if self.confirm_remove.as_deref() == Some(vault_id.as_str()) {
                buttons.extend(confirm_buttons(
                    format!("confirm-remove:{vault_id}"),
                    t("documents-confirm-remove"),
                    button::danger,
                    Message::ConfirmRemove(vault_id.clone()),
                    t("documents-cancel"),
                    Message::CancelRemove,
                ));
            } else {
                buttons.push(identified(
                    format!("remove:{vault_id}"),
                    button(text(t("documents-remove")))
                        .style(button::danger)
                        .on_press(Message::AskRemove(vault_id)),
                ));
            }
        }

        let mut content = Column::new().spacing(8).push(
            mirrored_row(vec![info.into(), mirrored_row(buttons).spacing(6).into()]).spacing(10),
        );
        if let Some((vault_id, note)) = &self.note
            && item.attachment.as_deref() == Some(vault_id.as_str())
        {
            content = content.push(match note {
                Note::Error(error) => text(error.text()).size(13).style(text::danger),
                Note::Info(info) => text(info.clone()).size(13).style(text::success),
            });
        }
        if let Some((_, typed)) = self
            .export_typed
            .as_ref()
            .filter(|(id, _)| item.attachment.as_deref() == Some(id.as_str()))
        {
            content = content
                .push(
                    label(t("documents-no-save-dialog"))
                        .size(13)
                        .style(text::warning),
                )
                .push(
                    mirrored_row(vec![
                        iced::widget::text_input(&t("documents-typed-destination"), typed)
                            .id("documents-export-path")
                            .on_input(Message::ExportPathChanged)
                            .on_submit(Message::ExportToTyped)
                            .padding(8)
                            .into(),
                        identified(
                            "documents-export-typed",
                            button(text(t("documents-export"))).on_press(Message::ExportToTyped),
                        ),
                    ])
                    .spacing(8),
                );
        }
        if let Some(adding) = adding {
            content = content.push(adding.view(self.picker.as_ref(), today));
        }
        if let Some(editing) = self.editing.as_ref().filter(|e| {
            e.applicant == editor.id && item.attachment.as_deref() == Some(e.vault_id.as_str())
        }) {
            content = content.push(editing.view(self.picker.as_ref(), today));
        }
        container(content)
            .padding(12)
            .width(Length::Fill)
            .style(container::bordered_box)
            .into()
    }
}

impl Documents {
    /// What is wrong with the vault file of the item's attachment, if the last check found
    /// it missing or damaged.
    fn bad_file(&self, item: &ChecklistItem) -> Option<DocumentHealth> {
        let vault_id = item.attachment.as_deref()?;
        self.health
            .get(vault_id)
            .copied()
            .filter(|health| *health != DocumentHealth::Ok)
    }

    /// Where a dropped file goes, and the full check of the vault files.
    fn view_drop_and_check<'a>(&'a self, items: &[ChecklistItem]) -> Element<'a, Message> {
        let target = match drop_target(items) {
            Some(index) => t_args(
                "documents-drop-target",
                &[("item", t(&items[index].label_id()))],
            ),
            None => t("documents-drop-nothing"),
        };
        let drop_zone = container(label(target).size(13))
            .padding(10)
            .width(Length::Fill)
            .style(if self.hovering {
                container::primary
            } else {
                container::bordered_box
            });
        let outcome = match self.full_check {
            None => String::new(),
            Some(None) => t("documents-checking"),
            Some(Some((checked, 0))) => {
                t_args("documents-check-ok", &[("count", checked.to_string())])
            }
            Some(Some((_, bad))) => t_args("documents-check-bad", &[("count", bad.to_string())]),
        };
        let check = mirrored_row(vec![
            identified(
                "documents-check",
                button(text(t("documents-check")))
                    .style(button::secondary)
                    .on_press_maybe(
                        (self.full_check != Some(None)).then_some(Message::Check { full: true }),
                    ),
            ),
            label(outcome).size(13).into(),
        ])
        .spacing(10);
        column![identified("documents-drop", drop_zone), check]
            .spacing(8)
            .into()
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

impl Adding {
    /// The issue date as typed, checked: required where validity counts from it, and not in
    /// the future.
    fn validate(&self, today: NaiveDate) -> Result<Option<NaiveDate>, UiError> {
        if asks_country(self.kind) && self.country.trim().is_empty() {
            return Err(UiError::new("documents-country-required"));
        }
        checked_issue_date(&self.issue_date, asks_issue_date(self.kind), today)
    }

    fn view<'a>(&'a self, picker: Option<&DatePicker>, today: NaiveDate) -> Element<'a, Message> {
        let mut form = Column::new().spacing(8);
        let issue = date_issue(ISSUE_DATE, &self.issue_date);
        form = form.push(date_picker::date_field(
            ISSUE_DATE,
            if asks_issue_date(self.kind) {
                t("documents-issue-date-required")
            } else {
                t("editor-attach-issue-date")
            },
            &self.issue_date,
            issue.as_ref(),
            picker,
            today,
            Message::IssueDateChanged,
            Message::Calendar,
        ));
        if asks_country(self.kind) && !self.country_fixed {
            form = form.push(text_field(
                "documents.country",
                t("editor-attach-country"),
                "",
                &self.country,
                None,
                Message::CountryChanged,
            ));
        }
        if let Some(typed) = &self.typed_path {
            form = form.push(
                label(t("documents-no-dialog"))
                    .size(13)
                    .style(text::warning),
            );
            form = form.push(
                mirrored_row(vec![
                    iced::widget::text_input(&t("documents-typed-path"), typed)
                        .id("documents-typed-path")
                        .on_input(Message::TypedPathChanged)
                        .on_submit(Message::UseTypedPath)
                        .padding(8)
                        .into(),
                    identified(
                        "documents-use-typed-path",
                        button(text(t("documents-use-typed-path")))
                            .on_press_maybe((!self.busy).then_some(Message::UseTypedPath)),
                    ),
                ])
                .spacing(8),
            );
        }
        let mut choose = button(text(t("editor-attach-choose-file")));
        if !self.busy {
            choose = choose.on_press(Message::ChooseFile);
        }
        date_form(
            form,
            self.error.as_ref(),
            issue.as_ref(),
            identified("documents-choose-file", choose),
            Message::CancelAdd,
        )
    }
}

impl EditingDate {
    fn view<'a>(&'a self, picker: Option<&DatePicker>, today: NaiveDate) -> Element<'a, Message> {
        let issue = date_issue(EDIT_ISSUE_DATE, &self.text);
        let form = Column::new().spacing(8).push(date_picker::date_field(
            EDIT_ISSUE_DATE,
            t("documents-edit-issue-date-label"),
            &self.text,
            issue.as_ref(),
            picker,
            today,
            Message::EditedIssueDateChanged,
            Message::EditCalendar,
        ));
        date_form(
            form,
            self.error.as_ref(),
            issue.as_ref(),
            identified(
                "documents-save-issue-date",
                button(text(t("documents-save-issue-date"))).on_press(Message::SaveIssueDate),
            ),
            Message::CancelEditIssueDate,
        )
    }
}

/// Ends a form with a date field: its error (unless it is the date's problem, already shown
/// under the field), then `action` and Cancel, all in a box.
fn date_form<'a>(
    mut form: Column<'a, Message>,
    error: Option<&UiError>,
    issue: Option<&FieldIssue>,
    action: Element<'a, Message>,
    on_cancel: Message,
) -> Element<'a, Message> {
    if let Some(error) = error
        && issue.is_none_or(|issue| issue.problem.message_id() != error.id)
    {
        form = form.push(text(error.text()).size(13).style(text::danger));
    }
    form = form.push(
        mirrored_row(vec![
            action,
            button(text(t("documents-cancel")))
                .style(button::secondary)
                .on_press(on_cancel)
                .into(),
        ])
        .spacing(8),
    );
    container(form)
        .padding(10)
        .width(Length::Fill)
        .style(container::rounded_box)
        .into()
}

/// Icon, text and colour of an item's state. The icon and the text carry the meaning on their
/// own (high contrast, colour blindness); the colour only repeats it.
fn state_line(
    item: &ChecklistItem,
    today: NaiveDate,
) -> (&'static str, String, fn(&Theme) -> text::Style) {
    match &item.state {
        ItemState::Missing => ("○", t("checklist-state-missing"), text::danger),
        ItemState::Exempt { reason_id } => (
            "–",
            format!("{} — {}", t("checklist-state-exempt"), t(reason_id)),
            text::secondary,
        ),
        ItemState::Provided { .. } => ("✓", t("checklist-state-provided"), text::success),
        ItemState::Expiring { on } => {
            let days = (*on - today).num_days().max(0);
            (
                "⚠",
                format!(
                    "{} ({})",
                    t_args("checklist-state-expiring", &item.label_args()),
                    t_args("documents-days-left", &[("days", days.to_string())])
                ),
                text::warning,
            )
        }
        ItemState::Expired { .. } => (
            "✗",
            t_args("checklist-state-expired", &item.label_args()),
            text::danger,
        ),
    }
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
