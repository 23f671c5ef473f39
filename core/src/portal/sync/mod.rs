//! Offline-first synchronisation of local drafts with the portal.
//!
//! The engine keeps a small queue on disk (ids, versions, section names, pending uploads by
//! vault id, K10 numbers and document hashes), sealed with the data key ([`super::queue`]);
//! the draft itself is read from the encrypted local store at push time through
//! [`DraftSource`]. Edits made offline stay queued until a push succeeds.
//! Concurrent edits are detected with the version (`If-Match`) and merged per section with a
//! three-way comparison ([`super::merge`]) against the common base version kept by the
//! server: a section changed on one side only is taken from that side; a section changed on
//! both sides differently is a [`SectionConflict`] the user resolves ([`Resolution`]);
//! nothing is overwritten silently. The procedure's dates (`Application::procedure`) are
//! merged the same way, as one more [`DraftPart`] beside the 12 form sections.
//!
//! Documents of the draft's documents section are uploaded after the draft: the engine keeps
//! the SHA-256 of every document the portal holds, so a document added later (or again after a
//! failed attempt, a crash or a restart) is queued, and one removed before its upload is not.
//! This file holds the queue's bookkeeping; talking to the portal is in [`push`].

mod push;

use std::collections::BTreeSet;
use std::io::Read;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::api::{ApplicationRecord, DocumentInfo, Status};
use super::client::Client;
use super::error::PortalError;
use super::queue::{self, Loaded, Recovery};
pub use crate::drafts::DraftPart;
use crate::model::Application;
use crate::secrets::DataKey;

/// Gives the engine the current local content, read at push time. `Send + Sync` so that
/// sync futures can run on a multi-threaded runtime (e.g. an `Arc<Mutex<Store>>` wrapper).
pub trait DraftSource: Send + Sync {
    /// The current draft of a local application.
    fn load_draft(&self, local_id: &str) -> Result<Application, PortalError>;
    /// The bytes of a document kept in the local vault.
    fn load_document(&self, vault_id: &str) -> Result<Vec<u8>, PortalError>;

    /// A document of the local vault to read chunk by chunk, which uploads use so that
    /// memory stays at one chunk whatever the document's size. The reader should verify the
    /// content as it ends (the vault's does); its errors may carry a [`PortalError`] (see
    /// `std::io::Error::other`) to say why. By default the whole document is loaded.
    fn open_document(&self, vault_id: &str) -> Result<Box<dyn Read + Send>, PortalError> {
        Ok(Box::new(std::io::Cursor::new(
            self.load_document(vault_id)?,
        )))
    }
}

/// A document waiting to be uploaded (metadata is read from the draft's documents section).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingUpload {
    pub vault_id: String,
    pub sha256: String,
}

/// What the engine remembers about one local application.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct QueueEntry {
    /// Id of the application in the local store.
    pub local_id: String,
    /// Id on the portal (chosen by the client at first push, or learned by "associa pratica").
    pub remote_id: Option<String>,
    /// Portal version the local draft is based on; `None` until first pushed.
    pub base_version: Option<u64>,
    /// Sections changed locally since the last successful push.
    pub dirty_sections: BTreeSet<String>,
    /// Local changes wait to be pushed.
    pub pending: bool,
    /// The portal has a version this draft conflicts with (sections to resolve).
    pub conflict_version: Option<u64>,
    pub pending_uploads: Vec<PendingUpload>,
    /// SHA-256 of the documents the portal holds for this application (uploaded from here, or
    /// already referenced by the portal's draft when linked).
    pub uploaded: BTreeSet<String>,
    /// Idempotency key of the submission, kept until the receipt arrives (and after).
    pub submit_key: Option<String>,
    pub k10_number: Option<String>,
    pub last_status: Option<Status>,
    pub last_synced_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
struct QueueFile {
    entries: Vec<QueueEntry>,
    /// A damaged queue was replaced: the links are rebuilt, the user is told.
    recovery: Option<Recovery>,
}

/// What [`SyncEngine::relink`] needs to know of a local application to find it on the portal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalApplication {
    pub local_id: String,
    /// As typed in the draft (matched exactly, spaces and case aside).
    pub k10_number: String,
    /// [`Application::display_name`] of the local draft.
    pub display_name: String,
}

