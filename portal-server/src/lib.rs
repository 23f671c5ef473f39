//! Reference server of the cittadinanza portal API (`docs/portal-api.yaml`): axum over SQLite
//! (one desk) or PostgreSQL (several instances, see [`store`]).
//!
//! Used by the integration tests and by help-desk organisations that host their own portal.
//! [`app`] builds the router over an [`AppState`]; [`spawn_on`] serves it on an address
//! ([`serve`]: timeouts and the connection limit), with the sweeper of abandoned uploads.
#![forbid(unsafe_code)]
// Beside the workspace's lints (Cargo.toml): no `expect` outside tests.
#![warn(clippy::expect_used)]

use std::collections::HashSet;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post, put};
use cittadinanza_core::portal::{MAX_CHUNK_BYTES, MAX_JSON_BYTES};
use tower_http::limit::RequestBodyLimitLayer;

pub mod admin;
pub mod at_rest;
pub mod auth;
pub mod copy;
pub mod db;
pub mod error;
pub mod limits;
pub mod logging;
pub mod migrations;
mod routes;
pub mod serve;
pub mod store;
mod uploads;

use error::ApiError;

/// Lifetime of a session token.
pub const SESSION_DAYS: i64 = 30;
/// Shortest admin token accepted at start (about 190 bits as random base64).
pub const MIN_ADMIN_TOKEN_CHARS: usize = 32;

/// How a server runs beyond its database; [`Options::default`] is the plain `portal-server`.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Enables the admin endpoints; at least [`MIN_ADMIN_TOKEN_CHARS`] characters.
    pub admin_token: Option<String>,
    /// Reverse proxies whose `X-Forwarded-For` gives the client address for the limits.
    pub trusted_proxies: Vec<IpAddr>,
    pub limits: limits::Limits,
    pub uploads: UploadLimits,
}

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
    store: store::Store,
    files: PathBuf,
    admin_token: Option<String>,
    /// Uploads being written, so that two requests never append to the same partial file.
    uploads_in_progress: Mutex<HashSet<String>>,
    trusted_proxies: Vec<IpAddr>,
    limiters: limits::Limiters,
    passwords: auth::PasswordPool,
    uploads: UploadLimits,
}

impl AppState {
    /// Opens (creating if needed) the SQLite database at `db_path`; documents are kept in the
    /// directory `<db_path>.files`. Admin endpoints are enabled only with an `admin_token`.
    pub async fn open(db_path: &Path, admin_token: Option<String>) -> anyhow::Result<AppState> {
        AppState::open_with(
            db_path,
            Options {
                admin_token,
                ..Options::default()
            },
        )
        .await
    }

    /// [`AppState::open`] with every option, over SQLite.
    pub async fn open_with(db_path: &Path, options: Options) -> anyhow::Result<AppState> {
        AppState::open_url(&store::DbUrl::Sqlite(db_path.to_path_buf()), None, options).await
    }

    /// Opens the database of `url` and applies its migrations. Refuses an admin token shorter
    /// than [`MIN_ADMIN_TOKEN_CHARS`]. With SQLite, documents and partial uploads are files in
    /// `<path>.files`, all made private (0600/0700, see [`at_rest`]); with PostgreSQL they go
    /// to `files` (required: a folder shared by every instance) .
    pub async fn open_url(
        url: &store::DbUrl,
        files: Option<&Path>,
        options: Options,
    ) -> anyhow::Result<AppState> {
        let admin_token = options.admin_token.filter(|t| !t.is_empty());
        if let Some(token) = &admin_token {
            let chars = token.chars().count();
            if chars < MIN_ADMIN_TOKEN_CHARS {
                anyhow::bail!(
                    "the admin token has {chars} characters; it needs at least \
                     {MIN_ADMIN_TOKEN_CHARS} (e.g. `openssl rand -base64 33`)"
                );
            }
        }
        let passwords = auth::PasswordPool::for_this_machine()
            .map_err(|e| anyhow::anyhow!("cannot prepare password hashing: {e}"))?;
        let (store, files) = open_store(url, files).await?;
        at_rest::private_dir(&files)?;
        for dir in ["blobs", "partial"] {
            at_rest::private_dir(&files.join(dir))?;
            at_rest::private_files_in(&files.join(dir))?;
        }
        Ok(AppState {
            inner: Arc::new(Inner {
                files,
                admin_token,
                uploads_in_progress: Mutex::new(HashSet::new()),
                trusted_proxies: options.trusted_proxies,
                // One SQLite server counts in memory; PostgreSQL instances share the counts.
                limiters: if store.is_postgres() {
                    limits::Limiters::shared(&options.limits, store.clone())
                } else {
                    limits::Limiters::new(&options.limits)
                },
                passwords,
                uploads: options.uploads,
                store,
            }),
        })
    }

