//! Secrets: the data key that encrypts the local store, and other named secrets (the portal
//! API token), kept in the operating system's credential store through `keyring-core`:
//! Secret Service (GNOME Keyring, KWallet) over D-Bus on Linux, the Credential Manager on
//! Windows, the Keychain on macOS.
//!
//! When no credential store is reachable, [`SecretsError::Unavailable`] is returned and the
//! application asks for a passphrase instead ([`DataKey::from_passphrase`]); nothing is ever
//! written in plaintext and there is no silent fallback.

use std::fmt;
use std::sync::Arc;

use keyring_core::{CredentialStore, Entry};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

/// Service name under which every secret of the application is filed.
pub const SERVICE: &str = "cittadinanza";

/// Argon2id cost for passphrase-derived keys: 64 MiB, 3 passes, 1 lane (OWASP-compliant and
/// about a quarter of a second on a modest laptop).
pub const ARGON2_MEMORY_KIB: u32 = 64 * 1024;
pub const ARGON2_ITERATIONS: u32 = 3;
pub const ARGON2_LANES: u32 = 1;
/// Shortest passphrase accepted when one is chosen.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

#[derive(Debug, thiserror::Error)]
pub enum SecretsError {
    /// No credential store can be reached (no D-Bus session, no Secret Service, locked
    /// keyring that cannot be unlocked, ...). The UI offers a passphrase instead.
    #[error("the system credential store is unavailable: {0}")]
    Unavailable(String),
    /// The credential store answered but refused or failed the operation.
    #[error("the system credential store failed: {0}")]
    Failed(String),
    /// A secret read back is not what was stored (e.g. a data key of the wrong length).
    #[error("the secret {0:?} in the credential store is malformed")]
    Malformed(String),
    #[error("the passphrase is too short")]
    PassphraseTooShort,
    #[error("key derivation failed: {0}")]
    KeyDerivation(String),
}

impl SecretsError {
    /// Fluent message id for the UI.
    pub fn message_id(&self) -> &'static str {
        match self {
            SecretsError::Unavailable(_) => "secrets-unavailable",
            SecretsError::Failed(_) => "secrets-failed",
            SecretsError::Malformed(_) => "secrets-malformed",
            SecretsError::PassphraseTooShort => "secrets-passphrase-too-short",
            SecretsError::KeyDerivation(_) => "secrets-key-derivation-failed",
        }
    }

    /// Arguments of the Fluent message.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            SecretsError::Unavailable(detail) | SecretsError::Failed(detail) => {
                vec![("detail", detail.clone())]
            }
            SecretsError::Malformed(name) => vec![("name", name.clone())],
            SecretsError::PassphraseTooShort => {
                vec![("min", MIN_PASSPHRASE_CHARS.to_string())]
            }
            SecretsError::KeyDerivation(detail) => vec![("detail", detail.clone())],
        }
    }
}

fn map_keyring_error(err: keyring_core::Error) -> SecretsError {
    use keyring_core::Error as E;
    match err {
        E::NoStorageAccess(e) => SecretsError::Unavailable(e.to_string()),
        E::NoDefaultStore => SecretsError::Unavailable("no credential store".into()),
        E::PlatformFailure(e) => {
            let text = e.to_string();
            // zbus reports a missing bus or a missing Secret Service as platform failures.
            let lower = text.to_lowercase();
            if lower.contains("dbus")
                || lower.contains("d-bus")
                || lower.contains("no such file")
                || lower.contains("connection")
                || lower.contains("serviceunknown")
                || lower.contains("not provided by any")
                || lower.contains("locked")
            {
                SecretsError::Unavailable(text)
            } else {
                SecretsError::Failed(text)
            }
        }
        other => SecretsError::Failed(other.to_string()),
    }
}

/// Named secrets in the OS credential store, all under the service [`SERVICE`].
#[derive(Clone)]
pub struct SecretStore {
    store: Arc<CredentialStore>,
    service: String,
}

impl fmt::Debug for SecretStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SecretStore")
            .field("vendor", &self.store.vendor())
            .field("service", &self.service)
            .finish()
    }
}

