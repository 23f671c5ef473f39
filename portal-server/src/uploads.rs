//! Documents: resumable uploads (`Content-Range` chunks appended to a partial file, SHA-256
//! verified at the end, content stored once per hash but attached without its bytes only for
//! the account that sent them) and downloads.
//!
//! Unfinished uploads are bounded: the applications of one account hold at most
//! `UploadLimits::max_partial_bytes_per_account` of partial files (429 beyond), and
//! [`sweep_forever`] removes a partial file that received nothing for `partial_ttl`.

use std::collections::HashSet;
use std::sync::Mutex;

use axum::Json;
use axum::body::Body;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use cittadinanza_core::model::DocumentKind;
use cittadinanza_core::portal::{DocumentInfo, MAX_DOCUMENT_BYTES, Status, UploadProgress};
use futures_util::StreamExt;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use crate::auth::Caller;
use crate::error::ApiError;
use crate::routes::visible_record;
use crate::{AppState, db};

#[derive(Debug, Deserialize)]
pub struct UploadQuery {
    #[serde(default)]
    name: String,
    #[serde(default)]
    kind: Option<DocumentKind>,
}

fn check_sha(sha256: &str) -> Result<String, ApiError> {
    let sha = sha256.to_ascii_lowercase();
    if sha.len() == 64 && sha.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(sha)
    } else {
        Err(ApiError::bad_request(
            "invalid_sha256",
            "the path needs a hex SHA-256",
        ))
    }
}

/// `bytes a-b/total` or `bytes */total`: (start, Some(end inclusive), total).
fn parse_content_range(value: &str) -> Option<(u64, Option<u64>, u64)> {
    let rest = value.trim().strip_prefix("bytes ")?;
    let (range, total) = rest.split_once('/')?;
    let total: u64 = total.trim().parse().ok()?;
    if range.trim() == "*" {
        return Some((total, None, total));
    }
    let (start, end) = range.split_once('-')?;
    let (start, end): (u64, u64) = (start.trim().parse().ok()?, end.trim().parse().ok()?);
    (start <= end && end < total).then_some((start, Some(end), total))
}

fn partial_path(state: &AppState, app_id: &str, sha: &str) -> std::path::PathBuf {
    state
        .files()
        .join("partial")
        .join(format!("{app_id}-{sha}"))
}

fn blob_path(state: &AppState, sha: &str) -> std::path::PathBuf {
    state.files().join("blobs").join(sha)
}

async fn file_len(path: &std::path::Path) -> u64 {
    tokio::fs::metadata(path)
        .await
        .map(|m| m.len())
        .unwrap_or(0)
}

/// Held while one request writes a partial file: in this process, and with PostgreSQL in the
/// database too (`upload_locks`), since every instance writes to the shared folder.
struct UploadGuard<'a> {
    set: &'a Mutex<HashSet<String>>,
    key: String,
    shared: Option<crate::store::Store>,
}

impl UploadGuard<'_> {
    async fn release(mut self) {
        if let Some(store) = self.shared.take()
            && let Ok(mut conn) = store.conn().await
        {
            let _ = conn
                .execute(
                    "DELETE FROM upload_locks WHERE upload = $1",
                    crate::p![&self.key],
                )
                .await;
        }
    }
}

impl Drop for UploadGuard<'_> {
    fn drop(&mut self) {
        if let Ok(mut set) = self.set.lock() {
            set.remove(&self.key);
        }
        if let Some(store) = self.shared.take()
            && let Ok(runtime) = tokio::runtime::Handle::try_current()
        {
            let key = std::mem::take(&mut self.key);
            runtime.spawn(async move {
                if let Ok(mut conn) = store.conn().await {
                    let _ = conn
                        .execute("DELETE FROM upload_locks WHERE upload = $1", crate::p![key])
                        .await;
                }
            });
        }
    }
}

/// How long a shared upload lock lives if its instance dies while writing: longer than a
/// request may last with the default `--request-timeout` (300 s).
const SHARED_UPLOAD_LOCK: std::time::Duration = std::time::Duration::from_secs(360);

fn upload_busy() -> ApiError {
    // 503 tells clients to retry with backoff: the other request is finishing or timing out.
    ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "upload_in_progress",
        "another request is uploading this document",
    )
}

fn epoch_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

