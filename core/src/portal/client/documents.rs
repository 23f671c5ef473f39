//! The portal client's documents: listing, resumable uploads read chunk by chunk from the
//! local vault (with progress), and downloads checked against their SHA-256.

use std::io::Read;
use std::sync::Arc;

use reqwest::header::CONTENT_RANGE;
use reqwest::{Method, StatusCode};
use sha2::{Digest, Sha256};

use super::{Client, decode, error_from, kind_key, segment};
use crate::model::DocumentKind;
use crate::portal::api::{DocumentInfo, ErrorBody, MAX_DOCUMENT_BYTES, UploadProgress};
use crate::portal::error::PortalError;

impl Client {
    // ------------------------------------------------------------------ documents

    pub async fn list_documents(&self, id: &str) -> Result<Vec<DocumentInfo>, PortalError> {
        let path = format!("applications/{}/documents", segment(id));
        self.call_json::<(), _>(Method::GET, &path, None).await
    }

    /// How much of the document with this SHA-256 the server already holds.
    pub async fn upload_progress(
        &self,
        id: &str,
        sha256: &str,
    ) -> Result<UploadProgress, PortalError> {
        let path = format!("applications/{}/uploads/{}", segment(id), segment(sha256));
        self.call_json::<(), _>(Method::GET, &path, None).await
    }

    /// Uploads a document held in memory (see [`Client::upload_document_from`]).
    pub async fn upload_document(
        &self,
        id: &str,
        content: &[u8],
        kind: Option<DocumentKind>,
        name: &str,
    ) -> Result<DocumentInfo, PortalError> {
        let sha256 = hex::encode(Sha256::digest(content));
        let content = Arc::new(content.to_vec());
        let open = || -> Result<Box<dyn Read + Send>, PortalError> {
            Ok(Box::new(std::io::Cursor::new(SharedBytes(content.clone()))))
        };
        let document = UploadSource {
            sha256: &sha256,
            size: content.len() as u64,
            kind,
            name,
        };
        self.upload_document_from(id, &document, open).await
    }

    /// Uploads a document in chunks of [`ClientConfig::upload_chunk_bytes`], reading it
    /// through `open` one chunk at a time (memory stays at one chunk whatever the size),
    /// resuming from what the server already holds (after a timeout, a crash or a restart).
    /// `open` is called again only if the server asks to go back. The SHA-256 is the one
    /// recorded with the document (the reader is expected to verify it at its end, as the
    /// vault's does); the server checks it too and stores each content once, so uploading the
    /// same file again is harmless.
    pub async fn upload_document_from(
        &self,
        id: &str,
        document: &UploadSource<'_>,
        open: impl Fn() -> Result<Box<dyn Read + Send>, PortalError>,
    ) -> Result<DocumentInfo, PortalError> {
        self.upload_document_reporting(id, document, open, |_| {})
            .await
    }

    /// [`Client::upload_document_from`], calling `progress` with how many bytes the server
    /// holds: once before the first chunk (what an earlier attempt left there), after each
    /// chunk it acknowledges, and with the size when the document is complete.
    pub async fn upload_document_reporting(
        &self,
        id: &str,
        document: &UploadSource<'_>,
        open: impl Fn() -> Result<Box<dyn Read + Send>, PortalError>,
        progress: impl Fn(u64),
    ) -> Result<DocumentInfo, PortalError> {
        let report = progress;
        let sha256 = document.sha256.to_ascii_lowercase();
        let total = document.size;
        let progress = self.upload_progress(id, &sha256).await?;
        if let Some(document) = progress.document {
            report(total);
            return Ok(document);
        }
        let mut offset = progress.received.min(total);
        report(offset);
        let mut url = self.url(&format!(
            "applications/{}/documents/{}",
            segment(id),
            segment(&sha256)
        ))?;
        {
            let mut query = url.query_pairs_mut();
            query.append_pair("name", document.name);
            if let Some(kind) = document.kind {
                query.append_pair("kind", kind_key(kind));
            }
        }
        let chunk = self.config.upload_chunk_bytes.max(1) as u64;
        // The reader and how far it has read; reopened only when the server wants earlier bytes.
        let mut reader: Option<(Box<dyn Read + Send>, u64)> = None;
        // Each round either advances `offset` or learns the server's offset; bounded so that a
        // misbehaving server cannot keep the client looping.
        let max_rounds = total / chunk + 2 * u64::from(self.config.max_retries) + 4;
        for _ in 0..max_rounds {
            let end = (offset + chunk).min(total);
            let (source, position) = match reader.take() {
                Some((source, position)) if position <= offset => (source, position),
                _ => (open()?, 0),
            };
            let (source, part) =
                read_part(source, offset - position, end - offset, end == total).await?;
            reader = Some((source, end));
            let range = if total == 0 {
                "bytes */0".to_string()
            } else {
                format!("bytes {}-{}/{}", offset, end - 1, total)
            };
            let answer = self
                .execute_url(Method::PUT, url.clone(), |b| {
                    b.header(CONTENT_RANGE, range.clone()).body(part.clone())
                })
                .await?;
            match answer.status {
                StatusCode::OK | StatusCode::CREATED => {
                    let info = decode(answer)?;
                    report(total);
                    return Ok(info);
                }
                StatusCode::ACCEPTED => {
                    let progress: UploadProgress = decode(answer)?;
                    offset = progress.received;
                    report(offset.min(total));
                }
                StatusCode::CONFLICT | StatusCode::RANGE_NOT_SATISFIABLE => {
                    let body: ErrorBody = serde_json::from_slice(&answer.body)
                        .map_err(|e| PortalError::Protocol(e.to_string()))?;
                    match body.received {
                        Some(received) if received <= total => {
                            offset = received;
                            report(offset);
                        }
                        _ => return Err(error_from(answer.status, &answer.body)),
                    }
                }
                status => return Err(error_from(status, &answer.body)),
            }
        }
        Err(PortalError::Protocol("upload did not progress".into()))
    }

