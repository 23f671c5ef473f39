//! Schema migrations, kept in `portal-server/migrations/{sqlite,postgres}/NNN_name.sql` and
//! built into the binary. Applied at start and by `portal-server migrate`, each in its own
//! transaction, recorded in `schema_migrations`. On PostgreSQL an advisory lock makes
//! instances that start together apply them once.

use crate::store::{DbError, Store};

/// (number, name, SQL) of each backend, in order. Both lists have the same numbers and
/// meaning; only the dialect differs.
const SQLITE: &[(i64, &str, &str)] = &[
    (
        1,
        "initial",
        include_str!("../migrations/sqlite/001_initial.sql"),
    ),
    (
        2,
        "blob_owners",
        include_str!("../migrations/sqlite/002_blob_owners.sql"),
    ),
    (
        3,
        "rate_limits",
        include_str!("../migrations/sqlite/003_rate_limits.sql"),
    ),
    (
        4,
        "upload_locks",
        include_str!("../migrations/sqlite/004_upload_locks.sql"),
    ),
];

const POSTGRES: &[(i64, &str, &str)] = &[
    (
        1,
        "initial",
        include_str!("../migrations/postgres/001_initial.sql"),
    ),
    (
        2,
        "blob_owners",
        include_str!("../migrations/postgres/002_blob_owners.sql"),
    ),
    (
        3,
        "rate_limits",
        include_str!("../migrations/postgres/003_rate_limits.sql"),
    ),
    (
        4,
        "upload_locks",
        include_str!("../migrations/postgres/004_upload_locks.sql"),
    ),
];

/// Any number; the lock only keeps instances of this server from migrating at once.
const ADVISORY_LOCK: i64 = 0x706f_7274_616c;

const CREATE_TABLE: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (
    version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

/// Applies what is missing; the names of the migrations applied now.
pub async fn apply(store: &Store) -> Result<Vec<String>, DbError> {
    let mut conn = store.conn().await?;
    let list = if store.is_postgres() {
        POSTGRES
    } else {
        SQLITE
    };
    if !store.is_postgres() {
        adopt_unversioned_sqlite(&mut conn).await?;
    }
    conn.batch(CREATE_TABLE).await?;
    let mut applied = Vec::new();
    for (version, name, sql) in list {
        conn.begin().await?;
        if store.is_postgres() {
            conn.execute("SELECT pg_advisory_xact_lock($1)", crate::p![ADVISORY_LOCK])
                .await?;
        }
        let done = conn
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = $1)",
                crate::p![*version],
            )
            .await?
            .bool(0)?;
        if !done {
            conn.batch(sql)
                .await
                .map_err(|e| DbError::Migration(format!("{version:03}_{name}"), e.to_string()))?;
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
                crate::p![*version, *name, crate::db::now()],
            )
            .await?;
            applied.push(format!("{version:03}_{name}"));
        }
        conn.commit().await?;
    }
    Ok(applied)
}

/// A SQLite database made before migrations were recorded holds the tables of 001 and, since
/// the security work, of 002: record them, so that 002's back-fill runs only on databases
/// that lacked `blob_owners` (as the server did before).
async fn adopt_unversioned_sqlite(conn: &mut crate::store::Conn) -> Result<(), DbError> {
    let has = |table: &'static str| {
        format!(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{table}')"
        )
    };
    let versioned = conn
        .query_one(&has("schema_migrations"), &[])
        .await?
        .bool(0)?;
    let accounts = conn.query_one(&has("accounts"), &[]).await?.bool(0)?;
    if versioned || !accounts {
        return Ok(());
    }
    let owners = conn.query_one(&has("blob_owners"), &[]).await?.bool(0)?;
    conn.batch(CREATE_TABLE).await?;
    for (version, name, _) in SQLITE.iter().take(if owners { 2 } else { 1 }) {
        conn.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
            crate::p![*version, *name, crate::db::now()],
        )
        .await?;
    }
    Ok(())
}