async fn lock_upload<'a>(state: &'a AppState, key: String) -> Result<UploadGuard<'a>, ApiError> {
    let set = state.uploads_in_progress();
    {
        let mut held = set
            .lock()
            .map_err(|_| ApiError::internal("lock poisoned"))?;
        if !held.insert(key.clone()) {
            return Err(upload_busy());
        }
    }
    let mut guard = UploadGuard {
        set,
        key,
        shared: None,
    };
    if state.store().is_postgres() {
        let now = epoch_ms();
        let until = now + SHARED_UPLOAD_LOCK.as_millis() as i64;
        let taken = state
            .db()
            .await?
            .query_opt(
                "INSERT INTO upload_locks (upload, until_ms) VALUES ($1, $2)
                 ON CONFLICT (upload) DO UPDATE SET until_ms = $2
                 WHERE upload_locks.until_ms <= $3
                 RETURNING upload",
                crate::p![&guard.key, until, now],
            )
            .await?;
        if taken.is_none() {
            return Err(upload_busy());
        }
        guard.shared = Some(state.store().clone());
    }
    Ok(guard)
}

/// Whether an instance is writing the partial upload `name` (the shared lock).
async fn locked_elsewhere(state: &AppState, name: &str) -> bool {
    if !state.store().is_postgres() {
        return false;
    }
    let Ok(mut conn) = state.db().await else {
        return true;
    };
    conn.query_one(
        "SELECT EXISTS (SELECT 1 FROM upload_locks WHERE upload = $1 AND until_ms > $2)",
        crate::p![name, epoch_ms()],
    )
    .await
    .and_then(|row| row.bool(0))
    .unwrap_or(true)
}

async fn visible_and_open(state: &AppState, caller: &Caller, id: &str) -> Result<(), ApiError> {
    let record = visible_record(&mut state.db().await?, caller, id).await?;
    if matches!(
        record.status,
        Status::Granted | Status::Rejected | Status::Inadmissible | Status::OathScheduled
    ) {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "not_editable",
            "the procedure is closed",
        ));
    }
    Ok(())
}

pub async fn upload_progress(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, sha256)): Path<(String, String)>,
) -> Result<Json<UploadProgress>, ApiError> {
    let sha = check_sha(&sha256)?;
    let document = {
        let mut conn = state.db().await?;
        visible_record(&mut conn, &caller, &id).await?;
        db::document(&mut conn, &id, &sha).await?
    };
    let received = match &document {
        Some(doc) => doc.size_bytes,
        None => file_len(&partial_path(&state, &id, &sha)).await,
    };
    Ok(Json(UploadProgress {
        sha256: sha,
        received,
        total: document.as_ref().map(|d| d.size_bytes),
        complete: document.is_some(),
        document,
    }))
}

