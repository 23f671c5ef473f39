//! What the eligibility check reads: the legal basis, the residence periods, the marriage, the
//! income per year and its household, filled in from an application or typed stand-alone.

use chrono::{Datelike, NaiveDate};

use crate::model::{
    Application, GapReason, HouseholdMember, LegalBasis, MaritalStatus, RefugeeStatus, Relationship,
};
use crate::rules::fields::{parse_amount_cents, parse_user_date};
use crate::rules::requirements;

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
