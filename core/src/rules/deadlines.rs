//! The phases of the procedure and the deadlines that follow from its events.
//!
//! Terms are computed in calendar days or calendar months from the day of the event, the day of
//! the event itself excluded (so a 10-day window opened on 1 March ends on 11 March). Months
//! keep the day of the month, clamped to the month's last day (31 August + 6 months = 28 or 29
//! February). The August suspension of court terms is deliberately NOT applied.
//!
//! A term of the applicant's that ends on a Saturday, a Sunday or a national holiday (see
//! [`super::holidays`]) keeps its legal date (`due`) and gets two more: the day the law moves
//! it to (`moved_to`, the next working day) and the `safe` day (the last working day before),
//! which the app recommends and the calendar export uses. Sources, by [`TermRule`]:
//! - judicial terms (appeal to the TAR): art. 155 c. 4-5 c.p.c., art. 52 c. 3-5 c.p.a.
//!   (d.lgs. 104/2010): a term ending on a holiday or a Saturday moves to the next working day;
//! - other terms: art. 2963 c. 3 c.c. (a term ending on a holiday is extended by law to the
//!   next non-holiday day). UNCERTAIN for administrative terms (10-bis answer, oath, the
//!   extraordinary appeal): courts mostly apply it, but the app says so and recommends the
//!   safe day.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::Application;

use super::holidays;

/// Days to appeal to the regional administrative court (TAR) against a rejection.
pub const TAR_APPEAL_DAYS: i64 = 60;
/// Days for the extraordinary appeal to the President of the Republic.
pub const PRESIDENT_APPEAL_DAYS: i64 = 120;
/// Months after a rejection decree's notification before a new application may be submitted.
pub const REAPPLY_AFTER_REJECTION_MONTHS: u32 = 12;
/// Months from the decree's notification within which the oath must be taken.
pub const OATH_WITHIN_MONTHS: u32 = 6;
/// Deadlines of the applicant's own actions become urgent this many days before they fall.
pub const URGENT_WITHIN_DAYS: i64 = 14;

/// Applications submitted from this day on (DL 130/2020) have the shorter processing limit.
pub fn processing_reform_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2020, 12, 20).unwrap_or(NaiveDate::MIN)
}

// The dates' arithmetic and the one date parser live in `fields`; the certificate's validity
// in `requirements` (the checklist and the sections' validation use them without the deadlines).
pub use super::fields::{add_days, add_months, format_date, parse_user_date};
pub use super::requirements::{CRIMINAL_RECORD_VALID_MONTHS, criminal_record_valid_until};

// ------------------------------------------------------------------ events

// The events are part of the saved application (`Application::procedure`); their types live
// in the model and are re-exported here.
pub use crate::model::procedure::{
    CertificateIssue, DecreeOutcome, Opinion, ProcedureEvents, TEN_BIS_DEFAULT_DAYS, TenBisNotice,
};

impl ProcedureEvents {
    /// Adds what the application already knows: K10 number and the criminal record
    /// certificates the checklist matches, with the issue date that counts (section 8's, an
    /// attachment's only while section 8 has none: `requirements::criminal_record_issue_date`).
    pub fn with_application(mut self, application: &Application) -> Self {
        if self.k10_number.trim().is_empty() {
            self.k10_number = application.k10_number.trim().to_string();
        }
        let certificates = super::checklist::criminal_record_certificates(application)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|certificate| {
                certificate.issued.map(|issued| CertificateIssue {
                    country: certificate.country,
                    issued: Some(issued),
                })
            })
            .collect();
        self.criminal_certificates = certificates;
        self
    }

    /// The negative outcome that ends the procedure, if any: (notification day, kind).
    fn negative_end(&self) -> Option<Phase> {
        if self.inadmissible.is_some() {
            Some(Phase::Inadmissible)
        } else if self.decree.is_some() && self.decree_outcome == Some(DecreeOutcome::Rejected) {
            Some(Phase::Rejected)
        } else {
            None
        }
    }
}

// ------------------------------------------------------------------ phases

