//! Small building blocks shared by the screens.

pub mod date_picker;
pub mod field;
pub mod sections;

use iced::widget::{Row, row, text};
use iced::{Alignment, Element, Length, alignment};

use crate::i18n;

/// Horizontal alignment of running text for the current language (right in Arabic).
pub fn start() -> alignment::Horizontal {
    if i18n::is_rtl() {
        alignment::Horizontal::Right
    } else {
        alignment::Horizontal::Left
    }
}

/// A text that fills its width and aligns to the reading direction's start.
pub fn label<'a>(content: impl text::IntoFragment<'a>) -> iced::widget::Text<'a> {
    text(content).width(Length::Fill).align_x(start())
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
