//! [`StoreDrafts`]: the sync engine's access to the encrypted local store (drafts, documents
//! of the vault, the list of applicants), and the local side of a sync run
//! ([`LocalDrafts`]): drafts merged with the portal's changes are saved back with their
//! section count, without undoing a save made while the run talked to the portal.

use std::io::Read;

use chrono::NaiveDate;

use super::error::PortalError;
use super::sync::{DraftSource, LocalApplication};
use crate::drafts::SharedStore;
use crate::model::Application;
use crate::store::{ApplicantId, Store, StoreError};

/// The local side of a sync run ([`super::run::run`]): the drafts and documents it pushes, the
/// applicants it links again after a damaged queue, and where it saves merged drafts.
/// [`StoreDrafts`] is the app's.
pub trait LocalDrafts: DraftSource {
    /// What [`super::SyncEngine::relink`] needs of every local applicant (archived too).
    fn local_applications(&self) -> Result<Vec<LocalApplication>, PortalError>;

    /// Saves `merged`, the merge of `read` (the draft as the run read it to push) with the
    /// portal's changes, as the applicant's current draft. A save made here since `read`
    /// (while the run talked to the portal) is not undone: the parts it changed stay as
    /// saved (see [`crate::drafts::save_rebased`]). Returns the draft as saved.
    fn save_merged(
        &self,
        id: ApplicantId,
        read: &Application,
        merged: &Application,
        today: NaiveDate,
    ) -> Result<Application, StoreError>;
}

/// Lets the engine read the current drafts and documents from the encrypted store.
#[derive(Clone)]
pub struct StoreDrafts {
    store: SharedStore,
    /// A store error in the user's words (the GUI translates; see [`StoreDrafts::new`]).
    describe: fn(StoreError) -> String,
}

impl std::fmt::Debug for StoreDrafts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreDrafts").finish_non_exhaustive()
    }
}

impl StoreDrafts {
    /// `describe` words a store error for [`PortalError::Local`] and, when a document of the
    /// vault cannot be read, [`PortalError::Document`] (e.g. which document is damaged).
    pub fn new(store: SharedStore, describe: fn(StoreError) -> String) -> StoreDrafts {
        StoreDrafts { store, describe }
    }

    /// Errors in the store's own (English) words.
    pub fn untranslated(store: SharedStore) -> StoreDrafts {
        StoreDrafts::new(store, |error| error.to_string())
    }

    pub fn store(&self) -> &SharedStore {
        &self.store
    }

    /// Runs `job` with the store (blocking: the store is a SQLite file and a vault folder).
    fn with<T>(
        &self,
        job: impl FnOnce(&mut Store) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut guard = match self.store.lock() {
            Ok(guard) => guard,
            // A panic elsewhere cannot leave the store half-written (SQLite transactions).
            Err(poisoned) => poisoned.into_inner(),
        };
        job(&mut guard)
    }

    fn local(&self, error: StoreError) -> PortalError {
        PortalError::Local((self.describe)(error))
    }
}

impl LocalDrafts for StoreDrafts {
    fn local_applications(&self) -> Result<Vec<LocalApplication>, PortalError> {
        self.with(|store| {
            Ok(store
                .list(true)
                .into_iter()
                .map(|summary| LocalApplication {
                    local_id: summary.id.to_string(),
                    k10_number: summary.k10_number,
                    display_name: summary.display_name,
                })
                .collect())
        })
        .map_err(|error| self.local(error))
    }

    fn save_merged(
        &self,
        id: ApplicantId,
        read: &Application,
        merged: &Application,
        today: NaiveDate,
    ) -> Result<Application, StoreError> {
        self.with(|store| crate::drafts::save_rebased(store, id, read, merged, today))
    }
}

impl DraftSource for StoreDrafts {
    fn load_draft(&self, local_id: &str) -> Result<Application, PortalError> {
        let id: ApplicantId = local_id
            .parse()
            .map_err(|_| PortalError::Local(format!("unknown applicant {local_id}")))?;
        self.with(|store| store.load(id))
            .map_err(|error| self.local(error))
    }

    fn load_document(&self, vault_id: &str) -> Result<Vec<u8>, PortalError> {
        self.with(|store| store.read_document(vault_id))
            .map_err(|error| PortalError::Document((self.describe)(error)))
    }

    /// The store is locked only to open the document; it is read and decrypted chunk by
    /// chunk while uploading.
    fn open_document(&self, vault_id: &str) -> Result<Box<dyn Read + Send>, PortalError> {
        let guard = match self.store.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        let reader = guard
            .open_document(vault_id)
            .map_err(|error| PortalError::Document((self.describe)(error)))?;
        Ok(Box::new(Described {
            reader,
            describe: self.describe,
        }))
    }
}

/// A vault reader whose errors carry the reason in the user's words for the sync screen.
struct Described<R> {
    reader: R,
    describe: fn(StoreError) -> String,
}

impl<R: Read> Read for Described<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        self.reader.read(out).map_err(|error| {
            let kind = error.kind();
            let text = match error
                .into_inner()
                .map(|inner| inner.downcast::<StoreError>())
            {
                Some(Ok(store_error)) => (self.describe)(*store_error),
                Some(Err(other)) => other.to_string(),
                None => kind.to_string(),
            };
            std::io::Error::new(kind, PortalError::Document(text))
        })
    }
}
