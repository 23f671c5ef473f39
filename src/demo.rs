//! Demo mode (`--demo`): a temporary data folder with sample applicants, for screenshots and
//! for trying the application without typing personal data. Deleted when the app ends.
//!
//! The sample attachments are real files: one-page specimen PDFs made by `core::pdf`, imported
//! through the store exactly as a user's scans, so *Open*, *Export* and the portal upload work
//! on them. The folder holds a marker file with the app's process id; a folder whose process
//! is gone was left by a killed app and is removed at the next start.

use std::fs;
use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use cittadinanza_core::model::{Application, SectionId};
use cittadinanza_core::pdf::render_specimen;
use cittadinanza_core::samples;
use cittadinanza_core::secrets::DataKey;
use cittadinanza_core::store::{ApplicantId, Store};

use crate::store::{SharedStore, UiError};

/// Name prefix of demo folders in the temporary directory.
pub const PREFIX: &str = "cittadinanza-demo-";
/// The marker file inside a demo folder: the process id of the app using it.
pub const MARKER: &str = "cittadinanza-demo.pid";
/// A demo folder without marker (an older version, or one being made now) is left alone
/// until it is this old.
const UNMARKED_GRACE: std::time::Duration = std::time::Duration::from_secs(10 * 60);
/// Where a process cannot be looked up (not Linux), a marked folder this old is abandoned:
/// nobody tries the demo for a day on end.
const MARKED_LIMIT: std::time::Duration = std::time::Duration::from_secs(24 * 60 * 60);

/// The demo's folder: removed when the last reference goes (the app ends).
#[derive(Debug)]
pub struct DemoFolder {
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
        let age = |path: &Path| {
            fs::metadata(path)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|at| at.elapsed().ok())
        };
        let abandoned = match fs::read_to_string(path.join(MARKER)) {
            Ok(pid) => match pid.trim().parse::<u32>() {
                Ok(pid) if pid == std::process::id() => false,
                Ok(pid) => match process_alive(pid) {
                    Some(alive) => !alive,
                    None => age(&path.join(MARKER)).is_some_and(|age| age > MARKED_LIMIT),
                },
                Err(_) => true,
            },
            Err(_) => age(&path).is_some_and(|age| age > UNMARKED_GRACE),
        };
        if abandoned && fs::remove_dir_all(&path).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Whether process `pid` runs (`None`: this platform cannot tell cheaply).
fn process_alive(pid: u32) -> Option<bool> {
    if cfg!(target_os = "linux") {
        Some(Path::new("/proc").join(pid.to_string()).exists())
    } else {
        None
    }
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
    cittadinanza_core::drafts::save(store, id, &application, today)?;
    Ok(id)
}

/// Opens a fresh temporary store (random key, never written to the keyring) with a few
/// applicants at different stages.
/// The demo's data folder, open.
#[derive(Debug, Clone)]
pub struct Demo {
    pub store: SharedStore,
    /// The complete application, to open at once on this section.
    pub open: Option<(ApplicantId, SectionId)>,
    /// The temporary folder, deleted when the last copy is dropped.
    pub demo_dir: Option<Arc<DemoFolder>>,
}

pub fn open(today: NaiveDate) -> Result<Demo, UiError> {
    let temp = std::env::temp_dir();
    remove_leftovers(&temp);
    let dir = tempfile::Builder::new()
        .prefix(PREFIX)
        .tempdir_in(&temp)
        .map_err(io_error)?;
    fs::write(dir.path().join(MARKER), std::process::id().to_string()).map_err(io_error)?;
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

    Ok(Demo {
        store: Arc::new(Mutex::new(store)),
        open: Some((complete_id, SectionId::Personal)),
        demo_dir: Some(Arc::new(DemoFolder { dir })),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(target_os = "linux")]
    fn folders_of_ended_demos_are_removed_and_running_ones_kept() {
        let temp = tempfile::tempdir().expect("temp");
        // A demo still running (this process).
        let running = temp.path().join(format!("{PREFIX}running"));
        fs::create_dir(&running).expect("dir");
        fs::write(running.join(MARKER), std::process::id().to_string()).expect("marker");
        // A demo that was killed: no process has its id (above the kernel's pid_max).
        let killed = temp.path().join(format!("{PREFIX}killed"));
        fs::create_dir(&killed).expect("dir");
        fs::write(killed.join(MARKER), "4294967290").expect("marker");
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
    }
}
