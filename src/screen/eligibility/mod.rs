//! "Can I apply?": the eligibility check, filled in from the open draft or typed in before any
//! draft exists. Only what the chosen legal basis needs is asked; the verdict and its reasons
//! are recomputed at every keystroke (the assessment is pure and cheap).
//!
//! The form's state and messages here, the form read into the assessment's input in
//! [`input`], the view in [`view`]. Like every screen: `update(message, &context) -> (Task,
//! Option<Event>)`.

mod input;
mod view;

use chrono::NaiveDate;
use cittadinanza_core::model::{Application, LegalBasis, RefugeeStatus};
use cittadinanza_core::rules::eligibility::EligibilityInput;
use cittadinanza_core::rules::fields::format_amount;
use cittadinanza_core::store::ApplicantId;
use iced::Task;

#[derive(Debug, Clone)]
pub enum Message {
    BasisChosen(LegalBasis),
    PeriodChanged(usize, Bound, String),
    AddPeriod,
    RemovePeriod(usize),
    MarriageDateChanged(String),
    SpouseItalian(bool),
    Children(bool),
    Separated(bool),
    MarriageEnded(bool),
    RefugeeChosen(RefugeeStatus),
    EuCitizen(bool),
    BornInItaly(bool),
    AdoptionDateChanged(String),
    ServiceChanged(Bound, String),
    IncomeChanged(usize, IncomeField, String),
    AddIncome,
    RemoveIncome(usize),
    DependentSpouse(bool),
    OtherDependantsChanged(String),
    /// Take the values of the open draft again (drops what was typed here).
    FromDraft,
}

/// What the screen reads from the application.
pub struct Context<'a> {
    /// The open applicant and its draft, to fill the form from.
    pub draft: Option<(ApplicantId, &'a Application)>,
}

/// What the application must react to: nothing (the form is the screen's own).
#[derive(Debug, Clone)]
pub enum Event {}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    From,
    To,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IncomeField {
    Year,
    Amount,
}

/// The form, as typed (dates and amounts are text until the assessment reads them).
#[derive(Debug, Clone, Default)]
pub struct Eligibility {
    pub basis: Option<LegalBasis>,
    pub periods: Vec<(String, String)>,
    pub marriage_date: String,
    pub spouse_italian: bool,
    pub children_with_spouse: bool,
    pub separated: bool,
    pub marriage_ended: bool,
    pub refugee: Option<RefugeeStatus>,
    pub eu_citizen: bool,
    pub born_in_italy: bool,
    pub adoption_date: String,
    pub service: (String, String),
    pub incomes: Vec<(String, String)>,
    pub dependent_spouse: bool,
    pub other_dependants: String,
    /// The applicant whose draft filled the form (`None` = typed in stand-alone).
    pub filled_from: Option<ApplicantId>,
    /// Something was typed here since the form was filled.
    pub edited: bool,
    /// The draft's facts this form has no field for (declared residence gaps, subsidiary
    /// protection, marriage events, the submission date, each year's household and the
    /// stato di famiglia answers): kept so the verdict here is the draft's.
    pub draft: Option<EligibilityInput>,
}

fn date_text(date: Option<NaiveDate>) -> String {
    date.map(|d| d.format("%d/%m/%Y").to_string())
        .unwrap_or_default()
}

/// What the chosen basis asks for.
fn needs_residence(basis: Option<LegalBasis>) -> bool {
    !matches!(basis, Some(LegalBasis::Art5Abroad | LegalBasis::Art9C))
}

fn needs_marriage(basis: Option<LegalBasis>) -> bool {
    basis.is_some_and(LegalBasis::is_marriage)
}

fn needs_income(basis: Option<LegalBasis>) -> bool {
    basis.is_some_and(LegalBasis::is_residence)
}

