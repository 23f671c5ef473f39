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

use std::cell::{Cell, RefCell};

use serde::de::value::StrDeserializer;
use serde::de::{DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor};
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
    match value.map(T::deserialize) {
        None => Ok(None),
        Some(Ok(choice)) => Ok(Some(choice)),
        Some(Err(error)) if exact::is_active() => Err(serde::de::Error::custom(error)),
        Some(Err(_)) => Ok(None),
    }
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
///
/// One pass over the input (see [`Node`]): a hostile draft with many malformed values costs
/// about as much as a clean one, never one decoding per bad value.
pub fn decode_lenient<T: DeserializeOwned + Serialize>(
    mut value: Value,
) -> Result<Decoded<T>, DecodeError> {
    let schema_version = value
        .get("schema_version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .unwrap_or(0);
    let ctx = Ctx::default();
    let decoded = decode_node::<T>(&mut value, &ctx);
    let decoded: T = decoded.map_err(|e| DecodeError::Unreadable {
        path: String::new(),
        message: e.to_string(),
    })?;
    let mut dropped = ctx.dropped.into_inner();
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

/// State shared by the nodes of one decoding.
#[derive(Default)]
struct Ctx {
    /// Where the node being decoded is (indexes of the input as it is after the removals
    /// so far, as the reports have always counted them).
    path: RefCell<Vec<Step>>,
    /// Values removed from the input because they could not be read.
    dropped: RefCell<Vec<Dropped>>,
}

impl Ctx {
    fn drop_value(&self, raw: Value) {
        self.dropped.borrow_mut().push(Dropped {
            path: join(&self.path.borrow()),
            raw,
            kind: DropKind::NotUnderstood,
        });
    }
}

/// A value of the input, as a serde `Deserializer` that removes the values its visitors
/// cannot read: a list element is skipped, an object field is removed (and the object read
/// again, so that the field takes its default). Data-carrying enums are read strictly (the
/// model has none: its choices are strings).
struct Node<'a> {
    value: &'a mut Value,
    ctx: &'a Ctx,
    /// Set when keys of this object were removed: its result must not be kept.
    changed: &'a Cell<bool>,
}

impl<'de> serde::Deserializer<'de> for Node<'_> {
    type Error = serde_json::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        let Node {
            value,
            ctx,
            changed,
        } = self;
        match value {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => n.clone().deserialize_any(visitor),
            Value::String(s) => visitor.visit_str(s),
            Value::Array(items) => {
                let mut removed = Vec::new();
                let mut seq = SeqNode {
                    items: &mut *items,
                    next: 0,
                    removed: &mut removed,
                    ctx,
                };
                let result = visitor.visit_seq(&mut seq);
                // As serde_json: a visitor that stops early did not read the whole list.
                let unread = seq.items.len() - seq.next;
                let result = match result {
                    Ok(_) if unread > 0 => Err(serde::de::Error::invalid_length(
                        seq.next - seq.removed.len() + unread,
                        &"fewer elements in array",
                    )),
                    result => result,
                };
                if !removed.is_empty() {
                    let mut index = 0;
                    let mut removed = removed.into_iter().peekable();
                    items.retain(|_| {
                        let keep = removed.peek() != Some(&index);
                        if !keep {
                            removed.next();
                        }
                        index += 1;
                        keep
                    });
                }
                result
            }
            Value::Object(map) => {
                let failed = RefCell::new(Vec::new());
                let mut fields = MapNode {
                    entries: map.iter_mut(),
                    current: None,
                    ctx,
                    failed: &failed,
                };
                let result = visitor.visit_map(&mut fields);
                let unread = fields.entries.len();
                let result = match result {
                    Ok(_) if unread > 0 => Err(serde::de::Error::invalid_length(
                        unread,
                        &"fewer elements in map",
                    )),
                    result => result,
                };
                let failed = failed.into_inner();
                if !failed.is_empty() {
                    for key in &failed {
                        map.remove(key);
                    }
                    changed.set(true);
                }
                result
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        if self.value.is_null() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.value.clone().deserialize_enum(name, variants, visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        // An unknown field: reported by `compare`, never walked.
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct identifier
    }
}

/// The elements of a list; those that cannot be read are skipped (and removed afterwards).
struct SeqNode<'a> {
    items: &'a mut Vec<Value>,
    next: usize,
    /// Indexes (in `items`) of the elements skipped, in order.
    removed: &'a mut Vec<usize>,
    ctx: &'a Ctx,
}

impl<'de> SeqAccess<'de> for SeqNode<'_> {
    type Error = serde_json::Error;

    fn next_element<T: Deserialize<'de>>(&mut self) -> Result<Option<T>, Self::Error> {
        while let Some(item) = self.items.get_mut(self.next) {
            let index = self.next;
            self.next += 1;
            let shown = index - self.removed.len();
            self.ctx.path.borrow_mut().push(Step::Index(shown));
            let result = decode_node::<T>(item, self.ctx);
            let kept = match result {
                Ok(value) => Some(value),
                Err(_) => {
                    self.ctx.drop_value(std::mem::take(item));
                    self.removed.push(index);
                    None
                }
            };
            self.ctx.path.borrow_mut().pop();
            if kept.is_some() {
                return Ok(kept);
            }
        }
        Ok(None)
    }

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Self::Error> {
        // A seed cannot be tried twice: read the element strictly.
        match self.items.get_mut(self.next) {
            Some(item) => {
                self.next += 1;
                seed.deserialize(item.clone()).map(Some)
            }
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len() - self.next)
    }
}

