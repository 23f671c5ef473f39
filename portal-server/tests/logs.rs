//! The real `portal-server` binary with `--log-format json`: every line it writes is a JSON
//! object; each request is logged once with its method, route template, status and latency;
//! and nothing an applicant sent (e-mail, password, token, draft, application id in the path)
//! appears in the log, not even for a failed sign-in.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

const EMAIL: &str = "Ndeye.Diop@example.org";
const PASSWORD: &str = "correct horse battery";
const WRONG_PASSWORD: &str = "wrong horse battery staple";
const SURNAME: &str = "Diopsurnameinthedraft";

struct Server {
    child: Child,
    url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn start(dir: &std::path::Path, log: &std::path::Path) -> Server {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let child = Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .arg("--db")
        .arg(dir.join("portal.db"))
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .args(["--log-format", "json"])
        .env("RUST_LOG", "info")
        .env_remove("PORTAL_DB")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(log).expect("log file"))
        .spawn()
        .expect("start portal-server");
    let server = Server {
        child,
        url: format!("http://127.0.0.1:{port}/v1"),
    };
    for _ in 0..200 {
        if reqwest::get(format!("{}/health", server.url))
            .await
            .is_ok_and(|r| r.status() == 200)
        {
            return server;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("portal-server did not start");
}

#[tokio::test]
async fn json_logs_have_one_event_per_request_and_no_secrets() {
    let dir = tempfile::tempdir().expect("tempdir");
    let log = dir.path().join("server.log");
    let server = start(dir.path(), &log).await;
    let http = reqwest::Client::new();
    let credentials = json!({"email": EMAIL, "password": PASSWORD});

    let registered = http
        .post(format!("{}/accounts", server.url))
        .json(&credentials)
        .send()
        .await
        .expect("register");
    assert_eq!(registered.status(), 201);
    let wrong = http
        .post(format!("{}/sessions", server.url))
        .json(&json!({"email": EMAIL, "password": WRONG_PASSWORD}))
        .send()
        .await
        .expect("sign in");
    assert_eq!(wrong.status(), 401);
    let session: Value = http
        .post(format!("{}/sessions", server.url))
        .json(&credentials)
        .send()
        .await
        .expect("sign in")
        .json()
        .await
        .expect("session");
    let token = session["token"].as_str().expect("token").to_string();
    let id = uuid::Uuid::new_v4().to_string();
    let mut draft = cittadinanza_core::model::Application::new();
    draft.personal.surname = SURNAME.into();
    let pushed = http
        .put(format!("{}/applications/{id}", server.url))
        .bearer_auth(&token)
        .header("if-none-match", "*")
        .json(&draft)
        .send()
        .await
        .expect("push");
    assert_eq!(pushed.status(), 201);
    let fetched = http
        .get(format!("{}/applications/{id}", server.url))
        .bearer_auth(&token)
        .send()
        .await
        .expect("get");
    assert_eq!(fetched.status(), 200);
    let missing = http
        .get(format!("{}/no/such/path?email={EMAIL}", server.url))
        .send()
        .await
        .expect("get");
    assert_eq!(missing.status(), 404);
    drop(server);

    let text = std::fs::read_to_string(&log).expect("log");
    let lines: Vec<Value> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    for line in &lines {
        for field in ["timestamp", "level", "target", "message"] {
            assert!(line.get(field).is_some(), "no {field} in {line}");
        }
    }
    assert!(
        lines.iter().any(|l| l["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("serving on http://127.0.0.1:"))),
        "no start event in {text}"
    );
    let requests: Vec<(&str, &str, u64)> = lines
        .iter()
        .filter(|l| l["message"] == "request")
        .map(|l| {
            assert!(l["latency_ms"].as_f64().is_some(), "no latency in {l}");
            (
                l["span"]["method"].as_str().expect("method"),
                l["span"]["route"].as_str().expect("route"),
                l["status"].as_u64().expect("status"),
            )
        })
        .collect();
    for expected in [
        ("POST", "/v1/accounts", 201),
        ("POST", "/v1/sessions", 401),
        ("POST", "/v1/sessions", 200),
        ("PUT", "/v1/applications/{id}", 201),
        ("GET", "/v1/applications/{id}", 200),
        ("GET", "unmatched", 404),
        ("GET", "/v1/health", 200),
    ] {
        assert!(
            requests.contains(&expected),
            "{expected:?} not among {requests:?}"
        );
    }
    let lower = text.to_lowercase();
    for secret in [
        EMAIL,
        PASSWORD,
        WRONG_PASSWORD,
        &token,
        &id,
        SURNAME,
        "no/such",
    ] {
        assert!(
            !lower.contains(&secret.to_lowercase()),
            "{secret:?} is in the log:\n{text}"
        );
    }
}

#[test]
fn help_and_version_name_the_commands() {
    let help = Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .arg("--help")
        .output()
        .expect("run");
    assert!(help.status.success());
    let help = String::from_utf8_lossy(&help.stdout);
    for word in ["serve", "migrate", "copy", "admin", "--db", "--log-format"] {
        assert!(help.contains(word), "{word} not in:\n{help}");
    }
    let version = Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .arg("--version")
        .output()
        .expect("run");
    assert!(version.status.success());
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("portal-server {}", env!("CARGO_PKG_VERSION"))
    );
    // A token on the command line is refused before anything starts.
    let refused = Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .args(["--db", "/nonexistent/portal.db", "--admin-token", "x"])
        .output()
        .expect("run");
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--admin-token-file"));
}
