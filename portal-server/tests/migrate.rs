//! `portal-server migrate`: the schema of `migrations/` applied once, on the backend under
//! test, and a SQLite database of a version before migrations adopted without losing rows.

mod common;

use std::process::Command;

use portal_server::store::{DbUrl, Store};

fn migrate(db: &str, files: &std::path::Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .args(["migrate", "--db", db, "--files"])
        .arg(files)
        .output()
        .expect("run portal-server migrate")
}

async fn applied(store: &Store) -> Vec<(i64, String)> {
    let mut conn = store.conn().await.expect("connect");
    conn.query(
        "SELECT version, name FROM schema_migrations ORDER BY version",
        &[],
    )
    .await
    .expect("schema_migrations")
    .iter()
    .map(|row| (row.int(0).expect("version"), row.text(1).expect("name")))
    .collect()
}

#[tokio::test]
async fn migrate_applies_every_migration_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = common::fresh_database(dir.path()).await;
    let text = match &url {
        DbUrl::Postgres(url) => url.clone(),
        DbUrl::Sqlite(path) => format!("sqlite://{}", path.display()),
    };
    for _ in 0..2 {
        let output = migrate(&text, dir.path());
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(String::from_utf8_lossy(&output.stdout).contains("up to date"));
    }
    let store = match &url {
        DbUrl::Postgres(url) => Store::open_postgres(url).expect("pool"),
        DbUrl::Sqlite(path) => Store::open_sqlite(path).expect("sqlite"),
    };
    let names: Vec<String> = applied(&store).await.into_iter().map(|(_, n)| n).collect();
    assert_eq!(
        names,
        ["initial", "blob_owners", "rate_limits", "upload_locks"]
    );
    // The tables are usable (the limits' table, created by 003).
    let mut conn = store.conn().await.expect("connect");
    conn.execute(
        "INSERT INTO rate_limits (limiter, key, count, until_ms) VALUES ($1, $2, 1, 0)",
        portal_server::p!["sign_in_address", "127.0.0.1"],
    )
    .await
    .expect("insert");
}

#[tokio::test]
async fn a_sqlite_database_from_before_migrations_is_adopted_and_back_filled() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("portal.db");
    {
        // The schema of the first server (no blob_owners), with a document.
        let conn = rusqlite::Connection::open(&path).expect("sqlite");
        conn.execute_batch(include_str!("../migrations/sqlite/001_initial.sql"))
            .expect("old schema");
        conn.execute_batch(
            "INSERT INTO accounts VALUES ('a1', 'ana@example.org', 'x', 'applicant', '2026-01-01T00:00:00Z');
             INSERT INTO applications (id, owner_id, version, status, draft, created_at, updated_at)
                 VALUES ('p1', 'a1', 1, 'draft', '{}', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
             INSERT INTO documents VALUES ('p1', 'abc', 3, NULL, 'scan.pdf', '2026-01-01T00:00:00Z');",
        )
        .expect("old rows");
    }
    let output = migrate(path.to_str().expect("utf-8 path"), dir.path());
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let store = Store::open_sqlite(&path).expect("sqlite");
    assert_eq!(applied(&store).await.len(), 4);
    let mut conn = store.conn().await.expect("connect");
    let owner = conn
        .query_one(
            "SELECT account_id FROM blob_owners WHERE sha256 = 'abc'",
            &[],
        )
        .await
        .expect("back-filled owner");
    assert_eq!(owner.text(0).expect("text"), "a1");
    let accounts = conn
        .query_one("SELECT COUNT(*) FROM accounts", &[])
        .await
        .expect("count");
    assert_eq!(accounts.int(0).expect("int"), 1);
}
