//! What the "Generate PDF" screen shows: the choice of document, the form of what is missing,
//! the generated document and its actions.

use cittadinanza_core::k10::K10Number;
use cittadinanza_core::model::{IncomeSource, Relationship};
use cittadinanza_core::pdf::FieldKind;
use iced::widget::{Column, button, column, container, pick_list, row, scrollable, text};
use iced::{Element, Length};

use crate::i18n::{t, t_args};
use crate::screen::editor::Editor;
use crate::widget::field::{date_placeholder, text_field};
use crate::widget::{identified, label};

use super::{Declaration, DocumentChoice, Message, Note, PdfScreen, SaveKind, supporting_members};

impl PdfScreen {
    pub fn view<'a>(&'a self, editor: Option<&'a Editor>) -> Element<'a, Message> {
        let Some(editor) = editor else {
            return container(text(t("pdf-screen-no-applicant")))
                .padding(24)
                .into();
        };
        let mut content = Column::new()
            .spacing(16)
            .padding(24)
            .max_width(900)
            .push(text(t("pdf-screen-title")).size(24))
            .push(label(t("pdf-screen-intro")).size(14));

        let mut choices = Column::new().spacing(6);
        for choice in DocumentChoice::ALL {
            let active = self.choice == Some(choice);
            let button = button(text(t(choice.label_id())))
                .on_press(Message::Choose(choice))
                .style(move |theme: &iced::Theme, status| {
                    if active {
                        button::primary(theme, status)
                    } else {
                        button::secondary(theme, status)
                    }
                });
            choices = choices.push(identified(
                format!("pdf-choose:{}", choice.file_stem()),
                button,
            ));
        }
        content = content.push(choices);

        if self.choice == Some(DocumentChoice::Maintenance) {
            let members = supporting_members(editor.application());
            content = content.push(
                column![
                    label(t("pdf-screen-member")).size(14),
                    identified(
                        "pdf-member",
                        pick_list(members, self.member.clone(), Message::MemberChosen)
                            .placeholder(t("pdf-screen-member-placeholder"))
                            .padding(8),
                    ),
                ]
                .spacing(4),
            );
        }

        if let Some(declaration) = &self.declaration {
            content = content.push(self.view_form(declaration));
        }
        // The actions stay in view under the (long) form.
        let mut bar = Column::new().spacing(8).padding([12, 24]);
        if self.declaration.is_some() {
            let generate = button(text(t("pdf-screen-generate")))
                .on_press_maybe((!self.busy).then_some(Message::Generate));
            let mut actions = row![identified("pdf-generate", generate)].spacing(12);
            if self.generated.is_some() {
                actions = actions
                    .push(identified(
                        "pdf-save-as",
                        button(text(t("pdf-screen-save-as")))
                            .on_press_maybe((!self.busy).then_some(Message::SaveAs)),
                    ))
                    .push(identified(
                        "pdf-keep",
                        button(text(t("pdf-screen-keep")))
                            .on_press_maybe((!self.busy).then_some(Message::KeepInVault)),
                    ))
                    .push(identified(
                        "pdf-pec-save",
                        button(text(t("pdf-screen-pec-save")))
                            .on_press_maybe((!self.busy).then_some(Message::PecSaveAs)),
                    ))
                    .push(identified(
                        "pdf-pec-copy",
                        button(text(t("pdf-screen-pec-copy")))
                            .on_press_maybe((!self.busy).then_some(Message::PecCopy)),
                    ));
            }
            bar = bar.push(actions);
        }
        if let (Some((kind, typed)), Some(generated)) = (&self.typed_save, &self.generated) {
            let name = match kind {
                SaveKind::Pdf => generated.file_name.clone(),
                SaveKind::Pec => format!("{}.eml", generated.file_name.trim_end_matches(".pdf")),
            };
            let kind = *kind;
            bar = bar.push(crate::file_dialog::save_path_row(
                "pdf-save-path",
                &name,
                typed,
                move |typed| Message::SavePathTyped(kind, typed),
                "pdf-save-typed",
                Message::SaveTyped,
            ));
        }
        match &self.note {
            Some(Note::Error(error)) => {
                bar = bar.push(identified(
                    "pdf-note",
                    label(error.text()).style(text::danger),
                ));
            }
            Some(Note::Info(info)) => {
                bar = bar.push(identified("pdf-note", label(info.as_str())));
            }
            None => {}
        }
        column![scrollable(content).height(Length::Fill), bar]
            .height(Length::Fill)
            .into()
    }

