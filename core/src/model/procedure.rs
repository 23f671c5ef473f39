//! What happened so far in the procedure after the draft: the dates the applicant or the help
//! desk record (submission, K10 acceptance, 10-bis notices, decree, notification, oath).
//! Saved with the application (`Application::procedure`); the phases and deadlines that follow
//! from them are computed by `crate::rules::deadlines`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Days to answer an art. 10-bis notice when the notice does not say otherwise (L. 241/1990).
pub const TEN_BIS_DEFAULT_DAYS: u32 = 10;

/// A notice under art. 10-bis L. 241/1990 (preavviso di rigetto / request of documents).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TenBisNotice {
    /// Day the notice was received (uploaded to the portal: it counts as notified).
    pub received: Option<NaiveDate>,
    /// Days allowed to answer as stated in the notice; `None` = [`TEN_BIS_DEFAULT_DAYS`].
    pub response_days: Option<u32>,
    /// Day the applicant answered (documents or observations sent by PEC).
    pub answered: Option<NaiveDate>,
}

impl TenBisNotice {
    pub fn response_days(&self) -> u32 {
        self.response_days.unwrap_or(TEN_BIS_DEFAULT_DAYS)
    }
}

/// The final decision of the Ministry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecreeOutcome {
    Granted,
    Rejected,
}

/// The prefecture's opinion at the end of the preliminary assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Opinion {
    Favourable,
    Unfavourable,
}

/// A certificate whose validity matters before submission.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CertificateIssue {
    pub country: String,
    pub issued: Option<NaiveDate>,
}

/// What happened so far (dates the applicant or the help desk records; `None` = not yet).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ProcedureEvents {
    pub draft_started: Option<NaiveDate>,
    /// The day the applicant plans to send the application (before it is sent).
    pub planned_submission: Option<NaiveDate>,
    pub submitted: Option<NaiveDate>,
    /// The prefecture accepted the submission (K10 number assigned).
    pub accepted: Option<NaiveDate>,
    pub k10_number: String,
    /// The prefecture rejected the submission (within 10 working days): fix and send again.
    pub submission_rejected: Option<NaiveDate>,
    /// Start of the preliminary assessment; the acceptance day when unknown.
    pub assessment_started: Option<NaiveDate>,
    pub ten_bis_notices: Vec<TenBisNotice>,
    pub prefecture_opinion: Option<NaiveDate>,
    #[serde(deserialize_with = "crate::model::lenient::option_enum")]
    pub opinion: Option<Opinion>,
    pub decree: Option<NaiveDate>,
    #[serde(deserialize_with = "crate::model::lenient::option_enum")]
    pub decree_outcome: Option<DecreeOutcome>,
    /// The prefecture declared the application inadmissible.
    pub inadmissible: Option<NaiveDate>,
    /// Notification of the decree or of the inadmissibility.
    pub notified: Option<NaiveDate>,
    /// Day of the oath (past, or scheduled).
    pub oath: Option<NaiveDate>,
    /// Criminal record certificates (filled from the application, see [`Self::with_application`]).
    pub criminal_certificates: Vec<CertificateIssue>,
}
