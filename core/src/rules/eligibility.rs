//! Is the applicant eligible, and from when? (Law 91/1992, art. 5 and art. 9.)
//!
//! [`assess`] checks the time requirement of the chosen legal basis (continuous legal residence,
//! years from the marriage, years of state service), the state of the marriage for art. 5 and
//! the minimum income for art. 9, and explains every conclusion with a [`Reason`] (a Fluent
//! message id and its arguments).
//!
//! Residence is continuous only while the registered periods follow each other without a gap
//! (the next period starting on the day the previous one ends, or the day after): a gap starts
//! the count again. Years are calendar years from the start of the current continuous span.
//! A gap the applicant declared (registration cancelled and restored, lived abroad, other)
//! counts the same way, from the re-registration, but is explained as a fact: after a
//! cancellation (e.g. for irreperibilità) the prefecture may accept proof of uninterrupted
//! presence (rental contracts, pay slips, medical records), so the app says so (RULES: art. 9
//! requires "residenza legale" = registration in the anagrafe, DPR 572/1993 art. 1 c. 2 a);
//! the proof of actual presence is the prefectures' practice, UNCERTAIN case by case).
//!
//! Missing data is not a failed requirement: with no legal basis, no residence, no income of a
//! past year ... the verdict is [`Verdict::MoreInformation`] and [`Assessment::missing`] lists
//! what to enter; [`Verdict::NotEligible`] only when the data entered shows a requirement is
//! not met.

use chrono::{Datelike, NaiveDate};

use crate::model::{
    Application, GapReason, HouseholdMember, LegalBasis, MaritalStatus, RefugeeStatus, Relationship,
};

use super::fields::{
    add_days, add_months, format_amount, format_date, parse_amount_cents, parse_user_date,
};
use super::requirements;

/// Minimum yearly income (cents) with no dependants: 16 million lire.
pub const INCOME_BASE_CENTS: i64 = 826_331;
/// Minimum yearly income (cents) with a dependent spouse: 22 million lire.
pub const INCOME_WITH_SPOUSE_CENTS: i64 = 1_136_205;
/// Addition per further dependant: 1 million lire converted exactly (516.46 EUR).
pub const INCOME_PER_DEPENDANT_CENTS: i64 = 51_646;
/// The rounded addition (516.00 EUR) that circulates in prefectures' pages.
pub const INCOME_PER_DEPENDANT_ROUNDED_CENTS: i64 = 51_600;

/// A period of registered residence in Italy; `to: None` = still resident.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRange {
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
}

/// The dependants of one year's household (for the income threshold).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct YearHousehold {
    pub dependent_spouse: bool,
    /// Dependants other than the spouse.
    pub other_dependants: u32,
}

/// Income of one tax year, in euro cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearIncome {
    pub year: i32,
    pub applicant_cents: i64,
    /// Income of family members on the same stato di famiglia (with a declaration of maintenance).
    pub family_cents: i64,
    /// That year's household; `None` = the input's `dependent_spouse`/`other_dependants`.
    pub household: Option<YearHousehold>,
}

/// How the marriage ended or stopped (art. 5: none of these may happen before the decree).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MarriageEvent {
    Separation,
    Divorce,
    Annulment,
    SpouseDeath,
}

impl MarriageEvent {
    pub fn key(self) -> &'static str {
        match self {
            MarriageEvent::Separation => "separation",
            MarriageEvent::Divorce => "divorce",
            MarriageEvent::Annulment => "annulment",
            MarriageEvent::SpouseDeath => "spouse-death",
        }
    }
}

impl YearIncome {
    pub fn total_cents(&self) -> i64 {
        self.applicant_cents.saturating_add(self.family_cents)
    }
}

