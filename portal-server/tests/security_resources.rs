//! Attacks on the server's resources (issue 11, findings 5, 7, 8, 9), each performed against
//! the real server on 127.0.0.1: hostile drafts, half requests, idle and surplus
//! connections, abandoned uploads, and files at rest. Each test fails if the attack works.

mod common;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use cittadinanza_core::portal::{Credentials, Session};
use portal_server::UploadLimits;
use portal_server::serve::ServeLimits;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use common::{ADMIN_TOKEN, PASSWORD, client_for};

struct Server {
    addr: SocketAddr,
    dir: tempfile::TempDir,
    handle: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.handle.abort();
    }
}

impl Server {
    async fn start(limits: ServeLimits, uploads: UploadLimits) -> Server {
        let dir = tempfile::tempdir().expect("tempdir");
        let options = portal_server::Options {
            admin_token: Some(ADMIN_TOKEN.into()),
            uploads,
            ..portal_server::Options::default()
        };
        let state = common::open_state(dir.path(), options).await;
        let (addr, handle) =
            portal_server::spawn_with("127.0.0.1:0".parse().expect("addr"), state, limits)
                .await
                .expect("spawn");
        Server { addr, dir, handle }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    async fn applicant(&self, email: &str) -> Session {
        client_for(&self.url())
            .register(&Credentials {
                email: email.into(),
                password: PASSWORD.into(),
            })
            .await
            .expect("register")
    }

    /// A new application of `session`'s account; its id.
    async fn application(&self, session: &Session) -> String {
        let id = uuid::Uuid::new_v4().to_string();
        let response = reqwest::Client::new()
            .put(format!("{}/v1/applications/{id}", self.url()))
            .bearer_auth(&session.token)
            .header("if-none-match", "*")
            .json(&serde_json::json!({ "personal": { "surname": "Rossi" } }))
            .send()
            .await
            .expect("create");
        assert_eq!(response.status(), 201);
        id
    }

    fn partial_dir(&self) -> std::path::PathBuf {
        // Next to the SQLite file, or the folder given to a PostgreSQL server.
        let files = if common::postgres_server().is_some() {
            "files"
        } else {
            "portal.db.files"
        };
        self.dir.path().join(files).join("partial")
    }

    /// `/health` answers within `within`.
    async fn healthy(&self, within: Duration) -> bool {
        let client = reqwest::Client::builder()
            .timeout(within)
            .build()
            .expect("client");
        match client.get(format!("{}/v1/health", self.url())).send().await {
            Ok(response) => response.status() == 200,
            Err(_) => false,
        }
    }
}

fn short(header: u64, body: u64) -> ServeLimits {
    ServeLimits {
        header_read_timeout: Duration::from_secs(header),
        body_timeout: Duration::from_secs(body),
        request_timeout: Duration::from_secs(20),
        max_connections: 64,
    }
}

/// Reads until the server closes the connection (or `limit` passes): what it sent, and
/// whether it closed.
async fn read_until_closed(stream: &mut TcpStream, limit: Duration) -> (String, bool) {
    let mut received = Vec::new();
    let deadline = Instant::now() + limit;
    let mut buffer = [0u8; 4096];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, stream.read(&mut buffer)).await {
            Ok(Ok(0) | Err(_)) => return (String::from_utf8_lossy(&received).into(), true),
            Ok(Ok(n)) => received.extend_from_slice(&buffer[..n]),
            Err(_) => return (String::from_utf8_lossy(&received).into(), false),
        }
    }
}

