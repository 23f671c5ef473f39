//! Eligibility: art. 5 (marriage) and art. 9 (residence), continuity of residence, income.

use chrono::NaiveDate;
use cittadinanza_core::model::{
    Application, FamilyIncome, GapReason, HouseholdMember, IncomeSource, IncomeYear, LegalBasis,
    MaritalStatus, PermitType, RefugeeStatus, Relationship, ResidencePeriod,
};
use cittadinanza_core::rules::eligibility::{
    Assessment, DateRange, EligibilityInput, Reason, Verdict, YearHousehold, YearIncome, assess,
    income_thresholds,
};
use cittadinanza_core::rules::requirements;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn since(from: NaiveDate) -> DateRange {
    DateRange { from, to: None }
}

fn incomes(cents: i64, years: &[i32]) -> Vec<YearIncome> {
    years
        .iter()
        .map(|&year| YearIncome {
            year,
            applicant_cents: cents,
            family_cents: 0,
            household: None,
        })
        .collect()
}

fn art9f(periods: Vec<DateRange>) -> EligibilityInput {
    EligibilityInput {
        basis: Some(LegalBasis::Art9F),
        residence_periods: periods,
        incomes: incomes(2_000_000, &[2023, 2024, 2025]),
        ..Default::default()
    }
}

fn has(assessment: &Assessment, id: &str) -> bool {
    assessment.reasons.iter().any(|r| r.message_id() == id)
}

#[test]
fn art9f_ten_years_of_continuous_residence() {
    let input = art9f(vec![
        DateRange {
            from: d(2015, 3, 1),
            to: Some(d(2018, 6, 30)),
        },
        // Moved the next day: continuity kept.
        since(d(2018, 7, 1)),
    ]);
    let result = assess(&input, d(2026, 4, 1));
    assert_eq!(result.verdict, Verdict::Eligible, "{result:#?}");
    assert!(result.reasons.contains(&Reason::ResidenceMet {
        years: 10,
        since: d(2015, 3, 1),
        reached: d(2025, 3, 1),
    }));
}

#[test]
fn a_gap_restarts_the_count() {
    let input = art9f(vec![
        DateRange {
            from: d(2012, 1, 10),
            to: Some(d(2017, 5, 31)),
        },
        since(d(2017, 9, 15)),
    ]);
    let result = assess(&input, d(2026, 4, 1));
    assert_eq!(
        result.verdict,
        Verdict::NotYet {
            earliest: d(2027, 9, 15)
        }
    );
    assert_eq!(
        result.verdict.message(),
        ("verdict-not-yet", vec![("date", "15/09/2027".to_string())])
    );
    assert!(result.reasons.contains(&Reason::ResidenceGap {
        from: d(2017, 5, 31),
        to: d(2017, 9, 15),
    }));
    let not_yet = result
        .reasons
        .iter()
        .find(|r| r.message_id() == "elig-residence-not-yet")
        .expect("not-yet reason");
    assert_eq!(
        not_yet.args(),
        vec![
            ("years", "10".to_string()),
            ("since", "15/09/2017".to_string()),
            ("date", "15/09/2027".to_string()),
        ]
    );
}

#[test]
fn overlapping_and_unsorted_periods_merge() {
    let input = art9f(vec![
        since(d(2019, 1, 1)),
        DateRange {
            from: d(2014, 2, 1),
            to: Some(d(2019, 1, 5)),
        },
    ]);
    let result = assess(&input, d(2026, 4, 1));
    assert_eq!(result.verdict, Verdict::Eligible);
    assert!(result.reasons.contains(&Reason::ResidenceMet {
        years: 10,
        since: d(2014, 2, 1),
        reached: d(2024, 2, 1),
    }));
    assert!(!has(&result, "elig-residence-gap"));
}

#[test]
fn not_resident_any_more() {
    let input = art9f(vec![DateRange {
        from: d(2010, 1, 1),
        to: Some(d(2025, 12, 31)),
    }]);
    let result = assess(&input, d(2026, 4, 1));
    assert_eq!(result.verdict, Verdict::NotEligible);
    assert!(result.reasons.contains(&Reason::ResidenceNotCurrent {
        until: d(2025, 12, 31)
    }));
    // No residence entered at all is missing data, not a failed requirement (issue 12.8).
    let none = assess(&art9f(Vec::new()), d(2026, 4, 1));
    assert_eq!(none.verdict, Verdict::MoreInformation);
    assert_eq!(none.missing(), vec![&Reason::ResidenceMissing]);
}