/// Everything eligibility depends on, already parsed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EligibilityInput {
    pub basis: Option<LegalBasis>,
    pub residence_periods: Vec<DateRange>,
    pub marriage_date: Option<NaiveDate>,
    /// The spouse is an Italian citizen (art. 5); `None` = not answered.
    pub spouse_italian: Option<bool>,
    /// Children born to or adopted by the couple (halve the art. 5 period).
    pub children_with_spouse: bool,
    /// Legally separated from the spouse.
    pub separated: bool,
    /// Marriage dissolved, annulled or ended (divorced, widowed).
    pub marriage_ended: bool,
    pub refugee_or_stateless: Option<RefugeeStatus>,
    pub eu_citizen: bool,
    /// Art. 9 a): born in Italy (`Some(true)`) or descendant of a citizen by birth (`Some(false)`).
    pub born_in_italy: Option<bool>,
    pub adoption_date: Option<NaiveDate>,
    /// Art. 9 c): service to the Italian State; `to: None` = still in service.
    pub state_service: Option<DateRange>,
    pub incomes: Vec<YearIncome>,
    pub dependent_spouse: bool,
    /// Dependants other than the spouse (children, parents ...).
    pub other_dependants: u32,
    /// Field paths whose text could not be read (e.g. `residences.periods.1.from`).
    pub unreadable: Vec<String>,
    /// Gaps the applicant declared: (first day of the period after the gap, reason).
    pub declared_gaps: Vec<(NaiveDate, GapReason)>,
    /// Holds a subsidiary-protection permit (not refugee status: art. 9 f), not e)).
    pub subsidiary_protection: bool,
    /// Marriage events with their dates (art. 5).
    pub marriage_events: Vec<(MarriageEvent, NaiveDate)>,
    /// The day the application was sent, if it was (pending: later events matter).
    pub submitted: Option<NaiveDate>,
    /// Family members whose income is entered but who are not on the same stato di famiglia
    /// (`Some(false)` answered): (year, name). Their income is not counted.
    pub income_not_household: Vec<(i32, String)>,
    /// Family members whose income is entered without saying whether they are on the same
    /// stato di famiglia: (year, name). Counted, but asked.
    pub income_household_unanswered: Vec<(i32, String)>,
}