/// A phase of the procedure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Draft,
    Submitted,
    /// Accepted by the prefecture, K10 number assigned.
    Accepted,
    /// Submission rejected by the prefecture (not a decision on the merits).
    SubmissionRejected,
    PreliminaryAssessment,
    /// Art. 10-bis notice received.
    TenBisNotice,
    PrefectureOpinion,
    /// Decree granting citizenship.
    Decree,
    /// Rejection decree of the Ministry.
    Rejected,
    /// Inadmissibility declared by the prefecture.
    Inadmissible,
    Notification,
    Oath,
    /// Italian citizen (from the day after the oath).
    Citizen,
}

impl Phase {
    /// Stable key, also the base of the i18n id `phase-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            Phase::Draft => "draft",
            Phase::Submitted => "submitted",
            Phase::Accepted => "accepted",
            Phase::SubmissionRejected => "submission-rejected",
            Phase::PreliminaryAssessment => "preliminary-assessment",
            Phase::TenBisNotice => "ten-bis-notice",
            Phase::PrefectureOpinion => "prefecture-opinion",
            Phase::Decree => "decree",
            Phase::Rejected => "rejected",
            Phase::Inadmissible => "inadmissible",
            Phase::Notification => "notification",
            Phase::Oath => "oath",
            Phase::Citizen => "citizen",
        }
    }

    /// Fluent id of the phase's name.
    pub fn message_id(self) -> String {
        format!("phase-{}", self.key())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhaseState {
    Done,
    Current,
    Future,
}

impl PhaseState {
    pub fn key(self) -> &'static str {
        match self {
            PhaseState::Done => "done",
            PhaseState::Current => "current",
            PhaseState::Future => "future",
        }
    }
}

/// One row of the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhaseStatus {
    pub phase: Phase,
    /// When the phase was reached (or is scheduled, e.g. the oath); `None` when unknown.
    pub date: Option<NaiveDate>,
    pub state: PhaseState,
}

// ------------------------------------------------------------------ deadlines

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// The criminal record certificate stops being valid (6 months from issue).
    CriminalRecordExpiry,
    /// Last day to answer an art. 10-bis notice.
    TenBisResponse,
    /// Last day of the 60-day appeal to the TAR.
    TarAppeal,
    /// Last day of the 120-day extraordinary appeal to the President of the Republic.
    PresidentAppeal,
    /// First day a new application may be submitted.
    ReapplyFrom,
    /// Last day for the oath (6 months from the decree's notification).
    Oath,
    /// The administration's time limit to decide (24 months, or 48 before 20/12/2020).
    ProcessingLimit,
    /// The longest extension of the processing limit (36 months).
    ProcessingLimitExtended,
}

impl DeadlineKind {
    /// Stable key, also the base of the i18n ids `deadline-<key>` and `deadline-<key>-desc`.
    pub fn key(self) -> &'static str {
        match self {
            DeadlineKind::CriminalRecordExpiry => "criminal-record-expiry",
            DeadlineKind::TenBisResponse => "ten-bis-response",
            DeadlineKind::TarAppeal => "tar-appeal",
            DeadlineKind::PresidentAppeal => "president-appeal",
            DeadlineKind::ReapplyFrom => "reapply-from",
            DeadlineKind::Oath => "oath",
            DeadlineKind::ProcessingLimit => "processing-limit",
            DeadlineKind::ProcessingLimitExtended => "processing-limit-extended",
        }
    }

    /// Whether and how a due date on a non-working day moves (see the module doc).
    pub fn term_rule(self) -> TermRule {
        match self {
            DeadlineKind::TarAppeal => TermRule::Judicial,
            DeadlineKind::TenBisResponse | DeadlineKind::PresidentAppeal | DeadlineKind::Oath => {
                TermRule::Administrative
            }
            // A certificate's validity, the administration's own limits and the first day a new
            // application may be sent are not terms of the applicant's that could move.
            DeadlineKind::CriminalRecordExpiry
            | DeadlineKind::ReapplyFrom
            | DeadlineKind::ProcessingLimit
            | DeadlineKind::ProcessingLimitExtended => TermRule::Fixed,
        }
    }

    /// Whether the applicant must act by this date (only those become urgent).
    pub fn is_applicant_action(self) -> bool {
        matches!(
            self,
            DeadlineKind::CriminalRecordExpiry
                | DeadlineKind::TenBisResponse
                | DeadlineKind::TarAppeal
                | DeadlineKind::PresidentAppeal
                | DeadlineKind::Oath
        )
    }
}

