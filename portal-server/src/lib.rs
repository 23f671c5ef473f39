//! Reference server of the cittadinanza portal API (`docs/portal-api.yaml`): axum + SQLite.
//!
//! Used by the integration tests and by help-desk organisations that host their own portal.
//! [`app`] builds the router over an [`AppState`]; [`spawn_on`] serves it on an address.
#![forbid(unsafe_code)]

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post, put};
use cittadinanza_core::portal::{MAX_CHUNK_BYTES, MAX_JSON_BYTES};
use tower_http::limit::RequestBodyLimitLayer;

pub mod admin;
pub mod auth;
pub mod db;
pub mod error;
mod routes;
mod uploads;

use error::ApiError;

/// Failed sign-ins per e-mail before a pause.
pub const MAX_FAILED_SIGN_INS: u32 = 5;
/// Failed "associa pratica" attempts per account before a pause (typos are common here).
pub const MAX_FAILED_ASSOCIATIONS: u32 = 10;
/// Length of the pause after too many failed attempts.
pub const LOCKOUT: Duration = Duration::from_secs(60);
/// Lifetime of a session token.
pub const SESSION_DAYS: i64 = 30;

#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    db: Mutex<rusqlite::Connection>,
    files: PathBuf,
    admin_token: Option<String>,
    /// Uploads being written, so that two requests never append to the same partial file.
    uploads_in_progress: Mutex<HashSet<String>>,
    /// Failed attempts per key ("signin:<email>", "associate:<account>").
    failures: Mutex<HashMap<String, (u32, Instant)>>,
}

impl AppState {
    /// Opens (creating if needed) the database at `db_path`; documents are kept in the
    /// directory `<db_path>.files`. Admin endpoints are enabled only with an `admin_token`.
    pub fn open(db_path: &Path, admin_token: Option<String>) -> anyhow::Result<AppState> {
        let conn = db::open(db_path)?;
        let mut files = db_path.as_os_str().to_owned();
        files.push(".files");
        let files = PathBuf::from(files);
        std::fs::create_dir_all(files.join("blobs"))?;
        std::fs::create_dir_all(files.join("partial"))?;
        Ok(AppState {
            inner: Arc::new(Inner {
                db: Mutex::new(conn),
                files,
                admin_token: admin_token.filter(|t| !t.is_empty()),
                uploads_in_progress: Mutex::new(HashSet::new()),
                failures: Mutex::new(HashMap::new()),
            }),
        })
    }

    pub fn db(&self) -> Result<MutexGuard<'_, rusqlite::Connection>, ApiError> {
        self.inner
            .db
            .lock()
            .map_err(|_| ApiError::internal("database lock poisoned"))
    }

    pub fn admin_token(&self) -> Option<&str> {
        self.inner.admin_token.as_deref()
    }

    pub(crate) fn files(&self) -> &Path {
        &self.inner.files
    }

    pub(crate) fn uploads_in_progress(&self) -> &Mutex<HashSet<String>> {
        &self.inner.uploads_in_progress
    }

    /// Err(429) while `key` is locked out after too many failures.
    pub(crate) fn check_attempts(&self, key: &str, limit: u32) -> Result<(), ApiError> {
        let mut failures = self
            .inner
            .failures
            .lock()
            .map_err(|_| ApiError::internal("lock poisoned"))?;
        if let Some((count, since)) = failures.get(key).copied() {
            if since.elapsed() >= LOCKOUT {
                failures.remove(key);
            } else if count >= limit {
                return Err(ApiError::new(
                    axum::http::StatusCode::TOO_MANY_REQUESTS,
                    "rate_limited",
                    "too many failed attempts; wait a minute",
                ));
            }
        }
        Ok(())
    }

    pub(crate) fn record_failure(&self, key: &str) {
        if let Ok(mut failures) = self.inner.failures.lock() {
            let entry = failures
                .entry(key.to_string())
                .or_insert((0, Instant::now()));
            entry.0 += 1;
        }
    }

    pub(crate) fn clear_failures(&self, key: &str) {
        if let Ok(mut failures) = self.inner.failures.lock() {
            failures.remove(key);
        }
    }
}

/// The API router.
pub fn app(state: AppState) -> Router {
    let api = Router::new()
        .route("/health", get(routes::health))
        .route("/accounts", post(routes::register))
        .route("/sessions", post(routes::sign_in))
        .route("/sessions/current", axum::routing::delete(routes::sign_out))
        .route("/applications", get(routes::list_applications))
        .route(
            "/applications/{id}",
            get(routes::get_application).put(routes::put_application),
        )
        .route(
            "/applications/{id}/versions/{version}",
            get(routes::get_version),
        )
        .route("/applications/{id}/status", get(routes::status))
        .route("/applications/{id}/submit", post(routes::submit))
        .route("/applications/{id}/documents", get(routes::list_documents))
        .route(
            "/applications/{id}/documents/{sha256}",
            put(uploads::put_document).get(uploads::download_document),
        )
        .route(
            "/applications/{id}/uploads/{sha256}",
            get(uploads::upload_progress),
        )
        .route("/associations", post(routes::associate))
        .route("/admin/operators", post(admin::http_create_operator))
        .route(
            "/admin/communications",
            post(admin::http_issue_communication),
        );
    Router::new()
        .nest(cittadinanza_core::portal::API_PREFIX, api)
        // JSON bodies (drafts, credentials) are small; document chunks are bounded separately.
        .layer(DefaultBodyLimit::max(MAX_JSON_BYTES))
        .layer(RequestBodyLimitLayer::new(MAX_CHUNK_BYTES))
        .with_state(state)
}

/// Binds `addr` (e.g. `127.0.0.1:0`) and serves the API in a background task.
pub async fn spawn_on(
    addr: SocketAddr,
    state: AppState,
) -> anyhow::Result<(SocketAddr, tokio::task::JoinHandle<()>)> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let local = listener.local_addr()?;
    let router = app(state);
    let handle = tokio::spawn(async move {
        if let Err(error) = axum::serve(listener, router).await {
            eprintln!("portal-server: {error}");
        }
    });
    Ok((local, handle))
}