impl EligibilityInput {
    /// Reads the application; values that do not parse are listed in `unreadable` and left out.
    pub fn from_application(application: &Application) -> Self {
        let mut unreadable = Vec::new();
        let mut date = |text: &str, field: String| -> Option<NaiveDate> {
            if text.trim().is_empty() {
                return None;
            }
            let parsed = parse_user_date(text);
            if parsed.is_none() {
                unreadable.push(field);
            }
            parsed
        };

        let basis_section = &application.legal_basis;
        let mut residence_periods = Vec::new();
        let mut declared_gaps = Vec::new();
        for (index, period) in application.residences.periods.iter().enumerate() {
            let from = date(&period.from, format!("residences.periods.{index}.from"));
            let to = date(&period.to, format!("residences.periods.{index}.to"));
            let to_unreadable = !period.to.trim().is_empty() && to.is_none();
            if let (Some(from), false) = (from, to_unreadable) {
                residence_periods.push(DateRange { from, to });
                if let Some(reason) = period.gap_before_reason {
                    declared_gaps.push((from, reason));
                }
            }
        }
        let spouse = &application.family.spouse;
        let mut marriage_events = Vec::new();
        for (event, text, field) in [
            (
                MarriageEvent::Separation,
                &spouse.separation_date,
                "separation_date",
            ),
            (MarriageEvent::Divorce, &spouse.divorce_date, "divorce_date"),
            (
                MarriageEvent::Annulment,
                &spouse.annulment_date,
                "annulment_date",
            ),
            (MarriageEvent::SpouseDeath, &spouse.death_date, "death_date"),
        ] {
            if let Some(on) = date(text, format!("family.spouse.{field}")) {
                marriage_events.push((event, on));
            }
        }
        let marriage_date = date(
            &application.family.spouse.marriage_date,
            "family.spouse.marriage_date".into(),
        );
        let adoption_date = date(
            &basis_section.adoption_date,
            "legal_basis.adoption_date".into(),
        );
        let service_from = date(
            &basis_section.state_service_from,
            "legal_basis.state_service_from".into(),
        );
        let service_to = date(
            &basis_section.state_service_to,
            "legal_basis.state_service_to".into(),
        );
        let state_service = service_from.map(|from| DateRange {
            from,
            to: service_to,
        });

        let mut incomes = Vec::new();
        let mut income_not_household = Vec::new();
        let mut income_household_unanswered = Vec::new();
        for (index, year) in application.income.years.iter().enumerate() {
            let Ok(tax_year) = year.year.trim().parse::<i32>() else {
                if !year.year.trim().is_empty() {
                    unreadable.push(format!("income.years.{index}.year"));
                }
                continue;
            };
            let applicant_cents = if year.amount.trim().is_empty() {
                Some(0)
            } else {
                parse_amount_cents(&year.amount)
            };
            let Some(applicant_cents) = applicant_cents else {
                unreadable.push(format!("income.years.{index}.amount"));
                continue;
            };
            let mut family_cents: i64 = 0;
            for (member, family) in year.family_income.iter().enumerate() {
                let name = family.member_name.trim().to_string();
                match parse_amount_cents(&family.amount) {
                    // Only a member of the same stato di famiglia counts (art. 433 c.c. family,
                    // declaration of maintenance): see the art. 9 poster in the RULES seed.
                    Some(_) if family.same_household == Some(false) => {
                        income_not_household.push((tax_year, name));
                    }
                    Some(cents) => {
                        if family.same_household.is_none() {
                            income_household_unanswered.push((tax_year, name));
                        }
                        family_cents = family_cents.saturating_add(cents);
                    }
                    None if family.amount.trim().is_empty() => {}
                    None => unreadable.push(format!(
                        "income.years.{index}.family_income.{member}.amount"
                    )),
                }
            }
            let typed_others = year.other_dependants.trim();
            let other_dependants = if typed_others.is_empty() {
                None
            } else {
                let parsed = typed_others.parse::<u32>().ok();
                if parsed.is_none() {
                    unreadable.push(format!("income.years.{index}.other_dependants"));
                }
                parsed
            };
            let household = household_of_year(
                &application.family.household,
                tax_year,
                year.dependent_spouse,
                other_dependants,
            );
            incomes.push(YearIncome {
                year: tax_year,
                applicant_cents,
                family_cents,
                household: Some(household),
            });
        }

        let household = &application.family.household;
        let dependent_spouse = household
            .iter()
            .any(|m| m.dependant && m.relationship == Some(Relationship::Spouse));
        let other_dependants = household
            .iter()
            .filter(|m| m.dependant && m.relationship != Some(Relationship::Spouse))
            .count();

        let marital = application.personal.marital_status;
        EligibilityInput {
            basis: basis_section.basis,
            residence_periods,
            marriage_date,
            spouse_italian: application.family.spouse.italian_citizen,
            children_with_spouse: application.family.children_with_spouse == Some(true),
            separated: marital == Some(MaritalStatus::Separated),
            marriage_ended: matches!(
                marital,
                Some(MaritalStatus::Divorced | MaritalStatus::Widowed)
            ),
            // The same facts as the sections and the checklist (`rules::requirements`).
            refugee_or_stateless: requirements::refugee_status(application),
            eu_citizen: requirements::is_eu_citizen(application),
            born_in_italy: born_in_italy(application),
            adoption_date,
            state_service,
            incomes,
            dependent_spouse,
            other_dependants: u32::try_from(other_dependants).unwrap_or(u32::MAX),
            unreadable,
            declared_gaps,
            subsidiary_protection: requirements::subsidiary_protection_only(application),
            marriage_events,
            submitted: application.procedure.submitted,
            income_not_household,
            income_household_unanswered,
        }
    }
}

/// The household of tax year `year`: the answers given for that year, else section 6's
/// dependants, leaving out those born after the year (a child born in 2024 counts for 2024 and
/// later, not for 2023).
pub fn household_of_year(
    members: &[HouseholdMember],
    year: i32,
    dependent_spouse: Option<bool>,
    other_dependants: Option<u32>,
) -> YearHousehold {
    let born_by_end_of_year = |member: &&HouseholdMember| {
        parse_user_date(&member.birth_date).is_none_or(|born| born.year() <= year)
    };
    let spouse = dependent_spouse.unwrap_or_else(|| {
        members
            .iter()
            .any(|m| m.dependant && m.relationship == Some(Relationship::Spouse))
    });
    let others = other_dependants.unwrap_or_else(|| {
        let count = members
            .iter()
            .filter(|m| m.dependant && m.relationship != Some(Relationship::Spouse))
            .filter(born_by_end_of_year)
            .count();
        u32::try_from(count).unwrap_or(u32::MAX)
    });
    YearHousehold {
        dependent_spouse: spouse,
        other_dependants: others,
    }
}

