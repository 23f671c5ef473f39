//! Tests of the lenient reader, and of its one-pass decoder against the first (quadratic) one.

use super::*;
use crate::model::{LegalBasis, SCHEMA_VERSION};
use serde_json::json;

#[test]
fn unknown_choice_reads_as_not_answered_and_is_reported() {
    let decoded = decode_application_value(json!({
        "schema_version": SCHEMA_VERSION,
        "legal_basis": { "basis": "art9-g", "prefecture": "Torino" },
        "personal": { "surname": "Rossi", "sex": "X" }
    }))
    .expect("decodes");
    assert_eq!(decoded.value.legal_basis.basis, None);
    assert_eq!(decoded.value.legal_basis.prefecture, "Torino");
    assert_eq!(decoded.value.personal.surname, "Rossi");
    let paths: Vec<_> = decoded.dropped.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(paths, vec!["legal_basis.basis", "personal.sex"]);
    assert_eq!(decoded.dropped[0].raw, json!("art9-g"));
    assert!(
        decoded
            .dropped
            .iter()
            .all(|d| d.kind == DropKind::NotUnderstood)
    );
    assert!(decoded.from_newer_version());
}

#[test]
fn values_of_another_shape_are_left_out_and_reported() {
    let decoded = decode_application_value(json!({
        "personal": { "surname": "Rossi", "citizenships": ["Marocco", 7, "Tunisia"],
                      "phone": { "mobile": "333" } },
        "procedure": { "submitted": "2026-13-40", "accepted": "2026-01-02" },
        "income": { "years": [ { "year": "2024", "amount": 12.5 } ] }
    }))
    .expect("decodes");
    let app = decoded.value;
    assert_eq!(app.personal.citizenships, vec!["Marocco", "Tunisia"]);
    assert_eq!(app.personal.phone, "");
    assert_eq!(app.procedure.submitted, None);
    assert!(app.procedure.accepted.is_some());
    assert_eq!(app.income.years[0].year, "2024");
    let mut dropped: Vec<_> = decoded.dropped.iter().map(Dropped::describe).collect();
    dropped.sort();
    assert_eq!(
        dropped,
        vec![
            "income.years.0.amount = 12.5",
            "personal.citizenships.1 = 7",
            r#"personal.phone = {"mobile":"333"}"#,
            r#"procedure.submitted = "2026-13-40""#,
        ]
    );
}

#[test]
fn unknown_fields_are_reported_and_a_current_draft_is_lossless() {
    let decoded = decode_application_value(json!({
        "legal_basis": { "basis": "art9_f", "signed_digitally": true },
        "wallet": { "id": 3 }
    }))
    .expect("decodes");
    assert_eq!(decoded.value.legal_basis.basis, Some(LegalBasis::Art9F));
    let paths: Vec<_> = decoded.dropped.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(paths, vec!["legal_basis.signed_digitally", "wallet"]);
    assert!(
        decoded
            .dropped
            .iter()
            .all(|d| d.kind == DropKind::UnknownField)
    );

    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    for app in [
        crate::samples::complete_art9(today),
        crate::samples::complete_art5_italy(today),
        Application::new(),
    ] {
        let json = serde_json::to_vec(&app).expect("serialises");
        let decoded = decode_application(&json).expect("decodes");
        assert_eq!(decoded.value, app);
        assert!(decoded.dropped.is_empty(), "{:?}", decoded.dropped);
        assert!(!decoded.from_newer_version());
    }
}

#[test]
fn what_cannot_be_an_application_is_an_error() {
    assert!(matches!(
        decode_application(b"{ not json"),
        Err(DecodeError::Syntax(_))
    ));
    assert!(matches!(
        decode_application(b"[1, 2]"),
        Err(DecodeError::NotAnObject)
    ));
}

/// Varied inputs: a complete draft with values replaced, fields added and list elements
/// appended at random places, the replacements mixing valid and invalid shapes.
mod same_as_the_oracle {
    use super::super::{decode_lenient, oracle};
    use crate::model::Application;
    use proptest::prelude::*;
    use serde_json::{Map, Value, json};

    const WORDS: &[&str] = &[
        "",
        "art9_f",
        "art5_italy",
        "X",
        "M",
        "2026-01-02",
        "2026-13-40",
        "02/01/2026",
        "identity_card",
        "passport",
        "married",
        "Rossi",
        "12.5",
    ];
    const KEYS: &[&str] = &[
        "surname",
        "kind",
        "year",
        "amount",
        "basis",
        "sex",
        "received",
        "from",
        "to",
        "sha256",
        "size_bytes",
        "citizenships",
        "unknown_key",
    ];