/// A draft of about 1 MiB whose every list element is of the wrong shape.
fn hostile_draft() -> Vec<u8> {
    let mut body = String::from(r#"{"personal":{"citizenships":["#);
    let target = cittadinanza_core::portal::MAX_JSON_BYTES - 1024;
    while body.len() < target {
        body.push_str("1,");
    }
    body.push_str(r#"1]},"documents":{"attached":[7,{"kind":3},[]]}}"#);
    body.into_bytes()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_drafts_are_refused_while_health_answers() {
    let server = Server::start(ServeLimits::default(), UploadLimits::default()).await;
    let session = server.applicant("hostile@example.org").await;
    let body = hostile_draft();
    let mut attacks = Vec::new();
    for _ in 0..4 {
        let url = server.url();
        let token = session.token.clone();
        let body = body.clone();
        attacks.push(tokio::spawn(async move {
            reqwest::Client::new()
                .put(format!("{url}/v1/applications/{}", uuid::Uuid::new_v4()))
                .bearer_auth(token)
                .header("if-none-match", "*")
                .header("content-type", "application/json")
                .body(body)
                .send()
                .await
        }));
    }
    // While the four are decoded, the server still answers.
    assert!(server.healthy(Duration::from_secs(5)).await);
    // A generous bound (the target, < 100 ms each, is checked by `benches/hostile_draft.rs`):
    // one decoding per bad value took hours here.
    for attack in attacks {
        let response = tokio::time::timeout(Duration::from_secs(60), attack)
            .await
            .expect("a hostile draft is answered in time")
            .expect("join")
            .expect("answered");
        assert_eq!(response.status(), 400);
        let error: serde_json::Value = response.json().await.expect("error body");
        assert_eq!(error["code"], "invalid_json", "{error}");
    }
}

#[tokio::test]
async fn half_a_request_head_is_cut_at_the_header_timeout() {
    let server = Server::start(short(1, 30), UploadLimits::default()).await;
    let mut stream = TcpStream::connect(server.addr).await.expect("connect");
    stream
        .write_all(b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        .await
        .expect("write");
    let started = Instant::now();
    let (_, closed) = read_until_closed(&mut stream, Duration::from_secs(8)).await;
    assert!(closed, "a half request head keeps the connection");
    assert!(started.elapsed() >= Duration::from_millis(500));
    assert!(server.healthy(Duration::from_secs(5)).await);
}

#[tokio::test]
async fn an_idle_keep_alive_connection_is_closed() {
    let server = Server::start(short(1, 30), UploadLimits::default()).await;
    let mut stream = TcpStream::connect(server.addr).await.expect("connect");
    stream
        .write_all(b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .await
        .expect("write");
    let (answer, closed) = read_until_closed(&mut stream, Duration::from_secs(8)).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(closed, "an idle keep-alive connection stays open");
}

#[tokio::test]
async fn half_a_body_is_answered_408_and_cut() {
    let server = Server::start(short(5, 1), UploadLimits::default()).await;
    let session = server.applicant("slowbody@example.org").await;
    let id = server.application(&session).await;
    let cases = [
        (
            format!("PUT /v1/applications/{id} HTTP/1.1\r\nIf-Match: \"1\"\r\n"),
            "content-type: application/json\r\ncontent-length: 1000\r\n",
            r#"{"personal":{"surname":"#,
        ),
        (
            format!(
                "PUT /v1/applications/{id}/documents/{} HTTP/1.1\r\n",
                "a".repeat(64)
            ),
            "content-range: bytes 0-999/2000\r\ncontent-length: 1000\r\n",
            "0123456789",
        ),
    ];
    for (request_line, headers, half_body) in cases {
        let mut stream = TcpStream::connect(server.addr).await.expect("connect");
        let request = format!(
            "{request_line}Host: 127.0.0.1\r\nAuthorization: Bearer {}\r\n{headers}\r\n{half_body}",
            session.token
        );
        stream.write_all(request.as_bytes()).await.expect("write");
        let (answer, closed) = read_until_closed(&mut stream, Duration::from_secs(10)).await;
        assert!(
            answer.starts_with("HTTP/1.1 408"),
            "half a body was not cut: {answer:?} (closed: {closed})"
        );
        assert!(closed, "the connection stays open after half a body");
        assert!(answer.contains(r#""code":"body_timeout""#), "{answer}");
    }
    assert!(server.healthy(Duration::from_secs(5)).await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_beyond_the_limit_wait_and_the_server_recovers() {
    let limits = ServeLimits {
        max_connections: 4,
        ..short(3, 30)
    };
    let server = Server::start(limits, UploadLimits::default()).await;
    // The attacker takes every slot and keeps the connections open.
    let mut held = Vec::new();
    for _ in 0..4 {
        let mut stream = TcpStream::connect(server.addr).await.expect("connect");
        stream
            .write_all(b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            .await
            .expect("write");
        let mut buffer = [0u8; 512];
        let n = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buffer))
            .await
            .expect("answered in time")
            .expect("read");
        assert!(buffer[..n].starts_with(b"HTTP/1.1 200"));
        held.push(stream);
    }
    // A fifth connection is not served while the four are held.
    assert!(
        !server.healthy(Duration::from_millis(800)).await,
        "a connection beyond the limit was served"
    );
    // The idle ones are cut at the header timeout: the server answers again, although the
    // attacker never closed them.
    assert!(server.healthy(Duration::from_secs(10)).await);
    drop(held);
}

async fn put_chunk(
    server: &Server,
    session: &Session,
    id: &str,
    sha: &str,
    bytes: usize,
    total: usize,
) -> reqwest::Response {
    reqwest::Client::new()
        .put(format!(
            "{}/v1/applications/{id}/documents/{sha}",
            server.url()
        ))
        .bearer_auth(&session.token)
        .header("content-range", format!("bytes 0-{}/{total}", bytes - 1))
        .body(vec![7u8; bytes])
        .send()
        .await
        .expect("send")
}

#[tokio::test]
async fn abandoned_partial_uploads_are_swept() {
    let uploads = UploadLimits {
        partial_ttl: Duration::from_secs(1),
        sweep_every: Duration::from_millis(200),
        ..UploadLimits::default()
    };
    let server = Server::start(ServeLimits::default(), uploads).await;
    let session = server.applicant("abandon@example.org").await;
    let id = server.application(&session).await;
    let shas: Vec<String> = (1..=3).map(|i| format!("{i}").repeat(64)).collect();
    for sha in &shas {
        let response = put_chunk(&server, &session, &id, sha, 4096, 1 << 20).await;
        assert_eq!(response.status(), 202);
    }
    assert_eq!(
        std::fs::read_dir(server.partial_dir())
            .expect("dir")
            .count(),
        3
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::fs::read_dir(server.partial_dir())
        .expect("dir")
        .count()
        > 0
    {
        assert!(
            Instant::now() < deadline,
            "abandoned partial uploads are still on disk"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // The server no longer counts them: an upload starts again from 0.
    for sha in &shas {
        let progress: serde_json::Value = reqwest::Client::new()
            .get(format!(
                "{}/v1/applications/{id}/uploads/{sha}",
                server.url()
            ))
            .bearer_auth(&session.token)
            .send()
            .await
            .expect("progress")
            .json()
            .await
            .expect("json");
        assert_eq!(progress["received"], 0, "{progress}");
    }
}

#[tokio::test]
async fn partial_bytes_per_account_are_capped() {
    let uploads = UploadLimits {
        max_partial_bytes_per_account: 10 * 1024,
        ..UploadLimits::default()
    };
    let server = Server::start(ServeLimits::default(), uploads).await;
    let attacker = server.applicant("hoarder@example.org").await;
    let first = server.application(&attacker).await;
    let second = server.application(&attacker).await;
    let total = 1 << 20;
    let sha = |c: char| c.to_string().repeat(64);
    assert_eq!(
        put_chunk(&server, &attacker, &first, &sha('a'), 4096, total)
            .await
            .status(),
        202
    );
    assert_eq!(
        put_chunk(&server, &attacker, &second, &sha('b'), 4096, total)
            .await
            .status(),
        202
    );
    // A third unfinished upload passes the account's limit, whichever application it is for.
    let refused = put_chunk(&server, &attacker, &first, &sha('c'), 4096, total).await;
    assert_eq!(refused.status(), 429);
    let error: serde_json::Value = refused.json().await.expect("error body");
    assert_eq!(error["code"], "partial_quota_exceeded", "{error}");
    let partial = std::fs::read_dir(server.partial_dir())
        .expect("dir")
        .count();
    assert_eq!(partial, 2, "the refused chunk was kept");
    // Another account is not held back by the first one's uploads.
    let other = server.applicant("other@example.org").await;
    let theirs = server.application(&other).await;
    assert_eq!(
        put_chunk(&server, &other, &theirs, &sha('d'), 4096, total)
            .await
            .status(),
        202
    );
}

#[cfg(unix)]
#[tokio::test]
async fn files_at_rest_are_private_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("portal.db");
    let files = dir.path().join("portal.db.files");
    // Left by an older version: world-readable database, folders and blob.
    drop(
        portal_server::store::Store::open_sqlite(&db)
            .expect("db")
            .migrate()
            .await
            .expect("schema"),
    );
    std::fs::create_dir_all(files.join("blobs")).expect("blobs");
    std::fs::write(files.join("blobs").join("old"), b"old scan").expect("blob");
    for (path, mode) in [
        (db.clone(), 0o644),
        (files.clone(), 0o755),
        (files.join("blobs"), 0o755),
        (files.join("blobs").join("old"), 0o644),
    ] {
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).expect("chmod");
    }

    // The binary as the README starts it, under a permissive umask.
    let mut child = std::process::Command::new("sh")
        .arg("-c")
        .arg(r#"umask 000; exec "$0" --db "$1" --listen 127.0.0.1:0"#)
        .arg(env!("CARGO_BIN_EXE_portal-server"))
        .arg(&db)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start portal-server");
    let stderr = child.stderr.take().expect("stderr");
    let _running = Running(child);
    let banner = tokio::task::spawn_blocking(move || {
        use std::io::BufRead;
        let mut line = String::new();
        std::io::BufReader::new(stderr)
            .read_line(&mut line)
            .map(|_| line)
    });
    let banner = tokio::time::timeout(Duration::from_secs(30), banner)
        .await
        .expect("banner in time")
        .expect("join")
        .expect("read");
    let url = banner
        .split_whitespace()
        .find(|word| word.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address in {banner:?}"))
        .to_string();

    // Write through it: the WAL, a blob and a partial upload appear.
    let session = client_for(&url)
        .register(&Credentials {
            email: "rest@example.org".into(),
            password: PASSWORD.into(),
        })
        .await
        .expect("register");
    let id = uuid::Uuid::new_v4().to_string();
    let raw = reqwest::Client::new();
    let created = raw
        .put(format!("{url}/v1/applications/{id}"))
        .bearer_auth(&session.token)
        .header("if-none-match", "*")
        .json(&serde_json::json!({}))
        .send()
        .await
        .expect("create");
    assert_eq!(created.status(), 201);
    let scan = b"identity document".to_vec();
    let sha = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(&scan))
    };
    let stored = raw
        .put(format!("{url}/v1/applications/{id}/documents/{sha}"))
        .bearer_auth(&session.token)
        .body(scan)
        .send()
        .await
        .expect("upload");
    assert_eq!(stored.status(), 201);
    let partial = raw
        .put(format!(
            "{url}/v1/applications/{id}/documents/{}",
            "e".repeat(64)
        ))
        .bearer_auth(&session.token)
        .header("content-range", "bytes 0-9/100")
        .body(vec![1u8; 10])
        .send()
        .await
        .expect("partial");
    assert_eq!(partial.status(), 202);

    let mut checked = Vec::new();
    let mut expect = |path: std::path::PathBuf, mode: u32| {
        let actual = std::fs::metadata(&path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(actual, mode, "{} is {actual:o}", path.display());
        checked.push(path);
    };
    expect(db.clone(), 0o600);
    expect(dir.path().join("portal.db-wal"), 0o600);
    expect(dir.path().join("portal.db-shm"), 0o600);
    expect(files.clone(), 0o700);
    for sub in ["blobs", "partial"] {
        expect(files.join(sub), 0o700);
        for entry in std::fs::read_dir(files.join(sub)).expect("dir") {
            expect(entry.expect("entry").path(), 0o600);
        }
    }
    assert!(checked.len() >= 9, "{checked:?}");
}

/// Stops the server process this test started, whatever happens.
#[cfg(unix)]
struct Running(std::process::Child);

#[cfg(unix)]
impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
