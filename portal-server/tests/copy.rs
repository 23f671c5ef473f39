//! `portal-server copy`: a desk's SQLite database, filled through the real server's API, copied
//! by the real binary into a new PostgreSQL database; a server started there serves the same
//! accounts (passwords and sessions), applications with their versions, documents, K10
//! numbers, associations and communications, and goes on numbering after them. A second copy
//! into the now non-empty database is refused and changes nothing.
//! Needs `PORTAL_TEST_POSTGRES_URL` (`scripts/with-postgres`, run by `scripts/test`); without
//! it the test says so and does nothing.

mod common;

use std::net::SocketAddr;
use std::process::Command;

use cittadinanza_core::model::LegalBasis;
use cittadinanza_core::portal::IDEMPOTENCY_KEY_HEADER;
use common::{ADMIN_TOKEN, PASSWORD, draft};
use portal_server::store::DbUrl;
use reqwest::Method;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

struct Api {
    url: String,
    http: reqwest::Client,
    handle: tokio::task::JoinHandle<()>,
}

impl Api {
    async fn start(db: &DbUrl, files: Option<&std::path::Path>) -> Api {
        let options = portal_server::Options {
            admin_token: Some(ADMIN_TOKEN.into()),
            ..portal_server::Options::default()
        };
        let state = portal_server::AppState::open_url(db, files, options)
            .await
            .expect("open");
        let addr: SocketAddr = "127.0.0.1:0".parse().expect("addr");
        let (addr, handle) = portal_server::spawn_on(addr, state).await.expect("spawn");
        Api {
            url: format!("http://{addr}/v1"),
            http: reqwest::Client::new(),
            handle,
        }
    }

