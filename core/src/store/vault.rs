//! Imported documents, encrypted one file each in `<data folder>/vault/`.
//!
//! A vault file is `CZVAULT1 | stream nonce (19) | STREAM chunks`, bound to its applicant and
//! vault id. Files are written to `vault/tmp/`, synced, then renamed into place before the
//! database row that references them is committed, so a crash can leave an unreferenced file
//! (removed at the next open) but never a referenced half-written one.

use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};

use rusqlite::{OptionalExtension, params};
use sha2::{Digest, Sha256};

use super::crypto::{self, CHUNK_SIZE, STREAM_NONCE_SIZE, StreamReader, StreamWriter};
use super::{ApplicantId, Store, StoreError, now, to_millis};
use crate::model::{Application, AttachedDocument, DocumentKind};
use crate::secrets::DataKey;

/// Folder of encrypted documents inside the data folder.
pub const VAULT_DIR: &str = "vault";
const TMP_DIR: &str = "tmp";
const MAGIC: &[u8; 8] = b"CZVAULT1";
const EXTENSION: &str = "czv";
/// Chunks waiting to be hashed while the next ones are encrypted.
const HASH_QUEUE_CHUNKS: usize = 4;

fn file_ad(applicant: ApplicantId, vault_id: &str) -> Vec<u8> {
    format!("cittadinanza/document/v1\0{applicant}\0{vault_id}").into_bytes()
}

fn meta_ad(applicant: ApplicantId, vault_id: &str) -> Vec<u8> {
    format!("cittadinanza/document-meta/v1\0{applicant}\0{vault_id}").into_bytes()
}

/// Vault ids are 32 lowercase hex digits; anything else is not ours (and never a path).
fn is_vault_id(id: &str) -> bool {
    id.len() == 32
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn vault_path(dir: &Path, vault_id: &str) -> PathBuf {
    dir.join(VAULT_DIR).join(format!("{vault_id}.{EXTENSION}"))
}

pub(super) fn remove_file(dir: &Path, vault_id: &str) {
    // Best effort: a file that cannot be removed now is an orphan removed at the next open.
    let _ = fs::remove_file(vault_path(dir, vault_id));
}

fn sync_dir(dir: &Path) {
    // Makes the rename durable on Unix; directories cannot be opened this way on Windows,
    // where NTFS journals the rename itself.
    if let Ok(handle) = File::open(dir) {
        let _ = handle.sync_all();
    }
}

/// Writes `tmp` with `write`, syncs it and renames it over `target` (then syncs the folder),
/// so `target` is either complete or untouched; on error `tmp` is removed. Errors while
/// writing name `report_as`.
pub(super) fn replace_atomically<T>(
    tmp: &Path,
    target: &Path,
    report_as: &Path,
    write: impl FnOnce(File) -> Result<(File, T), StoreError>,
) -> Result<T, StoreError> {
    let result = File::create(tmp)
        .map_err(|e| StoreError::io(report_as, e))
        .and_then(write)
        .and_then(|(file, value)| {
            file.sync_all().map_err(|e| StoreError::io(report_as, e))?;
            Ok(value)
        });
    let value = match result {
        Ok(value) => value,
        Err(err) => {
            let _ = fs::remove_file(tmp);
            return Err(err);
        }
    };
    if let Err(e) = fs::rename(tmp, target) {
        let _ = fs::remove_file(tmp);
        return Err(StoreError::io(target, e));
    }
    if let Some(parent) = target.parent() {
        sync_dir(if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        });
    }
    Ok(value)
}

pub(super) struct Written {
    pub(super) sha256: [u8; 32],
    pub(super) size: u64,
}

