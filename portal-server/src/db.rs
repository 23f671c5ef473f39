//! SQLite schema and queries. Every function takes a connection (or transaction) that the
//! caller holds for the whole operation, so each API call is atomic.

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use cittadinanza_core::model::{Application, DocumentKind};
use cittadinanza_core::portal::{
    ApplicationRecord, ApplicationSummary, Communication, CommunicationKind, DocumentInfo, Role,
    Status,
};
use rusqlite::{Connection, OptionalExtension, params};

use crate::error::ApiError;

const SCHEMA: &str = "
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS accounts (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    expires_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS applications (
    id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL REFERENCES accounts(id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    k10_number TEXT UNIQUE,
    draft TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    submitted_at TEXT
);
CREATE INDEX IF NOT EXISTS applications_owner ON applications(owner_id);
CREATE TABLE IF NOT EXISTS application_versions (
    app_id TEXT NOT NULL REFERENCES applications(id),
    version INTEGER NOT NULL,
    draft TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (app_id, version)
);
CREATE TABLE IF NOT EXISTS associations (
    app_id TEXT PRIMARY KEY REFERENCES applications(id),
    account_id TEXT NOT NULL REFERENCES accounts(id),
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS associations_account ON associations(account_id);
CREATE TABLE IF NOT EXISTS submissions (
    app_id TEXT PRIMARY KEY REFERENCES applications(id),
    idempotency_key TEXT NOT NULL,
    receipt TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS k10_sequence (
    series TEXT PRIMARY KEY,
    last INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS communications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    app_id TEXT NOT NULL REFERENCES applications(id),
    kind TEXT NOT NULL,
    date TEXT NOT NULL,
    response_days INTEGER,
    respond_by TEXT,
    appointment_date TEXT,
    place TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS communications_app ON communications(app_id);
CREATE TABLE IF NOT EXISTS documents (
    app_id TEXT NOT NULL REFERENCES applications(id),
    sha256 TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    kind TEXT,
    name TEXT NOT NULL,
    uploaded_at TEXT NOT NULL,
    PRIMARY KEY (app_id, sha256)
);
-- Which accounts sent the bytes of a blob. Blobs are stored once per hash, but a document is
-- attached without its bytes only for an account that sent them itself: knowing a hash never
-- grants the content another account uploaded.
CREATE TABLE IF NOT EXISTS blob_owners (
    account_id TEXT NOT NULL REFERENCES accounts(id),
    sha256 TEXT NOT NULL,
    PRIMARY KEY (account_id, sha256)
);
";

/// Databases made before `blob_owners`: each document's bytes count as sent by the owner of
/// its application (the only account that could have attached it then, barring the flaw).
const BACKFILL_BLOB_OWNERS: &str = "
INSERT OR IGNORE INTO blob_owners (account_id, sha256)
    SELECT a.owner_id, d.sha256 FROM documents d JOIN applications a ON a.id = d.app_id;
";

pub fn open(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    let had_owners: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'blob_owners')",
        [],
        |r| r.get(0),
    )?;
    conn.execute_batch(SCHEMA)?;
    if !had_owners {
        conn.execute_batch(BACKFILL_BLOB_OWNERS)?;
    }
    Ok(conn)
}

fn role_key(role: Role) -> &'static str {
    match role {
        Role::Applicant => "applicant",
        Role::Operator => "operator",
    }
}

fn parse_role(text: &str) -> Role {
    if text == "operator" {
        Role::Operator
    } else {
        Role::Applicant
    }
}

fn parse_status(text: &str) -> Result<Status, ApiError> {
    Status::ALL
        .into_iter()
        .find(|s| s.key() == text)
        .ok_or_else(|| ApiError::internal(format!("unknown status {text:?} in database")))
}

fn parse_kind(text: &str) -> Result<CommunicationKind, ApiError> {
    CommunicationKind::ALL
        .into_iter()
        .find(|k| k.key() == text)
        .ok_or_else(|| ApiError::internal(format!("unknown communication {text:?} in database")))
}

fn parse_time(text: &str) -> Result<DateTime<Utc>, ApiError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(ApiError::internal)
}

fn parse_day(text: &str) -> Result<NaiveDate, ApiError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(ApiError::internal)
}

