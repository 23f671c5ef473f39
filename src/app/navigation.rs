//! Moving around: switching screens, the navigation column, the screen shown, the keyboard
//! focus (Tab) and the app-wide subscriptions.

use iced::keyboard;
use iced::widget::{Column, button, column, container, operation, rule, text};
use iced::{Element, Length, Subscription, Task, Theme, window};

use super::{App, Message, NAVIGATION, Phase, Screen};
use crate::i18n::t;
use crate::screen::documents;
use crate::screen::editor;
use crate::screen::eligibility::Eligibility;
use crate::screen::pdf::PdfScreen;
use crate::screen::portal;
use crate::widget::{mirrored_row, pressable};

/// What a key press no widget took means to the whole app: Tab / Shift+Tab move the focus.
pub fn key_message(event: keyboard::Event) -> Option<Message> {
    match event {
        keyboard::Event::KeyPressed {
            key: keyboard::Key::Named(keyboard::key::Named::Tab),
            modifiers,
            ..
        } => Some(Message::TabPressed {
            shift: modifiers.shift(),
        }),
        _ => None,
    }
}

impl App {
    /// Tab presses, close requests, files dropped on the documents screen, frames (probe) and the
    /// portal's own events.
    pub fn subscription(&self) -> Subscription<Message> {
        let tab = keyboard::listen().filter_map(key_message);
        let probe = if self.probe.is_some() {
            window::frames().map(|_| Message::Frame)
        } else {
            Subscription::none()
        };
        // Files dragged onto the window go to the documents checklist.
        let dropped = if self.screen == Screen::Documents {
            iced::event::listen_with(|event, _, _| match event {
                iced::Event::Window(window::Event::FileHovered(path)) => Some(Message::Documents(
                    documents::Message::FileHovered(Some(path)),
                )),
                iced::Event::Window(window::Event::FilesHoveredLeft) => {
                    Some(Message::Documents(documents::Message::FileHovered(None)))
                }
                iced::Event::Window(window::Event::FileDropped(path)) => {
                    Some(Message::Documents(documents::Message::FileDropped(path)))
                }
                _ => None,
            })
        } else {
            Subscription::none()
        };
        Subscription::batch([
            tab,
            dropped,
            window::close_requests().map(Message::CloseRequested),
            probe,
            self.portal.subscription().map(Message::Portal),
        ])
    }

    /// Shows `screen` (if it can be shown now) and fills it from the open draft.
    pub(super) fn navigate(&mut self, screen: Screen) -> Task<Message> {
        if !screen.needs_applicant() || self.editor.is_some() {
            self.screen = screen;
        }
        if screen == Screen::Settings {
            // The language list shows every language in its own script.
            crate::fonts::load_all();
        }
        if screen == Screen::Eligibility
            && let Some(editor) = &self.editor
            && (self.eligibility.filled_from != Some(editor.id) || !self.eligibility.edited)
        {
            self.eligibility = Eligibility::from_application(editor.application(), Some(editor.id));
        }
        if let Some(editor) = &self.editor {
            if screen == Screen::Timeline {
                self.timeline.show(editor);
            }
            if screen == Screen::Pdf && self.pdf.filled_from != Some(editor.id) {
                self.pdf = PdfScreen::for_applicant(editor.id);
            }
        }
        match screen {
            Screen::Applicants => self.refresh(),
            Screen::History => self.show_history(),
            // The checklist checks (cheaply) that the vault holds every attachment.
            Screen::Documents if self.editor.is_some() => {
                self.update_documents(documents::Message::Check { full: false })
            }
            _ => Task::none(),
        }
    }

    /// Tab / Shift+Tab: the field being left is checked and the focus moves.
    pub(super) fn tab_pressed(&mut self, shift: bool) -> Task<Message> {
        // The field being edited is left: its error may show now.
        let left = match &self.editor {
            Some(editor) if self.screen == Screen::Editor => {
                self.update_editor(editor.id, editor::Message::FieldLeft)
            }
            _ => Task::none(),
        };
        let moved = if shift {
            operation::focus_previous()
        } else {
            operation::focus_next()
        };
        // A field below the fold comes into view.
        let moved = moved.chain(crate::widget::focus::scroll_to_focused());
        Task::batch([left, moved])
    }