/// How a term that ends on a non-working day is treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TermRule {
    /// Judicial term: moved to the next working day (art. 155 c.p.c., art. 52 c.p.a.).
    Judicial,
    /// Administrative term: art. 2963 c.c. moves it to the next working day, but whether it
    /// applies is UNCERTAIN: the safe day is recommended.
    Administrative,
    /// Not a term that moves (a validity end, the administration's limit, a "from" date).
    Fixed,
}

/// A date that follows from the events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    pub kind: DeadlineKind,
    /// The legal date (the term counted in days or months).
    pub due: NaiveDate,
    /// When `due` is a non-working day and the term moves: the next working day.
    pub moved_to: Option<NaiveDate>,
    /// The recommended last day: `due`, or the last working day before it when `due` is a
    /// non-working day and the term moves. The calendar export uses it.
    pub safe: NaiveDate,
    /// The event the term runs from.
    pub from: NaiveDate,
    /// Distinguishes deadlines of the same kind: the country of a certificate, the notice number.
    pub subject: Option<String>,
    /// Days from today to `due` (negative once passed).
    pub days_left: i64,
    /// An action of the applicant due within [`URGENT_WITHIN_DAYS`] days (not passed).
    pub urgent: bool,
}

impl Deadline {
    fn new(kind: DeadlineKind, from: NaiveDate, due: NaiveDate, today: NaiveDate) -> Self {
        let days_left = (due - today).num_days();
        let (moved_to, safe) =
            if kind.term_rule() != TermRule::Fixed && !holidays::is_working_day(due) {
                (
                    Some(holidays::next_working_day(due)),
                    holidays::previous_working_day(due),
                )
            } else {
                (None, due)
            };
        let safe_days_left = (safe - today).num_days();
        Deadline {
            kind,
            due,
            moved_to,
            safe,
            from,
            subject: None,
            days_left,
            urgent: kind.is_applicant_action()
                && ((0..=URGENT_WITHIN_DAYS).contains(&days_left)
                    || (0..=URGENT_WITHIN_DAYS).contains(&safe_days_left)),
        }
    }

    /// The non-working-day note of a moved term: Fluent id and arguments (`$date` legal date,
    /// `$day` name of the day, `$moved` next working day, `$safe` recommended day); `None` when
    /// the legal date is a working day or the term does not move.
    pub fn non_working_message(&self) -> Option<(&'static str, Vec<(&'static str, String)>)> {
        let moved = self.moved_to?;
        let id = match self.kind.term_rule() {
            TermRule::Judicial => "deadline-non-working-judicial",
            TermRule::Administrative => "deadline-non-working-administrative",
            TermRule::Fixed => return None,
        };
        Some((
            id,
            vec![
                ("date", format_date(self.due)),
                (
                    "day",
                    holidays::non_working_reason(self.due)
                        .unwrap_or_default()
                        .to_string(),
                ),
                ("moved", format_date(moved)),
                ("safe", format_date(self.safe)),
            ],
        ))
    }

    fn about(mut self, subject: impl Into<String>) -> Self {
        self.subject = Some(subject.into());
        self
    }

    pub fn is_past(&self) -> bool {
        self.days_left < 0
    }

    /// Stable identity (kind and subject, not the date): the base of the calendar event's UID,
    /// so a corrected date updates the same event.
    pub fn key(&self) -> String {
        match &self.subject {
            Some(subject) => format!("{}/{}", self.kind.key(), subject.trim().to_lowercase()),
            None => self.kind.key().to_string(),
        }
    }

    /// Fluent id of the deadline's title (`deadline-<key>`); see [`Self::args`].
    pub fn message_id(&self) -> String {
        format!("deadline-{}", self.kind.key())
    }

    /// Fluent id of the longer explanation (`deadline-<key>-desc`).
    pub fn description_id(&self) -> String {
        format!("deadline-{}-desc", self.kind.key())
    }

    /// `$date` (due), `$from`, `$days` (days left), `$subject` (empty when there is none).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        vec![
            ("date", format_date(self.due)),
            ("from", format_date(self.from)),
            ("days", self.days_left.to_string()),
            ("subject", self.subject.clone().unwrap_or_default()),
        ]
    }

    /// "today" / "tomorrow" / "in N days" / "N days ago": Fluent id and its `$days`.
    pub fn days_left_message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self.days_left {
            0 => ("deadline-today", Vec::new()),
            1 => ("deadline-tomorrow", Vec::new()),
            days if days > 1 => ("deadline-days-left", vec![("days", days.to_string())]),
            days => ("deadline-days-ago", vec![("days", (-days).to_string())]),
        }
    }
}

