//! Attacks on the real server on 127.0.0.1 (issue 11, server findings 1, 2, 3, 4, 6, 10, 11):
//! each test performs the attack and fails if it works. Several client addresses come from
//! binding the client socket to 127.0.0.2, 127.0.0.3, ... (loopback accepts all of 127/8).

mod common;

use std::net::IpAddr;
use std::time::Duration;

use cittadinanza_core::model::LegalBasis;
use cittadinanza_core::portal::{AssociateRequest, Credentials, PortalError};
use common::{ADMIN_TOKEN, PASSWORD, TestServer, draft};
use futures_util::future::join_all;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// A raw HTTP client whose connections come from `ip`.
fn http_from(ip: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(ip.parse::<IpAddr>().expect("ip"))
        .timeout(Duration::from_secs(30))
        .build()
        .expect("http client")
}

/// Status, `Retry-After` and body of an answer.
async fn answer(response: reqwest::Response) -> (u16, Option<String>, Vec<u8>) {
    let status = response.status().as_u16();
    let retry = response
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let body = response.bytes().await.expect("body").to_vec();
    (status, retry, body)
}

async fn sign_in_from(
    http: &reqwest::Client,
    server: &TestServer,
    email: &str,
    password: &str,
) -> (u16, Option<String>, Vec<u8>) {
    let response = http
        .post(format!("{}/v1/sessions", server.url()))
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .expect("send");
    answer(response).await
}

/// Registers from the client's address; the session token.
async fn register_from(http: &reqwest::Client, server: &TestServer, email: &str) -> String {
    let response = http
        .post(format!("{}/v1/accounts", server.url()))
        .json(&json!({"email": email, "password": PASSWORD}))
        .send()
        .await
        .expect("send");
    assert_eq!(response.status(), 201, "register {email}");
    let session: Value = response.json().await.expect("session");
    session["token"].as_str().expect("token").to_string()
}

#[tokio::test]
async fn a_known_hash_never_grants_another_accounts_document() {
    let server = TestServer::start().await;
    let (alice, _) = server.applicant("alice@example.org").await;
    let alice_app = new_id();
    alice
        .create_application(&alice_app, &draft("Rossi", "Alice", LegalBasis::Art9D))
        .await
        .expect("create");
    let secret = b"Alice's criminal record certificate".repeat(100);
    let info = alice
        .upload_document(&alice_app, &secret, None, "casellario.pdf")
        .await
        .expect("upload");

    let (bob, bob_session) = server.applicant("bob@example.org").await;
    let bob_app = new_id();
    bob.create_application(&bob_app, &draft("Bianchi", "Bob", LegalBasis::Art9F))
        .await
        .expect("create");
    let http = reqwest::Client::new();
    let put_empty = |sha: String| {
        let request = http
            .put(format!(
                "{}/v1/applications/{bob_app}/documents/{sha}?name=x.pdf",
                server.url()
            ))
            .bearer_auth(&bob_session.token)
            .header("content-length", "0")
            .body(Vec::new())
            .send();
        async move { answer(request.await.expect("send")).await }
    };
    let unknown = hex::encode(Sha256::digest(b"nobody has this"));
    let attack = put_empty(info.sha256.clone()).await;
    let control = put_empty(unknown.clone()).await;
    // The attack is refused, and exactly as a hash nobody holds: no oracle.
    assert!(attack.0 >= 400, "attach by hash answered {}", attack.0);
    assert_eq!(attack, control);
    // The progress query tells nothing either.
    let progress = |sha: String| {
        let request = http
            .get(format!(
                "{}/v1/applications/{bob_app}/uploads/{sha}",
                server.url()
            ))
            .bearer_auth(&bob_session.token)
            .send();
        async move {
            let mut value: Value = request.await.expect("send").json().await.expect("json");
            value["sha256"] = Value::Null;
            value
        }
    };
    assert_eq!(progress(info.sha256.clone()).await, progress(unknown).await);
    // Bob's application holds nothing and the download is refused.
    assert!(bob.list_documents(&bob_app).await.expect("list").is_empty());
    assert!(matches!(
        bob.download_document(&bob_app, &info.sha256).await,
        Err(PortalError::NotFound)
    ));

    // Within one account the bytes are still sent once: Alice's second application gets the
    // document from its hash alone.
    let second = new_id();
    alice
        .create_application(&second, &draft("Rossi", "Alice", LegalBasis::Art9D))
        .await
        .expect("create");
    let attach = http
        .put(format!(
            "{}/v1/applications/{second}/documents/{}?name=c.pdf",
            server.url(),
            info.sha256
        ))
        .bearer_auth(alice.token().expect("token"))
        .header("content-length", "0")
        .body(Vec::new())
        .send()
        .await
        .expect("send");
    assert_eq!(attach.status(), 201);
    assert_eq!(
        alice
            .download_document(&second, &info.sha256)
            .await
            .expect("own copy"),
        secret
    );
    // Bob may hold the same bytes only by sending them himself.
    bob.upload_document(&bob_app, &secret, None, "mine.pdf")
        .await
        .expect("bob uploads his own copy");
    assert_eq!(
        bob.download_document(&bob_app, &info.sha256)
            .await
            .expect("download"),
        secret
    );
}

