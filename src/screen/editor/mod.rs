//! The section editor: the twelve sections on the left (blue dot = complete), the fields of
//! the selected section on the right, inline errors, debounced autosave.

pub mod form;
pub mod review;

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, Local, NaiveDate, Utc};
use cittadinanza_core::drafts::{Draft, DraftPart};
use cittadinanza_core::model::lenient::Dropped;
use cittadinanza_core::model::{Application, AttachedDocument, DocumentKind, SectionId};
use cittadinanza_core::prefectures;
use cittadinanza_core::rules::requirements;
use cittadinanza_core::rules::{FieldIssue, Hint, SectionStatus};
use cittadinanza_core::store::ApplicantId;
use iced::widget::{
    Column, button, checkbox, column, container, pick_list, rule, scrollable, text, text_input,
};
use iced::{Element, Length, Task};
use serde_json::Value;

use crate::file_dialog::Picked;
use crate::i18n::{t, t_args};
use crate::store::{SharedStore, UiError, with_store};
use crate::widget::date_picker::{self, DatePicker};
use crate::widget::field::{issue_text, labelled, text_field};
use crate::widget::sections::section_list;
use crate::widget::{choosable, identified, label, mirrored_row, pressable, start};
use form::{Choice, Item, Kind};

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

    pub fn view(&self) -> Element<'_, Message> {
        let complete: Vec<bool> = SectionId::ALL
            .iter()
            .map(|s| self.is_complete(*s))
            .collect();
        let sections = container(
            scrollable(section_list(
                &complete,
                self.section,
                Message::SelectSection,
            ))
            .height(Length::Fill),
        )
        .width(300)
        .padding(12)
        .height(Length::Fill)
        .style(container::rounded_box);

        let state_line = if self.is_complete(self.section) {
            text(t("editor-section-complete")).style(text::primary)
        } else {
            text(t("editor-section-incomplete")).style(text::secondary)
        };
        let mut body = Column::new()
            .spacing(14)
            .push(
                label(format!(
                    "{}. {}",
                    self.section.number(),
                    title_text(self.section)
                ))
                .size(24),
            )
            .push(state_line.width(Length::Fill).align_x(start()).size(13));
        if let Some(note) = &self.newer_version {
            body = body.push(
                container(text(note.text()).width(Length::Fill).align_x(start()))
                    .padding(10)
                    .width(Length::Fill)
                    .style(container::warning),
            );
        }
        if let Some(error) = &self.error {
            body = body.push(
                text(error.text())
                    .style(text::danger)
                    .width(Length::Fill)
                    .align_x(start()),
            );
        }
        if self.section == SectionId::Consent {
            body = body.push(self.view_review());
        }
        body = body.push(self.view_items(self.section.key(), form::items(self.section)));
        let nav = self.view_prev_next();
        body = body.push(nav);

        let form = scrollable(
            container(body.max_width(760))
                .padding([16, 24])
                .width(Length::Fill),
        )
        .id(FORM_SCROLL)
        .height(Length::Fill);

        let header = self.view_header();
        column![
            header,
            mirrored_row(vec![sections.into(), form.into()])
                .spacing(12)
                .height(Length::Fill)
        ]
        .spacing(12)
        .padding(12)
        .into()
    }

    fn view_header(&self) -> Element<'_, Message> {
        let name = self.draft.application().display_name();
        let name = if name.is_empty() {
            t("applicants-unnamed")
        } else {
            name
        };
        let progress = t_args(
            "applicants-progress",
            &[
                ("done", self.completed().to_string()),
                ("total", "12".to_string()),
            ],
        );
        let status = match self.save_state() {
            SaveState::Saving => t("editor-saving"),
            SaveState::Unsaved => t("editor-unsaved"),
            SaveState::Saved => match self.last_saved {
                Some(at) => t_args(
                    "editor-saved-at",
                    &[("time", at.with_timezone(&Local).format("%H:%M").to_string())],
                ),
                None => t("editor-not-saved-yet"),
            },
        };
        let status_style = match self.save_state() {
            SaveState::Unsaved => text::warning,
            _ => text::secondary,
        };
        mirrored_row(vec![
            pressable(
                "editor-back",
                button(text(t("editor-back")))
                    .style(button::secondary)
                    .on_press(Message::Back),
            ),
            column![
                text(name).size(20),
                text(progress).size(13).style(text::secondary)
            ]
            .spacing(2)
            .width(Length::Fill)
            .into(),
            text(status).style(status_style).into(),
            pressable(
                "save",
                button(text(t("editor-save"))).on_press(Message::Save),
            ),
        ])
        .spacing(16)
        .into()
    }

    fn view_prev_next(&self) -> Element<'_, Message> {
        let index = self.section as usize;
        let mut children: Vec<Element<'_, Message>> = Vec::new();
        if index > 0 {
            children.push(pressable(
                "section-previous",
                button(text(t("editor-previous")))
                    .style(button::secondary)
                    .on_press(Message::SelectSection(SectionId::ALL[index - 1])),
            ));
        }
        children.push(iced::widget::space::horizontal().into());
        if let Some(next) = SectionId::ALL.get(index + 1) {
            children.push(pressable(
                "section-next",
                button(text(t("editor-next"))).on_press(Message::SelectSection(*next)),
            ));
        }
        mirrored_row(children).spacing(12).into()
    }

    fn view_items<'a>(&'a self, prefix: &str, items: &'static [Item]) -> Element<'a, Message> {
        let mut content = Column::new().spacing(12);
        for item in items {
            let element = match item {
                Item::Field(field) => {
                    let path = format!("{prefix}.{}", field.name);
                    // A field with an issue is always shown, so that no error is hidden.
                    if !form::is_relevant(&path, self.draft.application())
                        && self.issue(&path).is_none()
                    {
                        continue;
                    }
                    // The same shape with or without a hint: the field keeps its place in the
                    // widget tree, and so the keyboard focus, when a hint comes or goes.
                    let mut field = column![self.view_field(&path, field.kind)].spacing(4);
                    if let Some(hint) = self.hint(&path) {
                        field = field.push(identified(
                            format!("hint:{path}"),
                            text(t(hint.message_id))
                                .size(13)
                                .style(text::primary)
                                .width(Length::Fill)
                                .align_x(start()),
                        ));
                    }
                    field.into()
                }
                Item::List {
                    name,
                    items,
                    new_item,
                } => self.view_list(&format!("{prefix}.{name}"), items, *new_item),
                Item::Attachments => self.view_attachments(),
            };
            content = content.push(element);
        }
        content.into()
    }

    /// A field with its error line; the line keeps its place while there is no error, so
    /// that an error appearing or going away does not move the fields under the pointer.
    fn view_field<'a>(&'a self, path: &str, kind: Kind) -> Element<'a, Message> {
        let field = crate::widget::focus::on_blur(
            self.view_control(path, kind),
            Message::Blurred(path.to_string()),
        );
        // The same shape with or without the error (see `view_items`).
        let field = column![field].spacing(4);
        if self.shown_issue(path).is_some() {
            return field.into();
        }
        field.push(text(" ").size(13)).into()
    }

    fn view_control<'a>(&'a self, path: &str, kind: Kind) -> Element<'a, Message> {
        let label_text = t(&form::label_id(path));
        let issue = self.shown_issue(path);
        let owned = path.to_string();
        match kind {
            Kind::Text | Kind::Amount => {
                let placeholder = if matches!(kind, Kind::Amount) {
                    t("placeholder-amount")
                } else {
                    String::new()
                };
                text_field(
                    path,
                    label_text,
                    &placeholder,
                    self.draft.text(path),
                    issue,
                    move |v| Message::TextChanged(owned.clone(), v),
                )
            }
            Kind::Date => {
                let calendar_path = owned.clone();
                date_picker::date_field(
                    path,
                    label_text,
                    self.draft.text(path),
                    issue,
                    self.picker.as_ref(),
                    self.today,
                    move |v| Message::TextChanged(owned.clone(), v),
                    move |m| Message::Calendar(calendar_path.clone(), m),
                )
            }
            Kind::CommaList => {
                let value = self.draft.comma_list(path);
                let placeholder = t("placeholder-comma-list");
                let input = text_input(&placeholder, &value)
                    .id(path.to_string())
                    .on_input(move |v| Message::CommaListChanged(owned.clone(), v))
                    .padding(8)
                    .align_x(start());
                labelled(label_text, input.into(), issue)
            }
            Kind::Choice(options) => {
                let current = self.draft.value(path).cloned().unwrap_or(Value::Null);
                let options: Vec<ChoiceOption> = options()
                    .into_iter()
                    .map(|Choice { value, label_id }| ChoiceOption {
                        value,
                        label: t(&label_id),
                    })
                    .collect();
                let selected = options.iter().find(|o| o.value == current).cloned();
                let list = pick_list(options, selected, move |o: ChoiceOption| {
                    Message::Chosen(owned.clone(), o.value)
                })
                .placeholder(t("placeholder-choose"))
                .padding(8)
                .width(Length::Fill);
                labelled(label_text, choosable(path.to_string(), list), issue)
            }
            Kind::Prefecture => self.view_prefecture(path, label_text, issue),
            Kind::Check => {
                let control = checkbox(self.draft.flag(path))
                    .label(label_text)
                    .on_toggle(move |v| Message::Toggled(owned.clone(), v));
                let mut content = column![pressable(path.to_string(), control)].spacing(4);
                if let Some(issue) = issue {
                    content = content.push(text(issue_text(issue)).size(13).style(text::danger));
                }
                content.into()
            }
        }
    }

    /// Section 1's competent office: the prefectures by province, with the one of the province
    /// of residence proposed; abroad the consular office as free text.
    fn view_prefecture<'a>(
        &'a self,
        path: &str,
        label_text: String,
        issue: Option<&'a FieldIssue>,
    ) -> Element<'a, Message> {
        let owned = path.to_string();
        let application = self.application();
        let current = self.draft.text(path);
        if !requirements::lives_in_italy(application) {
            let field = text_field(
                path,
                t("editor-consulate-label"),
                &t("editor-consulate-placeholder"),
                current,
                issue,
                move |v| Message::TextChanged(owned.clone(), v),
            );
            return column![
                field,
                label(t("hint-consulate-free-text"))
                    .size(13)
                    .style(text::secondary)
            ]
            .spacing(4)
            .into();
        }
        let options: Vec<ChoiceOption> = prefectures::all()
            .iter()
            .map(|p| ChoiceOption {
                value: Value::from(p.province),
                label: format!("{} ({})", p.province, p.code),
            })
            .collect();
        let selected = prefectures::find(current)
            .and_then(|found| options.iter().find(|o| o.value == found.province).cloned());
        let chosen = owned.clone();
        let list = pick_list(options, selected, move |o: ChoiceOption| {
            Message::TextChanged(chosen.clone(), o.value.as_str().unwrap_or_default().into())
        })
        .placeholder(t("placeholder-choose"))
        .padding(8)
        .width(Length::Fill);
        let mut content = column![choosable(path.to_string(), list)].spacing(4);
        let proposed = prefectures::for_province(&application.personal.residence.province);
        if let (true, Some(proposed)) = (current.trim().is_empty(), proposed) {
            let name = proposed.province.to_string();
            content = content.push(pressable(
                "prefecture-propose",
                button(text(t_args(
                    "editor-prefecture-propose",
                    &[("name", name.as_str())],
                )))
                .on_press(Message::TextChanged(owned.clone(), name)),
            ));
        }
        labelled(label_text, content.into(), issue)
    }

    fn view_list<'a>(
        &'a self,
        path: &str,
        items: &'static [Item],
        new_item: fn() -> Value,
    ) -> Element<'a, Message> {
        let mut content = Column::new()
            .spacing(10)
            .push(label(t(&form::label_id(path))).size(16));
        if let Some(issue) = self.shown_issue(path) {
            content = content.push(
                text(issue_text(issue))
                    .size(13)
                    .style(text::danger)
                    .width(Length::Fill)
                    .align_x(start()),
            );
        }
        for index in 0..self.draft.list_len(path) {
            let item_path = format!("{path}.{index}");
            let heading = mirrored_row(vec![
                text(format!("{}.", index + 1))
                    .size(15)
                    .width(Length::Fill)
                    .into(),
                pressable(
                    format!("remove:{item_path}"),
                    button(text(t("editor-remove-row")))
                        .style(button::danger)
                        .padding([4, 10])
                        .on_press(Message::RemoveRow(path.to_string(), index)),
                ),
            ]);
            content = content.push(
                container(
                    column![
                        heading,
                        identified(
                            format!("row:{item_path}"),
                            self.view_items(&item_path, items)
                        )
                    ]
                    .spacing(10),
                )
                .padding(12)
                .width(Length::Fill)
                .style(container::bordered_box),
            );
        }
        content = content.push(pressable(
            format!("add:{path}"),
            button(text(t("editor-add-row")))
                .style(button::secondary)
                .on_press(Message::AddRow(path.to_string(), new_item())),
        ));
        content.into()
    }

    fn view_attachments(&self) -> Element<'_, Message> {
        let mut content = Column::new()
            .spacing(10)
            .push(label(t("editor-attachments")).size(16));
        if let Some(issue) = self.shown_issue("documents.attached") {
            content = content.push(text(issue_text(issue)).size(13).style(text::danger));
        }
        let attached = &self.draft.application().documents.attached;
        if attached.is_empty() {
            content = content.push(label(t("editor-no-attachments")).style(text::secondary));
        }
        for (index, document) in attached.iter().enumerate() {
            let kind = document
                .kind
                .map(|k| t(&format!("doc-{}", k.key())))
                .unwrap_or_default();
            let mut details = vec![document.original_name.clone()];
            if !document.issue_date.is_empty() {
                details.push(t_args(
                    "editor-issued-on",
                    &[("date", document.issue_date.clone())],
                ));
            }
            if !document.country.is_empty() {
                details.push(document.country.clone());
            }
            let path = format!("documents.attached.{index}");
            let mut info = column![
                text(kind).size(15),
                text(details.join(" · ")).size(13).style(text::secondary)
            ]
            .spacing(2)
            .width(Length::Fill);
            if let Some(issue) = self.shown_issue(&path) {
                info = info.push(text(issue_text(issue)).size(13).style(text::danger));
            }
            content = content.push(
                container(
                    mirrored_row(vec![
                        info.into(),
                        pressable(
                            format!("remove:{path}"),
                            button(text(t("editor-remove-row")))
                                .style(button::danger)
                                .padding([4, 10])
                                .on_press(Message::RemoveDocument(index)),
                        ),
                    ])
                    .spacing(10),
                )
                .padding(10)
                .width(Length::Fill)
                .style(container::bordered_box),
            );
        }
        let kinds: Vec<KindOption> = DocumentKind::ALL.into_iter().map(KindOption).collect();
        let add = column![
            label(t("editor-attach-new")).size(16),
            labelled(
                t("editor-attach-kind"),
                choosable(
                    "attach.kind",
                    pick_list(kinds, self.attach_kind.map(KindOption), |k: KindOption| {
                        Message::AttachKindChosen(k.0)
                    })
                    .placeholder(t("placeholder-choose"))
                    .padding(8)
                    .width(Length::Fill),
                ),
                None,
            ),
            date_picker::date_field(
                ATTACH_ISSUE_DATE,
                t("editor-attach-issue-date"),
                &self.attach_issue_date,
                None,
                self.picker.as_ref(),
                self.today,
                Message::AttachIssueDateChanged,
                |m| Message::Calendar(ATTACH_ISSUE_DATE.to_string(), m),
            ),
            text_field(
                "attach.country",
                t("editor-attach-country"),
                "",
                &self.attach_country,
                None,
                Message::AttachCountryChanged
            ),
            pressable(
                "attach-file",
                button(text(t("editor-attach-choose-file"))).on_press(Message::ChooseFile)
            ),
        ]
        .spacing(10);
        let add = match &self.attach_typed {
            Some(typed) => add.push(crate::file_dialog::typed_path_row(
                "documents-no-dialog",
                "attach-typed-path",
                "documents-typed-path",
                typed,
                Message::AttachPathTyped,
                "attach-use-typed-path",
                t("documents-use-typed-path"),
                Message::AttachTypedPath,
            )),
            None => add,
        };
        content = content.push(rule::horizontal(1)).push(add);
        content.into()
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
