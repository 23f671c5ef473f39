//! Opening a file or folder with the system's default application, and the one private folder
//! where the decrypted copies made for the viewer live.
//!
//! Every "open" of the application goes through [`open_path`]: the `open` crate hands the
//! path to the platform's launcher as one argument (`xdg-open`, `open`, `ShellExecuteW`),
//! never through a shell, so a file name with `&`, `;` or quotes cannot run a command.
//!
//! Copies for the viewer are decrypted under `<data folder>/viewer-copies/` (0700, each copy
//! in its own 0700 folder, the file 0600). They are removed when the application ends and,
//! after a crash, when the data folder is opened next ([`remove_leftovers`]; the store's
//! lock guarantees no other instance is using them).

use std::path::{Path, PathBuf};

use crate::store::UiError;

/// The folder of the viewer's copies, inside the data folder.
pub const VIEWER_DIR: &str = "viewer-copies";

/// Opens `path` (a file or a folder) with the system's default application.
pub fn open_path(path: &Path) -> Result<(), UiError> {
    open::that_detached(path).map_err(|_| UiError::new("documents-error-viewer"))
}

pub fn viewer_root(data_dir: &Path) -> PathBuf {
    data_dir.join(VIEWER_DIR)
}

/// A new private folder for one decrypted copy, removed when dropped.
pub fn new_viewer_folder(data_dir: &Path) -> std::io::Result<tempfile::TempDir> {
    let root = viewer_root(data_dir);
    std::fs::create_dir_all(&root)?;
    restrict(&root, 0o700)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix("view-");
    // tempfile leaves the mode to the umask (often 0755): ask for 0700 explicitly.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o700));
    }
    builder.tempdir_in(&root)
}

/// Removes the copies a crash left behind; returns how many entries were removed.
pub fn remove_leftovers(data_dir: &Path) -> std::io::Result<usize> {
    let root = viewer_root(data_dir);
    let entries = match std::fs::read_dir(&root) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(error) => return Err(error),
    };
    let mut removed = 0;
    for entry in entries {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            std::fs::remove_dir_all(&path)?;
        } else {
            std::fs::remove_file(&path)?;
        }
        removed += 1;
    }
    Ok(removed)
}

/// Makes `path` private to its owner (`mode` on Unix; elsewhere the user's profile folders
/// are private already).
pub fn restrict(path: &Path, mode: u32) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
    }
    #[cfg(not(unix))]
    {
        let _ = (path, mode);
        Ok(())
    }
}
