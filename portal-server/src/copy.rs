//! `portal-server copy`: moves one desk's SQLite database into an empty PostgreSQL database,
//! so that the desk becomes the first of a network without anyone registering again.
//!
//! Every row the instances need is copied (accounts, sessions unless asked not to,
//! applications and their versions, associations, submissions and their idempotency keys, the
//! K10 sequence, communications with their numbers, documents and who sent their bytes) in one
//! PostgreSQL transaction: a copy that fails half-way leaves the target empty. A target that
//! already holds rows is refused (it would mix two desks). The source is read in one
//! transaction that holds SQLite's write lock, so a server still running on it cannot change
//! it meanwhile. Attempt counters (in memory with SQLite) and upload locks are transient and
//! start empty.
//!
//! With `--files DIR` the stored documents (`<db>.files/blobs/`) are copied into `DIR/blobs/`
//! as well, each checked against its SHA-256 name; unfinished uploads are not (the clients
//! resume them from the start).

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use sha2::{Digest, Sha256};

use crate::store::{Conn, Store, Val};

/// The tables copied, parents first, with their columns.
const TABLES: &[(&str, &[&str])] = &[
    (
        "accounts",
        &["id", "email", "password_hash", "role", "created_at"],
    ),
    ("sessions", &["token_hash", "account_id", "expires_at"]),
    (
        "applications",
        &[
            "id",
            "owner_id",
            "version",
            "status",
            "k10_number",
            "draft",
            "created_at",
            "updated_at",
            "submitted_at",
        ],
    ),
    (
        "application_versions",
        &["app_id", "version", "draft", "created_at"],
    ),
    ("associations", &["app_id", "account_id", "created_at"]),
    ("submissions", &["app_id", "idempotency_key", "receipt"]),
    ("k10_sequence", &["series", "last"]),
    (
        "communications",
        &[
            "id",
            "app_id",
            "kind",
            "date",
            "response_days",
            "respond_by",
            "appointment_date",
            "place",
            "text",
        ],
    ),
    (
        "documents",
        &[
            "app_id",
            "sha256",
            "size_bytes",
            "kind",
            "name",
            "uploaded_at",
        ],
    ),
    ("blob_owners", &["account_id", "sha256"]),
];

/// Tables that must be empty in the target: the copied ones and the transient ones.
const MUST_BE_EMPTY: &[&str] = &["rate_limits", "upload_locks"];

/// Rows read from SQLite at a time (drafts can be large: a page stays small).
const PAGE: i64 = 200;

/// What `copy` does besides the rows.
#[derive(Debug, Clone, Default)]
pub struct CopyOptions {
    /// Leave the sessions behind: everyone signs in again on the new server.
    pub without_sessions: bool,
    /// The documents' folder of the SQLite server (default `<db>.files`).
    pub from_files: Option<PathBuf>,
    /// The folder shared by the PostgreSQL instances: the documents are copied into it.
    pub to_files: Option<PathBuf>,
}

/// What was copied: rows per table, then the documents' files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CopyReport {
    pub tables: Vec<(&'static str, u64)>,
    /// Files of `blobs/` copied, and found already in place (same content).
    pub blobs_copied: u64,
    pub blobs_present: u64,
    /// The folder to copy by hand when `to_files` was not given.
    pub blobs_left_in: Option<PathBuf>,
}

impl std::fmt::Display for CopyReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "rows copied:")?;
        for (table, rows) in &self.tables {
            writeln!(f, "  {table:<22}{rows:>10}")?;
        }
        match &self.blobs_left_in {
            Some(dir) => write!(
                f,
                "documents' files: not copied; copy {} into the blobs/ folder of --files",
                dir.display()
            ),
            None => write!(
                f,
                "documents' files: {} copied, {} already there",
                self.blobs_copied, self.blobs_present
            ),
        }
    }
}

