//! HTTP client of the portal API: timeouts, retries with exponential backoff and jitter on
//! network failures, timeouts and 5xx (never on 4xx), typed errors. Documents (resumable
//! uploads, downloads) are in [`documents`].

mod documents;

pub use documents::UploadSource;

use std::sync::{Arc, RwLock};
use std::time::Duration;

use rand::Rng;
use reqwest::header::{IF_MATCH, IF_NONE_MATCH};
use reqwest::{Method, RequestBuilder, StatusCode, Url};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::api::{
    API_PREFIX, ApplicationRecord, ApplicationSummary, AssociateField, AssociateRequest,
    ConflictBody, Credentials, ErrorBody, IDEMPOTENCY_KEY_HEADER, PasswordChange, Session,
    StatusReport, SubmitReceipt, etag,
};
use super::error::PortalError;
use super::token::{TokenStore, token_secret_name};
use crate::model::{Application, DocumentKind};

/// Connection settings; `base_url` comes from the app's settings.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    pub base_url: String,
    pub connect_timeout: Duration,
    /// Whole request, from sending to the last byte of the answer.
    pub request_timeout: Duration,
    /// Attempts after the first one, for transient failures only.
    pub max_retries: u32,
    /// First backoff delay; doubled each retry, capped at `backoff_max`, with jitter.
    pub backoff_base: Duration,
    pub backoff_max: Duration,
    /// Size of each request of a resumable upload.
    pub upload_chunk_bytes: usize,
    /// Largest answer read from the server (JSON); a longer one is cut off with
    /// [`PortalError::AnswerTooLarge`] before it fills the memory. Document downloads are
    /// capped at [`MAX_DOCUMENT_BYTES`] instead.
    pub max_answer_bytes: usize,
}

/// Default of [`ClientConfig::max_answer_bytes`]: far above any answer of the API (a draft is
/// at most [`super::api::MAX_JSON_BYTES`]; an operator's list of thousands of applications is
/// a few MB).
pub const MAX_ANSWER_BYTES: usize = 16 * 1024 * 1024;

impl ClientConfig {
    pub fn new(base_url: impl Into<String>) -> ClientConfig {
        ClientConfig {
            base_url: base_url.into(),
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            max_retries: 4,
            backoff_base: Duration::from_millis(250),
            backoff_max: Duration::from_secs(8),
            upload_chunk_bytes: 1024 * 1024,
            max_answer_bytes: MAX_ANSWER_BYTES,
        }
    }
}

/// The portal client. Cheap to clone; clones share the connection pool and the token.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    base: Url,
    config: ClientConfig,
    token: Arc<RwLock<Option<String>>>,
}

/// A complete answer (body read) from the server.
struct Answer {
    status: StatusCode,
    body: Vec<u8>,
}

