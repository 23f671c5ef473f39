//! The GUI's access to the (blocking) store: calls run on tokio's blocking pool so that
//! `update` and `view` never wait for the disk or the crypto.

use std::sync::{Arc, Mutex};

use cittadinanza_core::store::{Store, StoreError};

use crate::i18n::t_args;

/// The open data folder, shared by the screens.
pub type SharedStore = Arc<Mutex<Store>>;

/// An error to show to the user: a Fluent id and its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct UiError {
    pub id: String,
    pub args: Vec<(String, String)>,
}

impl UiError {
    pub fn new(id: &str) -> UiError {
        UiError {
            id: id.to_string(),
            args: Vec::new(),
        }
    }

    /// The message in the current language.
    pub fn text(&self) -> String {
        t_args(&self.id, &self.args)
    }
}

impl From<StoreError> for UiError {
    fn from(error: StoreError) -> UiError {
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

/// Runs `job` with the store on the blocking pool.
pub async fn with_store<T, F>(store: SharedStore, job: F) -> Result<T, UiError>
where
    T: Send + 'static,
    F: FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
{
    let result = tokio::task::spawn_blocking(move || {
        let mut guard = match store.lock() {
            Ok(guard) => guard,
            // A panic in another job cannot leave the store half-written (SQLite transactions),
            // so its data is still usable.
            Err(poisoned) => poisoned.into_inner(),
        };
        job(&mut guard)
    })
    .await;
    match result {
        Ok(result) => result.map_err(UiError::from),
        Err(_) => Err(UiError::new("error-internal")),
    }
}
