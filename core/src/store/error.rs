use std::io;
use std::path::{Path, PathBuf};

use crate::secrets::SecretsError;

/// Everything that can go wrong in the store, each with a Fluent message id for the UI.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another window or program has this data folder open.
    #[error("the data folder is in use by another instance of the application")]
    InUse,
    /// The data folder was written by a newer version of the application.
    #[error("the data was written by a newer version (format {found})")]
    NewerFormat { found: u32 },
    /// The data key does not open this store.
    #[error("the data key does not match this data folder")]
    WrongKey,
    /// The passphrase does not open this store.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// This store is protected by a passphrase (not by the credential store).
    #[error("this data folder is protected by a passphrase")]
    PassphraseRequired,
    /// The store's key should be in the credential store but is not there (another computer,
    /// or the keyring was reset).
    #[error("the key of this data folder is not in this computer's credential store")]
    KeyMissing,
    #[error(transparent)]
    Secrets(#[from] SecretsError),
    #[error("no such applicant")]
    ApplicantNotFound,
    #[error("no saved version {version}")]
    VersionNotFound { version: u32 },
    #[error("no such document")]
    DocumentNotFound,
    /// The encrypted file of a document is missing from the vault folder.
    #[error("the file of document {name:?} is missing from the vault")]
    DocumentMissing { name: String },
    /// A document does not match the SHA-256 recorded when it was imported.
    #[error("document {name:?} is damaged (checksum mismatch)")]
    DocumentDamaged { name: String },
    /// Stored data does not decrypt or parse although the key is right.
    #[error("stored data is damaged: {what}")]
    Corrupt { what: String },
    #[error("{path}: file not found")]
    FileNotFound { path: PathBuf },
    #[error("{path}: not a regular file")]
    NotAFile { path: PathBuf },
    #[error("{path}: permission denied")]
    PermissionDenied { path: PathBuf },
    #[error("the disk is full")]
    DiskFull,
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("database error: {0}")]
    Database(rusqlite::Error),
    /// The bundle's passphrase is wrong.
    #[error("wrong passphrase for this bundle")]
    BundleWrongPassphrase,
    /// The bundle file is incomplete (cut during a copy or download).
    #[error("the bundle file is incomplete")]
    BundleTruncated,
    /// The bundle file was modified after it was written.
    #[error("the bundle file was modified or is damaged")]
    BundleTampered,
    /// The file is not a bundle of this application.
    #[error("not a cittadinanza bundle")]
    NotABundle,
    /// The bundle was written by a newer version of the application.
    #[error("unsupported bundle format version {found}")]
    BundleUnsupportedVersion { found: u16 },
}

impl StoreError {
    /// Fluent message id for the UI (`store-...`, or `secrets-...` for credential errors).
    pub fn message_id(&self) -> &'static str {
        match self {
            StoreError::InUse => "store-in-use",
            StoreError::NewerFormat { .. } => "store-newer-format",
            StoreError::WrongKey => "store-wrong-key",
            StoreError::WrongPassphrase => "store-wrong-passphrase",
            StoreError::PassphraseRequired => "store-passphrase-required",
            StoreError::KeyMissing => "store-key-missing",
            StoreError::Secrets(e) => e.message_id(),
            StoreError::ApplicantNotFound => "store-applicant-not-found",
            StoreError::VersionNotFound { .. } => "store-version-not-found",
            StoreError::DocumentNotFound => "store-document-not-found",
            StoreError::DocumentMissing { .. } => "store-document-missing",
            StoreError::DocumentDamaged { .. } => "store-document-damaged",
            StoreError::Corrupt { .. } => "store-corrupt",
            StoreError::FileNotFound { .. } => "store-file-not-found",
            StoreError::NotAFile { .. } => "store-not-a-file",
            StoreError::PermissionDenied { .. } => "store-permission-denied",
            StoreError::DiskFull => "store-disk-full",
            StoreError::Io { .. } => "store-io-failed",
            StoreError::Database(_) => "store-database-failed",
            StoreError::BundleWrongPassphrase => "store-bundle-wrong-passphrase",
            StoreError::BundleTruncated => "store-bundle-truncated",
            StoreError::BundleTampered => "store-bundle-tampered",
            StoreError::NotABundle => "store-not-a-bundle",
            StoreError::BundleUnsupportedVersion { .. } => "store-bundle-unsupported-version",
        }
    }

    /// Arguments of the Fluent message.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        let path = |p: &Path| vec![("path", p.display().to_string())];
        match self {
            StoreError::NewerFormat { found } => vec![("found", found.to_string())],
            StoreError::Secrets(e) => e.args(),
            StoreError::VersionNotFound { version } => vec![("version", version.to_string())],
            StoreError::DocumentMissing { name } | StoreError::DocumentDamaged { name } => {
                vec![("name", name.clone())]
            }
            StoreError::Corrupt { what } => vec![("detail", what.clone())],
            StoreError::FileNotFound { path: p }
            | StoreError::NotAFile { path: p }
            | StoreError::PermissionDenied { path: p } => path(p),
            StoreError::Io { path: p, source } => {
                let mut args = path(p);
                args.push(("detail", source.to_string()));
                args
            }
            StoreError::Database(e) => vec![("detail", e.to_string())],
            StoreError::BundleUnsupportedVersion { found } => vec![("found", found.to_string())],
            _ => Vec::new(),
        }
    }

    /// Classifies an I/O error on `path`.
    pub(crate) fn io(path: &Path, err: io::Error) -> StoreError {
        match err.kind() {
            io::ErrorKind::NotFound => StoreError::FileNotFound {
                path: path.to_path_buf(),
            },
            io::ErrorKind::PermissionDenied => StoreError::PermissionDenied {
                path: path.to_path_buf(),
            },
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => StoreError::DiskFull,
            io::ErrorKind::IsADirectory => StoreError::NotAFile {
                path: path.to_path_buf(),
            },
            _ => StoreError::Io {
                path: path.to_path_buf(),
                source: err,
            },
        }
    }

    pub(crate) fn corrupt(what: impl Into<String>) -> StoreError {
        StoreError::Corrupt { what: what.into() }
    }
}

