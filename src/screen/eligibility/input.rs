//! The form, as typed, read into the assessment's input: only what the chosen basis asks for,
//! each value that cannot be read named (in the current language) so the verdict says it is
//! unsure, and the draft's facts the form has no field for added back.

use chrono::NaiveDate;
use cittadinanza_core::model::LegalBasis;
use cittadinanza_core::rules::eligibility::{
    Assessment, DateRange, EligibilityInput, YearIncome, assess,
};
use cittadinanza_core::rules::fields::{parse_amount_cents, parse_date};

use super::{Eligibility, needs_income, needs_marriage, needs_residence};
use crate::i18n::{t, t_args};

/// Reads the typed values, keeping the names of those that cannot be read, in form order.
#[derive(Default)]
struct Reader {
    unreadable: Vec<String>,
}

impl Reader {
    /// A typed date: `None` when empty or unreadable (then `what` is named).
    fn date(&mut self, text: &str, what: String) -> Option<NaiveDate> {
        if text.trim().is_empty() {
            return None;
        }
        let parsed = parse_date(text).ok();
        if parsed.is_none() {
            self.unreadable.push(what);
        }
        parsed
    }
}

impl Eligibility {
    /// The form read into the assessment's input; values that cannot be read are named (in
    /// the current language) in `unreadable`, so the verdict says it is unsure.
    pub fn input(&self) -> EligibilityInput {
        let mut reader = Reader::default();
        let basis = self.basis;
        let residence_periods = if needs_residence(basis) {
            self.residence_periods(&mut reader)
        } else {
            Vec::new()
        };
        let marriage = needs_marriage(basis);
        let marriage_date = if marriage {
            reader.date(&self.marriage_date, t("eligibility-marriage-date"))
        } else {
            None
        };
        let adoption_date = if basis == Some(LegalBasis::Art9B) {
            reader.date(&self.adoption_date, t("eligibility-adoption-date"))
        } else {
            None
        };
        let state_service = if basis == Some(LegalBasis::Art9C) {
            let from = reader.date(&self.service.0, t("eligibility-service-from"));
            let to = reader.date(&self.service.1, t("eligibility-service-to"));
            from.map(|from| DateRange { from, to })
        } else {
            None
        };
        let (incomes, other_dependants) = if needs_income(basis) {
            self.incomes(&mut reader)
        } else {
            (Vec::new(), 0)
        };
        let mut input = EligibilityInput {
            basis,
            residence_periods,
            marriage_date,
            spouse_italian: marriage.then_some(self.spouse_italian),
            children_with_spouse: marriage && self.children_with_spouse,
            separated: marriage && self.separated,
            marriage_ended: marriage && self.marriage_ended,
            refugee_or_stateless: if basis == Some(LegalBasis::Art9E) {
                self.refugee
            } else {
                None
            },
            eu_citizen: basis == Some(LegalBasis::Art9D) && self.eu_citizen,
            born_in_italy: (basis == Some(LegalBasis::Art9A)).then_some(self.born_in_italy),
            adoption_date,
            state_service,
            incomes,
            dependent_spouse: needs_income(basis) && self.dependent_spouse,
            other_dependants,
            unreadable: reader.unreadable,
            ..Default::default()
        };
        self.add_draft_facts(&mut input);
        input
    }

    pub fn assessment(&self, today: NaiveDate) -> Assessment {
        assess(&self.input(), today)
    }

    /// The periods of residence whose dates can be read (an empty end: still living there).
    fn residence_periods(&self, reader: &mut Reader) -> Vec<DateRange> {
        let mut periods = Vec::new();
        for (index, (from, to)) in self.periods.iter().enumerate() {
            let n = (index + 1).to_string();
            let from = reader.date(from, t_args("eligibility-period-from", &[("n", &n)]));
            let to_text = to.trim();
            let to_parsed = reader.date(to, t_args("eligibility-period-to", &[("n", &n)]));
            if let Some(from) = from
                && (to_text.is_empty() || to_parsed.is_some())
            {
                periods.push(DateRange {
                    from,
                    to: to_parsed,
                });
            }
        }
        periods
    }

    /// The yearly incomes that can be read, and the number of other dependants.
    fn incomes(&self, reader: &mut Reader) -> (Vec<YearIncome>, u32) {
        let mut incomes = Vec::new();
        for (year, amount) in &self.incomes {
            let Ok(tax_year) = year.trim().parse::<i32>() else {
                if !year.trim().is_empty() {
                    reader
                        .unreadable
                        .push(t_args("eligibility-income-year-of", &[("year", year)]));
                }
                continue;
            };
            match parse_amount_cents(amount) {
                Some(cents) => incomes.push(YearIncome {
                    year: tax_year,
                    applicant_cents: cents,
                    family_cents: 0,
                    household: None,
                }),
                None if amount.trim().is_empty() => {}
                None => reader.unreadable.push(t_args(
                    "eligibility-income-of",
                    &[("year", tax_year.to_string())],
                )),
            }
        }
        let mut other_dependants = 0;
        let typed = self.other_dependants.trim();
        if !typed.is_empty() {
            match typed.parse::<u32>() {
                Ok(n) => other_dependants = n,
                Err(_) => reader.unreadable.push(t("eligibility-other-dependants")),
            }
        }
        (incomes, other_dependants)
    }

    /// The facts of the draft that filled the form and that the form has no field for.
    fn add_draft_facts(&self, input: &mut EligibilityInput) {
        let Some(draft) = &self.draft else {
            return;
        };
        for income in &mut input.incomes {
            income.household = draft
                .incomes
                .iter()
                .find(|d| d.year == income.year)
                .and_then(|d| d.household);
        }
        input.declared_gaps = draft.declared_gaps.clone();
        input.subsidiary_protection = draft.subsidiary_protection;
        input.submitted = draft.submitted;
        if needs_marriage(self.basis) {
            input.marriage_events = draft.marriage_events.clone();
        }
        input.income_not_household = draft.income_not_household.clone();
        input.income_household_unanswered = draft.income_household_unanswered.clone();
    }
}
