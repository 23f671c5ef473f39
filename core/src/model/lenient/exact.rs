//! The portal server's decoder: a draft must be understood whole, or it is refused.
//!
//! It reads the bytes straight into the model, in one pass and without building a JSON tree
//! first, and stops at the first value it does not understand. A hostile draft (a megabyte of
//! malformed list items, say) therefore costs at most what a clean draft of its size costs,
//! usually far less: the tree of a megabyte of tiny values is what made such drafts slow.
//!
//! It accepts exactly the drafts that [`super::decode_application`] reads without reporting a
//! value not understood (fields this version does not have are ignored by both), and gives
//! the same application for them.

use std::cell::Cell;

use serde_path_to_error::Segment;

use super::DecodeError;
use crate::model::{Application, SCHEMA_VERSION};

/// The longest error message passed on: serde quotes the offending value, which an attacker
/// chooses (and may make a megabyte long).
const MAX_MESSAGE_CHARS: usize = 160;

thread_local! {
    /// Set while [`decode_application_exact`] runs on this thread: serde gives a field's
    /// deserializer no other context, and [`super::option_enum`] must then refuse an unknown
    /// choice instead of reading it as "not answered".
    static EXACT: Cell<bool> = const { Cell::new(false) };
}

pub(super) fn is_active() -> bool {
    EXACT.get()
}

/// Clears the flag even when a deserializer panics.
struct ExactGuard {
    was: bool,
}

impl ExactGuard {
    fn set() -> Self {
        Self {
            was: EXACT.replace(true),
        }
    }
}

impl Drop for ExactGuard {
    fn drop(&mut self) {
        EXACT.set(self.was);
    }
}

/// Decodes a draft that must be understood whole, as the portal server wants it. The error
/// names the first value not understood (as `documents.attached.2.kind`, the paths of
/// [`super::Dropped`]) and why.
pub fn decode_application_exact(json: &[u8]) -> Result<Application, DecodeError> {
    let first = json.iter().find(|b| !b.is_ascii_whitespace());
    if first.is_some_and(|b| *b != b'{') {
        // Valid JSON of another kind is "not an application"; the rest is a syntax error.
        return match serde_json::from_slice::<serde::de::IgnoredAny>(json) {
            Ok(_) => Err(DecodeError::NotAnObject),
            Err(e) => Err(DecodeError::Syntax(short(&e.to_string()))),
        };
    }
    let _exact = ExactGuard::set();
    let mut reader = serde_json::Deserializer::from_slice(json);
    let mut application: Application = serde_path_to_error::deserialize(&mut reader)
        .map_err(|e| classify(&e, json))
        .and_then(|application| {
            reader
                .end()
                .map(|()| application)
                .map_err(|e| DecodeError::Syntax(short(&e.to_string())))
        })?;
    application.schema_version = SCHEMA_VERSION;
    Ok(application)
}

fn classify(error: &serde_path_to_error::Error<serde_json::Error>, json: &[u8]) -> DecodeError {
    let inner = error.inner();
    // A model type may read a value in a way that fails as "syntax" (a struct given as an
    // array, for one): when the bytes are well-formed JSON, the value is what is refused.
    let syntax = inner.is_syntax() || inner.is_eof() || inner.is_io();
    if syntax && serde_json::from_slice::<serde::de::IgnoredAny>(json).is_err() {
        return DecodeError::Syntax(short(&inner.to_string()));
    }
    DecodeError::Unreadable {
        path: dotted(error.path()),
        message: short(&inner.to_string()),
    }
}

fn dotted(path: &serde_path_to_error::Path) -> String {
    path.iter()
        .filter_map(|segment| match segment {
            Segment::Seq { index } => Some(index.to_string()),
            Segment::Map { key } => Some(key.clone()),
            Segment::Enum { variant } => Some(variant.clone()),
            Segment::Unknown => None,
        })
        .collect::<Vec<_>>()
        .join(".")
}

fn short(message: &str) -> String {
    if message.chars().count() <= MAX_MESSAGE_CHARS {
        return message.to_owned();
    }
    let mut cut: String = message.chars().take(MAX_MESSAGE_CHARS).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn exact(value: &serde_json::Value) -> Result<Application, DecodeError> {
        decode_application_exact(&serde_json::to_vec(value).expect("serialises"))
    }

    fn refused_at(value: &serde_json::Value) -> String {
        match exact(value) {
            Err(DecodeError::Unreadable { path, .. }) => path,
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn a_clean_draft_is_read_with_unknown_fields_ignored() {
        let application = exact(&json!({
            "schema_version": 1,
            "personal": { "surname": "Rossi", "citizenships": ["Marocco"], "new_field": [1, 2] },
            "from_the_future": { "x": 1 }
        }))
        .expect("decodes");
        assert_eq!(application.personal.surname, "Rossi");
        assert_eq!(application.personal.citizenships, vec!["Marocco"]);
        assert_eq!(application.schema_version, SCHEMA_VERSION);
    }

    #[test]
    fn the_first_value_not_understood_is_named() {
        assert_eq!(
            refused_at(&json!({ "personal": { "citizenships": ["Marocco", 7] } })),
            "personal.citizenships.1"
        );
        assert_eq!(
            refused_at(&json!({ "legal_basis": { "basis": "art9-g" } })),
            "legal_basis.basis"
        );
        assert_eq!(
            refused_at(
                &json!({ "documents": { "attached": [{ "kind": "identity_document", "size_bytes": "x" }] } })
            ),
            "documents.attached.0.size_bytes"
        );
    }

    #[test]
    fn an_unknown_choice_is_refused_only_while_decoding_exactly() {
        let value = json!({ "legal_basis": { "basis": "art9-g" } });
        assert!(exact(&value).is_err());
        // The flag is cleared afterwards: the lenient readers still read it as not answered.
        let lenient = super::super::decode_application_value(value).expect("decodes");
        assert_eq!(lenient.value.legal_basis.basis, None);
        assert!(!is_active());
    }

    #[test]
    fn other_json_and_broken_json_are_told_apart() {
        assert!(matches!(
            decode_application_exact(b"[1, 2]"),
            Err(DecodeError::NotAnObject)
        ));
        assert!(matches!(
            decode_application_exact(b"{\"personal\": "),
            Err(DecodeError::Syntax(_))
        ));
        assert!(matches!(
            decode_application_exact(b"{} {}"),
            Err(DecodeError::Syntax(_))
        ));
        assert!(matches!(
            decode_application_exact(b""),
            Err(DecodeError::Syntax(_))
        ));
    }

    #[test]
    fn a_section_given_as_an_array_is_refused_by_its_path() {
        assert_eq!(refused_at(&json!({ "documents": [[], null] })), "documents");
    }

    #[test]
    fn a_huge_offending_value_is_not_echoed_whole() {
        let huge = "x".repeat(100_000);
        let error = exact(&json!({ "documents": { "attached": [{ "size_bytes": huge }] } }))
            .expect_err("refused");
        assert!(error.to_string().chars().count() < 400, "{error}");
    }
}
