//! Reading drafts written by other versions of the app.
//!
//! A draft from a newer version may hold choices this version does not know (a new legal
//! basis, permit type, document kind ...), fields it does not know, or a value of another
//! shape. It must load all the same, keeping everything this version understands; what it
//! cannot keep is reported, never dropped in silence:
//!
//! - an unknown choice in an `Option<Enum>` field reads as "not answered" (`None`), through
//!   [`option_enum`] on the field, so every decoder of the model (store, portal, bundles) is
//!   tolerant;
//! - an unknown field is ignored (no struct denies unknown fields);
//! - a value of another shape is left out (the field takes its default, a list element is
//!   skipped) by [`decode_application`], which also lists everything not kept in
//!   [`Decoded::dropped`].
//!
//! Every application decoded from JSON that a person typed goes through [`decode_application`].

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

use super::{Application, SCHEMA_VERSION};

/// `#[serde(deserialize_with = "lenient::option_enum")]`: an unknown (or malformed) choice
/// reads as `None`, so the field shows as not answered instead of the draft failing to load.
pub fn option_enum<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    let value = Option::<Value>::deserialize(deserializer)?;
    Ok(value.and_then(|value| T::deserialize(value).ok()))
}

/// A value of the input that the decoded application does not hold.
#[derive(Debug, Clone, PartialEq)]
pub struct Dropped {
    /// Field path with the serde names and list indexes of the INPUT, as in
    /// `rules::FieldIssue::field`: `legal_basis.basis`, `documents.attached.2.kind`.
    pub path: String,
    /// The value as it was in the file.
    pub raw: Value,
    pub kind: DropKind,
}

/// Why a value was not kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DropKind {
    /// A field this version does not have.
    UnknownField,
    /// A choice this version does not know, or a value of another shape: the field this
    /// version has shows as not answered (or the list element is skipped).
    NotUnderstood,
}

impl Dropped {
    /// `path = raw` (the raw value as compact JSON), for logs and messages.
    pub fn describe(&self) -> String {
        format!("{} = {}", self.path, self.raw)
    }
}

/// A decoded value and what of the input it does not hold.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded<T> {
    pub value: T,
    /// Empty when the input was fully understood.
    pub dropped: Vec<Dropped>,
    /// `schema_version` found in the input (0 when absent).
    pub schema_version: u32,
}

impl<T> Decoded<T> {
    /// Written by a newer version of the app: a newer schema, or values not understood.
    pub fn from_newer_version(&self) -> bool {
        self.schema_version > SCHEMA_VERSION || !self.dropped.is_empty()
    }
}

/// Why a draft could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    #[error("not JSON: {0}")]
    Syntax(String),
    #[error("not an application (a JSON object is expected)")]
    NotAnObject,
    #[error("{path}: {message}")]
    Unreadable { path: String, message: String },
}

/// Decodes a draft from its JSON bytes (see the module documentation).
pub fn decode_application(json: &[u8]) -> Result<Decoded<Application>, DecodeError> {
    let value: Value =
        serde_json::from_slice(json).map_err(|e| DecodeError::Syntax(e.to_string()))?;
    decode_application_value(value)
}

/// Decodes a draft from a JSON value (see the module documentation).
pub fn decode_application_value(value: Value) -> Result<Decoded<Application>, DecodeError> {
    if !value.is_object() {
        return Err(DecodeError::NotAnObject);
    }
    let mut decoded: Decoded<Application> = decode_lenient(value)?;
    // What this version holds (and will save) is in this version's layout.
    decoded.value.schema_version = SCHEMA_VERSION;
    Ok(decoded)
}

