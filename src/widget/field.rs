//! A labelled form field with its translated error shown right under it.

use cittadinanza_core::rules::FieldIssue;
use iced::widget::{column, text, text_input};
use iced::{Element, Length, Theme};

use crate::i18n::{t, t_args};
use crate::widget::{at_start, start};

/// The translated text of a field issue.
pub fn issue_text(issue: &FieldIssue) -> String {
    t_args(issue.problem.message_id(), &issue.problem.args())
}

/// Label, control and (when there is one) the error in the danger colour.
pub fn labelled<'a, Message: 'a>(
    label_text: String,
    control: Element<'a, Message>,
    issue: Option<&FieldIssue>,
) -> Element<'a, Message> {
    let mut content = column![at_start(text(label_text).size(13)), control].spacing(4);
    if let Some(issue) = issue {
        content = content.push(at_start(text(issue_text(issue)).size(13).style(
            |theme: &Theme| text::Style {
                color: Some(theme.palette().danger),
            },
        )));
    }
    content.width(Length::Fill).into()
}

/// A labelled text input whose widget id is the field path.
pub fn text_field<'a, Message: Clone + 'a>(
    path: &str,
    label_text: String,
    placeholder: &str,
    value: &str,
    issue: Option<&FieldIssue>,
    on_input: impl Fn(String) -> Message + 'a,
) -> Element<'a, Message> {
    let has_issue = issue.is_some();
    let input = text_input(placeholder, value)
        .id(path.to_string())
        .on_input(on_input)
        .padding(8)
        .align_x(start())
        .style(move |theme: &Theme, status| {
            let mut style = text_input::default(theme, status);
            if has_issue {
                style.border.color = theme.palette().danger;
            }
            style
        });
    labelled(label_text, input.into(), issue)
}

/// The placeholder of date fields in the current language (`GG/MM/AAAA`, `DD/MM/YYYY`, ...).
pub fn date_placeholder() -> String {
    t("placeholder-date")
}
