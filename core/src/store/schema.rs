//! The SQLite file: connection settings, tables and the plaintext header (`meta`).
//!
//! Only non-personal values are stored in plaintext: ids, timestamps, version numbers,
//! flags, the passphrase salt and the key check value. Everything else is an encrypted blob.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use super::StoreError;
use super::crypto;

pub const DB_FILE: &str = "cittadinanza.sqlite3";
/// Layout version of the database; a newer one refuses to open with [`StoreError::NewerFormat`].
pub const FORMAT_VERSION: u32 = 1;

const TABLES: &str = "
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value ANY NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS applicants (
    id              TEXT PRIMARY KEY,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    archived        INTEGER NOT NULL DEFAULT 0,
    current_version INTEGER NOT NULL,
    summary         BLOB NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS versions (
    applicant_id      TEXT NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,
    version           INTEGER NOT NULL,
    saved_at          INTEGER NOT NULL,
    sections_complete INTEGER NOT NULL,
    draft             BLOB NOT NULL,
    kept              INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (applicant_id, version)
) STRICT, WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS documents (
    vault_id     TEXT PRIMARY KEY,
    applicant_id TEXT NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,
    added_at     INTEGER NOT NULL,
    meta         BLOB NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS documents_by_applicant ON documents(applicant_id);
";

/// How the data key of a store is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySource {
    /// A random key in the OS credential store.
    Keyring,
    /// Derived from a passphrase the user types at each start.
    Passphrase,
}

impl KeySource {
    fn as_str(self) -> &'static str {
        match self {
            KeySource::Keyring => "keyring",
            KeySource::Passphrase => "passphrase",
        }
    }

    fn parse(text: &[u8]) -> Option<KeySource> {
        match text {
            b"keyring" => Some(KeySource::Keyring),
            b"passphrase" => Some(KeySource::Passphrase),
            _ => None,
        }
    }
}

/// The plaintext header of a data folder: what is needed before the key is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreHeader {
    /// Random id of this data folder; names its data key in the credential store.
    pub installation_id: String,
    /// Random salt for [`crate::secrets::DataKey::from_passphrase`].
    pub passphrase_salt: [u8; 16],
    /// How the key is kept, once chosen.
    pub key_source: Option<KeySource>,
    /// Whether a key was ever used on this folder (a key check value exists).
    pub has_key: bool,
}

pub fn db_path(dir: &Path) -> PathBuf {
    dir.join(DB_FILE)
}

/// Opens (creating if needed) the database with the durability settings and the tables.
pub fn connect(dir: &Path) -> Result<Connection, StoreError> {
    std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
    let mut conn = Connection::open(db_path(dir))?;
    conn.busy_timeout(Duration::from_millis(750))?;
    // One process at a time: a second window would otherwise work on stale summaries.
    // Exclusive locking before WAL also keeps the WAL index in memory (no -shm file).
    let _: String = conn.query_row("PRAGMA locking_mode = EXCLUSIVE", [], |r| r.get(0))?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::corrupt(format!("journal mode {mode}")));
    }
    // Every acknowledged save survives a crash or a power cut.
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let found: Option<u32> = tx
        .query_row(
            "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'format_version'",
            [],
            |r| r.get(0),
        )
        .optional()
        .or_else(|err| match err {
            // A brand-new file has no meta table yet.
            rusqlite::Error::SqliteFailure(_, Some(ref msg)) if msg.contains("no such table") => {
                Ok(None)
            }
            other => Err(other),
        })?;
    if let Some(found) = found
        && found > FORMAT_VERSION
    {
        return Err(StoreError::NewerFormat { found });
    }
    tx.execute_batch(TABLES)?;
    // Added after the first release (same format: older builds ignore the column).
    let has_kept: i64 = tx.query_row(
        "SELECT COUNT(*) FROM pragma_table_info('versions') WHERE name = 'kept'",
        [],
        |r| r.get(0),
    )?;
    if has_kept == 0 {
        tx.execute_batch("ALTER TABLE versions ADD COLUMN kept INTEGER NOT NULL DEFAULT 0")?;
    }
    if found.is_none() {
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('format_version', ?1)",
            params![FORMAT_VERSION.to_string()],
        )?;
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('installation_id', ?1)",
            params![uuid::Uuid::new_v4().simple().to_string()],
        )?;
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('passphrase_salt', ?1)",
            params![crypto::random_bytes::<16>().to_vec()],
        )?;
    }
    tx.commit()?;
    Ok(conn)
}

pub fn get_meta(conn: &Connection, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
    Ok(conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| {
            let value: rusqlite::types::Value = r.get(0)?;
            Ok(match value {
                rusqlite::types::Value::Blob(b) => b,
                rusqlite::types::Value::Text(t) => t.into_bytes(),
                rusqlite::types::Value::Integer(i) => i.to_string().into_bytes(),
                _ => Vec::new(),
            })
        })
        .optional()?)
}

pub fn set_meta(conn: &Connection, key: &str, value: &[u8]) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

pub fn set_key_source(conn: &Connection, source: KeySource) -> Result<(), StoreError> {
    set_meta(conn, "key_source", source.as_str().as_bytes())
}

pub fn read_header(conn: &Connection) -> Result<StoreHeader, StoreError> {
    let installation_id = get_meta(conn, "installation_id")?
        .and_then(|v| String::from_utf8(v).ok())
        .ok_or_else(|| StoreError::corrupt("installation id"))?;
    let passphrase_salt: [u8; 16] = get_meta(conn, "passphrase_salt")?
        .and_then(|v| v.try_into().ok())
        .ok_or_else(|| StoreError::corrupt("passphrase salt"))?;
    let key_source = get_meta(conn, "key_source")?.and_then(|v| KeySource::parse(&v));
    let has_key = get_meta(conn, "key_check")?.is_some();
    Ok(StoreHeader {
        installation_id,
        passphrase_salt,
        key_source,
        has_key,
    })
}
