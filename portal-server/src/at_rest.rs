//! Files at rest: the database (with its `-wal` and `-shm`), the document blobs and the partial
//! uploads are readable by the server's user only (files 0600, folders 0700), whatever the
//! umask, and files left more open by an older version are closed at start.
//! `docs/security.md` ("Files at rest") says what the deployer adds (disk encryption, backups).

use std::io;
use std::path::{Path, PathBuf};

/// The database file and its companions (`<db>-wal`, `<db>-shm`, `<db>-journal`).
pub fn database_files(db_path: &Path) -> Vec<PathBuf> {
    let mut files = vec![db_path.to_path_buf()];
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut name = db_path.as_os_str().to_owned();
        name.push(suffix);
        files.push(PathBuf::from(name));
    }
    files
}

/// Creates the database file 0600 if it does not exist (SQLite would create it 0644, and its
/// `-wal`/`-shm` take the database's mode), and makes the existing ones 0600.
pub fn prepare_database(db_path: &Path) -> io::Result<()> {
    if !db_path.exists() {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(false);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        options.open(db_path)?;
    }
    for file in database_files(db_path) {
        if file.exists() {
            private_file(&file)?;
        }
    }
    Ok(())
}

/// Creates `dir` (and its parents) and makes it 0700.
pub fn private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)?;
    set_mode(dir, 0o700)
}

/// Makes `file` 0600.
pub fn private_file(file: &Path) -> io::Result<()> {
    set_mode(file, 0o600)
}

/// Makes every file directly inside `dir` 0600 (blobs and partial uploads of older versions).
pub fn private_files_in(dir: &Path) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_file() {
            private_file(&entry.path())?;
        }
    }
    Ok(())
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let current = std::fs::metadata(path)?.permissions().mode() & 0o777;
    if current != mode {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> io::Result<()> {
    // Windows: files inherit the folder's ACL; the deployer restricts the data folder.
    Ok(())
}