/// Every Fluent id [`StoreError::message_id`] (and [`SecretsError::message_id`]) can return,
/// plus `store-history-note` (the UI's note on how many versions are kept).
pub fn message_ids() -> &'static [&'static str] {
    &[
        "secrets-unavailable",
        "secrets-failed",
        "secrets-malformed",
        "secrets-passphrase-too-short",
        "secrets-key-derivation-failed",
        "store-in-use",
        "store-newer-format",
        "store-wrong-key",
        "store-wrong-passphrase",
        "store-passphrase-required",
        "store-key-missing",
        "store-applicant-not-found",
        "store-version-not-found",
        "store-document-not-found",
        "store-document-missing",
        "store-document-damaged",
        "store-corrupt",
        "store-file-not-found",
        "store-not-a-file",
        "store-permission-denied",
        "store-disk-full",
        "store-io-failed",
        "store-database-failed",
        "store-bundle-wrong-passphrase",
        "store-bundle-truncated",
        "store-bundle-tampered",
        "store-not-a-bundle",
        "store-bundle-unsupported-version",
        "store-history-note",
    ]
}

impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match err.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::InUse,
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
                StoreError::corrupt(err.to_string())
            }
            _ => StoreError::Database(err),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_has_a_listed_message_id() {
        let p = || PathBuf::from("/x");
        let errors = vec![
            StoreError::InUse,
            StoreError::NewerFormat { found: 2 },
            StoreError::WrongKey,
            StoreError::WrongPassphrase,
            StoreError::PassphraseRequired,
            StoreError::KeyMissing,
            StoreError::Secrets(SecretsError::Unavailable("x".into())),
            StoreError::Secrets(SecretsError::Failed("x".into())),
            StoreError::Secrets(SecretsError::Malformed("x".into())),
            StoreError::Secrets(SecretsError::PassphraseTooShort),
            StoreError::Secrets(SecretsError::KeyDerivation("x".into())),
            StoreError::ApplicantNotFound,
            StoreError::VersionNotFound { version: 1 },
            StoreError::DocumentNotFound,
            StoreError::DocumentMissing { name: "a".into() },
            StoreError::DocumentDamaged { name: "a".into() },
            StoreError::corrupt("x"),
            StoreError::FileNotFound { path: p() },
            StoreError::NotAFile { path: p() },
            StoreError::PermissionDenied { path: p() },
            StoreError::DiskFull,
            StoreError::io(&p(), io::Error::other("x")),
            StoreError::Database(rusqlite::Error::InvalidQuery),
            StoreError::BundleWrongPassphrase,
            StoreError::BundleTruncated,
            StoreError::BundleTampered,
            StoreError::NotABundle,
            StoreError::BundleUnsupportedVersion { found: 9 },
        ];
        for err in &errors {
            assert!(message_ids().contains(&err.message_id()), "{err:?}");
        }
        // Every listed id but the UI note is reachable.
        assert_eq!(errors.len(), message_ids().len() - 1);
    }

    #[test]
    fn io_errors_are_classified() {
        let p = Path::new("/x");
        assert!(matches!(
            StoreError::io(p, io::Error::from(io::ErrorKind::NotFound)),
            StoreError::FileNotFound { .. }
        ));
        assert!(matches!(
            StoreError::io(p, io::Error::from(io::ErrorKind::StorageFull)),
            StoreError::DiskFull
        ));
        assert_eq!(
            StoreError::io(p, io::Error::from(io::ErrorKind::PermissionDenied)).args(),
            vec![("path", "/x".to_string())]
        );
    }
}