impl Eligibility {
    /// The form filled with the values of a draft.
    pub fn from_application(application: &Application, id: Option<ApplicantId>) -> Eligibility {
        let input = EligibilityInput::from_application(application);
        Eligibility {
            basis: input.basis,
            periods: input
                .residence_periods
                .iter()
                .map(|p| (date_text(Some(p.from)), date_text(p.to)))
                .collect(),
            marriage_date: date_text(input.marriage_date),
            spouse_italian: input.spouse_italian == Some(true),
            children_with_spouse: input.children_with_spouse,
            separated: input.separated,
            marriage_ended: input.marriage_ended,
            refugee: input.refugee_or_stateless,
            eu_citizen: input.eu_citizen,
            born_in_italy: input.born_in_italy == Some(true),
            adoption_date: date_text(input.adoption_date),
            service: input
                .state_service
                .map(|s| (date_text(Some(s.from)), date_text(s.to)))
                .unwrap_or_default(),
            incomes: input
                .incomes
                .iter()
                .map(|y| (y.year.to_string(), format_amount(y.total_cents())))
                .collect(),
            dependent_spouse: input.dependent_spouse,
            other_dependants: if input.other_dependants == 0 {
                String::new()
            } else {
                input.other_dependants.to_string()
            },
            filled_from: id,
            edited: false,
            draft: Some(input),
        }
    }

    /// Applies a change; `FromDraft` fills the form again from the open draft, if any.
    pub fn update(
        &mut self,
        message: Message,
        context: &Context<'_>,
    ) -> (Task<Message>, Option<Event>) {
        if let Message::FromDraft = message {
            if let Some((id, application)) = context.draft {
                *self = Eligibility::from_application(application, Some(id));
            }
            return (Task::none(), None);
        }
        self.edited = true;
        self.edit(message);
        (Task::none(), None)
    }

    /// A value typed or chosen in the form.
    fn edit(&mut self, message: Message) {
        match message {
            Message::BasisChosen(basis) => self.basis = Some(basis),
            Message::PeriodChanged(index, bound, value) => {
                if let Some(period) = self.periods.get_mut(index) {
                    match bound {
                        Bound::From => period.0 = value,
                        Bound::To => period.1 = value,
                    }
                }
            }
            Message::AddPeriod => self.periods.push(Default::default()),
            Message::RemovePeriod(index) => {
                if index < self.periods.len() {
                    self.periods.remove(index);
                }
            }
            Message::MarriageDateChanged(value) => self.marriage_date = value,
            Message::SpouseItalian(value) => self.spouse_italian = value,
            Message::Children(value) => self.children_with_spouse = value,
            Message::Separated(value) => self.separated = value,
            Message::MarriageEnded(value) => self.marriage_ended = value,
            Message::RefugeeChosen(status) => self.refugee = Some(status),
            Message::EuCitizen(value) => self.eu_citizen = value,
            Message::BornInItaly(value) => self.born_in_italy = value,
            Message::AdoptionDateChanged(value) => self.adoption_date = value,
            Message::ServiceChanged(Bound::From, value) => self.service.0 = value,
            Message::ServiceChanged(Bound::To, value) => self.service.1 = value,
            Message::IncomeChanged(index, field, value) => {
                if let Some(income) = self.incomes.get_mut(index) {
                    match field {
                        IncomeField::Year => income.0 = value,
                        IncomeField::Amount => income.1 = value,
                    }
                }
            }
            Message::AddIncome => self.incomes.push(Default::default()),
            Message::RemoveIncome(index) => {
                if index < self.incomes.len() {
                    self.incomes.remove(index);
                }
            }
            Message::DependentSpouse(value) => self.dependent_spouse = value,
            Message::OtherDependantsChanged(value) => self.other_dependants = value,
            Message::FromDraft => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 6, 1).unwrap_or_default()
    }

    /// The event a message raises (the form starts no task of its own).
    fn send(form: &mut Eligibility, message: Message, context: &Context<'_>) -> Option<Event> {
        form.update(message, context).1
    }

    #[test]
    fn the_draft_fills_the_form_again_only_when_one_is_open() {
        let mut form = Eligibility::default();
        let none = Context { draft: None };
        send(&mut form, Message::BasisChosen(LegalBasis::Art9F), &none);
        send(&mut form, Message::AddPeriod, &none);
        send(
            &mut form,
            Message::PeriodChanged(0, Bound::From, "01/09/2021".into()),
            &none,
        );
        assert!(form.edited);
        send(&mut form, Message::FromDraft, &none);
        assert_eq!(
            form.periods[0].0, "01/09/2021",
            "no draft: the typing stays"
        );

        let id = ApplicantId(uuid::Uuid::nil());
        let draft = cittadinanza_core::samples::complete_art9(today());
        let open = Context {
            draft: Some((id, &draft)),
        };
        send(&mut form, Message::FromDraft, &open);
        assert_eq!(form.filled_from, Some(id));
        assert!(!form.edited, "the form is the draft's again");
        assert_eq!(form.basis, draft.legal_basis.basis);
    }
}
