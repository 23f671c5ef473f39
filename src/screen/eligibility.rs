//! "Can I apply?": the eligibility check, filled in from the open draft or typed in before any
//! draft exists. Only what the chosen legal basis needs is asked; the verdict and its reasons
//! are recomputed at every keystroke (the assessment is pure and cheap).

use chrono::NaiveDate;
use cittadinanza_core::model::{Application, LegalBasis, RefugeeStatus};
use cittadinanza_core::rules::eligibility::{
    Assessment, DateRange, EligibilityInput, Verdict, YearIncome, assess,
};
use cittadinanza_core::rules::fields::{format_amount, parse_amount_cents, parse_date};
use iced::widget::{Column, button, checkbox, column, container, pick_list, scrollable, text};
use iced::{Element, Length, Theme};

use crate::i18n::{t, t_args};
use crate::widget::field::{date_placeholder, labelled, text_field};
use crate::widget::{identified, label, mirrored_row};

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
    pub filled_from: Option<cittadinanza_core::store::ApplicantId>,
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
    pub fn from_application(
        application: &Application,
        id: Option<cittadinanza_core::store::ApplicantId>,
    ) -> Eligibility {
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

    /// The form read into the assessment's input; values that cannot be read are named (in
    /// the current language) in `unreadable`, so the verdict says it is unsure.
    pub fn input(&self) -> EligibilityInput {
        let mut unreadable = Vec::new();
        let mut date = |text: &str, what: String| -> Option<NaiveDate> {
            if text.trim().is_empty() {
                return None;
            }
            let parsed = parse_date(text).ok();
            if parsed.is_none() {
                unreadable.push(what);
            }
            parsed
        };
        let basis = self.basis;
        let mut residence_periods = Vec::new();
        if needs_residence(basis) {
            for (index, (from, to)) in self.periods.iter().enumerate() {
                let n = (index + 1).to_string();
                let from = date(from, t_args("eligibility-period-from", &[("n", &n)]));
                let to_text = to.trim();
                let to_parsed = date(to, t_args("eligibility-period-to", &[("n", &n)]));
                if let Some(from) = from
                    && (to_text.is_empty() || to_parsed.is_some())
                {
                    residence_periods.push(DateRange {
                        from,
                        to: to_parsed,
                    });
                }
            }
        }
        let marriage = needs_marriage(basis);
        let marriage_date = if marriage {
            date(&self.marriage_date, t("eligibility-marriage-date"))
        } else {
            None
        };
        let adoption_date = if basis == Some(LegalBasis::Art9B) {
            date(&self.adoption_date, t("eligibility-adoption-date"))
        } else {
            None
        };
        let state_service = if basis == Some(LegalBasis::Art9C) {
            let from = date(&self.service.0, t("eligibility-service-from"));
            let to = date(&self.service.1, t("eligibility-service-to"));
            from.map(|from| DateRange { from, to })
        } else {
            None
        };
        let mut incomes = Vec::new();
        let mut other_dependants = 0;
        if needs_income(basis) {
            for (year, amount) in &self.incomes {
                let Ok(tax_year) = year.trim().parse::<i32>() else {
                    if !year.trim().is_empty() {
                        unreadable.push(t_args("eligibility-income-year-of", &[("year", year)]));
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
                    None => unreadable.push(t_args(
                        "eligibility-income-of",
                        &[("year", tax_year.to_string())],
                    )),
                }
            }
            let typed = self.other_dependants.trim();
            if !typed.is_empty() {
                match typed.parse::<u32>() {
                    Ok(n) => other_dependants = n,
                    Err(_) => unreadable.push(t("eligibility-other-dependants")),
                }
            }
        }
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
            unreadable,
            ..Default::default()
        };
        if let Some(draft) = &self.draft {
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
            if marriage {
                input.marriage_events = draft.marriage_events.clone();
            }
            input.income_not_household = draft.income_not_household.clone();
            input.income_household_unanswered = draft.income_household_unanswered.clone();
        }
        input
    }

    pub fn assessment(&self, today: NaiveDate) -> Assessment {
        assess(&self.input(), today)
    }

    /// Applies a change; `FromDraft` is handled by the application (it has the draft).
    pub fn update(&mut self, message: Message) {
        self.edited = true;
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

    pub fn view(&self, has_draft: bool, today: NaiveDate) -> Element<'_, Message> {
        let mut form = Column::new()
            .spacing(14)
            .push(text(t("eligibility-title")).size(24))
            .push(
                label(if self.filled_from.is_some() {
                    t("eligibility-from-draft")
                } else {
                    t("eligibility-stand-alone")
                })
                .size(13)
                .style(text::secondary),
            );
        if has_draft {
            form = form.push(identified(
                "eligibility-from-draft",
                button(text(t("eligibility-reload-draft")))
                    .style(button::secondary)
                    .on_press(Message::FromDraft),
            ));
        }
        form = form.push(self.view_verdict(today));

        let bases: Vec<BasisOption> = LegalBasis::ALL.into_iter().map(BasisOption).collect();
        form = form.push(labelled(
            t("eligibility-basis"),
            identified(
                "eligibility.basis",
                pick_list(bases, self.basis.map(BasisOption), |b: BasisOption| {
                    Message::BasisChosen(b.0)
                })
                .placeholder(t("placeholder-choose"))
                .padding(8)
                .width(Length::Fill),
            ),
            None,
        ));
        let basis = self.basis;
        if basis == Some(LegalBasis::Art9A) {
            form = form.push(
                checkbox(self.born_in_italy)
                    .label(t("eligibility-born-in-italy"))
                    .on_toggle(Message::BornInItaly),
            );
        }
        if basis == Some(LegalBasis::Art9B) {
            form = form.push(text_field(
                "eligibility.adoption_date",
                t("eligibility-adoption-date"),
                &date_placeholder(),
                &self.adoption_date,
                None,
                Message::AdoptionDateChanged,
            ));
        }
        if basis == Some(LegalBasis::Art9C) {
            form = form.push(
                mirrored_row(vec![
                    text_field(
                        "eligibility.service.from",
                        t("eligibility-service-from"),
                        &date_placeholder(),
                        &self.service.0,
                        None,
                        |v| Message::ServiceChanged(Bound::From, v),
                    ),
                    text_field(
                        "eligibility.service.to",
                        t("eligibility-service-to"),
                        &date_placeholder(),
                        &self.service.1,
                        None,
                        |v| Message::ServiceChanged(Bound::To, v),
                    ),
                ])
                .spacing(10),
            );
        }
        if basis == Some(LegalBasis::Art9D) {
            form = form.push(
                checkbox(self.eu_citizen)
                    .label(t("eligibility-eu-citizen"))
                    .on_toggle(Message::EuCitizen),
            );
        }
        if basis == Some(LegalBasis::Art9E) {
            let statuses: Vec<RefugeeOption> = [RefugeeStatus::Refugee, RefugeeStatus::Stateless]
                .into_iter()
                .map(RefugeeOption)
                .collect();
            form = form.push(labelled(
                t("eligibility-refugee-status"),
                identified(
                    "eligibility.refugee",
                    pick_list(
                        statuses,
                        self.refugee.map(RefugeeOption),
                        |r: RefugeeOption| Message::RefugeeChosen(r.0),
                    )
                    .placeholder(t("placeholder-choose"))
                    .padding(8)
                    .width(Length::Fill),
                ),
                None,
            ));
        }
        if needs_marriage(basis) {
            form = form.push(self.view_marriage());
        }
        if basis.is_some() && needs_residence(basis) {
            form = form.push(self.view_periods());
        }
        if needs_income(basis) {
            form = form.push(self.view_incomes());
        }
        scrollable(
            container(form.max_width(760))
                .padding([16, 24])
                .width(Length::Fill),
        )
        .height(Length::Fill)
        .into()
    }

    fn view_verdict(&self, today: NaiveDate) -> Element<'_, Message> {
        let assessment = self.assessment(today);
        let (id, args) = assessment.verdict.message();
        // The symbol and the words carry the verdict; the colour only repeats it.
        let (icon, style): (&str, fn(&Theme) -> text::Style) = match assessment.verdict {
            Verdict::Eligible => ("✓", text::success),
            Verdict::NotYet { .. } => ("◷", text::warning),
            Verdict::NotEligible => ("✗", text::danger),
            Verdict::Borderline => ("?", text::warning),
            Verdict::MoreInformation => ("…", text::warning),
        };
        let mut content = Column::new().spacing(6).push(
            text(format!("{icon}  {}", t_args(id, &args)))
                .size(18)
                .style(style),
        );
        // "More information needed": what to enter comes first, as a list of its own.
        let missing = assessment.missing();
        if assessment.verdict == Verdict::MoreInformation {
            let mut list = Column::new()
                .spacing(2)
                .push(label(t("eligibility-missing-title")).size(15));
            for reason in &missing {
                list = list.push(label(format!(
                    "• {}",
                    t_args(reason.message_id(), &reason.args())
                )));
            }
            content = content.push(identified("eligibility-missing", list));
        }
        for reason in &assessment.reasons {
            if assessment.verdict == Verdict::MoreInformation && missing.contains(&reason) {
                continue;
            }
            content = content.push(label(format!(
                "• {}",
                t_args(reason.message_id(), &reason.args())
            )));
        }
        identified(
            "eligibility-verdict",
            container(content)
                .padding(12)
                .width(Length::Fill)
                .style(container::bordered_box),
        )
    }

    fn view_marriage(&self) -> Element<'_, Message> {
        column![
            text_field(
                "eligibility.marriage_date",
                t("eligibility-marriage-date"),
                &date_placeholder(),
                &self.marriage_date,
                None,
                Message::MarriageDateChanged,
            ),
            checkbox(self.spouse_italian)
                .label(t("eligibility-spouse-italian"))
                .on_toggle(Message::SpouseItalian),
            checkbox(self.children_with_spouse)
                .label(t("eligibility-children"))
                .on_toggle(Message::Children),
            checkbox(self.separated)
                .label(t("eligibility-separated"))
                .on_toggle(Message::Separated),
            checkbox(self.marriage_ended)
                .label(t("eligibility-marriage-ended"))
                .on_toggle(Message::MarriageEnded),
        ]
        .spacing(10)
        .into()
    }

    fn view_periods(&self) -> Element<'_, Message> {
        let mut content = Column::new()
            .spacing(10)
            .push(label(t("eligibility-residence")).size(16));
        for (index, (from, to)) in self.periods.iter().enumerate() {
            content = content.push(
                mirrored_row(vec![
                    text_field(
                        &format!("eligibility.periods.{index}.from"),
                        t("eligibility-from"),
                        &date_placeholder(),
                        from,
                        None,
                        move |v| Message::PeriodChanged(index, Bound::From, v),
                    ),
                    text_field(
                        &format!("eligibility.periods.{index}.to"),
                        t("eligibility-to-or-empty"),
                        &date_placeholder(),
                        to,
                        None,
                        move |v| Message::PeriodChanged(index, Bound::To, v),
                    ),
                    button(text(t("editor-remove-row")))
                        .style(button::danger)
                        .padding([4, 10])
                        .on_press(Message::RemovePeriod(index))
                        .into(),
                ])
                .spacing(10),
            );
        }
        content
            .push(identified(
                "eligibility-add-period",
                button(text(t("editor-add-row")))
                    .style(button::secondary)
                    .on_press(Message::AddPeriod),
            ))
            .into()
    }

    fn view_incomes(&self) -> Element<'_, Message> {
        let mut content = Column::new()
            .spacing(10)
            .push(label(t("eligibility-income")).size(16));
        for (index, (year, amount)) in self.incomes.iter().enumerate() {
            content = content.push(
                mirrored_row(vec![
                    text_field(
                        &format!("eligibility.incomes.{index}.year"),
                        t("eligibility-year"),
                        "",
                        year,
                        None,
                        move |v| Message::IncomeChanged(index, IncomeField::Year, v),
                    ),
                    text_field(
                        &format!("eligibility.incomes.{index}.amount"),
                        t("eligibility-amount"),
                        &t("placeholder-amount"),
                        amount,
                        None,
                        move |v| Message::IncomeChanged(index, IncomeField::Amount, v),
                    ),
                    button(text(t("editor-remove-row")))
                        .style(button::danger)
                        .padding([4, 10])
                        .on_press(Message::RemoveIncome(index))
                        .into(),
                ])
                .spacing(10),
            );
        }
        content
            .push(identified(
                "eligibility-add-income",
                button(text(t("editor-add-row")))
                    .style(button::secondary)
                    .on_press(Message::AddIncome),
            ))
            .push(
                checkbox(self.dependent_spouse)
                    .label(t("eligibility-dependent-spouse"))
                    .on_toggle(Message::DependentSpouse),
            )
            .push(text_field(
                "eligibility.other_dependants",
                t("eligibility-other-dependants"),
                "0",
                &self.other_dependants,
                None,
                Message::OtherDependantsChanged,
            ))
            .into()
    }
}

#[derive(Debug, Clone, PartialEq)]
struct BasisOption(LegalBasis);

impl std::fmt::Display for BasisOption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&t(&format!("basis-{}", self.0.key())))
    }
}

#[derive(Debug, Clone, PartialEq)]
struct RefugeeOption(RefugeeStatus);

impl std::fmt::Display for RefugeeOption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let id = match self.0 {
            RefugeeStatus::Refugee => "refugee-status-refugee",
            RefugeeStatus::Stateless => "refugee-status-stateless",
        };
        f.write_str(&t(id))
    }
}