/// Every Fluent id this module names (phases, states, deadlines).
pub fn message_ids() -> Vec<String> {
    const PHASES: [Phase; 13] = [
        Phase::Draft,
        Phase::Submitted,
        Phase::Accepted,
        Phase::SubmissionRejected,
        Phase::PreliminaryAssessment,
        Phase::TenBisNotice,
        Phase::PrefectureOpinion,
        Phase::Decree,
        Phase::Rejected,
        Phase::Inadmissible,
        Phase::Notification,
        Phase::Oath,
        Phase::Citizen,
    ];
    const KINDS: [DeadlineKind; 8] = [
        DeadlineKind::CriminalRecordExpiry,
        DeadlineKind::TenBisResponse,
        DeadlineKind::TarAppeal,
        DeadlineKind::PresidentAppeal,
        DeadlineKind::ReapplyFrom,
        DeadlineKind::Oath,
        DeadlineKind::ProcessingLimit,
        DeadlineKind::ProcessingLimitExtended,
    ];
    let mut ids: Vec<String> = PHASES.iter().map(|p| p.message_id()).collect();
    for state in [PhaseState::Done, PhaseState::Current, PhaseState::Future] {
        ids.push(format!("phase-state-{}", state.key()));
    }
    for kind in KINDS {
        ids.push(format!("deadline-{}", kind.key()));
        ids.push(format!("deadline-{}-desc", kind.key()));
    }
    for id in [
        "deadline-today",
        "deadline-tomorrow",
        "deadline-days-left",
        "deadline-days-ago",
        "deadline-urgent",
        "deadline-non-working-judicial",
        "deadline-non-working-administrative",
        "calendar-name",
    ] {
        ids.push(id.to_string());
    }
    ids
}

/// The procedure as of a day: its phases in order, and every deadline that applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    pub phases: Vec<PhaseStatus>,
    /// Sorted by due date (passed ones included, see [`Deadline::is_past`]).
    pub deadlines: Vec<Deadline>,
}

impl Timeline {
    /// The phase the procedure is in.
    pub fn current(&self) -> Option<&PhaseStatus> {
        self.phases.iter().find(|p| p.state == PhaseState::Current)
    }

    /// Deadlines not passed yet, soonest first.
    pub fn upcoming(&self) -> impl Iterator<Item = &Deadline> {
        self.deadlines.iter().filter(|d| !d.is_past())
    }

    pub fn urgent(&self) -> impl Iterator<Item = &Deadline> {
        self.deadlines.iter().filter(|d| d.urgent)
    }
}

/// The timeline of the procedure as of `today`.
pub fn timeline(events: &ProcedureEvents, today: NaiveDate) -> Timeline {
    Timeline {
        phases: phases(events, today),
        deadlines: deadlines(events, today),
    }
}