#[test]
fn leap_day_start() {
    let input = EligibilityInput {
        basis: Some(LegalBasis::Art9D),
        eu_citizen: true,
        incomes: incomes(2_000_000, &[2021, 2022, 2023, 2024]),
        ..art9f(vec![since(d(2020, 2, 29))])
    };
    // 29 Feb 2020 + 4 years = 29 Feb 2024.
    assert_eq!(
        assess(&input, d(2024, 2, 28)).verdict,
        Verdict::NotYet {
            earliest: d(2024, 2, 29)
        }
    );
    assert_eq!(assess(&input, d(2024, 2, 29)).verdict, Verdict::Eligible);
    // 29 Feb 2020 + 5 years = 28 Feb 2025 (art. 9 e).
    let refugee = EligibilityInput {
        basis: Some(LegalBasis::Art9E),
        refugee_or_stateless: Some(cittadinanza_core::model::RefugeeStatus::Refugee),
        ..input
    };
    assert_eq!(
        assess(&refugee, d(2025, 2, 27)).verdict,
        Verdict::NotYet {
            earliest: d(2025, 2, 28)
        }
    );
}

#[test]
fn years_per_letter() {
    let today = d(2026, 4, 1);
    let cases = [
        (LegalBasis::Art9D, d(2022, 4, 1), d(2022, 4, 2)),
        (LegalBasis::Art9E, d(2021, 4, 1), d(2021, 4, 2)),
        (LegalBasis::Art9F, d(2016, 4, 1), d(2016, 4, 2)),
    ];
    for (basis, just_enough, one_day_short) in cases {
        let mut input = art9f(vec![since(just_enough)]);
        input.basis = Some(basis);
        input.eu_citizen = basis == LegalBasis::Art9D;
        input.refugee_or_stateless = (basis == LegalBasis::Art9E)
            .then_some(cittadinanza_core::model::RefugeeStatus::Stateless);
        assert_eq!(
            assess(&input, today).verdict,
            Verdict::Eligible,
            "{basis:?}"
        );
        input.residence_periods = vec![since(one_day_short)];
        assert_eq!(
            assess(&input, today).verdict,
            Verdict::NotYet {
                earliest: d(2026, 4, 2)
            },
            "{basis:?}"
        );
    }
}

#[test]
fn art9a_born_in_italy_and_descendants() {
    let today = d(2026, 4, 1);
    let mut input = art9f(vec![since(d(2023, 4, 1))]);
    input.basis = Some(LegalBasis::Art9A);
    input.born_in_italy = Some(true);
    assert_eq!(assess(&input, today).verdict, Verdict::Eligible);

    // Descendant with 2.5 years: 2 years since L. 74/2025, 3 before -> borderline.
    input.born_in_italy = Some(false);
    input.residence_periods = vec![since(d(2023, 10, 1))];
    let result = assess(&input, today);
    assert_eq!(result.verdict, Verdict::Borderline);
    assert!(has(&result, "elig-descendant-rule-changed"));
    input.residence_periods = vec![since(d(2024, 10, 1))];
    assert_eq!(
        assess(&input, today).verdict,
        Verdict::NotYet {
            earliest: d(2026, 10, 1)
        }
    );

    input.born_in_italy = None;
    input.residence_periods = vec![since(d(2020, 1, 1))];
    let result = assess(&input, today);
    assert_eq!(result.verdict, Verdict::MoreInformation);
    assert!(has(&result, "elig-born-in-italy-unanswered"));
}

#[test]
fn art9b_counts_from_the_adoption() {
    let mut input = art9f(vec![since(d(2015, 1, 1))]);
    input.basis = Some(LegalBasis::Art9B);
    input.adoption_date = Some(d(2022, 6, 15));
    assert_eq!(
        assess(&input, d(2026, 4, 1)).verdict,
        Verdict::NotYet {
            earliest: d(2027, 6, 15)
        }
    );
    input.adoption_date = Some(d(2020, 6, 15));
    assert_eq!(assess(&input, d(2026, 4, 1)).verdict, Verdict::Eligible);
}

#[test]
fn art9c_state_service() {
    let mut input = art9f(Vec::new());
    input.basis = Some(LegalBasis::Art9C);
    input.state_service = Some(since(d(2021, 9, 1)));
    // No residence needed; 5 years of service reached on 1 Sep 2026.
    assert_eq!(
        assess(&input, d(2026, 4, 1)).verdict,
        Verdict::NotYet {
            earliest: d(2026, 9, 1)
        }
    );
    assert_eq!(assess(&input, d(2026, 9, 1)).verdict, Verdict::Eligible);
    input.state_service = Some(DateRange {
        from: d(2019, 1, 1),
        to: Some(d(2022, 12, 31)),
    });
    let result = assess(&input, d(2026, 4, 1));
    assert_eq!(result.verdict, Verdict::NotEligible);
    assert!(has(&result, "elig-service-too-short"));
    input.state_service = Some(DateRange {
        from: d(2018, 1, 1),
        to: Some(d(2022, 12, 31)),
    });
    assert_eq!(assess(&input, d(2026, 4, 1)).verdict, Verdict::Eligible);
}

