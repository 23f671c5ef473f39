//! Errors of the portal client and the sync engine, each with a Fluent message id.

use super::api::{ApplicationRecord, AssociateField};

#[derive(Debug, thiserror::Error)]
pub enum PortalError {
    /// The base URL in the settings is not a usable http(s) URL.
    #[error("invalid portal address {0:?}")]
    InvalidBaseUrl(String),
    /// An `http://` address of another computer: only https is accepted over a network.
    #[error("the portal address {0:?} is not encrypted (https is required)")]
    InsecureUrl(String),
    /// The server sent a longer answer than the client reads (broken or hostile server).
    #[error("the portal's answer exceeds {limit} bytes")]
    AnswerTooLarge { limit: u64 },
    /// No connection could be made (offline, server down, DNS) after every retry.
    #[error("the portal cannot be reached: {0}")]
    Unreachable(String),
    /// The server did not answer in time after every retry.
    #[error("the portal did not answer in time")]
    Timeout,
    /// The server failed (5xx) after every retry.
    #[error("the portal failed with status {0}")]
    Server(u16),
    /// Not signed in, or the session expired.
    #[error("not signed in or the session expired")]
    Unauthorized,
    #[error("wrong e-mail or password")]
    BadCredentials,
    #[error("this account may not do that")]
    Forbidden,
    #[error("not found on the portal")]
    NotFound,
    #[error("an account with this e-mail already exists")]
    AccountExists,
    /// Someone else changed the application: the current server version is attached.
    #[error("the application changed on the portal (version {})", .current.version)]
    Conflict { current: Box<ApplicationRecord> },
    #[error("the application was already submitted")]
    AlreadySubmitted,
    #[error("the application is no longer editable")]
    NotEditable,
    #[error("the application is incomplete: {0}")]
    Incomplete(String),
    /// "Associa pratica": the details do not match an application. Current servers never say
    /// which field (that would reveal the application's data one field at a time); older
    /// ones named it.
    #[error("the details do not match an application ({})", .0.map_or("any field", |f| f.key()))]
    AssociateMismatch(Option<AssociateField>),
    #[error("the application is already linked to another account")]
    AlreadyAssociated,
    #[error("the request is too large")]
    TooLarge,
    #[error("too many attempts, try again later")]
    RateLimited,
    /// The uploaded bytes do not have the SHA-256 announced.
    #[error("the document was corrupted in transit")]
    ChecksumMismatch,
    /// The server refused the input (code from the server).
    #[error("the portal refused the request: {code}")]
    Rejected { code: String, field: Option<String> },
    /// The answer could not be understood (different API version?).
    #[error("unexpected answer from the portal: {0}")]
    Protocol(String),
    /// The local sync queue or a local file could not be read or written.
    #[error("local sync data error: {0}")]
    Local(String),
    /// A document to upload cannot be read from this computer (missing or damaged in the
    /// vault); the detail is the translated reason.
    #[error("a document cannot be read here: {0}")]
    Document(String),
    /// The system credential store refused to keep the token.
    #[error("the sign-in cannot be remembered: {0}")]
    TokenStore(String),
    /// The application is not yet known to the portal (never pushed).
    #[error("the application was never sent to the portal")]
    NotLinked,
    /// The sync queue was damaged and its links to the portal are not rebuilt yet (sign in
    /// and sync): until then, an application not linked is not sent, as it may be there.
    #[error("the links to the portal are being rebuilt")]
    RelinkPending,
}