impl Client {
    /// Refuses an address that is not a URL ([`PortalError::InvalidBaseUrl`]) or that is
    /// `http://` towards another computer ([`PortalError::InsecureUrl`]).
    pub fn new(config: ClientConfig) -> Result<Client, PortalError> {
        let base = check_base_url(&config.base_url)?;
        let http = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .timeout(config.request_timeout)
            .user_agent(concat!("cittadinanza/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| PortalError::Protocol(e.to_string()))?;
        Ok(Client {
            http,
            base,
            config,
            token: Arc::new(RwLock::new(None)),
        })
    }

    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    /// The base URL as normalised (with a trailing slash).
    pub fn base_url(&self) -> &str {
        self.base.as_str()
    }

    /// Uses a token obtained earlier (e.g. loaded from the keyring).
    pub fn set_token(&self, token: Option<String>) {
        if let Ok(mut slot) = self.token.write() {
            *slot = token;
        }
    }

    pub fn token(&self) -> Option<String> {
        self.token.read().ok().and_then(|t| t.clone())
    }

    pub fn is_signed_in(&self) -> bool {
        self.token().is_some()
    }

    /// Loads the token remembered for this portal; true when one was found. The OS keyring
    /// blocks: from async code call it inside `tokio::task::spawn_blocking`.
    pub fn restore_token(&self, store: &dyn TokenStore) -> Result<bool, PortalError> {
        let token = store.load(&token_secret_name(self.base.as_str()))?;
        let found = token.is_some();
        self.set_token(token);
        Ok(found)
    }

    /// Remembers the current token (after [`Client::sign_in`]) for the next start.
    pub fn remember_token(&self, store: &dyn TokenStore) -> Result<(), PortalError> {
        let name = token_secret_name(self.base.as_str());
        match self.token() {
            Some(token) => store.save(&name, &token),
            None => store.clear(&name),
        }
    }

    /// Forgets the remembered token (after [`Client::sign_out`]).
    pub fn forget_token(&self, store: &dyn TokenStore) -> Result<(), PortalError> {
        store.clear(&token_secret_name(self.base.as_str()))
    }

    // ------------------------------------------------------------------ accounts

    /// Creates an applicant account and signs in.
    pub async fn register(&self, credentials: &Credentials) -> Result<Session, PortalError> {
        let session: Session = self
            .call_json(Method::POST, "accounts", Some(credentials))
            .await?;
        self.set_token(Some(session.token.clone()));
        Ok(session)
    }

    /// Signs in an applicant or a help-desk operator (the role comes back in the session).
    pub async fn sign_in(&self, credentials: &Credentials) -> Result<Session, PortalError> {
        let answer = self
            .execute(Method::POST, "sessions", |b| b.json(credentials))
            .await?;
        if answer.status == StatusCode::UNAUTHORIZED {
            return Err(PortalError::BadCredentials);
        }
        let session: Session = decode(answer)?;
        self.set_token(Some(session.token.clone()));
        Ok(session)
    }

    /// Ends the session on the server (best effort) and forgets the token.
    pub async fn sign_out(&self) -> Result<(), PortalError> {
        let result = match self.token() {
            Some(_) => self
                .execute(Method::DELETE, "sessions/current", |b| b)
                .await
                .and_then(expect_success),
            None => Ok(()),
        };
        self.set_token(None);
        match result {
            Err(PortalError::Unauthorized) => Ok(()),
            other => other,
        }
    }

    /// Changes the password (the current one is required). The server ends every other
    /// session of the account; this one stays signed in.
    pub async fn change_password(
        &self,
        current_password: &str,
        new_password: &str,
    ) -> Result<(), PortalError> {
        let body = PasswordChange {
            current_password: current_password.to_string(),
            new_password: new_password.to_string(),
        };
        let answer = self
            .execute(Method::PUT, "accounts/current/password", |b| b.json(&body))
            .await?;
        expect_success(answer)
    }

    /// Ends every session of the account on the server (all devices, this one included) and
    /// forgets the token.
    pub async fn sign_out_everywhere(&self) -> Result<(), PortalError> {
        let answer = self.execute(Method::DELETE, "sessions", |b| b).await;
        self.set_token(None);
        answer.and_then(expect_success)
    }

    // ------------------------------------------------------------------ applications

    pub async fn list_applications(&self) -> Result<Vec<ApplicationSummary>, PortalError> {
        self.call_json::<(), _>(Method::GET, "applications", None)
            .await
    }

    /// Creates the application with a client-chosen id: repeating the call (e.g. after a
    /// timeout) returns the same record instead of creating a second one.
    pub async fn create_application(
        &self,
        id: &str,
        draft: &Application,
    ) -> Result<ApplicationRecord, PortalError> {
        let path = format!("applications/{}", segment(id));
        let answer = self
            .execute(Method::PUT, &path, |b| {
                b.header(IF_NONE_MATCH, "*").json(draft)
            })
            .await?;
        decode(answer)
    }

    pub async fn get_application(&self, id: &str) -> Result<ApplicationRecord, PortalError> {
        let path = format!("applications/{}", segment(id));
        self.call_json::<(), _>(Method::GET, &path, None).await
    }

    /// A past version (used as the common base of a three-way merge).
    pub async fn get_version(
        &self,
        id: &str,
        version: u64,
    ) -> Result<ApplicationRecord, PortalError> {
        let path = format!("applications/{}/versions/{version}", segment(id));
        self.call_json::<(), _>(Method::GET, &path, None).await
    }

    /// Replaces the draft if the server still has `base_version`; otherwise
    /// [`PortalError::Conflict`] carries the server's current record.
    pub async fn update_application(
        &self,
        id: &str,
        base_version: u64,
        draft: &Application,
    ) -> Result<ApplicationRecord, PortalError> {
        let path = format!("applications/{}", segment(id));
        let answer = self
            .execute(Method::PUT, &path, |b| {
                b.header(IF_MATCH, etag(base_version)).json(draft)
            })
            .await?;
        decode(answer)
    }

    /// Submits the application. The same `idempotency_key` always yields the same receipt
    /// (and K10 number), so a retry after a timeout never creates a second submission.
    pub async fn submit(
        &self,
        id: &str,
        idempotency_key: &str,
    ) -> Result<SubmitReceipt, PortalError> {
        let path = format!("applications/{}/submit", segment(id));
        let answer = self
            .execute(Method::POST, &path, |b| {
                b.header(IDEMPOTENCY_KEY_HEADER, idempotency_key)
            })
            .await?;
        decode(answer)
    }

    /// "Associa pratica": links an application sent earlier to the signed-in applicant.
    pub async fn associate(
        &self,
        request: &AssociateRequest,
    ) -> Result<ApplicationRecord, PortalError> {
        self.call_json(Method::POST, "associations", Some(request))
            .await
    }

    /// Status and communications of the prefecture.
    pub async fn status(&self, id: &str) -> Result<StatusReport, PortalError> {
        let path = format!("applications/{}/status", segment(id));
        self.call_json::<(), _>(Method::GET, &path, None).await
    }

    // ------------------------------------------------------------------ plumbing

    fn url(&self, path: &str) -> Result<Url, PortalError> {
        let prefix = API_PREFIX.trim_start_matches('/');
        self.base
            .join(&format!("{prefix}/{path}"))
            .map_err(|_| PortalError::InvalidBaseUrl(self.config.base_url.clone()))
    }

    async fn call_json<B: Serialize + ?Sized, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
    ) -> Result<T, PortalError> {
        let answer = self
            .execute(method, path, |b| match body {
                Some(body) => b.json(body),
                None => b,
            })
            .await?;
        decode(answer)
    }

    async fn execute(
        &self,
        method: Method,
        path: &str,
        build: impl Fn(RequestBuilder) -> RequestBuilder,
    ) -> Result<Answer, PortalError> {
        let url = self.url(path)?;
        self.execute_url(method, url, build).await
    }

    /// Sends the request and reads the whole answer, retrying transient failures.
    async fn execute_url(
        &self,
        method: Method,
        url: Url,
        build: impl Fn(RequestBuilder) -> RequestBuilder,
    ) -> Result<Answer, PortalError> {
        self.execute_limited(method, url, build, self.config.max_answer_bytes)
            .await
    }

    /// [`Client::execute_url`] reading at most `limit` bytes of answer.
    async fn execute_limited(
        &self,
        method: Method,
        url: Url,
        build: impl Fn(RequestBuilder) -> RequestBuilder,
        limit: usize,
    ) -> Result<Answer, PortalError> {
        let mut attempt: u32 = 0;
        loop {
            let mut request = self.http.request(method.clone(), url.clone());
            if let Some(token) = self.token() {
                request = request.bearer_auth(token);
            }
            let failure = match build(request).send().await {
                Ok(response) => {
                    let status = response.status();
                    match read_limited(response, limit).await? {
                        Ok(_) if status.is_server_error() => PortalError::Server(status.as_u16()),
                        Ok(body) => return Ok(Answer { status, body }),
                        Err(error) => network_error(&error),
                    }
                }
                Err(error) => {
                    if !(error.is_timeout() || error.is_connect() || error.is_request()) {
                        return Err(PortalError::Protocol(error.to_string()));
                    }
                    network_error(&error)
                }
            };
            if attempt >= self.config.max_retries {
                return Err(failure);
            }
            tokio::time::sleep(backoff_delay(&self.config, attempt)).await;
            attempt += 1;
        }
    }
}

/// Reads the body of `response`, at most `limit` bytes: announced longer, or growing past it
/// while read, it is dropped with [`PortalError::AnswerTooLarge`] (a hostile or broken server
/// cannot make the client allocate without bound). The inner error is a network failure
/// while reading, worth a retry.
async fn read_limited(
    mut response: reqwest::Response,
    limit: usize,
) -> Result<Result<Vec<u8>, reqwest::Error>, PortalError> {
    let too_large = || PortalError::AnswerTooLarge {
        limit: limit as u64,
    };
    if response
        .content_length()
        .is_some_and(|length| length > limit as u64)
    {
        return Err(too_large());
    }
    let mut body = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                if body.len().saturating_add(chunk.len()) > limit {
                    return Err(too_large());
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(Ok(body)),
            Err(error) => return Ok(Err(error)),
        }
    }
}