/// Copies the SQLite database at `from` into the PostgreSQL database at `to` (migrated
/// first, and refused unless empty), then the documents' files.
pub async fn copy(from: &Path, to: &str, options: &CopyOptions) -> anyhow::Result<CopyReport> {
    if !from.is_file() {
        bail!("{} is not a SQLite database file", from.display());
    }
    let source = Store::open_sqlite(from)?;
    // The same migrations the server would apply when started on it.
    source
        .migrate()
        .await
        .map_err(|e| anyhow::anyhow!("cannot migrate the SQLite database: {e}"))?;
    let target = Store::open_postgres(to)?;
    target
        .migrate()
        .await
        .map_err(|e| anyhow::anyhow!("cannot migrate the PostgreSQL database: {e}"))?;

    let mut src = source.conn().await?;
    let mut dst = target.conn().await?;
    src.begin().await?;
    dst.begin().await?;
    let all: Vec<&str> = TABLES
        .iter()
        .map(|(t, _)| *t)
        .chain(MUST_BE_EMPTY.iter().copied())
        .collect();
    // Instances started on the target meanwhile wait until the copy is committed.
    dst.batch(&format!("LOCK TABLE {} IN EXCLUSIVE MODE", all.join(", ")))
        .await?;
    for table in &all {
        let rows = count(&mut dst, table).await?;
        if rows > 0 {
            bail!(
                "the PostgreSQL database is not empty ({table} holds {rows} rows): copy only \
                 into a new database (CREATE DATABASE ...), nothing was changed"
            );
        }
    }

    let mut tables = Vec::new();
    for (table, columns) in TABLES {
        let skip = *table == "sessions" && options.without_sessions;
        let (expected, copied) = if skip {
            (0, 0)
        } else {
            let expected = count(&mut src, table).await?;
            (
                expected,
                copy_table(&mut src, &mut dst, table, columns).await?,
            )
        };
        let found = count(&mut dst, table).await?;
        if copied != expected || found != expected {
            bail!("{table}: {expected} rows in SQLite, {copied} copied, {found} in PostgreSQL");
        }
        tables.push((*table, found));
    }
    // New communications continue after the copied numbers.
    dst.execute(
        "SELECT setval(pg_get_serial_sequence('communications', 'id'),
                       COALESCE((SELECT MAX(id) FROM communications), 0) + 1, false)",
        &[],
    )
    .await?;
    dst.commit().await?;
    drop(src);

    let mut report = CopyReport {
        tables,
        ..CopyReport::default()
    };
    let from_files = options.from_files.clone().unwrap_or_else(|| {
        let mut name = from.as_os_str().to_owned();
        name.push(".files");
        PathBuf::from(name)
    });
    let from_blobs = from_files.join("blobs");
    match &options.to_files {
        Some(to_files) if from_blobs.is_dir() => {
            let (copied, present) = copy_blobs(&from_blobs, &to_files.join("blobs"))?;
            report.blobs_copied = copied;
            report.blobs_present = present;
        }
        Some(to_files) => crate::at_rest::private_dir(&to_files.join("blobs"))?,
        None => report.blobs_left_in = Some(from_blobs),
    }
    Ok(report)
}

async fn count(conn: &mut Conn, table: &str) -> anyhow::Result<u64> {
    let rows = conn
        .query_one(&format!("SELECT COUNT(*) FROM {table}"), &[])
        .await?
        .int(0)?;
    Ok(u64::try_from(rows)?)
}

/// Copies `table` page by page (in SQLite's row order); the rows written.
async fn copy_table(
    src: &mut Conn,
    dst: &mut Conn,
    table: &str,
    columns: &[&str],
) -> anyhow::Result<u64> {
    let list = columns.join(", ");
    let select =
        format!("SELECT rowid, {list} FROM {table} WHERE rowid > $1 ORDER BY rowid LIMIT {PAGE}");
    let placeholders: Vec<String> = (1..=columns.len()).map(|i| format!("${i}")).collect();
    // Communications keep their numbers (the applicants' apps refer to them).
    let overriding = if table == "communications" {
        " OVERRIDING SYSTEM VALUE"
    } else {
        ""
    };
    let insert = format!(
        "INSERT INTO {table} ({list}){overriding} VALUES ({})",
        placeholders.join(", ")
    );
    let mut last_rowid = i64::MIN;
    let mut copied = 0;
    loop {
        let rows = src.query(&select, crate::p![last_rowid]).await?;
        let Some(last) = rows.last() else {
            break;
        };
        last_rowid = last.int(0)?;
        for row in &rows {
            let values: Vec<Val> = (1..=columns.len()).map(|i| row.value(i)).collect();
            dst.execute(&insert, &values)
                .await
                .with_context(|| format!("copying a row of {table}"))?;
            copied += 1;
        }
    }
    Ok(copied)
}

/// Copies each file of `from` into `to` (made private) unless a file of that name with the
/// same content is there; every file must hash to its name. (copied, already there).
fn copy_blobs(from: &Path, to: &Path) -> anyhow::Result<(u64, u64)> {
    crate::at_rest::private_dir(to)?;
    let (mut copied, mut present) = (0, 0);
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        if !entry.file_type()?.is_file() {
            continue;
        }
        let name = entry.file_name();
        let source = entry.path();
        let sha = hash_of(&source)?;
        if name.to_str() != Some(sha.as_str()) {
            bail!(
                "{} does not hold the content its name says (SHA-256 {sha})",
                source.display()
            );
        }
        let dest = to.join(&name);
        if dest.is_file() && hash_of(&dest)? == sha {
            present += 1;
            continue;
        }
        // Under a temporary name first: a copy cut short never passes for the document.
        let partial = to.join(format!(".{sha}.copying"));
        std::fs::copy(&source, &partial)
            .with_context(|| format!("copying {}", source.display()))?;
        crate::at_rest::private_file(&partial)?;
        std::fs::rename(&partial, &dest)?;
        copied += 1;
    }
    Ok((copied, present))
}

fn hash_of(path: &Path) -> anyhow::Result<String> {
    let mut file =
        std::fs::File::open(path).with_context(|| format!("reading {}", path.display()))?;
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher)?;
    Ok(hex::encode(hasher.finalize()))
}