    /// A connection for one operation.
    pub async fn db(&self) -> Result<store::Conn, ApiError> {
        Ok(self.inner.store.conn().await?)
    }

    pub fn store(&self) -> &store::Store {
        &self.inner.store
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

    pub(crate) fn trusted_proxies(&self) -> &[IpAddr] {
        &self.inner.trusted_proxies
    }

    /// The attempt limits (tests read their table sizes).
    pub fn limiters(&self) -> &limits::Limiters {
        &self.inner.limiters
    }

    pub fn upload_limits(&self) -> UploadLimits {
        self.inner.uploads
    }

    /// Removes the abandoned partial uploads now (the server also does it every
    /// `UploadLimits::sweep_every`); returns how many.
    pub async fn sweep_partial_uploads(&self) -> std::io::Result<usize> {
        uploads::sweep_partial_uploads(self).await
    }

    /// The Argon2 pool (tests read its counters).
    pub fn passwords(&self) -> &auth::PasswordPool {
        &self.inner.passwords
    }
}

/// Opens the database of `url` (private files for SQLite) and migrates it; the folder of
/// documents: `files`, or `<path>.files` next to a SQLite database.
pub async fn open_store(
    url: &store::DbUrl,
    files: Option<&Path>,
) -> anyhow::Result<(store::Store, PathBuf)> {
    let (store, default_files) = match url {
        store::DbUrl::Sqlite(path) => {
            at_rest::prepare_database(path)?;
            let store = store::Store::open_sqlite(path)?;
            let mut files = path.as_os_str().to_owned();
            files.push(".files");
            (store, Some(PathBuf::from(files)))
        }
        store::DbUrl::Postgres(url) => (store::Store::open_postgres(url)?, None),
    };
    store
        .migrate()
        .await
        .map_err(|e| anyhow::anyhow!("cannot migrate the database: {e}"))?;
    if let store::DbUrl::Sqlite(path) = url {
        // SQLite made its -wal/-shm files: private like the database.
        at_rest::prepare_database(path)?;
    }
    let files = files
        .map(Path::to_path_buf)
        .or(default_files)
        .ok_or_else(|| anyhow::anyhow!("with PostgreSQL, give --files DIR: the folder of documents shared by every instance"))?;
    Ok((store, files))
}

/// Largest body of the account, sign-in and "associa pratica" requests.
pub const AUTH_BODY_BYTES: usize = 8 * 1024;

/// The API router. Serve it with `into_make_service_with_connect_info::<SocketAddr>()` (as
/// [`spawn_on`] does): the per-address limits read the peer address from it, and without it
/// every client would share one address.
pub fn app(state: AppState) -> Router {
    let api = Router::new()
        .route("/health", get(routes::health))
        // Credentials are tiny: refuse big bodies before reading them.
        .route(
            "/accounts",
            post(routes::register).layer(DefaultBodyLimit::max(AUTH_BODY_BYTES)),
        )
        .route(
            "/accounts/current/password",
            put(routes::change_password).layer(DefaultBodyLimit::max(AUTH_BODY_BYTES)),
        )
        .route(
            "/sessions",
            post(routes::sign_in)
                .delete(routes::sign_out_everywhere)
                .layer(DefaultBodyLimit::max(AUTH_BODY_BYTES)),
        )
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
        .route(
            "/associations",
            post(routes::associate).layer(DefaultBodyLimit::max(AUTH_BODY_BYTES)),
        )
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
        // Layers of a router wrap each route, so the log sees the route's template.
        .layer(axum::middleware::from_fn(logging::requests))
        .with_state(state)
}

/// Threads of tokio's blocking pool (file I/O of uploads and downloads). Tokio's default, 512,
/// lets a burst of uploads start hundreds of threads, each with its own allocator arena that
/// keeps what it freed; the disk is not faster with more. Argon2 has threads of its own
/// ([`auth::PasswordPool`]).
pub const MAX_BLOCKING_THREADS: usize = 16;

/// The runtime `portal-server` serves on: a worker per core, a bounded blocking pool.
pub fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(MAX_BLOCKING_THREADS)
        .build()
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
/// The peer address of each connection reaches the handlers as `ConnectInfo<SocketAddr>`
/// (the per-address limits read it, see `auth::ClientAddr`).
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