/// Checks a portal address as [`Client::new`] does (the settings show the error under the
/// field while it is typed) and returns it normalised, with a trailing slash.
pub fn check_base_url(address: &str) -> Result<Url, PortalError> {
    let mut text = address.trim().to_string();
    if !text.ends_with('/') {
        text.push('/');
    }
    let base = Url::parse(&text)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
        .ok_or_else(|| PortalError::InvalidBaseUrl(address.to_string()))?;
    // Passwords, tokens and identity documents never travel in clear over a network; plain
    // http is only for a portal on this computer (tests, a local TLS-terminating proxy).
    if base.scheme() == "http" && !is_loopback(&base) {
        return Err(PortalError::InsecureUrl(address.to_string()));
    }
    Ok(base)
}

/// Plain http is accepted only towards this computer: 127.0.0.0/8, ::1 or `localhost`.
fn is_loopback(url: &Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    match host.parse::<std::net::IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => host.trim_end_matches('.').eq_ignore_ascii_case("localhost"),
    }
}

/// Exponential backoff with "equal jitter": half the delay fixed, half random, so that many
/// clients coming back online do not retry in lockstep.
pub fn backoff_delay(config: &ClientConfig, attempt: u32) -> Duration {
    let exp = config
        .backoff_base
        .saturating_mul(2u32.saturating_pow(attempt.min(16)));
    let capped = exp.min(config.backoff_max);
    let half = capped / 2;
    let jitter_ms = rand::thread_rng().gen_range(0..=half.as_millis().max(1) as u64);
    half + Duration::from_millis(jitter_ms)
}

