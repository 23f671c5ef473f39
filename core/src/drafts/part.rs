//! The parts of a draft that are edited, saved and merged on their own: the 12 form sections
//! and the procedure's dates. Each part is reached on the typed [`Application`] (compared,
//! copied, replaced from its JSON) without encoding the whole draft.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::model::{Application, SectionId};

/// A part of the draft merged on its own: one of the 12 form sections, or the procedure's
/// dates (not a form section, but changed from the timeline and merged the same way).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DraftPart {
    Section(SectionId),
    Procedure,
}

/// Expands the macro `$m` with the name of the [`Application`] field of `$part`.
macro_rules! on_part {
    ($part:expr, $m:ident) => {
        match $part {
            DraftPart::Section(SectionId::LegalBasis) => $m!(legal_basis),
            DraftPart::Section(SectionId::Personal) => $m!(personal),
            DraftPart::Section(SectionId::BirthCertificate) => $m!(birth_certificate),
            DraftPart::Section(SectionId::EntryStay) => $m!(entry_stay),
            DraftPart::Section(SectionId::Residences) => $m!(residences),
            DraftPart::Section(SectionId::Family) => $m!(family),
            DraftPart::Section(SectionId::Income) => $m!(income),
            DraftPart::Section(SectionId::Judicial) => $m!(judicial),
            DraftPart::Section(SectionId::Language) => $m!(language),
            DraftPart::Section(SectionId::Payments) => $m!(payments),
            DraftPart::Section(SectionId::Documents) => $m!(documents),
            DraftPart::Section(SectionId::Consent) => $m!(consent),
            DraftPart::Procedure => $m!(procedure),
        }
    };
}

impl DraftPart {
    pub const ALL: [DraftPart; 13] = [
        DraftPart::Section(SectionId::LegalBasis),
        DraftPart::Section(SectionId::Personal),
        DraftPart::Section(SectionId::BirthCertificate),
        DraftPart::Section(SectionId::EntryStay),
        DraftPart::Section(SectionId::Residences),
        DraftPart::Section(SectionId::Family),
        DraftPart::Section(SectionId::Income),
        DraftPart::Section(SectionId::Judicial),
        DraftPart::Section(SectionId::Language),
        DraftPart::Section(SectionId::Payments),
        DraftPart::Section(SectionId::Documents),
        DraftPart::Section(SectionId::Consent),
        DraftPart::Procedure,
    ];

    /// The top-level key of the part in the JSON of [`Application`].
    pub fn key(self) -> &'static str {
        match self {
            DraftPart::Section(section) => section.key(),
            DraftPart::Procedure => "procedure",
        }
    }

    /// The part whose [`DraftPart::key`] is `key`.
    pub fn from_key(key: &str) -> Option<DraftPart> {
        DraftPart::ALL.into_iter().find(|part| part.key() == key)
    }

    pub fn section(self) -> Option<SectionId> {
        match self {
            DraftPart::Section(section) => Some(section),
            DraftPart::Procedure => None,
        }
    }

    /// Whether `a` and `b` hold the same value for this part.
    pub fn same_in(self, a: &Application, b: &Application) -> bool {
        macro_rules! same {
            ($field:ident) => {
                a.$field == b.$field
            };
        }
        on_part!(self, same)
    }

    /// Copies this part of `from` into `to`.
    pub fn copy(self, from: &Application, to: &mut Application) {
        macro_rules! copy {
            ($field:ident) => {
                to.$field.clone_from(&from.$field)
            };
        }
        on_part!(self, copy)
    }

    /// Exchanges this part of `a` and `b`.
    pub fn swap(self, a: &mut Application, b: &mut Application) {
        macro_rules! swap {
            ($field:ident) => {
                std::mem::swap(&mut a.$field, &mut b.$field)
            };
        }
        on_part!(self, swap)
    }

    /// The JSON of this part of `application`.
    pub fn to_json(self, application: &Application) -> Value {
        macro_rules! encode {
            ($field:ident) => {
                serde_json::to_value(&application.$field).unwrap_or(Value::Null)
            };
        }
        on_part!(self, encode)
    }

    /// Replaces this part of `application` with `json` decoded as the part's type, and returns
    /// the part's own JSON (every field, with defaults). `None`, and nothing changed, when
    /// `json` is not such a value.
    pub fn set_json(self, application: &mut Application, json: Value) -> Option<Value> {
        macro_rules! decode {
            ($field:ident) => {
                replace(&mut application.$field, json)
            };
        }
        on_part!(self, decode)
    }
}

fn replace<T: Serialize + DeserializeOwned>(slot: &mut T, json: Value) -> Option<Value> {
    let value: T = serde_json::from_value(json).ok()?;
    let kept = serde_json::to_value(&value).ok()?;
    *slot = value;
    Some(kept)
}

impl From<SectionId> for DraftPart {
    fn from(section: SectionId) -> DraftPart {
        DraftPart::Section(section)
    }
}

impl PartialEq<SectionId> for DraftPart {
    fn eq(&self, other: &SectionId) -> bool {
        *self == DraftPart::Section(*other)
    }
}

/// The parts of `current` that differ from `recorded` (all of them when nothing was recorded).
pub fn changed_parts(recorded: Option<&Application>, current: &Application) -> Vec<DraftPart> {
    DraftPart::ALL
        .into_iter()
        .filter(|part| recorded.is_none_or(|recorded| !part.same_in(recorded, current)))
        .collect()
}

/// The draft an open editor should show after a merge: the parts typed since the draft was
/// last recorded (`recorded`) are kept from `editing`, every other part comes from `merged`.
/// Without a record, `merged` as it is.
pub fn rebase(
    recorded: Option<&Application>,
    merged: &Application,
    editing: &Application,
) -> Application {
    let Some(recorded) = recorded else {
        return merged.clone();
    };
    let mut result = merged.clone();
    for part in changed_parts(Some(recorded), editing) {
        part.copy(editing, &mut result);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples;

    /// Every part is the field of its key: comparing, copying and decoding one part touches
    /// that part only, as the JSON of the whole draft shows.
    #[test]
    fn each_part_is_its_own_field() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).expect("date");
        let mut full = samples::complete_art9(today);
        full.procedure.submitted = Some(today);
        let empty = Application::new();
        let full_json = serde_json::to_value(&full).expect("json");
        for part in DraftPart::ALL {
            assert!(full_json.get(part.key()).is_some(), "{}", part.key());
            let mut copy = empty.clone();
            part.copy(&full, &mut copy);
            assert_eq!(
                changed_parts(Some(&empty), &copy),
                if part.same_in(&full, &empty) {
                    vec![]
                } else {
                    vec![part]
                },
                "{}",
                part.key()
            );
            assert_eq!(part.to_json(&copy), full_json[part.key()], "{}", part.key());
            let mut decoded = empty.clone();
            let kept = part
                .set_json(&mut decoded, full_json[part.key()].clone())
                .expect("decodes");
            assert_eq!(kept, full_json[part.key()]);
            assert_eq!(decoded, copy, "{}", part.key());
            assert_eq!(DraftPart::from_key(part.key()), Some(part));
        }
        assert_eq!(changed_parts(None, &empty), DraftPart::ALL.to_vec());
        assert!(changed_parts(Some(&full), &full).is_empty());
        let mut wrong = empty.clone();
        assert!(
            DraftPart::Section(SectionId::Personal)
                .set_json(&mut wrong, Value::from(3))
                .is_none()
        );
        assert_eq!(wrong, empty, "nothing changed");
    }
}