#[test]
fn income_thresholds_by_household() {
    assert_eq!(income_thresholds(false, 0), (826_331, 826_331));
    assert_eq!(income_thresholds(true, 0), (1_136_205, 1_136_205));
    assert_eq!(income_thresholds(true, 2), (1_239_497, 1_239_405));
    assert_eq!(income_thresholds(false, 1), (877_977, 877_931));
}

#[test]
fn income_below_borderline_and_met() {
    let today = d(2026, 4, 1);
    let mut input = art9f(vec![since(d(2010, 1, 1))]);
    input.dependent_spouse = true;
    input.other_dependants = 2;
    // Exact threshold 12,394.97; rounded reading 12,394.05.
    input.incomes = incomes(1_239_497, &[2023, 2024, 2025]);
    assert_eq!(assess(&input, today).verdict, Verdict::Eligible);

    input.incomes[1].applicant_cents = 1_239_450;
    let result = assess(&input, today);
    assert_eq!(result.verdict, Verdict::Borderline);
    let borderline = result
        .reasons
        .iter()
        .find(|r| r.message_id() == "elig-income-borderline")
        .expect("borderline reason");
    assert_eq!(
        borderline.args(),
        vec![
            ("year", "2024".to_string()),
            ("income", "12.394,50".to_string()),
            ("lower", "12.394,05".to_string()),
            ("threshold", "12.394,97".to_string()),
        ]
    );

    input.incomes[1].applicant_cents = 1_239_404;
    let result = assess(&input, today);
    assert_eq!(result.verdict, Verdict::NotEligible);
    assert!(result.reasons.contains(&Reason::IncomeBelow {
        year: 2024,
        income_cents: 1_239_404,
        threshold_cents: 1_239_497,
    }));

    // Family members on the same stato di famiglia count.
    input.incomes[1].family_cents = 100;
    assert_eq!(assess(&input, today).verdict, Verdict::Eligible);
}

#[test]
fn income_years_follow_the_year_of_application() {
    let today = d(2026, 4, 1);
    let mut input = art9f(vec![since(d(2016, 1, 1))]);
    input.incomes = incomes(2_000_000, &[2024, 2025]);
    let result = assess(&input, today);
    assert_eq!(result.verdict, Verdict::MoreInformation);
    assert!(
        result
            .reasons
            .contains(&Reason::IncomeMissing { year: 2023 })
    );

    // Eligible only in 2027: 2026 cannot be judged yet, 2024-2025 can.
    input.residence_periods = vec![since(d(2017, 2, 1))];
    let result = assess(&input, today);
    assert_eq!(
        result.verdict,
        Verdict::NotYet {
            earliest: d(2027, 2, 1)
        }
    );
    assert!(!has(&result, "elig-income-missing"));
}

#[test]
fn art5_in_italy_two_years_after_marriage_halved_with_children() {
    let today = d(2026, 4, 1);
    let mut input = EligibilityInput {
        basis: Some(LegalBasis::Art5Italy),
        residence_periods: vec![since(d(2015, 1, 1))],
        marriage_date: Some(d(2024, 8, 31)),
        spouse_italian: Some(true),
        ..Default::default()
    };
    let result = assess(&input, today);
    assert_eq!(
        result.verdict,
        Verdict::NotYet {
            earliest: d(2026, 8, 31)
        }
    );
    assert!(has(&result, "elig-no-income-requirement"));
    assert!(!has(&result, "elig-income-missing"));

    input.children_with_spouse = true;
    let result = assess(&input, today);
    assert_eq!(result.verdict, Verdict::Eligible);
    assert!(result.reasons.contains(&Reason::MarriageResidenceMet {
        months: 12,
        since: d(2024, 8, 31),
        reached: d(2025, 8, 31),
    }));

    // Residence started after the marriage: counted from the residence.
    input.residence_periods = vec![since(d(2025, 6, 1))];
    assert_eq!(
        assess(&input, today).verdict,
        Verdict::NotYet {
            earliest: d(2026, 6, 1)
        }
    );
}