#[tokio::test]
async fn parallel_wrong_passwords_get_few_checks_and_the_owner_still_signs_in() {
    let server = TestServer::start().await;
    server.applicant("owner@example.org").await;
    let passwords = server.state.passwords();
    let before = passwords.verifications();
    let attacker = http_from("127.0.0.1");
    let attempts = (0..60).map(|i| {
        let attacker = attacker.clone();
        let url = format!("{}/v1/sessions", server.url());
        async move {
            let response = attacker
                .post(url)
                // A forged header must not give new addresses: no proxy is trusted here.
                .header("x-forwarded-for", format!("10.0.{}.{}", i / 200, i % 200))
                .json(&json!({"email": "Owner@example.org", "password": format!("guess {i}")}))
                .send()
                .await
                .expect("send");
            answer(response).await
        }
    });
    let answers = join_all(attempts).await;
    let refused: Vec<_> = answers.iter().filter(|(s, _, _)| *s == 429).collect();
    let wrong = answers.iter().filter(|(s, _, _)| *s == 401).count();
    assert_eq!(refused.len() + wrong, 60, "{answers:?}");
    let checks = passwords.verifications() - before;
    assert!(
        checks <= 5,
        "{checks} password checks for 60 parallel guesses"
    );
    assert_eq!(wrong as u64, checks);
    for (_, retry, _) in &refused {
        let secs: u64 = retry
            .as_deref()
            .expect("Retry-After")
            .parse()
            .expect("seconds");
        assert!((1..=15 * 60).contains(&secs), "Retry-After {secs}");
    }

    // The attacker's address stays paused for this account...
    let (status, _, _) = sign_in_from(&attacker, &server, "owner@example.org", PASSWORD).await;
    assert_eq!(status, 429);
    // ...while the owner, from her own address, signs in.
    let owner = http_from("127.0.0.2");
    let (status, _, _) = sign_in_from(&owner, &server, "owner@example.org", PASSWORD).await;
    assert_eq!(status, 200);

    // An attacker spread over ten more addresses reaches the account's own limit (50 in
    // 15 minutes): a new address gets 429 even with the right password, but the address the
    // owner signed in from stays open to her.
    let mut statuses = Vec::new();
    for host in 10..20 {
        let attacker = http_from(&format!("127.0.0.{host}"));
        for i in 0..5 {
            let guess = format!("guess {host}.{i}");
            statuses.push(
                sign_in_from(&attacker, &server, "owner@example.org", &guess)
                    .await
                    .0,
            );
        }
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 401).count(),
        45,
        "{statuses:?}"
    );
    assert!(statuses[45..].iter().all(|s| *s == 429), "{statuses:?}");
    let fresh = http_from("127.0.0.3");
    let (status, _, _) = sign_in_from(&fresh, &server, "owner@example.org", PASSWORD).await;
    assert_eq!(status, 429);
    let (status, _, _) = sign_in_from(&owner, &server, "owner@example.org", PASSWORD).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn huge_or_many_e_mails_are_refused_early_and_tables_stay_bounded() {
    let server = TestServer::start().await;
    let passwords = server.state.passwords();
    let http = http_from("127.0.0.1");
    let huge = "a".repeat(1024 * 1024) + "@example.org";
    let body = serde_json::to_vec(&json!({"email": huge, "password": PASSWORD})).expect("json");
    for _ in 0..300 {
        let sent = http
            .post(format!("{}/v1/sessions", server.url()))
            .header("content-type", "application/json")
            .body(body.clone())
            .send()
            .await;
        // Refused from its length alone (413); if the server closes before reading the body
        // the client may see the connection end instead, never a sign-in attempt.
        if let Ok(response) = sent {
            assert_eq!(response.status(), 413);
        }
    }
    // Just over the longest e-mail: 400 before any work.
    let long = "b".repeat(300) + "@example.org";
    let (status, _, body) = sign_in_from(&http, &server, &long, PASSWORD).await;
    assert_eq!(status, 400);
    let body: Value = serde_json::from_slice(&body).expect("json");
    assert_eq!(
        (body["code"].as_str(), body["field"].as_str()),
        (Some("too_long"), Some("email"))
    );
    let register = http
        .post(format!("{}/v1/accounts", server.url()))
        .json(&json!({"email": long, "password": PASSWORD}))
        .send()
        .await
        .expect("send");
    assert_eq!(register.status(), 400);
    assert_eq!(server.state.limiters().entries(), 0);
    assert_eq!(passwords.verifications(), 0);

    // 300 different plausible e-mails from one address: the address limit stops them, and
    // the tables hold a few dozen entries, not 300.
    let mut answers = Vec::new();
    for i in 0..300 {
        let email = format!("{}{i}@example.org", "c".repeat(230));
        answers.push(
            sign_in_from(&http, &server, &email, "wrong password")
                .await
                .0,
        );
    }
    let checked = answers.iter().filter(|s| **s == 401).count();
    assert_eq!(checked, 30, "{answers:?}");
    assert!(answers[30..].iter().all(|s| *s == 429));
    assert_eq!(passwords.verifications(), 30);
    let entries = server.state.limiters().entries();
    assert!(entries <= 61, "{entries} entries after 300 sign-ins");
}

