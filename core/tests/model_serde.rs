//! Drafts must survive version changes: unknown fields are ignored, missing fields take their
//! default, and a draft written by this version (the golden `fixtures/draft-v1.json`) keeps
//! loading in every later one.

use chrono::NaiveDate;
use cittadinanza_core::model::*;
use cittadinanza_core::samples::{complete_art5_italy, complete_art9};
use serde_json::{Value, json};

const GOLDEN: &str = include_str!("fixtures/draft-v1.json");

fn fixture_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

/// Adds an unknown field to every JSON object in the tree.
fn add_unknown_fields(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for child in map.values_mut() {
                add_unknown_fields(child);
            }
            map.insert(
                "added_in_a_later_version".into(),
                json!({"nested": [1, 2, 3]}),
            );
        }
        Value::Array(items) => items.iter_mut().for_each(add_unknown_fields),
        _ => {}
    }
}

#[test]
fn samples_round_trip_through_json() {
    for app in [
        complete_art9(fixture_day()),
        complete_art5_italy(fixture_day()),
    ] {
        let text = serde_json::to_string_pretty(&app).expect("serialise");
        let back: Application = serde_json::from_str(&text).expect("deserialise");
        assert_eq!(back, app);
    }
}

#[test]
fn unknown_fields_at_every_level_are_ignored() {
    let app = complete_art9(fixture_day());
    let mut value = serde_json::to_value(&app).expect("to value");
    add_unknown_fields(&mut value);
    let text = value.to_string();
    assert!(text.matches("added_in_a_later_version").count() > 30);
    let back: Application = serde_json::from_value(value).expect("later draft loads");
    assert_eq!(back, app);
}

#[test]
fn missing_fields_take_their_default() {
    let empty: Application = serde_json::from_str("{}").expect("empty object loads");
    assert_eq!(empty, Application::default());

    let partial: Application = serde_json::from_value(json!({
        "schema_version": 1,
        "personal": { "surname": "El Amrani", "birth_place": { "country": "Marocco" } },
        "residences": { "periods": [ { "municipality": "Torino" } ] },
        "income": { "years": [ { "year": "2024" } ] },
        "consent": { "privacy": true }
    }))
    .expect("partial draft loads");
    assert_eq!(partial.personal.surname, "El Amrani");
    assert_eq!(partial.personal.name, "");
    assert_eq!(partial.personal.sex, None);
    assert_eq!(partial.personal.birth_place.country, "Marocco");
    assert_eq!(partial.personal.birth_place.town, "");
    assert_eq!(partial.residences.periods[0].from, "");
    assert_eq!(partial.residences.registered_in_italy_before_14, None);
    assert_eq!(partial.income.years[0].family_income, Vec::new());
    assert!(partial.consent.privacy && !partial.consent.truthfulness);
    assert_eq!(partial.legal_basis, LegalBasisSection::default());
}

#[test]
fn golden_draft_v1_still_loads() {
    let app: Application = serde_json::from_str(GOLDEN).expect("the v1 draft loads");
    assert_eq!(app.schema_version, 1);
    assert_eq!(app.legal_basis.basis, Some(LegalBasis::Art9F));
    assert_eq!(app.personal.surname, "El Amrani");
    assert_eq!(app.personal.sex, Some(Sex::Female));
    assert_eq!(app.personal.codice_fiscale, "LMRFMZ88C54Z330Y");
    assert_eq!(app.entry_stay.permit_type, Some(PermitType::EuLongTerm));
    assert_eq!(app.residences.periods.len(), 2);
    assert_eq!(
        app.family.household[1].relationship,
        Some(Relationship::Child)
    );
    assert_eq!(app.income.years[1].source, Some(IncomeSource::Form730));
    assert_eq!(
        app.judicial.certificates[0].legalisation,
        Some(Legalisation::Apostille)
    );
    assert_eq!(app.documents.attached.len(), 11);
    assert_eq!(
        app.documents.attached[4].kind,
        Some(DocumentKind::CriminalRecord)
    );
    assert!(app.consent.truthfulness && app.consent.privacy && app.consent.reviewed);
    // What this version writes for it reads back the same.
    let again: Application =
        serde_json::from_str(&serde_json::to_string(&app).expect("serialise")).expect("reload");
    assert_eq!(again, app);
}

#[test]
fn golden_draft_uses_the_stable_names() {
    let value: Value = serde_json::from_str(GOLDEN).expect("json");
    let keys: Vec<&str> = SectionId::ALL.iter().map(|s| s.key()).collect();
    for key in keys {
        assert!(value.get(key).is_some_and(Value::is_object), "{key}");
    }
    assert_eq!(value["legal_basis"]["basis"], "art9_f");
    assert_eq!(value["personal"]["sex"], "F");
    assert_eq!(value["personal"]["marital_status"], "married");
    assert_eq!(value["entry_stay"]["permit_type"], "eu_long_term");
    assert_eq!(value["income"]["years"][1]["source"], "form730");
    assert_eq!(
        value["documents"]["attached"][0]["kind"],
        "identity_document"
    );
}

/// Regenerates the golden file from the sample: `CITTADINANZA_WRITE_FIXTURES=1 cargo test
/// -p cittadinanza-core --test model_serde`. Only ever do this when adding a new version's
/// file: an existing golden file is history and must not change.
#[test]
fn write_golden_when_asked() {
    if std::env::var_os("CITTADINANZA_WRITE_FIXTURES").is_none() {
        return;
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/draft-v1.json");
    let text = serde_json::to_string_pretty(&complete_art9(fixture_day())).expect("serialise");
    std::fs::write(path, text + "\n").expect("write fixture");
}
