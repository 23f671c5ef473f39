//! The GUI's connection to the portal: the client and the offline sync engine (its queue is a
//! file in the data folder), where the sign-in is remembered, and the bridge that lets the
//! engine read drafts and documents from the encrypted store.

use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use cittadinanza_core::model::Application;
use cittadinanza_core::portal::{
    Client, ClientConfig, DraftSource, MemoryTokenStore, PortalError, Role, SyncEngine, TokenStore,
    Uploading, token_secret_name,
};
use cittadinanza_core::secrets::{DataKey, SecretStore};
use cittadinanza_core::store::{ApplicantId, StoreError};
use serde::{Deserialize, Serialize};

use crate::store::{SharedStore, UiError};

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
pub struct Portal {
    pub url: String,
    pub client: Client,
    pub engine: Arc<tokio::sync::Mutex<SyncEngine>>,
    /// The engine's upload under way, readable while a sync holds the engine's lock.
    pub progress: tokio::sync::watch::Receiver<Option<Uploading>>,
}

impl std::fmt::Debug for Portal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Portal").field("url", &self.url).finish()
    }
}

impl Portal {
    /// Builds the client and opens the queue sealed with `key`, the store's data key (a small
    /// file read: call it off the UI thread).
    pub fn open(
        config: ClientConfig,
        data_dir: &Path,
        key: DataKey,
    ) -> Result<Portal, PortalError> {
        let url = config.base_url.clone();
        let client = Client::new(config)?;
        let engine = SyncEngine::open(client.clone(), data_dir.join(QUEUE_FILE), key)?;
        let progress = engine.progress();
        Ok(Portal {
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

/// Lets the engine read the current drafts and documents from the encrypted store.
pub struct StoreDrafts(pub SharedStore);

impl StoreDrafts {
    fn with<T>(
        &self,
        job: impl FnOnce(&mut cittadinanza_core::store::Store) -> Result<T, UiError>,
    ) -> Result<T, PortalError> {
        let mut guard = match self.0.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        job(&mut guard).map_err(|e| PortalError::Local(e.text()))
    }
}

impl DraftSource for StoreDrafts {
    fn load_draft(&self, local_id: &str) -> Result<Application, PortalError> {
        let id: ApplicantId = local_id
            .parse()
            .map_err(|_| PortalError::Local(format!("unknown applicant {local_id}")))?;
        self.with(|store| store.load(id).map_err(UiError::from))
    }

    fn load_document(&self, vault_id: &str) -> Result<Vec<u8>, PortalError> {
        self.with(|store| store.read_document(vault_id).map_err(upload_error))
    }

    /// The store is locked only to open the document; it is read and decrypted chunk by
    /// chunk while uploading.
    fn open_document(&self, vault_id: &str) -> Result<Box<dyn Read + Send>, PortalError> {
        let guard = match self.0.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        let reader = guard
            .open_document(vault_id)
            .map_err(|e| PortalError::Document(upload_error(e).text()))?;
        Ok(Box::new(Translated(reader)))
    }
}

/// Why a document of the vault cannot be uploaded, in the user's words.
fn upload_error(error: StoreError) -> UiError {
    match error {
        StoreError::DocumentDamaged { name } => {
            let mut error = UiError::new("portal-upload-damaged");
            error.args.push(("name".to_string(), name));
            error
        }
        error => UiError::from(error),
    }
}

/// A vault reader whose errors carry the translated reason for the sync screen.
struct Translated<R>(R);

impl<R: Read> Read for Translated<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        self.0.read(out).map_err(|error| {
            let kind = error.kind();
            let text = match error
                .into_inner()
                .map(|inner| inner.downcast::<StoreError>())
            {
                Some(Ok(store_error)) => upload_error(*store_error).text(),
                Some(Err(other)) => other.to_string(),
                None => kind.to_string(),
            };
            std::io::Error::new(kind, PortalError::Document(text))
        })
    }
}