/// Decodes `T` from `value`, removing (in place) what cannot be read. When fields of this
/// object had to be removed the object is decoded again, now without them; everything below
/// it was cleaned by the first pass, so the second one does not fail below.
fn decode_node<'de, T: Deserialize<'de>>(
    value: &mut Value,
    ctx: &Ctx,
) -> Result<T, serde_json::Error> {
    loop {
        let changed = Cell::new(false);
        let result = T::deserialize(Node {
            value: &mut *value,
            ctx,
            changed: &changed,
        });
        // Each repeat follows the removal of at least one key, so this ends.
        if !changed.get() {
            return result;
        }
    }
}

/// The fields of an object; a field that cannot be read is reported and its key removed
/// after the visit (the caller then reads the object again).
struct MapNode<'a> {
    entries: serde_json::map::IterMut<'a>,
    current: Option<(&'a String, &'a mut Value)>,
    ctx: &'a Ctx,
    failed: &'a RefCell<Vec<String>>,
}

impl<'de> MapAccess<'de> for MapNode<'_> {
    type Error = serde_json::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        match self.entries.next() {
            Some((key, value)) => {
                self.current = Some((key, value));
                seed.deserialize(StrDeserializer::<serde_json::Error>::new(key))
                    .map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value<V: Deserialize<'de>>(&mut self) -> Result<V, Self::Error> {
        let (key, value) = self
            .current
            .take()
            .ok_or_else(|| serde::de::Error::custom("a value without its key"))?;
        self.ctx.path.borrow_mut().push(Step::Key(key.clone()));
        let result = decode_node::<V>(value, self.ctx);
        let result = match result {
            Ok(decoded) => Ok(decoded),
            Err(error) => {
                self.ctx.drop_value(std::mem::take(value));
                self.failed.borrow_mut().push(key.clone());
                // Go on with the other fields (the object is read again without this one):
                // a stand-in value lets the visitor continue, else it stops here.
                stand_in::<V>().ok_or(error)
            }
        };
        self.ctx.path.borrow_mut().pop();
        result
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<S::Value, Self::Error> {
        // A seed cannot be tried twice: read the value strictly.
        let (_, value) = self
            .current
            .take()
            .ok_or_else(|| serde::de::Error::custom("a value without its key"))?;
        seed.deserialize(value.clone())
    }
}

/// Some value of type `V` (an empty one), to finish visiting an object that will be read
/// again anyway: the stand-in never reaches the result.
fn stand_in<'de, V: Deserialize<'de>>() -> Option<V> {
    [
        Value::Null,
        Value::Object(Map::new()),
        Value::Array(Vec::new()),
        Value::String(String::new()),
        Value::Bool(false),
        Value::from(0),
    ]
    .into_iter()
    .find_map(|value| V::deserialize(value).ok())
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

mod exact;
pub use exact::decode_application_exact;

#[cfg(test)]
mod oracle;

#[cfg(test)]
mod tests;
