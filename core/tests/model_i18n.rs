//! Every message the rules can show exists in Italian and English, parses, and formats with
//! the arguments the rules give it (no missing variable, no Fluent error).

use cittadinanza_core::codice_fiscale::{CfError, CfPart};
use cittadinanza_core::k10::{K10Error, K10Number};
use cittadinanza_core::rules::{Problem, problem_message_ids};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

fn bundle(lang: &str) -> FluentBundle<FluentResource> {
    let path = format!(
        "{}/../i18n/{lang}/cittadinanza.ftl",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("ftl file");
    // Parse errors elsewhere in the file belong to other blocks; ours are checked by formatting.
    let resource = FluentResource::try_new(text).unwrap_or_else(|(resource, _)| resource);
    let mut bundle = FluentBundle::new(vec![lang.parse().expect("language id")]);
    bundle.set_use_isolating(false);
    bundle.add_resource_overriding(resource);
    bundle
}

fn format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: &[(&'static str, String)],
) -> String {
    let message = bundle
        .get_message(id)
        .unwrap_or_else(|| panic!("{id} missing"));
    let pattern = message
        .value()
        .unwrap_or_else(|| panic!("{id} has no value"));
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, FluentValue::from(value.clone()));
    }
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned();
    assert!(errors.is_empty(), "{id}: {errors:?}");
    assert!(!text.trim().is_empty(), "{id} is empty");
    text
}

/// One example of every variant (a new variant without an example fails `examples_cover_all_ids`).
fn examples() -> Vec<Problem> {
    let date = || "01/02/2025".to_string();
    vec![
        Problem::Missing,
        Problem::InvalidDate,
        Problem::ImpossibleDate,
        Problem::YearOutOfRange,
        Problem::DateInFuture,
        Problem::DateBeforeBirth,
        Problem::EndBeforeStart { start: date() },
        Problem::DateBefore {
            event: "event-first-entry",
            date: date(),
        },
        Problem::DateBefore {
            event: "event-marriage",
            date: date(),
        },
        Problem::DateBefore {
            event: "event-issue",
            date: date(),
        },
        Problem::Expired { on: date() },
        Problem::InvalidAmount,
        Problem::WrongAmount {
            expected: "250,00".into(),
        },
        Problem::InvalidEmail,
        Problem::InvalidPhone,
        Problem::InvalidProvince,
        Problem::InvalidPostcode,
        Problem::InvalidYear,
        Problem::InvalidNoticeCode,
        Problem::InvalidName,
        Problem::CodiceFiscale(CfError::CheckLetter {
            expected: 'U',
            found: 'X',
        }),
        Problem::CodiceFiscaleMismatch {
            part: CfPart::Surname,
            expected: "LMR".into(),
            found: "RSS".into(),
        },
        Problem::BirthPlaceContradictsBasis,
        Problem::SpouseNotItalian,
        Problem::NotMarried,
        Problem::AttoNotorioNotAllowed,
        Problem::TranslationRequired,
        Problem::ResidenceGap {
            from: date(),
            to: date(),
        },
        Problem::ResidenceOverlap { other: 2 },
        Problem::OpenPeriodNotLast,
        Problem::ResidencesNotUpToDate { on: date() },
        Problem::RegisteredBefore14Contradicted,
        Problem::IncomeYearMissing { year: 2024 },
        Problem::IncomeYearNotRequired {
            years: "2023, 2024, 2025".into(),
        },
        Problem::DuplicateYear,
        Problem::CriminalCertificateMissing {
            country: "Marocco".into(),
        },
        Problem::LanguageLevelTooLow { level: "A2".into() },
        Problem::InvalidLanguageLevel,
        Problem::ExemptionNeedsLongTermPermit,
        Problem::ExemptionNotForEuCitizens,
        Problem::MustAccept,
        Problem::DocumentMissing {
            kind: "doc-birth-certificate",
            detail: String::new(),
        },
        Problem::DocumentMissing {
            kind: "doc-income-statement",
            detail: "2024".into(),
        },
        Problem::DocumentExpired {
            kind: "doc-criminal-record",
            on: date(),
        },
        Problem::AttachmentIncomplete,
        Problem::IssueDateMismatch { declared: date() },
        Problem::NotACount,
        Problem::UnknownPrefecture,
    ]
}

#[test]
fn examples_cover_all_own_ids() {
    let used: Vec<&str> = examples().iter().map(Problem::message_id).collect();
    for id in problem_message_ids()
        .iter()
        .filter(|id| !id.starts_with("err-cf-"))
    {
        assert!(used.contains(id), "no example for {id}");
    }
}

#[test]
fn every_problem_formats_in_italian_and_english() {
    for lang in ["it", "en"] {
        let bundle = bundle(lang);
        for id in problem_message_ids() {
            assert!(bundle.has_message(id), "{lang}: {id} missing");
        }
        for problem in examples() {
            let text = format(&bundle, problem.message_id(), &problem.args());
            for (_, value) in problem.args() {
                if !value.starts_with("doc-") && !value.starts_with("event-") {
                    assert!(
                        text.contains(&value),
                        "{lang} {}: {text}",
                        problem.message_id()
                    );
                }
            }
            assert!(
                !text.contains("doc-") && !text.contains("event-"),
                "{lang}: {text}"
            );
        }
    }
}

#[test]
fn selectors_pick_the_right_words() {
    let it = bundle("it");
    let missing = Problem::DocumentMissing {
        kind: "doc-criminal-record",
        detail: "Marocco".into(),
    };
    assert_eq!(
        format(&it, missing.message_id(), &missing.args()),
        "Manca un documento: il certificato penale (Marocco)."
    );
    let en = bundle("en");
    let before = Problem::DateBefore {
        event: "event-marriage",
        date: "01/02/2025".into(),
    };
    assert_eq!(
        format(&en, before.message_id(), &before.args()),
        "The date cannot be before the marriage (01/02/2025)."
    );
}

#[test]
fn k10_and_residence_messages_exist() {
    let bad = ["", "123", "K10/X/1", "K10/12", "K10/12A4567", "K10/0000000"];
    let errors: Vec<K10Error> = bad
        .iter()
        .filter_map(|text| K10Number::parse(text).err())
        .collect();
    assert_eq!(errors.len(), bad.len());
    for lang in ["it", "en"] {
        let bundle = bundle(lang);
        for id in K10Error::message_ids() {
            assert!(bundle.has_message(id), "{lang}: {id}");
        }
        for error in &errors {
            format(&bundle, error.message_id(), &error.args());
        }
        for id in ["k10-kind-naturalisation", "k10-kind-marriage"] {
            format(&bundle, id, &[]);
        }
        let args = [
            ("from", "01/01/2012".to_string()),
            ("to", "23/11/2026".to_string()),
            ("years", "14".to_string()),
        ];
        let text = format(&bundle, "info-residence-span", &args);
        assert!(text.contains("14") && text.contains("01/01/2012"));
    }
}
