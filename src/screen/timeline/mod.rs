//! The procedure after the draft: the dates of its events (submission, K10 acceptance,
//! art. 10-bis notices, decree, notification, oath), the phases done / in progress / to come,
//! and the deadlines that follow, urgent ones highlighted; "Export to calendar (.ics)".
//!
//! The dates are saved with the draft (`Application::procedure`) through the editor's own
//! messages, so autosave and the portal queue see them. A date being typed that is not valid
//! yet stays in this screen (with its error) and leaves the saved value untouched; it is kept
//! per applicant while another applicant is open.
//!
//! Like every screen: `update(message, &context) -> (Task, Option<Event>)`, where [`Event`] is
//! what the app must react to; the calendar export is in [`export`].

mod export;
mod form;
mod view;

pub use export::{calendar_text, non_working_note};

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use chrono::NaiveDate;
use cittadinanza_core::model::ProcedureEvents;
use cittadinanza_core::model::procedure::{DecreeOutcome, Opinion};
use cittadinanza_core::rules::FieldIssue;
use cittadinanza_core::rules::deadlines::{Timeline as ProcedureTimeline, timeline};
use cittadinanza_core::store::ApplicantId;
use iced::Task;

use crate::i18n::t;
use crate::screen::editor::{self, Editor};
use crate::store::UiError;
use crate::widget::date_picker::{self, DatePicker};

/// The event dates outside the 10-bis notices, by key (widget id `timeline.<key>`), in the
/// order of the form; the notices come after `assessment_started`.
pub const DATE_FIELDS: [&str; 11] = [
    "draft_started",
    "planned_submission",
    "submitted",
    "submission_rejected",
    "accepted",
    "assessment_started",
    "prefecture_opinion",
    "decree",
    "inadmissible",
    "notified",
    "oath",
];

/// The parts of a 10-bis notice, as in the model (`ten_bis_notices.<n>.<part>`).
pub const NOTICE_RECEIVED: &str = "received";
pub const NOTICE_DAYS: &str = "response_days";
pub const NOTICE_ANSWERED: &str = "answered";
const NOTICE_PARTS: [&str; 3] = [NOTICE_RECEIVED, NOTICE_DAYS, NOTICE_ANSWERED];

/// Key of a part of the notice number `index` (from 0); the widget id is `timeline.<key>`.
pub fn notice_key(index: usize, part: &str) -> String {
    format!("ten_bis_notices.{index}.{part}")
}

#[derive(Debug, Clone)]
pub enum Message {
    FieldChanged(String, String),
    /// The calendar of the date field with this key.
    Calendar(String, date_picker::Message),
    OutcomeChosen(OutcomeChoice),
    OpinionChosen(OpinionChoice),
    AddNotice,
    /// Removes the notice at once when nothing is entered in it, else asks first.
    AskRemoveNotice(usize),
    CancelRemoveNotice,
    ConfirmRemoveNotice(usize),
    ExportIcs,
    /// The save dialog's answer (`None` = cancelled).
    ExportTo(Option<PathBuf>),
    /// No save dialog could be shown for the file with this suggested name: a path is typed.
    NoSaveDialog(String),
    /// The destination typed so far.
    ExportPathTyped(String),
    /// Export to the typed destination.
    ExportTyped,
    /// The calendar file of this applicant was written (or not).
    Exported(ApplicantId, Result<PathBuf, UiError>),
}

/// Everything the screen needs from the application.
pub struct Context<'a> {
    /// The open draft, whose dates the fields show.
    pub editor: &'a Editor,
    pub today: NaiveDate,
}

/// What the application must react to.
#[derive(Debug, Clone)]
pub enum Event {
    /// The dates changed: the editor stores them in the draft (its autosave and the portal
    /// queue follow).
    Edit(editor::Message),
}

/// The decree's outcome as shown in the pick list (`None`: not given, so a wrong pick can be
/// taken back).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutcomeChoice(pub Option<DecreeOutcome>);

impl std::fmt::Display for OutcomeChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self.0 {
            Some(DecreeOutcome::Granted) => t("timeline-outcome-granted"),
            Some(DecreeOutcome::Rejected) => t("timeline-outcome-rejected"),
            None => t("timeline-not-given"),
        };
        f.write_str(&text)
    }
}

/// The prefecture's opinion as shown in the pick list (`None`: not given).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpinionChoice(pub Option<Opinion>);