impl PortalError {
    /// Fluent message id (block `# --- portal ---` of `i18n/<lang>/cittadinanza.ftl`).
    pub fn message_id(&self) -> &'static str {
        match self {
            PortalError::InvalidBaseUrl(_) => "err-portal-invalid-url",
            PortalError::InsecureUrl(_) => "err-portal-insecure-url",
            PortalError::AnswerTooLarge { .. } => "err-portal-answer-too-large",
            PortalError::Unreachable(_) => "err-portal-unreachable",
            PortalError::Timeout => "err-portal-timeout",
            PortalError::Server(_) => "err-portal-server",
            PortalError::Unauthorized => "err-portal-unauthorized",
            PortalError::BadCredentials => "err-portal-bad-credentials",
            PortalError::Forbidden => "err-portal-forbidden",
            PortalError::NotFound => "err-portal-not-found",
            PortalError::AccountExists => "err-portal-account-exists",
            PortalError::Conflict { .. } => "err-portal-conflict",
            PortalError::AlreadySubmitted => "err-portal-already-submitted",
            PortalError::NotEditable => "err-portal-not-editable",
            PortalError::Incomplete(_) => "err-portal-incomplete",
            PortalError::AssociateMismatch(_) => "err-portal-associate-mismatch",
            PortalError::AlreadyAssociated => "err-portal-already-associated",
            PortalError::TooLarge => "err-portal-too-large",
            PortalError::RateLimited => "err-portal-rate-limited",
            PortalError::ChecksumMismatch => "err-portal-checksum",
            PortalError::Rejected { .. } => "err-portal-rejected",
            PortalError::Protocol(_) => "err-portal-protocol",
            PortalError::Local(_) => "err-portal-local",
            PortalError::Document(_) => "err-portal-document",
            PortalError::TokenStore(_) => "err-portal-token-store",
            PortalError::NotLinked => "err-portal-not-linked",
            PortalError::RelinkPending => "err-portal-relink-pending",
        }
    }

    /// Arguments of the Fluent message.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            PortalError::InvalidBaseUrl(url) | PortalError::InsecureUrl(url) => {
                vec![("url", url.clone())]
            }
            PortalError::AnswerTooLarge { limit } => {
                vec![("megabytes", limit.div_ceil(1024 * 1024).to_string())]
            }
            PortalError::Unreachable(detail)
            | PortalError::Protocol(detail)
            | PortalError::Local(detail)
            | PortalError::Document(detail)
            | PortalError::TokenStore(detail)
            | PortalError::Incomplete(detail) => vec![("detail", detail.clone())],
            PortalError::Server(status) => vec![("status", status.to_string())],
            PortalError::Conflict { current } => vec![("version", current.version.to_string())],
            // The field key selects the variant of the Fluent message (`[surname]`, ...);
            // `any` is the one answer of current servers.
            PortalError::AssociateMismatch(field) => {
                vec![("field", field.map_or("any", |f| f.key()).to_string())]
            }
            PortalError::Rejected { code, field } => vec![
                ("code", code.clone()),
                ("field", field.clone().unwrap_or_default()),
            ],
            _ => Vec::new(),
        }
    }

    /// Worth trying again later (the sync queue keeps the change): network and server trouble.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            PortalError::Unreachable(_)
                | PortalError::Timeout
                | PortalError::Server(_)
                | PortalError::RateLimited
        )
    }
}

/// Every message id of [`PortalError`], for the translation completeness test.
pub fn portal_message_ids() -> &'static [&'static str] {
    &[
        "err-portal-invalid-url",
        "err-portal-insecure-url",
        "err-portal-answer-too-large",
        "err-portal-unreachable",
        "err-portal-timeout",
        "err-portal-server",
        "err-portal-unauthorized",
        "err-portal-bad-credentials",
        "err-portal-forbidden",
        "err-portal-not-found",
        "err-portal-account-exists",
        "err-portal-conflict",
        "err-portal-already-submitted",
        "err-portal-not-editable",
        "err-portal-incomplete",
        "err-portal-associate-mismatch",
        "err-portal-already-associated",
        "err-portal-too-large",
        "err-portal-rate-limited",
        "err-portal-checksum",
        "err-portal-rejected",
        "err-portal-protocol",
        "err-portal-local",
        "err-portal-document",
        "err-portal-token-store",
        "err-portal-not-linked",
        "err-portal-relink-pending",
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::portal::api::{CommunicationKind, Status};

    const FTL: [(&str, &str); 2] = [
        ("it", include_str!("../../../i18n/it/cittadinanza.ftl")),
        ("en", include_str!("../../../i18n/en/cittadinanza.ftl")),
    ];

    fn defined(ftl: &str, id: &str) -> bool {
        ftl.lines().any(|line| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
    }

    #[test]
    fn every_portal_message_is_translated() {
        let mut ids: Vec<String> = portal_message_ids().iter().map(|s| s.to_string()).collect();
        ids.extend(
            Status::ALL
                .iter()
                .map(|s| format!("portal-status-{}", s.key())),
        );
        ids.extend(
            CommunicationKind::ALL
                .iter()
                .map(|k| format!("portal-comm-{}", k.key())),
        );
        for (lang, ftl) in FTL {
            for id in &ids {
                assert!(defined(ftl, id), "{id} missing in {lang}");
            }
        }
    }

    #[test]
    fn message_ids_are_listed() {
        let samples = [
            PortalError::Timeout,
            PortalError::NotLinked,
            PortalError::AssociateMismatch(Some(AssociateField::Name)),
            PortalError::AssociateMismatch(None),
            PortalError::Server(503),
        ];
        for error in samples {
            assert!(portal_message_ids().contains(&error.message_id()));
        }
        assert!(PortalError::Timeout.is_transient());
        assert!(!PortalError::NotFound.is_transient());
    }
}