/// Encrypts what `fill` yields into a new vault file, atomically.
pub(super) fn write_vault_file(
    dir: &Path,
    key: &DataKey,
    applicant: ApplicantId,
    vault_id: &str,
    mut fill: impl FnMut(&mut [u8]) -> Result<usize, StoreError>,
) -> Result<Written, StoreError> {
    let tmp_dir = dir.join(VAULT_DIR).join(TMP_DIR);
    fs::create_dir_all(&tmp_dir).map_err(|e| StoreError::io(&tmp_dir, e))?;
    let tmp = tmp_dir.join(format!("{vault_id}.part"));
    let target = vault_path(dir, vault_id);
    let io = |e| StoreError::io(&tmp, e);
    replace_atomically(&tmp, &target, &tmp, |mut file| {
        let nonce: [u8; STREAM_NONCE_SIZE] = crypto::random_bytes();
        file.write_all(MAGIC).map_err(io)?;
        file.write_all(&nonce).map_err(io)?;
        let mut writer = StreamWriter::new(key, &nonce, &file_ad(applicant, vault_id), file);
        // SHA-256 runs on a second thread, overlapping encryption and the write: a few chunks
        // in flight keep memory constant however large the scan is.
        let (sha256, size) = std::thread::scope(|scope| {
            let (chunks, received) = mpsc::sync_channel::<Arc<[u8]>>(HASH_QUEUE_CHUNKS);
            let hashing = scope.spawn(move || {
                let mut hasher = Sha256::new();
                for chunk in received {
                    hasher.update(&chunk);
                }
                hasher.finalize()
            });
            let mut buf = vec![0u8; CHUNK_SIZE];
            let mut size = 0u64;
            loop {
                let n = fill(&mut buf)?;
                if n == 0 {
                    break;
                }
                let chunk: Arc<[u8]> = Arc::from(&buf[..n]);
                chunks
                    .send(Arc::clone(&chunk))
                    .map_err(|_| StoreError::io(&tmp, std::io::Error::other("hashing stopped")))?;
                writer.write_all(&chunk).map_err(io)?;
                size += n as u64;
            }
            drop(chunks);
            let digest = hashing
                .join()
                .map_err(|_| StoreError::io(&tmp, std::io::Error::other("hashing failed")))?;
            Ok::<_, StoreError>((digest, size))
        })?;
        let file = writer.finish().map_err(io)?;
        let written = Written {
            sha256: sha256.into(),
            size,
        };
        Ok((file, written))
    })
}

/// Opens a vault file for authenticated streaming decryption.
pub(super) fn open_vault_file(
    dir: &Path,
    key: &DataKey,
    applicant: ApplicantId,
    doc: &AttachedDocument,
) -> Result<StreamReader<File>, StoreError> {
    let path = vault_path(dir, &doc.vault_id);
    let mut file = File::open(&path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => StoreError::DocumentMissing {
            name: doc.original_name.clone(),
        },
        _ => StoreError::io(&path, e),
    })?;
    let mut header = [0u8; 8 + STREAM_NONCE_SIZE];
    if file.read_exact(&mut header).is_err() || &header[..8] != MAGIC {
        return Err(StoreError::DocumentDamaged {
            name: doc.original_name.clone(),
        });
    }
    let mut nonce = [0u8; STREAM_NONCE_SIZE];
    nonce.copy_from_slice(&header[8..]);
    Ok(StreamReader::new(
        key,
        &nonce,
        &file_ad(applicant, &doc.vault_id),
        file,
    ))
}

pub(super) fn insert_document(
    conn: &rusqlite::Connection,
    key: &DataKey,
    id: ApplicantId,
    doc: &AttachedDocument,
) -> Result<(), StoreError> {
    let meta = serde_json::to_vec(doc).map_err(|e| StoreError::corrupt(e.to_string()))?;
    conn.execute(
        "INSERT INTO documents (vault_id, applicant_id, added_at, meta) VALUES (?1, ?2, ?3, ?4)",
        params![
            doc.vault_id,
            id.to_string(),
            to_millis(now()),
            crypto::seal(key, &meta_ad(id, &doc.vault_id), &meta)
        ],
    )?;
    Ok(())
}

/// Reads a source file into `buf`, mapping errors to the source path.
fn read_source(file: &mut File, path: &Path, buf: &mut [u8]) -> Result<usize, StoreError> {
    loop {
        match file.read(buf) {
            Ok(n) => return Ok(n),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(StoreError::io(path, e)),
        }
    }
}

