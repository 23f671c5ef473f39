//! The draft being edited, with one owner: [`Draft`] holds the typed [`Application`], applies
//! each edit to the one part it concerns (no round trip of the whole draft through JSON),
//! keeps the 12 sections' status and the hints in step, saves through [`save`] (which counts
//! the complete sections itself) and says which parts changed since the sync engine was last
//! told ([`Draft::take_changes`]).
//!
//! The editor reads fields by path (`personal.surname`, `residences.periods.0.from`), the same
//! strings the rules use for their issues: the draft keeps a JSON form for those reads, updated
//! part by part.

pub mod part;

use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use serde_json::Value;

use crate::model::{Application, AttachedDocument, SectionId};
use crate::rules::{FieldIssue, Hint, SectionStatus};
use crate::store::{ApplicantId, Store, StoreError, VersionInfo};

pub use part::{DraftPart, changed_parts, rebase};

/// The open data folder, shared by the screens and the sync engine's store adapter.
pub type SharedStore = Arc<Mutex<Store>>;

/// Saves `application` as the current draft of `id`, with the count of complete sections
/// the applicants list shows (as of `today`).
pub fn save(
    store: &mut Store,
    id: ApplicantId,
    application: &Application,
    today: NaiveDate,
) -> Result<VersionInfo, StoreError> {
    store.save(id, application, sections_complete(application, today))
}

/// Saves `merged` (made from `read`, the draft of `id` as read earlier, e.g. merged with the
/// portal's changes) as the current draft without undoing a save made since that read: the
/// parts the stored draft changed since `read` stay as stored, every other part comes from
/// `merged` ([`rebase`]). One load and one save: run it under the store's lock. Returns the
/// draft as saved.
pub fn save_rebased(
    store: &mut Store,
    id: ApplicantId,
    read: &Application,
    merged: &Application,
    today: NaiveDate,
) -> Result<Application, StoreError> {
    let current = store.load(id)?;
    let rebased = rebase(Some(read), merged, &current);
    save(store, id, &rebased, today)?;
    Ok(rebased)
}

/// Attaches `document`, already in the vault, to the stored draft of `id` (an applicant who
/// is not open) and saves it with its section count; returns the draft as saved. If that
/// fails, the file leaves the vault again: no file stays that no draft refers to.
pub fn attach_to_stored(
    store: &mut Store,
    id: ApplicantId,
    document: AttachedDocument,
    today: NaiveDate,
) -> Result<Application, StoreError> {
    let vault_id = document.vault_id.clone();
    let attached = store.load(id).and_then(|mut application| {
        application.documents.attached.push(document);
        save(store, id, &application, today).map(|_| application)
    });
    let Err(error) = attached else {
        return attached;
    };
    // The file stays in the vault with no draft referring to it: that is what the user must
    // hear of (the draft itself is unchanged); otherwise the error that stopped the attach.
    Err(remove_from_vault(store, &vault_id).err().unwrap_or(error))
}

/// Deletes a file from the vault; one already gone (its applicant deleted meanwhile) counts
/// as deleted.
fn remove_from_vault(store: &mut Store, vault_id: &str) -> Result<(), StoreError> {
    match store.remove_document(vault_id) {
        Ok(()) | Err(StoreError::DocumentNotFound) => Ok(()),
        Err(error) => Err(error),
    }
}

/// How many of the 12 sections are complete on `today`.
pub fn sections_complete(application: &Application, today: NaiveDate) -> u8 {
    count(&crate::rules::check_application(application, today))
}

fn count(statuses: &[SectionStatus]) -> u8 {
    let complete = statuses.iter().filter(|s| s.is_complete()).count();
    u8::try_from(complete).unwrap_or(u8::MAX)
}

/// The draft of one applicant as it is being edited.
#[derive(Debug, Clone)]
pub struct Draft {
    application: Application,
    /// The JSON form of `application`, for reads by path; kept in step part by part.
    json: Value,
    statuses: Vec<SectionStatus>,
    hints: Vec<Hint>,
    today: NaiveDate,
    /// The draft as the sync engine was last told of it (see [`Draft::take_changes`]).
    recorded: Option<Application>,
}