/// `base_version` of an application linked again after the queue was lost: the common base
/// is unknown, so the next push meets the portal's version as a conflict and merges without
/// base (every section that differs is the user's choice; nothing is overwritten silently).
pub const LOST_BASE: u64 = 0;

/// One section (or the procedure's dates) that both sides changed differently.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionConflict {
    pub section: DraftPart,
    /// The part as in the local draft (JSON of the section struct).
    pub local: Value,
    /// The section as on the portal.
    pub remote: Value,
}

/// The outcome of a push that met someone else's changes on the same sections.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub local_id: String,
    pub remote_id: String,
    /// The portal's version to base the resolution on.
    pub remote_version: u64,
    /// The local draft as read for the push that met the conflict: what is saved here
    /// since then stays when the resolution is saved (see [`crate::portal::run::resolve`]).
    pub read: Application,
    /// Local draft with every non-conflicting remote change already applied.
    pub merged: Application,
    pub sections: Vec<SectionConflict>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    KeepMine,
    TakeTheirs,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PushOutcome {
    /// The portal now has the local draft as `version`.
    Pushed { version: u64 },
    /// Remote changes to other sections were merged in: save `application` locally.
    Merged {
        application: Box<Application>,
        version: u64,
    },
    /// Sections changed on both sides: ask the user, then call [`SyncEngine::resolve`].
    Conflicts(Box<Conflict>),
}

/// Result of [`SyncEngine::push_pending`].
#[derive(Debug, Default)]
pub struct SyncReport {
    pub pushed: Vec<String>,
    /// Drafts merged with remote changes, to save locally.
    pub merged: Vec<MergedDraft>,
    pub conflicts: Vec<Conflict>,
    pub uploaded: Vec<(String, DocumentInfo)>,
    /// Documents that could not be uploaded (they stay queued for the next run).
    pub upload_failed: Vec<UploadFailure>,
    /// Errors per local id; transient ones leave the entry queued.
    pub failed: Vec<(String, PortalError)>,
}

/// A local draft merged with the portal's changes while it was pushed.
#[derive(Debug, Clone, PartialEq)]
pub struct MergedDraft {
    pub local_id: String,
    /// The local draft as read for the push, which the merge started from: a save made
    /// after it must not be overwritten by the merge (see [`crate::drafts::save_rebased`]).
    pub read: Application,
    /// The merge, as the portal now holds it.
    pub merged: Application,
}

/// A document whose upload failed for a reason other than the network.
#[derive(Debug)]
pub struct UploadFailure {
    pub local_id: String,
    pub vault_id: String,
    pub error: PortalError,
}

impl SyncReport {
    /// True when a network failure stopped the run (the queue is kept for later).
    pub fn went_offline(&self) -> bool {
        self.failed.iter().any(|(_, e)| e.is_transient())
    }
}

/// The document being uploaded now, as published by [`SyncEngine::progress`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uploading {
    pub local_id: String,
    pub vault_id: String,
    /// The document's file name, as in the draft.
    pub name: String,
    /// Bytes the portal holds (acknowledged chunks, or what an earlier attempt left there).
    pub sent: u64,
    pub total: u64,
}

/// Summary for the sync screen / status bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SyncStatus {
    pub pending: usize,
    pub conflicts: usize,
    pub pending_uploads: usize,
}

pub struct SyncEngine {
    client: Client,
    queue_path: PathBuf,
    key: DataKey,
    queue: QueueFile,
    /// During a batch, bookkeeping writes are grouped (see [`SyncEngine::save`]).
    defer_saves: bool,
    unsaved: bool,
    /// The upload under way (`None` between uploads); see [`SyncEngine::progress`].
    progress: tokio::sync::watch::Sender<Option<Uploading>>,
}

/// During a batch the queue is written at least every this many applications.
const BATCH_SAVE_EVERY: usize = 100;

/// Pushing a merge can itself race with another writer: give up after a few rounds.
const MAX_MERGE_ROUNDS: usize = 3;

