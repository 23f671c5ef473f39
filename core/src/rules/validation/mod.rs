//! Per-field validation of the twelve sections: a section is complete (blue dot) when it has
//! no issue. What is required depends on the answers (legal basis, place of birth, status ...).
//! No eligibility verdict here: see `rules::eligibility`.

use chrono::NaiveDate;

use super::fields::{self, format_date};
use super::{FieldIssue, Problem, SectionStatus};
use crate::model::{Application, LegalBasis, Place, RefugeeStatus, SectionId};

mod cf;
mod closing;
mod family;
mod identity;
mod obligations;
pub mod requirements;
mod residences;

pub use residences::{ResidenceSpan, continuous_residence};

/// Checks one section of `application` as of `today`.
pub fn check_section(
    application: &Application,
    section: SectionId,
    today: NaiveDate,
) -> SectionStatus {
    let ctx = Context::new(application, today);
    let mut c = Checker::new(section);
    match section {
        SectionId::LegalBasis => identity::legal_basis(&ctx, &mut c),
        SectionId::Personal => identity::personal(&ctx, &mut c),
        SectionId::BirthCertificate => identity::birth_certificate(&ctx, &mut c),
        SectionId::EntryStay => identity::entry_stay(&ctx, &mut c),
        SectionId::Residences => residences::check(&ctx, &mut c),
        SectionId::Family => family::check(&ctx, &mut c),
        SectionId::Income => obligations::income(&ctx, &mut c),
        SectionId::Judicial => obligations::judicial(&ctx, &mut c),
        SectionId::Language => obligations::language(&ctx, &mut c),
        SectionId::Payments => obligations::payments(&ctx, &mut c),
        SectionId::Documents => closing::documents(&ctx, &mut c),
        SectionId::Consent => closing::consent(&ctx, &mut c),
    }
    SectionStatus {
        section,
        issues: c.issues,
    }
}

/// The twelve sections' states, in order.
pub fn check_application(application: &Application, today: NaiveDate) -> Vec<SectionStatus> {
    SectionId::ALL
        .into_iter()
        .map(|section| check_section(application, section, today))
        .collect()
}

/// How many of the twelve sections are complete.
pub fn completed_sections(application: &Application, today: NaiveDate) -> usize {
    check_application(application, today)
        .iter()
        .filter(|status| status.is_complete())
        .count()
}

/// Facts about the applicant that several sections depend on.
pub(crate) struct Context<'a> {
    pub app: &'a Application,
    pub today: NaiveDate,
    pub basis: Option<LegalBasis>,
    pub birth: Option<NaiveDate>,
}

impl<'a> Context<'a> {
    fn new(app: &'a Application, today: NaiveDate) -> Self {
        Context {
            app,
            today,
            basis: app.legal_basis.basis,
            birth: fields::parse_date(&app.personal.birth_date).ok(),
        }
    }

    pub fn is_marriage(&self) -> bool {
        self.basis.is_some_and(LegalBasis::is_marriage)
    }

    pub fn born_in_italy(&self) -> bool {
        requirements::is_born_in_italy(self.app)
    }

    /// Art. 9 e) with the status chosen (a stateless person has no citizenship to type).
    pub fn refugee_or_stateless(&self) -> Option<RefugeeStatus> {
        if self.basis == Some(LegalBasis::Art9E) {
            self.app.legal_basis.refugee_or_stateless
        } else {
            None
        }
    }

    /// Whether the applicant lives in Italy (and so has an Italian residence, permit, CF).
    pub fn lives_in_italy(&self) -> bool {
        requirements::lives_in_italy(self.app)
    }
}

/// Collects the issues of one section; field names are relative to the section's key.
pub(crate) struct Checker {
    section: SectionId,
    pub issues: Vec<FieldIssue>,
}

impl Checker {
    fn new(section: SectionId) -> Self {
        Checker {
            section,
            issues: Vec::new(),
        }
    }