// ------------------------------------------------------------------ outcome

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

/// The minimum income (cents) for a household: the exact threshold (516.46 per further
/// dependant) and the lower one computed with the rounded 516.00.
pub fn income_thresholds(dependent_spouse: bool, other_dependants: u32) -> (i64, i64) {
    let base = if dependent_spouse {
        INCOME_WITH_SPOUSE_CENTS
    } else {
        INCOME_BASE_CENTS
    };
    let others = i64::from(other_dependants);
    (
        base + others * INCOME_PER_DEPENDANT_CENTS,
        base + others * INCOME_PER_DEPENDANT_ROUNDED_CENTS,
    )
}

/// Eligibility as of `today`.
pub fn assess(input: &EligibilityInput, today: NaiveDate) -> Assessment {
    let mut check = Check::default();
    for field in &input.unreadable {
        check.reasons.push(Reason::Unreadable {
            field: field.clone(),
        });
    }
    match input.basis {
        None => check.missing(Reason::BasisMissing),
        Some(basis) if basis.is_marriage() => marriage(input, basis, today, &mut check),
        Some(basis) => {
            residence_basis(input, basis, today, &mut check);
            income(input, today, &mut check);
            suggest_shorter_basis(input, basis, &mut check);
        }
    }
    check.finish()
}

/// Accumulates the reasons and the worst outcome.
#[derive(Default)]
struct Check {
    reasons: Vec<Reason>,
    not_met: bool,
    unclear: bool,
    missing: bool,
    earliest: Option<NaiveDate>,
}

impl Check {
    fn met(&mut self, reason: Reason) {
        self.reasons.push(reason);
    }
    fn not_met(&mut self, reason: Reason) {
        self.not_met = true;
        self.reasons.push(reason);
    }
    fn unclear(&mut self, reason: Reason) {
        self.unclear = true;
        self.reasons.push(reason);
    }
    /// Data not entered: the verdict waits for it.
    fn missing(&mut self, reason: Reason) {
        self.missing = true;
        self.reasons.push(reason);
    }
    fn not_yet(&mut self, earliest: NaiveDate, reason: Reason) {
        self.earliest = Some(self.earliest.map_or(earliest, |e| e.max(earliest)));
        self.reasons.push(reason);
    }
    fn finish(self) -> Assessment {
        let verdict = if self.not_met {
            Verdict::NotEligible
        } else if self.missing {
            Verdict::MoreInformation
        } else if let Some(earliest) = self.earliest {
            Verdict::NotYet { earliest }
        } else if self.unclear {
            Verdict::Borderline
        } else {
            Verdict::Eligible
        };
        Assessment {
            verdict,
            reasons: self.reasons,
        }
    }
}

/// The continuous span of residence that includes `today`, with the gaps found before it.
struct CurrentSpan {
    since: NaiveDate,
    /// The gap just before the span (from the end of the previous period to the new start).
    gap_before: Option<(NaiveDate, NaiveDate)>,
}

enum SpanResult {
    None,
    Ended(NaiveDate),
    Current(CurrentSpan),
}

fn current_span(periods: &[DateRange], today: NaiveDate) -> SpanResult {
    let mut sorted: Vec<DateRange> = periods
        .iter()
        .copied()
        .filter(|p| p.from <= today && p.to.is_none_or(|to| to >= p.from))
        .collect();
    if sorted.is_empty() {
        return SpanResult::None;
    }
    sorted.sort_by_key(|p| p.from);
    let mut since = sorted[0].from;
    let mut until = sorted[0].to;
    let mut gap_before = None;
    for period in &sorted[1..] {
        match until {
            // Still open: every later period is inside the span.
            None => {}
            Some(end) if period.from <= add_days(end, 1) => {
                until = match (until, period.to) {
                    (Some(a), Some(b)) => Some(a.max(b)),
                    _ => None,
                };
            }
            Some(end) => {
                gap_before = Some((end, period.from));
                since = period.from;
                until = period.to;
            }
        }
    }
    match until {
        Some(end) if end < today => SpanResult::Ended(end),
        _ => SpanResult::Current(CurrentSpan { since, gap_before }),
    }
}

