//! Two server instances on two ports over one PostgreSQL database (and one shared folder of
//! documents), requests alternating between them: what one instance did, the other knows.
//! Needs `PORTAL_TEST_POSTGRES_URL` (`scripts/with-postgres`, run by `scripts/test`); without
//! it the test says so and does nothing, as SQLite serves one instance only.

mod common;

use std::net::SocketAddr;

use cittadinanza_core::model::LegalBasis;
use cittadinanza_core::portal::IDEMPOTENCY_KEY_HEADER;
use common::{PASSWORD, draft};
use futures_util::future::join_all;
use portal_server::store::DbUrl;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

struct Pair {
    urls: [String; 2],
    http: reqwest::Client,
    _dir: tempfile::TempDir,
    _handles: Vec<tokio::task::JoinHandle<()>>,
}

impl Pair {
    async fn start(server: &str) -> Pair {
        let dir = tempfile::tempdir().expect("tempdir");
        let url = DbUrl::Postgres(common::fresh_postgres_database(server).await);
        let mut urls = Vec::new();
        let mut handles = Vec::new();
        for _ in 0..2 {
            let state =
                common::open_state_on(&url, dir.path(), portal_server::Options::default()).await;
            let addr: SocketAddr = "127.0.0.1:0".parse().expect("addr");
            let (addr, handle) = portal_server::spawn_on(addr, state).await.expect("spawn");
            urls.push(format!("http://{addr}/v1"));
            handles.push(handle);
        }
        Pair {
            urls: [urls[0].clone(), urls[1].clone()],
            http: reqwest::Client::new(),
            _dir: dir,
            _handles: handles,
        }
    }

    /// The instance for the `i`-th request: 0, 1, 0, 1...
    fn at(&self, i: usize) -> &str {
        &self.urls[i % 2]
    }

    async fn register(&self, i: usize, email: &str) -> String {
        let response = self
            .http
            .post(format!("{}/accounts", self.at(i)))
            .json(&json!({"email": email, "password": PASSWORD}))
            .send()
            .await
            .expect("register");
        assert_eq!(response.status(), 201);
        let session: Value = response.json().await.expect("session");
        session["token"].as_str().expect("token").to_string()
    }

    async fn create(&self, i: usize, token: &str, surname: &str) -> String {
        let id = uuid::Uuid::new_v4().to_string();
        let response = self
            .http
            .put(format!("{}/applications/{id}", self.at(i)))
            .bearer_auth(token)
            .header("if-none-match", "*")
            .json(&draft(surname, "Ana", LegalBasis::Art9F))
            .send()
            .await
            .expect("create");
        assert_eq!(response.status(), 201);
        id
    }

    async fn submit(&self, i: usize, token: &str, id: &str, key: &str) -> (u16, Value) {
        let response = self
            .http
            .post(format!("{}/applications/{id}/submit", self.at(i)))
            .bearer_auth(token)
            .header(IDEMPOTENCY_KEY_HEADER, key)
            .send()
            .await
            .expect("submit");
        let status = response.status().as_u16();
        (status, response.json().await.expect("body"))
    }
}