#[test]
fn art5_abroad_three_years_from_marriage() {
    let mut input = EligibilityInput {
        basis: Some(LegalBasis::Art5Abroad),
        marriage_date: Some(d(2023, 8, 31)),
        spouse_italian: Some(true),
        ..Default::default()
    };
    assert_eq!(
        assess(&input, d(2026, 4, 1)).verdict,
        Verdict::NotYet {
            earliest: d(2026, 8, 31)
        }
    );
    // 18 months with children: 31 Aug 2023 + 18 months = 28 Feb 2025 (not a leap year).
    input.children_with_spouse = true;
    let result = assess(&input, d(2025, 2, 27));
    assert_eq!(
        result.verdict,
        Verdict::NotYet {
            earliest: d(2025, 2, 28)
        }
    );
}

#[test]
fn art5_separation_and_spouse_citizenship() {
    let base = EligibilityInput {
        basis: Some(LegalBasis::Art5Italy),
        residence_periods: vec![since(d(2015, 1, 1))],
        marriage_date: Some(d(2018, 5, 5)),
        spouse_italian: Some(true),
        ..Default::default()
    };
    assert_eq!(assess(&base, d(2026, 4, 1)).verdict, Verdict::Eligible);
    let separated = EligibilityInput {
        separated: true,
        ..base.clone()
    };
    let result = assess(&separated, d(2026, 4, 1));
    assert_eq!(result.verdict, Verdict::NotEligible);
    assert!(has(&result, "elig-separated"));
    let divorced = EligibilityInput {
        marriage_ended: true,
        ..base.clone()
    };
    assert_eq!(
        assess(&divorced, d(2026, 4, 1)).verdict,
        Verdict::NotEligible
    );
    let foreign_spouse = EligibilityInput {
        spouse_italian: Some(false),
        ..base.clone()
    };
    assert_eq!(
        assess(&foreign_spouse, d(2026, 4, 1)).verdict,
        Verdict::NotEligible
    );
    let unknown = EligibilityInput {
        spouse_italian: None,
        marriage_date: None,
        ..base
    };
    let result = assess(&unknown, d(2026, 4, 1));
    assert_eq!(result.verdict, Verdict::MoreInformation);
    assert!(has(&result, "elig-marriage-date-missing"));
}

#[test]
fn no_basis_asks_for_more_information() {
    let result = assess(&EligibilityInput::default(), d(2026, 4, 1));
    assert_eq!(result.verdict, Verdict::MoreInformation);
    assert_eq!(result.missing(), vec![&Reason::BasisMissing]);
    assert_eq!(result.reasons, vec![Reason::BasisMissing]);
}

#[test]
fn suggests_a_shorter_basis() {
    let mut input = art9f(vec![since(d(2021, 1, 1))]);
    input.eu_citizen = true;
    let result = assess(&input, d(2026, 4, 1));
    let suggestion = result
        .reasons
        .iter()
        .find(|r| r.message_id() == "elig-consider-basis")
        .expect("suggestion");
    assert_eq!(
        suggestion.args(),
        vec![("letter", "d".to_string()), ("years", "4".to_string())]
    );
}

#[test]
fn from_application_reads_the_draft() {
    let mut app = Application::new();
    app.legal_basis.basis = Some(LegalBasis::Art9F);
    app.personal.citizenships = vec!["Romania".into()];
    app.personal.marital_status = Some(MaritalStatus::Married);
    app.residences.periods = vec![
        ResidencePeriod {
            municipality: "Torino".into(),
            province: "TO".into(),
            from: "01/02/2014".into(),
            to: "2019-06-30".into(),
            ..Default::default()
        },
        ResidencePeriod {
            municipality: "Milano".into(),
            province: "MI".into(),
            from: "01/07/2019".into(),
            to: String::new(),
            ..Default::default()
        },
        ResidencePeriod {
            municipality: "Roma".into(),
            province: "RM".into(),
            from: "31/02/2010".into(),
            to: "01/01/2011".into(),
            ..Default::default()
        },
    ];
    app.family.household = vec![
        HouseholdMember {
            relationship: Some(Relationship::Spouse),
            dependant: true,
            ..Default::default()
        },
        HouseholdMember {
            relationship: Some(Relationship::Child),
            dependant: true,
            ..Default::default()
        },
        HouseholdMember {
            relationship: Some(Relationship::Child),
            dependant: false,
            ..Default::default()
        },
    ];
    app.income.years = vec![IncomeYear {
        year: "2025".into(),
        amount: "10.000,50".into(),
        source: Some(IncomeSource::Cu),
        family_income: vec![FamilyIncome {
            member_name: "Ana".into(),
            amount: "2500".into(),
            source: Some(IncomeSource::Cu),
            ..Default::default()
        }],
        ..Default::default()
    }];
    let input = EligibilityInput::from_application(&app);
    assert_eq!(
        input.residence_periods,
        vec![
            DateRange {
                from: d(2014, 2, 1),
                to: Some(d(2019, 6, 30))
            },
            since(d(2019, 7, 1)),
        ]
    );
    assert_eq!(
        input.unreadable,
        vec!["residences.periods.2.from".to_string()]
    );
    assert!(input.eu_citizen);
    assert!(input.dependent_spouse);
    assert_eq!(input.other_dependants, 1);
    assert_eq!(
        input.incomes,
        vec![YearIncome {
            year: 2025,
            applicant_cents: 1_000_050,
            family_cents: 250_000,
            household: Some(YearHousehold {
                dependent_spouse: true,
                other_dependants: 1
            }),
        }]
    );
    let result = assess(&input, d(2026, 4, 1));
    assert!(result.reasons.contains(&Reason::Unreadable {
        field: "residences.periods.2.from".into()
    }));
}

