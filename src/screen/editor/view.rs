//! The editor's view: header, section list, the fields of the open section, lists and the
//! attachments form.

use chrono::Local;
use cittadinanza_core::model::{DocumentKind, SectionId};
use cittadinanza_core::prefectures;
use cittadinanza_core::rules::FieldIssue;
use cittadinanza_core::rules::requirements;
use iced::widget::{
    Column, button, checkbox, column, container, pick_list, rule, scrollable, text, text_input,
};
use iced::{Element, Length};
use serde_json::Value;

use crate::i18n::{t, t_args};
use crate::widget::date_picker;
use crate::widget::field::{issue_text, labelled, text_field};
use crate::widget::sections::section_list;
use crate::widget::{choosable, identified, label, mirrored_row, pressable, start};

use super::form::{self, Choice, Item, Kind};
use super::{
    ATTACH_ISSUE_DATE, ChoiceOption, Editor, FORM_SCROLL, KindOption, Message, SaveState,
    title_text,
};

impl Editor {
    pub fn view(&self) -> Element<'_, Message> {
        let complete: Vec<bool> = SectionId::ALL
            .iter()
            .map(|s| self.is_complete(*s))
            .collect();
        let sections = container(
            scrollable(section_list(
                &complete,
                self.section,
                Message::SelectSection,
            ))
            .height(Length::Fill),
        )
        .width(300)
        .padding(12)
        .height(Length::Fill)
        .style(container::rounded_box);

        let state_line = if self.is_complete(self.section) {
            text(t("editor-section-complete")).style(text::primary)
        } else {
            text(t("editor-section-incomplete")).style(text::secondary)
        };
        let mut body = Column::new()
            .spacing(14)
            .push(
                label(format!(
                    "{}. {}",
                    self.section.number(),
                    title_text(self.section)
                ))
                .size(24),
            )
            .push(state_line.width(Length::Fill).align_x(start()).size(13));
        if let Some(note) = &self.newer_version {
            body = body.push(
                container(text(note.text()).width(Length::Fill).align_x(start()))
                    .padding(10)
                    .width(Length::Fill)
                    .style(container::warning),
            );
        }
        if let Some(error) = &self.error {
            body = body.push(
                text(error.text())
                    .style(text::danger)
                    .width(Length::Fill)
                    .align_x(start()),
            );
        }
        if self.section == SectionId::Consent {
            body = body.push(self.view_review());
        }
        body = body.push(self.view_items(self.section.key(), form::items(self.section)));
        let nav = self.view_prev_next();
        body = body.push(nav);

        let form = scrollable(
            container(body.max_width(760))
                .padding([16, 24])
                .width(Length::Fill),
        )
        .id(FORM_SCROLL)
        .height(Length::Fill);