/// The start of continuous residence counted for the requirement (not before `not_before`),
/// or `None` after explaining why there is none.
fn residence_start(
    input: &EligibilityInput,
    today: NaiveDate,
    not_before: Option<NaiveDate>,
    check: &mut Check,
) -> Option<NaiveDate> {
    match current_span(&input.residence_periods, today) {
        SpanResult::None => {
            // No period entered (or none started yet): ask for it. Periods that all ended are
            // a fact (`Ended` below).
            check.missing(Reason::ResidenceMissing);
            None
        }
        SpanResult::Ended(until) => {
            check.not_met(Reason::ResidenceNotCurrent { until });
            None
        }
        SpanResult::Current(span) => {
            if let Some((from, to)) = span.gap_before {
                let declared = input
                    .declared_gaps
                    .iter()
                    .find(|(resumed, _)| *resumed == to)
                    .map(|(_, reason)| *reason);
                match declared {
                    None => check.met(Reason::ResidenceGap { from, to }),
                    Some(reason) => {
                        check.met(Reason::ResidenceGapDeclared { from, to, reason });
                        if reason != GapReason::LivedAbroad {
                            check.met(Reason::PresenceProofMayHelp { from, to });
                        }
                    }
                }
            }
            Some(not_before.map_or(span.since, |d| d.max(span.since)))
        }
    }
}

fn residence_years(
    years: u32,
    input: &EligibilityInput,
    today: NaiveDate,
    not_before: Option<NaiveDate>,
    check: &mut Check,
) -> Option<NaiveDate> {
    let since = residence_start(input, today, not_before, check)?;
    let reached = add_months(since, years * 12);
    if reached <= today {
        check.met(Reason::ResidenceMet {
            years,
            since,
            reached,
        });
    } else {
        check.not_yet(
            reached,
            Reason::ResidenceNotYet {
                years,
                since,
                earliest: reached,
            },
        );
    }
    Some(reached)
}

fn residence_basis(
    input: &EligibilityInput,
    basis: LegalBasis,
    today: NaiveDate,
    check: &mut Check,
) {
    match basis {
        LegalBasis::Art9A => match input.born_in_italy {
            Some(true) => {
                residence_years(3, input, today, None, check);
            }
            Some(false) => {
                // Descendants: 2 years since L. 74/2025 (3 before). Between 2 and 3 years the
                // outcome depends on the rule the prefecture applies.
                let since = residence_start(input, today, None, check);
                if let Some(since) = since {
                    let two = add_months(since, 24);
                    let three = add_months(since, 36);
                    if three <= today {
                        check.met(Reason::ResidenceMet {
                            years: 3,
                            since,
                            reached: three,
                        });
                    } else if two <= today {
                        check.met(Reason::ResidenceMet {
                            years: 2,
                            since,
                            reached: two,
                        });
                        check.unclear(Reason::DescendantRuleChanged);
                    } else {
                        check.not_yet(
                            two,
                            Reason::ResidenceNotYet {
                                years: 2,
                                since,
                                earliest: two,
                            },
                        );
                        check.met(Reason::DescendantRuleChanged);
                    }
                }
            }
            None => {
                check.missing(Reason::BornInItalyUnanswered);
                residence_years(3, input, today, None, check);
            }
        },
        LegalBasis::Art9B => match input.adoption_date {
            Some(adopted) => {
                residence_years(5, input, today, Some(adopted), check);
            }
            None => {
                check.missing(Reason::AdoptionDateMissing);
                residence_years(5, input, today, None, check);
            }
        },
        LegalBasis::Art9C => state_service(input, today, check),
        LegalBasis::Art9D => {
            if !input.eu_citizen {
                check.unclear(Reason::NotEuCitizen);
            }
            residence_years(4, input, today, None, check);
        }
        LegalBasis::Art9E => {
            // Letter e) is for recognised refugees and stateless persons only; subsidiary
            // protection (d.lgs. 251/2007 art. 2 g) falls under f): 10 years (RULES).
            let stateless = input.refugee_or_stateless == Some(RefugeeStatus::Stateless);
            if input.subsidiary_protection && !stateless {
                check.unclear(Reason::SubsidiaryProtectionUseF);
                residence_years(10, input, today, None, check);
            } else {
                if input.refugee_or_stateless.is_none() {
                    check.missing(Reason::RefugeeStatusMissing);
                }
                residence_years(5, input, today, None, check);
            }
        }
        LegalBasis::Art9F | LegalBasis::Art5Italy | LegalBasis::Art5Abroad => {
            residence_years(10, input, today, None, check);
        }
    }
}

