//! The applicants: search, create, open, archive, delete (after confirmation).
//!
//! A help desk sees everyone it assists; an applicant at home sees only their own
//! application (the settings' help-desk toggle).

use std::path::PathBuf;

use chrono::Local;
use cittadinanza_core::store::{ApplicantId, ApplicantSummary};
use iced::widget::operation;
use iced::widget::{
    Column, button, checkbox, column, container, progress_bar, scrollable, text, text_input,
};
use iced::{Element, Length, Task};

use crate::i18n::{t, t_args};
use crate::store::UiError;
use crate::widget::{confirm_row, identified, label, mirrored_row, pressable};

#[derive(Debug, Clone)]
pub enum Message {
    SearchChanged(String),
    ShowArchived(bool),
    Create,
    Open(ApplicantId),
    Archive(ApplicantId, bool),
    AskDelete(ApplicantId),
    ConfirmDelete(ApplicantId),
    CancelDelete,
    ShowMore,
    /// Asks for an exported applicant file (`.cittadinanza`) to import.
    Import,
    ImportFrom(Option<PathBuf>),
    /// No file dialog could be shown: the file's path is typed (the text so far).
    ImportPathTyped(String),
    ImportTypedPath,
    ImportPassphraseChanged(String),
    ConfirmImport,
    CancelImport,
    Imported(Result<ApplicantId, UiError>),
}

/// What the screen reads from the application: nothing (the list is given by
/// [`Applicants::set_summaries`]).
pub struct Context;

/// What the application must react to (it owns the store and the open draft).
#[derive(Debug, Clone)]
pub enum Event {
    /// The search or the archived filter changed: list the applicants again.
    Refresh,
    Create,
    Open(ApplicantId),
    Archive(ApplicantId, bool),
    /// Deletion confirmed.
    Delete(ApplicantId),
    /// Read an exported applicant into a new one (the result comes back as
    /// [`Message::Imported`]).
    Import {
        path: PathBuf,
        passphrase: String,
    },
}

/// An exported file chosen for import, waiting for its passphrase.
#[derive(Debug, Default)]
pub struct PendingImport {
    pub path: PathBuf,
    pub passphrase: String,
    pub error: Option<UiError>,
    pub busy: bool,
}

#[derive(Debug, Default)]
pub struct Applicants {
    pub summaries: Vec<ApplicantSummary>,
    pub query: String,
    pub show_archived: bool,
    pub confirm_delete: Option<ApplicantId>,
    pub error: Option<UiError>,
    /// Pages beyond the first shown (help-desk lists of thousands are shown a page at a time:
    /// laying out every card on each frame would make the screen sluggish).
    extra_pages: usize,
    pub import: Option<PendingImport>,
    /// The path of the file to import, typed because no file dialog could be shown, and what
    /// is wrong with it.
    pub import_typed: Option<(String, Option<UiError>)>,
}

/// Applicants shown per page of the help-desk list.
pub const PAGE_SIZE: usize = 100;

