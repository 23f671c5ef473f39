//! One applicant as a single encrypted file, to move a case between computers or help desks.
//!
//! Layout (all integers big-endian):
//!
//! ```text
//! header      "CZBUNDLE" | format u16 | argon2 memory KiB u32 | iterations u32 | lanes u32
//!             | salt [16] | stream nonce [19] | plaintext length u64
//! key check   blob sealed with the passphrase key (tells a wrong passphrase from damage)
//! payload     STREAM (64 KiB chunks, header as associated data) of:
//!             manifest length u64 | manifest JSON | document bytes, in manifest order
//! ```
//!
//! The manifest holds the whole saved history (up to `HISTORY_LIMIT` versions) and the
//! metadata of every document; the header is authenticated by every chunk.

use std::fs::File;
use std::io::{Read, Write};
use std::path::Path;

use rusqlite::{TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::crypto::{self, STREAM_NONCE_SIZE, StreamError, StreamReader, StreamWriter};
use super::vault::{replace_atomically, write_vault_file};
use super::{
    ApplicantId, Store, StoreError, cached, draft_ad, from_millis, now, seal_summary,
    summary_record, to_millis,
};
use crate::model::AttachedDocument;
use crate::model::lenient;
use crate::secrets::{self, DataKey};

/// Suggested file extension.
pub const EXTENSION: &str = "cittadinanza";
pub const FORMAT: u16 = 1;
const MAGIC: &[u8; 8] = b"CZBUNDLE";
const HEADER_LEN: usize = 8 + 2 + 4 + 4 + 4 + 16 + STREAM_NONCE_SIZE + 8;
/// Length of `crypto::key_check_value`: version, nonce, plaintext, tag.
const KEY_CHECK_LEN: usize = 1 + 24 + 25 + 16;
const MAX_MANIFEST: u64 = 256 * 1024 * 1024;

#[derive(Serialize, Deserialize)]
struct Manifest {
    exported_at: i64,
    created_at: i64,
    archived: bool,
    /// Oldest first; the last one is the current draft.
    versions: Vec<BundleVersion>,
    documents: Vec<AttachedDocument>,
}

#[derive(Serialize, Deserialize)]
struct BundleVersion {
    version: u32,
    saved_at: i64,
    sections_complete: u8,
    /// The draft's JSON as saved, so that what a newer version of the app wrote travels too.
    draft: Value,
}

struct Header {
    bytes: [u8; HEADER_LEN],
    memory_kib: u32,
    iterations: u32,
    lanes: u32,
    salt: [u8; 16],
    nonce: [u8; STREAM_NONCE_SIZE],
    plaintext_len: u64,
}

impl Header {
    fn encode(
        memory_kib: u32,
        iterations: u32,
        lanes: u32,
        salt: [u8; 16],
        nonce: [u8; STREAM_NONCE_SIZE],
        plaintext_len: u64,
    ) -> Header {
        let mut bytes = [0u8; HEADER_LEN];
        let mut at = 0;
        let mut put = |part: &[u8]| {
            bytes[at..at + part.len()].copy_from_slice(part);
            at += part.len();
        };
        put(MAGIC);
        put(&FORMAT.to_be_bytes());
        put(&memory_kib.to_be_bytes());
        put(&iterations.to_be_bytes());
        put(&lanes.to_be_bytes());
        put(&salt);
        put(&nonce);
        put(&plaintext_len.to_be_bytes());
        Header {
            bytes,
            memory_kib,
            iterations,
            lanes,
            salt,
            nonce,
            plaintext_len,
        }
    }

    /// Parses the header; `bytes` holds what the file has (possibly less than a header).
    fn decode(bytes: &[u8]) -> Result<Header, StoreError> {
        let magic_len = bytes.len().min(MAGIC.len());
        if bytes[..magic_len] != MAGIC[..magic_len] {
            return Err(StoreError::NotABundle);
        }
        if bytes.len() < 10 {
            return Err(if bytes.is_empty() {
                StoreError::NotABundle
            } else {
                StoreError::BundleTruncated
            });
        }
        let format = u16::from_be_bytes([bytes[8], bytes[9]]);
        if format != FORMAT {
            return Err(StoreError::BundleUnsupportedVersion { found: format });
        }
        if bytes.len() < HEADER_LEN {
            return Err(StoreError::BundleTruncated);
        }
        let u32_at =
            |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
        let mut salt = [0u8; 16];
        salt.copy_from_slice(&bytes[22..38]);
        let mut nonce = [0u8; STREAM_NONCE_SIZE];
        nonce.copy_from_slice(&bytes[38..38 + STREAM_NONCE_SIZE]);
        let mut len = [0u8; 8];
        len.copy_from_slice(&bytes[38 + STREAM_NONCE_SIZE..HEADER_LEN]);
        let header = Header::encode(
            u32_at(10),
            u32_at(14),
            u32_at(18),
            salt,
            nonce,
            u64::from_be_bytes(len),
        );
        // Refuse absurd costs rather than spending gigabytes deriving a key.
        if !(8 * 1024..=1024 * 1024).contains(&header.memory_kib)
            || !(1..=16).contains(&header.iterations)
            || !(1..=16).contains(&header.lanes)
        {
            return Err(StoreError::BundleTampered);
        }
        Ok(header)
    }
}

fn stream_error(err: StreamError, path: &Path) -> StoreError {
    match err {
        StreamError::Io(e) => StoreError::io(path, e),
        StreamError::Truncated => StoreError::BundleTruncated,
        StreamError::Tampered => StoreError::BundleTampered,
    }
}

impl Store {
    /// Writes one applicant (whole history and documents) to `path`, encrypted with a key
    /// derived from `passphrase` (Argon2id). The file appears only once complete.
    pub fn export_bundle(
        &self,
        id: ApplicantId,
        path: &Path,
        passphrase: &str,
    ) -> Result<(), StoreError> {
        DataKey::check_new_passphrase(passphrase)?;
        let summary = self
            .summary(id)
            .ok_or(StoreError::ApplicantNotFound)?
            .clone();
        let mut versions = Vec::new();
        for info in self.history(id)?.into_iter().rev() {
            versions.push(BundleVersion {
                version: info.version,
                saved_at: to_millis(info.saved_at),
                sections_complete: info.sections_complete,
                draft: serde_json::from_slice(&self.raw_version(id, info.version)?).map_err(
                    |e| StoreError::corrupt(format!("draft version {}: {e}", info.version)),
                )?,
            });
        }
        let documents = self.documents(id)?;
        let manifest = Manifest {
            exported_at: to_millis(now()),
            created_at: to_millis(summary.created_at),
            archived: summary.archived,
            versions,
            documents,
        };
        let json = serde_json::to_vec(&manifest).map_err(|e| StoreError::corrupt(e.to_string()))?;
        let plaintext_len =
            8 + json.len() as u64 + manifest.documents.iter().map(|d| d.size_bytes).sum::<u64>();

        let salt: [u8; 16] = crypto::random_bytes();
        let header = Header::encode(
            secrets::ARGON2_MEMORY_KIB,
            secrets::ARGON2_ITERATIONS,
            secrets::ARGON2_LANES,
            salt,
            crypto::random_bytes(),
            plaintext_len,
        );
        let key = DataKey::from_bytes(secrets::derive_key(
            passphrase,
            &header.salt,
            header.memory_kib,
            header.iterations,
            header.lanes,
        )?);

        let parent = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let tmp = parent.join(format!(
            ".{}.{}.part",
            path.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            uuid::Uuid::new_v4().simple()
        ));
        let io = |e| StoreError::io(path, e);
        replace_atomically(&tmp, path, path, |mut file| {
            file.write_all(&header.bytes).map_err(io)?;
            file.write_all(&crypto::key_check_value(&key)).map_err(io)?;
            let mut writer = StreamWriter::new(&key, &header.nonce, &header.bytes, file);
            writer
                .write_all(&(json.len() as u64).to_be_bytes())
                .map_err(io)?;
            writer.write_all(&json).map_err(io)?;
            for doc in &manifest.documents {
                self.stream_document(id, doc, |chunk| writer.write_all(chunk).map_err(io))?;
            }
            Ok((writer.finish().map_err(io)?, ()))
        })
    }

    /// Reads a bundle into a new applicant (never overwrites an existing one). All or
    /// nothing: on any error the store is left as it was.
    pub fn import_bundle(
        &mut self,
        path: &Path,
        passphrase: &str,
    ) -> Result<ApplicantId, StoreError> {
        let mut file = File::open(path).map_err(|e| StoreError::io(path, e))?;
        let file_len = file.metadata().map_err(|e| StoreError::io(path, e))?.len();
        let mut head = Vec::with_capacity(HEADER_LEN);
        (&mut file)
            .take(HEADER_LEN as u64)
            .read_to_end(&mut head)
            .map_err(|e| StoreError::io(path, e))?;
        let header = Header::decode(&head)?;
        let mut kcv = [0u8; KEY_CHECK_LEN];
        file.read_exact(&mut kcv).map_err(|e| match e.kind() {
            std::io::ErrorKind::UnexpectedEof => StoreError::BundleTruncated,
            _ => StoreError::io(path, e),
        })?;
        let key = DataKey::from_bytes(secrets::derive_key(
            passphrase,
            &header.salt,
            header.memory_kib,
            header.iterations,
            header.lanes,
        )?);
        if !crypto::verify_key_check_value(&key, &kcv) {
            return Err(StoreError::BundleWrongPassphrase);
        }
        let expected = (HEADER_LEN + KEY_CHECK_LEN) as u64
            + crypto::stream_ciphertext_len(header.plaintext_len);
        if file_len < expected {
            return Err(StoreError::BundleTruncated);
        }
        if file_len > expected {
            return Err(StoreError::BundleTampered);
        }
        let mut reader = StreamReader::new(&key, &header.nonce, &header.bytes, file);
        let mut len = [0u8; 8];
        reader
            .read_exact_plain(&mut len)
            .map_err(|e| stream_error(e, path))?;
        let manifest_len = u64::from_be_bytes(len);
        if manifest_len > MAX_MANIFEST || manifest_len > header.plaintext_len {
            return Err(StoreError::BundleTampered);
        }
        let mut json = vec![0u8; manifest_len as usize];
        reader
            .read_exact_plain(&mut json)
            .map_err(|e| stream_error(e, path))?;
        let manifest: Manifest = serde_json::from_slice(&json)
            .map_err(|e| StoreError::corrupt(format!("bundle manifest: {e}")))?;
        if manifest.versions.is_empty() {
            return Err(StoreError::corrupt("bundle without drafts"));
        }

        let id = ApplicantId(uuid::Uuid::new_v4());
        let mut written: Vec<AttachedDocument> = Vec::new();
        let result = self.import_bundle_contents(id, &manifest, &mut reader, path, &mut written);
        if let Err(err) = result {
            for doc in &written {
                super::vault::remove_file(&self.dir, &doc.vault_id);
            }
            return Err(err);
        }
        Ok(id)
    }

    fn import_bundle_contents(
        &mut self,
        id: ApplicantId,
        manifest: &Manifest,
        reader: &mut StreamReader<File>,
        path: &Path,
        written: &mut Vec<AttachedDocument>,
    ) -> Result<(), StoreError> {
        for doc in &manifest.documents {
            let vault_id = uuid::Uuid::new_v4().simple().to_string();
            let mut remaining = doc.size_bytes;
            let file = write_vault_file(&self.dir, &self.key, id, &vault_id, |buf| {
                let want = usize::try_from(remaining.min(buf.len() as u64)).unwrap_or(buf.len());
                reader
                    .read_exact_plain(&mut buf[..want])
                    .map_err(|e| stream_error(e, path))?;
                remaining -= want as u64;
                Ok(want)
            });
            let file = file?;
            written.push(AttachedDocument {
                vault_id,
                ..doc.clone()
            });
            if hex::encode(file.sha256) != doc.sha256 {
                return Err(StoreError::BundleTampered);
            }
        }
        reader.expect_end().map_err(|e| stream_error(e, path))?;

        // The drafts keep their JSON as written (a newer app's values too), with the documents'
        // new vault ids.
        let renamed = |draft: &Value| {
            let mut draft = draft.clone();
            if let Some(Value::Array(attached)) = draft.pointer_mut("/documents/attached") {
                for attached in attached {
                    let Some(Value::String(vault_id)) = attached.get_mut("vault_id") else {
                        continue;
                    };
                    if let Some(pos) = manifest
                        .documents
                        .iter()
                        .position(|d| d.vault_id == *vault_id)
                    {
                        *vault_id = written[pos].vault_id.clone();
                    }
                }
            }
            draft
        };
        let decode = |draft: Value| {
            lenient::decode_application_value(draft)
                .map_err(|e| StoreError::corrupt(format!("bundle draft: {e}")))
        };
        let last = manifest
            .versions
            .last()
            .ok_or_else(|| StoreError::corrupt("bundle without drafts"))?;
        let current = decode(renamed(&last.draft))?.value;
        let record = summary_record(&current, last.sections_complete);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO applicants (id, created_at, updated_at, archived, current_version, summary)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                id.to_string(),
                manifest.created_at,
                last.saved_at,
                manifest.archived,
                last.version,
                seal_summary(&self.key, id, &record)?
            ],
        )?;
        for version in &manifest.versions {
            let draft = renamed(&version.draft);
            let json =
                serde_json::to_vec(&draft).map_err(|e| StoreError::corrupt(e.to_string()))?;
            // Every version must be readable here; one from a newer app is kept for good.
            let kept = decode(draft)?.from_newer_version();
            tx.execute(
                "INSERT INTO versions (applicant_id, version, saved_at, sections_complete, draft, kept)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    id.to_string(),
                    version.version,
                    version.saved_at,
                    version.sections_complete,
                    crypto::seal(&self.key, &draft_ad(id, version.version), &json),
                    kept
                ],
            )?;
        }
        for doc in written.iter() {
            super::vault::insert_document(&tx, &self.key, id, doc)?;
        }
        tx.commit()?;
        self.applicants.insert(
            id,
            cached(
                id,
                record,
                from_millis(manifest.created_at),
                from_millis(last.saved_at),
                manifest.archived,
                last.version,
            ),
        );
        Ok(())
    }
}