fn network_error(error: &reqwest::Error) -> PortalError {
    if error.is_timeout() {
        PortalError::Timeout
    } else {
        PortalError::Unreachable(error.to_string())
    }
}

fn kind_key(kind: DocumentKind) -> &'static str {
    // The serde name (snake_case) travels on the wire, not the i18n key.
    match kind {
        DocumentKind::BirthCertificate => "birth_certificate",
        DocumentKind::CriminalRecord => "criminal_record",
        DocumentKind::IdentityDocument => "identity_document",
        DocumentKind::ResidencePermit => "residence_permit",
        DocumentKind::CodiceFiscale => "codice_fiscale",
        DocumentKind::LanguageCertificate => "language_certificate",
        DocumentKind::IncomeStatement => "income_statement",
        DocumentKind::PaymentReceipt => "payment_receipt",
        DocumentKind::MarriageCertificate => "marriage_certificate",
        DocumentKind::AttoNotorio => "atto_notorio",
        DocumentKind::Other => "other",
    }
}

/// Percent-encodes one path segment (ids are UUIDs and hex, but never trust that).
fn segment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn expect_success(answer: Answer) -> Result<(), PortalError> {
    if answer.status.is_success() {
        Ok(())
    } else {
        Err(error_from(answer.status, &answer.body))
    }
}

fn decode<T: DeserializeOwned>(answer: Answer) -> Result<T, PortalError> {
    if !answer.status.is_success() {
        return Err(error_from(answer.status, &answer.body));
    }
    serde_json::from_slice(&answer.body).map_err(|e| PortalError::Protocol(e.to_string()))
}

