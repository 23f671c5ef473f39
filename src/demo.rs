//! Demo mode (`--demo`): a temporary data folder with sample applicants, for screenshots and
//! for trying the application without typing personal data. Deleted when the app ends.
//!
//! The sample attachments are real files: one-page specimen PDFs made by `core::pdf`, imported
//! through the store exactly as a user's scans, so *Open*, *Export* and the portal upload work
//! on them. The folder holds a marker file locked for as long as the app runs; a folder whose
//! marker nobody holds any more was left by a killed app and is removed at the next start.

use std::fs::{self, File};
use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use cittadinanza_core::model::{Application, SectionId};
use cittadinanza_core::pdf::render_specimen;
use cittadinanza_core::samples;
use cittadinanza_core::secrets::DataKey;
use cittadinanza_core::store::{ApplicantId, Store};

use crate::app::Opened;
use crate::store::UiError;
use crate::validation::check_application;

/// Name prefix of demo folders in the temporary directory.
pub const PREFIX: &str = "cittadinanza-demo-";
/// The marker file inside a demo folder, locked by the running app.
pub const MARKER: &str = "cittadinanza-demo.lock";
/// A demo folder without marker (an older version, or one being made now) is left alone
/// until it is this old.
const UNMARKED_GRACE: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// The demo's folder: removed when the last reference goes (the app ends).
#[derive(Debug)]
pub struct DemoFolder {
    // Declared first so it is closed (and its lock released) before the folder is removed:
    // Windows refuses to delete an open file.
    _lock: File,
    dir: tempfile::TempDir,
}

impl DemoFolder {
    pub fn path(&self) -> &Path {
        self.dir.path()
    }
}

fn io_error(error: impl std::fmt::Display) -> UiError {
    UiError {
        id: "store-io-failed".into(),
        args: vec![("detail".into(), error.to_string())],
    }
}

fn completed(application: &Application, today: NaiveDate) -> u8 {
    let done = check_application(application, today)
        .iter()
        .filter(|s| s.is_complete())
        .count();
    u8::try_from(done).unwrap_or(SectionId::ALL.len() as u8)
}

/// Removes demo folders left by apps that ended without cleaning up (killed, crashed):
/// those whose marker is not locked by a running app. Returns how many were removed.
pub fn remove_leftovers(temp: &Path) -> usize {
    let Ok(entries) = fs::read_dir(temp) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let is_demo = name.to_str().is_some_and(|n| n.starts_with(PREFIX));
        if !is_demo || !entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        let path = entry.path();
        let abandoned = match File::options().write(true).open(path.join(MARKER)) {
            // Nobody holds the lock: its app is gone. The lock is released when `marker`
            // is dropped, before the folder goes.
            Ok(marker) => marker.try_lock().is_ok(),
            Err(_) => entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|at| at.elapsed().ok())
                .is_some_and(|age| age > UNMARKED_GRACE),
        };
        if abandoned && fs::remove_dir_all(&path).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Creates the applicant with its sample attachments made real: each becomes a specimen PDF
/// imported through the store (the vault), like a file the user picked.
fn add_applicant(
    store: &mut Store,
    scratch: &Path,
    mut application: Application,
    today: NaiveDate,
) -> Result<ApplicantId, UiError> {
    let samples = std::mem::take(&mut application.documents.attached);
    let id = store.create(&application)?;
    let who = application.display_name();
    for sample in samples {
        let Some(kind) = sample.kind else { continue };
        let stem = Path::new(&sample.original_name)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "documento".into());
        let title = crate::i18n::t(&format!("doc-{}", kind.key()));
        let mut lines = vec![who.clone()];
        if !sample.issue_date.is_empty() {
            lines.push(format!("Rilasciato il {}", sample.issue_date));
        }
        if !sample.country.is_empty() {
            lines.push(sample.country.clone());
        }
        let bytes = render_specimen(&title, &lines).map_err(io_error)?;
        let path = scratch.join(format!("{stem}.pdf"));
        fs::write(&path, bytes).map_err(io_error)?;
        let mut document = store.import_document(id, &path, kind, &sample.issue_date)?;
        document.country = sample.country;
        application.documents.attached.push(document);
    }
    store.save(id, &application, completed(&application, today))?;
    Ok(id)
}

/// Opens a fresh temporary store (random key, never written to the keyring) with a few
/// applicants at different stages.
pub fn open(today: NaiveDate) -> Result<Opened, UiError> {
    let temp = std::env::temp_dir();
    remove_leftovers(&temp);
    let dir = tempfile::Builder::new()
        .prefix(PREFIX)
        .tempdir_in(&temp)
        .map_err(io_error)?;
    let lock = File::create(dir.path().join(MARKER)).map_err(io_error)?;
    lock.lock().map_err(io_error)?;
    // The specimen files are made outside the data folder, as a user's scans would be.
    let scratch = tempfile::Builder::new()
        .prefix(PREFIX)
        .tempdir_in(dir.path())
        .map_err(io_error)?;
    let data = dir.path().join("data");
    let mut store = Store::open(&data, DataKey::generate())?;

    let complete_id = add_applicant(
        &mut store,
        scratch.path(),
        samples::complete_art9(today),
        today,
    )?;

    let mut partial = samples::complete_art5_italy(today);
    partial.payments = Default::default();
    partial.consent = Default::default();
    partial.documents = Default::default();
    add_applicant(&mut store, scratch.path(), partial, today)?;

    let mut started = Application::new();
    started.personal.surname = "Haddad".into();
    started.personal.name = "Amina".into();
    add_applicant(&mut store, scratch.path(), started, today)?;
    drop(scratch);

    Ok(Opened {
        store: Arc::new(Mutex::new(store)),
        open: Some((complete_id, SectionId::Personal)),
        demo_dir: Some(Arc::new(DemoFolder { _lock: lock, dir })),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_of_ended_demos_are_removed_and_running_ones_kept() {
        let temp = tempfile::tempdir().expect("temp");
        // A demo still running: its marker is locked.
        let running = temp.path().join(format!("{PREFIX}running"));
        fs::create_dir(&running).expect("dir");
        let held = File::create(running.join(MARKER)).expect("marker");
        held.lock().expect("lock");
        // A demo that was killed: the marker is there, nobody holds it.
        let killed = temp.path().join(format!("{PREFIX}killed"));
        fs::create_dir(&killed).expect("dir");
        File::create(killed.join(MARKER)).expect("marker");
        fs::write(killed.join("cittadinanza.sqlite3"), b"x").expect("file");
        // Just made, marker not written yet; and not ours at all.
        let fresh = temp.path().join(format!("{PREFIX}fresh"));
        fs::create_dir(&fresh).expect("dir");
        let other = temp.path().join("something-else");
        fs::create_dir(&other).expect("dir");

        assert_eq!(remove_leftovers(temp.path()), 1);
        assert!(!killed.exists(), "the killed demo's folder is gone");
        assert!(running.exists(), "a running demo keeps its folder");
        assert!(fresh.exists() && other.exists());
        drop(held);
        assert_eq!(remove_leftovers(temp.path()), 1, "once its app ended");
        assert!(!running.exists());
    }
}
