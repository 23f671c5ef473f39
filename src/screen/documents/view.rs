//! What the documents screen shows: the checklist with each item's state and actions, the
//! drop zone and the vault check.

use chrono::NaiveDate;
use cittadinanza_core::model::{AttachedDocument, DocumentKind, SectionId};
use cittadinanza_core::rules::checklist::{ChecklistItem, ItemState};
use cittadinanza_core::store::DocumentHealth;
use iced::widget::{Column, button, column, container, scrollable, text};
use iced::{Element, Length, Theme};

use crate::i18n::{t, t_args};
use crate::screen::editor::Editor;
use crate::widget::field::issue_text;
use crate::widget::sections::dot;
use crate::widget::{confirm_buttons, identified, label, mirrored_row};

use super::{Documents, Message, Note, attachment, drop_target, human_size, needs_file};

impl Documents {
    pub fn view<'a>(
        &'a self,
        editor: Option<&'a Editor>,
        today: NaiveDate,
    ) -> Element<'a, Message> {
        let Some(editor) = editor else {
            return container(label(t("documents-no-applicant")).style(text::secondary))
                .padding(24)
                .into();
        };
        let items = Documents::items(editor, today);
        // A file the vault does not hold (or holds damaged) is never "ready".
        let ready = items
            .iter()
            .filter(|i| !i.state.blocks_completion() && self.bad_file(i).is_none())
            .count();
        let name = editor.application().display_name();
        let name = if name.is_empty() {
            t("applicants-unnamed")
        } else {
            name
        };
        let complete = editor.is_complete(SectionId::Documents);
        let header = column![
            text(t_args("documents-title", &[("name", name)])).size(24),
            mirrored_row(vec![
                identified("documents-dot", dot::<Message>(complete)),
                text(t_args(
                    "documents-progress",
                    &[
                        ("ready", ready.to_string()),
                        ("total", items.len().to_string())
                    ],
                ))
                .size(13)
                .style(text::secondary)
                .into(),
            ])
            .spacing(8),
        ]
        .spacing(6);
        let mut list = Column::new()
            .spacing(10)
            .push(header)
            .push(self.view_drop_and_check(&items));
        for (index, item) in items.iter().enumerate() {
            list = list.push(self.view_item(editor, index, item, today));
        }
        scrollable(
            container(list.max_width(820))
                .padding([16, 24])
                .width(Length::Fill),
        )
        .height(Length::Fill)
        .into()
    }

    fn view_item<'a>(
        &'a self,
        editor: &'a Editor,
        index: usize,
        item: &ChecklistItem,
        today: NaiveDate,
    ) -> Element<'a, Message> {
        let document = item
            .attachment
            .as_deref()
            .and_then(|vault_id| attachment(editor, vault_id));
        let info = self.item_info(editor, item, document, today);

        let mut buttons: Vec<Element<'a, Message>> = Vec::new();
        let needs_file = needs_file(item) || self.bad_file(item).is_some();
        let adding = self
            .adding
            .as_ref()
            .filter(|a| a.applicant == editor.id && a.item == index);
        if needs_file && adding.is_none() {
            let label_id = if item.attachment.is_some() {
                "documents-replace-file"
            } else {
                "documents-add-file"
            };
            buttons.push(identified(
                format!("add-file:{index}"),
                button(text(t(label_id))).on_press(Message::StartAdd(index)),
            ));
        }
        if let Some(document) = document {
            buttons.extend(self.attachment_buttons(&document.vault_id));
        }

        let mut content = Column::new().spacing(8).push(
            mirrored_row(vec![info.into(), mirrored_row(buttons).spacing(6).into()]).spacing(10),
        );
        if let Some((vault_id, note)) = &self.note
            && item.attachment.as_deref() == Some(vault_id.as_str())
        {
            content = content.push(match note {
                Note::Error(error) => text(error.text()).size(13).style(text::danger),
                Note::Info(info) => text(info.clone()).size(13).style(text::success),
            });
        }
        if let Some((_, typed)) = self
            .export_typed
            .as_ref()
            .filter(|(id, _)| item.attachment.as_deref() == Some(id.as_str()))
        {
            content = content.extend(typed_export(typed));
        }
        if let Some(adding) = adding {
            content = content.push(adding.view(self.picker.as_ref(), today));
        }
        if let Some(editing) = self.editing.as_ref().filter(|e| {
            e.applicant == editor.id && item.attachment.as_deref() == Some(e.vault_id.as_str())
        }) {
            content = content.push(editing.view(self.picker.as_ref(), today));
        }
        container(content)
            .padding(12)
            .width(Length::Fill)
            .style(container::bordered_box)
            .into()
    }

    /// The item's title and state, and what is attached: name, size, issue date and what
    /// section 11 says about it.
    fn item_info<'a>(
        &self,
        editor: &Editor,
        item: &ChecklistItem,
        document: Option<&AttachedDocument>,
        today: NaiveDate,
    ) -> Column<'a, Message> {
        let mut title = t(&item.label_id());
        if let Some(detail) = item.detail_id() {
            title = format!("{title} — {}", t_args(detail, &item.label_args()));
        }
        let (icon, state_text, tone): (_, _, fn(&Theme) -> text::Style) = match self.bad_file(item)
        {
            Some(DocumentHealth::Missing) => ("✗", t("documents-file-missing"), text::danger),
            Some(_) => ("✗", t("documents-file-damaged"), text::danger),
            None => state_line(item, today),
        };
        let mut info = column![
            text(title).size(16),
            text(format!("{icon}  {state_text}")).size(14).style(tone)
        ]
        .spacing(3)
        .width(Length::Fill);

        if let Some(document) = document {
            let mut details = vec![
                document.original_name.clone(),
                human_size(document.size_bytes),
            ];
            if !document.issue_date.is_empty() {
                details.push(t_args(
                    "editor-issued-on",
                    &[("date", document.issue_date.clone())],
                ));
            }
            info = info.push(text(details.join(" · ")).size(13).style(text::secondary));
            // What section 11 says about this attachment (e.g. an issue date that differs
            // from the one declared in section 8).
            let index = editor
                .application()
                .documents
                .attached
                .iter()
                .position(|d| d.vault_id == document.vault_id);
            if let Some(issue) =
                index.and_then(|index| editor.issue(&format!("documents.attached.{index}")))
            {
                info = info.push(text(issue_text(issue)).size(13).style(text::danger));
            }
        }
        if matches!(item.state, ItemState::Expired { .. })
            && item.kind == DocumentKind::CriminalRecord
        {
            info = info.push(
                text(t("documents-criminal-record-validity"))
                    .size(13)
                    .style(text::secondary),
            );
        }
        info
    }

    /// Open, Export, the issue date and Remove (or its confirmation) for an attachment.
    fn attachment_buttons<'a>(&self, vault_id: &str) -> Vec<Element<'a, Message>> {
        let vault_id = vault_id.to_string();
        let mut buttons = vec![
            identified(
                format!("open:{vault_id}"),
                button(text(t("documents-open")))
                    .style(button::secondary)
                    .on_press(Message::Open(vault_id.clone())),
            ),
            identified(
                format!("export:{vault_id}"),
                button(text(t("documents-export")))
                    .style(button::secondary)
                    .on_press(Message::Export(vault_id.clone())),
            ),
            identified(
                format!("edit-issue-date:{vault_id}"),
                button(text(t("documents-edit-issue-date")))
                    .style(button::secondary)
                    .on_press(Message::EditIssueDate(vault_id.clone())),
            ),
        ];
        if self.confirm_remove.as_deref() == Some(vault_id.as_str()) {
            buttons.extend(confirm_buttons(
                format!("confirm-remove:{vault_id}"),
                t("documents-confirm-remove"),
                button::danger,
                Message::ConfirmRemove(vault_id.clone()),
                t("documents-cancel"),
                Message::CancelRemove,
            ));
        } else {
            buttons.push(identified(
                format!("remove:{vault_id}"),
                button(text(t("documents-remove")))
                    .style(button::danger)
                    .on_press(Message::AskRemove(vault_id)),
            ));
        }
        buttons
    }
}

