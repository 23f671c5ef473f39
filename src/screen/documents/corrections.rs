//! Changes to the attachments already in the draft: correcting an issue date, removing an
//! attachment. The screen checks them; the app applies them through the editor (an
//! [`Event`]), so that autosave and the section dots follow.

use chrono::NaiveDate;
use iced::Task;

use crate::screen::editor::Editor;
use crate::widget::date_picker;

use super::{
    Documents, EDIT_ISSUE_DATE, EditingDate, Event, Message, asks_issue_date, attachment,
    checked_issue_date,
};

impl Documents {
    /// Opens the correction of the issue date of the attachment with this vault id.
    pub(super) fn edit_issue_date(&mut self, vault_id: String, editor: &Editor) {
        let Some(document) = attachment(editor, &vault_id) else {
            return;
        };
        self.picker = None;
        self.editing = Some(EditingDate {
            applicant: editor.id,
            kind: document.kind,
            text: document.issue_date.clone(),
            vault_id,
            error: None,
        });
    }

    fn editing_for(&mut self, editor: &Editor) -> Option<&mut EditingDate> {
        self.editing.as_mut().filter(|e| e.applicant == editor.id)
    }

    pub(super) fn edited_issue_date_changed(&mut self, value: String, editor: &Editor) {
        date_picker::typed_into(&mut self.picker, EDIT_ISSUE_DATE, &value);
        if let Some(editing) = self.editing_for(editor) {
            editing.text = value;
            editing.error = None;
        }
    }

    /// The calendar of the date being corrected: a day picked fills the field.
    pub(super) fn edit_calendar(
        &mut self,
        message: date_picker::Message,
        editor: &Editor,
        today: NaiveDate,
    ) -> Task<Message> {
        let Some(editing) = self.editing.as_mut().filter(|e| e.applicant == editor.id) else {
            return Task::none();
        };
        match date_picker::update(
            &mut self.picker,
            EDIT_ISSUE_DATE,
            &editing.text,
            today,
            message,
        ) {
            date_picker::Outcome::None => Task::none(),
            date_picker::Outcome::Focus => iced::widget::operation::focus(EDIT_ISSUE_DATE),
            date_picker::Outcome::Picked(text) => {
                editing.text = text;
                editing.error = None;
                iced::widget::operation::focus(EDIT_ISSUE_DATE)
            }
        }
    }

    /// The corrected date, once checked, for the app to set in the draft.
    pub(super) fn save_issue_date(&mut self, editor: &Editor, today: NaiveDate) -> Option<Event> {
        let editing = self.editing_for(editor)?;
        let required = editing.kind.is_some_and(asks_issue_date);
        let date = match checked_issue_date(&editing.text, required, today) {
            Ok(date) => date,
            Err(error) => {
                editing.error = Some(error);
                return None;
            }
        };
        let index = editor
            .application()
            .documents
            .attached
            .iter()
            .position(|d| d.vault_id == editing.vault_id);
        self.editing = None;
        let index = index?;
        self.picker = None;
        let date = date
            .map(cittadinanza_core::rules::fields::format_date)
            .unwrap_or_default();
        Some(Event::IssueDateCorrected { index, date })
    }

    pub(super) fn cancel_edit_issue_date(&mut self) {
        self.editing = None;
        self.picker = None;
    }

    pub(super) fn ask_remove(&mut self, vault_id: String) {
        self.confirm_remove = Some(vault_id);
    }

    pub(super) fn cancel_remove(&mut self) {
        self.confirm_remove = None;
    }

    /// The removal confirmed, for the app to apply to the draft.
    pub(super) fn confirm_remove(&mut self, vault_id: &str, editor: &Editor) -> Option<Event> {
        self.confirm_remove = None;
        editor
            .application()
            .documents
            .attached
            .iter()
            .position(|d| d.vault_id == vault_id)
            .map(Event::Removed)
    }
}