impl Applicants {
    pub fn update(
        &mut self,
        message: Message,
        _context: &Context,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::SearchChanged(query) => {
                self.query = query;
                self.extra_pages = 0;
                (Task::none(), Some(Event::Refresh))
            }
            Message::ShowArchived(show) => {
                self.show_archived = show;
                self.extra_pages = 0;
                (Task::none(), Some(Event::Refresh))
            }
            Message::ShowMore => {
                self.extra_pages += 1;
                (Task::none(), None)
            }
            Message::Import => (choose_import(), None),
            Message::ImportPathTyped(typed) => {
                self.import_typed = Some((typed, None));
                (Task::none(), None)
            }
            Message::ImportTypedPath => self.import_typed_path(),
            Message::ImportFrom(None) => (Task::none(), None),
            Message::ImportFrom(Some(path)) => {
                self.import = Some(PendingImport {
                    path,
                    ..PendingImport::default()
                });
                (operation::focus("import-passphrase"), None)
            }
            Message::ImportPassphraseChanged(passphrase) => {
                if let Some(import) = &mut self.import {
                    import.passphrase = passphrase;
                    import.error = None;
                }
                (Task::none(), None)
            }
            Message::ConfirmImport => (Task::none(), self.confirm_import()),
            Message::CancelImport => {
                self.import = None;
                (Task::none(), None)
            }
            Message::Imported(Ok(id)) => {
                self.import = None;
                (Task::none(), Some(Event::Open(id)))
            }
            Message::Imported(Err(error)) => {
                if let Some(import) = &mut self.import {
                    import.busy = false;
                    import.error = Some(error);
                }
                (Task::none(), None)
            }
            Message::Create => (Task::none(), Some(Event::Create)),
            Message::Open(id) => (Task::none(), Some(Event::Open(id))),
            Message::Archive(id, archived) => (Task::none(), Some(Event::Archive(id, archived))),
            Message::AskDelete(id) => {
                self.confirm_delete = Some(id);
                (Task::none(), None)
            }
            Message::ConfirmDelete(id) => {
                self.confirm_delete = None;
                (Task::none(), Some(Event::Delete(id)))
            }
            Message::CancelDelete => {
                self.confirm_delete = None;
                (Task::none(), None)
            }
        }
    }

    /// The path typed when no file dialog could be shown: the file is taken if it exists.
    fn import_typed_path(&mut self) -> (Task<Message>, Option<Event>) {
        let Some((typed, error)) = &mut self.import_typed else {
            return (Task::none(), None);
        };
        let Some(path) = crate::file_dialog::existing_file(typed) else {
            *error = Some(crate::file_dialog::typed_path_error(
                "documents-typed-path-not-found",
                typed,
            ));
            return (Task::none(), None);
        };
        self.import_typed = None;
        self.update(Message::ImportFrom(Some(path)), &Context)
    }

    /// The import asked of the application, once a passphrase is typed and none is running.
    fn confirm_import(&mut self) -> Option<Event> {
        match &mut self.import {
            Some(import) if !import.busy && !import.passphrase.is_empty() => {
                import.busy = true;
                import.error = None;
                Some(Event::Import {
                    path: import.path.clone(),
                    passphrase: import.passphrase.clone(),
                })
            }
            _ => None,
        }
    }

    /// The summaries to show: sorted by last change, newest first.
    pub fn set_summaries(&mut self, mut summaries: Vec<ApplicantSummary>) {
        summaries.sort_by_key(|s| std::cmp::Reverse(s.updated_at));
        self.summaries = summaries;
    }

    pub fn view(&self, help_desk: bool) -> Element<'_, Message> {
        let title = label(if help_desk {
            t("applicants-title")
        } else {
            t("applicants-my-application")
        })
        .size(26);
        let mut content = Column::new().spacing(16).push(title);

        if let Some(error) = &self.error {
            content = content.push(text(error.text()).style(text::danger));
        }

        if help_desk {
            content = content.push(self.view_toolbar());
        }
        if let Some((typed, error)) = &self.import_typed {
            content = content.push(crate::file_dialog::typed_path_row(
                "applicants-import-no-dialog",
                "import-typed-path",
                "applicants-import-typed-path",
                typed,
                Message::ImportPathTyped,
                "import-use-typed-path",
                t("applicants-import"),
                Message::ImportTypedPath,
            ));
            if let Some(error) = error {
                content = content.push(label(error.text()).size(13).style(text::danger));
            }
        }
        if let Some(import) = &self.import {
            content = content.push(view_import(import));
        }

        let limit = PAGE_SIZE * (self.extra_pages + 1);
        let visible: Vec<&ApplicantSummary> = if help_desk {
            self.summaries.iter().take(limit).collect()
        } else {
            self.summaries
                .iter()
                .filter(|s| !s.archived)
                .take(1)
                .collect()
        };

        if visible.is_empty() {
            content = content.push(self.view_empty(help_desk));
        }

        let shown = visible.len();
        let total = self.summaries.len();
        let partial = help_desk && shown < total;
        if partial {
            content = content.push(
                text(t_args(
                    "applicants-showing",
                    &[("shown", shown.to_string()), ("total", total.to_string())],
                ))
                .style(text::secondary),
            );
        }
        let mut list = Column::with_children(
            visible
                .into_iter()
                .map(|summary| self.view_card(summary, help_desk)),
        )
        .spacing(10);
        if partial {
            let more = (total - shown).min(PAGE_SIZE);
            list = list.push(identified(
                "show-more",
                button(text(t_args(
                    "applicants-show-more",
                    &[("count", more.to_string())],
                )))
                .style(button::secondary)
                .on_press(Message::ShowMore),
            ));
        }
        content = content.push(scrollable(list).height(Length::Fill));
        container(content.max_width(960))
            .padding(24)
            .width(Length::Fill)
            .center_x(Length::Fill)
            .into()
    }

    /// The help desk's search, archived filter, import and new-applicant buttons.
    fn view_toolbar(&self) -> Element<'_, Message> {
        let search = text_input(&t("applicants-search"), &self.query)
            .id("applicants-search")
            .on_input(Message::SearchChanged)
            .padding(10)
            .width(Length::Fill);
        mirrored_row(vec![
            search.into(),
            pressable(
                "show-archived",
                checkbox(self.show_archived)
                    .label(t("applicants-show-archived"))
                    .on_toggle(Message::ShowArchived),
            ),
            pressable(
                "import-applicant",
                button(text(t("applicants-import")))
                    .padding([10, 16])
                    .style(button::secondary)
                    .on_press(Message::Import),
            ),
            pressable(
                "new-applicant",
                button(text(t("applicants-new")))
                    .padding([10, 16])
                    .on_press(Message::Create),
            ),
        ])
        .spacing(16)
        .into()
    }

    /// No applicant to show: how to start (unless a search found nothing).
    fn view_empty(&self, help_desk: bool) -> Element<'_, Message> {
        let empty = column![label(t("applicants-empty")).style(text::secondary)].spacing(12);
        if help_desk && !self.query.is_empty() {
            return empty.into();
        }
        empty
            .push(
                mirrored_row(vec![
                    pressable(
                        "start-application",
                        button(text(t("applicants-start")))
                            .padding([10, 16])
                            .on_press(Message::Create),
                    ),
                    pressable(
                        "import-application",
                        button(text(t("applicants-import")))
                            .padding([10, 16])
                            .style(button::secondary)
                            .on_press(Message::Import),
                    ),
                ])
                .spacing(12),
            )
            .into()
    }

    fn view_card<'a>(
        &'a self,
        summary: &'a ApplicantSummary,
        help_desk: bool,
    ) -> Element<'a, Message> {
        let name = if summary.display_name.is_empty() {
            t("applicants-unnamed")
        } else {
            summary.display_name.clone()
        };
        let mut details = Vec::new();
        if !summary.codice_fiscale.is_empty() {
            details.push(summary.codice_fiscale.clone());
        }
        if !summary.k10_number.is_empty() {
            details.push(summary.k10_number.clone());
        }
        details.push(t_args(
            "applicants-last-saved",
            &[(
                "time",
                summary
                    .updated_at
                    .with_timezone(&Local)
                    .format("%d/%m/%Y %H:%M")
                    .to_string(),
            )],
        ));
        if summary.archived {
            details.push(t("applicants-archived"));
        }
        let done = summary.sections_complete.min(12);
        let progress = column![
            text(t_args(
                "applicants-progress",
                &[("done", done.to_string()), ("total", "12".to_string())]
            ))
            .size(13),
            progress_bar(0.0..=12.0, f32::from(done))
                .girth(6)
                .length(160),
        ]
        .spacing(4);

        let info = column![
            text(name.clone()).size(18),
            text(details.join(" · ")).size(13).style(text::secondary)
        ]
        .spacing(4)
        .width(Length::Fill);

        let id = summary.id;
        let mut actions: Vec<Element<'a, Message>> = vec![pressable(
            format!("open:{id}"),
            button(text(t("applicants-open"))).on_press(Message::Open(id)),
        )];
        if help_desk {
            let archive_label = if summary.archived {
                t("applicants-unarchive")
            } else {
                t("applicants-archive")
            };
            actions.push(pressable(
                format!("archive:{id}"),
                button(text(archive_label))
                    .style(button::secondary)
                    .on_press(Message::Archive(id, !summary.archived)),
            ));
            actions.push(pressable(
                format!("delete:{id}"),
                button(text(t("applicants-delete")))
                    .style(button::danger)
                    .on_press(Message::AskDelete(id)),
            ));
        }

        let mut card = Column::new().spacing(10).push(
            mirrored_row(vec![
                info.into(),
                progress.into(),
                mirrored_row(actions).spacing(8).into(),
            ])
            .spacing(20),
        );
        if self.confirm_delete == Some(id) {
            card = card.push(confirm_row(
                t_args("applicants-confirm-delete", &[("name", name.clone())]),
                format!("confirm-delete:{id}"),
                t("applicants-delete-confirm"),
                button::danger,
                Message::ConfirmDelete(id),
                Message::CancelDelete,
            ));
        }
        container(card)
            .padding(16)
            .width(Length::Fill)
            .style(container::rounded_box)
            .into()
    }
}

