//! What the fields of the screen hold for one applicant: the text typed per date, the 10-bis
//! notices shown, and the events they make once parsed.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use cittadinanza_core::model::ProcedureEvents;
use cittadinanza_core::rules::FieldIssue;
use cittadinanza_core::rules::deadlines::format_date;
use cittadinanza_core::rules::fields::parse_date;

use super::{
    DATE_FIELDS, FieldError, Form, NOTICE_ANSWERED, NOTICE_DAYS, NOTICE_PARTS, NOTICE_RECEIVED,
    notice_key,
};

pub(super) fn date_text(date: Option<NaiveDate>) -> String {
    date.map(format_date).unwrap_or_default()
}

pub(super) fn saved_date(events: &ProcedureEvents, key: &str) -> Option<NaiveDate> {
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
    pub(super) fn from_events(events: &ProcedureEvents) -> Form {
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

    pub(super) fn value(&self, key: &str) -> &str {
        self.values.get(key).map_or("", String::as_str)
    }

    /// The fields of `events`, with this form's text not saved yet (fields in error) kept
    /// where the field still exists.
    pub(super) fn rebased(self, events: &ProcedureEvents) -> Form {
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

    pub(super) fn notice_is_empty(&self, index: usize) -> bool {
        NOTICE_PARTS
            .iter()
            .all(|part| self.value(&notice_key(index, part)).trim().is_empty())
    }

    /// The date typed under `key`: `Some(None)` when empty, `None` when invalid (error kept).
    pub(super) fn date(&mut self, key: &str) -> Option<Option<NaiveDate>> {
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
    pub(super) fn events(&mut self, saved: &ProcedureEvents) -> ProcedureEvents {
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
    pub(super) fn remove_notice(&mut self, index: usize) {
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
