//! The outcome of the eligibility check: the [`Verdict`] and every [`Reason`] with its Fluent
//! message id and arguments.

use chrono::NaiveDate;

use crate::model::{GapReason, LegalBasis};
use crate::rules::fields::{format_amount, format_date};

use super::MarriageEvent;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Every requirement is met today.
    Eligible,
    /// Only time is missing: eligible from `earliest` (if nothing else changes).
    NotYet { earliest: NaiveDate },
    /// A requirement is not met (see the reasons).
    NotEligible,
    /// Cannot be decided with certainty: an income between the two readings of the threshold,
    /// unreadable data, or a rule that recently changed (see the reasons).
    Borderline,
    /// Something needed for the verdict is not entered yet (see [`Assessment::missing`]).
    MoreInformation,
}

impl Verdict {
    /// Stable key, also the base of the i18n id `verdict-<key>`.
    pub fn key(&self) -> &'static str {
        match self {
            Verdict::Eligible => "eligible",
            Verdict::NotYet { .. } => "not-yet",
            Verdict::NotEligible => "not-eligible",
            Verdict::Borderline => "borderline",
            Verdict::MoreInformation => "more-information",
        }
    }

    /// Fluent id (`verdict-<key>`) and arguments (`$date` for "not yet").
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            Verdict::Eligible => ("verdict-eligible", Vec::new()),
            Verdict::NotYet { earliest } => {
                ("verdict-not-yet", vec![("date", format_date(*earliest))])
            }
            Verdict::NotEligible => ("verdict-not-eligible", Vec::new()),
            Verdict::Borderline => ("verdict-borderline", Vec::new()),
            Verdict::MoreInformation => ("verdict-more-information", Vec::new()),
        }
    }
}

/// One explained conclusion of the assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    BasisMissing,
    /// A field's text could not be read (it is ignored).
    Unreadable {
        field: String,
    },
    ResidenceMissing,
    /// The last registered residence ended: not resident in Italy now.
    ResidenceNotCurrent {
        until: NaiveDate,
    },
    /// A gap between two residences interrupted continuity.
    ResidenceGap {
        from: NaiveDate,
        to: NaiveDate,
    },
    /// A gap the applicant declared: counted from the re-registration on `to`.
    ResidenceGapDeclared {
        from: NaiveDate,
        to: NaiveDate,
        reason: GapReason,
    },
    /// After a cancelled registration, proof of uninterrupted presence may be accepted.
    PresenceProofMayHelp {
        from: NaiveDate,
        to: NaiveDate,
    },
    ResidenceMet {
        years: u32,
        since: NaiveDate,
        reached: NaiveDate,
    },
    ResidenceNotYet {
        years: u32,
        since: NaiveDate,
        earliest: NaiveDate,
    },
    /// Art. 9 a) descendants: 2 years since L. 74/2025, 3 before; check with the prefecture.
    DescendantRuleChanged,
    BornInItalyUnanswered,
    AdoptionDateMissing,
    ServiceMissing,
    ServiceMet {
        since: NaiveDate,
        reached: NaiveDate,
    },
    ServiceNotYet {
        since: NaiveDate,
        earliest: NaiveDate,
    },
    ServiceTooShort {
        since: NaiveDate,
        until: NaiveDate,
    },
    NotEuCitizen,
    RefugeeStatusMissing,
    /// Art. 9 e) chosen with a subsidiary-protection permit: letter f), 10 years, and no
    /// atto-notorio exemption.
    SubsidiaryProtectionUseF,
    MarriageDateMissing,
    SpouseNotItalian,
    SpouseCitizenshipUnanswered,
    Separated,
    MarriageEnded,
    /// A separation, divorce, annulment or the spouse's death before the application.
    MarriageEventBefore {
        event: MarriageEvent,
        date: NaiveDate,
    },
    /// The same while the application is pending: a rejection is likely.
    MarriageEventWhilePending {
        event: MarriageEvent,
        date: NaiveDate,
        submitted: NaiveDate,
    },
    /// Art. 5 living in Italy: legal residence after the marriage.
    MarriageResidenceMet {
        months: u32,
        since: NaiveDate,
        reached: NaiveDate,
    },
    MarriageResidenceNotYet {
        months: u32,
        since: NaiveDate,
        earliest: NaiveDate,
    },
    /// Art. 5 living abroad: time from the marriage.
    MarriageMet {
        months: u32,
        since: NaiveDate,
        reached: NaiveDate,
    },
    MarriageNotYet {
        months: u32,
        since: NaiveDate,
        earliest: NaiveDate,
    },
    ChildrenHalvePeriod,
    NoIncomeRequirement,
    IncomeMet {
        year: i32,
        income_cents: i64,
        threshold_cents: i64,
    },
    IncomeBelow {
        year: i32,
        income_cents: i64,
        threshold_cents: i64,
    },
    /// Between the 516.00 and the 516.46 reading of the per-dependant addition.
    IncomeBorderline {
        year: i32,
        income_cents: i64,
        lower_cents: i64,
        threshold_cents: i64,
    },
    IncomeMissing {
        year: i32,
    },
    /// The year's household used for the threshold.
    IncomeHousehold {
        year: i32,
        dependent_spouse: bool,
        others: u32,
    },
    /// A family member's income not counted: not on the same stato di famiglia.
    FamilyIncomeNotHousehold {
        year: i32,
        name: String,
    },
    /// Counted, but whether the member is on the same stato di famiglia is not answered.
    FamilyIncomeHouseholdUnanswered {
        year: i32,
        name: String,
    },
    /// Another legal basis needs fewer years for this applicant.
    ConsiderBasis {
        basis: LegalBasis,
        years: u32,
    },
}