    fn leaf() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i32>().prop_map(Value::from),
            (0u32..5000).prop_map(Value::from),
            (-1e6f64..1e6).prop_map(Value::from),
            prop::sample::select(WORDS).prop_map(Value::from),
        ]
    }

    fn json_value() -> impl Strategy<Value = Value> {
        leaf().prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::vec((prop::sample::select(KEYS), inner), 0..4).prop_map(
                    |entries| {
                        Value::Object(
                            entries
                                .into_iter()
                                .map(|(k, v)| (k.to_string(), v))
                                .collect::<Map<String, Value>>(),
                        )
                    }
                ),
            ]
        })
    }

    /// Paths (as JSON pointers) of every value of `value`.
    fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    pointers(child, format!("{at}/{key}"), out);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    pointers(child, format!("{at}/{i}"), out);
                }
            }
            _ => {}
        }
        out.push(at);
    }

    fn base() -> Value {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
        let mut value =
            serde_json::to_value(crate::samples::complete_art9(today)).expect("serialises");
        // Lists of every kind, so that mutations reach list elements.
        value["income"]["years"] = json!([
            { "year": "2023", "amount": "10.000,00", "family_income": [{ "amount": "1" }] },
            { "year": "2024", "amount": "12.000,00" }
        ]);
        value["documents"]["attached"] = json!([
            { "kind": "passport", "sha256": "ab", "size_bytes": 3 },
            { "kind": "identity_card", "size_bytes": 4 }
        ]);
        value["procedure"]["ten_bis_notices"] = json!([{ "received": "2026-01-02" }]);
        value["personal"]["citizenships"] = json!(["Marocco", "Tunisia"]);
        value
    }

    fn mutate(mut value: Value, ops: &[(prop::sample::Index, u8, Value)]) -> Value {
        for (at, op, new) in ops {
            let mut all = Vec::new();
            pointers(&value, String::new(), &mut all);
            let pointer = at.get(&all).clone();
            let Some(target) = value.pointer_mut(&pointer) else {
                continue;
            };
            match (op, target) {
                (0, Value::Array(items)) => items.push(new.clone()),
                (1, Value::Object(map)) => {
                    map.insert(format!("extra{}", map.len()), new.clone());
                }
                (_, target) => *target = new.clone(),
            }
        }
        value
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn one_pass_decoder_gives_the_same_application_and_report(
            ops in prop::collection::vec(
                (any::<prop::sample::Index>(), 0u8..4, json_value()), 0..12),
        ) {
            // Through bytes first, as the exact decoder reads them (floats may change).
            let bytes = serde_json::to_vec(&mutate(base(), &ops)).expect("serialises");
            let input: Value = serde_json::from_slice(&bytes).expect("parses");
            let is_object = input.is_object();
            let old = oracle::decode_lenient::<Application>(input.clone());
            let exact = super::super::decode_application_exact(&bytes);
            let new = decode_lenient::<Application>(input);
            if let (Ok(new), true) = (&new, is_object) {
                let first = new
                    .dropped
                    .iter()
                    .find(|d| d.kind == super::super::DropKind::NotUnderstood);
                match (&exact, first) {
                    (Ok(application), None) => {
                        let mut expected = new.value.clone();
                        expected.schema_version = application.schema_version;
                        prop_assert_eq!(application, &expected);
                    }
                    (Err(super::super::DecodeError::Unreadable { path, .. }), Some(_)) => {
                        // It stops at the first in the input's order, which the lenient
                        // report need not list first: it must be one of them.
                        let reported = new
                            .dropped
                            .iter()
                            .filter(|d| d.kind == super::super::DropKind::NotUnderstood)
                            .any(|d| &d.path == path);
                        prop_assert!(reported, "exact refused {}, lenient {:?}", path, new.dropped);
                    }
                    (exact, first) => {
                        prop_assert!(false, "exact {:?}, first {:?}", exact, first);
                    }
                }
            }
            match (old, new) {
                (Ok(old), Ok(new)) => {
                    prop_assert_eq!(&new.value, &old.value);
                    prop_assert_eq!(&new.dropped, &old.dropped);
                    prop_assert_eq!(new.schema_version, old.schema_version);
                }
                (Err(_), Err(_)) => {}
                (old, new) => prop_assert!(false, "old {:?}, new {:?}", old, new),
            }
        }
    }

    #[test]
    fn many_bad_list_elements_are_reported_as_before() {
        let mut input = base();
        let mut attached = Vec::new();
        for i in 0..300 {
            attached.push(match i % 3 {
                0 => json!(i),
                1 => json!({ "kind": "passport", "size_bytes": "big", "extra": i }),
                _ => json!({ "kind": "no_such_kind", "sha256": i }),
            });
        }
        input["documents"]["attached"] = Value::Array(attached);
        input["personal"]["citizenships"] = json!(["A", 1, "B", 2, 3, "C"]);
        let old = oracle::decode_lenient::<Application>(input.clone()).expect("old decodes");
        let new = decode_lenient::<Application>(input).expect("new decodes");
        assert_eq!(new.value, old.value);
        assert_eq!(new.dropped, old.dropped);
        assert_eq!(new.value.documents.attached.len(), 200);
        assert_eq!(new.value.personal.citizenships, vec!["A", "B", "C"]);
    }
}