#[tokio::test]
async fn parallel_registrations_hash_on_at_most_one_thread_per_core() {
    let server = TestServer::start().await;
    let passwords = server.state.passwords();
    let http = http_from("127.0.0.1");
    let registrations = (0..16).map(|i| {
        let http = http.clone();
        let url = format!("{}/v1/accounts", server.url());
        async move {
            http.post(url)
                .json(&json!({"email": format!("r{i}@example.org"), "password": PASSWORD}))
                .send()
                .await
                .expect("send")
                .status()
                .as_u16()
        }
    });
    let statuses = join_all(registrations).await;
    assert!(statuses.iter().all(|s| *s == 201), "{statuses:?}");
    assert_eq!(passwords.hashes(), 16);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    assert_eq!(passwords.size(), cores);
    assert!(
        passwords.max_running() <= cores,
        "{} Argon2 at once on {cores} cores",
        passwords.max_running()
    );
    assert!(passwords.max_running() >= 1);

    // Registrations per address are limited too; another address is not affected.
    let mut last = (0, None, Vec::new());
    for i in 16..21 {
        let response = http
            .post(format!("{}/v1/accounts", server.url()))
            .json(&json!({"email": format!("r{i}@example.org"), "password": PASSWORD}))
            .send()
            .await
            .expect("send");
        last = answer(response).await;
    }
    assert_eq!(last.0, 429);
    assert!(last.1.is_some(), "Retry-After");
    register_from(&http_from("127.0.0.2"), &server, "elsewhere@example.org").await;
}

