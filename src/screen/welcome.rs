//! The welcome: shown at the first start (no applicant yet) and again from the navigation.
//! Who the app is for, the two legal paths in one sentence each, "For myself" / "I am a help
//! desk", the language, what to have at hand and a way to the eligibility check.

use iced::widget::{Column, button, column, container, pick_list, scrollable, text};
use iced::{Element, Length, Task};

use crate::i18n::{Language, t};
use crate::widget::{choosable, label, mirrored_row, pressable};

#[derive(Debug, Clone)]
pub enum Message {
    /// "For myself" (`false`) or "I am a help desk" (`true`).
    Mode(bool),
    Language(Language),
    /// Open the eligibility check.
    Eligibility,
}

/// What the screen reads from the application: nothing (the view is given the language and
/// the mode).
pub struct Context;

/// What the application must react to.
#[derive(Debug, Clone)]
pub enum Event {
    /// "For myself" (`false`) or "I am a help desk" (`true`) was chosen.
    Mode(bool),
    Language(Language),
    /// Open the eligibility check.
    Eligibility,
}

/// The welcome: it keeps no state, each choice is an [`Event`].
#[derive(Debug, Default)]
pub struct Welcome;

impl Welcome {
    pub fn update(
        &mut self,
        message: Message,
        _context: &Context,
    ) -> (Task<Message>, Option<Event>) {
        let event = match message {
            Message::Mode(help_desk) => Event::Mode(help_desk),
            Message::Language(language) => Event::Language(language),
            Message::Eligibility => Event::Eligibility,
        };
        (Task::none(), Some(event))
    }
}

/// What to have at hand, in order (message ids).
const AT_HAND: [&str; 6] = [
    "welcome-have-identity",
    "welcome-have-birth",
    "welcome-have-record",
    "welcome-have-residence",
    "welcome-have-income",
    "welcome-have-language",
];

impl Welcome {
    pub fn view(&self, language: Language, help_desk: bool) -> Element<'static, Message> {
        let section = |title: &str| label(t(title)).size(18);
        let paths = column![
            section("welcome-paths"),
            label(t("welcome-path-residence")),
            label(t("welcome-path-marriage")),
        ]
        .spacing(8);
        let mut at_hand = Column::new().spacing(6).push(section("welcome-at-hand"));
        for id in AT_HAND {
            at_hand = at_hand.push(label(format!("•  {}", t(id))));
        }
        let mode_button = |id: &'static str, label_id: &str, chosen: bool, value: bool| {
            let style = if chosen {
                button::primary
            } else {
                button::secondary
            };
            pressable(
                id,
                button(text(t(label_id)))
                    .padding([10, 18])
                    .style(style)
                    .on_press(Message::Mode(value)),
            )
        };
        let who = column![
            section("welcome-who-title"),
            label(t("welcome-who-hint")).size(13).style(text::secondary),
            mirrored_row(vec![
                mode_button("welcome-myself", "welcome-myself", !help_desk, false),
                mode_button("welcome-help-desk", "welcome-help-desk", help_desk, true),
            ])
            .spacing(12),
        ]
        .spacing(8);
        let language_row = column![
            section("settings-language"),
            choosable(
                "welcome-language",
                pick_list(Language::ALL, Some(language), Message::Language)
                    .padding(8)
                    .width(280),
            ),
        ]
        .spacing(8);
        let eligibility = column![
            section("welcome-eligibility-title"),
            label(t("welcome-eligibility-hint")),
            pressable(
                "welcome-eligibility",
                button(text(t("welcome-eligibility")))
                    .style(button::secondary)
                    .padding([8, 14])
                    .on_press(Message::Eligibility),
            ),
        ]
        .spacing(8);
        let content = column![
            label(t("welcome-title")).size(28),
            label(t("welcome-intro")),
            label(t("welcome-private")).size(13).style(text::secondary),
            language_row,
            who,
            paths,
            at_hand,
            eligibility,
        ]
        .spacing(22)
        .max_width(760);
        scrollable(
            container(content)
                .padding(32)
                .width(Length::Fill)
                .center_x(Length::Fill),
        )
        .height(Length::Fill)
        .into()
    }
}
