//! The portal screen's conflicts: the sections (and procedure dates) changed both here and on
//! the portal, each field named and valued as the editor shows it (mine / the portal's), the
//! user's choice per section, and the resolution sent.

use chrono::NaiveDate;
use cittadinanza_core::model::SectionId;
use cittadinanza_core::portal::run::{self, ResolveError};
use cittadinanza_core::portal::{DraftPart, Resolution};
use cittadinanza_core::store::ApplicantId;
use iced::widget::{Column, button, column, rule, text};
use iced::{Element, Task, Theme};
use serde_json::Value;

use super::{Context, Event, Message, PendingConflict, Portal, card, date, store_drafts};
use crate::i18n::{self, t, t_args};
use crate::screen::editor::form::{self, Item, Kind};
use crate::store::{UiError, with_store};
use crate::widget::{identified, label, mirrored_row};

impl Portal {
    pub(super) fn update_conflict(
        &mut self,
        message: Message,
        context: &Context<'_>,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Reloaded(Ok((id, application))) => {
                (Task::none(), Some(Event::Merged(vec![(id, *application)])))
            }
            Message::Reloaded(Err(error)) => {
                self.error = Some(error);
                (Task::none(), None)
            }
            Message::Choose(index, section, resolution) => {
                if let Some(pending) = self.conflicts.get_mut(index) {
                    pending.choices.insert(section, resolution);
                }
                (Task::none(), None)
            }
            Message::ApplyResolution(index) => (self.apply_resolution(index, context), None),
            Message::Resolved(index, Ok(id)) => {
                if index < self.conflicts.len() {
                    self.conflicts.remove(index);
                }
                self.error = None;
                // The store now holds the resolved draft: reload it, then sync the rest.
                let store = context.store.clone();
                let sync = self.sync_now(context);
                let reload = Task::perform(with_store(store, move |s| s.load(id)), move |result| {
                    Message::Reloaded(result.map(|a| (id, Box::new(a))))
                });
                (Task::batch([reload, sync]), None)
            }
            Message::Resolved(index, Err(error)) => {
                if let Some(pending) = self.conflicts.get_mut(index) {
                    pending.applying = false;
                }
                self.error = Some(error);
                (Task::none(), None)
            }
            _ => (Task::none(), None),
        }
    }

    pub(super) fn apply_resolution(
        &mut self,
        index: usize,
        context: &Context<'_>,
    ) -> Task<Message> {
        let Some(connection) = self.connection.clone() else {
            return Task::none();
        };
        let Some(pending) = self.conflicts.get_mut(index) else {
            return Task::none();
        };
        if pending.applying
            || pending
                .conflict
                .sections
                .iter()
                .any(|s| !pending.choices.contains_key(&s.section))
        {
            return Task::none();
        }
        pending.applying = true;
        let conflict = pending.conflict.clone();
        let choices = pending.choices.clone();
        let drafts = store_drafts(context.store.clone());
        let today = context.today;
        Task::perform(
            async move {
                let id: ApplicantId = conflict
                    .local_id
                    .parse()
                    .map_err(|_| UiError::new("error-internal"))?;
                // What was saved here since the conflict was found stays (and is queued).
                run::resolve(&connection.engine, &drafts, &conflict, &choices, today)
                    .await
                    .map_err(|error| match error {
                        ResolveError::Portal(error) => UiError::from(error),
                        ResolveError::Store(error) => UiError::from(error),
                    })?;
                Ok(id)
            },
            move |result| Message::Resolved(index, result),
        )
    }
}

pub(super) fn view_conflict(index: usize, pending: &PendingConflict) -> Element<'_, Message> {
    let conflict = &pending.conflict;
    let name = conflict.merged.display_name();
    let mut lines = Column::new()
        .spacing(10)
        .push(text(t_args("portal-conflict-title", &[("name", name.as_str())])).size(18))
        .push(
            label(t("portal-conflict-help"))
                .size(13)
                .style(text::secondary),
        );
    for section in &conflict.sections {
        let key = section.section.key();
        let chosen = pending.choices.get(&section.section).copied();
        let choice = |resolution: Resolution, caption: String, suffix: &str| {
            let selected = chosen == Some(resolution);
            identified(
                format!("conflict-{index}-{key}-{suffix}"),
                button(text(caption))
                    .style(move |theme: &Theme, status| {
                        if selected {
                            button::primary(theme, status)
                        } else {
                            button::secondary(theme, status)
                        }
                    })
                    .on_press(Message::Choose(index, section.section, resolution)),
            )
        };
        let differences = differences(&section.local, &section.remote);
        let mut details = Column::new().spacing(2);
        for (path, mine, theirs) in differences.iter().take(12) {
            details = details.push(
                label(t_args(
                    "portal-conflict-field",
                    &[
                        ("field", field_label(section.section, path)),
                        ("mine", field_value(section.section, path, mine)),
                        ("theirs", field_value(section.section, path, theirs)),
                    ],
                ))
                .size(13),
            );
        }
        if differences.len() > 12 {
            details = details.push(
                label(t_args(
                    "portal-conflict-more",
                    &[("count", (differences.len() - 12).to_string())],
                ))
                .size(13),
            );
        }
        lines = lines.push(rule::horizontal(1)).push(
            column![
                text(part_label(section.section)).size(16),
                details,
                mirrored_row(vec![
                    choice(Resolution::KeepMine, t("portal-conflict-keep-mine"), "mine"),
                    choice(
                        Resolution::TakeTheirs,
                        t("portal-conflict-take-theirs"),
                        "theirs"
                    ),
                ])
                .spacing(12),
            ]
            .spacing(6),
        );
    }
    let ready = !pending.applying
        && conflict
            .sections
            .iter()
            .all(|s| pending.choices.contains_key(&s.section));
    lines = lines.push(identified(
        format!("conflict-{index}-apply"),
        button(text(t("portal-conflict-apply")))
            .on_press_maybe(ready.then_some(Message::ApplyResolution(index))),
    ));
    card(lines)
}