/// Decodes `value` as `T`, leaving out each value of an unexpected shape (the field takes its
/// default, a list element is skipped), and lists what the result does not hold.
/// `T`'s structs must all be `#[serde(default)]`.
pub fn decode_lenient<T: DeserializeOwned + Serialize>(
    mut value: Value,
) -> Result<Decoded<T>, DecodeError> {
    let schema_version = value
        .get("schema_version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .unwrap_or(0);
    let mut dropped = Vec::new();
    // Every round removes one value from the input, so this ends.
    let decoded: T = loop {
        match serde_path_to_error::deserialize::<_, T>(&value) {
            Ok(decoded) => break decoded,
            Err(error) => {
                let path = segments(error.path());
                let message = error.inner().to_string();
                match remove_at(&mut value, &path) {
                    Some((input_path, raw)) => dropped.push(Dropped {
                        path: input_path,
                        raw,
                        kind: DropKind::NotUnderstood,
                    }),
                    None => {
                        return Err(DecodeError::Unreadable {
                            path: path.join("."),
                            message,
                        });
                    }
                }
            }
        }
    };
    let output = serde_json::to_value(&decoded).map_err(|e| DecodeError::Unreadable {
        path: String::new(),
        message: e.to_string(),
    })?;
    // Choices read as "not answered" first (the user sees those fields empty), then the
    // fields this version does not have.
    let mut not_kept = NotKept::default();
    compare(&value, &output, &mut Vec::new(), &mut not_kept);
    dropped.extend(not_kept.cleared);
    dropped.extend(not_kept.unknown_fields);
    Ok(Decoded {
        value: decoded,
        dropped,
        schema_version,
    })
}

/// One step of a path: an object key or a list index.
#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn segments(path: &serde_path_to_error::Path) -> Vec<String> {
    use serde_path_to_error::Segment;
    path.iter()
        .filter_map(|segment| match segment {
            Segment::Seq { index } => Some(index.to_string()),
            Segment::Map { key } => Some(key.clone()),
            Segment::Enum { variant } => Some(variant.clone()),
            Segment::Unknown => None,
        })
        .collect()
}

/// Removes the value at `path` (the deepest existing one: an error may point inside a value
/// that is not a container). Returns the path actually removed and the value.
fn remove_at(value: &mut Value, path: &[String]) -> Option<(String, Value)> {
    // Resolve the longest prefix of `path` that exists in `value`.
    let mut steps: Vec<Step> = Vec::new();
    let mut cursor: &Value = value;
    for segment in path {
        let next = match cursor {
            Value::Object(map) => map
                .get(segment)
                .map(|next| (Step::Key(segment.clone()), next)),
            Value::Array(items) => segment
                .parse::<usize>()
                .ok()
                .and_then(|i| items.get(i).map(|next| (Step::Index(i), next))),
            _ => None,
        };
        let Some((step, next)) = next else { break };
        steps.push(step);
        cursor = next;
    }
    let (last, parents) = steps.split_last()?;
    let mut parent: &mut Value = value;
    for step in parents {
        parent = match (parent, step) {
            (Value::Object(map), Step::Key(key)) => map.get_mut(key)?,
            (Value::Array(items), Step::Index(i)) => items.get_mut(*i)?,
            _ => return None,
        };
    }
    let raw = match (parent, last) {
        (Value::Object(map), Step::Key(key)) => map.remove(key)?,
        (Value::Array(items), Step::Index(i)) if *i < items.len() => items.remove(*i),
        _ => return None,
    };
    Some((join(&steps), raw))
}

fn join(steps: &[Step]) -> String {
    steps
        .iter()
        .map(|step| match step {
            Step::Key(key) => key.clone(),
            Step::Index(i) => i.to_string(),
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// What the input holds and the output does not.
#[derive(Default)]
struct NotKept {
    /// Values the output has as `null` (unknown choices read as `None`).
    cleared: Vec<Dropped>,
    /// Keys absent from the output (unknown fields).
    unknown_fields: Vec<Dropped>,
}

fn compare(input: &Value, output: &Value, path: &mut Vec<Step>, dropped: &mut NotKept) {
    match (input, output) {
        (Value::Object(input), Value::Object(output)) => {
            compare_objects(input, output, path, dropped)
        }
        (Value::Array(input), Value::Array(output)) => {
            for (i, (input, output)) in input.iter().zip(output).enumerate() {
                path.push(Step::Index(i));
                compare(input, output, path, dropped);
                path.pop();
            }
        }
        (input, Value::Null) if !input.is_null() => dropped.cleared.push(Dropped {
            path: join(path),
            raw: input.clone(),
            kind: DropKind::NotUnderstood,
        }),
        _ => {}
    }
}

fn compare_objects(
    input: &Map<String, Value>,
    output: &Map<String, Value>,
    path: &mut Vec<Step>,
    dropped: &mut NotKept,
) {
    for (key, value) in input {
        path.push(Step::Key(key.clone()));
        match output.get(key) {
            Some(kept) => compare(value, kept, path, dropped),
            None => dropped.unknown_fields.push(Dropped {
                path: join(path),
                raw: value.clone(),
                kind: DropKind::UnknownField,
            }),
        }
        path.pop();
    }
}

#[cfg(test)]
mod tests {
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
}
