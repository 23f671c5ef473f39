//! Asked when the data folder's key is not in the OS credential store: a passphrase
//! (portable folders, computers without a keyring).
//!
//! Two distinct screens: *create* (a new folder: the passphrase is typed twice, its single
//! minimum length stated, a strength hint and the warning that it cannot be recovered) and
//! *unlock* (an existing folder: one field, and only "wrong passphrase" as an error). The
//! keyring's technical error is kept under a "Details" expander, after a translated sentence.

use cittadinanza_core::secrets::MIN_PASSPHRASE_CHARS;
use iced::widget::{Column, button, column, container, scrollable, text, text_input};
use iced::{Element, Length, Task, Theme};

use crate::i18n::{t, t_args};
use crate::store::UiError;
use crate::widget::{identified, label, pressable};

#[derive(Debug, Clone)]
pub enum Message {
    PassphraseChanged(String),
    RepeatChanged(String),
    ToggleDetails,
    /// Enter in the first field of a new passphrase: on to the repetition.
    ToRepeat,
    Submit,
}

/// The widget id of the field where a new passphrase is typed again.
const REPEAT_ID: &str = "unlock-repeat";

/// What the screen reads from the application: nothing.
pub struct Context;

/// What the application must react to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Open the folder with this passphrase (the result comes back through
    /// [`Unlock::failed`] when it does not open it).
    Submitted(String),
}

/// Which of the two screens is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// The folder has no key yet: a passphrase is being chosen.
    #[default]
    Create,
    /// The folder is protected by a passphrase chosen earlier.
    Unlock,
}

/// How strong a passphrase being chosen looks (a hint, not a rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    TooShort,
    Weak,
    Fair,
    Strong,
}

impl Strength {
    pub fn of(passphrase: &str) -> Strength {
        let chars = passphrase.chars().count();
        if chars < MIN_PASSPHRASE_CHARS {
            return Strength::TooShort;
        }
        let classes = [
            passphrase.chars().any(char::is_lowercase),
            passphrase.chars().any(char::is_uppercase),
            passphrase.chars().any(|c| c.is_ascii_digit()),
            passphrase.chars().any(|c| !c.is_alphanumeric()),
        ]
        .into_iter()
        .filter(|present| *present)
        .count();
        if chars >= 20 || (chars >= 14 && classes >= 3) {
            Strength::Strong
        } else if chars >= 12 || classes >= 3 {
            Strength::Fair
        } else {
            Strength::Weak
        }
    }

    fn message_id(self) -> &'static str {
        match self {
            Strength::TooShort => "unlock-strength-too-short",
            Strength::Weak => "unlock-strength-weak",
            Strength::Fair => "unlock-strength-fair",
            Strength::Strong => "unlock-strength-strong",
        }
    }
}

#[derive(Debug, Default)]
pub struct Unlock {
    pub mode: Mode,
    pub passphrase: String,
    /// The passphrase typed again (create only).
    pub repeat: String,
    /// What went wrong with the last attempt (wrong passphrase, too short, not the same twice).
    pub error: Option<UiError>,
    /// Why no passphrase-free opening was possible, when it is more than "the folder has one":
    /// a translated sentence and the technical detail for the "Details" expander.
    pub reason: Option<(UiError, Option<String>)>,
    pub show_details: bool,
    pub busy: bool,
}

/// The keyring error's technical detail, when the error says the keyring is unavailable.
fn keyring_detail(error: &UiError) -> Option<String> {
    (error.id == "secrets-unavailable").then(|| {
        error
            .args
            .iter()
            .find(|(name, _)| name == "detail")
            .map(|(_, value)| value.clone())
            .unwrap_or_default()
    })
}

impl Unlock {
    /// The screen for a folder that could not be opened without a passphrase because of
    /// `error`; `new_folder` = the folder has no key yet.
    pub fn new(error: UiError, new_folder: bool) -> Unlock {
        let reason = match error.id.as_str() {
            // The folder has its passphrase: nothing more to explain.
            "store-passphrase-required" => None,
            _ => match keyring_detail(&error) {
                Some(detail) => Some((UiError::new("unlock-keyring-unavailable"), Some(detail))),
                None => Some((error, None)),
            },
        };
        Unlock {
            mode: if new_folder {
                Mode::Create
            } else {
                Mode::Unlock
            },
            reason,
            ..Unlock::default()
        }
    }