impl Reason {
    /// Fluent message id (`elig-...`).
    pub fn message_id(&self) -> &'static str {
        match self {
            Reason::BasisMissing => "elig-basis-missing",
            Reason::Unreadable { .. } => "elig-unreadable",
            Reason::ResidenceMissing => "elig-residence-missing",
            Reason::ResidenceNotCurrent { .. } => "elig-residence-not-current",
            Reason::ResidenceGap { .. } => "elig-residence-gap",
            Reason::ResidenceGapDeclared { reason, .. } => match reason {
                GapReason::CancelledReregistered => "elig-residence-gap-cancelled",
                GapReason::LivedAbroad => "elig-residence-gap-abroad",
                GapReason::Other => "elig-residence-gap-other",
            },
            Reason::PresenceProofMayHelp { .. } => "elig-presence-proof",
            Reason::ResidenceMet { .. } => "elig-residence-met",
            Reason::ResidenceNotYet { .. } => "elig-residence-not-yet",
            Reason::DescendantRuleChanged => "elig-descendant-rule-changed",
            Reason::BornInItalyUnanswered => "elig-born-in-italy-unanswered",
            Reason::AdoptionDateMissing => "elig-adoption-date-missing",
            Reason::ServiceMissing => "elig-service-missing",
            Reason::ServiceMet { .. } => "elig-service-met",
            Reason::ServiceNotYet { .. } => "elig-service-not-yet",
            Reason::ServiceTooShort { .. } => "elig-service-too-short",
            Reason::NotEuCitizen => "elig-not-eu-citizen",
            Reason::RefugeeStatusMissing => "elig-refugee-status-missing",
            Reason::SubsidiaryProtectionUseF => "elig-subsidiary-protection",
            Reason::MarriageDateMissing => "elig-marriage-date-missing",
            Reason::SpouseNotItalian => "elig-spouse-not-italian",
            Reason::SpouseCitizenshipUnanswered => "elig-spouse-citizenship-unanswered",
            Reason::Separated => "elig-separated",
            Reason::MarriageEventBefore { event, .. } => match event {
                MarriageEvent::Separation => "elig-marriage-separation",
                MarriageEvent::Divorce => "elig-marriage-divorce",
                MarriageEvent::Annulment => "elig-marriage-annulment",
                MarriageEvent::SpouseDeath => "elig-marriage-spouse-death",
            },
            Reason::MarriageEventWhilePending { event, .. } => match event {
                MarriageEvent::Separation => "elig-marriage-separation-pending",
                _ => "elig-marriage-ended-pending",
            },
            Reason::MarriageEnded => "elig-marriage-ended",
            Reason::MarriageResidenceMet { .. } => "elig-marriage-residence-met",
            Reason::MarriageResidenceNotYet { .. } => "elig-marriage-residence-not-yet",
            Reason::MarriageMet { .. } => "elig-marriage-met",
            Reason::MarriageNotYet { .. } => "elig-marriage-not-yet",
            Reason::ChildrenHalvePeriod => "elig-children-halve-period",
            Reason::NoIncomeRequirement => "elig-no-income-requirement",
            Reason::IncomeMet { .. } => "elig-income-met",
            Reason::IncomeBelow { .. } => "elig-income-below",
            Reason::IncomeBorderline { .. } => "elig-income-borderline",
            Reason::IncomeMissing { .. } => "elig-income-missing",
            Reason::IncomeHousehold { .. } => "elig-income-household",
            Reason::FamilyIncomeNotHousehold { .. } => "elig-family-income-not-household",
            Reason::FamilyIncomeHouseholdUnanswered { .. } => {
                "elig-family-income-household-unanswered"
            }
            Reason::ConsiderBasis { .. } => "elig-consider-basis",
        }
    }

    /// Named arguments: dates as DD/MM/YYYY, amounts as `8.263,31`, `$letter` as the letter of
    /// art. 9 c.1 (`d`).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        let date = |d: &NaiveDate| format_date(*d);
        match self {
            Reason::Unreadable { field } => vec![("field", field.clone())],
            Reason::ResidenceNotCurrent { until } => vec![("date", date(until))],
            Reason::ResidenceGap { from, to }
            | Reason::ResidenceGapDeclared { from, to, .. }
            | Reason::PresenceProofMayHelp { from, to } => {
                vec![("from", date(from)), ("to", date(to))]
            }
            Reason::MarriageEventBefore { date: on, .. } => vec![("date", date(on))],
            Reason::MarriageEventWhilePending {
                event,
                date: on,
                submitted,
            } => vec![
                ("date", date(on)),
                ("submitted", date(submitted)),
                ("event", event.key().to_string()),
            ],
            Reason::IncomeHousehold {
                year,
                dependent_spouse,
                others,
            } => vec![
                ("year", year.to_string()),
                (
                    "spouse",
                    if *dependent_spouse { "yes" } else { "no" }.to_string(),
                ),
                ("others", others.to_string()),
            ],
            Reason::FamilyIncomeNotHousehold { year, name }
            | Reason::FamilyIncomeHouseholdUnanswered { year, name } => {
                vec![("year", year.to_string()), ("name", name.clone())]
            }
            Reason::ResidenceMet {
                years,
                since,
                reached,
            } => vec![
                ("years", years.to_string()),
                ("since", date(since)),
                ("date", date(reached)),
            ],
            Reason::ResidenceNotYet {
                years,
                since,
                earliest,
            } => vec![
                ("years", years.to_string()),
                ("since", date(since)),
                ("date", date(earliest)),
            ],
            Reason::ServiceMet { since, reached } => {
                vec![("since", date(since)), ("date", date(reached))]
            }
            Reason::ServiceNotYet { since, earliest } => {
                vec![("since", date(since)), ("date", date(earliest))]
            }
            Reason::ServiceTooShort { since, until } => {
                vec![("since", date(since)), ("date", date(until))]
            }
            Reason::MarriageResidenceMet {
                months,
                since,
                reached,
            }
            | Reason::MarriageMet {
                months,
                since,
                reached,
            } => vec![
                ("months", months.to_string()),
                ("since", date(since)),
                ("date", date(reached)),
            ],
            Reason::MarriageResidenceNotYet {
                months,
                since,
                earliest,
            }
            | Reason::MarriageNotYet {
                months,
                since,
                earliest,
            } => vec![
                ("months", months.to_string()),
                ("since", date(since)),
                ("date", date(earliest)),
            ],
            Reason::IncomeMet {
                year,
                income_cents,
                threshold_cents,
            }
            | Reason::IncomeBelow {
                year,
                income_cents,
                threshold_cents,
            } => vec![
                ("year", year.to_string()),
                ("income", format_amount(*income_cents)),
                ("threshold", format_amount(*threshold_cents)),
            ],
            Reason::IncomeBorderline {
                year,
                income_cents,
                lower_cents,
                threshold_cents,
            } => vec![
                ("year", year.to_string()),
                ("income", format_amount(*income_cents)),
                ("lower", format_amount(*lower_cents)),
                ("threshold", format_amount(*threshold_cents)),
            ],
            Reason::IncomeMissing { year } => vec![("year", year.to_string())],
            Reason::ConsiderBasis { basis, years } => vec![
                (
                    "letter",
                    basis.key().trim_start_matches("art9-").to_string(),
                ),
                ("years", years.to_string()),
            ],
            _ => Vec::new(),
        }
    }
}