pub fn now() -> String {
    Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

// ------------------------------------------------------------------ accounts and sessions

pub fn create_account(
    conn: &Connection,
    email: &str,
    password_hash: &str,
    role: Role,
) -> Result<String, ApiError> {
    let id = uuid::Uuid::new_v4().to_string();
    let inserted = conn.execute(
        "INSERT INTO accounts (id, email, password_hash, role, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(email) DO NOTHING",
        params![id, email, password_hash, role_key(role), now()],
    )?;
    if inserted == 0 {
        return Err(ApiError::new(
            axum::http::StatusCode::CONFLICT,
            "account_exists",
            "an account with this e-mail exists",
        ));
    }
    Ok(id)
}

/// (id, password hash, role) of the account with this e-mail.
pub fn account_by_email(
    conn: &Connection,
    email: &str,
) -> rusqlite::Result<Option<(String, String, Role)>> {
    conn.query_row(
        "SELECT id, password_hash, role FROM accounts WHERE email = ?1",
        [email],
        |r| Ok((r.get(0)?, r.get(1)?, parse_role(&r.get::<_, String>(2)?))),
    )
    .optional()
}

/// (e-mail, password hash) of an account.
pub fn account_by_id(conn: &Connection, id: &str) -> rusqlite::Result<Option<(String, String)>> {
    conn.query_row(
        "SELECT email, password_hash FROM accounts WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
}

pub fn set_password_hash(conn: &Connection, id: &str, hash: &str) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE accounts SET password_hash = ?2 WHERE id = ?1",
        params![id, hash],
    )?;
    Ok(())
}

/// Ends every session of the account but `keep` (a token hash); the number ended.
pub fn delete_sessions_of(
    conn: &Connection,
    account_id: &str,
    keep: Option<&str>,
) -> rusqlite::Result<usize> {
    conn.execute(
        "DELETE FROM sessions WHERE account_id = ?1 AND token_hash IS NOT ?2",
        params![account_id, keep],
    )
}

pub fn create_session(
    conn: &Connection,
    account_id: &str,
    token_hash: &str,
    expires_at: DateTime<Utc>,
) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM sessions WHERE expires_at < ?1", [now()])?;
    conn.execute(
        "INSERT INTO sessions (token_hash, account_id, expires_at) VALUES (?1, ?2, ?3)",
        params![token_hash, account_id, expires_at.to_rfc3339()],
    )?;
    Ok(())
}

pub fn delete_session(conn: &Connection, token_hash: &str) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])?;
    Ok(())
}

/// The account of a valid (not expired) session.
pub fn session_account(
    conn: &Connection,
    token_hash: &str,
) -> Result<Option<(String, Role)>, ApiError> {
    let row: Option<(String, String, String)> = conn
        .query_row(
            "SELECT s.account_id, a.role, s.expires_at FROM sessions s
             JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = ?1",
            [token_hash],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    match row {
        Some((id, role, expires)) if parse_time(&expires)? > Utc::now() => {
            Ok(Some((id, parse_role(&role))))
        }
        _ => Ok(None),
    }
}

// ------------------------------------------------------------------ applications

/// Whether the account may see the application: it created it, or associated it.
pub fn can_access(conn: &Connection, app_id: &str, account_id: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM applications WHERE id = ?1 AND owner_id = ?2)
             OR EXISTS (SELECT 1 FROM associations WHERE app_id = ?1 AND account_id = ?2)",
        params![app_id, account_id],
        |r| r.get(0),
    )
}

pub fn exists(conn: &Connection, app_id: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM applications WHERE id = ?1)",
        [app_id],
        |r| r.get(0),
    )
}

/// version, status, K10, draft JSON, created, updated, submitted.
type RecordRow = (
    i64,
    String,
    Option<String>,
    String,
    String,
    String,
    Option<String>,
);

pub fn load_record(conn: &Connection, app_id: &str) -> Result<Option<ApplicationRecord>, ApiError> {
    let row: Option<RecordRow> = conn
        .query_row(
            "SELECT version, status, k10_number, draft, created_at, updated_at, submitted_at
             FROM applications WHERE id = ?1",
            [app_id],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ))
            },
        )
        .optional()?;
    let Some((version, status, k10_number, draft, created, updated, submitted)) = row else {
        return Ok(None);
    };
    Ok(Some(ApplicationRecord {
        id: app_id.to_string(),
        version: version as u64,
        status: parse_status(&status)?,
        k10_number,
        created_at: parse_time(&created)?,
        updated_at: parse_time(&updated)?,
        submitted_at: submitted.as_deref().map(parse_time).transpose()?,
        draft: serde_json::from_str(&draft).map_err(ApiError::internal)?,
    }))
}

