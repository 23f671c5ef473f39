//! Where the data folder ends up with the real process environment: the platform's folder
//! (`%APPDATA%` on Windows), portable mode beside the executable, and folders whose names are
//! long and not ASCII (a user called "Ndèye Fàtou"). `scripts/build-windows` runs these under
//! Wine with such a user profile; on Linux they run with `cargo test` like the others.

use std::path::{Path, PathBuf};
use std::process::Command;

use cittadinanza_core::model::Application;
use cittadinanza_core::store::{
    DATA_DIR_ENV, DataDirSource, PORTABLE_DATA_FOLDER, PORTABLE_MARKER, Store, data_location,
};

/// Set in the child process started by the portable-mode test.
const CHILD_ENV: &str = "CITTADINANZA_DATA_LOCATION_CHILD";
/// Set by scripts/build-windows: the user name of the throw-away Wine profile. The platform
/// data folder may then be written to.
const USER_ENV: &str = "CITTADINANZA_TEST_USER_NAME";
const PASSPHRASE: &str = "una passphrase abbastanza lunga";
/// What the child prints its data folder after (libtest prints `test name ... ` without a newline
/// before the child's own output, so the tag may be mid-line).
const TAG: &str = "DATA_LOCATION=";

/// Folder names a help desk might really have: accents, spaces, an apostrophe, a dash.
fn long_non_ascii_dir(base: &Path) -> PathBuf {
    base.join("Ndèye Fàtou")
        .join("Documenti dell'Associazione – sportello cittadinanza")
        .join("Pratiche 2026 (copia di sicurezza, non cancellare)")
}

/// Creates a store with a passphrase, saves a draft with accents and reads it back after
/// reopening: SQLite, the vault and the key derivation all get this path.
fn store_round_trip(dir: &Path) {
    let mut draft = Application::new();
    draft.personal.surname = "Diop".into();
    draft.personal.name = "Ndèye Fàtou".into();
    let id = {
        let mut store = Store::open_with_passphrase(dir, PASSPHRASE).expect("new store");
        store.create(&draft).expect("create")
    };
    let mut store = Store::open_with_passphrase(dir, PASSPHRASE).expect("reopen");
    let loaded = store.load(id).expect("load");
    assert_eq!(loaded.personal.name, "Ndèye Fàtou");
    assert_eq!(store.dir(), dir);
}

#[test]
fn the_platform_data_folder_is_the_users_own() {
    if std::env::var_os(DATA_DIR_ENV).is_some() {
        eprintln!("skipped: {DATA_DIR_ENV} is set");
        return;
    }
    let location = data_location(None);
    if location.source == DataDirSource::WorkingDirectory {
        eprintln!("skipped: no home folder, so no platform data folder");
        return;
    }
    assert_eq!(location.source, DataDirSource::Platform, "{location:?}");
    let expected = if cfg!(windows) {
        // directories asks Windows for the known folder; APPDATA is the same folder.
        let appdata = std::env::var_os("APPDATA").expect("APPDATA is set on Windows");
        Some(PathBuf::from(appdata).join(r"Cittadinanza\cittadinanza\data"))
    } else if cfg!(target_os = "linux") {
        std::env::var_os("XDG_DATA_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
            .map(|base| base.join("cittadinanza"))
    } else {
        None
    };
    if let Some(expected) = expected {
        assert_eq!(location.path, expected);
    }
    match std::env::var(USER_ENV) {
        Ok(user) => {
            // A throw-away profile (Wine in scripts/build-windows): the real folder is usable.
            assert!(
                location.path.to_string_lossy().contains(&user),
                "{} is not in {user}'s profile",
                location.path.display()
            );
            std::fs::create_dir_all(&location.path).expect("create the data folder");
            store_round_trip(&location.path);
        }
        Err(_) => eprintln!("{USER_ENV} not set: the real data folder is left alone"),
    }
}

#[test]
fn a_store_in_a_long_non_ascii_folder_round_trips() {
    let base = tempfile::tempdir().expect("tempdir");
    let dir = long_non_ascii_dir(base.path()).join("data");
    // Long, but below Windows' 260-character limit for programs without a long-path manifest.
    assert!(dir.as_os_str().len() < 260, "{}", dir.display());
    std::fs::create_dir_all(&dir).expect("create");
    store_round_trip(&dir);
}

#[test]
fn portable_mode_uses_the_folder_beside_the_program() {
    if std::env::var_os(CHILD_ENV).is_some() {
        // The child: a copy of this test program beside a portable marker.
        let location = data_location(None);
        println!(
            "DATA_LOCATION={:?}|{}",
            location.source,
            location.path.display()
        );
        std::fs::create_dir_all(&location.path).expect("create the portable folder");
        store_round_trip(&location.path);
        return;
    }
    let base = tempfile::tempdir().expect("tempdir");
    let stick = long_non_ascii_dir(base.path()).join("Chiavetta USB");
    std::fs::create_dir_all(&stick).expect("create");
    let exe = std::env::current_exe().expect("current exe");
    let copy = stick.join(exe.file_name().expect("exe name"));
    std::fs::copy(&exe, &copy).expect("copy the test program");
    std::fs::write(stick.join(PORTABLE_MARKER), b"").expect("marker");
    // Under Wine the copy needs the same DLLs as the original (see scripts/build-windows).
    if let Some(exe_dir) = exe.parent() {
        for entry in std::fs::read_dir(exe_dir).expect("ls").flatten() {
            let path = entry.path();
            if path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("dll"))
            {
                std::fs::copy(&path, stick.join(entry.file_name())).expect("copy dll");
            }
        }
    }

    let output = Command::new(&copy)
        .args([
            "--exact",
            "portable_mode_uses_the_folder_beside_the_program",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, "1")
        .env_remove(DATA_DIR_ENV)
        .output()
        .expect("run the copy");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "child failed: {stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let line = stdout
        .lines()
        .find_map(|l| l.find(TAG).map(|at| &l[at + TAG.len()..]))
        .unwrap_or_else(|| panic!("no DATA_LOCATION line in {stdout}"));
    let expected = stick.join(PORTABLE_DATA_FOLDER);
    assert_eq!(line, format!("Portable|{}", expected.display()));
    // The child's store is really there, and opens here too.
    let mut store = Store::open_with_passphrase(&expected, PASSPHRASE).expect("open");
    let applicants = store.list(false);
    assert_eq!(applicants.len(), 1);
    let draft = store.load(applicants[0].id).expect("load");
    assert_eq!(draft.personal.name, "Ndèye Fàtou");
}