#[tokio::test]
async fn unknown_and_known_e_mails_both_cost_one_verification() {
    let server = TestServer::start().await;
    server.applicant("known@example.org").await;
    let passwords = server.state.passwords();
    let http = http_from("127.0.0.1");
    let v0 = passwords.verifications();
    let known = sign_in_from(&http, &server, "known@example.org", "wrong password").await;
    assert_eq!(passwords.verifications(), v0 + 1);
    let unknown = sign_in_from(&http, &server, "nobody@example.org", "wrong password").await;
    assert_eq!(passwords.verifications(), v0 + 2);
    // The same answer as well.
    assert_eq!(known, unknown);
    assert_eq!(known.0, 401);
    let (status, _, _) = sign_in_from(&http, &server, "known@example.org", PASSWORD).await;
    assert_eq!(status, 200);
    assert_eq!(passwords.verifications(), v0 + 3);
}

/// "Associa pratica" from a new account at `ip`.
async fn associate_from(
    server: &TestServer,
    ip: &str,
    token: &str,
    request: &AssociateRequest,
) -> (u16, Option<String>, Vec<u8>) {
    let response = http_from(ip)
        .post(format!("{}/v1/associations", server.url()))
        .bearer_auth(token)
        .json(request)
        .send()
        .await
        .expect("send");
    answer(response).await
}

#[tokio::test]
async fn associa_pratica_mismatches_look_alike_and_are_limited_across_accounts() {
    let server = TestServer::start().await;
    let desk = server.operator("desk@caf.example.org").await;
    let id = new_id();
    let app = draft("Hoxha", "Elira", LegalBasis::Art9F);
    desk.create_application(&id, &app).await.expect("create");
    let k10 = desk.submit(&id, "key").await.expect("submit").k10_number;
    let good = AssociateRequest {
        surname: app.personal.surname.clone(),
        name: app.personal.name.clone(),
        birth_date: app.personal.birth_date.clone(),
        previous_email: app.personal.email.clone(),
        k10_number: k10.clone(),
    };
    let wrong = [
        AssociateRequest {
            k10_number: "K10/0999999".into(),
            ..good.clone()
        },
        AssociateRequest {
            surname: "Other".into(),
            ..good.clone()
        },
        AssociateRequest {
            name: "Other".into(),
            ..good.clone()
        },
        AssociateRequest {
            birth_date: "01/01/1990".into(),
            ..good.clone()
        },
        AssociateRequest {
            previous_email: "other@example.org".into(),
            ..good.clone()
        },
    ];
    // Every mismatch gets byte for byte the same answer, whichever field is wrong.
    let first = register_from(&http_from("127.0.0.1"), &server, "a1@example.org").await;
    let mut answers = Vec::new();
    for request in &wrong {
        answers.push(associate_from(&server, "127.0.0.1", &first, request).await);
    }
    assert_eq!(answers[0].0, 422);
    assert!(answers.iter().all(|a| *a == answers[0]), "{answers:?}");

    // Four more wrong tries on this K10 number from a second account at a second address...
    let second = register_from(&http_from("127.0.0.2"), &server, "a2@example.org").await;
    for request in &wrong[1..] {
        assert_eq!(
            associate_from(&server, "127.0.0.2", &second, request)
                .await
                .0,
            422
        );
    }
    // ...and the K10 number's limit (10 an hour) is reached after two more: then a fresh
    // account at a fresh address gets 429, with the right details or not.
    let third = register_from(&http_from("127.0.0.3"), &server, "a3@example.org").await;
    for request in &wrong[1..3] {
        assert_eq!(
            associate_from(&server, "127.0.0.3", &third, request)
                .await
                .0,
            422
        );
    }
    let (status, retry, _) = associate_from(&server, "127.0.0.3", &third, &good).await;
    assert_eq!(status, 429);
    assert!(retry.is_some());
    let fourth = register_from(&http_from("127.0.0.4"), &server, "a4@example.org").await;
    assert_eq!(
        associate_from(&server, "127.0.0.4", &fourth, &wrong[2])
            .await
            .0,
        429
    );

    // Per account: one account trying other K10 numbers stops after ten.
    let fifth = register_from(&http_from("127.0.0.5"), &server, "a5@example.org").await;
    let mut statuses = Vec::new();
    for n in 0..11 {
        let request = AssociateRequest {
            k10_number: format!("K10/{:07}", 500 + n),
            ..good.clone()
        };
        statuses.push(
            associate_from(&server, "127.0.0.5", &fifth, &request)
                .await
                .0,
        );
    }
    assert!(statuses[..10].iter().all(|s| *s == 422), "{statuses:?}");
    assert_eq!(statuses[10], 429);
    // Per address: new accounts at the same address do not get new tries past twenty.
    let mut statuses = Vec::new();
    for n in 0..3 {
        let token = register_from(
            &http_from("127.0.0.6"),
            &server,
            &format!("b{n}@example.org"),
        )
        .await;
        for m in 0..8 {
            let request = AssociateRequest {
                k10_number: format!("K10/{:07}", 600 + n * 10 + m),
                ..good.clone()
            };
            statuses.push(
                associate_from(&server, "127.0.0.6", &token, &request)
                    .await
                    .0,
            );
        }
    }
    assert!(statuses[..20].iter().all(|s| *s == 422), "{statuses:?}");
    assert!(statuses[20..].iter().all(|s| *s == 429), "{statuses:?}");
}