    /// The passphrase did not open the folder.
    pub fn failed(&mut self, error: UiError) {
        self.busy = false;
        // Typed again from scratch: a wrong passphrase does not stay in memory or on screen.
        self.passphrase.clear();
        self.error = Some(error);
    }

    /// Raises [`Event::Submitted`] when the user submits an acceptable passphrase.
    pub fn update(
        &mut self,
        message: Message,
        _context: &Context,
    ) -> (Task<Message>, Option<Event>) {
        let event = match message {
            Message::ToRepeat => return (iced::widget::operation::focus(REPEAT_ID), None),
            Message::PassphraseChanged(value) => {
                self.passphrase = value;
                self.error = None;
                None
            }
            Message::RepeatChanged(value) => {
                self.repeat = value;
                self.error = None;
                None
            }
            Message::ToggleDetails => {
                self.show_details = !self.show_details;
                None
            }
            Message::Submit => self.submit(),
        };
        (Task::none(), event)
    }

    /// The passphrase to try, unless one is being tried or it cannot be the one chosen (too
    /// short, or not typed the same twice).
    fn submit(&mut self) -> Option<Event> {
        if self.busy || self.passphrase.is_empty() {
            return None;
        }
        if self.mode == Mode::Create {
            if self.passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
                self.error = Some(UiError {
                    id: "secrets-passphrase-too-short".into(),
                    args: vec![("min".into(), MIN_PASSPHRASE_CHARS.to_string())],
                });
                return None;
            }
            if self.passphrase != self.repeat {
                self.error = Some(UiError::new("unlock-mismatch"));
                return None;
            }
        }
        self.busy = true;
        self.error = None;
        Some(Event::Submitted(self.passphrase.clone()))
    }

    pub fn view(&self) -> Element<'_, Message> {
        let create = self.mode == Mode::Create;
        let min = [("min", MIN_PASSPHRASE_CHARS.to_string())];
        let (title, explanation) = if create {
            (
                "unlock-create-title",
                t_args("unlock-create-explanation", &min),
            )
        } else {
            ("unlock-title", t("unlock-explanation"))
        };
        let mut content = Column::new().spacing(14).push(label(t(title)).size(24));
        if let Some((reason, detail)) = &self.reason {
            let mut note = column![label(reason.text())].spacing(6);
            if let Some(detail) = detail {
                let toggle = if self.show_details {
                    "unlock-details-hide"
                } else {
                    "unlock-details"
                };
                note = note.push(pressable(
                    "unlock-details",
                    button(text(t(toggle)).size(13))
                        .style(button::text)
                        .padding(0)
                        .on_press(Message::ToggleDetails),
                ));
                if self.show_details {
                    note = note.push(label(detail.as_str()).size(12).style(text::secondary));
                }
            }
            content = content.push(
                container(note)
                    .padding(10)
                    .width(Length::Fill)
                    .style(container::bordered_box),
            );
        }
        content = content.push(label(explanation));

        let submit_message = (!self.busy).then_some(Message::Submit);
        let mut input = text_input(&t("unlock-passphrase"), &self.passphrase)
            .id("unlock-passphrase")
            .secure(true)
            .on_input(Message::PassphraseChanged)
            .padding(10);
        input = if create {
            input.on_submit(Message::ToRepeat)
        } else {
            input.on_submit_maybe(submit_message.clone())
        };
        content = content.push(column![label(t("unlock-passphrase")).size(13), input].spacing(4));
        if create {
            let strength = Strength::of(&self.passphrase);
            let style = match strength {
                Strength::TooShort | Strength::Weak => text::danger,
                Strength::Fair => text::warning,
                Strength::Strong => text::success,
            };
            let hint = if self.passphrase.is_empty() {
                t_args("unlock-min-length", &min)
            } else {
                t_args(strength.message_id(), &min)
            };
            content = content.push(identified(
                "unlock-strength",
                label(hint).size(13).style(move |theme: &Theme| {
                    if self.passphrase.is_empty() {
                        text::secondary(theme)
                    } else {
                        style(theme)
                    }
                }),
            ));
            let repeat = text_input(&t("unlock-repeat"), &self.repeat)
                .id(REPEAT_ID)
                .secure(true)
                .on_input(Message::RepeatChanged)
                .on_submit_maybe(submit_message.clone())
                .padding(10);
            content = content
                .push(column![label(t("unlock-repeat")).size(13), repeat].spacing(4))
                .push(
                    container(label(t("unlock-no-recovery")))
                        .padding(10)
                        .width(Length::Fill)
                        .style(container::warning),
                );
        }
        // The error line keeps its place, so the button does not move under the pointer.
        let error = self.error.as_ref().map(UiError::text).unwrap_or_default();
        content = content.push(identified(
            "unlock-error",
            label(error).size(14).style(text::danger),
        ));
        let submit = button(text(t(if create {
            "unlock-create"
        } else {
            "unlock-open"
        })))
        .padding([10, 16])
        .on_press_maybe(submit_message);
        content = content.push(pressable("unlock-submit", submit));
        container(scrollable(
            container(content.max_width(520)).center_x(Length::Fill),
        ))
        .padding(40)
        .center(Length::Fill)
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The event a message raises (the unlock screen starts no task of its own).
    fn send(screen: &mut Unlock, message: Message) -> Option<Event> {
        screen.update(message, &Context).1
    }

    #[test]
    fn strength_grows_with_length_and_variety() {
        assert_eq!(Strength::of("abc"), Strength::TooShort);
        assert_eq!(Strength::of("abcdefgh"), Strength::Weak);
        assert_eq!(Strength::of("abcdefghijkl"), Strength::Fair);
        assert_eq!(Strength::of("Abcdefg1"), Strength::Fair);
        assert_eq!(Strength::of("Mia-nonna-Rosa-1950"), Strength::Strong);
        assert_eq!(Strength::of("una frase lunga e facile"), Strength::Strong);
    }

    #[test]
    fn create_asks_twice_and_the_minimum_is_the_core_constant() {
        let mut screen = Unlock::new(UiError::new("store-passphrase-required"), true);
        let short: String = "x".repeat(MIN_PASSPHRASE_CHARS - 1);
        send(&mut screen, Message::PassphraseChanged(short.clone()));
        send(&mut screen, Message::RepeatChanged(short));
        assert_eq!(send(&mut screen, Message::Submit), None);
        assert_eq!(
            screen.error.as_ref().map(|e| e.id.as_str()),
            Some("secrets-passphrase-too-short")
        );
        let long: String = "x".repeat(MIN_PASSPHRASE_CHARS);
        send(&mut screen, Message::PassphraseChanged(long.clone()));
        send(&mut screen, Message::RepeatChanged(format!("{long}y")));
        assert_eq!(send(&mut screen, Message::Submit), None);
        assert_eq!(
            screen.error.as_ref().map(|e| e.id.as_str()),
            Some("unlock-mismatch")
        );
        send(&mut screen, Message::RepeatChanged(long.clone()));
        assert_eq!(
            send(&mut screen, Message::Submit),
            Some(Event::Submitted(long))
        );
    }

    #[test]
    fn unlock_has_no_length_rule_and_keyring_details_are_kept_apart() {
        let mut error = UiError::new("secrets-unavailable");
        error.args = vec![("detail".into(), "zbus error: no bus".into())];
        let mut screen = Unlock::new(error, false);
        assert_eq!(screen.mode, Mode::Unlock);
        let (reason, detail) = screen.reason.clone().expect("reason");
        assert_eq!(reason.id, "unlock-keyring-unavailable");
        assert_eq!(detail.as_deref(), Some("zbus error: no bus"));
        send(&mut screen, Message::PassphraseChanged("abc".into()));
        assert_eq!(
            send(&mut screen, Message::Submit),
            Some(Event::Submitted("abc".to_string()))
        );
    }
}