impl Store {
    /// Copies (encrypted) a file into the vault for an applicant. The returned reference goes
    /// into `draft.documents.attached` (the GUI adds it and saves the draft).
    pub fn import_document(
        &mut self,
        id: ApplicantId,
        path: &Path,
        kind: DocumentKind,
        issue_date: &str,
    ) -> Result<AttachedDocument, StoreError> {
        if !self.applicants.contains_key(&id) {
            return Err(StoreError::ApplicantNotFound);
        }
        let metadata = fs::metadata(path).map_err(|e| StoreError::io(path, e))?;
        if !metadata.is_file() {
            return Err(StoreError::NotAFile {
                path: path.to_path_buf(),
            });
        }
        let mut source = File::open(path).map_err(|e| StoreError::io(path, e))?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.add_document(id, &name, Some(kind), issue_date, |buf| {
            read_source(&mut source, path, buf)
        })
    }

    /// Stores bytes made by the application (e.g. a generated PDF) as a document.
    pub fn import_document_bytes(
        &mut self,
        id: ApplicantId,
        original_name: &str,
        bytes: &[u8],
        kind: DocumentKind,
        issue_date: &str,
    ) -> Result<AttachedDocument, StoreError> {
        if !self.applicants.contains_key(&id) {
            return Err(StoreError::ApplicantNotFound);
        }
        let mut rest = bytes;
        self.add_document(id, original_name, Some(kind), issue_date, |buf| {
            let n = buf.len().min(rest.len());
            buf[..n].copy_from_slice(&rest[..n]);
            rest = &rest[n..];
            Ok(n)
        })
    }

    fn add_document(
        &mut self,
        id: ApplicantId,
        original_name: &str,
        kind: Option<DocumentKind>,
        issue_date: &str,
        fill: impl FnMut(&mut [u8]) -> Result<usize, StoreError>,
    ) -> Result<AttachedDocument, StoreError> {
        let vault_id = uuid::Uuid::new_v4().simple().to_string();
        let written = write_vault_file(&self.dir, &self.key, id, &vault_id, fill)?;
        let doc = AttachedDocument {
            vault_id: vault_id.clone(),
            kind,
            original_name: original_name.to_string(),
            sha256: hex::encode(written.sha256),
            size_bytes: written.size,
            issue_date: issue_date.trim().to_string(),
            country: String::new(),
        };
        if let Err(err) = self.insert_document_row(id, &doc) {
            remove_file(&self.dir, &vault_id);
            return Err(err);
        }
        Ok(doc)
    }

    pub(super) fn insert_document_row(
        &self,
        id: ApplicantId,
        doc: &AttachedDocument,
    ) -> Result<(), StoreError> {
        insert_document(&self.conn, &self.key, id, doc)
    }