/// A draft first set to art. 9 e) as a stateless person, then switched to art. 9 f): the
/// leftover status no longer counts, as for the sections and the checklist.
#[test]
fn from_application_uses_the_requirements_facts() {
    let mut app = Application::new();
    app.legal_basis.basis = Some(LegalBasis::Art9E);
    app.legal_basis.refugee_or_stateless = Some(RefugeeStatus::Stateless);
    app.entry_stay.permit_type = Some(PermitType::Work);
    let input = EligibilityInput::from_application(&app);
    assert_eq!(input.refugee_or_stateless, Some(RefugeeStatus::Stateless));
    assert!(requirements::is_refugee_or_stateless(&app));

    app.legal_basis.basis = Some(LegalBasis::Art9F);
    let input = EligibilityInput::from_application(&app);
    assert_eq!(input.refugee_or_stateless, None);
    assert!(!requirements::is_refugee_or_stateless(&app));
    assert!(
        !assess(&input, d(2026, 4, 1))
            .reasons
            .contains(&Reason::ConsiderBasis {
                basis: LegalBasis::Art9E,
                years: 5
            })
    );

    // An asylum permit makes a refugee whatever the basis: 9 e) is suggested.
    app.entry_stay.permit_type = Some(PermitType::Asylum);
    let input = EligibilityInput::from_application(&app);
    assert_eq!(input.refugee_or_stateless, Some(RefugeeStatus::Refugee));
    assert!(requirements::is_refugee_or_stateless(&app));
    assert!(
        assess(&input, d(2026, 4, 1))
            .reasons
            .contains(&Reason::ConsiderBasis {
                basis: LegalBasis::Art9E,
                years: 5
            })
    );

    // Art. 9 e) with no status declared: unclear, as before.
    app.legal_basis.basis = Some(LegalBasis::Art9E);
    app.legal_basis.refugee_or_stateless = None;
    app.entry_stay.permit_type = Some(PermitType::Work);
    let input = EligibilityInput::from_application(&app);
    assert_eq!(input.refugee_or_stateless, None);
    assert!(has(
        &assess(&input, d(2026, 4, 1)),
        "elig-refugee-status-missing"
    ));
}

#[test]
fn from_application_born_in_italy_and_eu_citizen_as_the_requirements() {
    let mut app = Application::new();
    // Art. 9 a) answered "born in Italy", then switched to 9 f): born in Casablanca.
    app.legal_basis.basis = Some(LegalBasis::Art9A);
    app.legal_basis.art9a_born_in_italy = Some(true);
    let input = EligibilityInput::from_application(&app);
    assert_eq!(input.born_in_italy, Some(true));
    app.legal_basis.basis = Some(LegalBasis::Art9F);
    app.personal.birth_place.town = "Casablanca".into();
    app.personal.birth_place.country = "Marocco".into();
    let input = EligibilityInput::from_application(&app);
    assert_eq!(input.born_in_italy, None);
    assert!(!requirements::is_born_in_italy(&app));

    // Born in Torino (a province, no country): born in Italy for both.
    app.personal.birth_place.country.clear();
    app.personal.birth_place.town = "Torino".into();
    app.personal.birth_place.province = "TO".into();
    let input = EligibilityInput::from_application(&app);
    assert_eq!(input.born_in_italy, Some(true));
    assert!(requirements::is_born_in_italy(&app));

    // Art. 9 a) descendant, born abroad.
    app.legal_basis.basis = Some(LegalBasis::Art9A);
    app.legal_basis.art9a_born_in_italy = Some(false);
    app.personal.birth_place.province.clear();
    app.personal.birth_place.town = "Buenos Aires".into();
    app.personal.birth_place.country = "Argentina".into();
    assert_eq!(
        EligibilityInput::from_application(&app).born_in_italy,
        Some(false)
    );

    for (citizenship, basis, eu) in [
        ("Francia", LegalBasis::Art9F, true),
        ("PL", LegalBasis::Art9F, true),
        ("Albania", LegalBasis::Art9F, false),
        ("Albania", LegalBasis::Art9D, true),
    ] {
        app.legal_basis.basis = Some(basis);
        app.personal.citizenships = vec![citizenship.into()];
        let input = EligibilityInput::from_application(&app);
        assert_eq!(input.eu_citizen, eu, "{citizenship} {basis:?}");
        assert_eq!(requirements::is_eu_citizen(&app), eu, "{citizenship}");
    }
}

