//! Reference server of the cittadinanza portal API (`docs/portal-api.yaml`): axum + SQLite.
//!
//! Used by the integration tests and by help-desk organisations that host their own portal.
//! [`app`] builds the router over an [`AppState`]; [`spawn_on`] serves it on an address
//! ([`serve`]: timeouts and the connection limit), with the sweeper of abandoned uploads.
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
pub mod at_rest;
pub mod auth;
pub mod db;
pub mod error;
mod routes;
pub mod serve;
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

/// Limits of partial (resumable) uploads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UploadLimits {
    /// A partial upload that received nothing for this long is removed by the sweeper.
    pub partial_ttl: Duration,
    /// How often the sweeper looks.
    pub sweep_every: Duration,
    /// Bytes of unfinished uploads the applications of one account may hold at once.
    pub max_partial_bytes_per_account: u64,
}

impl Default for UploadLimits {
    fn default() -> Self {
        UploadLimits {
            partial_ttl: Duration::from_secs(24 * 3600),
            sweep_every: Duration::from_secs(600),
            // Four documents of the largest size under way at once.
            max_partial_bytes_per_account: 4 * cittadinanza_core::portal::MAX_DOCUMENT_BYTES,
        }
    }
}

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
    uploads: UploadLimits,
}

impl AppState {
    /// Opens (creating if needed) the database at `db_path`; documents are kept in the
    /// directory `<db_path>.files`. Admin endpoints are enabled only with an `admin_token`.
    pub fn open(db_path: &Path, admin_token: Option<String>) -> anyhow::Result<AppState> {
        Self::open_with(db_path, admin_token, UploadLimits::default())
    }

    /// [`AppState::open`] with other upload limits. Every file and folder is made private
    /// (0600/0700, see [`at_rest`]).
    pub fn open_with(
        db_path: &Path,
        admin_token: Option<String>,
        uploads: UploadLimits,
    ) -> anyhow::Result<AppState> {
        at_rest::prepare_database(db_path)?;
        let conn = db::open(db_path)?;
        at_rest::prepare_database(db_path)?;
        let mut files = db_path.as_os_str().to_owned();
        files.push(".files");
        let files = PathBuf::from(files);
        at_rest::private_dir(&files)?;
        for dir in ["blobs", "partial"] {
            at_rest::private_dir(&files.join(dir))?;
            at_rest::private_files_in(&files.join(dir))?;
        }
        Ok(AppState {
            inner: Arc::new(Inner {
                db: Mutex::new(conn),
                files,
                admin_token: admin_token.filter(|t| !t.is_empty()),
                uploads_in_progress: Mutex::new(HashSet::new()),
                failures: Mutex::new(HashMap::new()),
                uploads,
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

    pub fn upload_limits(&self) -> UploadLimits {
        self.inner.uploads
    }

    /// Removes the abandoned partial uploads now (the server also does it every
    /// `UploadLimits::sweep_every`); returns how many.
    pub async fn sweep_partial_uploads(&self) -> std::io::Result<usize> {
        uploads::sweep_partial_uploads(self).await
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

/// Binds `addr` (e.g. `127.0.0.1:0`) and serves the API in a background task, with the
/// default [`serve::ServeLimits`].
pub async fn spawn_on(
    addr: SocketAddr,
    state: AppState,
) -> anyhow::Result<(SocketAddr, tokio::task::JoinHandle<()>)> {
    spawn_with(addr, state, serve::ServeLimits::default()).await
}

/// [`spawn_on`] with other timeouts and connection limit.
pub async fn spawn_with(
    addr: SocketAddr,
    state: AppState,
    limits: serve::ServeLimits,
) -> anyhow::Result<(SocketAddr, tokio::task::JoinHandle<()>)> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let local = listener.local_addr()?;
    let handle = tokio::spawn(run(listener, state, limits, std::future::pending()));
    Ok((local, handle))
}

/// Serves the API on `listener` and sweeps abandoned uploads until `shutdown` completes.
pub async fn run(
    listener: tokio::net::TcpListener,
    state: AppState,
    limits: serve::ServeLimits,
    shutdown: impl std::future::Future<Output = ()>,
) {
    let router = app(state.clone());
    tokio::select! {
        () = serve::serve(listener, router, limits, shutdown) => {}
        () = uploads::sweep_forever(state) => {}
    }
}
