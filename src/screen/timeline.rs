//! The procedure after the draft: the dates of its events (submission, K10 acceptance,
//! art. 10-bis notice, decree, notification, oath), the phases done / in progress / to come,
//! and the deadlines that follow, urgent ones highlighted; "Export to calendar (.ics)".
//!
//! The dates are saved with the draft (`Application::procedure`) through the editor's own
//! messages, so autosave and the portal queue see them. A date being typed that is not valid
//! yet stays in this screen (with its error) and leaves the saved value untouched.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::NaiveDate;
use cittadinanza_core::calendar::{EventText, IcsOptions, to_ics};
use cittadinanza_core::model::ProcedureEvents;
use cittadinanza_core::model::procedure::{DecreeOutcome, TenBisNotice};
use cittadinanza_core::rules::deadlines::{
    Deadline, PhaseState, Timeline as ProcedureTimeline, format_date, timeline,
};
use cittadinanza_core::rules::fields::parse_date;
use cittadinanza_core::store::ApplicantId;
use iced::widget::{Column, button, column, container, pick_list, row, scrollable, text};
use iced::{Element, Length, Task};

use crate::i18n::{self, t, t_args};
use crate::screen::editor::{self, Editor};
use crate::store::UiError;
use crate::widget::field::{date_placeholder, text_field};
use crate::widget::{identified, label};

/// The event dates the screen edits, by key (widget id `timeline.<key>`).
pub const DATE_FIELDS: [&str; 9] = [
    "submitted",
    "accepted",
    "ten_bis_received",
    "ten_bis_answered",
    "prefecture_opinion",
    "decree",
    "inadmissible",
    "notified",
    "oath",
];

/// Key of the 10-bis notice's answer days field.
pub const TEN_BIS_DAYS: &str = "ten_bis_days";

#[derive(Debug, Clone)]
pub enum Message {
    FieldChanged(&'static str, String),
    OutcomeChosen(OutcomeChoice),
    ExportIcs,
    /// The save dialog's answer (`None` = cancelled).
    ExportTo(Option<PathBuf>),
    Exported(Result<PathBuf, UiError>),
}

/// What the screen asks of the application.
pub enum Action {
    None,
    Run(Task<Message>),
    Editor(Vec<editor::Message>),
}

/// The decree's outcome as shown in the pick list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutcomeChoice(pub DecreeOutcome);

impl std::fmt::Display for OutcomeChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self.0 {
            DecreeOutcome::Granted => t("timeline-outcome-granted"),
            DecreeOutcome::Rejected => t("timeline-outcome-rejected"),
        };
        f.write_str(&text)
    }
}

#[derive(Debug, Default)]
pub struct Timeline {
    /// The applicant whose dates the fields show.
    pub filled_from: Option<ApplicantId>,
    values: BTreeMap<&'static str, String>,
    errors: BTreeMap<&'static str, UiError>,
    export: Option<Result<PathBuf, UiError>>,
    /// The events the fields were filled from or last saved.
    shown: ProcedureEvents,
}

fn date_text(date: Option<NaiveDate>) -> String {
    date.map(format_date).unwrap_or_default()
}

impl Timeline {
    /// The fields filled in from the open draft.
    pub fn from_editor(editor: &Editor) -> Timeline {
        let events = &editor.application().procedure;
        let notice = events.ten_bis_notices.first().cloned().unwrap_or_default();
        let mut values = BTreeMap::new();
        for (key, date) in [
            ("submitted", events.submitted),
            ("accepted", events.accepted),
            ("ten_bis_received", notice.received),
            ("ten_bis_answered", notice.answered),
            ("prefecture_opinion", events.prefecture_opinion),
            ("decree", events.decree),
            ("inadmissible", events.inadmissible),
            ("notified", events.notified),
            ("oath", events.oath),
        ] {
            values.insert(key, date_text(date));
        }
        values.insert(
            TEN_BIS_DAYS,
            notice
                .response_days
                .map(|d| d.to_string())
                .unwrap_or_default(),
        );
        Timeline {
            filled_from: Some(editor.id),
            values,
            errors: BTreeMap::new(),
            export: None,
            shown: events.clone(),
        }
    }

    /// Whether the fields no longer show the open draft: another applicant, or dates changed
    /// elsewhere (e.g. merged from the portal) while nothing invalid is being typed here.
    pub fn is_stale(&self, editor: &Editor) -> bool {
        self.filled_from != Some(editor.id)
            || (self.errors.is_empty() && self.shown != editor.application().procedure)
    }

    pub fn value(&self, key: &str) -> &str {
        self.values.get(key).map_or("", String::as_str)
    }

