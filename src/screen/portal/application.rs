//! The portal screen's open application: its status, K10 number and the prefecture's
//! communications (a 10-bis answer deadline close by in red), *Submit* after a confirmation,
//! and "Associa pratica" (link an application sent earlier by a help desk).

use chrono::NaiveDate;
use cittadinanza_core::portal::{
    AssociateField, AssociateRequest, Communication, CommunicationKind, PortalError, Status,
    SubmitReceipt,
};
use iced::widget::{Column, button, column, container, text, text_input};
use iced::{Element, Length, Task, Theme};

use super::{Context, Event, Message, Open, Portal, card, date, is_offline};
use crate::i18n::{t, t_args};
use crate::store::{UiError, with_store};
use crate::widget::{identified, label, mirrored_row};

/// A 10-bis response deadline this close (or closer) is highlighted.
pub const DEADLINE_WARNING_DAYS: i64 = 7;

impl Portal {
    pub(super) fn update_application(
        &mut self,
        message: Message,
        context: &Context<'_>,
    ) -> (Task<Message>, Option<Event>) {
        let task = match message {
            Message::RefreshStatus => self.refresh_status(),
            Message::StatusPulled(id, result) => {
                match result {
                    Ok(report) => {
                        self.reports.insert(id, report);
                        self.offline = false;
                    }
                    // Never sent: nothing to show yet.
                    Err(error) if error.id == "err-portal-not-linked" => {}
                    Err(error) => {
                        self.offline = is_offline(&error);
                        self.error = Some(error);
                    }
                }
                Task::none()
            }
            Message::AskSubmit => {
                self.confirm_submit = true;
                Task::none()
            }
            Message::CancelSubmit => {
                self.confirm_submit = false;
                Task::none()
            }
            Message::ConfirmSubmit => self.submit(context),
            Message::Submitted(id, result) => {
                self.busy = false;
                match result {
                    Ok(receipt) => {
                        self.linked.insert(id);
                        self.receipt = Some((id, receipt));
                        self.error = None;
                        self.refresh_status()
                    }
                    Err(error) => {
                        self.error = Some(error);
                        Task::none()
                    }
                }
            }
            Message::AssociateChanged(field, value) => {
                self.associate_changed(field, value);
                Task::none()
            }
            Message::Associate => self.associate(context),
            Message::Associated(Ok(id)) => {
                self.busy = false;
                self.linked.insert(id);
                self.associate = AssociateRequest::default();
                self.associate_error = None;
                return (Task::none(), Some(Event::Open(id)));
            }
            Message::Associated(Err(error)) => {
                self.busy = false;
                let field = (error.id == "err-portal-associate-mismatch")
                    .then(|| {
                        error
                            .args
                            .iter()
                            .find(|(k, _)| k == "field")
                            .and_then(|(_, v)| AssociateField::from_key(v))
                    })
                    .flatten();
                self.associate_error = Some((field, error));
                Task::none()
            }
            _ => Task::none(),
        };
        (task, None)
    }

    fn submit(&mut self, context: &Context<'_>) -> Task<Message> {
        self.confirm_submit = false;
        let (Some(connection), Some(open)) = (self.connection.clone(), context.open) else {
            return Task::none();
        };
        self.busy = true;
        let id = open.id;
        let draft = open.application.clone();
        Task::perform(
            async move {
                let mut engine = connection.engine.lock().await;
                let receipt = engine.submit(&id.to_string(), &draft).await?;
                Ok(receipt)
            },
            move |result: Result<SubmitReceipt, PortalError>| {
                Message::Submitted(id, result.map_err(UiError::from))
            },
        )
    }

    fn associate_changed(&mut self, field: AssociateField, value: String) {
        let slot = match field {
            AssociateField::Surname => &mut self.associate.surname,
            AssociateField::Name => &mut self.associate.name,
            AssociateField::BirthDate => &mut self.associate.birth_date,
            AssociateField::PreviousEmail => &mut self.associate.previous_email,
            AssociateField::K10Number => &mut self.associate.k10_number,
        };
        *slot = value;
        if self
            .associate_error
            .as_ref()
            .is_some_and(|(f, _)| *f == Some(field))
        {
            self.associate_error = None;
        }
    }

