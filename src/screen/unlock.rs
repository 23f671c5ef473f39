//! Asked when the data folder's key is not in the OS credential store: a passphrase
//! (portable folders, computers without a keyring).

use iced::widget::{Column, button, container, text, text_input};
use iced::{Element, Length};

use crate::i18n::t;
use crate::store::UiError;
use crate::widget::label;

#[derive(Debug, Clone)]
pub enum Message {
    PassphraseChanged(String),
    Submit,
}

#[derive(Debug, Default)]
pub struct Unlock {
    pub passphrase: String,
    /// Why the passphrase is asked, or why the last one failed.
    pub reason: Option<UiError>,
    pub busy: bool,
}

impl Unlock {
    /// Returns the passphrase to try when the user submits one.
    pub fn update(&mut self, message: Message) -> Option<String> {
        match message {
            Message::PassphraseChanged(value) => {
                self.passphrase = value;
                None
            }
            Message::Submit if !self.busy && !self.passphrase.is_empty() => {
                self.busy = true;
                Some(self.passphrase.clone())
            }
            Message::Submit => None,
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let mut content = Column::new()
            .spacing(14)
            .push(label(t("unlock-title")).size(24))
            .push(label(t("unlock-explanation")));
        if let Some(reason) = &self.reason {
            content = content.push(text(reason.text()).style(text::danger));
        }
        let input = text_input(&t("unlock-passphrase"), &self.passphrase)
            .id("unlock-passphrase")
            .secure(true)
            .on_input(Message::PassphraseChanged)
            .on_submit(Message::Submit)
            .padding(10);
        let submit = button(text(t("unlock-open"))).padding([10, 16]);
        let submit = if self.busy {
            submit
        } else {
            submit.on_press(Message::Submit)
        };
        content = content.push(input).push(submit);
        container(content.max_width(480))
            .padding(40)
            .center(Length::Fill)
            .into()
    }
}
