//! Passwords (argon2id on a bounded pool of its own threads), bearer tokens (random, stored
//! hashed), the client address and the caller extractors.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{Output, ParamsString, PasswordHash, Salt, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};

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

/// Argon2's working memory (19 MiB with the default parameters), kept by each worker thread
/// from one hash to the next.
type Memory = Vec<Block>;

/// Argon2 with `algorithm`, `version` and `params` computed in `memory` (grown if too small):
/// the same output as `argon2`'s own hasher, which allocates the memory afresh each time.
fn compute(
    algorithm: Algorithm,
    version: Version,
    params: Params,
    password: &[u8],
    salt: Salt<'_>,
    output_len: usize,
    memory: &mut Memory,
) -> argon2::password_hash::Result<Output> {
    let blocks = params.block_count();
    if memory.len() < blocks {
        memory.resize(blocks, Block::default());
    }
    let mut salt_buffer = [0u8; 64];
    let salt = salt.decode_b64(&mut salt_buffer)?;
    let argon2 = Argon2::new(algorithm, version, params);
    Output::init_with(output_len, |out| {
        Ok(argon2.hash_password_into_with_memory(password, salt, out, &mut memory[..blocks])?)
    })
}

/// An argon2id hash (PHC string, default parameters, random salt) computed in `memory`.
fn hash_in(password: &str, memory: &mut Memory) -> argon2::password_hash::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    let (algorithm, version, params) = (Algorithm::Argon2id, Version::V0x13, Params::default());
    let output = compute(
        algorithm,
        version,
        params.clone(),
        password.as_bytes(),
        salt.as_salt(),
        Params::DEFAULT_OUTPUT_LEN,
        memory,
    )?;
    Ok(PasswordHash {
        algorithm: algorithm.ident(),
        version: Some(version.into()),
        params: ParamsString::try_from(&params)?,
        salt: Some(salt.as_salt()),
        hash: Some(output),
    }
    .to_string())
}

/// Whether `password` matches the PHC string `hash` (with the parameters written in it),
/// computed in `memory`; the outputs are compared in constant time.
fn verify_in(password: &str, hash: &str, memory: &mut Memory) -> bool {
    let mut check = || -> argon2::password_hash::Result<bool> {
        let parsed = PasswordHash::new(hash)?;
        let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
            return Ok(false);
        };
        let algorithm = Algorithm::try_from(parsed.algorithm)?;
        let version = parsed
            .version
            .map(Version::try_from)
            .transpose()?
            .unwrap_or_default();
        let params = Params::try_from(&parsed)?;
        let computed = compute(
            algorithm,
            version,
            params,
            password.as_bytes(),
            salt,
            expected.len(),
            memory,
        )?;
        // `Output`'s equality is constant-time.
        Ok(computed == expected)
    };
    check().unwrap_or(false)
}

pub fn hash_password(password: &str) -> Result<String, ApiError> {
    hash_in(password, &mut Memory::new()).map_err(ApiError::internal)
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    verify_in(password, hash, &mut Memory::new())
}