/// Turns a 4xx answer into a typed error.
fn error_from(status: StatusCode, body: &[u8]) -> PortalError {
    if status == StatusCode::PRECONDITION_FAILED {
        return match serde_json::from_slice::<ConflictBody>(body) {
            Ok(conflict) => PortalError::Conflict {
                current: Box::new(conflict.current),
            },
            Err(e) => PortalError::Protocol(format!("412 without current version: {e}")),
        };
    }
    let error: Option<ErrorBody> = serde_json::from_slice(body).ok();
    let code = error.as_ref().map(|e| e.code.as_str()).unwrap_or("");
    let field = error.as_ref().and_then(|e| e.field.clone());
    match (status, code) {
        (_, "bad_credentials") => PortalError::BadCredentials,
        (_, "account_exists") => PortalError::AccountExists,
        (_, "already_submitted") => PortalError::AlreadySubmitted,
        (_, "not_editable") => PortalError::NotEditable,
        (_, "already_associated") => PortalError::AlreadyAssociated,
        (_, "checksum_mismatch") => PortalError::ChecksumMismatch,
        (_, "incomplete") => PortalError::Incomplete(field.unwrap_or_default()),
        (_, "associate_mismatch") => {
            PortalError::AssociateMismatch(field.as_deref().and_then(AssociateField::from_key))
        }
        (StatusCode::UNAUTHORIZED, _) => PortalError::Unauthorized,
        (StatusCode::FORBIDDEN, _) => PortalError::Forbidden,
        (StatusCode::NOT_FOUND, _) => PortalError::NotFound,
        (StatusCode::PAYLOAD_TOO_LARGE, _) => PortalError::TooLarge,
        (StatusCode::TOO_MANY_REQUESTS, _) => PortalError::RateLimited,
        (status, "") => PortalError::Rejected {
            code: format!("http_{}", status.as_u16()),
            field,
        },
        (_, code) => PortalError::Rejected {
            code: code.to_string(),
            field,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_must_be_http() {
        assert!(matches!(
            Client::new(ClientConfig::new("ftp://example.org")),
            Err(PortalError::InvalidBaseUrl(_))
        ));
        assert!(matches!(
            Client::new(ClientConfig::new("not a url")),
            Err(PortalError::InvalidBaseUrl(_))
        ));
        let client = Client::new(ClientConfig::new("http://127.0.0.1:8080/portal")).expect("url");
        for insecure in [
            "http://portal.example.org",
            "http://10.0.0.1:8080",
            "http://[2001:db8::1]/",
            "http://localhost.example.org",
            "http://127.0.0.1.nip.io",
        ] {
            assert!(
                matches!(
                    Client::new(ClientConfig::new(insecure)),
                    Err(PortalError::InsecureUrl(url)) if url == insecure
                ),
                "{insecure}"
            );
        }
        for accepted in [
            "https://portal.example.org",
            "https://10.0.0.1:8443/base",
            "http://localhost:8080",
            "http://LOCALHOST.",
            "http://127.8.9.10",
            "http://[::1]:3000",
        ] {
            assert!(
                Client::new(ClientConfig::new(accepted)).is_ok(),
                "{accepted}"
            );
        }
        assert_eq!(
            client.url("applications").expect("join").as_str(),
            "http://127.0.0.1:8080/portal/v1/applications"
        );
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        let mut config = ClientConfig::new("http://127.0.0.1");
        config.backoff_base = Duration::from_millis(100);
        config.backoff_max = Duration::from_millis(1000);
        for attempt in 0..10 {
            let delay = backoff_delay(&config, attempt);
            let ceiling = (100u64 << attempt.min(16)).min(1000);
            assert!(
                delay.as_millis() as u64 >= ceiling / 2,
                "{attempt}: {delay:?}"
            );
            assert!(delay.as_millis() as u64 <= ceiling, "{attempt}: {delay:?}");
        }
    }

    #[test]
    fn errors_map_by_code_and_status() {
        let body = br#"{"code":"associate_mismatch","message":"x","field":"birth_date"}"#;
        assert!(matches!(
            error_from(StatusCode::UNPROCESSABLE_ENTITY, body),
            PortalError::AssociateMismatch(Some(AssociateField::BirthDate))
        ));
        let body = br#"{"code":"associate_mismatch","message":"x"}"#;
        assert!(matches!(
            error_from(StatusCode::UNPROCESSABLE_ENTITY, body),
            PortalError::AssociateMismatch(None)
        ));
        assert!(matches!(
            error_from(StatusCode::NOT_FOUND, b""),
            PortalError::NotFound
        ));
        assert!(matches!(
            error_from(StatusCode::PAYLOAD_TOO_LARGE, b"{}"),
            PortalError::TooLarge
        ));
        assert_eq!(segment("a/b c"), "a%2Fb%20c");
    }
}