    pub fn view(&self) -> Element<'_, Message> {
        match &self.phase {
            Phase::Opening => {
                return container(text(t("app-opening")))
                    .center(Length::Fill)
                    .into();
            }
            Phase::Locked(unlock) => return unlock.view().map(Message::Unlock),
            Phase::Ready(_) => {}
        }
        let mut main = Column::new().height(Length::Fill);
        if let Some(notice) = &self.notice {
            let dismiss = button(text(t("app-notice-dismiss")).size(13))
                .on_press(Message::DismissNotice)
                .style(button::secondary);
            main = main.push(
                container(mirrored_row(vec![
                    text(notice.text())
                        .style(text::danger)
                        .width(Length::Fill)
                        .into(),
                    pressable("app-notice-dismiss", dismiss),
                ]))
                .padding([6, 16]),
            );
        }
        if self.waits_to_close() {
            let anyway = button(text(t("app-close-anyway")).size(13))
                .on_press(Message::CloseAnyway)
                .style(button::danger);
            main = main.push(
                container(mirrored_row(vec![
                    text(t("app-closing-waiting")).width(Length::Fill).into(),
                    pressable("app-close-anyway", anyway),
                ]))
                .padding([6, 16]),
            );
        }
        main = main.push(self.view_screen());
        mirrored_row(vec![
            self.view_navigation(),
            rule::vertical(1).into(),
            main.into(),
        ])
        .height(Length::Fill)
        .into()
    }

    pub(super) fn view_screen(&self) -> Element<'_, Message> {
        match self.screen {
            Screen::Applicants => self
                .applicants
                .view(self.settings.help_desk)
                .map(Message::Applicants),
            Screen::Editor => match &self.editor {
                Some(editor) => {
                    let id = editor.id;
                    editor.view().map(move |m| Message::Editor(id, m))
                }
                None => self
                    .applicants
                    .view(self.settings.help_desk)
                    .map(Message::Applicants),
            },
            Screen::Documents => self
                .documents
                .view(self.editor.as_ref(), self.today)
                .map(Message::Documents),
            Screen::Timeline => self
                .timeline
                .view(self.editor.as_ref(), self.today)
                .map(Message::Timeline),
            Screen::Pdf => self.pdf.view(self.editor.as_ref()).map(Message::Pdf),
            Screen::History if self.editor.is_some() => self.history.view().map(Message::History),
            Screen::History => self
                .applicants
                .view(self.settings.help_desk)
                .map(Message::Applicants),
            Screen::Eligibility => self
                .eligibility
                .view(self.editor.is_some(), self.today)
                .map(Message::Eligibility),
            Screen::Portal => {
                let open = self.editor.as_ref().map(|e| portal::Open {
                    id: e.id,
                    application: e.application(),
                });
                self.portal
                    .view(&self.settings.portal_url, open, self.today)
                    .map(Message::Portal)
            }
            Screen::Glossary => crate::screen::glossary::view(),
            Screen::Settings => self
                .settings_screen
                .view(&self.settings, &self.data_dir)
                .map(Message::Settings),
            Screen::Welcome => self
                .welcome
                .view(self.settings.language, self.settings.help_desk)
                .map(Message::Welcome),
        }
    }

    pub(super) fn view_navigation(&self) -> Element<'_, Message> {
        let entries = NAVIGATION
            .into_iter()
            .filter(|screen| !screen.needs_applicant() || self.editor.is_some())
            .map(|screen| {
                let active = screen == self.screen;
                let label = match (screen, &self.editor) {
                    (Screen::Editor, Some(editor))
                        if !editor.application().display_name().is_empty() =>
                    {
                        editor.application().display_name()
                    }
                    _ => t(screen.label_id(self.settings.help_desk)),
                };
                let entry = button(crate::widget::at_start(text(label)))
                    .width(Length::Fill)
                    .padding([10, 14])
                    .style(move |theme: &Theme, status| {
                        if active {
                            button::primary(theme, status)
                        } else {
                            button::text(theme, status)
                        }
                    })
                    .on_press(Message::Navigate(screen));
                crate::widget::pressable(format!("nav-{screen:?}").to_lowercase(), entry)
            });
        let brand = column![
            text(t("app-title")).size(20),
            text(t("app-subtitle")).size(12).style(text::secondary),
        ]
        .spacing(2);
        let welcome = crate::widget::pressable(
            "nav-welcome",
            button(text(t("nav-welcome")).size(13))
                .style(button::text)
                .padding([6, 14])
                .on_press(Message::Navigate(Screen::Welcome)),
        );
        container(
            column![
                brand,
                Column::with_children(entries).spacing(4),
                rule::horizontal(1),
                welcome
            ]
            .spacing(24),
        )
        .width(200)
        .height(Length::Fill)
        .padding(16)
        .into()
    }
}
