//! Where the data folder is.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// Environment variable overriding the data folder.
pub const DATA_DIR_ENV: &str = "CITTADINANZA_DATA_DIR";
/// A file with this name beside the executable turns on portable mode (data in `data/`).
pub const PORTABLE_MARKER: &str = "cittadinanza-portable";
/// Folder beside the executable used in portable mode; its presence also turns it on.
pub const PORTABLE_DATA_FOLDER: &str = "data";

/// How the data folder was chosen (shown in the settings screen).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataDirSource {
    /// `--data-dir` (or equivalent) given to the application.
    Flag,
    /// `CITTADINANZA_DATA_DIR`.
    Environment,
    /// Beside the executable (help-desk USB sticks). The credential store of the host
    /// computer does not travel with the stick, so portable data should use a passphrase.
    Portable,
    /// The platform's data directory (`~/.local/share/cittadinanza`, `%APPDATA%`, ...).
    Platform,
    /// No home directory: a `cittadinanza-data` folder in the working directory.
    WorkingDirectory,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataLocation {
    pub path: PathBuf,
    pub source: DataDirSource,
}

/// The data folder: the flag, else `CITTADINANZA_DATA_DIR`, else portable mode, else the
/// platform's data directory.
pub fn data_dir(flag: Option<PathBuf>) -> PathBuf {
    data_location(flag).path
}

/// Like [`data_dir`], also telling how the folder was chosen.
pub fn data_location(flag: Option<PathBuf>) -> DataLocation {
    let exe_dir = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(Path::to_path_buf));
    let platform = directories::ProjectDirs::from("org", "Cittadinanza", "cittadinanza")
        .map(|dirs| dirs.data_dir().to_path_buf());
    resolve(
        flag,
        std::env::var_os(DATA_DIR_ENV),
        exe_dir.as_deref(),
        platform,
    )
}

/// The decision, separated from the process environment so that it can be tested.
pub fn resolve(
    flag: Option<PathBuf>,
    env: Option<OsString>,
    exe_dir: Option<&Path>,
    platform: Option<PathBuf>,
) -> DataLocation {
    if let Some(path) = flag.filter(|p| !p.as_os_str().is_empty()) {
        return DataLocation {
            path,
            source: DataDirSource::Flag,
        };
    }
    if let Some(path) = env.filter(|p| !p.is_empty()) {
        return DataLocation {
            path: PathBuf::from(path),
            source: DataDirSource::Environment,
        };
    }
    if let Some(dir) = exe_dir {
        let data = dir.join(PORTABLE_DATA_FOLDER);
        if dir.join(PORTABLE_MARKER).is_file() || data.is_dir() {
            return DataLocation {
                path: data,
                source: DataDirSource::Portable,
            };
        }
    }
    match platform {
        Some(path) => DataLocation {
            path,
            source: DataDirSource::Platform,
        },
        None => DataLocation {
            path: PathBuf::from("cittadinanza-data"),
            source: DataDirSource::WorkingDirectory,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precedence_flag_env_portable_platform() {
        let exe = tempfile::tempdir().expect("tempdir");
        let platform = Some(PathBuf::from("/home/u/.local/share/cittadinanza"));
        let plain = resolve(None, None, Some(exe.path()), platform.clone());
        assert_eq!(plain.source, DataDirSource::Platform);
        assert_eq!(
            plain.path,
            PathBuf::from("/home/u/.local/share/cittadinanza")
        );

        std::fs::write(exe.path().join(PORTABLE_MARKER), b"").expect("marker");
        let portable = resolve(None, None, Some(exe.path()), platform.clone());
        assert_eq!(portable.source, DataDirSource::Portable);
        assert_eq!(portable.path, exe.path().join("data"));

        let env = resolve(
            None,
            Some("/srv/czd".into()),
            Some(exe.path()),
            platform.clone(),
        );
        assert_eq!(env.source, DataDirSource::Environment);
        assert_eq!(env.path, PathBuf::from("/srv/czd"));

        let flag = resolve(
            Some(PathBuf::from("/mnt/usb")),
            Some("/srv/czd".into()),
            Some(exe.path()),
            platform.clone(),
        );
        assert_eq!(flag.source, DataDirSource::Flag);
        assert_eq!(flag.path, PathBuf::from("/mnt/usb"));

        // Empty values are ignored rather than meaning "the current directory".
        let empty = resolve(Some(PathBuf::new()), Some("".into()), None, platform);
        assert_eq!(empty.source, DataDirSource::Platform);
        assert_eq!(
            resolve(None, None, None, None).source,
            DataDirSource::WorkingDirectory
        );
    }

    #[test]
    fn a_data_folder_beside_the_executable_is_portable_mode() {
        let exe = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(exe.path().join("data")).expect("data dir");
        let found = resolve(None, None, Some(exe.path()), None);
        assert_eq!(found.source, DataDirSource::Portable);
        assert_eq!(found.path, exe.path().join("data"));
    }
}