    fn associate(&mut self, context: &Context<'_>) -> Task<Message> {
        let Some(portal) = self.connection.clone() else {
            return Task::none();
        };
        let request = AssociateRequest {
            surname: self.associate.surname.trim().to_string(),
            name: self.associate.name.trim().to_string(),
            birth_date: self.associate.birth_date.trim().to_string(),
            previous_email: self.associate.previous_email.trim().to_string(),
            k10_number: self.associate.k10_number.trim().to_string(),
        };
        let missing = [
            (AssociateField::Surname, &request.surname),
            (AssociateField::Name, &request.name),
            (AssociateField::BirthDate, &request.birth_date),
            (AssociateField::PreviousEmail, &request.previous_email),
            (AssociateField::K10Number, &request.k10_number),
        ]
        .into_iter()
        .find(|(_, value)| value.is_empty());
        if let Some((field, _)) = missing {
            self.associate_error = Some((Some(field), UiError::new("portal-associate-required")));
            return Task::none();
        }
        // The K10 number's format (issue 12.6); its kind (K10/C for art. 5) is checked once
        // the associated application, and so its legal basis, is known (timeline, PDFs).
        if let Err(error) = cittadinanza_core::k10::K10Number::parse(&request.k10_number) {
            self.associate_error = Some((
                Some(AssociateField::K10Number),
                UiError {
                    id: error.message_id().to_string(),
                    args: error
                        .args()
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect(),
                },
            ));
            return Task::none();
        }
        self.busy = true;
        self.associate_error = None;
        let store = context.store.clone();
        let today = context.today;
        Task::perform(
            async move {
                let record = portal
                    .client
                    .associate(&request)
                    .await
                    .map_err(UiError::from)?;
                let draft = record.draft.clone();
                let id = with_store(store, move |s| {
                    let id = s.create(&draft)?;
                    cittadinanza_core::drafts::save(s, id, &draft, today)?;
                    Ok(id)
                })
                .await?;
                portal
                    .engine
                    .lock()
                    .await
                    .link(&id.to_string(), &record)
                    .map_err(UiError::from)?;
                Ok(id)
            },
            Message::Associated,
        )
    }

    pub(super) fn view_open<'a>(
        &'a self,
        open: Open<'a>,
        today: NaiveDate,
    ) -> Element<'a, Message> {
        let name = open.application.display_name();
        let mut lines = Column::new().spacing(8).push(
            text(if name.is_empty() {
                t("portal-open-unnamed")
            } else {
                name
            })
            .size(18),
        );
        match self.reports.get(&open.id) {
            None if self.linked.contains(&open.id) => {
                lines = lines.push(label(t("portal-status-unknown")).style(text::secondary));
            }
            None => {
                lines = lines.push(label(t("portal-not-sent")).style(text::secondary));
            }
            Some(report) => {
                lines = lines.push(identified(
                    "portal-status",
                    label(t_args(
                        "portal-status-line",
                        &[(
                            "status",
                            t(&format!("portal-status-{}", report.status.key())),
                        )],
                    )),
                ));
                if let Some(k10) = &report.k10_number {
                    lines = lines.push(identified(
                        "portal-k10",
                        label(t_args("portal-k10", &[("k10", k10.as_str())])),
                    ));
                }
                if report.communications.is_empty() {
                    lines = lines.push(label(t("portal-no-communications")).style(text::secondary));
                } else {
                    lines = lines.push(text(t("portal-communications")).size(16));
                    let mut ordered: Vec<&Communication> = report.communications.iter().collect();
                    ordered.sort_by_key(|c| std::cmp::Reverse((c.date, c.id)));
                    for communication in ordered {
                        lines = lines.push(view_communication(communication, today));
                    }
                }
                // Sections still to reconcile must be settled before sending.
                let reconciling = self
                    .conflicts
                    .iter()
                    .any(|c| c.conflict.local_id == open.id.to_string());
                if report.status == Status::Draft && !reconciling {
                    lines = lines.push(self.view_submit());
                }
            }
        }
        let just_submitted = self
            .reports
            .get(&open.id)
            .is_none_or(|r| r.status == Status::Submitted);
        if let Some((id, receipt)) = &self.receipt
            && *id == open.id
            && just_submitted
        {
            lines = lines.push(identified(
                "portal-receipt",
                label(t_args(
                    "portal-submitted",
                    &[("k10", receipt.k10_number.as_str())],
                ))
                .style(text::success),
            ));
        }
        lines = lines.push(identified(
            "portal-refresh-status",
            button(text(t("portal-refresh-status")))
                .style(button::secondary)
                .on_press(Message::RefreshStatus),
        ));
        card(lines)
    }

    pub(super) fn view_submit(&self) -> Element<'_, Message> {
        if self.confirm_submit {
            column![
                label(t("portal-submit-confirm")).style(text::danger),
                mirrored_row(vec![
                    identified(
                        "portal-submit-confirm",
                        button(text(t("portal-submit-yes")))
                            .style(button::danger)
                            .on_press_maybe((!self.busy).then_some(Message::ConfirmSubmit)),
                    ),
                    button(text(t("common-cancel")))
                        .style(button::secondary)
                        .on_press(Message::CancelSubmit)
                        .into(),
                ])
                .spacing(12),
            ]
            .spacing(8)
            .into()
        } else {
            identified(
                "portal-submit",
                button(text(t("portal-submit")))
                    .on_press_maybe((!self.busy).then_some(Message::AskSubmit)),
            )
        }
    }

    pub(super) fn view_associate(&self) -> Element<'_, Message> {
        let request = &self.associate;
        let fields = [
            (
                AssociateField::Surname,
                t("portal-associate-surname"),
                &request.surname,
            ),
            (
                AssociateField::Name,
                t("portal-associate-name"),
                &request.name,
            ),
            (
                AssociateField::BirthDate,
                t("portal-associate-birth-date"),
                &request.birth_date,
            ),
            (
                AssociateField::PreviousEmail,
                t("portal-associate-previous-email"),
                &request.previous_email,
            ),
            (
                AssociateField::K10Number,
                t("portal-associate-k10"),
                &request.k10_number,
            ),
        ];
        let mut form = Column::new()
            .spacing(8)
            .push(text(t("portal-associate-title")).size(18))
            .push(
                label(t("portal-associate-help"))
                    .size(13)
                    .style(text::secondary),
            );
        for (field, caption, value) in fields {
            let wrong = self
                .associate_error
                .as_ref()
                .is_some_and(|(f, _)| *f == Some(field));
            let input = text_input("", value)
                .id(format!("associate-{}", field.key()))
                .on_input(move |v| Message::AssociateChanged(field, v))
                .padding(8)
                .style(move |theme: &Theme, status| {
                    let mut style = text_input::default(theme, status);
                    if wrong {
                        style.border.color = theme.palette().danger;
                    }
                    style
                });
            form = form.push(label(caption).size(13)).push(input);
            if wrong && let Some((_, error)) = &self.associate_error {
                form = form.push(identified(
                    "associate-error",
                    label(error.text()).size(13).style(text::danger),
                ));
            }
        }
        if let Some((None, error)) = &self.associate_error {
            form = form.push(identified(
                "associate-error",
                label(error.text()).size(13).style(text::danger),
            ));
        }
        form = form.push(identified(
            "portal-associate",
            button(text(t("portal-associate")))
                .on_press_maybe((!self.busy).then_some(Message::Associate)),
        ));
        card(form)
    }
}