/// A copy of the draft to save off the UI thread, with its count of complete sections.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub application: Application,
    pub sections_complete: u8,
}

impl Snapshot {
    pub fn save(&self, store: &mut Store, id: ApplicantId) -> Result<VersionInfo, StoreError> {
        store.save(id, &self.application, self.sections_complete)
    }

    /// Saves the snapshot, then deletes from the vault the files of `removed` (documents
    /// taken off the draft) that it does not refer to, in the same hold of the store: no job
    /// that runs after this save (a restore, a copy, an export) can find a file that is
    /// about to go. Nothing is deleted when the save fails. Returns the files that could not
    /// be deleted (one already gone counts as deleted).
    pub fn save_removing(
        &self,
        store: &mut Store,
        id: ApplicantId,
        removed: &[String],
    ) -> Result<(VersionInfo, Vec<StoreError>), StoreError> {
        let info = self.save(store, id)?;
        let attached = &self.application.documents.attached;
        let not_removed = removed
            .iter()
            .filter(|vault_id| !attached.iter().any(|d| &d.vault_id == *vault_id))
            .filter_map(|vault_id| remove_from_vault(store, vault_id).err())
            .collect();
        Ok((info, not_removed))
    }
}

fn pointer(path: &str) -> String {
    format!("/{}", path.replace('.', "/"))
}

impl Draft {
    /// The draft as read from the store: what it holds counts as already told to the sync
    /// engine (edits made from now on are the changes).
    pub fn new(application: Application, today: NaiveDate) -> Draft {
        let json = serde_json::to_value(&application).unwrap_or(Value::Null);
        let statuses = crate::rules::check_application(&application, today);
        let hints = crate::rules::hints::all_hints(&application);
        Draft {
            recorded: Some(application.clone()),
            application,
            json,
            statuses,
            hints,
            today,
        }
    }

    pub fn application(&self) -> &Application {
        &self.application
    }

    pub fn today(&self) -> NaiveDate {
        self.today
    }

    /// The 12 sections' status, in order.
    pub fn statuses(&self) -> &[SectionStatus] {
        &self.statuses
    }

    pub fn completed(&self) -> usize {
        self.statuses.iter().filter(|s| s.is_complete()).count()
    }

    pub fn is_complete(&self, section: SectionId) -> bool {
        self.statuses
            .iter()
            .any(|s| s.section == section && s.is_complete())
    }

    /// The issue of the field at `path`, if any.
    pub fn issue(&self, path: &str) -> Option<&FieldIssue> {
        self.statuses.iter().find_map(|s| s.issue_for(path))
    }

    /// The informational hint about the field at `path`, if any.
    pub fn hint(&self, path: &str) -> Option<&Hint> {
        self.hints.iter().find(|hint| hint.field == path)
    }

