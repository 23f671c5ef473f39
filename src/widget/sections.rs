//! The left column of the editor: the twelve sections with a blue dot when complete and a
//! white one otherwise, as on the ministry's portal.

use cittadinanza_core::model::SectionId;
use iced::widget::{button, column, container, text};
use iced::{Border, Element, Length, Theme};

use crate::i18n::t;
use crate::screen::editor::form::section_label_id;
use crate::theme;
use crate::widget::{mirrored_row, pressable};

pub const DOT_SIZE: f32 = 14.0;

/// A round dot, filled blue when `complete`.
pub fn dot<'a, Message: 'a>(complete: bool) -> Element<'a, Message> {
    container(text(""))
        .width(DOT_SIZE)
        .height(DOT_SIZE)
        .style(move |theme: &Theme| {
            let (fill, border) = if complete {
                (theme::dot_complete(theme), theme::dot_complete(theme))
            } else {
                (iced::Color::WHITE, theme::dot_border(theme))
            };
            container::Style {
                background: Some(fill.into()),
                border: Border {
                    color: border,
                    width: 1.5,
                    radius: (DOT_SIZE / 2.0).into(),
                },
                ..container::Style::default()
            }
        })
        .into()
}

/// The section list; `complete[i]` tells whether section `i` is complete.
pub fn section_list<'a, Message: Clone + 'a>(
    complete: &[bool],
    selected: SectionId,
    on_select: impl Fn(SectionId) -> Message,
) -> Element<'a, Message> {
    let entries = SectionId::ALL.into_iter().map(|section| {
        let done = complete.get(section as usize).copied().unwrap_or(false);
        let name = format!("{}. {}", section.number(), t(&section_label_id(section)));
        let content =
            mirrored_row(vec![dot(done), text(name).width(Length::Fill).into()]).spacing(10);
        let is_selected = section == selected;
        let entry = button(content)
            .width(Length::Fill)
            .padding([8, 12])
            .style(move |theme: &Theme, status| {
                let mut style = if is_selected {
                    button::primary(theme, status)
                } else {
                    button::text(theme, status)
                };
                if is_selected {
                    let palette = theme.extended_palette();
                    style.background = Some(palette.primary.weak.color.into());
                    style.text_color = palette.primary.weak.text;
                }
                style.border.radius = 6.0.into();
                style
            })
            .on_press(on_select(section));
        pressable(format!("section-{}", section.key()), entry)
    });
    column(entries).spacing(2).width(Length::Fill).into()
}
