//! Small building blocks shared by the screens.

pub mod date_picker;
pub mod field;
pub mod focus;
pub mod sections;

use iced::widget::{Row, button, row, text};
use iced::{Alignment, Element, Length, Theme, alignment};

use crate::i18n;

/// Horizontal alignment of running text for the current language (right in Arabic).
pub fn start() -> alignment::Horizontal {
    if i18n::is_rtl() {
        alignment::Horizontal::Right
    } else {
        alignment::Horizontal::Left
    }
}

/// A text on a full-width line, at the reading direction's start.
pub fn label<'a>(content: impl text::IntoFragment<'a>) -> Label<'a> {
    Label(text(content))
}

/// See [`label`]. The text keeps its own width and a container places it: iced 0.14 draws a
/// single-line right-to-left paragraph that is itself full width and aligned right past the
/// right edge of its bounds (Arabic and Urdu labels were drawn over the next column).
pub struct Label<'a>(iced::widget::Text<'a>);

impl<'a> Label<'a> {
    pub fn size(self, size: impl Into<iced::Pixels>) -> Self {
        Label(self.0.size(size))
    }

    pub fn style(self, style: impl Fn(&Theme) -> text::Style + 'a) -> Self {
        Label(self.0.style(style))
    }

    pub fn font(self, font: impl Into<iced::Font>) -> Self {
        Label(self.0.font(font))
    }
}

impl<'a, Message: 'a> From<Label<'a>> for Element<'a, Message> {
    fn from(label: Label<'a>) -> Self {
        at_start(label.0)
    }
}

/// `content` at the reading direction's start of a full-width line (see [`Label`]).
pub fn at_start<'a, Message: 'a>(content: iced::widget::Text<'a>) -> Element<'a, Message> {
    iced::widget::container(content)
        .width(Length::Fill)
        .align_x(start())
        .into()
}

/// A row whose children are mirrored in right-to-left languages.
pub fn mirrored_row<'a, Message: 'a>(mut children: Vec<Element<'a, Message>>) -> Row<'a, Message> {
    if i18n::is_rtl() {
        children.reverse();
    }
    row(children).align_y(Alignment::Center)
}

/// Gives a widget an id (buttons have none in iced 0.14): tests click it and focus
/// operations find it.
pub fn identified<'a, Message: 'a>(
    id: impl Into<String>,
    content: impl Into<Element<'a, Message>>,
) -> Element<'a, Message> {
    iced::widget::container(content).id(id.into()).into()
}

/// A button, checkbox or radio with an id (see [`identified`]) that the keyboard reaches with
/// Tab and presses with Enter / Space ([`focus::press`]).
pub fn pressable<'a, Message: 'a>(
    id: impl Into<String>,
    content: impl Into<Element<'a, Message>>,
) -> Element<'a, Message> {
    let id = id.into();
    identified(id.clone(), focus::press(content).id(id))
}

/// A pick list with an id that the keyboard reaches with Tab; the arrows change its choice
/// ([`focus::choice`]).
pub fn choosable<'a, Message: 'a>(
    id: impl Into<String>,
    content: impl Into<Element<'a, Message>>,
) -> Element<'a, Message> {
    let id = id.into();
    identified(id.clone(), focus::choice(content).id(id))
}

/// The buttons that answer a confirmation: the one with `confirm_id` that does it (drawn with
/// `confirm_style`) and a secondary one labelled `cancel_label` that does not.
pub fn confirm_buttons<'a, Message: Clone + 'a>(
    confirm_id: impl Into<String>,
    confirm_label: String,
    confirm_style: fn(&Theme, button::Status) -> button::Style,
    on_confirm: Message,
    cancel_label: String,
    on_cancel: Message,
) -> [Element<'a, Message>; 2] {
    [
        pressable(
            confirm_id,
            button(text(confirm_label))
                .style(confirm_style)
                .on_press(on_confirm),
        ),
        focus::press(
            button(text(cancel_label))
                .style(button::secondary)
                .on_press(on_cancel),
        )
        .into(),
    ]
}

/// "Are you sure?" under what it is about: the question in the danger colour, then the button
/// that does it (id `confirm_id`, for tests and focus) and Cancel, mirrored in Arabic.
pub fn confirm_row<'a, Message: Clone + 'a>(
    question: String,
    confirm_id: impl Into<String>,
    confirm_label: String,
    confirm_style: fn(&Theme, button::Status) -> button::Style,
    on_confirm: Message,
    on_cancel: Message,
) -> Row<'a, Message> {
    let [confirm, cancel] = confirm_buttons(
        confirm_id,
        confirm_label,
        confirm_style,
        on_confirm,
        i18n::t("common-cancel"),
        on_cancel,
    );
    mirrored_row(vec![
        label(question).style(text::danger).into(),
        confirm,
        cancel,
    ])
    .spacing(10)
}