    /// What to save now.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            application: self.application.clone(),
            sections_complete: count(&self.statuses),
        }
    }

    pub fn value(&self, path: &str) -> Option<&Value> {
        self.json.pointer(&pointer(path))
    }

    /// The whole draft as JSON, kept in step with every edit (reads by path without encoding
    /// the draft again).
    pub fn json(&self) -> &Value {
        &self.json
    }

    /// The text of a text field (empty when absent).
    pub fn text(&self, path: &str) -> &str {
        self.value(path).and_then(Value::as_str).unwrap_or("")
    }

    /// A `Vec<String>` shown as one comma-separated text. `split(',')` / `join(",")` round-trip
    /// exactly, so what the user types (spaces, a trailing comma) stays as typed.
    pub fn comma_list(&self, path: &str) -> String {
        match self.value(path) {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(","),
            _ => String::new(),
        }
    }

    pub fn flag(&self, path: &str) -> bool {
        self.value(path).and_then(Value::as_bool).unwrap_or(false)
    }

    pub fn list_len(&self, path: &str) -> usize {
        self.value(path)
            .and_then(Value::as_array)
            .map_or(0, Vec::len)
    }

    /// Sets a field; returns false (and changes nothing) when the path or value does not fit.
    /// A whole part can be set too (`procedure`).
    pub fn set(&mut self, path: &str, value: Value) -> bool {
        let inner = path.split_once('.').map_or("", |(_, rest)| rest);
        let check = value.clone();
        // Drafts are read leniently (a choice this version does not know reads as not
        // answered), so a value that does not fit shows only when read back.
        self.edit_part(
            path,
            |slot| {
                *slot = value;
                true
            },
            |kept| kept.pointer(&inner_pointer(inner)) == Some(&check),
        )
    }

    /// Sets a comma-separated list from its text.
    pub fn set_comma_list(&mut self, path: &str, text: &str) -> bool {
        let items: Vec<Value> = if text.is_empty() {
            Vec::new()
        } else {
            text.split(',').map(Value::from).collect()
        };
        self.set(path, Value::Array(items))
    }

    /// Adds a record at the end of a list (`{}` gets every field, with defaults).
    pub fn push(&mut self, list_path: &str, item: Value) -> bool {
        self.edit_part(
            list_path,
            |slot| match slot {
                Value::Array(items) => {
                    items.push(item);
                    true
                }
                _ => false,
            },
            |_| true,
        )
    }

    pub fn remove(&mut self, list_path: &str, index: usize) -> bool {
        self.edit_part(
            list_path,
            |slot| match slot {
                Value::Array(items) if index < items.len() => {
                    items.remove(index);
                    true
                }
                _ => false,
            },
            |_| true,
        )
    }

    /// Edits the typed draft (e.g. after attaching a document).
    pub fn update(&mut self, edit: impl FnOnce(&mut Application)) {
        let before = self.application.clone();
        edit(&mut self.application);
        for part in changed_parts(Some(&before), &self.application) {
            self.json[part.key()] = part.to_json(&self.application);
        }
        self.checked();
    }

    /// Replaces the whole draft (a restored version); the changes since the sync engine was
    /// last told are kept as such.
    pub fn replace(&mut self, application: Application) {
        self.json = serde_json::to_value(&application).unwrap_or(Value::Null);
        self.application = application;
        self.checked();
    }

    /// Takes in `merged`, the draft merged with the portal's changes (and already saved): the
    /// parts typed here since the sync engine was last told stay as typed, every other part
    /// comes from `merged`, which is now what the engine knows. Returns whether the draft
    /// shown changed.
    pub fn merged(&mut self, merged: Application) -> bool {
        let rebased = rebase(self.recorded.as_ref(), &merged, &self.application);
        self.recorded = Some(merged);
        if rebased == self.application {
            return false;
        }
        self.replace(rebased);
        true
    }

    /// The parts changed since the last call (since the draft was opened, the first time),
    /// to tell the sync engine once the store holds exactly this draft.
    pub fn take_changes(&mut self) -> Vec<DraftPart> {
        let changed = changed_parts(self.recorded.as_ref(), &self.application);
        if !changed.is_empty() {
            self.recorded = Some(self.application.clone());
        }
        changed
    }

    /// Applies `edit` to the JSON at `path` inside its part, then decodes that part only;
    /// `check` sees the part's own JSON after decoding.
    fn edit_part(
        &mut self,
        path: &str,
        edit: impl FnOnce(&mut Value) -> bool,
        check: impl FnOnce(&Value) -> bool,
    ) -> bool {
        let (key, inner) = path.split_once('.').unwrap_or((path, ""));
        let Some(part) = DraftPart::from_key(key) else {
            return false;
        };
        let Some(mut json) = self.json.get(key).cloned() else {
            return false;
        };
        let Some(slot) = json.pointer_mut(&inner_pointer(inner)) else {
            return false;
        };
        if !edit(slot) {
            return false;
        }
        let mut scratch = Application::default();
        let Some(kept) = part.set_json(&mut scratch, json) else {
            return false;
        };
        if !check(&kept) {
            return false;
        }
        part.swap(&mut scratch, &mut self.application);
        self.json[key] = kept;
        self.checked();
        true
    }

    /// The statuses and hints after a change.
    fn checked(&mut self) {
        self.statuses = crate::rules::check_application(&self.application, self.today);
        self.hints = crate::rules::hints::all_hints(&self.application);
    }
}

fn inner_pointer(inner: &str) -> String {
    if inner.is_empty() {
        String::new()
    } else {
        pointer(inner)
    }
}

#[cfg(test)]
mod tests;
