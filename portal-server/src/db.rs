//! The queries of the server, over either backend ([`crate::store`]). Every function takes a
//! connection that the caller holds for the whole operation (in a transaction when it
//! changes several rows), so each API call is atomic. The schemas are in `migrations/`.

use chrono::{DateTime, NaiveDate, Utc};
use cittadinanza_core::model::{Application, DocumentKind};
use cittadinanza_core::portal::{
    ApplicationRecord, ApplicationSummary, Communication, CommunicationKind, DocumentInfo, Role,
    Status,
};

use crate::error::ApiError;
use crate::p;
use crate::store::{Conn, Row};

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

pub async fn create_account(
    c: &mut Conn,
    email: &str,
    password_hash: &str,
    role: Role,
) -> Result<String, ApiError> {
    let id = uuid::Uuid::new_v4().to_string();
    let inserted = c
        .execute(
            "INSERT INTO accounts (id, email, password_hash, role, created_at)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (email) DO NOTHING",
            p![&id, email, password_hash, role_key(role), now()],
        )
        .await?;
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
pub async fn account_by_email(
    c: &mut Conn,
    email: &str,
) -> Result<Option<(String, String, Role)>, ApiError> {
    c.query_opt(
        "SELECT id, password_hash, role FROM accounts WHERE email = $1",
        p![email],
    )
    .await?
    .map(|r| Ok((r.text(0)?, r.text(1)?, parse_role(&r.text(2)?))))
    .transpose()
}

/// (e-mail, password hash) of an account.
pub async fn account_by_id(c: &mut Conn, id: &str) -> Result<Option<(String, String)>, ApiError> {
    c.query_opt(
        "SELECT email, password_hash FROM accounts WHERE id = $1",
        p![id],
    )
    .await?
    .map(|r| Ok((r.text(0)?, r.text(1)?)))
    .transpose()
}

pub async fn set_password_hash(c: &mut Conn, id: &str, hash: &str) -> Result<(), ApiError> {
    c.execute(
        "UPDATE accounts SET password_hash = $2 WHERE id = $1",
        p![id, hash],
    )
    .await?;
    Ok(())
}

/// Ends every session of the account but `keep` (a token hash); the number ended.
pub async fn delete_sessions_of(
    c: &mut Conn,
    account_id: &str,
    keep: Option<&str>,
) -> Result<u64, ApiError> {
    Ok(c.execute(
        "DELETE FROM sessions WHERE account_id = $1 AND token_hash IS DISTINCT FROM $2",
        p![account_id, keep],
    )
    .await?)
}

pub async fn create_session(
    c: &mut Conn,
    account_id: &str,
    token_hash: &str,
    expires_at: DateTime<Utc>,
) -> Result<(), ApiError> {
    c.execute("DELETE FROM sessions WHERE expires_at < $1", p![now()])
        .await?;
    c.execute(
        "INSERT INTO sessions (token_hash, account_id, expires_at) VALUES ($1, $2, $3)",
        p![token_hash, account_id, expires_at.to_rfc3339()],
    )
    .await?;
    Ok(())
}

pub async fn delete_session(c: &mut Conn, token_hash: &str) -> Result<(), ApiError> {
    c.execute("DELETE FROM sessions WHERE token_hash = $1", p![token_hash])
        .await?;
    Ok(())
}

/// The account of a valid (not expired) session.
pub async fn session_account(
    c: &mut Conn,
    token_hash: &str,
) -> Result<Option<(String, Role)>, ApiError> {
    let row = c
        .query_opt(
            "SELECT s.account_id, a.role, s.expires_at FROM sessions s
             JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = $1",
            p![token_hash],
        )
        .await?;
    let Some(row) = row else { return Ok(None) };
    if parse_time(&row.text(2)?)? > Utc::now() {
        Ok(Some((row.text(0)?, parse_role(&row.text(1)?))))
    } else {
        Ok(None)
    }
}

// ------------------------------------------------------------------ applications

/// Whether the account may see the application: it created it, or associated it.
pub async fn can_access(c: &mut Conn, app_id: &str, account_id: &str) -> Result<bool, ApiError> {
    Ok(c.query_one(
        "SELECT EXISTS (SELECT 1 FROM applications WHERE id = $1 AND owner_id = $2)
                 OR EXISTS (SELECT 1 FROM associations WHERE app_id = $1 AND account_id = $2)",
        p![app_id, account_id],
    )
    .await?
    .bool(0)?)
}

pub async fn exists(c: &mut Conn, app_id: &str) -> Result<bool, ApiError> {
    Ok(c.query_one(
        "SELECT EXISTS (SELECT 1 FROM applications WHERE id = $1)",
        p![app_id],
    )
    .await?
    .bool(0)?)
}

/// Inside a transaction, locks the application's row until the commit, so that a decision
/// taken on what was read (the version of an update, a submission) is not raced by another
/// instance. SQLite's `BEGIN IMMEDIATE` already holds the whole database.
pub async fn lock_application(c: &mut Conn, app_id: &str) -> Result<(), ApiError> {
    if c.is_postgres() {
        c.execute(
            "SELECT 1 FROM applications WHERE id = $1 FOR UPDATE",
            p![app_id],
        )
        .await?;
    }
    Ok(())
}

pub async fn load_record(
    c: &mut Conn,
    app_id: &str,
) -> Result<Option<ApplicationRecord>, ApiError> {
    let row = c
        .query_opt(
            "SELECT version, status, k10_number, draft, created_at, updated_at, submitted_at
             FROM applications WHERE id = $1",
            p![app_id],
        )
        .await?;
    let Some(r) = row else { return Ok(None) };
    Ok(Some(ApplicationRecord {
        id: app_id.to_string(),
        version: r.int(0)? as u64,
        status: parse_status(&r.text(1)?)?,
        k10_number: r.opt_text(2)?,
        created_at: parse_time(&r.text(4)?)?,
        updated_at: parse_time(&r.text(5)?)?,
        submitted_at: r.opt_text(6)?.as_deref().map(parse_time).transpose()?,
        draft: serde_json::from_str(&r.text(3)?).map_err(ApiError::internal)?,
    }))
}

pub async fn load_version(
    c: &mut Conn,
    app_id: &str,
    version: u64,
) -> Result<Option<(Application, DateTime<Utc>)>, ApiError> {
    let row = c
        .query_opt(
            "SELECT draft, created_at FROM application_versions WHERE app_id = $1 AND version = $2",
            p![app_id, version as i64],
        )
        .await?;
    row.map(|r| {
        Ok((
            serde_json::from_str(&r.text(0)?).map_err(ApiError::internal)?,
            parse_time(&r.text(1)?)?,
        ))
    })
    .transpose()
}

pub async fn list_for(c: &mut Conn, account_id: &str) -> Result<Vec<ApplicationSummary>, ApiError> {
    let rows = c
        .query(
            "SELECT id, version, status, k10_number, draft, updated_at FROM applications
             WHERE owner_id = $1 OR id IN (SELECT app_id FROM associations WHERE account_id = $1)
             ORDER BY updated_at DESC",
            p![account_id],
        )
        .await?;
    let mut out = Vec::new();
    for r in rows {
        let draft: Application = serde_json::from_str(&r.text(4)?).map_err(ApiError::internal)?;
        out.push(ApplicationSummary {
            id: r.text(0)?,
            version: r.int(1)? as u64,
            status: parse_status(&r.text(2)?)?,
            k10_number: r.opt_text(3)?,
            display_name: draft.display_name(),
            updated_at: parse_time(&r.text(5)?)?,
        });
    }
    Ok(out)
}

/// Creates the application; false when its id exists already (another request, perhaps on
/// another instance, created it first).
pub async fn insert_application(
    c: &mut Conn,
    app_id: &str,
    owner_id: &str,
    draft: &Application,
) -> Result<bool, ApiError> {
    let json = serde_json::to_string(draft).map_err(ApiError::internal)?;
    let at = now();
    let inserted = c
        .execute(
            "INSERT INTO applications (id, owner_id, version, status, draft, created_at, updated_at)
             VALUES ($1, $2, 1, 'draft', $3, $4, $4) ON CONFLICT (id) DO NOTHING",
            p![app_id, owner_id, &json, &at],
        )
        .await?;
    if inserted == 0 {
        return Ok(false);
    }
    c.execute(
        "INSERT INTO application_versions (app_id, version, draft, created_at) VALUES ($1, 1, $2, $3)",
        p![app_id, json, at],
    )
    .await?;
    Ok(true)
}

/// Stores a new version of the draft (and optionally a new status / K10 number).
pub async fn write_version(
    c: &mut Conn,
    app_id: &str,
    version: u64,
    draft: &Application,
    status: Status,
    k10_number: Option<&str>,
    submitted_at: Option<&str>,
) -> Result<(), ApiError> {
    let json = serde_json::to_string(draft).map_err(ApiError::internal)?;
    let at = now();
    c.execute(
        "UPDATE applications SET version = $2, draft = $3, status = $4, updated_at = $5,
             k10_number = COALESCE($6, k10_number), submitted_at = COALESCE($7, submitted_at)
         WHERE id = $1",
        p![
            app_id,
            version as i64,
            &json,
            status.key(),
            &at,
            k10_number,
            submitted_at
        ],
    )
    .await?;
    c.execute(
        "INSERT INTO application_versions (app_id, version, draft, created_at) VALUES ($1, $2, $3, $4)",
        p![app_id, version as i64, json, at],
    )
    .await?;
    Ok(())
}

pub async fn set_status(c: &mut Conn, app_id: &str, status: Status) -> Result<(), ApiError> {
    c.execute(
        "UPDATE applications SET status = $2, updated_at = $3 WHERE id = $1",
        p![app_id, status.key(), now()],
    )
    .await?;
    Ok(())
}

/// Next number of a K10 series ("N" naturalisation, "C" marriage). One statement that takes
/// the series' row lock: parallel submits, on any instance, never share a number.
pub async fn next_k10(c: &mut Conn, series: &str) -> Result<u64, ApiError> {
    Ok(c.query_one(
        "INSERT INTO k10_sequence (series, last) VALUES ($1, 1)
             ON CONFLICT (series) DO UPDATE SET last = k10_sequence.last + 1
             RETURNING last",
        p![series],
    )
    .await?
    .int(0)? as u64)
}

pub async fn app_by_k10(c: &mut Conn, k10: &str) -> Result<Option<String>, ApiError> {
    c.query_opt("SELECT id FROM applications WHERE k10_number = $1", p![k10])
        .await?
        .map(|r| Ok(r.text(0)?))
        .transpose()
}

/// (owner id, owner role) of an application.
pub async fn owner_of(c: &mut Conn, app_id: &str) -> Result<Option<(String, Role)>, ApiError> {
    c.query_opt(
        "SELECT a.id, a.role FROM applications p JOIN accounts a ON a.id = p.owner_id WHERE p.id = $1",
        p![app_id],
    )
    .await?
    .map(|r| Ok((r.text(0)?, parse_role(&r.text(1)?))))
    .transpose()
}

pub async fn associated_account(c: &mut Conn, app_id: &str) -> Result<Option<String>, ApiError> {
    c.query_opt(
        "SELECT account_id FROM associations WHERE app_id = $1",
        p![app_id],
    )
    .await?
    .map(|r| Ok(r.text(0)?))
    .transpose()
}

pub async fn associate(c: &mut Conn, app_id: &str, account_id: &str) -> Result<(), ApiError> {
    c.execute(
        "INSERT INTO associations (app_id, account_id, created_at) VALUES ($1, $2, $3)",
        p![app_id, account_id, now()],
    )
    .await?;
    Ok(())
}

// ------------------------------------------------------------------ submissions

/// (idempotency key, receipt JSON) of the submission of an application.
pub async fn submission(c: &mut Conn, app_id: &str) -> Result<Option<(String, String)>, ApiError> {
    c.query_opt(
        "SELECT idempotency_key, receipt FROM submissions WHERE app_id = $1",
        p![app_id],
    )
    .await?
    .map(|r| Ok((r.text(0)?, r.text(1)?)))
    .transpose()
}

pub async fn insert_submission(
    c: &mut Conn,
    app_id: &str,
    key: &str,
    receipt: &str,
) -> Result<(), ApiError> {
    c.execute(
        "INSERT INTO submissions (app_id, idempotency_key, receipt) VALUES ($1, $2, $3)",
        p![app_id, key, receipt],
    )
    .await?;
    Ok(())
}

// ------------------------------------------------------------------ communications

pub async fn insert_communication(
    c: &mut Conn,
    app_id: &str,
    m: &Communication,
) -> Result<i64, ApiError> {
    Ok(c.query_one(
        "INSERT INTO communications (app_id, kind, date, response_days, respond_by,
                 appointment_date, place, text) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             RETURNING id",
        p![
            app_id,
            m.kind.key(),
            m.date.to_string(),
            m.response_days.map(i64::from),
            m.respond_by.map(|d| d.to_string()),
            m.appointment_date.map(|d| d.to_string()),
            &m.place,
            &m.text
        ],
    )
    .await?
    .int(0)?)
}