impl SecretStore {
    /// Connects to the platform's credential store.
    pub fn new() -> Result<SecretStore, SecretsError> {
        Self::with_service(SERVICE)
    }

    /// Like [`SecretStore::new`] with another service name (tests use a throw-away one).
    pub fn with_service(service: &str) -> Result<SecretStore, SecretsError> {
        let store = platform_store()?;
        let secrets = SecretStore {
            store,
            service: service.to_string(),
        };
        // Connecting may succeed although no usable collection exists; probe it now so that
        // the caller learns at start-up, not at the first save.
        match secrets.entry("availability-probe")?.get_secret() {
            Ok(_) | Err(keyring_core::Error::NoEntry) => Ok(secrets),
            Err(err) => Err(map_keyring_error(err)),
        }
    }

    fn entry(&self, name: &str) -> Result<Entry, SecretsError> {
        self.store
            .build(&self.service, name, None)
            .map_err(map_keyring_error)
    }

    /// The secret stored under `name`, if any.
    pub fn get(&self, name: &str) -> Result<Option<Zeroizing<Vec<u8>>>, SecretsError> {
        match self.entry(name)?.get_secret() {
            Ok(secret) => Ok(Some(Zeroizing::new(secret))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(err) => Err(map_keyring_error(err)),
        }
    }

    /// The secret under `name` as text (API tokens).
    pub fn get_text(&self, name: &str) -> Result<Option<Zeroizing<String>>, SecretsError> {
        match self.get(name)? {
            None => Ok(None),
            Some(bytes) => String::from_utf8(bytes.to_vec())
                .map(|s| Some(Zeroizing::new(s)))
                .map_err(|_| SecretsError::Malformed(name.to_string())),
        }
    }

    /// Stores (or replaces) the secret under `name`.
    pub fn set(&self, name: &str, secret: &[u8]) -> Result<(), SecretsError> {
        self.entry(name)?
            .set_secret(secret)
            .map_err(map_keyring_error)
    }

    pub fn set_text(&self, name: &str, secret: &str) -> Result<(), SecretsError> {
        self.set(name, secret.as_bytes())
    }

    /// Deletes the secret under `name`; deleting a missing secret is not an error.
    pub fn delete(&self, name: &str) -> Result<(), SecretsError> {
        match self.entry(name)?.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(err) => Err(map_keyring_error(err)),
        }
    }

    /// Name of the data key of one installation (one data folder).
    pub fn data_key_name(installation_id: &str) -> String {
        format!("data-key/{installation_id}")
    }

    /// The data key of an installation, if the credential store has it.
    pub fn data_key(&self, installation_id: &str) -> Result<Option<DataKey>, SecretsError> {
        let name = Self::data_key_name(installation_id);
        match self.get(&name)? {
            None => Ok(None),
            Some(bytes) => {
                let array: [u8; 32] = bytes
                    .as_slice()
                    .try_into()
                    .map_err(|_| SecretsError::Malformed(name.clone()))?;
                Ok(Some(DataKey::from_bytes(array)))
            }
        }
    }

    /// Stores the data key of an installation and reads it back, so that a store that
    /// silently drops secrets is detected before anything is encrypted with the key.
    pub fn store_data_key(&self, installation_id: &str, key: &DataKey) -> Result<(), SecretsError> {
        let name = Self::data_key_name(installation_id);
        self.set(&name, key.as_bytes())?;
        match self.data_key(installation_id)? {
            Some(read) if read.as_bytes() == key.as_bytes() => Ok(()),
            _ => Err(SecretsError::Failed(format!("{name} did not read back"))),
        }
    }
}

#[cfg(target_os = "linux")]
fn platform_store() -> Result<Arc<CredentialStore>, SecretsError> {
    let store = zbus_secret_service_keyring_store::Store::new().map_err(map_keyring_error)?;
    Ok(store)
}

#[cfg(target_os = "windows")]
fn platform_store() -> Result<Arc<CredentialStore>, SecretsError> {
    let store = windows_native_keyring_store::Store::new().map_err(map_keyring_error)?;
    Ok(store)
}