/// Runs Argon2 (about 19 MiB and tens of milliseconds each) on a fixed set of threads of its
/// own, one per core, so that parallel sign-ins or registrations queue instead of exhausting
/// CPU and memory. Each thread allocates Argon2's memory once and reuses it: the server's
/// memory stays flat however many hashes it computes (allocated per hash, on whichever of
/// tokio's blocking threads ran it, the freed blocks stayed in the allocator's per-thread
/// arenas, over a gigabyte under load: `bench-reports/portal-load.md`). A permit is released
/// only when the hash is done, even if the request was dropped.
pub struct PasswordPool {
    /// Jobs for the worker threads; they end when the pool is dropped.
    jobs: mpsc::Sender<Job>,
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
        let (jobs, receiver) = mpsc::channel::<Job>();
        let receiver = Arc::new(Mutex::new(receiver));
        for n in 0..size {
            let receiver = receiver.clone();
            std::thread::Builder::new()
                .name(format!("argon2-{n}"))
                .spawn(move || work(&receiver))
                .map_err(ApiError::internal)?;
        }
        Ok(PasswordPool {
            jobs,
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
        job: impl FnOnce(&mut Memory) -> T + Send + 'static,
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
        let (done, result) = tokio::sync::oneshot::channel();
        self.jobs
            .send(Box::new(move |memory: &mut Memory| {
                let now = gauges.running.fetch_add(1, Ordering::SeqCst) + 1;
                gauges.max_running.fetch_max(now, Ordering::SeqCst);
                let out = job(memory);
                gauges.running.fetch_sub(1, Ordering::SeqCst);
                drop(permit);
                // The request may have gone away meanwhile: nobody to tell.
                let _ = done.send(out);
            }))
            .map_err(|_| ApiError::internal("the password hashing threads have stopped"))?;
        result.await.map_err(ApiError::internal)
    }

    pub async fn hash(&self, password: String) -> Result<String, ApiError> {
        self.gauges.hashes.fetch_add(1, Ordering::SeqCst);
        self.run(move |memory| hash_in(&password, memory))
            .await?
            .map_err(ApiError::internal)
    }

    /// Verifies `password` against `hash`, or against the dummy hash when the account does
    /// not exist (then always false): one Argon2 verification either way.
    pub async fn verify(&self, password: String, hash: Option<String>) -> Result<bool, ApiError> {
        self.gauges.verifications.fetch_add(1, Ordering::SeqCst);
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| self.dummy_hash.clone());
        let ok = self
            .run(move |memory| verify_in(&password, &hash, memory))
            .await?;
        Ok(known && ok)
    }
}

/// Work for a hashing thread, given the thread's Argon2 memory.
type Job = Box<dyn FnOnce(&mut Memory) + Send>;

/// A hashing thread: takes jobs until the pool is dropped.
fn work(receiver: &Mutex<mpsc::Receiver<Job>>) {
    let mut memory = Memory::new();
    loop {
        let job = match receiver.lock() {
            Ok(receiver) => match receiver.recv() {
                Ok(job) => job,
                Err(_) => return,
            },
            Err(_) => return,
        };
        // A job that panics loses its answer (the request gets 500), not the thread.
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(&mut memory)));
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

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::{PasswordHasher, PasswordVerifier};

    #[test]
    fn reused_memory_gives_the_hashes_of_the_argon2_crate() {
        let mut memory = Memory::new();
        // Ours, checked by the crate's own verifier (after the memory served another hash).
        hash_in("another password", &mut memory).expect("hash");
        let ours = hash_in("correct horse battery", &mut memory).expect("hash");
        assert!(
            ours.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{ours}"
        );
        let parsed = PasswordHash::new(&ours).expect("PHC string");
        assert!(
            Argon2::default()
                .verify_password(b"correct horse battery", &parsed)
                .is_ok()
        );
        assert!(
            Argon2::default()
                .verify_password(b"wrong", &parsed)
                .is_err()
        );
        // The crate's, checked by ours with the dirty memory.
        let salt = SaltString::generate(&mut OsRng);
        let theirs = Argon2::default()
            .hash_password(b"correct horse battery", &salt)
            .expect("hash")
            .to_string();
        assert!(verify_in("correct horse battery", &theirs, &mut memory));
        assert!(!verify_in("correct horse batterY", &theirs, &mut memory));
        // Other parameters than the default ones (an older server's hashes) still verify.
        let small = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(8192, 3, 1, None).expect("params"),
        )
        .hash_password(b"correct horse battery", &salt)
        .expect("hash")
        .to_string();
        assert!(verify_in("correct horse battery", &small, &mut memory));
        assert!(!verify_in(
            "correct horse battery",
            "not a hash",
            &mut memory
        ));
    }

    #[tokio::test]
    async fn the_pool_runs_on_its_own_threads_and_ends_with_them() {
        let pool = PasswordPool::new(2).expect("pool");
        let hash = pool
            .hash("correct horse battery".into())
            .await
            .expect("hash");
        assert!(
            pool.verify("correct horse battery".into(), Some(hash.clone()))
                .await
                .expect("verify")
        );
        assert!(
            !pool
                .verify("wrong".into(), Some(hash))
                .await
                .expect("verify")
        );
        assert!(!pool.verify("x".into(), None).await.expect("verify"));
        let name = pool
            .run(|_| std::thread::current().name().map(str::to_string))
            .await
            .expect("run");
        assert!(name.is_some_and(|n| n.starts_with("argon2-")));
    }
}