/// Every Fluent id this module names (verdicts and reasons).
pub fn message_ids() -> &'static [&'static str] {
    &[
        "verdict-eligible",
        "verdict-not-yet",
        "verdict-not-eligible",
        "verdict-borderline",
        "verdict-more-information",
        "elig-residence-gap-cancelled",
        "elig-residence-gap-abroad",
        "elig-residence-gap-other",
        "elig-presence-proof",
        "elig-subsidiary-protection",
        "elig-marriage-separation",
        "elig-marriage-divorce",
        "elig-marriage-annulment",
        "elig-marriage-spouse-death",
        "elig-marriage-separation-pending",
        "elig-marriage-ended-pending",
        "elig-income-household",
        "elig-family-income-not-household",
        "elig-family-income-household-unanswered",
        "elig-basis-missing",
        "elig-unreadable",
        "elig-residence-missing",
        "elig-residence-not-current",
        "elig-residence-gap",
        "elig-residence-met",
        "elig-residence-not-yet",
        "elig-descendant-rule-changed",
        "elig-born-in-italy-unanswered",
        "elig-adoption-date-missing",
        "elig-service-missing",
        "elig-service-met",
        "elig-service-not-yet",
        "elig-service-too-short",
        "elig-not-eu-citizen",
        "elig-refugee-status-missing",
        "elig-marriage-date-missing",
        "elig-spouse-not-italian",
        "elig-spouse-citizenship-unanswered",
        "elig-separated",
        "elig-marriage-ended",
        "elig-marriage-residence-met",
        "elig-marriage-residence-not-yet",
        "elig-marriage-met",
        "elig-marriage-not-yet",
        "elig-children-halve-period",
        "elig-no-income-requirement",
        "elig-income-met",
        "elig-income-below",
        "elig-income-borderline",
        "elig-income-missing",
        "elig-consider-basis",
    ]
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub verdict: Verdict,
    pub reasons: Vec<Reason>,
}

impl Assessment {
    /// What to enter before a verdict is possible (the reasons of [`Verdict::MoreInformation`]).
    pub fn missing(&self) -> Vec<&Reason> {
        self.reasons
            .iter()
            .filter(|r| r.is_missing_data())
            .collect()
    }
}

impl Reason {
    /// Data not entered yet (not a requirement that fails).
    pub fn is_missing_data(&self) -> bool {
        matches!(
            self,
            Reason::BasisMissing
                | Reason::ResidenceMissing
                | Reason::BornInItalyUnanswered
                | Reason::AdoptionDateMissing
                | Reason::ServiceMissing
                | Reason::RefugeeStatusMissing
                | Reason::MarriageDateMissing
                | Reason::SpouseCitizenshipUnanswered
                | Reason::IncomeMissing { .. }
                | Reason::FamilyIncomeHouseholdUnanswered { .. }
        )
    }
}