#[cfg(target_os = "macos")]
fn platform_store() -> Result<Arc<CredentialStore>, SecretsError> {
    let store = apple_native_keyring_store::keychain::Store::new().map_err(map_keyring_error)?;
    Ok(store)
}

#[cfg(not(any(target_os = "linux", target_os = "windows", target_os = "macos")))]
fn platform_store() -> Result<Arc<CredentialStore>, SecretsError> {
    Err(SecretsError::Unavailable(
        "no credential store on this platform".into(),
    ))
}

/// The 256-bit key that encrypts the store. Wiped from memory when dropped; never printed.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct DataKey([u8; 32]);

impl fmt::Debug for DataKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DataKey(..)")
    }
}

impl DataKey {
    /// A fresh random key from the operating system's CSPRNG.
    pub fn generate() -> DataKey {
        use rand::RngCore;
        // Filled in place so that no copy of the key is left on the stack.
        let mut key = DataKey([0; 32]);
        rand::rngs::OsRng.fill_bytes(&mut key.0);
        key
    }

    pub fn from_bytes(bytes: [u8; 32]) -> DataKey {
        DataKey(bytes)
    }

    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// Derives a key from a passphrase with Argon2id and the installation's random salt
    /// (see `store::StoreHeader::passphrase_salt`). A wrong passphrase gives a different key,
    /// which the store detects with its key check value.
    pub fn from_passphrase(passphrase: &str, salt: &[u8]) -> Result<DataKey, SecretsError> {
        derive_key(
            passphrase,
            salt,
            ARGON2_MEMORY_KIB,
            ARGON2_ITERATIONS,
            ARGON2_LANES,
        )
        .map(DataKey)
    }

    /// Checks a passphrase being *chosen* (not one being typed to unlock).
    pub fn check_new_passphrase(passphrase: &str) -> Result<(), SecretsError> {
        if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(SecretsError::PassphraseTooShort);
        }
        Ok(())
    }
}

/// Argon2id key derivation with explicit costs (bundles record theirs in their header).
pub fn derive_key(
    passphrase: &str,
    salt: &[u8],
    memory_kib: u32,
    iterations: u32,
    lanes: u32,
) -> Result<[u8; 32], SecretsError> {
    use argon2::{Algorithm, Argon2, Params, Version};
    let params = Params::new(memory_kib, iterations, lanes, Some(32))
        .map_err(|e| SecretsError::KeyDerivation(e.to_string()))?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    let mut out = [0u8; 32];
    argon
        .hash_password_into(passphrase.as_bytes(), salt, &mut out)
        .map_err(|e| SecretsError::KeyDerivation(e.to_string()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passphrase_keys_depend_on_passphrase_and_salt() {
        let salt = [3u8; 16];
        let a = DataKey::from_passphrase("correct horse battery", &salt).expect("derive");
        let b = DataKey::from_passphrase("correct horse battery", &salt).expect("derive");
        let c = DataKey::from_passphrase("correct horse batterY", &salt).expect("derive");
        let d = DataKey::from_passphrase("correct horse battery", &[4u8; 16]).expect("derive");
        assert_eq!(a.as_bytes(), b.as_bytes());
        assert_ne!(a.as_bytes(), c.as_bytes());
        assert_ne!(a.as_bytes(), d.as_bytes());
    }

    #[test]
    fn short_salt_is_an_error_not_a_panic() {
        let err = DataKey::from_passphrase("whatever-long", b"abc").expect_err("salt too short");
        assert_eq!(err.message_id(), "secrets-key-derivation-failed");
    }

    #[test]
    fn new_passphrases_have_a_minimum_length() {
        assert!(matches!(
            DataKey::check_new_passphrase("short"),
            Err(SecretsError::PassphraseTooShort)
        ));
        assert!(DataKey::check_new_passphrase("àèìòù-lunga").is_ok());
    }

    #[test]
    fn keys_never_print() {
        let key = DataKey::from_bytes([0xAB; 32]);
        assert_eq!(format!("{key:?}"), "DataKey(..)");
        assert_ne!(
            DataKey::generate().as_bytes(),
            DataKey::generate().as_bytes()
        );
    }
}
