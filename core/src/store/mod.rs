//! Local, encrypted storage of drafts and documents.
//!
//! One data folder holds a SQLite database (`cittadinanza.sqlite3`, WAL, `synchronous=FULL`)
//! and a `vault/` folder of encrypted documents. Many applicants live in one folder (help
//! desks); each has a current draft and the history of its last [`HISTORY_LIMIT`] saves.
//!
//! Nothing personal is written in plaintext: drafts, the summaries used by the applicant list
//! (name, codice fiscale, K10 number) and every document are encrypted with the data key
//! (XChaCha20-Poly1305, associated data binding each blob to its applicant and row). The
//! summaries are decrypted into memory when the store opens, so listing and searching never
//! touch the disk.
//!
//! The API is blocking; `Store` is `Send` (the GUI calls it from `spawn_blocking`).

pub mod bundle;
pub mod crypto;
mod error;
mod location;
mod schema;
pub mod search;
mod vault;

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use chrono::{DateTime, TimeZone, Utc};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::model::Application;
use crate::model::lenient::{self, Decoded};
use crate::secrets::{DataKey, SecretStore};

pub use error::{StoreError, message_ids};
pub use location::{
    DATA_DIR_ENV, DataDirSource, DataLocation, PORTABLE_DATA_FOLDER, PORTABLE_MARKER, data_dir,
    data_location,
};
pub use schema::{DB_FILE, FORMAT_VERSION, KeySource, StoreHeader};
pub use vault::{DocumentHealth, VAULT_DIR};

/// Saved versions kept per applicant; older ones are deleted at each save, except versions
/// written by a newer version of the app (see [`Store::load_decoded`]), which are kept for good.
pub const HISTORY_LIMIT: u32 = 50;

/// Identifies an applicant in the store (a random UUID).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ApplicantId(pub uuid::Uuid);

impl fmt::Display for ApplicantId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl FromStr for ApplicantId {
    type Err = uuid::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        uuid::Uuid::parse_str(s).map(ApplicantId)
    }
}

/// What the applicant list shows; decrypted into memory when the store opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicantSummary {
    pub id: ApplicantId,
    /// "Surname Name" (empty until typed).
    pub display_name: String,
    pub codice_fiscale: String,
    pub k10_number: String,
    pub created_at: DateTime<Utc>,
    /// Time of the last save.
    pub updated_at: DateTime<Utc>,
    pub archived: bool,
    /// Sections complete (blue) at the last save, 0..=12.
    pub sections_complete: u8,
    /// Number of the current saved version.
    pub version: u32,
}

/// One saved version of a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VersionInfo {
    pub version: u32,
    pub saved_at: DateTime<Utc>,
    pub sections_complete: u8,
}

/// The encrypted part of a summary row.
#[derive(Serialize, Deserialize)]
struct SummaryRecord {
    display_name: String,
    codice_fiscale: String,
    k10_number: String,
    sections_complete: u8,
}

struct Cached {
    summary: ApplicantSummary,
    haystack: String,
    /// SHA-256 of the JSON of the current draft, when known: identical autosaves are skipped.
    draft_hash: Option<[u8; 32]>,
}

/// An open data folder. Holds an exclusive lock on it until dropped.
pub struct Store {
    conn: Connection,
    dir: PathBuf,
    key: DataKey,
    header: StoreHeader,
    applicants: HashMap<ApplicantId, Cached>,
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store")
            .field("dir", &self.dir)
            .field("applicants", &self.applicants.len())
            .finish()
    }
}

pub(crate) fn now() -> DateTime<Utc> {
    Utc::now()
}

pub(crate) fn to_millis(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

pub(crate) fn from_millis(ms: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(ms)
        .single()
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH)
}

fn summary_ad(id: ApplicantId) -> Vec<u8> {
    format!("cittadinanza/summary/v1\0{id}").into_bytes()
}

fn draft_ad(id: ApplicantId, version: u32) -> Vec<u8> {
    format!("cittadinanza/draft/v1\0{id}\0{version}").into_bytes()
}

impl Store {
    /// Reads (creating the folder and database if needed) the plaintext header: what the UI
    /// needs to decide how to obtain the key.
    pub fn header(dir: &Path) -> Result<StoreHeader, StoreError> {
        let conn = schema::connect(dir)?;
        schema::read_header(&conn)
    }

    /// Opens the store with a key obtained by the caller. A key that does not match the one
    /// the folder was first opened with gives [`StoreError::WrongKey`].
    pub fn open(dir: &Path, key: DataKey) -> Result<Store, StoreError> {
        Self::open_inner(dir, key, None)
    }

