//! The open applicant's saved versions (restore one), a copy of the application, and the
//! encrypted file that moves it to another computer or help desk.
//!
//! Restoring, copying and exporting first save what the editor still holds (the screen asks
//! the app to run them after the editor's save, [`Event::AfterSave`]), so none of them works
//! on a stale draft.
//!
//! Like every screen: `update(message, &context) -> (Task, Option<Event>)`, where [`Event`] is
//! what the app must react to.

use std::path::PathBuf;

use chrono::Local;
use cittadinanza_core::model::Application;
use cittadinanza_core::secrets::MIN_PASSPHRASE_CHARS;
use cittadinanza_core::store::{ApplicantId, HISTORY_LIMIT, VersionInfo};
use iced::widget::{Column, button, column, container, scrollable, text, text_input};
use iced::{Element, Length, Task};

use crate::i18n::{t, t_args};
use crate::store::{SharedStore, UiError, with_store};
use crate::widget::{confirm_row, identified, label, mirrored_row};

/// File name extension of an exported applicant.
pub const BUNDLE_EXTENSION: &str = "cittadinanza";

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(ApplicantId, Result<Vec<VersionInfo>, UiError>),
    AskRestore(u32),
    CancelRestore,
    ConfirmRestore(u32),
    /// A saved version became the current one: (version restored, the draft now current).
    Restored(ApplicantId, Result<(u32, Box<Application>), UiError>),
    Duplicate,
    /// The copy of the applicant was made (its id).
    Duplicated(Result<ApplicantId, UiError>),
    PassphraseChanged(String),
    RepeatChanged(String),
    Export,
    ExportTo(Option<PathBuf>),
    /// No save dialog could be shown: the destination is typed (the text so far).
    ExportPathTyped(String),
    ExportTypedPath,
    Exported(Result<PathBuf, UiError>),
    /// The editor's save failed: the restore, copy or export waiting for it was dropped.
    NotSaved(UiError),
}

/// Everything the screen needs from the application.
pub struct Context<'a> {
    pub store: &'a SharedStore,
    /// The open applicant (whose versions are listed).
    pub applicant: ApplicantId,
}

/// What the application must react to.
pub enum Event {
    /// Save the editor's draft, then run this job on the store's copy (restore, copy, export);
    /// if the save fails, the app drops the job and answers [`Message::NotSaved`].
    AfterSave(Task<Message>),
    /// This version of the applicant is now the current draft: the editor shows it (its
    /// autosave then tells the sync engine), and the versions are listed again.
    Restored(ApplicantId, Box<Application>),
    /// The copy was made: open it.
    Open(ApplicantId),
}

#[derive(Debug, Clone)]
enum Note {
    Error(UiError),
    Info(String),
}

#[derive(Debug, Default)]
pub struct History {
    /// The applicant whose versions are listed.
    pub applicant: Option<ApplicantId>,
    pub versions: Vec<VersionInfo>,
    confirm_restore: Option<u32>,
    passphrase: String,
    repeat: String,
    /// Message id of what is wrong with the passphrase (shown under its field).
    passphrase_error: Option<&'static str>,
    note: Option<Note>,
    busy: bool,
    /// Suggested name of the exported file (the applicant's name).
    file_stem: String,
    /// The export's destination, typed because no save dialog could be shown.
    export_typed: Option<String>,
}

impl History {
    /// Lists the versions of `id` (again: a save may have added one since).
    pub fn show(&mut self, id: ApplicantId, name: &str, store: &SharedStore) -> Task<Message> {
        if self.applicant != Some(id) {
            *self = History {
                applicant: Some(id),
                ..History::default()
            };
        }
        self.file_stem = file_stem(name);
        Task::perform(
            with_store(store.clone(), move |store| store.history(id)),
            move |result| Message::Loaded(id, result),
        )
    }

    /// A restore, copy or export is under way (its buttons are disabled).
    pub fn is_busy(&self) -> bool {
        self.busy
    }