fn state_service(input: &EligibilityInput, today: NaiveDate, check: &mut Check) {
    let Some(service) = input.state_service else {
        check.missing(Reason::ServiceMissing);
        return;
    };
    let since = service.from;
    let reached = add_months(since, 60);
    let served_until = service.to.map_or(today, |to| to.min(today));
    if reached <= add_days(served_until, 1) {
        check.met(Reason::ServiceMet { since, reached });
    } else if service.to.is_some_and(|to| to < today) {
        check.not_met(Reason::ServiceTooShort {
            since,
            until: served_until,
        });
    } else {
        check.not_yet(
            reached,
            Reason::ServiceNotYet {
                since,
                earliest: reached,
            },
        );
    }
}

fn marriage(input: &EligibilityInput, basis: LegalBasis, today: NaiveDate, check: &mut Check) {
    match input.spouse_italian {
        Some(false) => check.not_met(Reason::SpouseNotItalian),
        None => check.missing(Reason::SpouseCitizenshipUnanswered),
        Some(true) => {}
    }
    // Art. 5 c. 1 L. 91/1992: at the decree there must be no dissolution, annulment, end of the
    // civil effects of the marriage nor personal separation. Before the application: not
    // eligible; while pending: the application will likely be rejected (RULES).
    let mut events = input.marriage_events.clone();
    events.sort_by_key(|(_, on)| *on);
    let mut dated_separation = false;
    let mut dated_end = false;
    for (event, on) in events {
        if event == MarriageEvent::Separation {
            dated_separation = true;
        } else {
            dated_end = true;
        }
        match input.submitted {
            Some(submitted) if on >= submitted => {
                check.not_met(Reason::MarriageEventWhilePending {
                    event,
                    date: on,
                    submitted,
                })
            }
            _ => check.not_met(Reason::MarriageEventBefore { event, date: on }),
        }
    }
    if input.separated && !dated_separation {
        check.not_met(Reason::Separated);
    }
    if input.marriage_ended && !dated_end {
        check.not_met(Reason::MarriageEnded);
    }
    let abroad = basis == LegalBasis::Art5Abroad;
    let full_months: u32 = if abroad { 36 } else { 24 };
    let months = if input.children_with_spouse {
        full_months / 2
    } else {
        full_months
    };
    if input.children_with_spouse {
        check.met(Reason::ChildrenHalvePeriod);
    }
    match input.marriage_date {
        None => check.missing(Reason::MarriageDateMissing),
        Some(married) if abroad => {
            let reached = add_months(married, months);
            if reached <= today {
                check.met(Reason::MarriageMet {
                    months,
                    since: married,
                    reached,
                });
            } else {
                check.not_yet(
                    reached,
                    Reason::MarriageNotYet {
                        months,
                        since: married,
                        earliest: reached,
                    },
                );
            }
        }
        Some(married) => {
            if let Some(since) = residence_start(input, today, Some(married), check) {
                let reached = add_months(since, months);
                if reached <= today {
                    check.met(Reason::MarriageResidenceMet {
                        months,
                        since,
                        reached,
                    });
                } else {
                    check.not_yet(
                        reached,
                        Reason::MarriageResidenceNotYet {
                            months,
                            since,
                            earliest: reached,
                        },
                    );
                }
            }
        }
    }
    check.met(Reason::NoIncomeRequirement);
}