/// Asks for the exported file to import (its path is typed when no dialog can be shown).
fn choose_import() -> Task<Message> {
    Task::perform(
        crate::file_dialog::open_file(crate::file_dialog::BUNDLE),
        |picked| match picked {
            crate::file_dialog::Picked::File(path) => Message::ImportFrom(Some(path)),
            crate::file_dialog::Picked::Cancelled => Message::ImportFrom(None),
            crate::file_dialog::Picked::Unavailable => Message::ImportPathTyped(String::new()),
        },
    )
}

/// The passphrase prompt of a file being imported, with what went wrong last time.
fn view_import(import: &PendingImport) -> Element<'_, Message> {
    let file = import.path.file_name().map_or_else(
        || import.path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    let mut panel = Column::new()
        .spacing(10)
        .push(label(t_args("applicants-import-file", &[("file", file)])).size(16))
        .push(
            text_input(&t("applicants-import-passphrase"), &import.passphrase)
                .id("import-passphrase")
                .secure(true)
                .on_input(Message::ImportPassphraseChanged)
                .on_submit(Message::ConfirmImport)
                .padding(8),
        );
    if let Some(error) = &import.error {
        panel = panel.push(label(error.text()).size(13).style(text::danger));
    }
    let ready = !import.busy && !import.passphrase.is_empty();
    panel = panel.push(
        mirrored_row(vec![
            pressable(
                "confirm-import",
                button(text(t("applicants-import-confirm")))
                    .on_press_maybe(ready.then_some(Message::ConfirmImport)),
            ),
            pressable(
                "cancel-import",
                button(text(t("common-cancel")))
                    .style(button::secondary)
                    .on_press(Message::CancelImport),
            ),
        ])
        .spacing(10),
    );
    container(panel)
        .padding(16)
        .width(Length::Fill)
        .style(container::rounded_box)
        .into()
}