#[tokio::test]
async fn two_instances_share_accounts_applications_k10_uploads_and_limits() {
    let Ok(server) = std::env::var("PORTAL_TEST_POSTGRES_URL") else {
        eprintln!("skipped: no PORTAL_TEST_POSTGRES_URL (run under scripts/with-postgres)");
        return;
    };
    let pair = Pair::start(&server).await;

    // One account: registered on the first instance, its session valid on the second.
    let token = pair.register(0, "ana@example.org").await;
    let listed = pair
        .http
        .get(format!("{}/applications", pair.at(1)))
        .bearer_auth(&token)
        .send()
        .await
        .expect("list");
    assert_eq!(listed.status(), 200);

    // One application: created on the second, read and updated on the first; an update on
    // the second from the old version is a 412 conflict carrying the first's version.
    let id = pair.create(1, &token, "Rossi").await;
    let mut changed = draft("Rossi", "Ana", LegalBasis::Art9F);
    changed.personal.phone = "+39 02 1234567".into();
    let update = |i: usize| {
        pair.http
            .put(format!("{}/applications/{id}", pair.at(i)))
            .bearer_auth(&token)
            .header("if-match", "\"1\"")
            .json(&changed)
            .send()
    };
    assert_eq!(update(0).await.expect("update").status(), 200);
    let stale = update(1).await.expect("stale update");
    assert_eq!(stale.status(), 412);
    let conflict: Value = stale.json().await.expect("conflict body");
    assert_eq!(conflict["current"]["version"], 2, "{conflict}");

    // Parallel submits of one application on both instances: one K10, one receipt.
    let keys: Vec<String> = (0..8).map(|i| format!("key-{i}")).collect();
    let answers = join_all(
        keys.iter()
            .enumerate()
            .map(|(i, key)| pair.submit(i, &token, &id, key)),
    )
    .await;
    let created: Vec<&Value> = answers
        .iter()
        .filter(|(status, _)| *status == 201)
        .map(|(_, body)| body)
        .collect();
    assert_eq!(created.len(), 1, "{answers:?}");
    assert!(
        answers.iter().all(|(s, _)| *s == 201 || *s == 409),
        "{answers:?}"
    );
    // Parallel submits of different applications on both instances: distinct numbers.
    let mut ids = Vec::new();
    for i in 0..8 {
        ids.push(pair.create(i, &token, &format!("Bianchi{i}")).await);
    }
    let answers = join_all(
        ids.iter()
            .enumerate()
            .map(|(i, id)| pair.submit(i, &token, id, "same-key")),
    )
    .await;
    let mut numbers: Vec<String> = answers
        .iter()
        .map(|(status, body)| {
            assert_eq!(*status, 201, "{body}");
            body["k10_number"].as_str().expect("k10").to_string()
        })
        .collect();
    numbers.push(created[0]["k10_number"].as_str().expect("k10").to_string());
    let count = numbers.len();
    numbers.sort();
    numbers.dedup();
    assert_eq!(
        numbers.len(),
        count,
        "a K10 number given twice: {numbers:?}"
    );

    // An upload started on the first instance, resumed on the second, read on the first.
    let upload_app = pair.create(0, &token, "Verdi").await;
    let scan: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
    let sha = hex::encode(Sha256::digest(&scan));
    let half = scan.len() / 2;
    let document = format!(
        "{}/applications/{upload_app}/documents/{sha}?name=scan.pdf",
        ""
    );
    let first = pair
        .http
        .put(format!("{}{document}", pair.at(0)))
        .bearer_auth(&token)
        .header(
            "content-range",
            format!("bytes 0-{}/{}", half - 1, scan.len()),
        )
        .body(scan[..half].to_vec())
        .send()
        .await
        .expect("first half");
    assert_eq!(first.status(), 202);
    let progress: Value = pair
        .http
        .get(format!(
            "{}/applications/{upload_app}/uploads/{sha}",
            pair.at(1)
        ))
        .bearer_auth(&token)
        .send()
        .await
        .expect("progress")
        .json()
        .await
        .expect("progress body");
    assert_eq!(progress["received"], half as u64, "{progress}");
    let rest = pair
        .http
        .put(format!("{}{document}", pair.at(1)))
        .bearer_auth(&token)
        .header(
            "content-range",
            format!("bytes {half}-{}/{}", scan.len() - 1, scan.len()),
        )
        .body(scan[half..].to_vec())
        .send()
        .await
        .expect("second half");
    assert_eq!(rest.status(), 201);
    let back = pair
        .http
        .get(format!("{}{document}", pair.at(0)))
        .bearer_auth(&token)
        .send()
        .await
        .expect("download");
    assert_eq!(back.status(), 200);
    assert_eq!(back.bytes().await.expect("bytes").as_ref(), &scan[..]);

    // A guesser alternating instances gets the tries of one instance: 5 per account and
    // address, then 429 on both.
    pair.register(1, "victim@example.org").await;
    let mut statuses = Vec::new();
    for i in 0..12 {
        let response = pair
            .http
            .post(format!("{}/sessions", pair.at(i)))
            .json(&json!({"email": "victim@example.org", "password": format!("wrong guess {i}")}))
            .send()
            .await
            .expect("guess");
        statuses.push(response.status().as_u16());
    }
    assert_eq!(&statuses[..5], &[401; 5], "{statuses:?}");
    assert!(statuses[5..].iter().all(|s| *s == 429), "{statuses:?}");
}