/// The fields that differ between two JSON values: `(path, mine, theirs)`; paths are
/// relative (`periods.2.from`, list positions from 1), values as in the JSON.
pub fn differences(mine: &Value, theirs: &Value) -> Vec<(String, Value, Value)> {
    let mut out = Vec::new();
    collect_differences("", mine, theirs, &mut out);
    out
}

fn collect_differences(
    path: &str,
    mine: &Value,
    theirs: &Value,
    out: &mut Vec<(String, Value, Value)>,
) {
    if mine == theirs {
        return;
    }
    let join = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    match (mine, theirs) {
        (Value::Object(a), Value::Object(b)) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            keys.sort();
            keys.dedup();
            for key in keys {
                collect_differences(
                    &join(key),
                    a.get(key.as_str()).unwrap_or(&Value::Null),
                    b.get(key.as_str()).unwrap_or(&Value::Null),
                    out,
                );
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (index, (x, y)) in a.iter().zip(b).enumerate() {
                collect_differences(&join(&(index + 1).to_string()), x, y, out);
            }
        }
        _ => out.push((path.to_string(), mine.clone(), theirs.clone())),
    }
}

fn readable(value: &Value) -> String {
    match value {
        Value::Null => "—".into(),
        Value::String(s) if s.is_empty() => "—".into(),
        Value::String(s) => s.clone(),
        Value::Bool(true) => t("portal-value-yes"),
        Value::Bool(false) => t("portal-value-no"),
        Value::Number(n) => n.to_string(),
        Value::Array(items) if items.is_empty() => "—".into(),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(readable).collect();
            parts.join("; ")
        }
        // A record of a list (a residence period, an attached document): its filled-in texts.
        Value::Object(fields) => {
            if let Some(Value::String(name)) = fields.get("original_name") {
                return name.clone();
            }
            let parts: Vec<String> = fields
                .values()
                .filter(|v| !matches!(v, Value::Object(_) | Value::Array(_)))
                .map(readable)
                .filter(|text| text != "—")
                .collect();
            if parts.is_empty() {
                "—".into()
            } else {
                parts.join(" ")
            }
        }
    }
}

/// The translated name of a part of the draft.
pub fn part_label(part: DraftPart) -> String {
    match part {
        DraftPart::Section(section) => t(&form::section_label_id(section)),
        DraftPart::Procedure => t("timeline-events"),
    }
}

/// The translated name of the field at `path` inside `part`, as the editor (or the timeline
/// screen) labels it; list positions are kept (`periods.2.from` -> "Periods 2 · From").
pub fn field_label(part: DraftPart, path: &str) -> String {
    let mut pieces: Vec<String> = Vec::new();
    let mut prefix = part.key().to_string();
    let mut unlabelled: Vec<&str> = Vec::new();
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        if segment.parse::<usize>().is_ok() {
            match pieces.last_mut() {
                Some(last) if unlabelled.is_empty() => {
                    last.push(' ');
                    last.push_str(segment);
                }
                _ => unlabelled.push(segment),
            }
            continue;
        }
        prefix.push('.');
        prefix.push_str(segment);
        match field_label_id(part, &prefix, segment) {
            Some(id) => {
                pieces.push(t(&id));
                unlabelled.clear();
            }
            None => unlabelled.push(segment),
        }
    }
    if !unlabelled.is_empty() {
        pieces.push(unlabelled.join("."));
    }
    if pieces.is_empty() {
        part_label(part)
    } else {
        pieces.join(" · ")
    }
}

/// The label id of a field: the editor's (`field-...`), the documents' and the timeline's.
fn field_label_id(part: DraftPart, path: &str, last: &str) -> Option<String> {
    let id = match part {
        DraftPart::Procedure => procedure_label_id(last)?,
        DraftPart::Section(SectionId::Documents) => match last {
            "attached" => "editor-attachments",
            "kind" => "editor-attach-kind",
            "issue_date" => "editor-attach-issue-date",
            "country" => "editor-attach-country",
            "original_name" => "portal-field-file-name",
            "sha256" | "size_bytes" | "vault_id" => "portal-field-file-content",
            _ => return None,
        },
        DraftPart::Section(_) => {
            let id = form::label_id(path);
            return i18n::has(&id).then_some(id);
        }
    };
    Some(id.to_string())
}