    pub fn update(
        &mut self,
        message: Message,
        context: &Context<'_>,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Loaded(id, result) => {
                if self.applicant == Some(id) {
                    match result {
                        Ok(versions) => self.versions = versions,
                        Err(error) => self.note = Some(Note::Error(error)),
                    }
                }
                (Task::none(), None)
            }
            Message::AskRestore(_)
            | Message::CancelRestore
            | Message::ConfirmRestore(_)
            | Message::Restored(..) => (Task::none(), self.update_restore(message, context)),
            Message::Duplicate => {
                self.busy = true;
                let id = context.applicant;
                let duplicate = Task::perform(
                    with_store(context.store.clone(), move |s| s.duplicate(id)),
                    Message::Duplicated,
                );
                (Task::none(), Some(Event::AfterSave(duplicate)))
            }
            Message::Duplicated(Ok(copy)) => {
                self.finished(None);
                (Task::none(), Some(Event::Open(copy)))
            }
            Message::Duplicated(Err(error)) | Message::NotSaved(error) => {
                self.finished(Some(error));
                (Task::none(), None)
            }
            Message::PassphraseChanged(_)
            | Message::RepeatChanged(_)
            | Message::Export
            | Message::ExportTo(_)
            | Message::ExportPathTyped(_)
            | Message::ExportTypedPath
            | Message::Exported(_) => self.update_export(message, context),
        }
    }

    /// Restoring a version: asked, confirmed (then run after the editor's save), done.
    fn update_restore(&mut self, message: Message, context: &Context<'_>) -> Option<Event> {
        match message {
            Message::AskRestore(version) => {
                self.confirm_restore = Some(version);
                None
            }
            Message::CancelRestore => {
                self.confirm_restore = None;
                None
            }
            Message::ConfirmRestore(version) => {
                self.confirm_restore = None;
                self.busy = true;
                let id = context.applicant;
                let restore = Task::perform(
                    with_store(context.store.clone(), move |s| {
                        s.restore(id, version)
                            .map(|draft| (version, Box::new(draft)))
                    }),
                    move |result| Message::Restored(id, result),
                );
                Some(Event::AfterSave(restore))
            }
            Message::Restored(id, result) => {
                self.busy = false;
                match result {
                    Ok((version, application)) => {
                        self.note = Some(Note::Info(t_args(
                            "history-restored",
                            &[("version", version.to_string())],
                        )));
                        Some(Event::Restored(id, application))
                    }
                    Err(error) => {
                        self.note = Some(Note::Error(error));
                        None
                    }
                }
            }
            _ => None,
        }
    }

    /// The encrypted file: passphrase typed twice, destination chosen (or typed), then
    /// written after the editor's save.
    fn update_export(
        &mut self,
        message: Message,
        context: &Context<'_>,
    ) -> (Task<Message>, Option<Event>) {
        let task = match message {
            Message::PassphraseChanged(value) => {
                self.passphrase = value;
                self.passphrase_error = None;
                Task::none()
            }
            Message::RepeatChanged(value) => {
                self.repeat = value;
                self.passphrase_error = None;
                Task::none()
            }
            Message::Export => self.choose_destination(),
            Message::ExportPathTyped(typed) => {
                self.export_typed = Some(typed);
                Task::none()
            }
            Message::ExportTypedPath => {
                let typed = self.export_typed.clone().unwrap_or_default();
                if let Some(path) = crate::file_dialog::valid_destination(&typed) {
                    self.export_typed = None;
                    return (Task::none(), Some(self.export(path, context)));
                }
                self.note = Some(Note::Error(UiError {
                    id: "documents-typed-destination-invalid".into(),
                    args: vec![("path".into(), typed.trim().to_string())],
                }));
                Task::none()
            }
            Message::ExportTo(Some(path)) => {
                return (Task::none(), Some(self.export(path, context)));
            }
            Message::Exported(result) => {
                self.busy = false;
                self.note = Some(match result {
                    Ok(path) => {
                        // The passphrase has done its job: don't keep it on screen.
                        self.passphrase.clear();
                        self.repeat.clear();
                        Note::Info(t_args(
                            "history-exported",
                            &[("path", path.display().to_string())],
                        ))
                    }
                    Err(error) => Note::Error(error),
                });
                Task::none()
            }
            _ => Task::none(),
        };
        (task, None)
    }

    /// Once the passphrase is long enough and repeated: the save dialog for the file.
    fn choose_destination(&mut self) -> Task<Message> {
        if self.passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
            self.passphrase_error = Some("secrets-passphrase-too-short");
            return Task::none();
        }
        if self.passphrase != self.repeat {
            self.passphrase_error = Some("history-passphrase-mismatch");
            return Task::none();
        }
        let file_name = format!("{}.{BUNDLE_EXTENSION}", self.file_stem);
        Task::perform(
            crate::file_dialog::save_as(file_name, crate::file_dialog::BUNDLE),
            |picked| match picked {
                crate::file_dialog::Picked::File(path) => Message::ExportTo(Some(path)),
                crate::file_dialog::Picked::Cancelled => Message::ExportTo(None),
                crate::file_dialog::Picked::Unavailable => Message::ExportPathTyped(String::new()),
            },
        )
    }

    /// Writes the encrypted file to `path` (the bundle's extension added when it has none),
    /// after the editor's save.
    fn export(&mut self, mut path: PathBuf, context: &Context<'_>) -> Event {
        if path.extension().is_none() {
            path.set_extension(BUNDLE_EXTENSION);
        }
        self.busy = true;
        self.note = Some(Note::Info(t("history-exporting")));
        let (id, passphrase) = (context.applicant, self.passphrase.clone());
        Event::AfterSave(Task::perform(
            with_store(context.store.clone(), move |s| {
                s.export_bundle(id, &path, &passphrase).map(|()| path)
            }),
            Message::Exported,
        ))
    }

    /// A copy ended (or failed), or a job was dropped because the draft was not saved.
    fn finished(&mut self, error: Option<UiError>) {
        self.busy = false;
        if let Some(error) = error {
            self.note = Some(Note::Error(error));
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let mut content = Column::new()
            .spacing(16)
            .padding(24)
            .max_width(900)
            .push(text(t("history-title")).size(24));

        match &self.note {
            Some(Note::Error(error)) => {
                content = content.push(label(error.text()).style(text::danger));
            }
            Some(Note::Info(info)) => {
                content = content.push(label(info.clone()).style(text::success));
            }
            None => {}
        }

        content = content.push(text(t("history-versions")).size(18)).push(
            label(t_args(
                "store-history-note",
                &[("count", HISTORY_LIMIT.to_string())],
            ))
            .size(13)
            .style(text::secondary),
        );
        let current = self.versions.first().map(|v| v.version);
        for info in &self.versions {
            content = content.push(self.view_version(info, current == Some(info.version)));
        }

        content = content
            .push(text(t("history-copy")).size(18))
            .push(label(t("history-copy-intro")).size(14))
            .push(identified(
                "history-duplicate",
                button(text(t("history-duplicate")))
                    .style(button::secondary)
                    .on_press_maybe((!self.busy).then_some(Message::Duplicate)),
            ));

        content = content
            .push(text(t("history-export")).size(18))
            .push(label(t("history-export-intro")).size(14))
            .push(
                column![
                    label(t("history-passphrase")).size(14),
                    text_input("", &self.passphrase)
                        .id("history-passphrase")
                        .secure(true)
                        .on_input(Message::PassphraseChanged)
                        .on_submit(Message::Export)
                        .padding(8),
                ]
                .spacing(4),
            )
            .push(
                column![
                    label(t("history-passphrase-repeat")).size(14),
                    text_input("", &self.repeat)
                        .id("history-passphrase-repeat")
                        .secure(true)
                        .on_input(Message::RepeatChanged)
                        .on_submit(Message::Export)
                        .padding(8),
                ]
                .spacing(4),
            );
        if let Some(id) = self.passphrase_error {
            content = content.push(
                label(t_args(id, &[("min", MIN_PASSPHRASE_CHARS.to_string())]))
                    .size(13)
                    .style(text::danger),
            );
        }
        content = content.push(identified(
            "history-export",
            button(text(t("history-export-button")))
                .on_press_maybe((!self.busy).then_some(Message::Export)),
        ));
        if let Some(typed) = &self.export_typed {
            content = content.push(crate::file_dialog::typed_path_row(
                "documents-no-save-dialog",
                "history-export-path",
                "history-export-typed-path",
                typed,
                Message::ExportPathTyped,
                "history-export-typed",
                t("history-export-button"),
                Message::ExportTypedPath,
            ));
        }

        scrollable(
            container(content)
                .width(Length::Fill)
                .center_x(Length::Fill),
        )
        .into()
    }

    fn view_version(&self, info: &VersionInfo, current: bool) -> Element<'_, Message> {
        let version = info.version;
        let when = info
            .saved_at
            .with_timezone(&Local)
            .format("%d/%m/%Y %H:%M:%S")
            .to_string();
        let description = t_args(
            "history-version",
            &[
                ("version", version.to_string()),
                ("time", when),
                ("done", info.sections_complete.min(12).to_string()),
            ],
        );
        let mut line: Vec<Element<'_, Message>> = vec![label(description).into()];
        if current {
            line.push(text(t("history-current")).style(text::secondary).into());
        } else {
            line.push(identified(
                format!("restore:{version}"),
                button(text(t("history-restore")))
                    .style(button::secondary)
                    .on_press_maybe((!self.busy).then_some(Message::AskRestore(version))),
            ));
        }
        let mut card = Column::new()
            .spacing(8)
            .push(mirrored_row(line).spacing(12));
        if self.confirm_restore == Some(version) {
            card = card.push(confirm_row(
                t_args(
                    "history-confirm-restore",
                    &[("version", version.to_string())],
                ),
                format!("confirm-restore:{version}"),
                t("history-restore-confirm"),
                // Restoring loses nothing (the current draft stays in the list).
                button::primary,
                Message::ConfirmRestore(version),
                Message::CancelRestore,
            ));
        }
        container(card)
            .padding(12)
            .width(Length::Fill)
            .style(container::rounded_box)
            .into()
    }
}

/// A file name from the applicant's name: letters (accented too), digits and dashes only.
fn file_stem(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    if words.is_empty() {
        t("history-file-stem")
    } else {
        words.join("-")
    }
}

#[cfg(test)]
mod tests {
    use super::file_stem;

    #[test]
    fn file_names_keep_letters_and_digits_only() {
        assert_eq!(file_stem("HADDAD Amina"), "HADDAD-Amina");
        assert_eq!(file_stem("D'Angelo / Kovač"), "D-Angelo-Kovač");
        assert!(!file_stem("  ../  ").contains('/'));
    }
}
