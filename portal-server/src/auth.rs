//! Passwords (argon2id on a bounded pool), bearer tokens (random, stored hashed), the client
//! address and the caller extractors.

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::StatusCode;
use axum::http::request::Parts;
use cittadinanza_core::portal::Role;
use rand::RngCore;
use sha2::{Digest, Sha256};
use tokio::sync::Semaphore;

use crate::AppState;
use crate::error::ApiError;

/// Shortest password accepted for portal accounts.
pub const MIN_PASSWORD_CHARS: usize = 10;
/// Longest password accepted (characters), checked before any hashing.
pub const MAX_PASSWORD_CHARS: usize = 256;
/// Longest e-mail address (RFC 5321 path limit), checked before any work.
pub const MAX_EMAIL_BYTES: usize = 254;
/// Longest password field read at all (bytes): 256 characters of up to 4 bytes.
pub const MAX_PASSWORD_BYTES: usize = 4 * MAX_PASSWORD_CHARS;
/// Requests that may wait for a hashing slot; beyond, the server answers 503 at once.
pub const MAX_HASH_QUEUE: usize = 64;

pub fn hash_password(password: &str) -> Result<String, ApiError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(ApiError::internal)
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Runs Argon2 (about 19 MiB and tens of milliseconds each) on at most one blocking thread
/// per core, so that parallel sign-ins or registrations queue instead of exhausting memory.
/// A permit is released only when the hash is done, even if the request was dropped.
pub struct PasswordPool {
    permits: Arc<Semaphore>,
    size: usize,
    waiting: AtomicUsize,
    gauges: Arc<Gauges>,
    /// Hash of a random password: an unknown e-mail is verified against it, so that it costs
    /// the same time as a known one.
    dummy_hash: String,
}

#[derive(Default)]
struct Gauges {
    running: AtomicUsize,
    max_running: AtomicUsize,
    verifications: AtomicU64,
    hashes: AtomicU64,
}

impl PasswordPool {
    pub fn new(size: usize) -> Result<PasswordPool, ApiError> {
        let size = size.max(1);
        Ok(PasswordPool {
            permits: Arc::new(Semaphore::new(size)),
            size,
            waiting: AtomicUsize::new(0),
            gauges: Arc::new(Gauges::default()),
            dummy_hash: hash_password(&new_token())?,
        })
    }

    /// Slots: the number of cores.
    pub fn for_this_machine() -> Result<PasswordPool, ApiError> {
        PasswordPool::new(std::thread::available_parallelism().map_or(1, |n| n.get()))
    }

    pub fn size(&self) -> usize {
        self.size
    }

    /// Most hashes or verifications that ever ran at the same time.
    pub fn max_running(&self) -> usize {
        self.gauges.max_running.load(Ordering::SeqCst)
    }

    /// Password verifications run so far (sign-ins and password changes).
    pub fn verifications(&self) -> u64 {
        self.gauges.verifications.load(Ordering::SeqCst)
    }

    /// Password hashes computed so far (registrations and password changes).
    pub fn hashes(&self) -> u64 {
        self.gauges.hashes.load(Ordering::SeqCst)
    }

    async fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, ApiError> {
        // Counted down on drop, so a request that goes away while waiting leaves the queue.
        let queued = Queued::join(&self.waiting);
        if queued.ahead >= MAX_HASH_QUEUE {
            return Err(ApiError::limited(
                StatusCode::SERVICE_UNAVAILABLE,
                "busy",
                "the server is busy; try again in a moment",
                std::time::Duration::from_secs(1),
            ));
        }
        let permit = self.permits.clone().acquire_owned().await;
        drop(queued);
        let permit = permit.map_err(ApiError::internal)?;
        let gauges = self.gauges.clone();
        tokio::task::spawn_blocking(move || {
            let now = gauges.running.fetch_add(1, Ordering::SeqCst) + 1;
            gauges.max_running.fetch_max(now, Ordering::SeqCst);
            let out = job();
            gauges.running.fetch_sub(1, Ordering::SeqCst);
            drop(permit);
            out
        })
        .await
        .map_err(ApiError::internal)
    }