    /// The documents of an applicant, oldest first.
    pub fn documents(&self, id: ApplicantId) -> Result<Vec<AttachedDocument>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT vault_id, meta FROM documents WHERE applicant_id = ?1 ORDER BY added_at, vault_id",
        )?;
        let rows = stmt.query_map([id.to_string()], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
        })?;
        let mut docs = Vec::new();
        for row in rows {
            let (vault_id, blob) = row?;
            docs.push(self.decrypt_meta(id, &vault_id, &blob)?);
        }
        Ok(docs)
    }

    pub(super) fn document_ids(&self, id: ApplicantId) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT vault_id FROM documents WHERE applicant_id = ?1")?;
        let rows = stmt.query_map([id.to_string()], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    fn decrypt_meta(
        &self,
        id: ApplicantId,
        vault_id: &str,
        blob: &[u8],
    ) -> Result<AttachedDocument, StoreError> {
        let plain = crypto::open(&self.key, &meta_ad(id, vault_id), blob)
            .map_err(|_| StoreError::corrupt(format!("document {vault_id}")))?;
        serde_json::from_slice(&plain)
            .map_err(|_| StoreError::corrupt(format!("document {vault_id}")))
    }

    /// Applicant and metadata of a document.
    pub fn document(&self, vault_id: &str) -> Result<(ApplicantId, AttachedDocument), StoreError> {
        if !is_vault_id(vault_id) {
            return Err(StoreError::DocumentNotFound);
        }
        let (applicant, blob): (String, Vec<u8>) = self
            .conn
            .query_row(
                "SELECT applicant_id, meta FROM documents WHERE vault_id = ?1",
                [vault_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(StoreError::DocumentNotFound)?;
        let applicant: ApplicantId = applicant
            .parse()
            .map_err(|_| StoreError::corrupt("document owner"))?;
        let doc = self.decrypt_meta(applicant, vault_id, &blob)?;
        Ok((applicant, doc))
    }

    /// Streams the decrypted document through `sink`, verifying size and SHA-256 at the end.
    pub(super) fn stream_document(
        &self,
        applicant: ApplicantId,
        doc: &AttachedDocument,
        mut sink: impl FnMut(&[u8]) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let damaged = || StoreError::DocumentDamaged {
            name: doc.original_name.clone(),
        };
        let mut reader = open_vault_file(&self.dir, &self.key, applicant, doc)?;
        let mut hasher = Sha256::new();
        let mut size = 0u64;
        let mut buf = vec![0u8; CHUNK_SIZE];
        loop {
            let n = reader.read_plain(&mut buf).map_err(|e| match e {
                crypto::StreamError::Io(io) => {
                    StoreError::io(&vault_path(&self.dir, &doc.vault_id), io)
                }
                _ => damaged(),
            })?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
            size += n as u64;
            sink(&buf[..n])?;
        }
        if size != doc.size_bytes || hex::encode(hasher.finalize()) != doc.sha256 {
            return Err(damaged());
        }
        Ok(())
    }

    /// Decrypts a document to `dest` (written beside it first, then renamed, so `dest` is
    /// either the complete verified document or untouched).
    pub fn export_document(&self, vault_id: &str, dest: &Path) -> Result<(), StoreError> {
        let (applicant, doc) = self.document(vault_id)?;
        let parent = dest
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let file_name = dest
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "document".into());
        let tmp = parent.join(format!(".{file_name}.{vault_id}.part"));
        let io = |e| StoreError::io(dest, e);
        replace_atomically(&tmp, dest, dest, |mut file| {
            self.stream_document(applicant, &doc, |chunk| file.write_all(chunk).map_err(io))?;
            Ok((file, ()))
        })
    }

    /// The decrypted, verified bytes of a document (for uploads; scans can be large, prefer
    /// [`Store::export_document`] to write them to disk).
    pub fn read_document(&self, vault_id: &str) -> Result<Vec<u8>, StoreError> {
        let (applicant, doc) = self.document(vault_id)?;
        let mut out = Vec::with_capacity(usize::try_from(doc.size_bytes).unwrap_or(0));
        self.stream_document(applicant, &doc, |chunk| {
            out.extend_from_slice(chunk);
            Ok(())
        })?;
        Ok(out)
    }

    /// Deletes a document from the vault. The GUI also removes it from the draft.
    pub fn remove_document(&mut self, vault_id: &str) -> Result<(), StoreError> {
        if !is_vault_id(vault_id) {
            return Err(StoreError::DocumentNotFound);
        }
        let changed = self
            .conn
            .execute("DELETE FROM documents WHERE vault_id = ?1", [vault_id])?;
        if changed == 0 {
            return Err(StoreError::DocumentNotFound);
        }
        remove_file(&self.dir, vault_id);
        Ok(())
    }

    /// Re-encrypts every document of `from` for `to` and points `draft` at the copies.
    /// Returns whether the draft changed.
    pub(super) fn copy_documents(
        &mut self,
        from: ApplicantId,
        to: ApplicantId,
        draft: &mut Application,
    ) -> Result<bool, StoreError> {
        let docs = self.documents(from)?;
        let mut changed = false;
        for doc in docs {
            let new_id = uuid::Uuid::new_v4().simple().to_string();
            let mut reader = open_vault_file(&self.dir, &self.key, from, &doc)?;
            let damaged = || StoreError::DocumentDamaged {
                name: doc.original_name.clone(),
            };
            let written = write_vault_file(&self.dir, &self.key, to, &new_id, |buf| {
                reader.read_plain(buf).map_err(|_| damaged())
            })?;
            if hex::encode(written.sha256) != doc.sha256 {
                remove_file(&self.dir, &new_id);
                return Err(damaged());
            }
            let copy = AttachedDocument {
                vault_id: new_id.clone(),
                ..doc.clone()
            };
            if let Err(err) = self.insert_document_row(to, &copy) {
                remove_file(&self.dir, &new_id);
                return Err(err);
            }
            for attached in &mut draft.documents.attached {
                if attached.vault_id == doc.vault_id {
                    attached.vault_id = new_id.clone();
                    changed = true;
                }
            }
        }
        Ok(changed)
    }

    /// Removes temporary files and vault files no row references (left by a crash between
    /// writing a file and committing its row, or between deleting a row and its file).
    pub(super) fn clean_vault(&self) -> Result<(), StoreError> {
        let vault = self.dir.join(VAULT_DIR);
        let tmp = vault.join(TMP_DIR);
        if let Ok(entries) = fs::read_dir(&tmp) {
            for entry in entries.flatten() {
                let _ = fs::remove_file(entry.path());
            }
        }
        let Ok(entries) = fs::read_dir(&vault) else {
            return Ok(());
        };
        let mut stmt = self.conn.prepare("SELECT vault_id FROM documents")?;
        let known: std::collections::HashSet<String> = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<_, _>>()?;
        for entry in entries.flatten() {
            let path = entry.path();
            let is_ours = path.extension().is_some_and(|e| e == EXTENSION);
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            if is_ours && is_vault_id(&stem) && !known.contains(&stem) {
                let _ = fs::remove_file(&path);
            }
        }
        Ok(())
    }
}

/// A document of the vault read chunk by chunk (for uploads: constant memory whatever its
/// size). Independent of the store once opened. Fails with [`StoreError::DocumentDamaged`]
/// (inside the `io::Error`) when a chunk does not authenticate or when, at the end, the size
/// or the SHA-256 differ from the record.
struct DocumentReader {
    inner: StreamReader<File>,
    doc: AttachedDocument,
    path: PathBuf,
    hasher: Sha256,
    size: u64,
    verified: bool,
}

impl DocumentReader {
    fn damaged(&self) -> std::io::Error {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            StoreError::DocumentDamaged {
                name: self.doc.original_name.clone(),
            },
        )
    }
}