impl SyncEngine {
    /// Opens (or starts) the queue persisted at `queue_path`, sealed with `key` (the data key
    /// of the store whose drafts it syncs). A plaintext queue of an earlier version beside it
    /// ([`queue::LEGACY_QUEUE_FILE`]) is taken over; a damaged one is set aside and the engine
    /// starts afresh with a [`Recovery`] (see [`SyncEngine::relink`]).
    pub fn open(
        client: Client,
        queue_path: impl Into<PathBuf>,
        key: DataKey,
    ) -> Result<SyncEngine, PortalError> {
        let queue_path = queue_path.into();
        let mut engine = SyncEngine {
            client,
            queue_path,
            key,
            queue: QueueFile::default(),
            defer_saves: false,
            unsaved: false,
            progress: tokio::sync::watch::channel(None).0,
        };
        match queue::load(&engine.queue_path, &engine.key)? {
            Loaded::Fresh => {}
            Loaded::Read(queue) => engine.queue = queue,
            Loaded::Damaged(recovery) => {
                engine.queue.recovery = Some(recovery);
                engine.save_now()?;
            }
        }
        Ok(engine)
    }

    /// Set when a damaged queue was replaced, until [`SyncEngine::dismiss_recovery`].
    pub fn recovery(&self) -> Option<&Recovery> {
        self.queue.recovery.as_ref()
    }

    /// The links to the portal were lost with a damaged queue and not yet rebuilt: call
    /// [`SyncEngine::relink`] (signed in) before pushing, or drafts already on the portal
    /// would be sent again as new applications.
    pub fn needs_relink(&self) -> bool {
        self.queue
            .recovery
            .as_ref()
            .is_some_and(|r| r.relinked.is_none())
    }

    /// The user read the notice of a rebuilt queue.
    pub fn dismiss_recovery(&mut self) -> Result<(), PortalError> {
        if self.needs_relink() || self.queue.recovery.is_none() {
            return Ok(());
        }
        self.queue.recovery = None;
        self.save()
    }

