//! The editor's answers: typing, choosing, ticking, the calendar of date fields, and adding or
//! removing rows of lists. Each change goes to the draft; the autosave follows.

use iced::Task;
use serde_json::Value;

use super::{ATTACH_ISSUE_DATE, Context, Editor, Message};
use crate::widget::date_picker;

impl Editor {
    pub(super) fn update_field(
        &mut self,
        message: Message,
        context: &Context<'_>,
    ) -> Task<Message> {
        match message {
            Message::TextChanged(path, value) => {
                self.editing(&path);
                date_picker::typed_into(&mut self.picker, &path, &value);
                let changed = self.draft.set(&path, Value::String(value));
                self.edited_if(changed)
            }
            Message::Calendar(path, message) => self.update_calendar(path, message, context),
            Message::CommaListChanged(path, value) => {
                self.editing(&path);
                let changed = self.draft.set_comma_list(&path, &value);
                self.edited_if(changed)
            }
            Message::Chosen(path, value) => {
                self.chosen(&path);
                let changed = self.draft.set(&path, value);
                self.edited_if(changed)
            }
            Message::Toggled(path, value) => {
                self.chosen(&path);
                let changed = self.draft.set(&path, Value::Bool(value));
                self.edited_if(changed)
            }
            Message::AddRow(path, item) => {
                self.leave_field();
                if !self.draft.push(&path, item) {
                    return Task::none();
                }
                // The keyboard goes on to the new row's first field.
                let row = format!(
                    "row:{path}.{}",
                    self.draft.list_len(&path).saturating_sub(1)
                );
                Task::batch([self.edited(), crate::widget::focus::focus_first_in(row)])
            }
            Message::RemoveRow(path, index) => {
                self.leave_field();
                let changed = self.draft.remove(&path, index);
                self.edited_if(changed)
            }
            _ => Task::none(),
        }
    }

    /// The autosave after a change of the draft (nothing when the value was already there).
    fn edited_if(&mut self, changed: bool) -> Task<Message> {
        if changed { self.edited() } else { Task::none() }
    }

    fn update_calendar(
        &mut self,
        path: String,
        message: date_picker::Message,
        context: &Context<'_>,
    ) -> Task<Message> {
        let typed = if path == ATTACH_ISSUE_DATE {
            &self.attach_issue_date
        } else {
            self.draft.text(&path)
        };
        match date_picker::update(&mut self.picker, &path, typed, self.today, message) {
            date_picker::Outcome::None => Task::none(),
            date_picker::Outcome::Focus => iced::widget::operation::focus(path),
            date_picker::Outcome::Picked(text) => {
                if path != ATTACH_ISSUE_DATE {
                    self.chosen(&path);
                }
                // The same message as typing: validation, dots and autosave follow.
                let message = if path == ATTACH_ISSUE_DATE {
                    Message::AttachIssueDateChanged(text)
                } else {
                    Message::TextChanged(path.clone(), text)
                };
                let (typed, _) = self.update(message, context);
                Task::batch([typed, iced::widget::operation::focus(path)])
            }
        }
    }
}