pub async fn put_document(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, sha256)): Path<(String, String)>,
    query: Result<Query<UploadQuery>, QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    // The extractor's own rejection is plain text; every error of the API is an `Error` body.
    let Query(query) =
        query.map_err(|rejection| ApiError::bad_request("invalid_query", rejection.body_text()))?;
    let sha = check_sha(&sha256)?;
    visible_and_open(&state, &caller, &id).await?;
    let name: String = query
        .name
        .chars()
        .filter(|c| !c.is_control())
        .take(255)
        .collect();
    let make_info = |size: u64| DocumentInfo {
        sha256: sha.clone(),
        size_bytes: size,
        kind: query.kind,
        name: name.clone(),
        uploaded_at: Utc::now(),
    };

    // Already here (this application, or bytes this account sent for another of its own):
    // nothing to send. Bytes another account sent are never attached by hash, and the upload
    // goes on exactly as for an unknown hash, so the answer does not tell that anyone holds it.
    if let Some(info) = db::document(&mut state.db().await?, &id, &sha).await? {
        return Ok((StatusCode::OK, Json(info)).into_response());
    }
    let blob = blob_path(&state, &sha);
    let sent_before = db::blob_sent_by(&mut state.db().await?, &caller.account_id, &sha).await?;
    if sent_before && tokio::fs::try_exists(&blob).await? {
        let info = make_info(file_len(&blob).await);
        db::insert_document(&mut state.db().await?, &id, &info).await?;
        return Ok((StatusCode::CREATED, Json(info)).into_response());
    }

    let content_length = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let (start, end, total) = match headers.get(header::CONTENT_RANGE) {
        Some(value) => value
            .to_str()
            .ok()
            .and_then(parse_content_range)
            .ok_or_else(|| ApiError::bad_request("invalid_content_range", "bad Content-Range"))?,
        // A whole upload in one request.
        None => {
            let len = content_length.ok_or_else(|| {
                ApiError::new(
                    StatusCode::LENGTH_REQUIRED,
                    "length_required",
                    "send Content-Length or Content-Range",
                )
            })?;
            (0, len.checked_sub(1), len)
        }
    };
    if total > MAX_DOCUMENT_BYTES {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "document_too_large",
            format!("documents are limited to {MAX_DOCUMENT_BYTES} bytes"),
        ));
    }
    let chunk_len = end.map(|e| e - start + 1).unwrap_or(0);

    let guard = lock_upload(&state, format!("{id}-{sha}")).await?;
    // The rest in a block, so that the lock is released (in the database too) before the
    // answer leaves: the client may send the next chunk to another instance at once.
    let result: Result<Response, ApiError> = async {
        let partial = partial_path(&state, &id, &sha);
        let received = file_len(&partial).await;
        if start != received {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                "range_mismatch",
                format!("expected the chunk starting at {received}"),
            )
            .with_received(received));
        }
        if received + chunk_len < total {
            check_partial_quota(&state, &id, chunk_len).await?;
        }

        let mut options = tokio::fs::OpenOptions::new();
        options.create(true).append(true);
        #[cfg(unix)]
        options.mode(0o600);
        let mut file = options.open(&partial).await?;
        let mut written: u64 = 0;
        let mut stream = body.into_data_stream();
        let mut broken = None;
        while let Some(frame) = stream.next().await {
            match frame {
                Ok(bytes) => {
                    if written + bytes.len() as u64 > chunk_len {
                        // Never let a chunk grow past what it announced: drop what it added.
                        drop(file);
                        truncate(&partial, received).await?;
                        return Err(ApiError::new(
                            StatusCode::PAYLOAD_TOO_LARGE,
                            "chunk_too_large",
                            "the body is longer than its Content-Range",
                        ));
                    }
                    file.write_all(&bytes).await?;
                    written += bytes.len() as u64;
                }
                Err(error) => {
                    broken = Some(error);
                    break;
                }
            }
        }
        file.flush().await?;
        file.sync_data().await?;
        drop(file);
        if let Some(error) = broken {
            // The client went away: what arrived is kept, the client resumes from it.
            return Err(ApiError::bad_request("incomplete_body", error.to_string())
                .with_received(received + written));
        }
        let received = received + written;
        if received < total {
            let progress = UploadProgress {
                sha256: sha.clone(),
                received,
                total: Some(total),
                complete: false,
                document: None,
            };
            return Ok((StatusCode::ACCEPTED, Json(progress)).into_response());
        }

        let actual = hash_file(&partial).await?;
        if actual != sha {
            tokio::fs::remove_file(&partial).await?;
            return Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "checksum_mismatch",
                "the content does not have the SHA-256 of the path; upload it again",
            ));
        }
        tokio::fs::rename(&partial, &blob).await?;
        let info = make_info(total);
        {
            let mut conn = state.db().await?;
            db::record_blob_sender(&mut conn, &caller.account_id, &sha).await?;
            db::insert_document(&mut conn, &id, &info).await?;
        }
        Ok((StatusCode::CREATED, Json(info)).into_response())
    }
    .await;
    guard.release().await;
    result
}

/// Err(429) when adding `adding` bytes to the partial uploads of the account that owns
/// `app_id` would pass its limit.
async fn check_partial_quota(state: &AppState, app_id: &str, adding: u64) -> Result<(), ApiError> {
    let applications: HashSet<String> = db::sibling_applications(&mut state.db().await?, app_id)
        .await?
        .into_iter()
        .collect();
    let mut held: u64 = 0;
    let mut entries = tokio::fs::read_dir(state.files().join("partial")).await?;
    while let Some(entry) = entries.next_entry().await? {
        let name = entry.file_name();
        // Partial files are named `<application id>-<sha256>`.
        let owner_app = name
            .to_str()
            .and_then(|n| n.get(..n.len().saturating_sub(65)));
        if owner_app.is_some_and(|app| applications.contains(app)) {
            held += entry.metadata().await.map(|m| m.len()).unwrap_or(0);
        }
    }
    let limit = state.upload_limits().max_partial_bytes_per_account;
    if held + adding > limit {
        return Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "partial_quota_exceeded",
            format!(
                "unfinished uploads of this account hold {held} bytes (limit {limit}); \
                 finish them or wait until the unfinished ones expire"
            ),
        ));
    }
    Ok(())
}