    pub fn issue(&mut self, field: &str, problem: Problem) {
        self.issues.push(FieldIssue {
            field: format!("{}.{field}", self.section.key()),
            problem,
        });
    }

    /// Required free text: `Missing` when blank.
    pub fn text(&mut self, field: &str, value: &str) -> bool {
        if value.trim().is_empty() {
            self.issue(field, Problem::Missing);
            false
        } else {
            true
        }
    }

    /// A person's name (required or optional).
    pub fn name(&mut self, field: &str, value: &str, required: bool) {
        if !required && value.trim().is_empty() {
            return;
        }
        if let Err(problem) = fields::parse_name(value) {
            self.issue(field, problem);
        }
    }

    pub fn choice<T: Copy>(&mut self, field: &str, value: Option<T>) -> Option<T> {
        if value.is_none() {
            self.issue(field, Problem::Missing);
        }
        value
    }

    /// A date; blank is an issue only when `required`.
    pub fn date(&mut self, field: &str, value: &str, required: bool) -> Option<NaiveDate> {
        if value.trim().is_empty() {
            if required {
                self.issue(field, Problem::Missing);
            }
            return None;
        }
        match fields::parse_date(value) {
            Ok(date) => Some(date),
            Err(problem) => {
                self.issue(field, problem);
                None
            }
        }
    }

    /// A date of something that already happened in the applicant's life: not in the future,
    /// not before the birth date. Returns the date only when it passes.
    pub fn past_date(
        &mut self,
        ctx: &Context<'_>,
        field: &str,
        value: &str,
        required: bool,
    ) -> Option<NaiveDate> {
        self.past_date_after(field, value, required, ctx.today, ctx.birth)
    }

    /// Like [`Self::past_date`] for another person born on `birth`.
    pub fn past_date_after(
        &mut self,
        field: &str,
        value: &str,
        required: bool,
        today: NaiveDate,
        birth: Option<NaiveDate>,
    ) -> Option<NaiveDate> {
        let date = self.date(field, value, required)?;
        if date > today {
            self.issue(field, Problem::DateInFuture);
            None
        } else if birth.is_some_and(|birth| date < birth) {
            self.issue(field, Problem::DateBeforeBirth);
            None
        } else {
            Some(date)
        }
    }

    /// `end` must not come before `start` (both already parsed).
    pub fn not_before_start(
        &mut self,
        field: &str,
        start: Option<NaiveDate>,
        end: Option<NaiveDate>,
    ) -> bool {
        if let (Some(start), Some(end)) = (start, end)
            && end < start
        {
            self.issue(
                field,
                Problem::EndBeforeStart {
                    start: format_date(start),
                },
            );
            return false;
        }
        true
    }

    /// `date` must not precede the event `event` (a Fluent id) of date `earlier`.
    pub fn not_before_event(
        &mut self,
        field: &str,
        date: Option<NaiveDate>,
        event: &'static str,
        earlier: Option<NaiveDate>,
    ) {
        if let (Some(date), Some(earlier)) = (date, earlier)
            && date < earlier
        {
            self.issue(
                field,
                Problem::DateBefore {
                    event,
                    date: format_date(earlier),
                },
            );
        }
    }

    /// A place of birth: town, and the province in Italy or the country abroad.
    pub fn place(&mut self, field: &str, place: &Place) {
        self.text(&format!("{field}.town"), &place.town);
        if is_italy(place) {
            if let Err(problem) = fields::parse_province(&place.province) {
                self.issue(&format!("{field}.province"), problem);
            }
        } else {
            self.text(&format!("{field}.country"), &place.country);
        }
    }
}

pub(crate) use crate::rules::countries::same_country;

/// A place in Italy: country "Italia"/"Italy", or no country but a province.
pub(crate) fn is_italy(place: &Place) -> bool {
    requirements::is_italian_place(place)
}

#[cfg(test)]
mod tests;