    /// The events with every valid field applied; invalid fields keep the saved value.
    fn events(&mut self, saved: &ProcedureEvents) -> ProcedureEvents {
        let mut events = saved.clone();
        self.errors.clear();
        let mut dates: BTreeMap<&'static str, Option<NaiveDate>> = BTreeMap::new();
        for key in DATE_FIELDS {
            let value = self.value(key).trim().to_string();
            if value.is_empty() {
                dates.insert(key, None);
                continue;
            }
            match parse_date(&value) {
                Ok(date) => {
                    dates.insert(key, Some(date));
                }
                Err(problem) => {
                    let mut error = UiError::new(problem.message_id());
                    error.args = problem
                        .args()
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect();
                    self.errors.insert(key, error);
                }
            }
        }
        let set = |key: &str, slot: &mut Option<NaiveDate>| {
            if let Some(date) = dates.get(key) {
                *slot = *date;
            }
        };
        set("submitted", &mut events.submitted);
        set("accepted", &mut events.accepted);
        set("prefecture_opinion", &mut events.prefecture_opinion);
        set("decree", &mut events.decree);
        set("inadmissible", &mut events.inadmissible);
        set("notified", &mut events.notified);
        set("oath", &mut events.oath);
        let mut notice = events.ten_bis_notices.first().cloned().unwrap_or_default();
        set("ten_bis_received", &mut notice.received);
        set("ten_bis_answered", &mut notice.answered);
        let days = self.value(TEN_BIS_DAYS).trim().to_string();
        if days.is_empty() {
            notice.response_days = None;
        } else {
            match days.parse::<u32>() {
                Ok(days) if (1..=365).contains(&days) => notice.response_days = Some(days),
                _ => {
                    self.errors
                        .insert(TEN_BIS_DAYS, UiError::new("timeline-days-invalid"));
                }
            }
        }
        let empty = notice == TenBisNotice::default();
        match (events.ten_bis_notices.is_empty(), empty) {
            (true, true) => {}
            (true, false) => events.ten_bis_notices.push(notice),
            (false, _) => events.ten_bis_notices[0] = notice,
        }
        if events.ten_bis_notices.len() == 1 && events.ten_bis_notices[0] == TenBisNotice::default()
        {
            events.ten_bis_notices.clear();
        }
        if events.decree.is_none() && events.decree_outcome.is_none() {
            events.decree_outcome = None;
        }
        events
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
        let saved = &editor.application().procedure;
        match message {
            Message::FieldChanged(key, value) => {
                self.values.insert(key, value);
                let events = self.events(saved);
                self.shown = events.clone();
                changed(saved, events)
            }
            Message::OutcomeChosen(choice) => {
                let mut events = self.events(saved);
                events.decree_outcome = Some(choice.0);
                self.shown = events.clone();
                changed(saved, events)
            }
            Message::ExportIcs => {
                let surname = editor.application().personal.surname.trim().to_lowercase();
                let name = if surname.is_empty() {
                    "cittadinanza.ics".to_string()
                } else {
                    format!("cittadinanza-{}.ics", surname.replace(' ', "-"))
                };
                Action::Run(Task::perform(
                    async move {
                        rfd::AsyncFileDialog::new()
                            .add_filter("iCalendar", &["ics"])
                            .set_file_name(name)
                            .save_file()
                            .await
                            .map(|handle| handle.path().to_path_buf())
                    },
                    Message::ExportTo,
                ))
            }
            Message::ExportTo(None) => Action::None,
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
            form = form.push(self.date_input(key));
            if key == "ten_bis_received" {
                form = form.push(self.input(
                    TEN_BIS_DAYS,
                    t("timeline-field-ten-bis-days"),
                    "10".to_string(),
                ));
            }
            if key == "decree" {
                let options = vec![
                    OutcomeChoice(DecreeOutcome::Granted),
                    OutcomeChoice(DecreeOutcome::Rejected),
                ];
                let selected = application.procedure.decree_outcome.map(OutcomeChoice);
                form = form.push(
                    column![
                        label(t("timeline-field-decree-outcome")).size(14),
                        identified(
                            "timeline.decree_outcome",
                            pick_list(options, selected, Message::OutcomeChosen).padding(8),
                        ),
                    ]
                    .spacing(4),
                );
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
        content = content.push(export);
        scrollable(content).height(Length::Fill).into()
    }

    fn date_input(&self, key: &'static str) -> Element<'_, Message> {
        let label_id = match key {
            "submitted" => "timeline-field-submitted",
            "accepted" => "timeline-field-accepted",
            "ten_bis_received" => "timeline-field-ten-bis-received",
            "ten_bis_answered" => "timeline-field-ten-bis-answered",
            "prefecture_opinion" => "timeline-field-prefecture-opinion",
            "decree" => "timeline-field-decree",
            "inadmissible" => "timeline-field-inadmissible",
            "notified" => "timeline-field-notified",
            _ => "timeline-field-oath",
        };
        self.input(key, t(label_id), date_placeholder())
    }

    fn input(
        &self,
        key: &'static str,
        label_text: String,
        placeholder: String,
    ) -> Element<'_, Message> {
        let field = text_field(
            &format!("timeline.{key}"),
            label_text,
            &placeholder,
            self.value(key),
            None,
            move |value| Message::FieldChanged(key, value),
        );
        match self.errors.get(key) {
            Some(error) => column![
                field,
                identified(
                    format!("timeline.{key}.error"),
                    label(error.text()).size(13).style(text::danger)
                )
            ]
            .spacing(2)
            .into(),
            None => field,
        }
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
    to_ics(&deadlines, &options, |deadline| EventText {
        summary: t_args(&deadline.message_id(), &deadline.args()),
        description: t_args(&deadline.description_id(), &deadline.args()),
    })
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
    let card = container(
        column![
            header,
            when,
            label(t_args(&deadline.description_id(), &deadline.args())).size(13),
        ]
        .spacing(4),
    )
    .padding(12)
    .width(Length::Fill)
    .style(container::bordered_box);
    identified(format!("deadline:{}", deadline.key()), card)
}