/// Each of the three tax years before the year of application must reach the threshold.
fn income(input: &EligibilityInput, today: NaiveDate, check: &mut Check) {
    let application_year = check
        .earliest
        .map_or(today.year(), |d| d.year().max(today.year()));
    for year in (application_year - 3..application_year).rev() {
        let entered = input.incomes.iter().find(|i| i.year == year);
        match entered {
            // Years not over yet cannot be judged.
            None if year >= today.year() => {}
            None => check.missing(Reason::IncomeMissing { year }),
            Some(income) => {
                let household = income.household.unwrap_or(YearHousehold {
                    dependent_spouse: input.dependent_spouse,
                    other_dependants: input.other_dependants,
                });
                let (threshold, lower) =
                    income_thresholds(household.dependent_spouse, household.other_dependants);
                if household != YearHousehold::default() {
                    check.met(Reason::IncomeHousehold {
                        year,
                        dependent_spouse: household.dependent_spouse,
                        others: household.other_dependants,
                    });
                }
                for (_, name) in input
                    .income_not_household
                    .iter()
                    .filter(|(y, _)| *y == year)
                {
                    check.met(Reason::FamilyIncomeNotHousehold {
                        year,
                        name: name.clone(),
                    });
                }
                for (_, name) in input
                    .income_household_unanswered
                    .iter()
                    .filter(|(y, _)| *y == year)
                {
                    check.missing(Reason::FamilyIncomeHouseholdUnanswered {
                        year,
                        name: name.clone(),
                    });
                }
                let total = income.total_cents();
                if total >= threshold {
                    check.met(Reason::IncomeMet {
                        year,
                        income_cents: total,
                        threshold_cents: threshold,
                    });
                } else if total >= lower {
                    check.unclear(Reason::IncomeBorderline {
                        year,
                        income_cents: total,
                        lower_cents: lower,
                        threshold_cents: threshold,
                    });
                } else {
                    check.not_met(Reason::IncomeBelow {
                        year,
                        income_cents: total,
                        threshold_cents: threshold,
                    });
                }
            }
        }
    }
}

fn suggest_shorter_basis(input: &EligibilityInput, basis: LegalBasis, check: &mut Check) {
    let shorter = if input.born_in_italy == Some(true) && basis != LegalBasis::Art9A {
        Some((LegalBasis::Art9A, 3))
    } else if input.eu_citizen && basis == LegalBasis::Art9F {
        Some((LegalBasis::Art9D, 4))
    } else if input.refugee_or_stateless.is_some()
        && !input.subsidiary_protection
        && basis == LegalBasis::Art9F
    {
        Some((LegalBasis::Art9E, 5))
    } else {
        None
    };
    if let Some((basis, years)) = shorter {
        check.met(Reason::ConsiderBasis { basis, years });
    }
}

// ------------------------------------------------------------------ facts about the applicant

/// The art. 9 a) question for the assessment, by [`requirements::is_born_in_italy`] (the place
/// of birth first): `Some(true)` born in Italy; `Some(false)` descendant of a citizen by birth,
/// as answered for art. 9 a); `None` otherwise (an art. 9 a) answer the place contradicts too).
fn born_in_italy(application: &Application) -> Option<bool> {
    if requirements::is_born_in_italy(application) {
        return Some(true);
    }
    let basis = &application.legal_basis;
    if basis.basis == Some(LegalBasis::Art9A) && basis.art9a_born_in_italy == Some(false) {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `elig-...` literal of this file is listed in `message_ids()`.
    #[test]
    fn message_ids_cover_the_source() {
        let source = include_str!("eligibility.rs");
        for literal in source.split('"').skip(1).step_by(2) {
            if literal.starts_with("elig-") && !literal.ends_with('-') {
                assert!(message_ids().contains(&literal), "{literal}");
            }
        }
        for verdict in [
            Verdict::Eligible,
            Verdict::NotEligible,
            Verdict::Borderline,
            Verdict::MoreInformation,
        ] {
            assert!(message_ids().contains(&format!("verdict-{}", verdict.key()).as_str()));
        }
    }
}
