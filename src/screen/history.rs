//! The open applicant's saved versions (restore one), a copy of the application, and the
//! encrypted file that moves it to another computer or help desk.
//!
//! Restoring, copying and exporting first save what the editor still holds (the app chains
//! them after the editor's save), so none of them works on a stale draft.

use std::path::PathBuf;

use chrono::Local;
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
    Restored(Result<u32, UiError>),
    Duplicate,
    PassphraseChanged(String),
    RepeatChanged(String),
    Export,
    ExportTo(Option<PathBuf>),
    /// No save dialog could be shown: the destination is typed (the text so far).
    ExportPathTyped(String),
    ExportTypedPath,
    Exported(Result<PathBuf, UiError>),
}

/// What the screen asks of the application (which owns the editor and the store).
pub enum Action {
    None,
    Run(Task<Message>),
    /// Save the editor, then make this version current and show it in the editor.
    Restore(u32),
    /// Save the editor, then copy the applicant and open the copy.
    Duplicate,
    /// Save the editor, then write the encrypted file.
    Export {
        path: PathBuf,
        passphrase: String,
    },
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

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Loaded(id, result) => {
                if self.applicant == Some(id) {
                    match result {
                        Ok(versions) => self.versions = versions,
                        Err(error) => self.note = Some(Note::Error(error)),
                    }
                }
                Action::None
            }
            Message::AskRestore(version) => {
                self.confirm_restore = Some(version);
                Action::None
            }
            Message::CancelRestore => {
                self.confirm_restore = None;
                Action::None
            }
            Message::ConfirmRestore(version) => {
                self.confirm_restore = None;
                self.busy = true;
                Action::Restore(version)
            }
            Message::Restored(result) => {
                self.busy = false;
                self.note = Some(match result {
                    Ok(version) => Note::Info(t_args(
                        "history-restored",
                        &[("version", version.to_string())],
                    )),
                    Err(error) => Note::Error(error),
                });
                Action::None
            }
            Message::Duplicate => {
                self.busy = true;
                Action::Duplicate
            }
            Message::PassphraseChanged(value) => {
                self.passphrase = value;
                self.passphrase_error = None;
                Action::None
            }
            Message::RepeatChanged(value) => {
                self.repeat = value;
                self.passphrase_error = None;
                Action::None
            }
            Message::Export => {
                if self.passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
                    self.passphrase_error = Some("secrets-passphrase-too-short");
                    return Action::None;
                }
                if self.passphrase != self.repeat {
                    self.passphrase_error = Some("history-passphrase-mismatch");
                    return Action::None;
                }
                let file_name = format!("{}.{BUNDLE_EXTENSION}", self.file_stem);
                Action::Run(Task::perform(
                    crate::file_dialog::save_as(file_name, crate::file_dialog::BUNDLE),
                    |picked| match picked {
                        crate::file_dialog::Picked::File(path) => Message::ExportTo(Some(path)),
                        crate::file_dialog::Picked::Cancelled => Message::ExportTo(None),
                        crate::file_dialog::Picked::Unavailable => {
                            Message::ExportPathTyped(String::new())
                        }
                    },
                ))
            }
            Message::ExportPathTyped(typed) => {
                self.export_typed = Some(typed);
                Action::None
            }
            Message::ExportTypedPath => {
                let typed = self.export_typed.clone().unwrap_or_default();
                match crate::file_dialog::valid_destination(&typed) {
                    Some(path) => {
                        self.export_typed = None;
                        self.update(Message::ExportTo(Some(path)))
                    }
                    None => {
                        self.note = Some(Note::Error(UiError {
                            id: "documents-typed-destination-invalid".into(),
                            args: vec![("path".into(), typed.trim().to_string())],
                        }));
                        Action::None
                    }
                }
            }
            Message::ExportTo(None) => Action::None,
            Message::ExportTo(Some(mut path)) => {
                if path.extension().is_none() {
                    path.set_extension(BUNDLE_EXTENSION);
                }
                self.busy = true;
                self.note = Some(Note::Info(t("history-exporting")));
                Action::Export {
                    path,
                    passphrase: self.passphrase.clone(),
                }
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
                Action::None
            }
        }
    }

    /// A copy, restore or export ended (or failed before starting).
    pub fn finished(&mut self, error: Option<UiError>) {
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
