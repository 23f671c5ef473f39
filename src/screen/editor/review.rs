//! The read-back review in section 12: what is still missing or wrong first, then every
//! answer of the twelve sections grouped by section, each with *Change* that jumps to it.
//! It walks the same field descriptions as the form (`form::items`), so a field added to a
//! section appears here by itself.

use cittadinanza_core::model::SectionId;
use iced::widget::{Column, button, container, text};
use iced::{Element, Length};
use serde_json::Value;

use super::form::{self, Item, Kind};
use super::{Editor, Message};
use crate::i18n::{t, t_args};
use crate::widget::field::issue_text;
use crate::widget::{identified, label, mirrored_row, pressable};

/// One answer as the review shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// The field's path (the widget id *Change* focuses).
    pub path: String,
    /// Its label, with the row number for list rows ("Residences 2 · From").
    pub label: String,
    pub value: String,
}

impl Editor {
    /// Every answered field of `section`, in the form's order.
    pub fn answers(&self, section: SectionId) -> Vec<Answer> {
        let mut out = Vec::new();
        self.collect(section.key(), form::items(section), "", &mut out);
        out
    }

    fn collect(&self, prefix: &str, items: &[Item], row: &str, out: &mut Vec<Answer>) {
        for item in items {
            match item {
                Item::Field(field) => {
                    let path = format!("{prefix}.{}", field.name);
                    if !form::is_relevant(&path, self.application()) {
                        continue;
                    }
                    let value = self.shown_value(&path, field.kind);
                    if !value.is_empty() {
                        out.push(Answer {
                            label: format!("{row}{}", t(&form::label_id(&path))),
                            path,
                            value,
                        });
                    }
                }
                Item::List { name, items, .. } => {
                    let path = format!("{prefix}.{name}");
                    let heading = t(&form::label_id(&path));
                    for index in 0..self.draft.list_len(&path) {
                        let row = format!("{row}{heading} {} · ", index + 1);
                        self.collect(&format!("{path}.{index}"), items, &row, out);
                    }
                }
                Item::Attachments => {
                    for (index, document) in
                        self.application().documents.attached.iter().enumerate()
                    {
                        let kind = document
                            .kind
                            .map(|k| t(&format!("doc-{}", k.key())))
                            .unwrap_or_default();
                        out.push(Answer {
                            path: format!("documents.attached.{index}"),
                            label: kind,
                            value: document.original_name.clone(),
                        });
                    }
                }
            }
        }
    }

    /// A field's value as words ("" when unanswered).
    fn shown_value(&self, path: &str, kind: Kind) -> String {
        match kind {
            Kind::Text | Kind::Date | Kind::Amount | Kind::Prefecture => {
                self.draft.text(path).trim().to_string()
            }
            Kind::CommaList => self.draft.comma_list(path).trim().to_string(),
            Kind::Check => {
                if self.draft.flag(path) {
                    t("review-yes")
                } else {
                    String::new()
                }
            }
            Kind::Choice(options) => match self.draft.value(path) {
                None | Some(Value::Null) => String::new(),
                Some(value) => options()
                    .into_iter()
                    .find(|choice| &choice.value == value)
                    .map(|choice| t(&choice.label_id))
                    .unwrap_or_default(),
            },
        }
    }

    /// The review shown at the top of section 12.
    pub(super) fn view_review(&self) -> Element<'_, Message> {
        let mut content = Column::new()
            .spacing(12)
            .push(label(t("review-title")).size(20))
            .push(label(t("review-intro")).size(13));

        let problems: Vec<_> = self
            .statuses()
            .iter()
            .flat_map(|status| status.issues.iter().map(move |i| (status.section, i)))
            .collect();
        if problems.is_empty() {
            content = content.push(identified(
                "review-nothing-missing",
                label(t("review-nothing-missing")).style(text::success),
            ));
        } else {
            let mut missing = Column::new().spacing(6).push(
                label(t_args(
                    "review-missing",
                    &[("count", problems.len().to_string())],
                ))
                .size(16)
                .style(text::danger),
            );
            for (section, issue) in problems {
                let field = t(&form::label_id(&issue.field));
                let line = format!(
                    "{}. {} — {}: {}",
                    section.number(),
                    t(&form::section_label_id(section)),
                    field,
                    issue_text(issue)
                );
                missing = missing.push(change_row(line, &issue.field, section));
            }
            content = content.push(
                container(missing)
                    .padding(10)
                    .width(Length::Fill)
                    .style(container::bordered_box),
            );
        }

        for section in SectionId::ALL {
            let heading = mirrored_row(vec![
                label(format!(
                    "{}. {}",
                    section.number(),
                    t(&form::section_label_id(section))
                ))
                .size(16)
                .into(),
                pressable(
                    format!("review-change:{}", section.key()),
                    button(text(t("review-change")))
                        .style(button::secondary)
                        .padding([4, 10])
                        .on_press(Message::SelectSection(section)),
                ),
            ])
            .spacing(10);
            let mut group = Column::new().spacing(4).push(heading);
            let answers = self.answers(section);
            if answers.is_empty() {
                group = group.push(
                    label(t("review-no-answers"))
                        .size(13)
                        .style(text::secondary),
                );
            }
            for answer in answers {
                group = group.push(change_row(
                    format!("{}: {}", answer.label, answer.value),
                    &answer.path,
                    section,
                ));
            }
            content = content.push(
                container(group)
                    .padding(10)
                    .width(Length::Fill)
                    .style(container::rounded_box),
            );
        }
        identified("review", content)
    }
}

/// A line of the review with its *Change* button (id `review-change:<path>`).
fn change_row<'a>(line: String, path: &str, section: SectionId) -> Element<'a, Message> {
    mirrored_row(vec![
        label(line).size(13).into(),
        pressable(
            format!("review-change:{path}"),
            button(text(t("review-change")).size(13))
                .style(button::text)
                .padding([2, 8])
                .on_press(Message::Jump(section, path.to_string())),
        ),
    ])
    .spacing(8)
    .into()
}