impl Read for DocumentReader {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if out.is_empty() {
            return Ok(0);
        }
        let n = match self.inner.read_plain(out) {
            Ok(n) => n,
            Err(crypto::StreamError::Io(io)) => {
                return Err(std::io::Error::new(
                    io.kind(),
                    StoreError::io(&self.path, io),
                ));
            }
            Err(_) => return Err(self.damaged()),
        };
        if n == 0 {
            if !self.verified {
                let sha256 = hex::encode(std::mem::take(&mut self.hasher).finalize());
                if self.size != self.doc.size_bytes || sha256 != self.doc.sha256 {
                    return Err(self.damaged());
                }
                self.verified = true;
            }
            return Ok(0);
        }
        self.hasher.update(&out[..n]);
        self.size += n as u64;
        if self.size > self.doc.size_bytes {
            return Err(self.damaged());
        }
        Ok(n)
    }
}

impl Store {
    /// Opens a document for reading its decrypted bytes chunk by chunk, verified as they
    /// come (see [`Store::read_document`] for the whole content at once). The reader does not
    /// borrow the store.
    pub fn open_document(&self, vault_id: &str) -> Result<impl Read + Send + 'static, StoreError> {
        let (applicant, doc) = self.document(vault_id)?;
        let inner = open_vault_file(&self.dir, &self.key, applicant, &doc)?;
        Ok(DocumentReader {
            inner,
            path: vault_path(&self.dir, &doc.vault_id),
            doc,
            hasher: Sha256::new(),
            size: 0,
            verified: false,
        })
    }
}