impl std::fmt::Display for OpinionChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self.0 {
            Some(Opinion::Favourable) => t("timeline-opinion-favourable"),
            Some(Opinion::Unfavourable) => t("timeline-opinion-unfavourable"),
            None => t("timeline-not-given"),
        };
        f.write_str(&text)
    }
}

/// An error of one field: a date that does not parse, or days out of range.
#[derive(Debug, Clone)]
enum FieldError {
    Date(FieldIssue),
    Days,
}

impl FieldError {
    fn text(&self) -> String {
        match self {
            FieldError::Date(issue) => crate::widget::field::issue_text(issue),
            FieldError::Days => t("timeline-days-invalid"),
        }
    }
}

/// What the fields show for one applicant.
#[derive(Debug, Default, Clone)]
struct Form {
    values: BTreeMap<String, String>,
    /// Number of 10-bis notices shown.
    notices: usize,
    errors: BTreeMap<String, FieldError>,
    /// The events the fields were filled from or last saved.
    shown: ProcedureEvents,
}

#[derive(Debug, Default)]
pub struct Timeline {
    /// The applicant whose dates the fields show.
    pub filled_from: Option<ApplicantId>,
    form: Form,
    /// Forms of other applicants left with text not saved yet (invalid dates), by applicant.
    kept: HashMap<ApplicantId, Form>,
    export: Option<Result<PathBuf, UiError>>,
    /// No save dialog could be shown: the suggested file name and the destination typed so far.
    export_typed: Option<(String, String)>,
    /// The open calendar (at most one).
    pub picker: Option<DatePicker>,
    /// The notice waiting for the confirmation of its removal.
    confirm_remove: Option<usize>,
}

impl Timeline {
    /// The fields filled in from the open draft.
    pub fn from_editor(editor: &Editor) -> Timeline {
        Timeline {
            filled_from: Some(editor.id),
            form: Form::from_events(&editor.application().procedure),
            ..Timeline::default()
        }
    }

    /// Whether the fields no longer show the open draft: another applicant, or dates changed
    /// elsewhere (e.g. merged from the portal).
    pub fn is_stale(&self, editor: &Editor) -> bool {
        self.filled_from != Some(editor.id) || self.form.shown != editor.application().procedure
    }

    /// Shows the open draft's dates when the screen comes up. Text not saved yet (an invalid
    /// date or number of days) stays, also while another applicant is open; dates changed
    /// elsewhere meanwhile replace the others.
    pub fn show(&mut self, editor: &Editor) {
        if !self.is_stale(editor) {
            return;
        }
        let procedure = &editor.application().procedure;
        let unsaved = if self.filled_from == Some(editor.id) {
            Some(std::mem::take(&mut self.form))
        } else {
            if let Some(previous) = self.filled_from {
                let form = std::mem::take(&mut self.form);
                if !form.errors.is_empty() {
                    self.kept.insert(previous, form);
                }
            }
            self.picker = None;
            self.confirm_remove = None;
            self.export = None;
            self.export_typed = None;
            self.kept.remove(&editor.id)
        };
        self.form = match unsaved {
            Some(form) if form.shown == *procedure => form,
            Some(form) => form.rebased(procedure),
            None => Form::from_events(procedure),
        };
        self.filled_from = Some(editor.id);
    }

    pub fn value(&self, key: &str) -> &str {
        self.form.value(key)
    }

    /// Number of 10-bis notices shown.
    pub fn notices(&self) -> usize {
        self.form.notices
    }

    /// The translated error of the field with this key, if any.
    pub fn error(&self, key: &str) -> Option<String> {
        self.form.errors.get(key).map(FieldError::text)
    }

    pub fn update(
        &mut self,
        message: Message,
        context: &Context<'_>,
    ) -> (Task<Message>, Option<Event>) {
        // Never write one applicant's fields into another's draft, nor dates shown before a
        // merge (e.g. a background sync while this screen is open) over the merged ones.
        self.show(context.editor);
        match message {
            Message::FieldChanged(..)
            | Message::Calendar(..)
            | Message::OutcomeChosen(_)
            | Message::OpinionChosen(_) => self.update_dates(message, context),
            Message::AddNotice
            | Message::AskRemoveNotice(_)
            | Message::CancelRemoveNotice
            | Message::ConfirmRemoveNotice(_) => {
                (Task::none(), self.update_notices(message, context))
            }
            Message::ExportIcs
            | Message::ExportTo(_)
            | Message::NoSaveDialog(_)
            | Message::ExportPathTyped(_)
            | Message::ExportTyped => (self.update_export(message, context), None),
            Message::Exported(applicant, result) => {
                // Handled by the app before the screen needs an open draft; kept all the same.
                let _ = self.exported(applicant, result, Some(context.editor.id));
                (Task::none(), None)
            }
        }
    }