pub async fn communications(c: &mut Conn, app_id: &str) -> Result<Vec<Communication>, ApiError> {
    let rows = c
        .query(
            "SELECT id, kind, date, response_days, respond_by, appointment_date, place, text
             FROM communications WHERE app_id = $1 ORDER BY date, id",
            p![app_id],
        )
        .await?;
    let mut out = Vec::new();
    for r in rows {
        out.push(Communication {
            id: r.int(0)?,
            kind: parse_kind(&r.text(1)?)?,
            date: parse_day(&r.text(2)?)?,
            response_days: r
                .opt_int(3)?
                .map(u32::try_from)
                .transpose()
                .map_err(ApiError::internal)?,
            respond_by: r.opt_text(4)?.as_deref().map(parse_day).transpose()?,
            appointment_date: r.opt_text(5)?.as_deref().map(parse_day).transpose()?,
            place: r.text(6)?,
            text: r.text(7)?,
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

fn document_info(sha256: String, r: &Row, first: usize) -> Result<DocumentInfo, ApiError> {
    Ok(DocumentInfo {
        sha256,
        size_bytes: r.int(first)? as u64,
        kind: r.opt_text(first + 1)?.as_deref().and_then(kind_from_key),
        name: r.text(first + 2)?,
        uploaded_at: parse_time(&r.text(first + 3)?)?,
    })
}

pub async fn document(
    c: &mut Conn,
    app_id: &str,
    sha256: &str,
) -> Result<Option<DocumentInfo>, ApiError> {
    c.query_opt(
        "SELECT size_bytes, kind, name, uploaded_at FROM documents WHERE app_id = $1 AND sha256 = $2",
        p![app_id, sha256],
    )
    .await?
    .map(|r| document_info(sha256.to_string(), &r, 0))
    .transpose()
}

pub async fn documents(c: &mut Conn, app_id: &str) -> Result<Vec<DocumentInfo>, ApiError> {
    c.query(
        "SELECT sha256, size_bytes, kind, name, uploaded_at FROM documents WHERE app_id = $1
         ORDER BY uploaded_at, sha256",
        p![app_id],
    )
    .await?
    .iter()
    .map(|r| document_info(r.text(0)?, r, 1))
    .collect()
}

/// Whether this account itself sent the bytes of `sha256` (see `blob_owners`).
pub async fn blob_sent_by(c: &mut Conn, account_id: &str, sha256: &str) -> Result<bool, ApiError> {
    Ok(c.query_one(
        "SELECT EXISTS (SELECT 1 FROM blob_owners WHERE account_id = $1 AND sha256 = $2)",
        p![account_id, sha256],
    )
    .await?
    .bool(0)?)
}

pub async fn record_blob_sender(
    c: &mut Conn,
    account_id: &str,
    sha256: &str,
) -> Result<(), ApiError> {
    c.execute(
        "INSERT INTO blob_owners (account_id, sha256) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        p![account_id, sha256],
    )
    .await?;
    Ok(())
}

pub async fn insert_document(
    c: &mut Conn,
    app_id: &str,
    info: &DocumentInfo,
) -> Result<(), ApiError> {
    c.execute(
        "INSERT INTO documents (app_id, sha256, size_bytes, kind, name, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
        p![
            app_id,
            &info.sha256,
            info.size_bytes as i64,
            info.kind.map(kind_to_key),
            &info.name,
            info.uploaded_at.to_rfc3339()
        ],
    )
    .await?;
    Ok(())
}

/// Ids of the applications of the account that owns `app_id` (the partial-upload quota).
pub async fn sibling_applications(c: &mut Conn, app_id: &str) -> Result<Vec<String>, ApiError> {
    c.query(
        "SELECT id FROM applications
         WHERE owner_id = (SELECT owner_id FROM applications WHERE id = $1)",
        p![app_id],
    )
    .await?
    .iter()
    .map(|r| Ok(r.text(0)?))
    .collect()
}
