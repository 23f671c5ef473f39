//! The checks of [`super::assess`]: continuous residence, years of marriage or state service,
//! the state of the marriage and the minimum income, each adding its [`Reason`]s to a [`Check`].

use chrono::{Datelike, NaiveDate};

use crate::model::{GapReason, LegalBasis, RefugeeStatus};
use crate::rules::fields::{add_days, add_months};

use super::{
    Assessment, DateRange, EligibilityInput, MarriageEvent, Reason, Verdict, YearHousehold,
    income_thresholds,
};

/// Accumulates the reasons and the worst outcome.
#[derive(Default)]
pub(super) struct Check {
    pub(super) reasons: Vec<Reason>,
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
    pub(super) fn missing(&mut self, reason: Reason) {
        self.missing = true;
        self.reasons.push(reason);
    }
    fn not_yet(&mut self, earliest: NaiveDate, reason: Reason) {
        self.earliest = Some(self.earliest.map_or(earliest, |e| e.max(earliest)));
        self.reasons.push(reason);
    }
    pub(super) fn finish(self) -> Assessment {
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

pub(super) fn residence_basis(
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

pub(super) fn marriage(
    input: &EligibilityInput,
    basis: LegalBasis,
    today: NaiveDate,
    check: &mut Check,
) {
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
pub(super) fn income(input: &EligibilityInput, today: NaiveDate, check: &mut Check) {
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

pub(super) fn suggest_shorter_basis(
    input: &EligibilityInput,
    basis: LegalBasis,
    check: &mut Check,
) {
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