/// No save dialog could be shown: the destination of the export is typed here.
fn typed_export<'a>(typed: &str) -> [Element<'a, Message>; 2] {
    [
        label(t("documents-no-save-dialog"))
            .size(13)
            .style(text::warning)
            .into(),
        mirrored_row(vec![
            iced::widget::text_input(&t("documents-typed-destination"), typed)
                .id("documents-export-path")
                .on_input(Message::ExportPathChanged)
                .on_submit(Message::ExportToTyped)
                .padding(8)
                .into(),
            identified(
                "documents-export-typed",
                button(text(t("documents-export"))).on_press(Message::ExportToTyped),
            ),
        ])
        .spacing(8)
        .into(),
    ]
}

impl Documents {
    /// What is wrong with the vault file of the item's attachment, if the last check found
    /// it missing or damaged.
    fn bad_file(&self, item: &ChecklistItem) -> Option<DocumentHealth> {
        let vault_id = item.attachment.as_deref()?;
        self.health
            .get(vault_id)
            .copied()
            .filter(|health| *health != DocumentHealth::Ok)
    }

    /// Where a dropped file goes, and the full check of the vault files.
    fn view_drop_and_check<'a>(&'a self, items: &[ChecklistItem]) -> Element<'a, Message> {
        let target = match drop_target(items) {
            Some(index) => t_args(
                "documents-drop-target",
                &[("item", t(&items[index].label_id()))],
            ),
            None => t("documents-drop-nothing"),
        };
        let drop_zone = container(label(target).size(13))
            .padding(10)
            .width(Length::Fill)
            .style(if self.hovering {
                container::primary
            } else {
                container::bordered_box
            });
        let outcome = match self.full_check {
            None => String::new(),
            Some(None) => t("documents-checking"),
            Some(Some((checked, 0))) => {
                t_args("documents-check-ok", &[("count", checked.to_string())])
            }
            Some(Some((_, bad))) => t_args("documents-check-bad", &[("count", bad.to_string())]),
        };
        let check = mirrored_row(vec![
            identified(
                "documents-check",
                button(text(t("documents-check")))
                    .style(button::secondary)
                    .on_press_maybe(
                        (self.full_check != Some(None)).then_some(Message::Check { full: true }),
                    ),
            ),
            label(outcome).size(13).into(),
        ])
        .spacing(10);
        column![identified("documents-drop", drop_zone), check]
            .spacing(8)
            .into()
    }
}

/// Icon, text and colour of an item's state. The icon and the text carry the meaning on their
/// own (high contrast, colour blindness); the colour only repeats it.
fn state_line(
    item: &ChecklistItem,
    today: NaiveDate,
) -> (&'static str, String, fn(&Theme) -> text::Style) {
    match &item.state {
        ItemState::Missing => ("○", t("checklist-state-missing"), text::danger),
        ItemState::Exempt { reason_id } => (
            "–",
            format!("{} — {}", t("checklist-state-exempt"), t(reason_id)),
            text::secondary,
        ),
        ItemState::Provided { .. } => ("✓", t("checklist-state-provided"), text::success),
        ItemState::Expiring { on } => {
            let days = (*on - today).num_days().max(0);
            (
                "⚠",
                format!(
                    "{} ({})",
                    t_args("checklist-state-expiring", &item.label_args()),
                    t_args("documents-days-left", &[("days", days.to_string())])
                ),
                text::warning,
            )
        }
        ItemState::Expired { .. } => (
            "✗",
            t_args("checklist-state-expired", &item.label_args()),
            text::danger,
        ),
    }
}