#[test]
fn sample_applications_are_eligible() {
    use cittadinanza_core::samples;
    let today = d(2026, 11, 23);
    for (name, app) in [
        ("art9", samples::complete_art9(today)),
        ("art5", samples::complete_art5_italy(today)),
    ] {
        let result = assess(&EligibilityInput::from_application(&app), today);
        assert_eq!(result.verdict, Verdict::Eligible, "{name}: {result:#?}");
    }
}

// ------------------------------------------------------------------ issue 12

fn period(from: &str, to: &str) -> ResidencePeriod {
    ResidencePeriod {
        municipality: "Torino".into(),
        province: "TO".into(),
        from: from.into(),
        to: to.into(),
        ..Default::default()
    }
}

/// 12.2: registration cancelled for irreperibilità 01/03/2019, restored 15/09/2019.
#[test]
fn declared_gap_counts_from_the_reregistration_and_says_proof_may_help() {
    let mut app = Application::new();
    app.legal_basis.basis = Some(LegalBasis::Art9F);
    app.residences.periods = vec![
        period("01/02/2012", "28/02/2019"),
        ResidencePeriod {
            gap_before_reason: Some(GapReason::CancelledReregistered),
            ..period("15/09/2019", "")
        },
    ];
    app.income.years = ["2023", "2024", "2025"]
        .iter()
        .map(|year| IncomeYear {
            year: (*year).into(),
            amount: "20000".into(),
            source: Some(IncomeSource::Cu),
            ..Default::default()
        })
        .collect();
    let input = EligibilityInput::from_application(&app);
    assert_eq!(
        input.declared_gaps,
        vec![(d(2019, 9, 15), GapReason::CancelledReregistered)]
    );
    let result = assess(&input, d(2026, 4, 1));
    assert_eq!(
        result.verdict,
        Verdict::NotYet {
            earliest: d(2029, 9, 15)
        }
    );
    assert!(result.reasons.contains(&Reason::ResidenceGapDeclared {
        from: d(2019, 2, 28),
        to: d(2019, 9, 15),
        reason: GapReason::CancelledReregistered,
    }));
    assert!(result.reasons.contains(&Reason::PresenceProofMayHelp {
        from: d(2019, 2, 28),
        to: d(2019, 9, 15),
    }));
    assert!(!has(&result, "elig-residence-gap"));
    assert!(has(&result, "elig-residence-gap-cancelled"));

    // Lived abroad: counted from the return too, but no proof of presence is suggested.
    app.residences.periods[1].gap_before_reason = Some(GapReason::LivedAbroad);
    let result = assess(&EligibilityInput::from_application(&app), d(2026, 4, 1));
    assert!(has(&result, "elig-residence-gap-abroad"));
    assert!(!has(&result, "elig-presence-proof"));
}