#[tokio::test]
async fn the_admin_token_is_long_kept_off_the_command_line_and_not_guessable() {
    // Refused at start when short, with a clear message.
    let dir = tempfile::tempdir().expect("tempdir");
    let short = portal_server::AppState::open(
        &dir.path().join("portal.db"),
        Some("only-31-characters-long-token!!".into()),
    )
    .await;
    let error = short.err().expect("short token refused").to_string();
    assert!(error.contains("at least 32"), "{error}");

    // The binary never takes it from the command line; from the environment it checks the
    // length too.
    let binary = env!("CARGO_BIN_EXE_portal-server");
    let db = dir.path().join("cli.db");
    let out = std::process::Command::new(binary)
        .args(["--db", &db.to_string_lossy(), "--listen", "127.0.0.1:0"])
        .args(["--admin-token", ADMIN_TOKEN])
        .output()
        .expect("run portal-server");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--admin-token-file"), "{stderr}");
    let out = std::process::Command::new(binary)
        .args(["--db", &db.to_string_lossy(), "--listen", "127.0.0.1:0"])
        .env("PORTAL_ADMIN_TOKEN", "short")
        .output()
        .expect("run portal-server");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("at least 32"), "{stderr}");

    // Guessing: ten wrong tokens from one address, then 429 even for the right one there;
    // another address still works.
    let server = TestServer::start().await;
    let url = format!("{}/v1/admin/communications", server.url());
    let attacker = http_from("127.0.0.1");
    for i in 0..10 {
        let response = attacker
            .post(&url)
            .bearer_auth(format!("guess-{i}-0123456789abcdef0123456789"))
            .json(&json!({}))
            .send()
            .await
            .expect("send");
        assert_eq!(response.status(), 403);
    }
    let (status, retry, _) = answer(
        attacker
            .post(&url)
            .bearer_auth(ADMIN_TOKEN)
            .json(&json!({}))
            .send()
            .await
            .expect("send"),
    )
    .await;
    assert_eq!(status, 429);
    assert!(retry.is_some());
    let admin = http_from("127.0.0.2")
        .post(&url)
        .bearer_auth(ADMIN_TOKEN)
        .json(&json!({"k10_number": "K10/0000404", "kind": "acceptance", "date": "2026-01-02"}))
        .send()
        .await
        .expect("send");
    // Past the token (the application does not exist).
    assert!(
        ![401, 403, 429].contains(&admin.status().as_u16()),
        "{}",
        admin.status()
    );
}