    fn view_form<'a>(&'a self, declaration: &Declaration) -> Element<'a, Message> {
        let missing = declaration.missing();
        let fields = declaration.fields();
        let mut form = Column::new().spacing(10);
        if !missing.is_empty() {
            form = form.push(identified(
                "pdf-missing-count",
                label(t_args(
                    "pdf-screen-missing",
                    &[("count", missing.len().to_string())],
                ))
                .style(text::danger),
            ));
        }
        let mut group = "";
        for spec in fields {
            if spec.group_id != group {
                group = spec.group_id;
                form = form.push(text(t(group)).size(18));
            }
            let value = self
                .typed
                .get(&spec.field)
                .cloned()
                .or_else(|| declaration.get(&spec.field))
                .unwrap_or_default();
            let missing_here = missing.iter().find(|m| m.field == spec.field);
            let label_text = if spec.args.is_empty() {
                t(spec.label_id)
            } else {
                t_args(spec.label_id, &spec.args)
            };
            let label_text = if missing_here.is_some() {
                format!("{label_text} *")
            } else {
                label_text
            };
            let field = spec.field.clone();
            let input = match choices(spec.kind) {
                Some(options) => {
                    let selected = options.iter().find(|o| o.key == value).cloned();
                    column![
                        label(label_text).size(14),
                        identified(
                            format!("pdf.{}", spec.field),
                            pick_list(options, selected, move |choice: Choice| {
                                Message::FieldChanged(field.clone(), choice.key.to_string())
                            })
                            .placeholder(t("pdf-screen-choose"))
                            .padding(8),
                        ),
                    ]
                    .spacing(4)
                    .into()
                }
                None => text_field(
                    &format!("pdf.{}", spec.field),
                    label_text,
                    &placeholder(spec.kind),
                    &value,
                    None,
                    move |value| Message::FieldChanged(field.clone(), value),
                ),
            };
            let error = match (self.errors.get(&spec.field), missing_here) {
                (Some(error), _) => Some(error.text()),
                // A K10 number says what is wrong with it (issue 12.6).
                (None, Some(missing)) if missing.invalid && missing.kind == FieldKind::K10 => {
                    K10Number::parse(&value)
                        .err()
                        .map(|error| t_args(error.message_id(), &error.args()))
                }
                (None, Some(missing)) if missing.invalid => Some(t("pdf-screen-field-invalid")),
                (None, Some(_)) if self.tried => Some(t("pdf-screen-field-required")),
                _ => None,
            };
            form = form.push(match error {
                Some(error) => column![
                    input,
                    identified(
                        format!("pdf.{}.error", spec.field),
                        label(error).size(13).style(text::danger)
                    )
                ]
                .spacing(2)
                .into(),
                None => input,
            });
        }
        form.into()
    }
}

/// What a field expects, shown inside the empty input.
fn placeholder(kind: FieldKind) -> String {
    match kind {
        FieldKind::Date => date_placeholder(),
        FieldKind::Amount => "12.345,67".to_string(),
        FieldKind::K10 => "K10/0000001".to_string(),
        _ => String::new(),
    }
}

/// One option of an enumerated field: the value `set` takes and its translated label.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Choice {
    key: &'static str,
    label: String,
}

impl std::fmt::Display for Choice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

/// The options of an enumerated field (`None` for free text).
fn choices(kind: FieldKind) -> Option<Vec<Choice>> {
    let choice = |key: &'static str, label: String| Choice { key, label };
    match kind {
        FieldKind::Sex => Some(vec![
            choice("M", t("sex-male")),
            choice("F", t("sex-female")),
        ]),
        FieldKind::YesNo => Some(vec![
            choice("true", t("choice-yes")),
            choice("false", t("choice-no")),
        ]),
        FieldKind::IncomeSource => Some(
            IncomeSource::ALL
                .into_iter()
                .map(|s| choice(s.key(), t(&format!("income-source-{}", s.key()))))
                .collect(),
        ),
        FieldKind::Relationship => Some(
            Relationship::ALL
                .into_iter()
                .map(|r| choice(r.key(), t(&format!("relationship-{}", r.key()))))
                .collect(),
        ),
        FieldKind::Text
        | FieldKind::LongText
        | FieldKind::Date
        | FieldKind::Amount
        | FieldKind::K10 => None,
    }
}
