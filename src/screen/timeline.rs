//! The procedure after the draft: the dates of its events (submission, K10 acceptance,
//! art. 10-bis notices, decree, notification, oath), the phases done / in progress / to come,
//! and the deadlines that follow, urgent ones highlighted; "Export to calendar (.ics)".
//!
//! The dates are saved with the draft (`Application::procedure`) through the editor's own
//! messages, so autosave and the portal queue see them. A date being typed that is not valid
//! yet stays in this screen (with its error) and leaves the saved value untouched; it is kept
//! per applicant while another applicant is open.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use chrono::NaiveDate;
use cittadinanza_core::calendar::{EventText, IcsOptions, to_ics};
use cittadinanza_core::k10::K10Number;
use cittadinanza_core::model::procedure::{DecreeOutcome, Opinion, TenBisNotice};
use cittadinanza_core::model::{Application, ProcedureEvents};
use cittadinanza_core::rules::FieldIssue;
use cittadinanza_core::rules::deadlines::{
    Deadline, DeadlineKind, PhaseState, Timeline as ProcedureTimeline, format_date, timeline,
};
use cittadinanza_core::rules::eligibility::{EligibilityInput, Reason, assess};
use cittadinanza_core::rules::fields::parse_date;
use cittadinanza_core::store::ApplicantId;
use iced::widget::{Column, button, column, container, pick_list, row, scrollable, text};
use iced::{Element, Length, Task};

use crate::file_dialog::Picked;
use crate::i18n::{self, t, t_args};
use crate::screen::editor::{self, Editor};
use crate::store::UiError;
use crate::widget::date_picker::{self, DatePicker};
use crate::widget::field::text_field;
use crate::widget::{confirm_row, identified, label, mirrored_row};

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

fn date_text(date: Option<NaiveDate>) -> String {
    date.map(format_date).unwrap_or_default()
}

fn saved_date(events: &ProcedureEvents, key: &str) -> Option<NaiveDate> {
    match key {
        "draft_started" => events.draft_started,
        "planned_submission" => events.planned_submission,
        "submitted" => events.submitted,
        "submission_rejected" => events.submission_rejected,
        "accepted" => events.accepted,
        "assessment_started" => events.assessment_started,
        "prefecture_opinion" => events.prefecture_opinion,
        "decree" => events.decree,
        "inadmissible" => events.inadmissible,
        "notified" => events.notified,
        "oath" => events.oath,
        _ => None,
    }
}

fn date_slot<'e>(events: &'e mut ProcedureEvents, key: &str) -> Option<&'e mut Option<NaiveDate>> {
    match key {
        "draft_started" => Some(&mut events.draft_started),
        "planned_submission" => Some(&mut events.planned_submission),
        "submitted" => Some(&mut events.submitted),
        "submission_rejected" => Some(&mut events.submission_rejected),
        "accepted" => Some(&mut events.accepted),
        "assessment_started" => Some(&mut events.assessment_started),
        "prefecture_opinion" => Some(&mut events.prefecture_opinion),
        "decree" => Some(&mut events.decree),
        "inadmissible" => Some(&mut events.inadmissible),
        "notified" => Some(&mut events.notified),
        "oath" => Some(&mut events.oath),
        _ => None,
    }
}

impl Form {
    fn from_events(events: &ProcedureEvents) -> Form {
        let mut values = BTreeMap::new();
        for key in DATE_FIELDS {
            values.insert(key.to_string(), date_text(saved_date(events, key)));
        }
        for (index, notice) in events.ten_bis_notices.iter().enumerate() {
            values.insert(
                notice_key(index, NOTICE_RECEIVED),
                date_text(notice.received),
            );
            values.insert(
                notice_key(index, NOTICE_DAYS),
                notice
                    .response_days
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            );
            values.insert(
                notice_key(index, NOTICE_ANSWERED),
                date_text(notice.answered),
            );
        }
        Form {
            values,
            notices: events.ten_bis_notices.len(),
            errors: BTreeMap::new(),
            shown: events.clone(),
        }
    }