    /// Rebuilds the links of a lost queue from the portal (the signed-in account's
    /// applications) and the local store: a local application is linked to the portal's one
    /// with the same K10 number, else with the same name when exactly one on each side has it.
    /// Editable ones are queued again with every part changed, based on [`LOST_BASE`]: the
    /// next push merges them with the portal's copy without overwriting anything. Returns how
    /// many were linked.
    pub async fn relink(&mut self, local: &[LocalApplication]) -> Result<usize, PortalError> {
        let remote = self.client.list_applications().await?;
        let k10 = |text: &str| text.split_whitespace().collect::<String>().to_uppercase();
        let name = |text: &str| {
            text.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        let mut pairs: Vec<(String, String)> = Vec::new();
        for summary in &remote {
            let by_k10 = summary
                .k10_number
                .as_deref()
                .map(k10)
                .filter(|k| !k.is_empty());
            let candidates: Vec<&LocalApplication> = match &by_k10 {
                Some(number) => local
                    .iter()
                    .filter(|l| k10(&l.k10_number) == *number)
                    .collect(),
                None => Vec::new(),
            };
            let candidates = if candidates.is_empty() {
                let wanted = name(&summary.display_name);
                let same_name = remote
                    .iter()
                    .filter(|r| name(&r.display_name) == wanted)
                    .count();
                if wanted.is_empty() || same_name != 1 {
                    Vec::new()
                } else {
                    local
                        .iter()
                        .filter(|l| name(&l.display_name) == wanted)
                        .collect()
                }
            } else {
                candidates
            };
            if let [only] = candidates.as_slice()
                && !pairs.iter().any(|(l, _)| *l == only.local_id)
                && self
                    .entry(&only.local_id)
                    .is_none_or(|e| e.remote_id.is_none())
            {
                pairs.push((only.local_id.clone(), summary.id.clone()));
            }
        }
        self.defer_saves = true;
        let mut linked = 0;
        let mut failure = None;
        for (local_id, remote_id) in pairs {
            match self.client.get_application(&remote_id).await {
                Ok(record) => {
                    self.link(&local_id, &record)?;
                    let entry = self.entry_mut(&local_id);
                    if record.status.is_editable() {
                        entry.base_version = Some(LOST_BASE);
                        entry.pending = true;
                        entry
                            .dirty_sections
                            .extend(DraftPart::ALL.iter().map(|p| p.key().to_string()));
                    }
                    linked += 1;
                }
                Err(error) => {
                    failure = Some(error);
                    break;
                }
            }
        }
        self.defer_saves = false;
        if let Some(error) = failure {
            self.flush()?;
            return Err(error);
        }
        if let Some(recovery) = &mut self.queue.recovery {
            recovery.relinked = Some(linked);
        }
        self.save_now()?;
        Ok(linked)
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Follows the upload under way: the document and how many of its bytes the portal
    /// acknowledged so far, `None` when no upload runs. A receiver can be taken once, before
    /// the engine is locked for a long sync, and awaited (`changed()`) without polling.
    pub fn progress(&self) -> tokio::sync::watch::Receiver<Option<Uploading>> {
        self.progress.subscribe()
    }

    pub fn entries(&self) -> &[QueueEntry] {
        &self.queue.entries
    }

    pub fn entry(&self, local_id: &str) -> Option<&QueueEntry> {
        self.queue.entries.iter().find(|e| e.local_id == local_id)
    }

    pub fn status(&self) -> SyncStatus {
        let entries = &self.queue.entries;
        SyncStatus {
            pending: entries.iter().filter(|e| e.pending).count(),
            conflicts: entries
                .iter()
                .filter(|e| e.conflict_version.is_some())
                .count(),
            pending_uploads: entries.iter().map(|e| e.pending_uploads.len()).sum(),
        }
    }

    /// Records that parts of a local draft changed (call after each autosave): sections
    /// ([`SectionId`]) or the procedure's dates ([`DraftPart::Procedure`]).
    pub fn mark_changed<P: Into<DraftPart>>(
        &mut self,
        local_id: &str,
        parts: impl IntoIterator<Item = P>,
    ) -> Result<(), PortalError> {
        let entry = self.entry_mut(local_id);
        let known = (entry.pending, entry.dirty_sections.len());
        entry.pending = true;
        entry
            .dirty_sections
            .extend(parts.into_iter().map(|p| p.into().key().to_string()));
        // Saves while typing in one section change nothing queued: no write (and no fsync).
        if known == (true, entry.dirty_sections.len()) {
            return Ok(());
        }
        self.save()
    }

    /// Queues for upload every document of `draft`'s documents section the portal does not
    /// hold yet, and dequeues those no longer in the draft (removed before their upload).
    /// Writes the queue only when it changed. Returns whether it changed.
    pub fn sync_documents(
        &mut self,
        local_id: &str,
        draft: &Application,
    ) -> Result<bool, PortalError> {
        let known = self.entry(local_id);
        let mut wanted: Vec<PendingUpload> = Vec::new();
        for document in &draft.documents.attached {
            let sha256 = document.sha256.to_ascii_lowercase();
            if document.vault_id.is_empty()
                || sha256.is_empty()
                || known.is_some_and(|e| e.uploaded.contains(&sha256))
                || wanted.iter().any(|u| u.sha256 == sha256)
            {
                continue;
            }
            wanted.push(PendingUpload {
                vault_id: document.vault_id.clone(),
                sha256,
            });
        }
        let queued = known.map(|e| e.pending_uploads.as_slice()).unwrap_or(&[]);
        if wanted == queued {
            return Ok(false);
        }
        self.entry_mut(local_id).pending_uploads = wanted;
        self.save()?;
        Ok(true)
    }

    /// Queues a document of the local vault for upload with the next push.
    pub fn queue_upload(
        &mut self,
        local_id: &str,
        vault_id: &str,
        sha256: &str,
    ) -> Result<(), PortalError> {
        let entry = self.entry_mut(local_id);
        if !entry.pending_uploads.iter().any(|u| u.vault_id == vault_id) {
            entry.pending_uploads.push(PendingUpload {
                vault_id: vault_id.to_string(),
                sha256: sha256.to_string(),
            });
        }
        self.save()
    }

    /// Links a local application to a portal one (after "associa pratica" or a download).
    pub fn link(&mut self, local_id: &str, record: &ApplicationRecord) -> Result<(), PortalError> {
        let entry = self.entry_mut(local_id);
        entry.remote_id = Some(record.id.clone());
        entry.base_version = Some(record.version);
        entry.k10_number = record.k10_number.clone();
        entry.last_status = Some(record.status);
        entry.pending = false;
        entry.dirty_sections.clear();
        entry.conflict_version = None;
        // The portal's draft refers to documents the portal already holds.
        entry.uploaded.extend(
            record
                .draft
                .documents
                .attached
                .iter()
                .filter(|d| !d.sha256.is_empty())
                .map(|d| d.sha256.to_ascii_lowercase()),
        );
        let uploaded = entry.uploaded.clone();
        entry
            .pending_uploads
            .retain(|u| !uploaded.contains(&u.sha256));
        self.save()
    }

    /// Forgets a local application (deleted locally); nothing is deleted on the portal.
    pub fn forget(&mut self, local_id: &str) -> Result<(), PortalError> {
        self.queue.entries.retain(|e| e.local_id != local_id);
        self.save()
    }

    fn remote_id(&self, local_id: &str) -> Result<String, PortalError> {
        self.entry(local_id)
            .and_then(|e| e.remote_id.clone().filter(|_| e.base_version.is_some()))
            .ok_or(PortalError::NotLinked)
    }

    fn pushed(&mut self, local_id: &str, record: &ApplicationRecord) -> Result<(), PortalError> {
        let entry = self.entry_mut(local_id);
        entry.remote_id = Some(record.id.clone());
        entry.base_version = Some(record.version);
        entry.pending = false;
        entry.dirty_sections.clear();
        entry.conflict_version = None;
        entry.last_status = Some(record.status);
        entry.k10_number = record.k10_number.clone();
        entry.last_synced_at = Some(Utc::now());
        self.save()
    }

    fn entry_mut(&mut self, local_id: &str) -> &mut QueueEntry {
        let index = match self
            .queue
            .entries
            .iter()
            .position(|e| e.local_id == local_id)
        {
            Some(index) => index,
            None => {
                self.queue.entries.push(QueueEntry {
                    local_id: local_id.to_string(),
                    ..QueueEntry::default()
                });
                self.queue.entries.len() - 1
            }
        };
        &mut self.queue.entries[index]
    }

    /// Writes the queue, or only notes that it must be written when a batch is running.
    fn save(&mut self) -> Result<(), PortalError> {
        if self.defer_saves {
            self.unsaved = true;
            Ok(())
        } else {
            self.save_now()
        }
    }

    fn flush(&mut self) -> Result<(), PortalError> {
        if self.unsaved {
            self.save_now()
        } else {
            Ok(())
        }
    }

    /// Writes the queue sealed, atomically and durably (see [`super::queue`]): a crash never
    /// truncates it.
    fn save_now(&mut self) -> Result<(), PortalError> {
        queue::save(&self.queue_path, &self.key, &self.queue)?;
        self.unsaved = false;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SectionId;
    use crate::portal::client::ClientConfig;

    fn app(surname: &str, email: &str, prefecture: &str) -> Application {
        let mut a = Application::new();
        a.personal.surname = surname.into();
        a.personal.email = email.into();
        a.legal_basis.prefecture = prefecture.into();
        a
    }

    #[test]
    fn documents_not_on_the_portal_are_queued_and_removed_ones_dequeued() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("sync-queue.json");
        let key = DataKey::generate();
        let client = Client::new(ClientConfig::new("http://127.0.0.1:9")).expect("c");
        let mut engine = SyncEngine::open(client.clone(), &path, key.clone()).expect("open");
        let document = |vault: &str, sha: &str| crate::model::AttachedDocument {
            vault_id: vault.into(),
            sha256: sha.into(),
            original_name: "scan.pdf".into(),
            ..Default::default()
        };
        let mut draft = app("Rossi", "a@example.org", "Milano");
        draft.documents.attached = vec![document("v1", "AA"), document("v2", "bb")];
        assert!(engine.sync_documents("l", &draft).expect("sync"));
        assert!(!engine.sync_documents("l", &draft).expect("again"));
        assert_eq!(engine.status().pending_uploads, 2);
        engine.entry_mut("l").uploaded.insert("aa".into());
        draft.documents.attached.push(document("v3", "bb"));
        assert!(engine.sync_documents("l", &draft).expect("sync"));
        let queued: Vec<&str> = engine
            .entry("l")
            .expect("entry")
            .pending_uploads
            .iter()
            .map(|u| u.vault_id.as_str())
            .collect();
        assert_eq!(
            queued,
            ["v2"],
            "uploaded and duplicate content are not queued"
        );
        let reopened = SyncEngine::open(client.clone(), &path, key.clone()).expect("reopen");
        assert_eq!(
            reopened.status().pending_uploads,
            1,
            "the queue survives a restart"
        );
        draft.documents.attached.retain(|d| d.sha256 == "AA");
        assert!(engine.sync_documents("l", &draft).expect("sync"));
        assert_eq!(engine.status().pending_uploads, 0);
        let reopened = SyncEngine::open(client, &path, key.clone()).expect("reopen");
        assert_eq!(reopened.status().pending_uploads, 0);
    }

    /// The GUI runs these futures with `tokio::spawn`, which needs `Send`.
    #[test]
    fn sync_futures_are_send() {
        fn assert_send<T: Send>(_: &T) {}
        struct NoDrafts;
        impl DraftSource for NoDrafts {
            fn load_draft(&self, id: &str) -> Result<Application, PortalError> {
                Err(PortalError::Local(id.into()))
            }
            fn load_document(&self, id: &str) -> Result<Vec<u8>, PortalError> {
                Err(PortalError::Local(id.into()))
            }
        }
        let dir = tempfile::tempdir().expect("tempdir");
        let client = Client::new(ClientConfig::new("http://127.0.0.1:9")).expect("c");
        let mut engine =
            SyncEngine::open(client, dir.path().join("q.json"), DataKey::generate()).expect("open");
        let app = Application::new();
        assert_send(&engine.push("x", &app));
        assert_send(&engine.push_pending(&NoDrafts));
        assert_send(&engine.pull_all());
        assert_send(&engine.submit("x", &app));
    }

    /// Autosaves while typing in one section mark nothing new: the queue is not rewritten.
    #[test]
    fn marking_the_same_parts_again_writes_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("q");
        let client = Client::new(ClientConfig::new("http://127.0.0.1:9")).expect("c");
        let mut engine = SyncEngine::open(client, &path, DataKey::generate()).expect("open");
        engine
            .mark_changed("l", [SectionId::Personal])
            .expect("mark");
        let written = std::fs::read(&path).expect("queue");
        engine
            .mark_changed("l", [SectionId::Personal])
            .expect("again");
        assert_eq!(
            std::fs::read(&path).expect("queue"),
            written,
            "not rewritten"
        );
        engine
            .mark_changed("l", [SectionId::Income])
            .expect("new part");
        assert_ne!(std::fs::read(&path).expect("queue"), written, "sealed anew");
        assert_eq!(engine.entry("l").expect("entry").dirty_sections.len(), 2);
    }

    #[test]
    fn queue_survives_reopen_and_is_sealed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("sync-queue.json");
        let key = DataKey::generate();
        let client = Client::new(ClientConfig::new("http://127.0.0.1:9")).expect("c");
        let mut engine = SyncEngine::open(client.clone(), &path, key.clone()).expect("open");
        engine
            .mark_changed("local-1", [SectionId::Personal])
            .expect("mark");
        engine
            .queue_upload("local-1", "vault-9", "ab")
            .expect("queue");
        let engine = SyncEngine::open(client, &path, key.clone()).expect("reopen");
        assert_eq!(engine.status().pending, 1);
        assert_eq!(engine.status().pending_uploads, 1);
        // Sealed: not even the section names or vault ids can be read.
        let bytes = std::fs::read(&path).expect("read");
        for word in ["personal", "vault-9", "local-1"] {
            assert!(
                !bytes.windows(word.len()).any(|w| w == word.as_bytes()),
                "{word} readable"
            );
        }
    }
}