    async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (u16, Value) {
        let mut request = self.http.request(method, format!("{}{path}", self.url));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("request");
        let status = response.status().as_u16();
        let text = response.text().await.expect("body");
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    async fn sign_in(&self, email: &str) -> (u16, Value) {
        self.send(
            reqwest::Method::POST,
            "/sessions",
            None,
            Some(json!({"email": email, "password": PASSWORD})),
        )
        .await
    }
}

/// Runs `portal-server copy`; (success, standard output, standard error).
fn copy(from: &std::path::Path, to: &str, files: &std::path::Path) -> (bool, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .arg("copy")
        .arg("--from")
        .arg(format!("sqlite://{}", from.display()))
        .arg("--files")
        .arg(files)
        .env("PORTAL_DB", to)
        .output()
        .expect("run portal-server copy");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn rows(report: &str, table: &str) -> Option<u64> {
    report.lines().find_map(|line| {
        let mut words = line.split_whitespace();
        (words.next() == Some(table))
            .then(|| words.next().and_then(|n| n.parse().ok()))
            .flatten()
    })
}

#[tokio::test]
async fn a_desk_moves_from_sqlite_to_postgresql_with_all_its_data() {
    let Ok(server) = std::env::var("PORTAL_TEST_POSTGRES_URL") else {
        eprintln!("skipped: no PORTAL_TEST_POSTGRES_URL (run under scripts/with-postgres)");
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let sqlite = dir.path().join("portal.db");
    let desk = Api::start(&DbUrl::Sqlite(sqlite.clone()), None).await;

    // The desk's data, made through the API: an operator files an application for Ana...
    let (status, _) = desk
        .send(
            Method::POST,
            "/admin/operators",
            Some(ADMIN_TOKEN),
            Some(json!({"email": "desk@caf.example.org", "password": PASSWORD})),
        )
        .await;
    assert_eq!(status, 201);
    let (status, session) = desk.sign_in("desk@caf.example.org").await;
    assert_eq!(status, 200, "{session}");
    let token = session["token"].as_str().expect("token").to_string();
    let id = uuid::Uuid::new_v4().to_string();
    let mut application = draft("Rossi", "Ana", LegalBasis::Art9F);
    let created = desk
        .http
        .put(format!("{}/applications/{id}", desk.url))
        .bearer_auth(&token)
        .header("if-none-match", "*")
        .json(&application)
        .send()
        .await
        .expect("create");
    assert_eq!(created.status(), 201);
    application.personal.phone = "+39 02 7654321".into();
    let updated = desk
        .http
        .put(format!("{}/applications/{id}", desk.url))
        .bearer_auth(&token)
        .header("if-match", "\"1\"")
        .json(&application)
        .send()
        .await
        .expect("update");
    assert_eq!(updated.status(), 200);
    let scan: Vec<u8> = (0..200_000u32).map(|i| (i % 253) as u8).collect();
    let sha = hex::encode(Sha256::digest(&scan));
    let uploaded = desk
        .http
        .put(format!(
            "{}/applications/{id}/documents/{sha}?name=passaporto.pdf",
            desk.url
        ))
        .bearer_auth(&token)
        .body(scan.clone())
        .send()
        .await
        .expect("upload");
    assert_eq!(uploaded.status(), 201);
    let submitted = desk
        .http
        .post(format!("{}/applications/{id}/submit", desk.url))
        .bearer_auth(&token)
        .header(IDEMPOTENCY_KEY_HEADER, "submit-once")
        .send()
        .await
        .expect("submit");
    assert_eq!(submitted.status(), 201);
    let receipt: Value = submitted.json().await.expect("receipt");
    let k10 = receipt["k10_number"].as_str().expect("k10").to_string();
    let (status, _) = desk
        .send(
            Method::POST,
            "/admin/communications",
            Some(ADMIN_TOKEN),
            Some(
                json!({"k10_number": k10, "kind": "acceptance", "date": "2026-05-04",
                        "place": "", "text": "Pratica accolta per l'istruttoria"}),
            ),
        )
        .await;
    assert_eq!(status, 201);
    // ...and Ana, with an account of her own, takes it over ("associa pratica").
    let (status, second) = desk
        .send(
            Method::POST,
            "/accounts",
            None,
            Some(json!({"email": "ana@example.org", "password": PASSWORD})),
        )
        .await;
    assert_eq!(status, 201);
    let second_token = second["token"].as_str().expect("token").to_string();
    let (status, body) = desk
        .send(
            Method::POST,
            "/associations",
            Some(&second_token),
            Some(
                json!({"surname": "Rossi", "name": "Ana", "birth_date": "14/03/1988",
                        "previous_email": "ana.rossi@example.org", "k10_number": k10}),
            ),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let (_, before) = desk
        .send(
            Method::GET,
            &format!("/applications/{id}"),
            Some(&token),
            None,
        )
        .await;
    let (_, status_before) = desk
        .send(
            Method::GET,
            &format!("/applications/{id}/status"),
            Some(&token),
            None,
        )
        .await;
    desk.handle.abort();

    // The copy, by the binary.
    let postgres = common::fresh_postgres_database(&server).await;
    let files = dir.path().join("shared-files");
    let (ok, out, err) = copy(&sqlite, &postgres, &files);
    assert!(ok, "copy failed:\n{out}\n{err}");
    // Every table holds rows on the desk, and the report gives the same counts.
    let sqlite_store = portal_server::store::Store::open_sqlite(&sqlite).expect("open");
    let mut sqlite_conn = sqlite_store.conn().await.expect("conn");
    for table in [
        "accounts",
        "sessions",
        "applications",
        "application_versions",
        "associations",
        "submissions",
        "k10_sequence",
        "communications",
        "documents",
        "blob_owners",
    ] {
        let expected = sqlite_conn
            .query_one(&format!("SELECT COUNT(*) FROM {table}"), &[])
            .await
            .expect("count")
            .int(0)
            .expect("int");
        assert!(expected > 0, "{table} is empty on the desk");
        assert_eq!(
            rows(&out, table),
            Some(u64::try_from(expected).expect("count")),
            "{table} in:\n{out}"
        );
    }
    drop(sqlite_conn);
    assert!(out.contains("1 copied"), "{out}");
    assert!(!out.contains("postgres://"), "the URL is printed: {out}");

    // The network's first instance serves the same data.
    let network = Api::start(&DbUrl::Postgres(postgres.clone()), Some(&files)).await;
    // The session made on the desk is still valid; the password still works.
    let (status, after) = network
        .send(
            Method::GET,
            &format!("/applications/{id}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(status, 200, "{after}");
    assert_eq!(after, before);
    let (status, applicant) = network.sign_in("ana@example.org").await;
    assert_eq!(status, 200);
    assert_eq!(applicant["role"], "applicant");
    let (status, _) = network
        .send(
            Method::GET,
            &format!("/applications/{id}/versions/1"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(status, 200);
    let (_, status_after) = network
        .send(
            Method::GET,
            &format!("/applications/{id}/status"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(status_after, status_before);
    assert_eq!(status_after["k10_number"], k10.as_str(), "{status_after}");
    let downloaded = network
        .http
        .get(format!("{}/applications/{id}/documents/{sha}", network.url))
        .bearer_auth(&token)
        .send()
        .await
        .expect("download");
    assert_eq!(downloaded.status(), 200);
    assert_eq!(downloaded.bytes().await.expect("bytes").as_ref(), &scan[..]);
    // The associated account sees the application; the operator signs in again.
    let (status, list) = network
        .send(Method::GET, "/applications", Some(&second_token), None)
        .await;
    assert_eq!(status, 200);
    assert!(list.to_string().contains(&id), "{list}");
    let (status, operator) = network.sign_in("desk@caf.example.org").await;
    assert_eq!(status, 200);
    assert_eq!(operator["role"], "operator");
    // Numbering goes on: the next application gets the next K10 number, the next
    // communication the next id.
    let next = uuid::Uuid::new_v4().to_string();
    let created = network
        .http
        .put(format!("{}/applications/{next}", network.url))
        .bearer_auth(&token)
        .header("if-none-match", "*")
        .json(&draft("Rossi", "Ana", LegalBasis::Art9F))
        .send()
        .await
        .expect("create");
    assert_eq!(created.status(), 201);
    let submitted = network
        .http
        .post(format!("{}/applications/{next}/submit", network.url))
        .bearer_auth(&token)
        .header(IDEMPOTENCY_KEY_HEADER, "another")
        .send()
        .await
        .expect("submit");
    assert_eq!(submitted.status(), 201);
    let receipt: Value = submitted.json().await.expect("receipt");
    assert_ne!(receipt["k10_number"], k10.as_str());
    assert!(
        receipt["k10_number"].as_str().expect("k10") > k10.as_str(),
        "{receipt} after {k10}"
    );
    let (status, communication) = network
        .send(
            Method::POST,
            "/admin/communications",
            Some(ADMIN_TOKEN),
            Some(
                json!({"application_id": id, "kind": "notice_10bis", "date": "2026-06-01",
                        "response_days": 10, "place": "", "text": "Manca il certificato"}),
            ),
        )
        .await;
    assert_eq!(status, 201, "{communication}");
    let first = status_before["communications"][0]["id"]
        .as_i64()
        .expect("id");
    assert_eq!(
        communication["id"].as_i64(),
        Some(first + 1),
        "{communication}"
    );
    network.handle.abort();

    // A second copy into the same database is refused, and nothing changes.
    let (ok, out, err) = copy(&sqlite, &postgres, &files);
    assert!(!ok, "a copy into a non-empty database succeeded:\n{out}");
    assert!(err.contains("not empty"), "{err}");
    let store = portal_server::store::Store::open_postgres(&postgres).expect("pool");
    let mut conn = store.conn().await.expect("connect");
    let applications = conn
        .query_one("SELECT COUNT(*) FROM applications", &[])
        .await
        .expect("count")
        .int(0)
        .expect("int");
    assert_eq!(applications, 2);
}

#[tokio::test]
async fn copy_refuses_what_is_not_sqlite_to_postgresql() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("missing.db");
    let (ok, _, err) = copy(&missing, "postgres://nobody@127.0.0.1:1/none", dir.path());
    assert!(!ok);
    assert!(err.contains("is not a SQLite database file"), "{err}");
    assert!(!missing.exists(), "the copy created the source");
    let (ok, _, err) = copy(&missing, "/tmp/other.db", dir.path());
    assert!(!ok);
    assert!(err.contains("PostgreSQL"), "{err}");
}

#[tokio::test]
async fn a_copy_that_fails_half_way_leaves_the_target_empty() {
    let Ok(server) = std::env::var("PORTAL_TEST_POSTGRES_URL") else {
        eprintln!("skipped: no PORTAL_TEST_POSTGRES_URL (run under scripts/with-postgres)");
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let sqlite = dir.path().join("portal.db");
    let desk = Api::start(&DbUrl::Sqlite(sqlite.clone()), None).await;
    let (status, _) = desk
        .send(
            reqwest::Method::POST,
            "/accounts",
            None,
            Some(json!({"email": "ana@example.org", "password": PASSWORD})),
        )
        .await;
    assert_eq!(status, 201);
    desk.handle.abort();
    // A document of an application that does not exist (a damaged file): PostgreSQL's foreign
    // key refuses it after the accounts and sessions went in.
    {
        let store = portal_server::store::Store::open_sqlite(&sqlite).expect("open");
        let mut conn = store.conn().await.expect("conn");
        conn.batch(
            "PRAGMA foreign_keys = OFF;
             INSERT INTO documents (app_id, sha256, size_bytes, kind, name, uploaded_at)
             VALUES ('no-such-application', 'ab', 1, NULL, 'x.pdf', '2026-01-01T00:00:00Z');",
        )
        .await
        .expect("damage");
    }
    let postgres = common::fresh_postgres_database(&server).await;
    let (ok, out, err) = copy(&sqlite, &postgres, &dir.path().join("files"));
    assert!(!ok, "a damaged database was copied:\n{out}");
    assert!(err.contains("documents"), "{err}");
    let store = portal_server::store::Store::open_postgres(&postgres).expect("pool");
    let mut conn = store.conn().await.expect("connect");
    for table in ["accounts", "sessions", "documents"] {
        let rows = conn
            .query_one(&format!("SELECT COUNT(*) FROM {table}"), &[])
            .await
            .expect("count")
            .int(0)
            .expect("int");
        assert_eq!(rows, 0, "{table} kept rows of a failed copy");
    }
}