    fn value(&self, key: &str) -> &str {
        self.values.get(key).map_or("", String::as_str)
    }

    /// The fields of `events`, with this form's text not saved yet (fields in error) kept
    /// where the field still exists.
    fn rebased(self, events: &ProcedureEvents) -> Form {
        let mut fresh = Form::from_events(events);
        for key in self.errors.keys() {
            let exists = DATE_FIELDS.contains(&key.as_str())
                || (0..fresh.notices).any(|index| {
                    NOTICE_PARTS
                        .iter()
                        .any(|part| notice_key(index, part) == *key)
                });
            if exists {
                fresh
                    .values
                    .insert(key.clone(), self.value(key).to_string());
            }
        }
        // Invalid fields keep the saved value: this only fills the errors in.
        fresh.events(events);
        fresh.shown = events.clone();
        fresh
    }

    fn notice_is_empty(&self, index: usize) -> bool {
        NOTICE_PARTS
            .iter()
            .all(|part| self.value(&notice_key(index, part)).trim().is_empty())
    }

    /// The date typed under `key`: `Some(None)` when empty, `None` when invalid (error kept).
    fn date(&mut self, key: &str) -> Option<Option<NaiveDate>> {
        let value = self.value(key).trim().to_string();
        if value.is_empty() {
            return Some(None);
        }
        match parse_date(&value) {
            Ok(date) => Some(Some(date)),
            Err(problem) => {
                self.errors.insert(
                    key.to_string(),
                    FieldError::Date(FieldIssue {
                        field: key.to_string(),
                        problem,
                    }),
                );
                None
            }
        }
    }

    /// `saved` with every valid field applied; invalid fields keep the saved value. The notices
    /// are those shown, in order (`saved`'s notices must be in the same order).
    fn events(&mut self, saved: &ProcedureEvents) -> ProcedureEvents {
        let mut events = saved.clone();
        self.errors.clear();
        for key in DATE_FIELDS {
            if let (Some(date), Some(slot)) = (self.date(key), date_slot(&mut events, key)) {
                *slot = date;
            }
        }
        let mut notices = Vec::with_capacity(self.notices);
        for index in 0..self.notices {
            let mut notice = saved
                .ten_bis_notices
                .get(index)
                .cloned()
                .unwrap_or_default();
            if let Some(date) = self.date(&notice_key(index, NOTICE_RECEIVED)) {
                notice.received = date;
            }
            if let Some(date) = self.date(&notice_key(index, NOTICE_ANSWERED)) {
                notice.answered = date;
            }
            let days_key = notice_key(index, NOTICE_DAYS);
            let days = self.value(&days_key).trim().to_string();
            if days.is_empty() {
                notice.response_days = None;
            } else {
                match days.parse::<u32>() {
                    Ok(days) if (1..=365).contains(&days) => notice.response_days = Some(days),
                    _ => {
                        self.errors.insert(days_key, FieldError::Days);
                    }
                }
            }
            notices.push(notice);
        }
        events.ten_bis_notices = notices;
        events
    }

    /// Drops the notice at `index`, moving the later ones up.
    fn remove_notice(&mut self, index: usize) {
        if index >= self.notices {
            return;
        }
        for later in index..self.notices {
            for part in NOTICE_PARTS {
                match self.values.remove(&notice_key(later + 1, part)) {
                    Some(value) => self.values.insert(notice_key(later, part), value),
                    None => self.values.remove(&notice_key(later, part)),
                };
            }
        }
        self.notices -= 1;
    }
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

