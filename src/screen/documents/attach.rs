//! Adding a file to the checklist: the small form under an item (issue date, country), the
//! file dialog or the typed path when none can be shown, and a file dropped on the window.

use std::path::PathBuf;

use chrono::NaiveDate;
use iced::Task;

use crate::file_dialog::{self, Picked};
use crate::screen::editor::Editor;
use crate::store::SharedStore;
use crate::widget::date_picker;

use super::{Adding, Documents, ISSUE_DATE, Message, drop_target};

impl Documents {
    /// Opens the form adding a file for checklist item number `index`.
    pub(super) fn start_add(&mut self, index: usize, editor: &Editor, today: NaiveDate) {
        let items = Documents::items(editor, today);
        let Some(item) = items.get(index) else {
            return;
        };
        let country = item.country().map(str::to_string);
        self.note = None;
        self.picker = None;
        self.adding = Some(Adding {
            applicant: editor.id,
            item: index,
            kind: item.kind,
            issue_date: String::new(),
            country_fixed: country.is_some(),
            country: country.unwrap_or_default(),
            error: None,
            busy: false,
            typed_path: None,
        });
    }

    pub(super) fn issue_date_changed(&mut self, value: String, editor: &Editor) {
        date_picker::typed_into(&mut self.picker, ISSUE_DATE, &value);
        if let Some(adding) = self.adding_for(editor) {
            adding.issue_date = value;
            adding.error = None;
        }
    }

    /// The calendar of the issue date: a day picked fills the field, which keeps the focus.
    pub(super) fn calendar(
        &mut self,
        message: date_picker::Message,
        editor: &Editor,
        today: NaiveDate,
    ) -> Task<Message> {
        let Some(adding) = self.adding.as_ref().filter(|a| a.applicant == editor.id) else {
            return Task::none();
        };
        let typed = adding.issue_date.clone();
        match date_picker::update(&mut self.picker, ISSUE_DATE, &typed, today, message) {
            date_picker::Outcome::None => Task::none(),
            date_picker::Outcome::Focus => iced::widget::operation::focus(ISSUE_DATE),
            date_picker::Outcome::Picked(text) => {
                if let Some(adding) = self.adding_for(editor) {
                    adding.issue_date = text;
                    adding.error = None;
                }
                iced::widget::operation::focus(ISSUE_DATE)
            }
        }
    }

    pub(super) fn country_changed(&mut self, value: String, editor: &Editor) {
        if let Some(adding) = self.adding_for(editor)
            && !adding.country_fixed
        {
            adding.country = value;
            adding.error = None;
        }
    }

    pub(super) fn cancel_add(&mut self) {
        self.adding = None;
        self.picker = None;
    }

    /// Checks the form, then asks the system's dialog for the file.
    pub(super) fn choose_file(&mut self, editor: &Editor, today: NaiveDate) -> Task<Message> {
        self.picker = None;
        let Some(adding) = self.adding_for(editor) else {
            return Task::none();
        };
        if let Err(error) = adding.validate(today) {
            adding.error = Some(error);
            return Task::none();
        }
        adding.busy = true;
        Task::perform(file_dialog::pick_file(), |picked| match picked {
            Picked::File(path) => Message::FilePicked(Some(path)),
            Picked::Cancelled => Message::FilePicked(None),
            Picked::Unavailable => Message::TypedPathChanged(String::new()),
        })
    }

    /// The dialog was cancelled: nothing changes.
    pub(super) fn file_cancelled(&mut self) {
        if let Some(adding) = &mut self.adding {
            adding.busy = false;
        }
    }

    /// Also the answer when no file dialog could be shown: the field appears.
    pub(super) fn typed_path_changed(&mut self, value: String, editor: &Editor) {
        if let Some(adding) = self.adding_for(editor) {
            adding.busy = false;
            adding.typed_path = Some(value);
        }
    }

    pub(super) fn use_typed_path(
        &mut self,
        editor: &Editor,
        store: &SharedStore,
        today: NaiveDate,
    ) -> Task<Message> {
        let Some(adding) = self.adding_for(editor) else {
            return Task::none();
        };
        let typed = adding.typed_path.clone().unwrap_or_default();
        let Some(path) = file_dialog::existing_file(&typed) else {
            adding.error = Some(file_dialog::typed_path_error(
                "documents-typed-path-not-found",
                &typed,
            ));
            return Task::none();
        };
        self.import(path, editor, store, today)
    }

    /// The file fills the item whose "Add file" form is open, else the first missing one (as
    /// the drop target says).
    pub(super) fn file_dropped(
        &mut self,
        path: PathBuf,
        editor: &Editor,
        store: &SharedStore,
        today: NaiveDate,
    ) -> Task<Message> {
        self.hovering = false;
        if self.adding_for(editor).is_none() {
            let items = Documents::items(editor, today);
            let Some(index) = drop_target(&items) else {
                return Task::none();
            };
            self.start_add(index, editor, today);
        }
        // An item that needs an issue date or a country asks for them first; the dropped file
        // waits in the typed-path field.
        if let Some(adding) = self.adding_for(editor)
            && adding.validate(today).is_err()
        {
            adding.typed_path = Some(path.display().to_string());
            return Task::none();
        }
        self.import(path, editor, store, today)
    }
}