fn view_communication(communication: &Communication, today: NaiveDate) -> Element<'_, Message> {
    let args: Vec<(&str, String)> = vec![
        ("date", date(communication.date)),
        (
            "days",
            communication
                .response_days
                .map(|d| d.to_string())
                .unwrap_or_default(),
        ),
        (
            "respond_by",
            communication.respond_by.map(date).unwrap_or_default(),
        ),
        (
            "appointment",
            communication.appointment_date.map(date).unwrap_or_default(),
        ),
        ("place", communication.place.clone()),
    ];
    let id = match communication.kind {
        CommunicationKind::Acceptance => "portal-comm-acceptance",
        CommunicationKind::Inadmissibility => "portal-comm-inadmissibility",
        CommunicationKind::Notice10Bis => "portal-comm-notice-10bis",
        CommunicationKind::DecreeGranted => "portal-comm-decree-granted",
        CommunicationKind::DecreeRejected => "portal-comm-decree-rejected",
        CommunicationKind::OathAppointment => "portal-comm-oath-appointment",
    };
    let mut lines = column![label(t_args(id, &args))].spacing(4);
    if !communication.text.is_empty() {
        lines = lines.push(
            label(communication.text.as_str())
                .size(13)
                .style(text::secondary),
        );
    }
    if let Some(respond_by) = communication.respond_by {
        let left = (respond_by - today).num_days();
        let days = left.to_string();
        let (message, urgent) = if left < 0 {
            (
                t_args("portal-deadline-passed", &[("date", date(respond_by))]),
                true,
            )
        } else {
            (
                t_args(
                    "portal-deadline-left",
                    &[("days", days.as_str()), ("date", &date(respond_by))],
                ),
                left <= DEADLINE_WARNING_DAYS,
            )
        };
        let line = label(message).size(13);
        lines = lines.push(identified(
            format!("portal-deadline-{}", communication.id),
            if urgent {
                line.style(text::danger)
            } else {
                line.style(text::secondary)
            },
        ));
    }
    container(lines).padding([6, 0]).width(Length::Fill).into()
}
