//! Demo mode (`--demo`): a temporary data folder with sample applicants, for screenshots and
//! for trying the application without typing personal data. Deleted when the app ends.

use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use cittadinanza_core::model::{Application, SectionId};
use cittadinanza_core::samples;
use cittadinanza_core::secrets::DataKey;
use cittadinanza_core::store::Store;

use crate::app::Opened;
use crate::store::UiError;
use crate::validation::check_application;

fn completed(application: &Application, today: NaiveDate) -> u8 {
    let done = check_application(application, today)
        .iter()
        .filter(|s| s.is_complete())
        .count();
    u8::try_from(done).unwrap_or(SectionId::ALL.len() as u8)
}

/// Opens a fresh temporary store (random key, never written to the keyring) with a few
/// applicants at different stages.
pub fn open(today: NaiveDate) -> Result<Opened, UiError> {
    let dir = tempfile::Builder::new()
        .prefix("cittadinanza-demo-")
        .tempdir()
        .map_err(|e| UiError {
            id: "store-io-failed".into(),
            args: vec![("detail".into(), e.to_string())],
        })?;
    let mut store = Store::open(dir.path(), DataKey::generate())?;

    let complete = samples::complete_art9(today);
    let complete_id = store.create(&complete)?;
    store.save(complete_id, &complete, completed(&complete, today))?;

    let marriage = samples::complete_art5_italy(today);
    let mut partial = marriage.clone();
    partial.payments = Default::default();
    partial.consent = Default::default();
    partial.documents = Default::default();
    let id = store.create(&partial)?;
    store.save(id, &partial, completed(&partial, today))?;

    let mut started = Application::new();
    started.personal.surname = "Haddad".into();
    started.personal.name = "Amina".into();
    let id = store.create(&started)?;
    store.save(id, &started, completed(&started, today))?;

    Ok(Opened {
        store: Arc::new(Mutex::new(store)),
        open: Some((complete_id, SectionId::Personal)),
        demo_dir: Some(Arc::new(dir)),
    })
}