pub fn load_version(
    conn: &Connection,
    app_id: &str,
    version: u64,
) -> Result<Option<(Application, DateTime<Utc>)>, ApiError> {
    let row: Option<(String, String)> = conn
        .query_row(
            "SELECT draft, created_at FROM application_versions WHERE app_id = ?1 AND version = ?2",
            params![app_id, version as i64],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    row.map(|(draft, at)| {
        Ok((
            serde_json::from_str(&draft).map_err(ApiError::internal)?,
            parse_time(&at)?,
        ))
    })
    .transpose()
}

pub fn list_for(conn: &Connection, account_id: &str) -> Result<Vec<ApplicationSummary>, ApiError> {
    let mut stmt = conn.prepare(
        "SELECT id, version, status, k10_number, draft, updated_at FROM applications
         WHERE owner_id = ?1 OR id IN (SELECT app_id FROM associations WHERE account_id = ?1)
         ORDER BY updated_at DESC",
    )?;
    let rows = stmt.query_map([account_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, version, status, k10_number, draft, updated) = row?;
        let draft: Application = serde_json::from_str(&draft).map_err(ApiError::internal)?;
        out.push(ApplicationSummary {
            id,
            version: version as u64,
            status: parse_status(&status)?,
            k10_number,
            display_name: draft.display_name(),
            updated_at: parse_time(&updated)?,
        });
    }
    Ok(out)
}

pub fn insert_application(
    conn: &Connection,
    app_id: &str,
    owner_id: &str,
    draft: &Application,
) -> Result<(), ApiError> {
    let json = serde_json::to_string(draft).map_err(ApiError::internal)?;
    let at = now();
    conn.execute(
        "INSERT INTO applications (id, owner_id, version, status, draft, created_at, updated_at)
         VALUES (?1, ?2, 1, 'draft', ?3, ?4, ?4)",
        params![app_id, owner_id, json, at],
    )?;
    conn.execute(
        "INSERT INTO application_versions (app_id, version, draft, created_at) VALUES (?1, 1, ?2, ?3)",
        params![app_id, json, at],
    )?;
    Ok(())
}

/// Stores a new version of the draft (and optionally a new status / K10 number).
pub fn write_version(
    conn: &Connection,
    app_id: &str,
    version: u64,
    draft: &Application,
    status: Status,
    k10_number: Option<&str>,
    submitted_at: Option<&str>,
) -> Result<(), ApiError> {
    let json = serde_json::to_string(draft).map_err(ApiError::internal)?;
    let at = now();
    conn.execute(
        "UPDATE applications SET version = ?2, draft = ?3, status = ?4, updated_at = ?5,
             k10_number = COALESCE(?6, k10_number), submitted_at = COALESCE(?7, submitted_at)
         WHERE id = ?1",
        params![
            app_id,
            version as i64,
            json,
            status.key(),
            at,
            k10_number,
            submitted_at
        ],
    )?;
    conn.execute(
        "INSERT INTO application_versions (app_id, version, draft, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![app_id, version as i64, json, at],
    )?;
    Ok(())
}

pub fn set_status(conn: &Connection, app_id: &str, status: Status) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE applications SET status = ?2, updated_at = ?3 WHERE id = ?1",
        params![app_id, status.key(), now()],
    )?;
    Ok(())
}

/// Next number of a K10 series ("N" naturalisation, "C" marriage).
pub fn next_k10(conn: &Connection, series: &str) -> rusqlite::Result<u64> {
    conn.execute(
        "INSERT INTO k10_sequence (series, last) VALUES (?1, 1)
         ON CONFLICT(series) DO UPDATE SET last = last + 1",
        [series],
    )?;
    conn.query_row(
        "SELECT last FROM k10_sequence WHERE series = ?1",
        [series],
        |r| r.get::<_, i64>(0),
    )
    .map(|n| n as u64)
}

pub fn app_by_k10(conn: &Connection, k10: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT id FROM applications WHERE k10_number = ?1",
        [k10],
        |r| r.get(0),
    )
    .optional()
}

/// (owner id, owner role) of an application.
pub fn owner_of(conn: &Connection, app_id: &str) -> rusqlite::Result<Option<(String, Role)>> {
    conn.query_row(
        "SELECT a.id, a.role FROM applications p JOIN accounts a ON a.id = p.owner_id WHERE p.id = ?1",
        [app_id],
        |r| Ok((r.get(0)?, parse_role(&r.get::<_, String>(1)?))),
    )
    .optional()
}

pub fn associated_account(conn: &Connection, app_id: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT account_id FROM associations WHERE app_id = ?1",
        [app_id],
        |r| r.get(0),
    )
    .optional()
}

pub fn associate(conn: &Connection, app_id: &str, account_id: &str) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO associations (app_id, account_id, created_at) VALUES (?1, ?2, ?3)",
        params![app_id, account_id, now()],
    )?;
    Ok(())
}

