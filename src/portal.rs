//! The GUI's connection to the portal: the client and the offline sync engine (its queue is a
//! file in the data folder), where the sign-in is remembered, and the store's errors in the
//! user's words for the engine's store adapter (`cittadinanza_core::portal::StoreDrafts`).

use std::path::Path;
use std::sync::Arc;

use cittadinanza_core::portal::{
    Client, ClientConfig, MemoryTokenStore, PortalError, Role, SyncEngine, TokenStore, Uploading,
    token_secret_name,
};
use cittadinanza_core::secrets::{DataKey, SecretStore};
use cittadinanza_core::store::StoreError;
use serde::{Deserialize, Serialize};

use crate::store::UiError;

/// Name of the sync queue in the data folder, sealed with the data key (it names the
/// applications on the portal, their K10 numbers and document hashes). Earlier versions kept
/// it in plaintext as `portal-sync.json`: the engine takes that over once and deletes it.
pub const QUEUE_FILE: &str = "portal-sync.queue";

impl From<PortalError> for UiError {
    fn from(error: PortalError) -> UiError {
        UiError {
            id: error.message_id().to_string(),
            args: error
                .args()
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        }
    }
}

/// The client and the engine for one portal address. Cheap to clone.
#[derive(Clone)]
pub struct Connection {
    pub url: String,
    pub client: Client,
    pub engine: Arc<tokio::sync::Mutex<SyncEngine>>,
    /// The engine's upload under way, readable while a sync holds the engine's lock.
    pub progress: tokio::sync::watch::Receiver<Option<Uploading>>,
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection")
            .field("url", &self.url)
            .finish()
    }
}

impl Connection {
    /// Builds the client and opens the queue sealed with `key`, the store's data key (a small
    /// file read: call it off the UI thread).
    pub fn open(
        config: ClientConfig,
        data_dir: &Path,
        key: DataKey,
    ) -> Result<Connection, PortalError> {
        let url = config.base_url.clone();
        let client = Client::new(config)?;
        let engine = SyncEngine::open(client.clone(), data_dir.join(QUEUE_FILE), key)?;
        let progress = engine.progress();
        Ok(Connection {
            url,
            client,
            engine: Arc::new(tokio::sync::Mutex::new(engine)),
            progress,
        })
    }
}

/// Who is signed in (remembered next to the token, in the same credential store).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub email: String,
    pub role: Role,
}

/// Where the sign-in is kept between runs.
#[derive(Debug, Clone)]
pub enum Tokens {
    /// The OS keyring; `service` overrides the default service name (tests).
    Keyring { service: Option<String> },
    /// Only while the application runs (demo, tests, embedding).
    Memory(Arc<MemoryTokenStore>),
}

impl Default for Tokens {
    fn default() -> Tokens {
        Tokens::Memory(Arc::default())
    }
}

impl Tokens {
    /// Runs `job` with the token store. Blocking with the keyring: call it through
    /// [`off_runtime`].
    fn with<T>(
        &self,
        job: impl FnOnce(&dyn TokenStore) -> Result<T, PortalError>,
    ) -> Result<T, PortalError> {
        match self {
            Tokens::Keyring { service } => {
                let store = match service {
                    Some(service) => SecretStore::with_service(service),
                    None => SecretStore::new(),
                }
                .map_err(|e| PortalError::TokenStore(e.to_string()))?;
                job(&store)
            }
            Tokens::Memory(store) => job(store.as_ref()),
        }
    }

    /// Restores the token and the account remembered for this portal.
    pub fn restore(&self, client: &Client) -> Result<Option<Account>, PortalError> {
        self.with(|store| {
            if !client.restore_token(store)? {
                return Ok(None);
            }
            let account = store
                .load(&account_secret_name(client.base_url()))?
                .and_then(|json| serde_json::from_str(&json).ok());
            if account.is_none() {
                // A token without its account cannot be shown: sign in again.
                client.set_token(None);
            }
            Ok(account)
        })
    }

    /// Remembers the current token (or forgets it when signed out) and the account.
    pub fn remember(&self, client: &Client, account: Option<&Account>) -> Result<(), PortalError> {
        self.with(|store| {
            let name = account_secret_name(client.base_url());
            match account {
                Some(account) => {
                    let json = serde_json::to_string(account)
                        .map_err(|e| PortalError::Local(e.to_string()))?;
                    store.save(&name, &json)?;
                    client.remember_token(store)
                }
                None => {
                    store.clear(&name)?;
                    client.forget_token(store)
                }
            }
        })
    }
}

fn account_secret_name(base_url: &str) -> String {
    format!("{}#account", token_secret_name(base_url))
}

/// Runs a blocking job on a plain thread, outside any tokio runtime context: the keyring's
/// D-Bus client runs its own executor and must not be nested in tokio's.
pub async fn off_runtime<T: Send + 'static>(
    job: impl FnOnce() -> Result<T, PortalError> + Send + 'static,
) -> Result<T, PortalError> {
    let (sender, receiver) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || {
        let _ = sender.send(job());
    });
    receiver
        .await
        .unwrap_or_else(|_| Err(PortalError::Local("background job failed".into())))
}

/// A store error in the user's words; a document damaged in the vault is named.
pub fn upload_error(error: StoreError) -> UiError {
    match error {
        StoreError::DocumentDamaged { name } => {
            let mut error = UiError::new("portal-upload-damaged");
            error.args.push(("name".to_string(), name));
            error
        }
        error => UiError::from(error),
    }
}