#[tokio::test]
async fn password_change_and_sign_out_everywhere_end_the_other_sessions() {
    let server = TestServer::start().await;
    let (phone, _) = server.applicant("mara@example.org").await;
    let laptop = server.client();
    let tablet = server.client();
    let credentials = Credentials {
        email: "mara@example.org".into(),
        password: PASSWORD.into(),
    };
    laptop.sign_in(&credentials).await.expect("laptop");
    tablet.sign_in(&credentials).await.expect("tablet");

    assert!(matches!(
        laptop
            .change_password("not my password", "a brand new password")
            .await,
        Err(PortalError::BadCredentials)
    ));
    assert!(matches!(
        laptop.change_password(PASSWORD, "short").await,
        Err(PortalError::Rejected { ref code, .. }) if code == "weak_password"
    ));
    laptop
        .change_password(PASSWORD, "a brand new password")
        .await
        .expect("change");
    // The laptop stays signed in; the phone and the tablet are out.
    assert!(laptop.list_applications().await.is_ok());
    for other in [&phone, &tablet] {
        assert!(matches!(
            other.list_applications().await,
            Err(PortalError::Unauthorized)
        ));
    }
    assert!(matches!(
        server.client().sign_in(&credentials).await,
        Err(PortalError::BadCredentials)
    ));
    let desk = server.client();
    desk.sign_in(&Credentials {
        email: "mara@example.org".into(),
        password: "a brand new password".into(),
    })
    .await
    .expect("new password");

    // Sign out everywhere: every token of the account stops working, this one too.
    let laptop_token = laptop.token().expect("token");
    desk.sign_out_everywhere()
        .await
        .expect("sign out everywhere");
    assert!(!desk.is_signed_in());
    laptop.set_token(Some(laptop_token));
    assert!(matches!(
        laptop.list_applications().await,
        Err(PortalError::Unauthorized)
    ));
}

#[tokio::test]
async fn only_a_trusted_proxy_names_the_client_address() {
    let dir = tempfile::tempdir().expect("tempdir");
    let options = portal_server::Options {
        trusted_proxies: vec!["127.0.0.1".parse().expect("ip")],
        ..portal_server::Options::default()
    };
    let state = common::open_state(dir.path(), options).await;
    let (addr, _handle) = portal_server::spawn_on("127.0.0.1:0".parse().expect("addr"), state)
        .await
        .expect("spawn");
    let url = format!("http://{addr}/v1/sessions");
    let registered = http_from("127.0.0.1")
        .post(format!("http://{addr}/v1/accounts"))
        .json(&json!({"email": "ada@example.org", "password": PASSWORD}))
        .send()
        .await
        .expect("send");
    assert_eq!(registered.status(), 201);
    let sign_in = |from: &str, forwarded: &str, password: &str| {
        let request = http_from(from)
            .post(&url)
            .header("x-forwarded-for", forwarded)
            .json(&json!({"email": "ada@example.org", "password": password}))
            .send();
        async move { request.await.expect("send").status().as_u16() }
    };
    // Through the proxy, each client the proxy names has its own tries...
    for _ in 0..5 {
        assert_eq!(sign_in("127.0.0.1", "198.51.100.7", "wrong one").await, 401);
    }
    assert_eq!(sign_in("127.0.0.1", "198.51.100.7", PASSWORD).await, 429);
    // ...a client cannot pick its own entry (only the last one, the proxy's, counts)...
    assert_eq!(
        sign_in("127.0.0.1", "198.51.100.8, 198.51.100.7", PASSWORD).await,
        429
    );
    assert_eq!(sign_in("127.0.0.1", "198.51.100.8", PASSWORD).await, 200);
    // ...and from anywhere else the header is ignored.
    for _ in 0..5 {
        assert_eq!(sign_in("127.0.0.2", "198.51.100.9", "wrong one").await, 401);
    }
    assert_eq!(sign_in("127.0.0.2", "198.51.100.10", PASSWORD).await, 429);
}