/// Removes the partial uploads that received nothing for `partial_ttl` (and are not being
/// written); returns how many.
pub(crate) async fn sweep_partial_uploads(state: &AppState) -> std::io::Result<usize> {
    let ttl = state.upload_limits().partial_ttl;
    let mut removed = 0;
    let mut entries = tokio::fs::read_dir(state.files().join("partial")).await?;
    while let Some(entry) = entries.next_entry().await? {
        let Ok(metadata) = entry.metadata().await else {
            continue;
        };
        let idle = metadata
            .modified()
            .ok()
            .and_then(|modified| modified.elapsed().ok());
        if !metadata.is_file() || idle.is_none_or(|idle| idle < ttl) {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        let busy = state
            .uploads_in_progress()
            .lock()
            .map(|held| held.contains(&name))
            .unwrap_or(true);
        if busy || locked_elsewhere(state, &name).await {
            continue;
        }
        match tokio::fs::remove_file(entry.path()).await {
            Ok(()) => removed += 1,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(error),
        }
    }
    Ok(removed)
}

/// Sweeps abandoned partial uploads every `sweep_every`, for as long as the server runs.
pub(crate) async fn sweep_forever(state: AppState) {
    loop {
        tokio::time::sleep(state.upload_limits().sweep_every).await;
        match sweep_partial_uploads(&state).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(removed = n, "abandoned partial uploads removed"),
            Err(error) => tracing::warn!(%error, "sweeping partial uploads failed"),
        }
        if state.limiters().is_shared()
            && let Err(error) = crate::limits::sweep_shared(state.store()).await
        {
            tracing::warn!(%error, "sweeping expired attempt counters failed");
        }
    }
}

async fn truncate(path: &std::path::Path, len: u64) -> std::io::Result<()> {
    let file = tokio::fs::OpenOptions::new().write(true).open(path).await?;
    file.set_len(len).await
}

async fn hash_file(path: &std::path::Path) -> Result<String, ApiError> {
    let path = path.to_path_buf();
    tokio::task::spawn_blocking(move || -> std::io::Result<String> {
        use std::io::Read;
        let mut file = std::fs::File::open(path)?;
        let mut hasher = Sha256::new();
        let mut buffer = vec![0u8; 64 * 1024];
        loop {
            let n = file.read(&mut buffer)?;
            if n == 0 {
                break;
            }
            hasher.update(&buffer[..n]);
        }
        Ok(hex::encode(hasher.finalize()))
    })
    .await
    .map_err(ApiError::internal)?
    .map_err(ApiError::from)
}

pub async fn download_document(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, sha256)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let sha = check_sha(&sha256)?;
    let info = {
        let mut conn = state.db().await?;
        visible_record(&mut conn, &caller, &id).await?;
        db::document(&mut conn, &id, &sha)
            .await?
            .ok_or_else(ApiError::not_found)?
    };
    let file = tokio::fs::File::open(blob_path(&state, &sha)).await?;
    // Stream the file in 64 KiB pieces rather than loading it whole.
    let stream = futures_util::stream::unfold(file, |mut file| async move {
        use tokio::io::AsyncReadExt;
        let mut buffer = vec![0u8; 64 * 1024];
        match file.read(&mut buffer).await {
            Ok(0) => None,
            Ok(n) => {
                buffer.truncate(n);
                Some((Ok::<_, std::io::Error>(buffer), file))
            }
            Err(e) => Some((Err(e), file)),
        }
    });
    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "application/octet-stream".to_string()),
            (header::CONTENT_LENGTH, info.size_bytes.to_string()),
            (header::ETAG, format!("\"{sha}\"")),
        ],
        Body::from_stream(stream),
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::parse_content_range;

    #[test]
    fn content_ranges() {
        assert_eq!(parse_content_range("bytes 0-9/20"), Some((0, Some(9), 20)));
        assert_eq!(parse_content_range("bytes */0"), Some((0, None, 0)));
        assert_eq!(parse_content_range("bytes 5-4/20"), None);
        assert_eq!(parse_content_range("bytes 0-20/20"), None);
        assert_eq!(parse_content_range("items 0-1/2"), None);
    }
}