        let header = self.view_header();
        column![
            header,
            mirrored_row(vec![sections.into(), form.into()])
                .spacing(12)
                .height(Length::Fill)
        ]
        .spacing(12)
        .padding(12)
        .into()
    }

    fn view_header(&self) -> Element<'_, Message> {
        let name = self.draft.application().display_name();
        let name = if name.is_empty() {
            t("applicants-unnamed")
        } else {
            name
        };
        let progress = t_args(
            "applicants-progress",
            &[
                ("done", self.completed().to_string()),
                ("total", "12".to_string()),
            ],
        );
        let status = match self.save_state() {
            SaveState::Saving => t("editor-saving"),
            SaveState::Unsaved => t("editor-unsaved"),
            SaveState::Saved => match self.last_saved {
                Some(at) => t_args(
                    "editor-saved-at",
                    &[("time", at.with_timezone(&Local).format("%H:%M").to_string())],
                ),
                None => t("editor-not-saved-yet"),
            },
        };
        let status_style = match self.save_state() {
            SaveState::Unsaved => text::warning,
            _ => text::secondary,
        };
        mirrored_row(vec![
            pressable(
                "editor-back",
                button(text(t("editor-back")))
                    .style(button::secondary)
                    .on_press(Message::Back),
            ),
            column![
                text(name).size(20),
                text(progress).size(13).style(text::secondary)
            ]
            .spacing(2)
            .width(Length::Fill)
            .into(),
            text(status).style(status_style).into(),
            pressable(
                "save",
                button(text(t("editor-save"))).on_press(Message::Save),
            ),
        ])
        .spacing(16)
        .into()
    }

    fn view_prev_next(&self) -> Element<'_, Message> {
        let index = self.section as usize;
        let mut children: Vec<Element<'_, Message>> = Vec::new();
        if index > 0 {
            children.push(pressable(
                "section-previous",
                button(text(t("editor-previous")))
                    .style(button::secondary)
                    .on_press(Message::SelectSection(SectionId::ALL[index - 1])),
            ));
        }
        children.push(iced::widget::space::horizontal().into());
        if let Some(next) = SectionId::ALL.get(index + 1) {
            children.push(pressable(
                "section-next",
                button(text(t("editor-next"))).on_press(Message::SelectSection(*next)),
            ));
        }
        mirrored_row(children).spacing(12).into()
    }

    fn view_items<'a>(&'a self, prefix: &str, items: &'static [Item]) -> Element<'a, Message> {
        let mut content = Column::new().spacing(12);
        for item in items {
            let element = match item {
                Item::Field(field) => {
                    let path = format!("{prefix}.{}", field.name);
                    // A field with an issue is always shown, so that no error is hidden.
                    if !form::is_relevant(&path, self.draft.application())
                        && self.issue(&path).is_none()
                    {
                        continue;
                    }
                    // The same shape with or without a hint: the field keeps its place in the
                    // widget tree, and so the keyboard focus, when a hint comes or goes.
                    let mut field = column![self.view_field(&path, field.kind)].spacing(4);
                    if let Some(hint) = self.hint(&path) {
                        field = field.push(identified(
                            format!("hint:{path}"),
                            text(t(hint.message_id))
                                .size(13)
                                .style(text::primary)
                                .width(Length::Fill)
                                .align_x(start()),
                        ));
                    }
                    field.into()
                }
                Item::List {
                    name,
                    items,
                    new_item,
                } => self.view_list(&format!("{prefix}.{name}"), items, *new_item),
                Item::Attachments => self.view_attachments(),
            };
            content = content.push(element);
        }
        content.into()
    }

    /// A field with its error line; the line keeps its place while there is no error, so
    /// that an error appearing or going away does not move the fields under the pointer.
    fn view_field<'a>(&'a self, path: &str, kind: Kind) -> Element<'a, Message> {
        let field = crate::widget::focus::on_blur(
            self.view_control(path, kind),
            Message::Blurred(path.to_string()),
        );
        // The same shape with or without the error (see `view_items`).
        let field = column![field].spacing(4);
        if self.shown_issue(path).is_some() {
            return field.into();
        }
        field.push(text(" ").size(13)).into()
    }

    fn view_control<'a>(&'a self, path: &str, kind: Kind) -> Element<'a, Message> {
        let label_text = t(&form::label_id(path));
        let issue = self.shown_issue(path);
        let owned = path.to_string();
        match kind {
            Kind::Text | Kind::Amount => {
                let placeholder = if matches!(kind, Kind::Amount) {
                    t("placeholder-amount")
                } else {
                    String::new()
                };
                text_field(
                    path,
                    label_text,
                    &placeholder,
                    self.draft.text(path),
                    issue,
                    move |v| Message::TextChanged(owned.clone(), v),
                )
            }
            Kind::Date => {
                let calendar_path = owned.clone();
                date_picker::date_field(
                    path,
                    label_text,
                    self.draft.text(path),
                    issue,
                    self.picker.as_ref(),
                    self.today,
                    move |v| Message::TextChanged(owned.clone(), v),
                    move |m| Message::Calendar(calendar_path.clone(), m),
                )
            }
            Kind::CommaList => {
                let value = self.draft.comma_list(path);
                let placeholder = t("placeholder-comma-list");
                let input = text_input(&placeholder, &value)
                    .id(path.to_string())
                    .on_input(move |v| Message::CommaListChanged(owned.clone(), v))
                    .padding(8)
                    .align_x(start());
                labelled(label_text, input.into(), issue)
            }
            Kind::Choice(options) => {
                let current = self.draft.value(path).cloned().unwrap_or(Value::Null);
                let options: Vec<ChoiceOption> = options()
                    .into_iter()
                    .map(|Choice { value, label_id }| ChoiceOption {
                        value,
                        label: t(&label_id),
                    })
                    .collect();
                let selected = options.iter().find(|o| o.value == current).cloned();
                let list = pick_list(options, selected, move |o: ChoiceOption| {
                    Message::Chosen(owned.clone(), o.value)
                })
                .placeholder(t("placeholder-choose"))
                .padding(8)
                .width(Length::Fill);
                labelled(label_text, choosable(path.to_string(), list), issue)
            }
            Kind::Prefecture => self.view_prefecture(path, label_text, issue),
            Kind::Check => {
                let control = checkbox(self.draft.flag(path))
                    .label(label_text)
                    .on_toggle(move |v| Message::Toggled(owned.clone(), v));
                let mut content = column![pressable(path.to_string(), control)].spacing(4);
                if let Some(issue) = issue {
                    content = content.push(text(issue_text(issue)).size(13).style(text::danger));
                }
                content.into()
            }
        }
    }

    /// Section 1's competent office: the prefectures by province, with the one of the province
    /// of residence proposed; abroad the consular office as free text.
    fn view_prefecture<'a>(
        &'a self,
        path: &str,
        label_text: String,
        issue: Option<&'a FieldIssue>,
    ) -> Element<'a, Message> {
        let owned = path.to_string();
        let application = self.application();
        let current = self.draft.text(path);
        if !requirements::lives_in_italy(application) {
            let field = text_field(
                path,
                t("editor-consulate-label"),
                &t("editor-consulate-placeholder"),
                current,
                issue,
                move |v| Message::TextChanged(owned.clone(), v),
            );
            return column![
                field,
                label(t("hint-consulate-free-text"))
                    .size(13)
                    .style(text::secondary)
            ]
            .spacing(4)
            .into();
        }
        let options: Vec<ChoiceOption> = prefectures::all()
            .iter()
            .map(|p| ChoiceOption {
                value: Value::from(p.province),
                label: format!("{} ({})", p.province, p.code),
            })
            .collect();
        let selected = prefectures::find(current)
            .and_then(|found| options.iter().find(|o| o.value == found.province).cloned());
        let chosen = owned.clone();
        let list = pick_list(options, selected, move |o: ChoiceOption| {
            Message::TextChanged(chosen.clone(), o.value.as_str().unwrap_or_default().into())
        })
        .placeholder(t("placeholder-choose"))
        .padding(8)
        .width(Length::Fill);
        let mut content = column![choosable(path.to_string(), list)].spacing(4);
        let proposed = prefectures::for_province(&application.personal.residence.province);
        if let (true, Some(proposed)) = (current.trim().is_empty(), proposed) {
            let name = proposed.province.to_string();
            content = content.push(pressable(
                "prefecture-propose",
                button(text(t_args(
                    "editor-prefecture-propose",
                    &[("name", name.as_str())],
                )))
                .on_press(Message::TextChanged(owned.clone(), name)),
            ));
        }
        labelled(label_text, content.into(), issue)
    }

    fn view_list<'a>(
        &'a self,
        path: &str,
        items: &'static [Item],
        new_item: fn() -> Value,
    ) -> Element<'a, Message> {
        let mut content = Column::new()
            .spacing(10)
            .push(label(t(&form::label_id(path))).size(16));
        if let Some(issue) = self.shown_issue(path) {
            content = content.push(
                text(issue_text(issue))
                    .size(13)
                    .style(text::danger)
                    .width(Length::Fill)
                    .align_x(start()),
            );
        }
        for index in 0..self.draft.list_len(path) {
            let item_path = format!("{path}.{index}");
            let heading = mirrored_row(vec![
                text(format!("{}.", index + 1))
                    .size(15)
                    .width(Length::Fill)
                    .into(),
                pressable(
                    format!("remove:{item_path}"),
                    button(text(t("editor-remove-row")))
                        .style(button::danger)
                        .padding([4, 10])
                        .on_press(Message::RemoveRow(path.to_string(), index)),
                ),
            ]);
            content = content.push(
                container(
                    column![
                        heading,
                        identified(
                            format!("row:{item_path}"),
                            self.view_items(&item_path, items)
                        )
                    ]
                    .spacing(10),
                )
                .padding(12)
                .width(Length::Fill)
                .style(container::bordered_box),
            );
        }
        content = content.push(pressable(
            format!("add:{path}"),
            button(text(t("editor-add-row")))
                .style(button::secondary)
                .on_press(Message::AddRow(path.to_string(), new_item())),
        ));
        content.into()
    }

    fn view_attachments(&self) -> Element<'_, Message> {
        let mut content = Column::new()
            .spacing(10)
            .push(label(t("editor-attachments")).size(16));
        if let Some(issue) = self.shown_issue("documents.attached") {
            content = content.push(text(issue_text(issue)).size(13).style(text::danger));
        }
        let attached = &self.draft.application().documents.attached;
        if attached.is_empty() {
            content = content.push(label(t("editor-no-attachments")).style(text::secondary));
        }
        for (index, document) in attached.iter().enumerate() {
            let kind = document
                .kind
                .map(|k| t(&format!("doc-{}", k.key())))
                .unwrap_or_default();
            let mut details = vec![document.original_name.clone()];
            if !document.issue_date.is_empty() {
                details.push(t_args(
                    "editor-issued-on",
                    &[("date", document.issue_date.clone())],
                ));
            }
            if !document.country.is_empty() {
                details.push(document.country.clone());
            }
            let path = format!("documents.attached.{index}");
            let mut info = column![
                text(kind).size(15),
                text(details.join(" · ")).size(13).style(text::secondary)
            ]
            .spacing(2)
            .width(Length::Fill);
            if let Some(issue) = self.shown_issue(&path) {
                info = info.push(text(issue_text(issue)).size(13).style(text::danger));
            }
            content = content.push(
                container(
                    mirrored_row(vec![
                        info.into(),
                        pressable(
                            format!("remove:{path}"),
                            button(text(t("editor-remove-row")))
                                .style(button::danger)
                                .padding([4, 10])
                                .on_press(Message::RemoveDocument(index)),
                        ),
                    ])
                    .spacing(10),
                )
                .padding(10)
                .width(Length::Fill)
                .style(container::bordered_box),
            );
        }
        let kinds: Vec<KindOption> = DocumentKind::ALL.into_iter().map(KindOption).collect();
        let add = column![
            label(t("editor-attach-new")).size(16),
            labelled(
                t("editor-attach-kind"),
                choosable(
                    "attach.kind",
                    pick_list(kinds, self.attach_kind.map(KindOption), |k: KindOption| {
                        Message::AttachKindChosen(k.0)
                    })
                    .placeholder(t("placeholder-choose"))
                    .padding(8)
                    .width(Length::Fill),
                ),
                None,
            ),
            date_picker::date_field(
                ATTACH_ISSUE_DATE,
                t("editor-attach-issue-date"),
                &self.attach_issue_date,
                None,
                self.picker.as_ref(),
                self.today,
                Message::AttachIssueDateChanged,
                |m| Message::Calendar(ATTACH_ISSUE_DATE.to_string(), m),
            ),
            text_field(
                "attach.country",
                t("editor-attach-country"),
                "",
                &self.attach_country,
                None,
                Message::AttachCountryChanged
            ),
            pressable(
                "attach-file",
                button(text(t("editor-attach-choose-file"))).on_press(Message::ChooseFile)
            ),
        ]
        .spacing(10);
        let add = match &self.attach_typed {
            Some(typed) => add.push(crate::file_dialog::typed_path_row(
                "documents-no-dialog",
                "attach-typed-path",
                "documents-typed-path",
                typed,
                Message::AttachPathTyped,
                "attach-use-typed-path",
                t("documents-use-typed-path"),
                Message::AttachTypedPath,
            )),
            None => add,
        };
        content = content.push(rule::horizontal(1)).push(add);
        content.into()
    }
}