/// 12.3: art. 9 e) with a subsidiary-protection permit is letter f): 10 years.
#[test]
fn subsidiary_protection_is_letter_f_not_e() {
    let mut app = Application::new();
    app.legal_basis.basis = Some(LegalBasis::Art9E);
    app.legal_basis.refugee_or_stateless = Some(RefugeeStatus::Refugee);
    app.entry_stay.permit_type = Some(PermitType::SubsidiaryProtection);
    app.residences.periods = vec![period("10/01/2019", "")];
    app.income.years = ["2023", "2024", "2025"]
        .iter()
        .map(|year| IncomeYear {
            year: (*year).into(),
            amount: "20000".into(),
            source: Some(IncomeSource::Cu),
            ..Default::default()
        })
        .collect();
    assert!(!requirements::is_refugee_or_stateless(&app));
    assert_eq!(requirements::refugee_status(&app), None);
    let input = EligibilityInput::from_application(&app);
    assert!(input.subsidiary_protection);
    let result = assess(&input, d(2026, 4, 1));
    // 7 years: enough for e), not for f).
    assert_eq!(
        result.verdict,
        Verdict::NotYet {
            earliest: d(2029, 1, 10)
        }
    );
    assert!(result.reasons.contains(&Reason::SubsidiaryProtectionUseF));
    assert!(result.reasons.contains(&Reason::ResidenceNotYet {
        years: 10,
        since: d(2019, 1, 10),
        earliest: d(2029, 1, 10),
    }));

    // A recognised refugee (asylum permit) with the same dates: eligible under e).
    app.entry_stay.permit_type = Some(PermitType::Asylum);
    assert!(requirements::is_refugee_or_stateless(&app));
    let result = assess(&EligibilityInput::from_application(&app), d(2026, 4, 1));
    assert_eq!(result.verdict, Verdict::Eligible, "{result:#?}");
    // A stateless person keeps letter e) whatever the permit.
    app.entry_stay.permit_type = Some(PermitType::SubsidiaryProtection);
    app.legal_basis.refugee_or_stateless = Some(RefugeeStatus::Stateless);
    assert!(requirements::is_refugee_or_stateless(&app));
    let result = assess(&EligibilityInput::from_application(&app), d(2026, 4, 1));
    assert_eq!(result.verdict, Verdict::Eligible);
}

fn art5_italy(app: &mut Application) {
    app.legal_basis.basis = Some(LegalBasis::Art5Italy);
    app.personal.marital_status = Some(MaritalStatus::Married);
    app.family.spouse.italian_citizen = Some(true);
    app.family.spouse.marriage_date = "12/06/2021".into();
    app.residences.periods = vec![period("01/01/2020", "")];
}

/// 12.4: separation before the application, and while it is pending.
#[test]
fn marriage_events_before_and_while_pending() {
    use cittadinanza_core::rules::eligibility::MarriageEvent;
    let mut app = Application::new();
    art5_italy(&mut app);
    let result = assess(&EligibilityInput::from_application(&app), d(2026, 4, 1));
    assert_eq!(result.verdict, Verdict::Eligible, "{result:#?}");

    // Separated on 03/02/2025, not yet sent: not eligible.
    app.family.spouse.separation_date = "03/02/2025".into();
    let result = assess(&EligibilityInput::from_application(&app), d(2026, 4, 1));
    assert_eq!(result.verdict, Verdict::NotEligible);
    assert!(result.reasons.contains(&Reason::MarriageEventBefore {
        event: MarriageEvent::Separation,
        date: d(2025, 2, 3),
    }));

    // Sent on 10/10/2024, separated on 03/02/2025: pending, a rejection is likely.
    app.procedure.submitted = Some(d(2024, 10, 10));
    let result = assess(&EligibilityInput::from_application(&app), d(2026, 4, 1));
    assert_eq!(result.verdict, Verdict::NotEligible);
    assert!(result.reasons.contains(&Reason::MarriageEventWhilePending {
        event: MarriageEvent::Separation,
        date: d(2025, 2, 3),
        submitted: d(2024, 10, 10),
    }));
    assert!(has(&result, "elig-marriage-separation-pending"));

    // Spouse died on 20/05/2025, while pending.
    app.family.spouse.separation_date.clear();
    app.family.spouse.death_date = "20/05/2025".into();
    let result = assess(&EligibilityInput::from_application(&app), d(2026, 4, 1));
    assert!(has(&result, "elig-marriage-ended-pending"));
    // The marital status alone (no date) still counts, once.
    app.family.spouse.death_date.clear();
    app.procedure.submitted = None;
    app.personal.marital_status = Some(MaritalStatus::Divorced);
    app.family.spouse.divorce_date = "01/03/2024".into();
    let result = assess(&EligibilityInput::from_application(&app), d(2026, 4, 1));
    assert!(has(&result, "elig-marriage-divorce"));
    assert!(!has(&result, "elig-marriage-ended"));
}