fn phases(events: &ProcedureEvents, today: NaiveDate) -> Vec<PhaseStatus> {
    let first_notice = events
        .ten_bis_notices
        .iter()
        .filter_map(|n| n.received)
        .min();
    let mut rows: Vec<(Phase, Option<NaiveDate>)> = vec![
        (Phase::Draft, events.draft_started),
        (Phase::Submitted, events.submitted),
    ];
    if events.submission_rejected.is_some() && events.accepted.is_none() {
        rows.push((Phase::SubmissionRejected, events.submission_rejected));
    } else {
        rows.push((Phase::Accepted, events.accepted));
        rows.push((
            Phase::PreliminaryAssessment,
            events.assessment_started.or(events.accepted),
        ));
        if !events.ten_bis_notices.is_empty() {
            rows.push((Phase::TenBisNotice, first_notice));
        }
        match events.negative_end() {
            Some(Phase::Inadmissible) => {
                if events.prefecture_opinion.is_some() {
                    rows.push((Phase::PrefectureOpinion, events.prefecture_opinion));
                }
                rows.push((Phase::Inadmissible, events.inadmissible));
                rows.push((Phase::Notification, events.notified));
            }
            Some(_) => {
                rows.push((Phase::PrefectureOpinion, events.prefecture_opinion));
                rows.push((Phase::Rejected, events.decree));
                rows.push((Phase::Notification, events.notified));
            }
            None => {
                rows.push((Phase::PrefectureOpinion, events.prefecture_opinion));
                rows.push((Phase::Decree, events.decree));
                rows.push((Phase::Notification, events.notified));
                rows.push((Phase::Oath, events.oath));
                rows.push((Phase::Citizen, events.oath.map(|d| add_days(d, 1))));
            }
        }
    }

    // The latest phase reached by today is the current one; every earlier one is done even
    // when its date was not recorded.
    let reached = rows
        .iter()
        .rposition(|(_, date)| date.is_some_and(|d| d <= today))
        .unwrap_or(0);
    rows.into_iter()
        .enumerate()
        .map(|(index, (phase, date))| PhaseStatus {
            phase,
            date,
            state: match index.cmp(&reached) {
                std::cmp::Ordering::Less => PhaseState::Done,
                std::cmp::Ordering::Equal => PhaseState::Current,
                std::cmp::Ordering::Greater => PhaseState::Future,
            },
        })
        .collect()
}

/// Since DL 76/2020 (in force 17/07/2020) an art. 10-bis notice suspends the time limit.
fn ten_bis_suspends_from() -> NaiveDate {
    NaiveDate::from_ymd_opt(2020, 7, 17).unwrap_or(NaiveDate::MIN)
}

/// Where the processing limit counts from and how many days art. 10-bis notices add to it.
///
/// A notice received before 17/07/2020 interrupted the term: it ran again in full from the
/// answer (or the end of the window). From that day on it suspends the term until ten days after
/// the answer, or until the end of the window without an answer (art. 10-bis L. 241/1990).
/// Overlapping suspensions count once.
fn processing_clock(submitted: NaiveDate, notices: &[TenBisNotice]) -> (NaiveDate, i64) {
    let mut start = submitted;
    let mut periods: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    for notice in notices {
        let Some(received) = notice.received.filter(|r| *r >= submitted) else {
            continue;
        };
        let window_end = add_days(received, i64::from(notice.response_days()));
        if received < ten_bis_suspends_from() {
            let restart = notice.answered.unwrap_or(window_end);
            start = start.max(restart);
        } else {
            let end = notice
                .answered
                .map_or(window_end, |answered| add_days(answered, 10));
            if end > received {
                periods.push((received, end));
            }
        }
    }
    periods.retain(|(_, end)| *end > start);
    periods.sort();
    let mut suspended = 0;
    let mut covered_until = start;
    for (from, to) in periods {
        let from = from.max(covered_until);
        if to > from {
            suspended += (to - from).num_days();
            covered_until = to;
        }
    }
    (start, suspended)
}