// ------------------------------------------------------------------ submissions

/// (idempotency key, receipt JSON) of the submission of an application.
pub fn submission(conn: &Connection, app_id: &str) -> rusqlite::Result<Option<(String, String)>> {
    conn.query_row(
        "SELECT idempotency_key, receipt FROM submissions WHERE app_id = ?1",
        [app_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
}

pub fn insert_submission(
    conn: &Connection,
    app_id: &str,
    key: &str,
    receipt: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO submissions (app_id, idempotency_key, receipt) VALUES (?1, ?2, ?3)",
        params![app_id, key, receipt],
    )?;
    Ok(())
}

// ------------------------------------------------------------------ communications

pub fn insert_communication(
    conn: &Connection,
    app_id: &str,
    c: &Communication,
) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO communications (app_id, kind, date, response_days, respond_by,
             appointment_date, place, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            app_id,
            c.kind.key(),
            c.date.to_string(),
            c.response_days,
            c.respond_by.map(|d| d.to_string()),
            c.appointment_date.map(|d| d.to_string()),
            c.place,
            c.text
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn communications(conn: &Connection, app_id: &str) -> Result<Vec<Communication>, ApiError> {
    let mut stmt = conn.prepare(
        "SELECT id, kind, date, response_days, respond_by, appointment_date, place, text
         FROM communications WHERE app_id = ?1 ORDER BY date, id",
    )?;
    let rows = stmt.query_map([app_id], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<u32>>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<String>>(5)?,
            r.get::<_, String>(6)?,
            r.get::<_, String>(7)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, kind, date, response_days, respond_by, appointment, place, text) = row?;
        out.push(Communication {
            id,
            kind: parse_kind(&kind)?,
            date: parse_day(&date)?,
            response_days,
            respond_by: respond_by.as_deref().map(parse_day).transpose()?,
            appointment_date: appointment.as_deref().map(parse_day).transpose()?,
            place,
            text,
        });
    }
    Ok(out)
}

// ------------------------------------------------------------------ documents

fn kind_from_key(text: &str) -> Option<DocumentKind> {
    serde_json::from_value(serde_json::Value::String(text.to_string())).ok()
}

pub fn kind_to_key(kind: DocumentKind) -> String {
    match serde_json::to_value(kind) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

pub fn document(
    conn: &Connection,
    app_id: &str,
    sha256: &str,
) -> Result<Option<DocumentInfo>, ApiError> {
    let row: Option<(i64, Option<String>, String, String)> = conn
        .query_row(
            "SELECT size_bytes, kind, name, uploaded_at FROM documents WHERE app_id = ?1 AND sha256 = ?2",
            params![app_id, sha256],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    row.map(|(size, kind, name, at)| {
        Ok(DocumentInfo {
            sha256: sha256.to_string(),
            size_bytes: size as u64,
            kind: kind.as_deref().and_then(kind_from_key),
            name,
            uploaded_at: parse_time(&at)?,
        })
    })
    .transpose()
}

pub fn documents(conn: &Connection, app_id: &str) -> Result<Vec<DocumentInfo>, ApiError> {
    let mut stmt = conn.prepare(
        "SELECT sha256, size_bytes, kind, name, uploaded_at FROM documents WHERE app_id = ?1
         ORDER BY uploaded_at, sha256",
    )?;
    let rows = stmt.query_map([app_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (sha256, size, kind, name, at) = row?;
        out.push(DocumentInfo {
            sha256,
            size_bytes: size as u64,
            kind: kind.as_deref().and_then(kind_from_key),
            name,
            uploaded_at: parse_time(&at)?,
        });
    }
    Ok(out)
}

/// Whether this account itself sent the bytes of `sha256` (see `blob_owners`).
pub fn blob_sent_by(conn: &Connection, account_id: &str, sha256: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM blob_owners WHERE account_id = ?1 AND sha256 = ?2)",
        params![account_id, sha256],
        |r| r.get(0),
    )
}

pub fn record_blob_sender(
    conn: &Connection,
    account_id: &str,
    sha256: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO blob_owners (account_id, sha256) VALUES (?1, ?2)",
        params![account_id, sha256],
    )?;
    Ok(())
}

pub fn insert_document(
    conn: &Connection,
    app_id: &str,
    info: &DocumentInfo,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO documents (app_id, sha256, size_bytes, kind, name, uploaded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            app_id,
            info.sha256,
            info.size_bytes as i64,
            info.kind.map(kind_to_key),
            info.name,
            info.uploaded_at.to_rfc3339()
        ],
    )?;
    Ok(())
}