    /// A date, the decree's outcome or the prefecture's opinion changed.
    fn update_dates(
        &mut self,
        message: Message,
        context: &Context<'_>,
    ) -> (Task<Message>, Option<Event>) {
        let saved = &context.editor.application().procedure;
        match message {
            Message::FieldChanged(key, value) => (Task::none(), self.set_field(key, value, saved)),
            Message::Calendar(key, message) => {
                let typed = self.value(&key).to_string();
                let path = widget_id(&key);
                match date_picker::update(&mut self.picker, &path, &typed, context.today, message) {
                    date_picker::Outcome::None => (Task::none(), None),
                    date_picker::Outcome::Focus => (iced::widget::operation::focus(path), None),
                    date_picker::Outcome::Picked(text) => {
                        let focus = iced::widget::operation::focus(path);
                        (focus, self.set_field(key, text, saved))
                    }
                }
            }
            Message::OutcomeChosen(choice) => {
                let mut events = self.form.events(saved);
                events.decree_outcome = choice.0;
                (Task::none(), self.record(saved, events))
            }
            Message::OpinionChosen(choice) => {
                let mut events = self.form.events(saved);
                events.opinion = choice.0;
                (Task::none(), self.record(saved, events))
            }
            _ => (Task::none(), None),
        }
    }

    /// A 10-bis notice added, or removed (at once when empty, else once confirmed).
    fn update_notices(&mut self, message: Message, context: &Context<'_>) -> Option<Event> {
        let saved = &context.editor.application().procedure;
        match message {
            Message::AddNotice => {
                self.confirm_remove = None;
                self.form.notices += 1;
                self.apply(saved)
            }
            Message::AskRemoveNotice(index) if self.form.notice_is_empty(index) => {
                self.remove_notice(index, saved)
            }
            Message::AskRemoveNotice(index) => {
                self.confirm_remove = Some(index);
                None
            }
            Message::CancelRemoveNotice => {
                self.confirm_remove = None;
                None
            }
            Message::ConfirmRemoveNotice(index) => self.remove_notice(index, saved),
            _ => None,
        }
    }

    fn remove_notice(&mut self, index: usize, saved: &ProcedureEvents) -> Option<Event> {
        self.confirm_remove = None;
        if index >= self.form.notices {
            return None;
        }
        if self
            .picker
            .as_ref()
            .is_some_and(|p| p.path.starts_with("timeline.ten_bis_notices."))
        {
            self.picker = None;
        }
        self.form.remove_notice(index);
        let mut base = saved.clone();
        if index < base.ten_bis_notices.len() {
            base.ten_bis_notices.remove(index);
        }
        let events = self.form.events(&base);
        self.record(saved, events)
    }

    fn set_field(&mut self, key: String, value: String, saved: &ProcedureEvents) -> Option<Event> {
        date_picker::typed_into(&mut self.picker, &widget_id(&key), &value);
        self.form.values.insert(key, value);
        self.apply(saved)
    }

    /// Applies the fields to the saved events and asks the editor to store the result.
    fn apply(&mut self, saved: &ProcedureEvents) -> Option<Event> {
        let events = self.form.events(saved);
        self.record(saved, events)
    }

    /// `events` are what the fields show from now on: the editor stores them if they changed.
    fn record(&mut self, saved: &ProcedureEvents, events: ProcedureEvents) -> Option<Event> {
        self.form.shown = events.clone();
        if &events == saved {
            return None;
        }
        let value = serde_json::to_value(&events).ok()?;
        Some(Event::Edit(editor::Message::Chosen(
            "procedure".into(),
            value,
        )))
    }
}

/// Widget id of the field with this key.
pub fn widget_id(key: &str) -> String {
    format!("timeline.{key}")
}

/// The phases and deadlines of the open draft as of `today`.
pub fn procedure_timeline(editor: &Editor, today: NaiveDate) -> ProcedureTimeline {
    let application = editor.application();
    timeline(
        &application.procedure.clone().with_application(application),
        today,
    )
}
