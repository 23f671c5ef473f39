//! The procedure after the draft: the dates of its events (submission, K10 acceptance,
//! art. 10-bis notices, decree, notification, oath), the phases done / in progress / to come,
//! and the deadlines that follow, urgent ones highlighted; "Export to calendar (.ics)".
//!
//! The dates are saved with the draft (`Application::procedure`) through the editor's own
//! messages, so autosave and the portal queue see them. A date being typed that is not valid
//! yet stays in this screen (with its error) and leaves the saved value untouched; it is kept
//! per applicant while another applicant is open.

mod form;
mod view;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use chrono::NaiveDate;
use cittadinanza_core::calendar::{EventText, IcsOptions, to_ics};
use cittadinanza_core::model::ProcedureEvents;
use cittadinanza_core::model::procedure::{DecreeOutcome, Opinion};
use cittadinanza_core::rules::FieldIssue;
use cittadinanza_core::rules::deadlines::{Deadline, Timeline as ProcedureTimeline, timeline};
use cittadinanza_core::store::ApplicantId;
use iced::Task;

use crate::file_dialog::Picked;
use crate::i18n::{self, t, t_args};
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
    Exported(Result<PathBuf, UiError>),
}

/// What the screen asks of the application.
pub enum Action {
    None,
    Run(Task<Message>),
    Editor(Vec<editor::Message>),
    /// Editor messages, then this task (focus back on a field).
    EditorThen(Vec<editor::Message>, Task<Message>),
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

    /// Applies the fields to the saved events and asks the editor to store the result.
    fn apply(&mut self, saved: &ProcedureEvents) -> Action {
        let events = self.form.events(saved);
        self.form.shown = events.clone();
        changed(saved, events)
    }

    fn set_field(&mut self, key: String, value: String, saved: &ProcedureEvents) -> Action {
        date_picker::typed_into(&mut self.picker, &widget_id(&key), &value);
        self.form.values.insert(key, value);
        self.apply(saved)
    }