    pub fn view<'a>(
        &'a self,
        editor: Option<&'a Editor>,
        today: NaiveDate,
    ) -> Element<'a, Message> {
        let Some(editor) = editor else {
            return container(text(t("timeline-no-applicant")))
                .padding(24)
                .into();
        };
        let application = editor.application();
        let procedure = procedure_timeline(editor, today);
        let mut content = Column::new()
            .spacing(20)
            .padding(24)
            .max_width(900)
            .push(text(t("timeline-title")).size(24))
            .push(label(t("timeline-intro")).size(14));

        for (id, warning) in procedure_warnings(application, today) {
            content = content.push(identified(id, label(warning).size(14).style(text::danger)));
        }

        // Deadlines first: they are what the user must act on.
        let mut deadlines = Column::new()
            .spacing(10)
            .push(text(t("timeline-deadlines")).size(18));
        let shown: Vec<&Deadline> = procedure.upcoming().collect();
        if shown.is_empty() {
            deadlines = deadlines.push(label(t("timeline-no-deadlines")).size(14));
        }
        for deadline in shown {
            deadlines = deadlines.push(view_deadline(deadline));
        }
        content = content.push(deadlines);

        let mut phases = Column::new()
            .spacing(6)
            .push(text(t("timeline-phases")).size(18));
        for phase in &procedure.phases {
            let marker = match phase.state {
                PhaseState::Done => "✓",
                PhaseState::Current => "▶",
                PhaseState::Future => "○",
            };
            let state = t(&format!("phase-state-{}", phase.state.key()));
            let date = phase.date.map(format_date).unwrap_or_default();
            let line = text(format!(
                "{marker}  {} — {state} {date}",
                t(&phase.phase.message_id())
            ))
            .size(15);
            let line = match phase.state {
                PhaseState::Current => line.style(text::primary),
                PhaseState::Done => line,
                PhaseState::Future => line.style(text::secondary),
            };
            phases = phases.push(identified(
                format!("phase:{}", phase.phase.key()),
                container(line),
            ));
        }
        content = content.push(phases);

        let mut form = Column::new()
            .spacing(10)
            .push(text(t("timeline-events")).size(18));
        for key in DATE_FIELDS {
            form = form.push(self.date_input(key, date_label(key), today));
            if key == "assessment_started" {
                form = form.push(self.view_notices(&procedure, today));
            }
            if key == "prefecture_opinion" {
                form = form.push(outcome_choice(
                    t("timeline-field-opinion-outcome"),
                    "timeline.opinion",
                    [None, Some(Opinion::Favourable), Some(Opinion::Unfavourable)]
                        .map(OpinionChoice),
                    OpinionChoice(application.procedure.opinion),
                    Message::OpinionChosen,
                ));
            }
            if key == "decree" {
                form = form.push(outcome_choice(
                    t("timeline-field-decree-outcome"),
                    "timeline.decree_outcome",
                    [
                        None,
                        Some(DecreeOutcome::Granted),
                        Some(DecreeOutcome::Rejected),
                    ]
                    .map(OutcomeChoice),
                    OutcomeChoice(application.procedure.decree_outcome),
                    Message::OutcomeChosen,
                ));
            }
        }
        content = content.push(form);

        let mut export = Column::new().spacing(6).push(identified(
            "timeline-export",
            button(text(t("timeline-export-ics"))).on_press(Message::ExportIcs),
        ));
        match &self.export {
            Some(Ok(path)) => {
                export = export.push(label(t_args(
                    "timeline-exported",
                    &[("path", path.display().to_string())],
                )))
            }
            Some(Err(error)) => {
                export = export.push(label(error.text()).style(text::danger));
            }
            None => {}
        }
        if let Some((name, typed)) = &self.export_typed {
            export = export.push(crate::file_dialog::save_path_row(
                "timeline-export-path",
                name,
                typed,
                Message::ExportPathTyped,
                "timeline-export-typed",
                Message::ExportTyped,
            ));
        }
        content = content.push(export);
        scrollable(content).height(Length::Fill).into()
    }

    /// The 10-bis notices, each in its own box with its deadline, and "Add a notice".
    fn view_notices<'a>(
        &'a self,
        procedure: &ProcedureTimeline,
        today: NaiveDate,
    ) -> Element<'a, Message> {
        let mut notices = Column::new().spacing(10);
        for index in 0..self.form.notices {
            let number = (index + 1).to_string();
            let title = text(t_args(
                "timeline-notice-title",
                &[("number", number.as_str())],
            ))
            .size(16)
            .width(Length::Fill);
            let mut card = Column::new().spacing(10).push(
                mirrored_row(vec![
                    title.into(),
                    identified(
                        format!("timeline-remove-notice:{index}"),
                        button(text(t("timeline-notice-remove")))
                            .style(button::secondary)
                            .on_press(Message::AskRemoveNotice(index)),
                    ),
                ])
                .spacing(10),
            );
            if self.confirm_remove == Some(index) {
                card = card.push(confirm_row(
                    t_args(
                        "timeline-notice-confirm-remove",
                        &[("number", number.as_str())],
                    ),
                    format!("timeline-confirm-remove-notice:{index}"),
                    t("timeline-notice-remove-confirm"),
                    button::danger,
                    Message::ConfirmRemoveNotice(index),
                    Message::CancelRemoveNotice,
                ));
            }
            card = card
                .push(self.date_input(
                    &notice_key(index, NOTICE_RECEIVED),
                    t("timeline-field-ten-bis-received"),
                    today,
                ))
                .push(self.days_input(index))
                .push(self.date_input(
                    &notice_key(index, NOTICE_ANSWERED),
                    t("timeline-field-ten-bis-answered"),
                    today,
                ))
                .push(self.notice_deadline(index, procedure));
            notices = notices.push(
                container(card)
                    .padding(12)
                    .width(Length::Fill)
                    .style(container::bordered_box),
            );
        }
        notices = notices.push(identified(
            "timeline-add-notice",
            button(text(t("timeline-notice-add")))
                .style(button::secondary)
                .on_press(Message::AddNotice),
        ));
        notices.into()
    }

    /// The answer deadline of notice `index`, or why there is none.
    fn notice_deadline<'a>(
        &self,
        index: usize,
        procedure: &ProcedureTimeline,
    ) -> Element<'a, Message> {
        let subject = (index + 1).to_string();
        let deadline = procedure.deadlines.iter().find(|d| {
            d.kind == DeadlineKind::TenBisResponse && d.subject.as_deref() == Some(subject.as_str())
        });
        let notice = self.form.shown.ten_bis_notices.get(index);
        let line = match (deadline, notice) {
            (Some(deadline), _) => {
                let (days_id, days_args) = deadline.days_left_message();
                let line = text(t_args(
                    "timeline-notice-due",
                    &[
                        ("date", format_date(deadline.due)),
                        ("left", t_args(days_id, &days_args)),
                    ],
                ))
                .size(14);
                if deadline.urgent || deadline.is_past() {
                    line.style(text::danger)
                } else {
                    line
                }
            }
            (
                None,
                Some(TenBisNotice {
                    answered: Some(answered),
                    ..
                }),
            ) => text(t_args(
                "timeline-notice-answered",
                &[("date", format_date(*answered))],
            ))
            .size(14)
            .style(text::success),
            (None, Some(TenBisNotice { received: None, .. }) | None) => {
                text(t("timeline-notice-no-date"))
                    .size(14)
                    .style(text::secondary)
            }
            (None, Some(_)) => text(t("timeline-notice-decided"))
                .size(14)
                .style(text::secondary),
        };
        identified(format!("timeline.{}", notice_key(index, "deadline")), line)
    }

    fn date_input(&self, key: &str, label_text: String, today: NaiveDate) -> Element<'_, Message> {
        let issue = match self.form.errors.get(key) {
            Some(FieldError::Date(issue)) => Some(issue),
            _ => None,
        };
        let input_key = key.to_string();
        let calendar_key = key.to_string();
        date_picker::date_field(
            &widget_id(key),
            label_text,
            self.value(key),
            issue,
            self.picker.as_ref(),
            today,
            move |value| Message::FieldChanged(input_key.clone(), value),
            move |message| Message::Calendar(calendar_key.clone(), message),
        )
    }

    fn days_input(&self, index: usize) -> Element<'_, Message> {
        let key = notice_key(index, NOTICE_DAYS);
        let field = text_field(
            &widget_id(&key),
            t("timeline-field-ten-bis-days"),
            "10",
            self.value(&key),
            None,
            {
                let key = key.clone();
                move |value| Message::FieldChanged(key.clone(), value)
            },
        );
        match self.form.errors.get(&key) {
            Some(error) => column![
                field,
                identified(
                    format!("{}.error", widget_id(&key)),
                    label(error.text()).size(13).style(text::danger)
                )
            ]
            .spacing(2)
            .into(),
            None => field,
        }
    }
}

