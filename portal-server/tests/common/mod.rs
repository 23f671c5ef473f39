//! Shared helpers: a real server on 127.0.0.1 with a temporary database, clients, sample
//! drafts and a TCP proxy that can stall or swallow answers.
//!
//! The backend: SQLite in the test's folder, or, with `PORTAL_TEST_BACKEND=postgres`, a fresh
//! database `test_<random>` on the PostgreSQL server of `PORTAL_TEST_POSTGRES_URL` (started by
//! `scripts/with-postgres`; `scripts/test` runs the portal suites once on each backend).
#![allow(dead_code)]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use cittadinanza_core::model::{Application, LegalBasis, Sex};
use cittadinanza_core::portal::{
    Client, ClientConfig, Credentials, DraftSource, PortalError, Role, Session,
};
use portal_server::AppState;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub const ADMIN_TOKEN: &str = "admin-token-for-tests-0123456789";
pub const PASSWORD: &str = "correct horse battery";

pub struct TestServer {
    pub addr: SocketAddr,
    pub dir: tempfile::TempDir,
    pub state: AppState,
    handle: tokio::task::JoinHandle<()>,
}

impl TestServer {
    pub async fn start() -> TestServer {
        let dir = tempfile::tempdir().expect("tempdir");
        Self::start_in(dir, "127.0.0.1:0".parse().expect("addr")).await
    }

