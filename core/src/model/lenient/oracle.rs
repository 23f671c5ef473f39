//! The first lenient decoder (one whole decoding per value it could not read: quadratic on a
//! hostile draft), kept as the oracle of the one-pass decoder: both must give the same
//! application and the same report on any input.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{DecodeError, Decoded, DropKind, Dropped, NotKept, Step, compare, join};

pub(super) fn decode_lenient<T: DeserializeOwned + Serialize>(
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