/// Widget id of the field with this key.
pub fn widget_id(key: &str) -> String {
    format!("timeline.{key}")
}

/// A labelled pick list of the two outcomes of a step (opinion, decree), with widget id `id`.
fn outcome_choice<'a, T>(
    title: String,
    id: &'static str,
    options: [T; 3],
    selected: T,
    on_select: fn(T) -> Message,
) -> Element<'a, Message>
where
    T: std::fmt::Display + PartialEq + Clone + 'a,
{
    column![
        label(title).size(14),
        identified(id, pick_list(options, Some(selected), on_select).padding(8)),
    ]
    .spacing(4)
    .into()
}

fn date_label(key: &str) -> String {
    match key {
        "draft_started" => t("timeline-field-draft-started"),
        "planned_submission" => t("timeline-field-planned-submission"),
        "submitted" => t("timeline-field-submitted"),
        "submission_rejected" => t("timeline-field-submission-rejected"),
        "accepted" => t("timeline-field-accepted"),
        "assessment_started" => t("timeline-field-assessment-started"),
        "prefecture_opinion" => t("timeline-field-prefecture-opinion"),
        "decree" => t("timeline-field-decree"),
        "inadmissible" => t("timeline-field-inadmissible"),
        "notified" => t("timeline-field-notified"),
        _ => t("timeline-field-oath"),
    }
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

/// What the timeline must warn about from the application's own data: marriage events while
/// the application is pending (art. 5), and a K10 number that does not fit the legal basis.
fn procedure_warnings(application: &Application, today: NaiveDate) -> Vec<(String, String)> {
    let mut warnings = Vec::new();
    if application.procedure.submitted.is_some() {
        let assessment = assess(&EligibilityInput::from_application(application), today);
        for reason in &assessment.reasons {
            if matches!(reason, Reason::MarriageEventWhilePending { .. }) {
                warnings.push((
                    "timeline-warning:marriage".to_string(),
                    t_args(reason.message_id(), &reason.args()),
                ));
            }
        }
    }
    let k10 = if application.procedure.k10_number.trim().is_empty() {
        application.k10_number.trim()
    } else {
        application.procedure.k10_number.trim()
    };
    if !k10.is_empty()
        && let Err(error) = K10Number::parse_for(k10, application.legal_basis.basis)
    {
        warnings.push((
            "timeline-warning:k10".to_string(),
            t_args(
                "timeline-k10-invalid",
                &[
                    ("number", k10.to_string()),
                    ("error", t_args(error.message_id(), &error.args())),
                ],
            ),
        ));
    }
    warnings
}

fn view_deadline<'a>(deadline: &Deadline) -> Element<'a, Message> {
    let (days_id, days_args) = deadline.days_left_message();
    let title = t_args(&deadline.message_id(), &deadline.args());
    let when = format!(
        "{} ({})",
        format_date(deadline.due),
        t_args(days_id, &days_args)
    );
    let mut header = row![text(title).size(16).width(Length::Fill)].spacing(12);
    if deadline.urgent {
        header = header.push(identified(
            format!("urgent:{}", deadline.key()),
            text(t("deadline-urgent")).size(14).style(text::danger),
        ));
    }
    let when = if deadline.urgent {
        text(when).size(14).style(text::danger)
    } else {
        text(when).size(14)
    };
    let mut body = column![header, when].spacing(4);
    if let Some(note) = non_working_note(deadline) {
        body = body.push(identified(
            format!("non-working:{}", deadline.key()),
            label(note).size(14).style(text::warning),
        ));
    }
    body = body.push(label(t_args(&deadline.description_id(), &deadline.args())).size(13));
    let card = container(body)
        .padding(12)
        .width(Length::Fill)
        .style(container::bordered_box);
    identified(format!("deadline:{}", deadline.key()), card)
}