    pub async fn download_document(&self, id: &str, sha256: &str) -> Result<Vec<u8>, PortalError> {
        let path = format!("applications/{}/documents/{}", segment(id), segment(sha256));
        let url = self.url(&path)?;
        let limit = usize::try_from(MAX_DOCUMENT_BYTES).unwrap_or(usize::MAX);
        let answer = self.execute_limited(Method::GET, url, |b| b, limit).await?;
        if !answer.status.is_success() {
            return Err(error_from(answer.status, &answer.body));
        }
        if hex::encode(Sha256::digest(&answer.body)) != sha256.to_ascii_lowercase() {
            return Err(PortalError::ChecksumMismatch);
        }
        Ok(answer.body)
    }
}

/// What [`Client::upload_document_from`] uploads: the document's recorded SHA-256 (hex) and
/// size, its kind and file name.
#[derive(Debug, Clone, Copy)]
pub struct UploadSource<'a> {
    pub sha256: &'a str,
    pub size: u64,
    pub kind: Option<DocumentKind>,
    pub name: &'a str,
}

/// In-memory content shared by the readers of one upload.
struct SharedBytes(Arc<Vec<u8>>);

impl AsRef<[u8]> for SharedBytes {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

/// A reader's error: the [`PortalError`] it carries (a translated reason from the
/// [`super::DraftSource`]), or a local error.
fn read_error(error: std::io::Error) -> PortalError {
    let text = error.to_string();
    match error
        .into_inner()
        .map(|inner| inner.downcast::<PortalError>())
    {
        Some(Ok(error)) => *error,
        _ => PortalError::Local(text),
    }
}

/// Skips `skip` bytes of `source`, then reads the next `len` (off the async threads: reading
/// a vault document decrypts it). At the end of the document (`last`), also checks that
/// nothing follows, which lets the reader verify what it read.
async fn read_part(
    mut source: Box<dyn Read + Send>,
    skip: u64,
    len: u64,
    last: bool,
) -> Result<(Box<dyn Read + Send>, Vec<u8>), PortalError> {
    let job = move || {
        let local = read_error;
        let skipped =
            std::io::copy(&mut source.by_ref().take(skip), &mut std::io::sink()).map_err(local)?;
        let mut part = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
        source
            .by_ref()
            .take(len)
            .read_to_end(&mut part)
            .map_err(local)?;
        if skipped < skip || (part.len() as u64) < len {
            return Err(PortalError::Local(
                "the document is shorter than recorded".into(),
            ));
        }
        if last {
            let mut probe = [0u8; 1];
            if source.read(&mut probe).map_err(local)? != 0 {
                return Err(PortalError::Local(
                    "the document is longer than recorded".into(),
                ));
            }
        }
        Ok((source, part))
    };
    tokio::task::spawn_blocking(job)
        .await
        .map_err(|e| PortalError::Local(e.to_string()))?
}
