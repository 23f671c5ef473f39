//! What the procedure screen shows: the dates to type, each 10-bis notice with its answer
//! deadline, the phases and the next deadlines.

use chrono::NaiveDate;
use cittadinanza_core::k10::K10Number;
use cittadinanza_core::model::Application;
use cittadinanza_core::model::procedure::{DecreeOutcome, Opinion, TenBisNotice};
use cittadinanza_core::rules::deadlines::{
    Deadline, DeadlineKind, PhaseState, Timeline as ProcedureTimeline, format_date,
};
use cittadinanza_core::rules::eligibility::{EligibilityInput, Reason, assess};
use iced::widget::{Column, button, column, container, pick_list, row, scrollable, text};
use iced::{Element, Length};

use crate::i18n::{t, t_args};
use crate::screen::editor::Editor;
use crate::widget::date_picker::{self};
use crate::widget::field::text_field;
use crate::widget::{confirm_row, identified, label, mirrored_row};

use super::{
    DATE_FIELDS, FieldError, Message, NOTICE_ANSWERED, NOTICE_DAYS, NOTICE_RECEIVED, OpinionChoice,
    OutcomeChoice, Timeline, non_working_note, notice_key, procedure_timeline, widget_id,
};

impl Timeline {
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
        let content = content
            .push(view_deadlines(&procedure))
            .push(view_phases(&procedure))
            .push(self.view_events(application, &procedure, today))
            .push(self.view_export());
        scrollable(content).height(Length::Fill).into()
    }

    /// The form of the procedure's events: the dates, the notices after the start of the
    /// assessment, the opinion's and the decree's outcomes after their dates.
    fn view_events<'a>(
        &'a self,
        application: &Application,
        procedure: &ProcedureTimeline,
        today: NaiveDate,
    ) -> Element<'a, Message> {
        let mut form = Column::new()
            .spacing(10)
            .push(text(t("timeline-events")).size(18));
        for key in DATE_FIELDS {
            form = form.push(self.date_input(key, date_label(key), today));
            if key == "assessment_started" {
                form = form.push(self.view_notices(procedure, today));
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
        form.into()
    }

    /// "Export to calendar (.ics)", where the file went or why not, and the typed destination
    /// when no save dialog could be shown.
    fn view_export(&self) -> Element<'_, Message> {
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
        export.into()
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

/// The deadlines not passed yet, urgent ones highlighted.
fn view_deadlines<'a>(procedure: &ProcedureTimeline) -> Element<'a, Message> {
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
    deadlines.into()
}

/// The phases: done, in progress, to come.
fn view_phases<'a>(procedure: &ProcedureTimeline) -> Element<'a, Message> {
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
    phases.into()
}