/// Label ids of the procedure's fields (the timeline screen's where it has one).
pub fn procedure_label_id(key: &str) -> Option<&'static str> {
    Some(match key {
        "draft_started" => "portal-procedure-draft-started",
        "planned_submission" => "timeline-field-planned-submission",
        "submitted" => "timeline-field-submitted",
        "accepted" => "timeline-field-accepted",
        "k10_number" => "portal-procedure-k10",
        "submission_rejected" => "portal-procedure-submission-rejected",
        "assessment_started" => "portal-procedure-assessment-started",
        "ten_bis_notices" => "portal-procedure-ten-bis",
        "received" => "timeline-field-ten-bis-received",
        "response_days" => "timeline-field-ten-bis-days",
        "answered" => "timeline-field-ten-bis-answered",
        "prefecture_opinion" => "timeline-field-prefecture-opinion",
        "opinion" => "portal-procedure-opinion",
        "decree" => "timeline-field-decree",
        "decree_outcome" => "timeline-field-decree-outcome",
        "inadmissible" => "timeline-field-inadmissible",
        "notified" => "timeline-field-notified",
        "oath" => "timeline-field-oath",
        "criminal_certificates" => "portal-procedure-certificates",
        "country" => "editor-attach-country",
        "issued" => "editor-attach-issue-date",
        _ => return None,
    })
}

/// Every label id [`field_label`] and [`field_value`] can build, for the i18n test.
pub fn conflict_label_ids() -> Vec<&'static str> {
    const PROCEDURE_KEYS: [&str; 21] = [
        "draft_started",
        "planned_submission",
        "submitted",
        "accepted",
        "k10_number",
        "submission_rejected",
        "assessment_started",
        "ten_bis_notices",
        "received",
        "response_days",
        "answered",
        "prefecture_opinion",
        "opinion",
        "decree",
        "decree_outcome",
        "inadmissible",
        "notified",
        "oath",
        "criminal_certificates",
        "country",
        "issued",
    ];
    let mut ids: Vec<&'static str> = PROCEDURE_KEYS
        .iter()
        .filter_map(|key| procedure_label_id(key))
        .collect();
    ids.extend([
        "timeline-events",
        "editor-attachments",
        "editor-attach-kind",
        "editor-attach-issue-date",
        "editor-attach-country",
        "portal-field-file-name",
        "portal-field-file-content",
        "timeline-outcome-granted",
        "timeline-outcome-rejected",
        "portal-procedure-opinion-favourable",
        "portal-procedure-opinion-unfavourable",
    ]);
    ids
}

/// A field's value as the user knows it: choices by their translated label, the procedure's
/// dates as `DD/MM/YYYY`.
pub fn field_value(part: DraftPart, path: &str, value: &Value) -> String {
    let choice = |options: Vec<form::Choice>| {
        options
            .into_iter()
            .find(|c| c.value == *value)
            .map(|c| t(&c.label_id))
    };
    let translated = match part {
        DraftPart::Section(SectionId::Documents) if path.ends_with(".kind") => {
            choice(form::document_kinds())
        }
        DraftPart::Section(section) => {
            match field_kind(form::items(section), &without_indexes(path)) {
                Some(Kind::Choice(options)) => choice(options()),
                _ => None,
            }
        }
        DraftPart::Procedure => match value {
            Value::String(text) if path.ends_with("decree_outcome") => match text.as_str() {
                "granted" => Some(t("timeline-outcome-granted")),
                "rejected" => Some(t("timeline-outcome-rejected")),
                _ => None,
            },
            Value::String(text) if path.ends_with("opinion") => match text.as_str() {
                "favourable" => Some(t("portal-procedure-opinion-favourable")),
                "unfavourable" => Some(t("portal-procedure-opinion-unfavourable")),
                _ => None,
            },
            Value::String(text) => NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().map(date),
            _ => None,
        },
    };
    translated.unwrap_or_else(|| readable(value))
}

fn without_indexes(path: &str) -> String {
    let parts: Vec<&str> = path
        .split('.')
        .filter(|part| part.parse::<usize>().is_err())
        .collect();
    parts.join(".")
}

/// How the editor edits the field at `path` (relative to the items, without list indexes).
fn field_kind(items: &[Item], path: &str) -> Option<Kind> {
    items.iter().find_map(|item| match item {
        Item::Field(field) if field.name == path => Some(field.kind),
        Item::List { name, items, .. } => path
            .strip_prefix(name)
            .and_then(|rest| rest.strip_prefix('.'))
            .and_then(|rest| field_kind(items, rest)),
        _ => None,
    })
}