    pub async fn hash(&self, password: String) -> Result<String, ApiError> {
        self.gauges.hashes.fetch_add(1, Ordering::SeqCst);
        self.run(move || hash_password(&password)).await?
    }

    /// Verifies `password` against `hash`, or against the dummy hash when the account does
    /// not exist (then always false): one Argon2 verification either way.
    pub async fn verify(&self, password: String, hash: Option<String>) -> Result<bool, ApiError> {
        self.gauges.verifications.fetch_add(1, Ordering::SeqCst);
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| self.dummy_hash.clone());
        let ok = self.run(move || verify_password(&password, &hash)).await?;
        Ok(known && ok)
    }
}

/// A place in the hashing queue.
struct Queued<'a> {
    counter: &'a AtomicUsize,
    /// Requests already waiting when this one came.
    ahead: usize,
}

impl<'a> Queued<'a> {
    fn join(counter: &'a AtomicUsize) -> Queued<'a> {
        let ahead = counter.fetch_add(1, Ordering::SeqCst);
        Queued { counter, ahead }
    }
}

impl Drop for Queued<'_> {
    fn drop(&mut self) {
        self.counter.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A new bearer token (256 random bits, hex).
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Tokens are stored hashed so that a copy of the database does not grant access.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Compares secrets in time independent of where they differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub fn bearer(parts: &Parts) -> Option<&str> {
    parts
        .headers
        .get(axum::http::header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// The signed-in account making the request.
#[derive(Debug, Clone)]
pub struct Caller {
    pub account_id: String,
    pub role: Role,
    pub token_hash: String,
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Caller, ApiError> {
        let token = bearer(parts).ok_or_else(ApiError::unauthorized)?;
        let hash = token_hash(token);
        let mut db = state.db().await?;
        crate::db::session_account(&mut db, &hash)
            .await?
            .map(|(account_id, role)| Caller {
                account_id,
                role,
                token_hash: hash,
            })
            .ok_or_else(ApiError::unauthorized)
    }
}

/// The client's address: the peer of the connection, or, when that peer is a trusted reverse
/// proxy (`--trusted-proxy`), the last address it appended to `X-Forwarded-For`. As a key
/// for the limits (see [`crate::limits::address_key`]).
#[derive(Debug, Clone)]
pub struct ClientAddr(pub String);

impl ClientAddr {
    pub fn ip(parts: &Parts, state: &AppState) -> IpAddr {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.ip());
        if !state.trusted_proxies().contains(&peer) {
            return peer;
        }
        // The proxy appends the address it saw: the rightmost entry is the one it vouches for.
        parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .next_back()
            // Entries to its left come from the client: never fall back to them.
            .and_then(|a| a.trim().parse::<IpAddr>().ok())
            .unwrap_or(peer)
    }
}

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<ClientAddr, ApiError> {
        Ok(ClientAddr(crate::limits::address_key(ClientAddr::ip(
            parts, state,
        ))))
    }
}

/// The holder of the admin token given at start-up (the prefecture's side). Wrong tokens are
/// counted per client address; past the limit the token is not even compared (429).
#[derive(Debug, Clone, Copy)]
pub struct Admin;

impl FromRequestParts<AppState> for Admin {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Admin, ApiError> {
        let Some(expected) = state.admin_token() else {
            return Err(ApiError::forbidden("admin endpoints are disabled"));
        };
        let address = ClientAddr::from_request_parts(parts, state).await?;
        let token = bearer(parts).unwrap_or_default();
        let valid = state
            .limiters()
            .admin_check(&address.0, || {
                // Compared as hashes: equal lengths, so the time tells nothing about the length.
                constant_time_eq(&Sha256::digest(expected), &Sha256::digest(token))
            })
            .await
            .map_err(ApiError::rate_limited)?;
        if valid {
            Ok(Admin)
        } else if token.is_empty() {
            Err(ApiError::unauthorized())
        } else {
            Err(ApiError::forbidden("admin token required"))
        }
    }
}
