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

mod checks;
mod input;
mod outcome;

use chrono::NaiveDate;

use checks::{Check, income, marriage, residence_basis, suggest_shorter_basis};
pub use input::{
    DateRange, EligibilityInput, MarriageEvent, YearHousehold, YearIncome, household_of_year,
};
pub use outcome::{Assessment, Reason, Verdict, message_ids};

/// Minimum yearly income (cents) with no dependants: 16 million lire.
pub const INCOME_BASE_CENTS: i64 = 826_331;
/// Minimum yearly income (cents) with a dependent spouse: 22 million lire.
pub const INCOME_WITH_SPOUSE_CENTS: i64 = 1_136_205;
/// Addition per further dependant: 1 million lire converted exactly (516.46 EUR).
pub const INCOME_PER_DEPENDANT_CENTS: i64 = 51_646;
/// The rounded addition (516.00 EUR) that circulates in prefectures' pages.
pub const INCOME_PER_DEPENDANT_ROUNDED_CENTS: i64 = 51_600;

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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `elig-...` literal of this module is listed in `message_ids()`.
    #[test]
    fn message_ids_cover_the_source() {
        let source = [
            include_str!("mod.rs"),
            include_str!("input.rs"),
            include_str!("outcome.rs"),
            include_str!("checks.rs"),
        ]
        .concat();
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