    /// Opens the store with its key from the OS credential store, creating a random key on
    /// first use. [`StoreError::Secrets`] with `SecretsError::Unavailable` means the UI should
    /// offer [`Store::open_with_passphrase`] instead.
    pub fn open_with_keyring(dir: &Path) -> Result<Store, StoreError> {
        let secrets = SecretStore::new()?;
        Self::open_with_secret_store(dir, &secrets)
    }

    /// [`Store::open_with_keyring`] with a given credential store.
    pub fn open_with_secret_store(dir: &Path, secrets: &SecretStore) -> Result<Store, StoreError> {
        let header = Self::header(dir)?;
        if header.key_source == Some(KeySource::Passphrase) {
            return Err(StoreError::PassphraseRequired);
        }
        match secrets.data_key(&header.installation_id)? {
            Some(key) => Self::open_inner(dir, key, Some(KeySource::Keyring)),
            None if header.has_key => Err(StoreError::KeyMissing),
            None => {
                let key = DataKey::generate();
                secrets.store_data_key(&header.installation_id, &key)?;
                Self::open_inner(dir, key, Some(KeySource::Keyring))
            }
        }
    }

    /// Opens the store with a key derived from a passphrase (Argon2id, the folder's salt).
    /// On a new folder the passphrase is being chosen and must be long enough.
    pub fn open_with_passphrase(dir: &Path, passphrase: &str) -> Result<Store, StoreError> {
        let header = Self::header(dir)?;
        if header.key_source == Some(KeySource::Keyring) {
            // The folder's key is random; no passphrase can derive it.
            return Err(StoreError::KeyMissing);
        }
        if !header.has_key {
            DataKey::check_new_passphrase(passphrase)?;
        }
        let key = DataKey::from_passphrase(passphrase, &header.passphrase_salt)?;
        match Self::open_inner(dir, key, Some(KeySource::Passphrase)) {
            Err(StoreError::WrongKey) => Err(StoreError::WrongPassphrase),
            other => other,
        }
    }

    fn open_inner(
        dir: &Path,
        key: DataKey,
        source: Option<KeySource>,
    ) -> Result<Store, StoreError> {
        let conn = schema::connect(dir)?;
        match schema::get_meta(&conn, "key_check")? {
            Some(kcv) => {
                if !crypto::verify_key_check_value(&key, &kcv) {
                    return Err(StoreError::WrongKey);
                }
            }
            None => {
                schema::set_meta(&conn, "key_check", &crypto::key_check_value(&key))?;
                if let Some(source) = source {
                    schema::set_key_source(&conn, source)?;
                }
            }
        }
        let header = schema::read_header(&conn)?;
        let mut store = Store {
            conn,
            dir: dir.to_path_buf(),
            key,
            header,
            applicants: HashMap::new(),
        };
        store.load_summaries()?;
        store.clean_vault()?;
        Ok(store)
    }

