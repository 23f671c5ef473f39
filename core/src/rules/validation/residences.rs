//! Section 5: the registered residences in Italy, without overlaps, up to today; a gap is an
//! error unless the applicant declared it with its reason on the period after it.

use chrono::{Duration, NaiveDate};

use super::{Checker, Context};
use crate::model::{LegalBasis, Residences};
use crate::rules::{Problem, fields};

pub(crate) fn check(ctx: &Context<'_>, c: &mut Checker) {
    let r = &ctx.app.residences;
    // Living abroad (art. 5 abroad, art. 9 c abroad) there is nothing to declare.
    let required = ctx.lives_in_italy() && ctx.basis != Some(LegalBasis::Art9C);
    if r.periods.is_empty() {
        if required {
            c.issue("periods", Problem::Missing);
        }
        return;
    }

    // (index, from, to) of the periods whose dates are valid; `to` None = current residence.
    let mut valid: Vec<(usize, NaiveDate, Option<NaiveDate>)> = Vec::new();
    for (i, period) in r.periods.iter().enumerate() {
        let field = |name: &str| format!("periods.{i}.{name}");
        c.text(&field("municipality"), &period.municipality);
        if let Err(problem) = fields::parse_province(&period.province) {
            c.issue(&field("province"), problem);
        }
        let from = c.past_date(ctx, &field("from"), &period.from, true);
        let to = c.past_date(ctx, &field("to"), &period.to, false);
        if c.not_before_start(&field("to"), from, to)
            && let Some(from) = from
            && (period.to.trim().is_empty() || to.is_some())
        {
            valid.push((i, from, to));
        }
    }
    valid.sort_by_key(|(_, from, _)| *from);

    for pair in valid.windows(2) {
        let (prev_index, _, prev_to) = pair[0];
        let (index, from, _) = pair[1];
        match prev_to {
            None => c.issue(
                &format!("periods.{prev_index}.to"),
                Problem::OpenPeriodNotLast,
            ),
            Some(prev_to) if from <= prev_to => c.issue(
                &format!("periods.{index}.from"),
                Problem::ResidenceOverlap {
                    other: prev_index + 1,
                },
            ),
            // A gap the applicant declared (with its reason) is a fact, not an error.
            Some(prev_to)
                if from - prev_to > Duration::days(1)
                    && r.periods[index].gap_before_reason.is_none() =>
            {
                c.issue(
                    &format!("periods.{index}.from"),
                    Problem::ResidenceGap {
                        from: fields::format_date(prev_to + Duration::days(1)),
                        to: fields::format_date(from - Duration::days(1)),
                    },
                )
            }
            Some(_) => {}
        }
    }
    if let Some(&(index, _, Some(to))) = valid.last()
        && to < ctx.today
        && required
    {
        c.issue(
            &format!("periods.{index}.to"),
            Problem::ResidencesNotUpToDate {
                on: fields::format_date(to),
            },
        );
    }

    // Asked only when the first registration could be before the 14th birthday.
    let first_from = valid.first().map(|(_, from, _)| *from);
    let fourteenth = ctx.birth.map(|birth| fields::add_years(birth, 14));
    let could_be_before_14 = match (first_from, fourteenth) {
        (Some(first), Some(fourteenth)) => first < fourteenth,
        _ => true,
    };
    match r.registered_in_italy_before_14 {
        None if could_be_before_14 => c.issue("registered_in_italy_before_14", Problem::Missing),
        Some(true) if !could_be_before_14 => c.issue(
            "registered_in_italy_before_14",
            Problem::RegisteredBefore14Contradicted,
        ),
        _ => {}
    }
}

/// The continuous residence ending with the latest period (shown to the applicant; the
/// eligibility verdict is `rules::eligibility`'s).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResidenceSpan {
    pub from: NaiveDate,
    /// `today` when the latest period is open.
    pub to: NaiveDate,
}

impl ResidenceSpan {
    /// Whole years covered.
    pub fn full_years(&self) -> i32 {
        let mut years = 0;
        while fields::add_years(self.from, years + 1) <= self.to + Duration::days(1) {
            years += 1;
        }
        years
    }

    pub fn message_id(&self) -> &'static str {
        "info-residence-span"
    }

    pub fn args(&self) -> Vec<(&'static str, String)> {
        vec![
            ("from", fields::format_date(self.from)),
            ("to", fields::format_date(self.to)),
            ("years", self.full_years().to_string()),
        ]
    }
}

/// The continuous span of residence (periods at most one day apart) that ends with the latest
/// period; invalid periods are skipped. `None` when no period has valid dates.
pub fn continuous_residence(residences: &Residences, today: NaiveDate) -> Option<ResidenceSpan> {
    let mut periods: Vec<(NaiveDate, NaiveDate)> = residences
        .periods
        .iter()
        .filter_map(|p| {
            let from = fields::parse_date(&p.from).ok()?;
            let to = if p.to.trim().is_empty() {
                today
            } else {
                fields::parse_date(&p.to).ok()?
            };
            (from <= to).then_some((from, to.min(today)))
        })
        .collect();
    periods.sort();
    let (mut from, mut to) = *periods.last()?;
    // Walk back from the latest period, extending while the chain is unbroken.
    for &(p_from, p_to) in periods.iter().rev().skip(1) {
        if p_to + Duration::days(1) >= from {
            from = from.min(p_from);
            to = to.max(p_to);
        } else {
            break;
        }
    }
    Some(ResidenceSpan { from, to })
}