fn deadlines(events: &ProcedureEvents, today: NaiveDate) -> Vec<Deadline> {
    let mut out = Vec::new();
    let negative_end = events.negative_end();
    let decided = events.decree.is_some() || events.inadmissible.is_some();
    let pending = events.submitted.is_some() && events.submission_rejected.is_none() && !decided;

    // The certificate must be valid when the application is (re)submitted.
    let preparing = events.submitted.is_none()
        || (events.submission_rejected.is_some() && events.accepted.is_none())
        || negative_end.is_some();
    if preparing {
        for certificate in &events.criminal_certificates {
            if let Some(issued) = certificate.issued {
                let due = criminal_record_valid_until(issued);
                let deadline =
                    Deadline::new(DeadlineKind::CriminalRecordExpiry, issued, due, today);
                out.push(if certificate.country.trim().is_empty() {
                    deadline
                } else {
                    deadline.about(certificate.country.trim())
                });
            }
        }
    }

    if !decided {
        for (index, notice) in events.ten_bis_notices.iter().enumerate() {
            if let (Some(received), None) = (notice.received, notice.answered) {
                let due = add_days(received, i64::from(notice.response_days()));
                out.push(
                    Deadline::new(DeadlineKind::TenBisResponse, received, due, today)
                        .about((index + 1).to_string()),
                );
            }
        }
    }

    if pending && let Some(submitted) = events.submitted {
        let (limit, extended) = if submitted < processing_reform_date() {
            (48, None)
        } else {
            (24, Some(36))
        };
        let (start, suspended) = processing_clock(submitted, &events.ten_bis_notices);
        let limit_due = |months| add_days(add_months(start, months), suspended);
        out.push(Deadline::new(
            DeadlineKind::ProcessingLimit,
            submitted,
            limit_due(limit),
            today,
        ));
        if let Some(extended) = extended {
            out.push(Deadline::new(
                DeadlineKind::ProcessingLimitExtended,
                submitted,
                limit_due(extended),
                today,
            ));
        }
    }

    if let (Some(end), Some(notified)) = (negative_end, events.notified) {
        out.push(Deadline::new(
            DeadlineKind::TarAppeal,
            notified,
            add_days(notified, TAR_APPEAL_DAYS),
            today,
        ));
        out.push(Deadline::new(
            DeadlineKind::PresidentAppeal,
            notified,
            add_days(notified, PRESIDENT_APPEAL_DAYS),
            today,
        ));
        let reapply = match end {
            Phase::Rejected => add_months(notified, REAPPLY_AFTER_REJECTION_MONTHS),
            _ => notified,
        };
        out.push(Deadline::new(
            DeadlineKind::ReapplyFrom,
            notified,
            reapply,
            today,
        ));
    }

    let granted = events.decree.is_some() && negative_end.is_none();
    if let (true, Some(notified), None) = (granted, events.notified, events.oath) {
        out.push(Deadline::new(
            DeadlineKind::Oath,
            notified,
            add_months(notified, OATH_WITHIN_MONTHS),
            today,
        ));
    }

    out.sort_by(|a, b| a.due.cmp(&b.due).then(a.kind.cmp(&b.kind)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn months_clamp_to_month_end() {
        assert_eq!(add_months(d(2025, 8, 31), 6), d(2026, 2, 28));
        assert_eq!(add_months(d(2023, 8, 31), 6), d(2024, 2, 29));
        assert_eq!(add_months(d(2024, 2, 29), 12), d(2025, 2, 28));
        assert_eq!(add_months(d(2024, 1, 15), 6), d(2024, 7, 15));
    }

    #[test]
    fn parses_typed_dates() {
        assert_eq!(parse_user_date("05/03/2024"), Some(d(2024, 3, 5)));
        assert_eq!(parse_user_date(" 5/3/2024 "), Some(d(2024, 3, 5)));
        assert_eq!(parse_user_date("2024-03-05"), Some(d(2024, 3, 5)));
        assert_eq!(parse_user_date("29/02/2023"), None);
        assert_eq!(parse_user_date("03/2024"), None);
        assert_eq!(parse_user_date(""), None);
    }
}