    fn load_summaries(&mut self) -> Result<(), StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, created_at, updated_at, archived, current_version, summary FROM applicants",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, bool>(3)?,
                r.get::<_, u32>(4)?,
                r.get::<_, Vec<u8>>(5)?,
            ))
        })?;
        let mut applicants = HashMap::new();
        for row in rows {
            let (id, created, updated, archived, version, blob) = row?;
            let id = ApplicantId::from_str(&id).map_err(|_| StoreError::corrupt("applicant id"))?;
            let record = self.decrypt_summary(id, &blob)?;
            applicants.insert(
                id,
                cached(
                    id,
                    record,
                    from_millis(created),
                    from_millis(updated),
                    archived,
                    version,
                ),
            );
        }
        drop(stmt);
        self.applicants = applicants;
        Ok(())
    }

    fn decrypt_summary(&self, id: ApplicantId, blob: &[u8]) -> Result<SummaryRecord, StoreError> {
        let plain = crypto::open(&self.key, &summary_ad(id), blob)
            .map_err(|_| StoreError::corrupt(format!("summary of {id}")))?;
        serde_json::from_slice(&plain).map_err(|_| StoreError::corrupt(format!("summary of {id}")))
    }

    /// The data folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The data key, for the few files of the data folder kept outside SQLite that must be
    /// sealed the same way (the portal's sync queue, with its own associated data).
    pub fn data_key(&self) -> DataKey {
        self.key.clone()
    }

    /// The plaintext header (installation id, how the key is kept).
    pub fn store_header(&self) -> &StoreHeader {
        &self.header
    }

    // ------------------------------------------------------------------ applicants

    /// Adds an applicant with `draft` as version 1.
    pub fn create(&mut self, draft: &Application) -> Result<ApplicantId, StoreError> {
        self.create_with(draft, 0)
    }

    fn create_with(
        &mut self,
        draft: &Application,
        sections_complete: u8,
    ) -> Result<ApplicantId, StoreError> {
        let id = ApplicantId(uuid::Uuid::new_v4());
        let at = now();
        let json = serde_json::to_vec(draft).map_err(|e| StoreError::corrupt(e.to_string()))?;
        let record = summary_record(draft, sections_complete);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO applicants (id, created_at, updated_at, archived, current_version, summary)
             VALUES (?1, ?2, ?2, 0, 1, ?3)",
            params![id.to_string(), to_millis(at), seal_summary(&self.key, id, &record)?],
        )?;
        tx.execute(
            "INSERT INTO versions (applicant_id, version, saved_at, sections_complete, draft)
             VALUES (?1, 1, ?2, ?3, ?4)",
            params![
                id.to_string(),
                to_millis(at),
                sections_complete,
                crypto::seal(&self.key, &draft_ad(id, 1), &json)
            ],
        )?;
        tx.commit()?;
        let mut entry = cached(id, record, at, at, false, 1);
        entry.draft_hash = Some(Sha256::digest(&json).into());
        self.applicants.insert(id, entry);
        Ok(id)
    }

    /// Saves `draft` as the new current version (atomically, durably) and prunes the history
    /// to the last [`HISTORY_LIMIT`] versions. Saving a draft identical to the current one
    /// writes nothing and returns the current version.
    pub fn save(
        &mut self,
        id: ApplicantId,
        draft: &Application,
        sections_complete: u8,
    ) -> Result<VersionInfo, StoreError> {
        let json = serde_json::to_vec(draft).map_err(|e| StoreError::corrupt(e.to_string()))?;
        let hash: [u8; 32] = Sha256::digest(&json).into();
        let current = self
            .applicants
            .get(&id)
            .ok_or(StoreError::ApplicantNotFound)?;
        if current.draft_hash == Some(hash)
            && current.summary.sections_complete == sections_complete
        {
            return Ok(VersionInfo {
                version: current.summary.version,
                saved_at: current.summary.updated_at,
                sections_complete,
            });
        }
        let at = now();
        let record = summary_record(draft, sections_complete);
        let summary_blob = seal_summary(&self.key, id, &record)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current: u32 = tx
            .query_row(
                "SELECT current_version FROM applicants WHERE id = ?1",
                [id.to_string()],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::ApplicantNotFound)?;
        let version = current + 1;
        tx.execute(
            "INSERT INTO versions (applicant_id, version, saved_at, sections_complete, draft)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                id.to_string(),
                version,
                to_millis(at),
                sections_complete,
                crypto::seal(&self.key, &draft_ad(id, version), &json)
            ],
        )?;
        tx.execute(
            "UPDATE applicants SET current_version = ?2, updated_at = ?3, summary = ?4 WHERE id = ?1",
            params![id.to_string(), version, to_millis(at), summary_blob],
        )?;
        tx.execute(
            "DELETE FROM versions WHERE applicant_id = ?1 AND version <= ?2 AND kept = 0",
            params![
                id.to_string(),
                i64::from(version) - i64::from(HISTORY_LIMIT)
            ],
        )?;
        tx.commit()?;
        if let Some(entry) = self.applicants.get_mut(&id) {
            let created = entry.summary.created_at;
            let archived = entry.summary.archived;
            *entry = cached(id, record, created, at, archived, version);
            entry.draft_hash = Some(hash);
        }
        Ok(VersionInfo {
            version,
            saved_at: at,
            sections_complete,
        })
    }

    /// The current draft.
    pub fn load(&mut self, id: ApplicantId) -> Result<Application, StoreError> {
        self.load_decoded(id).map(|decoded| decoded.value)
    }

    /// The current draft, and what it holds that this version of the app does not understand
    /// (a draft saved by a newer version: see [`crate::model::lenient`]). Such a version stays
    /// in the history for good (never pruned), untouched, so a newer app can restore it; the
    /// draft returned, once saved, becomes a new version.
    pub fn load_decoded(&mut self, id: ApplicantId) -> Result<Decoded<Application>, StoreError> {
        let version = self
            .applicants
            .get(&id)
            .ok_or(StoreError::ApplicantNotFound)?
            .summary
            .version;
        let (decoded, json_hash) = self.load_version_inner(id, version)?;
        if let Some(entry) = self.applicants.get_mut(&id) {
            // A draft this version cannot write back identically is never "unchanged".
            entry.draft_hash = decoded.dropped.is_empty().then_some(json_hash);
        }
        Ok(decoded)
    }

    /// A saved version (for previewing before [`Store::restore`]).
    pub fn load_version(&self, id: ApplicantId, version: u32) -> Result<Application, StoreError> {
        if !self.applicants.contains_key(&id) {
            return Err(StoreError::ApplicantNotFound);
        }
        self.load_version_inner(id, version)
            .map(|(decoded, _)| decoded.value)
    }

    /// The JSON of a saved version exactly as it was written (by this or another version).
    fn raw_version(&self, id: ApplicantId, version: u32) -> Result<Vec<u8>, StoreError> {
        let blob: Vec<u8> = self
            .conn
            .query_row(
                "SELECT draft FROM versions WHERE applicant_id = ?1 AND version = ?2",
                params![id.to_string(), version],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::VersionNotFound { version })?;
        crypto::open(&self.key, &draft_ad(id, version), &blob)
            .map_err(|_| StoreError::corrupt(format!("draft {id} version {version}")))
    }

    fn load_version_inner(
        &self,
        id: ApplicantId,
        version: u32,
    ) -> Result<(Decoded<Application>, [u8; 32]), StoreError> {
        let json = self.raw_version(id, version)?;
        let decoded = lenient::decode_application(&json)
            .map_err(|e| StoreError::corrupt(format!("draft {id} version {version}: {e}")))?;
        if decoded.from_newer_version() {
            self.conn.execute(
                "UPDATE versions SET kept = 1 WHERE applicant_id = ?1 AND version = ?2",
                params![id.to_string(), version],
            )?;
        }
        Ok((decoded, Sha256::digest(&json).into()))
    }

    /// Summary of one applicant.
    pub fn summary(&self, id: ApplicantId) -> Option<&ApplicantSummary> {
        self.applicants.get(&id).map(|c| &c.summary)
    }

    /// All applicants, most recently saved first.
    pub fn list(&self, include_archived: bool) -> Vec<ApplicantSummary> {
        let mut out: Vec<ApplicantSummary> = self
            .applicants
            .values()
            .filter(|c| include_archived || !c.summary.archived)
            .map(|c| c.summary.clone())
            .collect();
        out.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
        out
    }

    /// Applicants whose name, codice fiscale or K10 number contain every word of `query`
    /// (accents, case and punctuation ignored; archived ones included, listed last).
    /// Words starting a name come first, then the most recently saved.
    pub fn search(&self, query: &str) -> Vec<ApplicantSummary> {
        let query = search::Query::parse(query);
        let mut hits: Vec<(&Cached, bool)> = self
            .applicants
            .values()
            .filter(|c| query.matches(&c.haystack))
            .map(|c| (c, query.is_prefix_match(&c.haystack)))
            .collect();
        hits.sort_by(|(a, a_prefix), (b, b_prefix)| {
            a.summary
                .archived
                .cmp(&b.summary.archived)
                .then(b_prefix.cmp(a_prefix))
                .then(b.summary.updated_at.cmp(&a.summary.updated_at))
                .then(a.summary.id.cmp(&b.summary.id))
        });
        hits.into_iter().map(|(c, _)| c.summary.clone()).collect()
    }

    /// Copies an applicant's current draft and documents into a new applicant (history and
    /// K10 number are not copied: the copy is a new application).
    pub fn duplicate(&mut self, id: ApplicantId) -> Result<ApplicantId, StoreError> {
        let mut draft = self.load(id)?;
        let sections = self
            .applicants
            .get(&id)
            .map_or(0, |c| c.summary.sections_complete);
        draft.k10_number.clear();
        let new_id = self.create_with(&draft, sections)?;
        match self.copy_documents(id, new_id, &mut draft) {
            Ok(true) => {
                self.save(new_id, &draft, sections)?;
                Ok(new_id)
            }
            Ok(false) => Ok(new_id),
            Err(err) => {
                // Leave no half-made copy behind.
                let _ = self.delete(new_id);
                Err(err)
            }
        }
    }

    /// Archives (hides from the default list) or brings back an applicant.
    pub fn set_archived(&mut self, id: ApplicantId, archived: bool) -> Result<(), StoreError> {
        let changed = self.conn.execute(
            "UPDATE applicants SET archived = ?2 WHERE id = ?1",
            params![id.to_string(), archived],
        )?;
        if changed == 0 {
            return Err(StoreError::ApplicantNotFound);
        }
        if let Some(entry) = self.applicants.get_mut(&id) {
            entry.summary.archived = archived;
        }
        Ok(())
    }

    /// Deletes an applicant, its history and its documents, for good.
    pub fn delete(&mut self, id: ApplicantId) -> Result<(), StoreError> {
        let vault_ids = self.document_ids(id)?;
        let changed = self
            .conn
            .execute("DELETE FROM applicants WHERE id = ?1", [id.to_string()])?;
        self.applicants.remove(&id);
        if changed == 0 {
            return Err(StoreError::ApplicantNotFound);
        }
        // The rows are gone; a file left behind by a crash here is removed at the next open.
        for vault_id in vault_ids {
            vault::remove_file(&self.dir, &vault_id);
        }
        Ok(())
    }

    /// Saved versions, newest first.
    pub fn history(&self, id: ApplicantId) -> Result<Vec<VersionInfo>, StoreError> {
        if !self.applicants.contains_key(&id) {
            return Err(StoreError::ApplicantNotFound);
        }
        let mut stmt = self.conn.prepare(
            "SELECT version, saved_at, sections_complete FROM versions
             WHERE applicant_id = ?1 ORDER BY version DESC",
        )?;
        let rows = stmt.query_map([id.to_string()], |r| {
            Ok(VersionInfo {
                version: r.get(0)?,
                saved_at: from_millis(r.get(1)?),
                sections_complete: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Makes a saved version current again, by saving it as a new version (so the restore can
    /// itself be undone). Documents are files, not versions: the restored draft lists the
    /// applicant's documents as they are now (removed ones are dropped, newer ones kept).
    pub fn restore(&mut self, id: ApplicantId, version: u32) -> Result<Application, StoreError> {
        let mut draft = self.load_version(id, version)?;
        let sections: u8 = self
            .conn
            .query_row(
                "SELECT sections_complete FROM versions WHERE applicant_id = ?1 AND version = ?2",
                params![id.to_string(), version],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::VersionNotFound { version })?;
        let present = self.documents(id)?;
        draft
            .documents
            .attached
            .retain(|doc| present.iter().any(|p| p.vault_id == doc.vault_id));
        for doc in present {
            if !draft
                .documents
                .attached
                .iter()
                .any(|d| d.vault_id == doc.vault_id)
            {
                draft.documents.attached.push(doc);
            }
        }
        self.save(id, &draft, sections)?;
        Ok(draft)
    }
}

fn summary_record(draft: &Application, sections_complete: u8) -> SummaryRecord {
    SummaryRecord {
        display_name: draft.display_name(),
        codice_fiscale: draft.personal.codice_fiscale.trim().to_uppercase(),
        k10_number: draft.k10_number.trim().to_string(),
        sections_complete,
    }
}

fn seal_summary(
    key: &DataKey,
    id: ApplicantId,
    record: &SummaryRecord,
) -> Result<Vec<u8>, StoreError> {
    let json = serde_json::to_vec(record).map_err(|e| StoreError::corrupt(e.to_string()))?;
    Ok(crypto::seal(key, &summary_ad(id), &json))
}

fn cached(
    id: ApplicantId,
    record: SummaryRecord,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    archived: bool,
    version: u32,
) -> Cached {
    let haystack = search::haystack(
        &record.display_name,
        &record.codice_fiscale,
        &record.k10_number,
    );
    Cached {
        summary: ApplicantSummary {
            id,
            display_name: record.display_name,
            codice_fiscale: record.codice_fiscale,
            k10_number: record.k10_number,
            created_at,
            updated_at,
            archived,
            sections_complete: record.sections_complete,
            version,
        },
        haystack,
        draft_hash: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_can_move_to_a_blocking_thread() {
        fn assert_send<T: Send + 'static>() {}
        assert_send::<Store>();
        assert_send::<StoreError>();
    }

    #[test]
    fn timestamps_round_trip_through_milliseconds() {
        let t = from_millis(1_750_000_000_123);
        assert_eq!(to_millis(t), 1_750_000_000_123);
        assert_eq!(from_millis(i64::MAX), DateTime::<Utc>::UNIX_EPOCH);
    }

    #[test]
    fn applicant_ids_parse_back() {
        let id = ApplicantId(uuid::Uuid::new_v4());
        assert_eq!(id.to_string().parse::<ApplicantId>().expect("parses"), id);
        assert!("not-an-id".parse::<ApplicantId>().is_err());
    }
}
