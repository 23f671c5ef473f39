//! The eligibility screen's view: the verdict and its reasons on top, then the legal basis and
//! only the fields it asks for (marriage, residence periods, incomes).

use chrono::NaiveDate;
use cittadinanza_core::model::{LegalBasis, RefugeeStatus};
use cittadinanza_core::rules::eligibility::Verdict;
use iced::widget::{Column, button, checkbox, column, container, pick_list, scrollable, text};
use iced::{Element, Length, Theme};

use super::{
    Bound, Eligibility, IncomeField, Message, needs_income, needs_marriage, needs_residence,
};
use crate::i18n::{t, t_args};
use crate::widget::field::{date_placeholder, labelled, text_field};
use crate::widget::{identified, label, mirrored_row};

impl Eligibility {
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
        form = self.push_basis_fields(form);
        let basis = self.basis;
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

    /// The fields only one basis asks for (art. 9 a-e), added to the form.
    fn push_basis_fields<'a>(&'a self, mut form: Column<'a, Message>) -> Column<'a, Message> {
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
        form
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
