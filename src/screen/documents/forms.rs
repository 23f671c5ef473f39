//! The two small forms of the documents screen: adding a file (issue date, country) and
//! correcting the issue date of an attached document.

use chrono::NaiveDate;
use cittadinanza_core::rules::FieldIssue;
use iced::widget::{Column, button, container, text};
use iced::{Element, Length};

use crate::i18n::t;
use crate::store::UiError;
use crate::widget::date_picker::{self, DatePicker};
use crate::widget::field::text_field;
use crate::widget::{identified, label, mirrored_row};

use super::{
    Adding, EDIT_ISSUE_DATE, EditingDate, ISSUE_DATE, Message, asks_country, asks_issue_date,
    checked_issue_date, date_issue,
};

impl Adding {
    /// The issue date as typed, checked: required where validity counts from it, and not in
    /// the future.
    pub(super) fn validate(&self, today: NaiveDate) -> Result<Option<NaiveDate>, UiError> {
        if asks_country(self.kind) && self.country.trim().is_empty() {
            return Err(UiError::new("documents-country-required"));
        }
        checked_issue_date(&self.issue_date, asks_issue_date(self.kind), today)
    }

    pub(super) fn view<'a>(
        &'a self,
        picker: Option<&DatePicker>,
        today: NaiveDate,
    ) -> Element<'a, Message> {
        let mut form = Column::new().spacing(8);
        let issue = date_issue(ISSUE_DATE, &self.issue_date);
        form = form.push(date_picker::date_field(
            ISSUE_DATE,
            if asks_issue_date(self.kind) {
                t("documents-issue-date-required")
            } else {
                t("editor-attach-issue-date")
            },
            &self.issue_date,
            issue.as_ref(),
            picker,
            today,
            Message::IssueDateChanged,
            Message::Calendar,
        ));
        if asks_country(self.kind) && !self.country_fixed {
            form = form.push(text_field(
                "documents.country",
                t("editor-attach-country"),
                "",
                &self.country,
                None,
                Message::CountryChanged,
            ));
        }
        if let Some(typed) = &self.typed_path {
            form = form.push(
                label(t("documents-no-dialog"))
                    .size(13)
                    .style(text::warning),
            );
            form = form.push(
                mirrored_row(vec![
                    iced::widget::text_input(&t("documents-typed-path"), typed)
                        .id("documents-typed-path")
                        .on_input(Message::TypedPathChanged)
                        .on_submit(Message::UseTypedPath)
                        .padding(8)
                        .into(),
                    identified(
                        "documents-use-typed-path",
                        button(text(t("documents-use-typed-path")))
                            .on_press_maybe((!self.busy).then_some(Message::UseTypedPath)),
                    ),
                ])
                .spacing(8),
            );
        }
        let mut choose = button(text(t("editor-attach-choose-file")));
        if !self.busy {
            choose = choose.on_press(Message::ChooseFile);
        }
        date_form(
            form,
            self.error.as_ref(),
            issue.as_ref(),
            identified("documents-choose-file", choose),
            Message::CancelAdd,
        )
    }
}

impl EditingDate {
    pub(super) fn view<'a>(
        &'a self,
        picker: Option<&DatePicker>,
        today: NaiveDate,
    ) -> Element<'a, Message> {
        let issue = date_issue(EDIT_ISSUE_DATE, &self.text);
        let form = Column::new().spacing(8).push(date_picker::date_field(
            EDIT_ISSUE_DATE,
            t("documents-edit-issue-date-label"),
            &self.text,
            issue.as_ref(),
            picker,
            today,
            Message::EditedIssueDateChanged,
            Message::EditCalendar,
        ));
        date_form(
            form,
            self.error.as_ref(),
            issue.as_ref(),
            identified(
                "documents-save-issue-date",
                button(text(t("documents-save-issue-date"))).on_press(Message::SaveIssueDate),
            ),
            Message::CancelEditIssueDate,
        )
    }
}

/// Ends a form with a date field: its error (unless it is the date's problem, already shown
/// under the field), then `action` and Cancel, all in a box.
fn date_form<'a>(
    mut form: Column<'a, Message>,
    error: Option<&UiError>,
    issue: Option<&FieldIssue>,
    action: Element<'a, Message>,
    on_cancel: Message,
) -> Element<'a, Message> {
    if let Some(error) = error
        && issue.is_none_or(|issue| issue.problem.message_id() != error.id)
    {
        form = form.push(text(error.text()).size(13).style(text::danger));
    }
    form = form.push(
        mirrored_row(vec![
            action,
            button(text(t("documents-cancel")))
                .style(button::secondary)
                .on_press(on_cancel)
                .into(),
        ])
        .spacing(8),
    );
    container(form)
        .padding(10)
        .width(Length::Fill)
        .style(container::rounded_box)
        .into()
}