    pub fn update(
        &mut self,
        message: Message,
        editor: Option<&Editor>,
        today: NaiveDate,
    ) -> Action {
        let Some(editor) = editor else {
            return Action::None;
        };
        // Never write one applicant's fields into another's draft, nor dates shown before a
        // merge (e.g. a background sync while this screen is open) over the merged ones.
        self.show(editor);
        let saved = &editor.application().procedure;
        match message {
            Message::FieldChanged(key, value) => self.set_field(key, value, saved),
            Message::Calendar(key, message) => {
                let typed = self.value(&key).to_string();
                let path = widget_id(&key);
                match date_picker::update(&mut self.picker, &path, &typed, today, message) {
                    date_picker::Outcome::None => Action::None,
                    date_picker::Outcome::Focus => {
                        Action::Run(iced::widget::operation::focus(path))
                    }
                    date_picker::Outcome::Picked(text) => {
                        let focus = iced::widget::operation::focus(path);
                        match self.set_field(key, text, saved) {
                            Action::Editor(messages) => Action::EditorThen(messages, focus),
                            _ => Action::Run(focus),
                        }
                    }
                }
            }
            Message::OutcomeChosen(choice) => {
                let mut events = self.form.events(saved);
                events.decree_outcome = choice.0;
                self.form.shown = events.clone();
                changed(saved, events)
            }
            Message::OpinionChosen(choice) => {
                let mut events = self.form.events(saved);
                events.opinion = choice.0;
                self.form.shown = events.clone();
                changed(saved, events)
            }
            Message::AddNotice => {
                self.confirm_remove = None;
                self.form.notices += 1;
                self.apply(saved)
            }
            Message::AskRemoveNotice(index) if self.form.notice_is_empty(index) => {
                self.update(Message::ConfirmRemoveNotice(index), Some(editor), today)
            }
            Message::AskRemoveNotice(index) => {
                self.confirm_remove = Some(index);
                Action::None
            }
            Message::CancelRemoveNotice => {
                self.confirm_remove = None;
                Action::None
            }
            Message::ConfirmRemoveNotice(index) => {
                self.confirm_remove = None;
                if index >= self.form.notices {
                    return Action::None;
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
                self.form.shown = events.clone();
                changed(saved, events)
            }
            Message::ExportIcs => {
                let surname = editor.application().personal.surname.trim().to_lowercase();
                let name = if surname.is_empty() {
                    "cittadinanza.ics".to_string()
                } else {
                    format!("cittadinanza-{}.ics", surname.replace(' ', "-"))
                };
                let suggested = name.clone();
                Action::Run(Task::perform(
                    crate::file_dialog::save_as(name, crate::file_dialog::ICS),
                    move |picked| match picked {
                        Picked::File(path) => Message::ExportTo(Some(path)),
                        Picked::Cancelled => Message::ExportTo(None),
                        Picked::Unavailable => Message::NoSaveDialog(suggested.clone()),
                    },
                ))
            }
            Message::ExportTo(None) => Action::None,
            Message::NoSaveDialog(name) => {
                self.export_typed = Some((name, String::new()));
                Action::None
            }
            Message::ExportPathTyped(typed) => {
                if let Some((_, value)) = &mut self.export_typed {
                    *value = typed;
                }
                Action::None
            }
            Message::ExportTyped => {
                let Some((_, typed)) = self.export_typed.clone() else {
                    return Action::None;
                };
                match crate::file_dialog::valid_destination(&typed) {
                    Some(path) => {
                        self.export_typed = None;
                        self.update(Message::ExportTo(Some(path)), Some(editor), today)
                    }
                    None => {
                        self.export = Some(Err(crate::file_dialog::typed_path_error(
                            "documents-typed-destination-invalid",
                            &typed,
                        )));
                        Action::None
                    }
                }
            }
            Message::ExportTo(Some(path)) => {
                let ics = calendar_text(editor, today);
                Action::Run(Task::perform(
                    async move {
                        match tokio::fs::write(&path, ics).await {
                            Ok(()) => Ok(path),
                            Err(error) => Err(UiError {
                                id: "timeline-export-failed".into(),
                                args: vec![("detail".into(), error.to_string())],
                            }),
                        }
                    },
                    Message::Exported,
                ))
            }
            Message::Exported(result) => {
                self.export = Some(result);
                Action::None
            }
        }
    }
}

/// Widget id of the field with this key.
pub fn widget_id(key: &str) -> String {
    format!("timeline.{key}")
}

fn changed(saved: &ProcedureEvents, events: ProcedureEvents) -> Action {
    if &events == saved {
        return Action::None;
    }
    match serde_json::to_value(&events) {
        Ok(value) => Action::Editor(vec![editor::Message::Chosen("procedure".into(), value)]),
        Err(_) => Action::None,
    }
}

/// The phases and deadlines of the open draft as of `today`.
pub fn procedure_timeline(editor: &Editor, today: NaiveDate) -> ProcedureTimeline {
    let application = editor.application();
    timeline(
        &application.procedure.clone().with_application(application),
        today,
    )
}

/// The calendar file of the open draft's deadlines (not passed), in the current language.
pub fn calendar_text(editor: &Editor, today: NaiveDate) -> String {
    let application = editor.application();
    let procedure = procedure_timeline(editor, today);
    let deadlines: Vec<Deadline> = procedure.upcoming().cloned().collect();
    let name = application.display_name();
    let mut options = IcsOptions::new(
        t_args("timeline-calendar-name", &[("name", name.as_str())]),
        editor.id.to_string(),
    );
    options.language = i18n::language().code().to_string();
    to_ics(&deadlines, &options, |deadline| {
        let mut description = t_args(&deadline.description_id(), &deadline.args());
        // The event is on the safe day: say which the legal date is and where the law moves it.
        if let Some(note) = non_working_note(deadline) {
            description = format!("{description}\n{note}");
        }
        EventText {
            summary: t_args(&deadline.message_id(), &deadline.args()),
            description,
        }
    })
}

/// The translated note of a deadline whose legal date is a non-working day (legal date, the
/// day the law moves it to, the recommended safe day), or `None`.
pub fn non_working_note(deadline: &Deadline) -> Option<String> {
    let (id, args) = deadline.non_working_message()?;
    let args: Vec<(&str, String)> = args
        .into_iter()
        .map(|(name, value)| {
            if name == "day" {
                (name, t(&value))
            } else {
                (name, value)
            }
        })
        .collect();
    Some(t_args(id, &args))
}