/// What the vault holds for an attachment of a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentHealth {
    /// The file is there (and, after a full check, decrypts to the recorded size and SHA-256).
    Ok,
    /// No record or no file: the draft names a document the vault does not have.
    Missing,
    /// The file is there but is not what was stored (header, authentication, size or digest).
    Damaged,
}

impl Store {
    /// Checks the vault file of an attachment. Cheap by default (the record, the file and its
    /// header: enough at start for a whole checklist); with `full` the file is decrypted and
    /// verified whole, as *Open* and the upload would read it.
    pub fn check_document(&self, vault_id: &str, full: bool) -> Result<DocumentHealth, StoreError> {
        let (applicant, doc) = match self.document(vault_id) {
            Ok(found) => found,
            Err(StoreError::DocumentNotFound) => return Ok(DocumentHealth::Missing),
            Err(StoreError::Corrupt { .. }) => return Ok(DocumentHealth::Damaged),
            Err(other) => return Err(other),
        };
        let checked = if full {
            self.stream_document(applicant, &doc, |_| Ok(()))
        } else {
            open_vault_file(&self.dir, &self.key, applicant, &doc).map(|_| ())
        };
        match checked {
            Ok(()) => Ok(DocumentHealth::Ok),
            Err(StoreError::DocumentMissing { .. }) => Ok(DocumentHealth::Missing),
            Err(StoreError::DocumentDamaged { .. }) => Ok(DocumentHealth::Damaged),
            Err(other) => Err(other),
        }
    }
}

#[cfg(test)]
mod health_tests {
    use super::*;
    use crate::secrets::DataKey;

    #[test]
    fn a_missing_or_damaged_vault_file_is_reported_as_such() {
        let dir = tempfile::tempdir().expect("dir");
        let mut store = Store::open(dir.path(), DataKey::generate()).expect("store");
        let id = store.create(&Application::new()).expect("applicant");
        let bytes = vec![7u8; CHUNK_SIZE + 100];
        let ok = store
            .import_document_bytes(id, "a.pdf", &bytes, DocumentKind::IdentityDocument, "")
            .expect("import");
        let gone = store
            .import_document_bytes(id, "b.pdf", b"short", DocumentKind::IdentityDocument, "")
            .expect("import");
        let tail = store
            .import_document_bytes(id, "c.pdf", &bytes, DocumentKind::IdentityDocument, "")
            .expect("import");
        assert_eq!(
            store.check_document(&ok.vault_id, false).ok(),
            Some(DocumentHealth::Ok)
        );
        assert_eq!(
            store.check_document(&ok.vault_id, true).ok(),
            Some(DocumentHealth::Ok)
        );

        fs::remove_file(vault_path(dir.path(), &gone.vault_id)).expect("remove");
        assert_eq!(
            store.check_document(&gone.vault_id, false).ok(),
            Some(DocumentHealth::Missing)
        );
        // An id the vault never had (a draft from elsewhere).
        assert_eq!(
            store
                .check_document("0123456789abcdef0123456789abcdef", false)
                .ok(),
            Some(DocumentHealth::Missing)
        );

        // A flipped byte in the last chunk: the header is fine, only the full check sees it.
        let path = vault_path(dir.path(), &tail.vault_id);
        let mut raw = fs::read(&path).expect("read");
        let last = raw.len() - 5;
        raw[last] ^= 0xFF;
        fs::write(&path, &raw).expect("write");
        assert_eq!(
            store.check_document(&tail.vault_id, false).ok(),
            Some(DocumentHealth::Ok)
        );
        assert_eq!(
            store.check_document(&tail.vault_id, true).ok(),
            Some(DocumentHealth::Damaged)
        );
        // A file that is not a vault file at all.
        fs::write(&path, b"not ours").expect("write");
        assert_eq!(
            store.check_document(&tail.vault_id, false).ok(),
            Some(DocumentHealth::Damaged)
        );
    }
}
