//! The sync queue on disk. It names which local applications are on the portal, their K10
//! numbers and the SHA-256 of their documents, so it is sealed with the store's data key
//! (XChaCha20-Poly1305, like the drafts) and never written in plaintext.
//!
//! Writes are atomic and durable: a temporary file in the same folder, `fsync`, `rename`
//! over the queue, `fsync` of the folder. A crash leaves either the old or the new queue (a
//! stray temporary file is ignored and replaced by the next write).
//!
//! A queue that cannot be read (truncated, garbage, another key) does not stop the portal:
//! it is moved aside (kept for inspection), the engine starts afresh and rebuilds the links
//! from the portal ([`super::SyncEngine::relink`]); [`Recovery`] tells the user.
//! A plaintext queue of an earlier version (`portal-sync.json`) is read once, written sealed
//! and deleted.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::error::PortalError;
use crate::secrets::DataKey;
use crate::store::crypto;

/// First bytes of a sealed queue file.
const MAGIC: &[u8; 8] = b"CZSYNCQ1";
/// Binds the ciphertext to its purpose: a draft's blob cannot be passed off as the queue.
const ASSOCIATED_DATA: &[u8] = b"cittadinanza/portal-queue/v1";
/// File name of the plaintext queue written by earlier versions, next to the sealed one.
pub const LEGACY_QUEUE_FILE: &str = "portal-sync.json";

/// A damaged queue was set aside: what the user is told, until the links are rebuilt and
/// the notice is read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recovery {
    /// Where the damaged file was moved (same folder).
    pub damaged_copy: PathBuf,
    pub at: DateTime<Utc>,
    /// Applications linked again to the portal; `None` until the rebuild ran (it needs the
    /// portal: signed in and online).
    pub relinked: Option<usize>,
}

/// What [`load`] found.
pub(crate) enum Loaded<T> {
    /// No queue yet.
    Fresh,
    Read(T),
    /// The file was damaged: moved to the copy named in the recovery; start afresh.
    Damaged(Recovery),
}

/// Reads the sealed queue at `path`, migrating a plaintext one found beside it.
pub(crate) fn load<T: serde::de::DeserializeOwned + Serialize>(
    path: &Path,
    key: &DataKey,
) -> Result<Loaded<T>, PortalError> {
    match std::fs::read(path) {
        Ok(bytes) => match open(&bytes, key) {
            Some(queue) => Ok(Loaded::Read(queue)),
            None => set_aside(path).map(Loaded::Damaged),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => migrate(path, key),
        Err(e) => Err(local(path, e)),
    }
}

fn open<T: serde::de::DeserializeOwned>(bytes: &[u8], key: &DataKey) -> Option<T> {
    let sealed = bytes.strip_prefix(MAGIC.as_slice())?;
    let json = crypto::open(key, ASSOCIATED_DATA, sealed).ok()?;
    serde_json::from_slice(&json).ok()
}

/// Reads the plaintext queue of an earlier version, writes it sealed, deletes it.
fn migrate<T: serde::de::DeserializeOwned + Serialize>(
    path: &Path,
    key: &DataKey,
) -> Result<Loaded<T>, PortalError> {
    let legacy = path.with_file_name(LEGACY_QUEUE_FILE);
    let bytes = match std::fs::read(&legacy) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Loaded::Fresh),
        Err(e) => return Err(local(&legacy, e)),
    };
    match serde_json::from_slice::<T>(&bytes) {
        Ok(queue) => {
            save(path, key, &queue)?;
            std::fs::remove_file(&legacy).map_err(|e| local(&legacy, e))?;
            sync_dir(path)?;
            Ok(Loaded::Read(queue))
        }
        Err(_) => set_aside(&legacy).map(Loaded::Damaged),
    }
}

/// Moves a damaged queue to `<name>.damaged-<time>` in the same folder.
fn set_aside(path: &Path) -> Result<Recovery, PortalError> {
    let at = Utc::now();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let copy = path.with_file_name(format!(
        "{name}.damaged-{}",
        at.format("%Y%m%dT%H%M%S%.3fZ")
    ));
    std::fs::rename(path, &copy).map_err(|e| local(path, e))?;
    sync_dir(path)?;
    Ok(Recovery {
        damaged_copy: copy,
        at,
        relinked: None,
    })
}

/// Seals `queue` and writes it atomically and durably at `path`.
pub(crate) fn save<T: Serialize>(path: &Path, key: &DataKey, queue: &T) -> Result<(), PortalError> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| local(parent, e))?;
    }
    let json = serde_json::to_vec(queue).map_err(|e| PortalError::Local(e.to_string()))?;
    let mut bytes = MAGIC.to_vec();
    bytes.extend_from_slice(&crypto::seal(key, ASSOCIATED_DATA, &json));
    let tmp = temp_path(path);
    let write = || -> std::io::Result<()> {
        let mut file = File::create(&tmp)?;
        file.write_all(&bytes)?;
        file.sync_all()
    };
    write().map_err(|e| local(&tmp, e))?;
    std::fs::rename(&tmp, path).map_err(|e| local(path, e))?;
    sync_dir(path)
}

/// The temporary file a write goes through (left behind only by a crash mid-write).
pub(crate) fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!("{name}.tmp"))
}

/// Makes a rename in the folder of `path` durable (on Unix; Windows has no folder handles to
/// flush, and its renames are journaled by NTFS).
fn sync_dir(path: &Path) -> Result<(), PortalError> {
    #[cfg(unix)]
    if let Some(parent) = path.parent() {
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        File::open(parent)
            .and_then(|dir| dir.sync_all())
            .map_err(|e| local(parent, e))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

fn local(path: &Path, error: std::io::Error) -> PortalError {
    PortalError::Local(format!("{}: {error}", path.display()))
}