    pub async fn start_in(dir: tempfile::TempDir, addr: SocketAddr) -> TestServer {
        let options = portal_server::Options {
            admin_token: Some(ADMIN_TOKEN.into()),
            ..portal_server::Options::default()
        };
        let state = open_state(dir.path(), options).await;
        let (addr, handle) = portal_server::spawn_on(addr, state.clone())
            .await
            .expect("spawn");
        TestServer {
            addr,
            dir,
            state,
            handle,
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn client(&self) -> Client {
        client_for(&self.url())
    }

    /// A new applicant account, signed in.
    pub async fn applicant(&self, email: &str) -> (Client, Session) {
        let client = self.client();
        let session = client
            .register(&Credentials {
                email: email.into(),
                password: PASSWORD.into(),
            })
            .await
            .expect("register");
        assert_eq!(session.role, Role::Applicant);
        (client, session)
    }

    /// A new help-desk operator created through the admin API, signed in.
    pub async fn operator(&self, email: &str) -> Client {
        let response = reqwest::Client::new()
            .post(format!("{}/v1/admin/operators", self.url()))
            .bearer_auth(ADMIN_TOKEN)
            .json(&Credentials {
                email: email.into(),
                password: PASSWORD.into(),
            })
            .send()
            .await
            .expect("admin request");
        assert_eq!(response.status(), 201);
        let client = self.client();
        let session = client
            .sign_in(&Credentials {
                email: email.into(),
                password: PASSWORD.into(),
            })
            .await
            .expect("operator sign-in");
        assert_eq!(session.role, Role::Operator);
        client
    }

    /// Issues a communication as the prefecture (admin API).
    pub async fn communicate(&self, body: serde_json::Value) -> reqwest::Response {
        reqwest::Client::new()
            .post(format!("{}/v1/admin/communications", self.url()))
            .bearer_auth(ADMIN_TOKEN)
            .json(&body)
            .send()
            .await
            .expect("admin request")
    }

    pub fn stop(self) -> tempfile::TempDir {
        self.handle.abort();
        self.dir
    }
}

/// The PostgreSQL server to test on, when `PORTAL_TEST_BACKEND=postgres`.
pub fn postgres_server() -> Option<String> {
    if std::env::var("PORTAL_TEST_BACKEND").as_deref() != Ok("postgres") {
        return None;
    }
    Some(std::env::var("PORTAL_TEST_POSTGRES_URL").expect(
        "PORTAL_TEST_BACKEND=postgres needs PORTAL_TEST_POSTGRES_URL (scripts/with-postgres)",
    ))
}

/// A new empty database on the server of `server_url` (`postgres://user@host:port/any`);
/// its URL.
pub async fn fresh_postgres_database(server_url: &str) -> String {
    let name = format!("test_{}", uuid::Uuid::new_v4().simple());
    let store = portal_server::store::Store::open_postgres(server_url).expect("pool");
    let mut conn = store.conn().await.expect("connect to PostgreSQL");
    conn.batch(&format!("CREATE DATABASE {name}"))
        .await
        .expect("create database");
    let (base, _) = server_url.rsplit_once('/').expect("URL with a database");
    format!("{base}/{name}")
}

/// The database of the backend under test for the folder `dir`: SQLite in `dir`, or a
/// PostgreSQL database made fresh for `dir` the first time and found again afterwards (its URL
/// is kept in `dir`), so that a server restarted on the same folder keeps its data on both.
pub async fn fresh_database(dir: &std::path::Path) -> portal_server::store::DbUrl {
    match postgres_server() {
        Some(server) => {
            let remembered = dir.join("postgres-url");
            let url = match std::fs::read_to_string(&remembered) {
                Ok(url) => url,
                Err(_) => {
                    let url = fresh_postgres_database(&server).await;
                    std::fs::write(&remembered, &url).expect("remember the database");
                    url
                }
            };
            portal_server::store::DbUrl::Postgres(url)
        }
        None => portal_server::store::DbUrl::Sqlite(dir.join("portal.db")),
    }
}

/// A server state over a new database of the backend under test (documents in `dir`).
pub async fn open_state(dir: &std::path::Path, options: portal_server::Options) -> AppState {
    let url = fresh_database(dir).await;
    open_state_on(&url, dir, options).await
}

/// A server state over `url` (another instance shares the database and `dir/files`).
pub async fn open_state_on(
    url: &portal_server::store::DbUrl,
    dir: &std::path::Path,
    options: portal_server::Options,
) -> AppState {
    let files = match url {
        portal_server::store::DbUrl::Postgres(_) => Some(dir.join("files")),
        portal_server::store::DbUrl::Sqlite(_) => None,
    };
    AppState::open_url(url, files.as_deref(), options)
        .await
        .expect("open state")
}

/// Client tuned for tests: short timeouts and backoff so failures show up fast.
pub fn client_for(url: &str) -> Client {
    let mut config = ClientConfig::new(url);
    config.connect_timeout = Duration::from_secs(2);
    config.request_timeout = Duration::from_secs(10);
    config.max_retries = 2;
    config.backoff_base = Duration::from_millis(20);
    config.backoff_max = Duration::from_millis(200);
    Client::new(config).expect("client")
}

/// A filled-in draft (the fields the portal checks before accepting a submission).
pub fn draft(surname: &str, name: &str, basis: LegalBasis) -> Application {
    let mut app = Application::new();
    app.legal_basis.basis = Some(basis);
    app.legal_basis.prefecture = "Milano".into();
    app.personal.surname = surname.into();
    app.personal.name = name.into();
    app.personal.sex = Some(Sex::Female);
    app.personal.birth_date = "14/03/1988".into();
    app.personal.citizenships = vec!["Albania".into()];
    app.personal.email = format!(
        "{}.{}@example.org",
        name.to_lowercase(),
        surname.to_lowercase()
    );
    app.personal.phone = "+39 333 1234567".into();
    app.residences.periods.push(Default::default());
    app.residences.periods[0].municipality = "Milano".into();
    app.residences.periods[0].province = "MI".into();
    app.residences.periods[0].from = "01/02/2012".into();
    app.consent.truthfulness = true;
    app.consent.privacy = true;
    app.consent.reviewed = true;
    app
}

/// Drafts and vault documents held in memory, read by the sync engine at push time.
#[derive(Default)]
pub struct MemoryDrafts {
    pub drafts: HashMap<String, Application>,
    pub documents: HashMap<String, Vec<u8>>,
}

impl DraftSource for MemoryDrafts {
    fn load_draft(&self, local_id: &str) -> Result<Application, PortalError> {
        self.drafts
            .get(local_id)
            .cloned()
            .ok_or_else(|| PortalError::Local(format!("no draft {local_id}")))
    }

    fn load_document(&self, vault_id: &str) -> Result<Vec<u8>, PortalError> {
        self.documents
            .get(vault_id)
            .cloned()
            .ok_or_else(|| PortalError::Local(format!("no document {vault_id}")))
    }
}

/// How the proxy misbehaves on the FIRST connection it accepts (later ones pass through).
#[derive(Debug, Clone, Copy)]
pub enum Fault {
    /// Forward this many request bytes, then stop reading (the server waits for the rest).
    StallRequestAfter(usize),
    /// Forward the request but swallow the answer (the client times out).
    SwallowResponse,
}

/// A TCP proxy in front of the server. The faulty connection is held for `hold`, then closed.
pub struct Proxy {
    pub addr: SocketAddr,
    pub faults_triggered: Arc<AtomicUsize>,
}

impl Proxy {
    pub async fn start(upstream: SocketAddr, fault: Fault, hold: Duration) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let addr = listener.local_addr().expect("proxy addr");
        let faults_triggered = Arc::new(AtomicUsize::new(0));
        let triggered = faults_triggered.clone();
        tokio::spawn(async move {
            let mut first = true;
            while let Ok((client, _)) = listener.accept().await {
                let Ok(server) = TcpStream::connect(upstream).await else {
                    continue;
                };
                if std::mem::take(&mut first) {
                    let triggered = triggered.clone();
                    tokio::spawn(faulty(client, server, fault, hold, triggered));
                } else {
                    tokio::spawn(async move {
                        let (mut client, mut server) = (client, server);
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    });
                }
            }
        });
        Proxy {
            addr,
            faults_triggered,
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

async fn faulty(
    client: TcpStream,
    server: TcpStream,
    fault: Fault,
    hold: Duration,
    triggered: Arc<AtomicUsize>,
) {
    let (mut client_read, mut client_write) = client.into_split();
    let (mut server_read, mut server_write) = server.into_split();
    match fault {
        Fault::StallRequestAfter(limit) => {
            let answers = tokio::spawn(async move {
                let _ = tokio::io::copy(&mut server_read, &mut client_write).await;
            });
            let mut forwarded = 0usize;
            let mut buffer = vec![0u8; 16 * 1024];
            while forwarded < limit {
                let want = buffer.len().min(limit - forwarded);
                match client_read.read(&mut buffer[..want]).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        if server_write.write_all(&buffer[..n]).await.is_err() {
                            break;
                        }
                        forwarded += n;
                    }
                }
            }
            triggered.fetch_add(1, Ordering::SeqCst);
            tokio::time::sleep(hold).await;
            answers.abort();
        }
        Fault::SwallowResponse => {
            let requests = tokio::spawn(async move {
                let _ = tokio::io::copy(&mut client_read, &mut server_write).await;
            });
            let mut buffer = vec![0u8; 16 * 1024];
            let deadline = tokio::time::Instant::now() + hold;
            // Read (and drop) the server's answers until the hold time is over.
            while let Ok(Ok(n)) =
                tokio::time::timeout_at(deadline, server_read.read(&mut buffer)).await
            {
                if n == 0 {
                    break;
                }
                triggered.fetch_add(1, Ordering::SeqCst);
            }
            requests.abort();
            drop(client_write);
        }
    }
}