/// 12.7: a child born on 14/03/2024 counts for 2024 and 2025, not for 2023.
#[test]
fn each_income_year_uses_that_years_household() {
    let mut app = Application::new();
    app.legal_basis.basis = Some(LegalBasis::Art9F);
    app.residences.periods = vec![period("01/01/2014", "")];
    app.family.household = vec![HouseholdMember {
        name: "Amir".into(),
        birth_date: "14/03/2024".into(),
        relationship: Some(Relationship::Child),
        dependant: true,
        ..Default::default()
    }];
    // 8.500,00: above 8.263,31 (no dependants), below 8.779,77 (one dependant).
    app.income.years = ["2023", "2024", "2025"]
        .iter()
        .map(|year| IncomeYear {
            year: (*year).into(),
            amount: "8500".into(),
            source: Some(IncomeSource::Cu),
            ..Default::default()
        })
        .collect();
    let input = EligibilityInput::from_application(&app);
    let household = |year: i32| {
        input
            .incomes
            .iter()
            .find(|i| i.year == year)
            .and_then(|i| i.household)
            .expect("household")
    };
    assert_eq!(household(2023).other_dependants, 0);
    assert_eq!(household(2024).other_dependants, 1);
    assert_eq!(household(2025).other_dependants, 1);
    let result = assess(&input, d(2026, 4, 1));
    assert_eq!(result.verdict, Verdict::NotEligible);
    assert!(result.reasons.contains(&Reason::IncomeMet {
        year: 2023,
        income_cents: 850_000,
        threshold_cents: 826_331,
    }));
    assert!(result.reasons.contains(&Reason::IncomeBelow {
        year: 2024,
        income_cents: 850_000,
        threshold_cents: 877_977,
    }));

    // The year's own answer overrides section 6: in 2025 the child lived with the other parent.
    app.income.years[2].other_dependants = "0".into();
    let input = EligibilityInput::from_application(&app);
    let result = assess(&input, d(2026, 4, 1));
    assert!(result.reasons.contains(&Reason::IncomeMet {
        year: 2025,
        income_cents: 850_000,
        threshold_cents: 826_331,
    }));
}

/// 12.7: a family member's income counts only when on the same stato di famiglia.
#[test]
fn family_income_only_from_the_same_stato_di_famiglia() {
    let mut app = Application::new();
    app.legal_basis.basis = Some(LegalBasis::Art9F);
    app.residences.periods = vec![period("01/01/2014", "")];
    app.income.years = ["2023", "2024", "2025"]
        .iter()
        .map(|year| IncomeYear {
            year: (*year).into(),
            amount: "5000".into(),
            source: Some(IncomeSource::Cu),
            family_income: vec![FamilyIncome {
                member_name: "Karim".into(),
                amount: "6000".into(),
                source: Some(IncomeSource::Cu),
                same_household: Some(true),
            }],
            ..Default::default()
        })
        .collect();
    let result = assess(&EligibilityInput::from_application(&app), d(2026, 4, 1));
    assert_eq!(result.verdict, Verdict::Eligible, "{result:#?}");

    // 2024: Karim lived elsewhere; his income is not counted and the app says so.
    app.income.years[1].family_income[0].same_household = Some(false);
    let result = assess(&EligibilityInput::from_application(&app), d(2026, 4, 1));
    assert_eq!(result.verdict, Verdict::NotEligible);
    assert!(result.reasons.contains(&Reason::FamilyIncomeNotHousehold {
        year: 2024,
        name: "Karim".into()
    }));
    assert!(result.reasons.contains(&Reason::IncomeBelow {
        year: 2024,
        income_cents: 500_000,
        threshold_cents: 826_331,
    }));

    // Not answered: counted, but asked before a verdict.
    app.income.years[1].family_income[0].same_household = None;
    let result = assess(&EligibilityInput::from_application(&app), d(2026, 4, 1));
    assert_eq!(result.verdict, Verdict::MoreInformation);
    assert_eq!(
        result.missing(),
        vec![&Reason::FamilyIncomeHouseholdUnanswered {
            year: 2024,
            name: "Karim".into()
        }]
    );
}

/// 12.8: an empty draft asks for data; "not eligible" needs data that shows it.
#[test]
fn missing_data_is_more_information_not_a_rejection() {
    let mut app = Application::new();
    app.legal_basis.basis = Some(LegalBasis::Art9F);
    let result = assess(&EligibilityInput::from_application(&app), d(2026, 4, 1));
    assert_eq!(result.verdict, Verdict::MoreInformation);
    let missing: Vec<&str> = result.missing().iter().map(|r| r.message_id()).collect();
    assert_eq!(
        missing,
        vec![
            "elig-residence-missing",
            "elig-income-missing",
            "elig-income-missing",
            "elig-income-missing"
        ]
    );
    // Residence shown to have ended: a fact, not eligible.
    app.residences.periods = vec![period("01/01/2010", "31/12/2024")];
    let result = assess(&EligibilityInput::from_application(&app), d(2026, 4, 1));
    assert_eq!(result.verdict, Verdict::NotEligible);
}
