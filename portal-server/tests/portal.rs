//! End-to-end tests: the real server on 127.0.0.1 with a temporary SQLite database, driven by
//! the real client and sync engine of `cittadinanza-core`.

mod common;

use std::collections::BTreeMap;
use std::time::Duration;

use cittadinanza_core::model::{AttachedDocument, DocumentKind, LegalBasis, SectionId};
use cittadinanza_core::portal::{
    AssociateRequest, ClientConfig, CommunicationKind, Credentials, PortalError, PushOutcome,
    Resolution, Role, Status, SyncEngine,
};
use common::{Fault, MemoryDrafts, PASSWORD, Proxy, TestServer, client_for, draft};
use serde_json::json;
use sha2::{Digest, Sha256};

fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

fn content(len: usize, seed: u8) -> Vec<u8> {
    (0..len)
        .map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed))
        .collect()
}

#[tokio::test]
async fn round_trip_create_update_upload_submit_and_communications() {
    let server = TestServer::start().await;
    let (client, _) = server.applicant("amina@example.org").await;

    let id = new_id();
    let mut app = draft("Hoxha", "Amina", LegalBasis::Art9F);
    let created = client.create_application(&id, &app).await.expect("create");
    assert_eq!((created.version, created.status), (1, Status::Draft));
    assert_eq!(created.draft, app);
    // Creating again with the same id is harmless (a retry after a timeout).
    match client.create_application(&id, &app).await {
        Err(PortalError::Conflict { current }) => assert_eq!(current.draft, app),
        other => panic!("expected the existing record, got {other:?}"),
    }

    app.personal.phone = "+39 320 0000000".into();
    let updated = client
        .update_application(&id, 1, &app)
        .await
        .expect("update");
    assert_eq!(updated.version, 2);
    assert_eq!(client.get_application(&id).await.expect("get").draft, app);
    let old = client.get_version(&id, 1).await.expect("version 1");
    assert_eq!(old.draft.personal.phone, "+39 333 1234567");
    let list = client.list_applications().await.expect("list");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].display_name, "Hoxha Amina");

    // Three chunks, verified by the server, downloaded back identical.
    let mut small_chunks = ClientConfig::new(server.url());
    small_chunks.upload_chunk_bytes = 64 * 1024;
    let chunked = cittadinanza_core::portal::Client::new(small_chunks).expect("client");
    chunked.set_token(client.token());
    let passport = content(150_000, 7);
    let info = chunked
        .upload_document(
            &id,
            &passport,
            Some(DocumentKind::IdentityDocument),
            "passaporto.pdf",
        )
        .await
        .expect("upload");
    assert_eq!(info.sha256, hex::encode(Sha256::digest(&passport)));
    assert_eq!(info.size_bytes, 150_000);
    assert_eq!(info.kind, Some(DocumentKind::IdentityDocument));
    let back = client
        .download_document(&id, &info.sha256)
        .await
        .expect("download");
    assert_eq!(back, passport);
    // Uploading the same file again sends nothing and returns the stored document.
    let again = client
        .upload_document(
            &id,
            &passport,
            Some(DocumentKind::IdentityDocument),
            "passaporto.pdf",
        )
        .await
        .expect("re-upload");
    assert_eq!(again, info);
    assert_eq!(
        client.list_documents(&id).await.expect("documents").len(),
        1
    );

    let receipt = client.submit(&id, "key-1").await.expect("submit");
    assert_eq!(receipt.k10_number, "K10/0000001");
    assert_eq!(receipt.status, Status::Submitted);
    assert!(matches!(
        client.update_application(&id, 3, &app).await,
        Err(PortalError::NotEditable)
    ));

    // Marriage applications get the C series.
    let marriage = new_id();
    client
        .create_application(&marriage, &draft("Hoxha", "Amina", LegalBasis::Art5Italy))
        .await
        .expect("create art. 5");
    let receipt5 = client
        .submit(&marriage, "key-2")
        .await
        .expect("submit art. 5");
    assert_eq!(receipt5.k10_number, "K10/C/0000001");

    // The prefecture moves the application on; the client sees dated communications.
    let accepted = server
        .communicate(
            json!({"k10_number": "K10/0000001", "kind": "acceptance", "date": "2026-03-02"}),
        )
        .await;
    assert_eq!(accepted.status(), 201);
    let too_early = server
        .communicate(
            json!({"application_id": id, "kind": "oath_appointment", "date": "2026-03-03",
                            "appointment_date": "2026-04-01"}),
        )
        .await;
    assert_eq!(
        too_early.status(),
        409,
        "an oath cannot follow an acceptance"
    );
    let notice = server
        .communicate(json!({"application_id": id, "kind": "notice_10bis", "date": "2026-05-04",
                            "response_days": 30, "text": "Inviare il certificato penale aggiornato"}))
        .await;
    assert_eq!(notice.status(), 201, "{:?}", notice.text().await);
    let report = client.status(&id).await.expect("status");
    assert_eq!(report.status, Status::Notice10Bis);
    assert_eq!(report.k10_number.as_deref(), Some("K10/0000001"));
    assert_eq!(report.communications.len(), 2);
    let c = &report.communications[1];
    assert_eq!(c.kind, CommunicationKind::Notice10Bis);
    assert_eq!(c.response_days, Some(30));
    assert_eq!(
        c.respond_by.map(|d| d.to_string()).as_deref(),
        Some("2026-06-03")
    );
    for (kind, date, extra) in [
        ("decree_granted", "2026-09-01", json!({})),
        (
            "oath_appointment",
            "2026-10-01",
            json!({"appointment_date": "2026-11-15", "place": "Comune di Milano"}),
        ),
    ] {
        let mut body = json!({"application_id": id, "kind": kind, "date": date});
        if let (Some(body), Some(extra)) = (body.as_object_mut(), extra.as_object()) {
            body.extend(extra.clone());
        }
        assert_eq!(server.communicate(body).await.status(), 201, "{kind}");
    }
    let report = client.status(&id).await.expect("status");
    assert_eq!(report.status, Status::OathScheduled);
    let oath = report.communications.last().expect("oath");
    assert_eq!(
        oath.appointment_date.map(|d| d.to_string()).as_deref(),
        Some("2026-11-15")
    );
    assert_eq!(oath.place, "Comune di Milano");
}

#[tokio::test]
async fn sign_in_errors_lockout_and_sign_out() {
    let server = TestServer::start().await;
    let (client, _) = server.applicant("lin@example.org").await;
    let fresh = server.client();
    let wrong = Credentials {
        email: "lin@example.org".into(),
        password: "not the password".into(),
    };
    assert!(matches!(
        fresh.sign_in(&wrong).await,
        Err(PortalError::BadCredentials)
    ));
    let weak = Credentials {
        email: "other@example.org".into(),
        password: "short".into(),
    };
    assert!(matches!(
        fresh.register(&weak).await,
        Err(PortalError::Rejected { ref code, .. }) if code == "weak_password"
    ));
    let dup = Credentials {
        email: "LIN@example.org".into(),
        password: PASSWORD.into(),
    };
    assert!(matches!(
        fresh.register(&dup).await,
        Err(PortalError::AccountExists)
    ));
    for _ in 0..5 {
        let _ = fresh.sign_in(&wrong).await;
    }
    let right = Credentials {
        email: "lin@example.org".into(),
        password: PASSWORD.into(),
    };
    assert!(matches!(
        fresh.sign_in(&right).await,
        Err(PortalError::RateLimited)
    ));

    let token = client.token().expect("token");
    client.sign_out().await.expect("sign out");
    assert!(!client.is_signed_in());
    client.set_token(Some(token));
    assert!(matches!(
        client.list_applications().await,
        Err(PortalError::Unauthorized)
    ));
}

#[tokio::test]
async fn an_applicant_cannot_read_or_change_another_applicants_data() {
    let server = TestServer::start().await;
    let (alice, _) = server.applicant("alice@example.org").await;
    let (bob, _) = server.applicant("bob@example.org").await;
    let id = new_id();
    let app = draft("Rossi", "Alice", LegalBasis::Art9D);
    alice.create_application(&id, &app).await.expect("create");
    let doc = content(1000, 1);
    let info = alice
        .upload_document(&id, &doc, None, "a.pdf")
        .await
        .expect("upload");

    assert!(matches!(
        bob.get_application(&id).await,
        Err(PortalError::NotFound)
    ));
    assert!(matches!(
        bob.get_version(&id, 1).await,
        Err(PortalError::NotFound)
    ));
    assert!(matches!(bob.status(&id).await, Err(PortalError::NotFound)));
    assert!(matches!(
        bob.update_application(&id, 1, &draft("Bob", "Evil", LegalBasis::Art9F))
            .await,
        Err(PortalError::NotFound)
    ));
    assert!(matches!(
        bob.submit(&id, "k").await,
        Err(PortalError::NotFound)
    ));
    assert!(matches!(
        bob.list_documents(&id).await,
        Err(PortalError::NotFound)
    ));
    assert!(matches!(
        bob.download_document(&id, &info.sha256).await,
        Err(PortalError::NotFound)
    ));
    assert!(matches!(
        bob.upload_document(&id, b"x", None, "x").await,
        Err(PortalError::NotFound)
    ));
    // Creating over someone else's id neither reveals nor replaces it.
    assert!(matches!(
        bob.create_application(&id, &draft("Bob", "Evil", LegalBasis::Art9F))
            .await,
        Err(PortalError::NotFound)
    ));
    assert!(bob.list_applications().await.expect("list").is_empty());
    // Alice's data is untouched.
    let record = alice.get_application(&id).await.expect("get");
    assert_eq!((record.version, record.draft), (1, app));

    // No token: 401; an applicant's token on the admin API: 403.
    let raw = reqwest::Client::new();
    let anonymous = raw
        .get(format!("{}/v1/applications/{id}", server.url()))
        .send()
        .await
        .expect("send");
    assert_eq!(anonymous.status(), 401);
    let admin = raw
        .post(format!("{}/v1/admin/operators", server.url()))
        .bearer_auth(alice.token().expect("token"))
        .json(&json!({"email": "x@example.org", "password": PASSWORD}))
        .send()
        .await
        .expect("send");
    assert_eq!(admin.status(), 403);
}

#[tokio::test]
async fn operators_see_only_the_applications_they_created() {
    let server = TestServer::start().await;
    let caf = server.operator("sportello@caf.example.org").await;
    let other = server.operator("desk@patronato.example.org").await;
    let ids = [new_id(), new_id()];
    for (i, id) in ids.iter().enumerate() {
        caf.create_application(id, &draft(&format!("Client{i}"), "Ana", LegalBasis::Art9F))
            .await
            .expect("operator creates");
    }
    let listed = caf.list_applications().await.expect("list");
    assert_eq!(listed.len(), 2);
    assert!(other.list_applications().await.expect("list").is_empty());
    assert!(matches!(
        other.get_application(&ids[0]).await,
        Err(PortalError::NotFound)
    ));
    // "Associa pratica" is for applicants only.
    assert!(matches!(
        caf.associate(&AssociateRequest::default()).await,
        Err(PortalError::Forbidden)
    ));
}

#[tokio::test]
async fn associa_pratica_matches_every_field_with_one_answer_for_any_mismatch() {
    let server = TestServer::start().await;
    let desk = server.operator("desk@caf.example.org").await;
    let id = new_id();
    let mut app = draft("Nguyễn", "Thị Lan", LegalBasis::Art9F);
    app.personal.email = "lan.old@example.org".into();
    desk.create_application(&id, &app).await.expect("create");
    let k10 = desk
        .submit(&id, "desk-key")
        .await
        .expect("submit")
        .k10_number;

    let (lan, _) = server.applicant("lan@example.org").await;
    let good = AssociateRequest {
        surname: "NGUYEN".into(),
        name: "thi lan".into(),
        birth_date: "1988-03-14".into(),
        previous_email: " Lan.Old@example.org ".into(),
        k10_number: k10.to_lowercase(),
    };
    let cases = [
        (
            AssociateRequest {
                surname: "Nguyen Van".into(),
                ..good.clone()
            },
            "surname",
        ),
        (
            AssociateRequest {
                name: "Lan".into(),
                ..good.clone()
            },
            "name",
        ),
        (
            AssociateRequest {
                birth_date: "15/03/1988".into(),
                ..good.clone()
            },
            "birth date",
        ),
        (
            AssociateRequest {
                previous_email: "lan@example.org".into(),
                ..good.clone()
            },
            "previous e-mail",
        ),
        (
            AssociateRequest {
                k10_number: "K10/0999999".into(),
                ..good.clone()
            },
            "K10 number",
        ),
    ];
    // Whichever detail is wrong, the answer is the same: it never names the field.
    for (request, field) in cases {
        match lan.associate(&request).await {
            Err(PortalError::AssociateMismatch(None)) => {}
            other => panic!("expected an unnamed mismatch (wrong {field}), got {other:?}"),
        }
    }
    assert!(matches!(
        lan.get_application(&id).await,
        Err(PortalError::NotFound)
    ));
    // Five typos are allowed (the pause comes after ten); a success resets the count.
    let record = lan.associate(&good).await.expect("associate");
    assert_eq!(record.id, id);
    assert_eq!(
        lan.status(&id).await.expect("status").k10_number,
        Some(k10.clone())
    );
    assert_eq!(lan.list_applications().await.expect("list").len(), 1);
    // Idempotent for the same applicant, refused for anyone else; the desk keeps access.
    assert!(lan.associate(&good).await.is_ok());
    let (intruder, _) = server.applicant("intruder@example.org").await;
    assert!(matches!(
        intruder.associate(&good).await,
        Err(PortalError::AlreadyAssociated)
    ));
    assert!(desk.get_application(&id).await.is_ok());
}

#[tokio::test]
async fn oversize_bodies_are_refused_with_413() {
    let server = TestServer::start().await;
    let (client, session) = server.applicant("big@example.org").await;
    let id = new_id();
    client
        .create_application(&id, &draft("Big", "Body", LegalBasis::Art9F))
        .await
        .expect("create");
    let mut huge = draft("Big", "Body", LegalBasis::Art9F);
    huge.judicial.convictions_details = "x".repeat(2 * 1024 * 1024);
    assert!(matches!(
        client.update_application(&id, 1, &huge).await,
        Err(PortalError::TooLarge)
    ));
    let raw = reqwest::Client::new();
    let sha = "0".repeat(64);
    let chunk = raw
        .put(format!(
            "{}/v1/applications/{id}/documents/{sha}",
            server.url()
        ))
        .bearer_auth(&session.token)
        .header("content-range", "bytes 0-5242879/5242880")
        .body(vec![0u8; 5 * 1024 * 1024])
        .send()
        .await
        .expect("send");
    assert_eq!(chunk.status(), 413);
    let document = raw
        .put(format!(
            "{}/v1/applications/{id}/documents/{sha}",
            server.url()
        ))
        .bearer_auth(&session.token)
        .header(
            "content-range",
            format!(
                "bytes 0-9/{}",
                cittadinanza_core::portal::MAX_DOCUMENT_BYTES + 1
            ),
        )
        .body(vec![0u8; 10])
        .send()
        .await
        .expect("send");
    assert_eq!(document.status(), 413);
    // A body that lies about its SHA-256 is refused and not kept.
    let lie = raw
        .put(format!(
            "{}/v1/applications/{id}/documents/{sha}",
            server.url()
        ))
        .bearer_auth(&session.token)
        .body(vec![1u8; 10])
        .send()
        .await
        .expect("send");
    assert_eq!(lie.status(), 422);
    assert!(client.list_documents(&id).await.expect("list").is_empty());
}

#[tokio::test]
async fn two_devices_edit_different_then_the_same_sections() {
    let server = TestServer::start().await;
    let (laptop, _) = server.applicant("sara@example.org").await;
    let phone = client_for(&server.url());
    phone.set_token(laptop.token());
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = SyncEngine::open(
        laptop,
        dir.path().join("a.json"),
        cittadinanza_core::secrets::DataKey::generate(),
    )
    .expect("engine a");
    let mut b = SyncEngine::open(
        phone,
        dir.path().join("b.json"),
        cittadinanza_core::secrets::DataKey::generate(),
    )
    .expect("engine b");

    let mut draft_a = draft("Kaur", "Sara", LegalBasis::Art9F);
    let first = a.push("local-a", &draft_a).await.expect("first push");
    assert_eq!(first, PushOutcome::Pushed { version: 1 });
    let record = a
        .client()
        .get_application(
            a.entry("local-a")
                .and_then(|e| e.remote_id.clone())
                .as_deref()
                .expect("id"),
        )
        .await
        .expect("get");
    b.link("local-b", &record).expect("link");
    let mut draft_b = record.draft.clone();

    // Different sections: merged automatically, nothing lost.
    draft_a.legal_basis.prefecture = "Torino".into();
    a.mark_changed("local-a", [SectionId::LegalBasis])
        .expect("mark");
    assert_eq!(
        a.push("local-a", &draft_a).await.expect("push a"),
        PushOutcome::Pushed { version: 2 }
    );
    draft_b.personal.phone = "+39 347 7654321".into();
    match b.push("local-b", &draft_b).await.expect("push b") {
        PushOutcome::Merged {
            application,
            version,
        } => {
            assert_eq!(version, 3);
            assert_eq!(application.legal_basis.prefecture, "Torino");
            assert_eq!(application.personal.phone, "+39 347 7654321");
            draft_b = *application;
        }
        other => panic!("expected an automatic merge, got {other:?}"),
    }

    // Same section on both sides: a conflict with both values, resolved by the user.
    let server_now = b.client().get_application(&record.id).await.expect("get");
    draft_a = server_now.draft.clone();
    a.link("local-a", &server_now).expect("relink");
    draft_a.personal.surname = "Kaur Singh".into();
    draft_a.income.years.push(Default::default());
    draft_a.income.years[0].year = "2025".into();
    draft_b.personal.surname = "Singh".into();
    assert_eq!(
        b.push("local-b", &draft_b).await.expect("push b"),
        PushOutcome::Pushed { version: 4 }
    );
    let conflict = match a.push("local-a", &draft_a).await.expect("push a") {
        PushOutcome::Conflicts(conflict) => conflict,
        other => panic!("expected a conflict, got {other:?}"),
    };
    assert_eq!(conflict.remote_version, 4);
    assert_eq!(conflict.sections.len(), 1);
    let personal = &conflict.sections[0];
    assert_eq!(personal.section, SectionId::Personal);
    assert_eq!(personal.local["surname"], "Kaur Singh");
    assert_eq!(personal.remote["surname"], "Singh");
    assert_eq!(a.status().conflicts, 1);
    // Nothing was overwritten while the user decides.
    let untouched = a.client().get_application(&record.id).await.expect("get");
    assert_eq!(untouched.draft.personal.surname, "Singh");

    let choices = BTreeMap::from([(SectionId::Personal.into(), Resolution::KeepMine)]);
    let merged = a.resolve(&conflict, &choices).await.expect("resolve");
    assert_eq!(merged.personal.surname, "Kaur Singh");
    assert_eq!(
        merged.income.years.len(),
        1,
        "the local-only change survives"
    );
    let final_record = a.client().get_application(&record.id).await.expect("get");
    assert_eq!(final_record.version, 5);
    assert_eq!(final_record.draft, merged);
    assert_eq!(a.status().conflicts, 0);

    // The other device pushing its stale draft now conflicts instead of overwriting.
    draft_b.personal.surname = "Singh K.".into();
    match b.push("local-b", &draft_b).await.expect("push") {
        PushOutcome::Conflicts(c) => {
            assert_eq!(c.sections.len(), 1);
            let taken = b
                .resolve(
                    &c,
                    &BTreeMap::from([(SectionId::Personal.into(), Resolution::TakeTheirs)]),
                )
                .await
                .expect("resolve");
            assert_eq!(taken.personal.surname, "Kaur Singh");
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
}

#[tokio::test]
async fn offline_edits_are_queued_and_drained_when_the_server_is_back() {
    // Reserve a port, then leave it closed: the "server is down" phase.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("reserve port");
    let url = format!("http://{port}");
    let dir = tempfile::tempdir().expect("tempdir");
    let queue = dir.path().join("queue.json");
    let key = cittadinanza_core::secrets::DataKey::generate();

    let mut drafts = MemoryDrafts::default();
    let mut app = draft("Okafor", "Chidi", LegalBasis::Art9F);
    let passport = content(70_000, 3);
    let sha = hex::encode(Sha256::digest(&passport));
    app.documents.attached.push(AttachedDocument {
        vault_id: "vault-1".into(),
        kind: Some(DocumentKind::IdentityDocument),
        original_name: "passport.pdf".into(),
        sha256: sha.clone(),
        size_bytes: passport.len() as u64,
        ..Default::default()
    });
    drafts.drafts.insert("local-1".into(), app.clone());
    drafts.documents.insert("vault-1".into(), passport.clone());

    {
        let client = client_for(&url);
        client.set_token(Some("not-yet-signed-in".into()));
        let mut engine = SyncEngine::open(client, &queue, key.clone()).expect("engine");
        engine
            .mark_changed("local-1", SectionId::ALL)
            .expect("mark");
        engine
            .queue_upload("local-1", "vault-1", &sha)
            .expect("queue");
        let report = engine.push_pending(&drafts).await;
        assert!(report.went_offline(), "{report:?}");
        assert!(matches!(report.failed[0].1, PortalError::Unreachable(_)));
        assert_eq!(engine.status().pending, 1);
    }
    // The queue file is sealed: not even the section names can be read.
    let bytes = std::fs::read(&queue).expect("queue");
    for word in ["legal_basis", "Okafor", "passport", sha.as_str()] {
        assert!(
            !bytes.windows(word.len()).any(|w| w == word.as_bytes()),
            "{word}"
        );
    }

    // The server comes up on that address; a new engine (app restarted) drains the queue.
    let server = TestServer::start_in(tempfile::tempdir().expect("tempdir"), port).await;
    let (client, _) = server.applicant("chidi@example.org").await;
    let mut engine = SyncEngine::open(client, &queue, key).expect("reopen");
    assert_eq!(engine.status().pending, 1);
    let report = engine.push_pending(&drafts).await;
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    assert_eq!(report.pushed, vec!["local-1".to_string()]);
    assert_eq!(report.uploaded.len(), 1);
    assert_eq!(engine.status(), Default::default());
    let remote_id = engine
        .entry("local-1")
        .and_then(|e| e.remote_id.clone())
        .expect("linked");
    let record = engine
        .client()
        .get_application(&remote_id)
        .await
        .expect("get");
    assert_eq!(record.draft, app);
    let docs = engine
        .client()
        .list_documents(&remote_id)
        .await
        .expect("docs");
    assert_eq!(docs[0].name, "passport.pdf");
    assert_eq!(docs[0].sha256, sha);

    // Pull: status and communications after the prefecture acts.
    let receipt = engine.submit("local-1", &app).await.expect("submit");
    server
        .communicate(
            json!({"application_id": remote_id, "kind": "acceptance", "date": "2026-02-10"}),
        )
        .await;
    let pulled = engine.pull_all().await;
    let report = pulled[0].1.as_ref().expect("pull");
    assert_eq!(report.status, Status::Accepted);
    assert_eq!(
        engine.entry("local-1").and_then(|e| e.k10_number.clone()),
        Some(receipt.k10_number)
    );
}

#[tokio::test]
async fn an_upload_that_times_out_midway_resumes_where_the_server_stopped() {
    let server = TestServer::start().await;
    let (direct, _) = server.applicant("upload@example.org").await;
    let id = new_id();
    direct
        .create_application(&id, &draft("Stall", "Test", LegalBasis::Art9F))
        .await
        .expect("create");

    // The first connection forwards ~400 KB then stalls for 1.5 s (longer than the timeout).
    let proxy = Proxy::start(
        server.addr,
        Fault::StallRequestAfter(400_000),
        Duration::from_millis(1500),
    )
    .await;
    let mut config = ClientConfig::new(proxy.url());
    config.request_timeout = Duration::from_millis(500);
    config.max_retries = 10;
    config.backoff_base = Duration::from_millis(50);
    config.backoff_max = Duration::from_millis(400);
    config.upload_chunk_bytes = 256 * 1024;
    let client = cittadinanza_core::portal::Client::new(config).expect("client");
    client.set_token(direct.token());

    let scan = content(1024 * 1024, 9);
    let info = client
        .upload_document(
            &id,
            &scan,
            Some(DocumentKind::CriminalRecord),
            "casellario.pdf",
        )
        .await
        .expect("upload resumes after the stall");
    assert_eq!(
        proxy
            .faults_triggered
            .load(std::sync::atomic::Ordering::SeqCst),
        1
    );
    assert_eq!(info.size_bytes, scan.len() as u64);
    assert_eq!(
        direct
            .download_document(&id, &info.sha256)
            .await
            .expect("download"),
        scan
    );
    let progress = direct
        .upload_progress(&id, &info.sha256)
        .await
        .expect("progress");
    assert!(progress.complete);
}

#[tokio::test]
async fn submit_is_idempotent_even_when_the_answer_is_lost() {
    let server = TestServer::start().await;
    let (direct, _) = server.applicant("twice@example.org").await;
    let dir = tempfile::tempdir().expect("tempdir");

    // Answers on the first connection are swallowed: the client times out and retries.
    let proxy = Proxy::start(
        server.addr,
        Fault::SwallowResponse,
        Duration::from_millis(1500),
    )
    .await;
    let mut config = ClientConfig::new(proxy.url());
    config.request_timeout = Duration::from_millis(700);
    config.max_retries = 4;
    config.backoff_base = Duration::from_millis(50);
    let client = cittadinanza_core::portal::Client::new(config).expect("client");
    client.set_token(direct.token());
    let mut engine = SyncEngine::open(
        client,
        dir.path().join("q.json"),
        cittadinanza_core::secrets::DataKey::generate(),
    )
    .expect("engine");

    let app = draft("Twice", "Sent", LegalBasis::Art9F);
    // The first request (the create) has its answer swallowed; the retry gets it.
    let receipt = engine.submit("local", &app).await.expect("submit");
    assert!(
        proxy
            .faults_triggered
            .load(std::sync::atomic::Ordering::SeqCst)
            >= 1
    );
    assert_eq!(receipt.k10_number, "K10/0000001");
    // Calling again (e.g. the user clicks twice, or after a restart) returns the same K10.
    let again = engine.submit("local", &app).await.expect("submit again");
    assert_eq!(again, receipt);
    let remote = engine
        .entry("local")
        .and_then(|e| e.remote_id.clone())
        .expect("id");
    assert!(matches!(
        direct.submit(&remote, "a-different-key").await,
        Err(PortalError::AlreadySubmitted)
    ));
    // Exactly one application exists, and the next submission gets the next number.
    assert_eq!(direct.list_applications().await.expect("list").len(), 1);
    let other = new_id();
    direct
        .create_application(&other, &draft("Next", "One", LegalBasis::Art9F))
        .await
        .expect("create");
    assert_eq!(
        direct.submit(&other, "k").await.expect("submit").k10_number,
        "K10/0000002"
    );
    // An incomplete draft cannot be submitted, and the field is named.
    let empty = new_id();
    direct
        .create_application(&empty, &cittadinanza_core::model::Application::new())
        .await
        .expect("create");
    assert!(
        matches!(direct.submit(&empty, "k").await, Err(PortalError::Incomplete(f)) if f == "legal_basis.basis")
    );
    let _ = Role::Applicant;
}

#[tokio::test]
async fn upload_progress_rises_chunk_by_chunk_to_the_size() {
    let server = TestServer::start().await;
    let (client, _) = server.applicant("progress@example.org").await;
    let scan = content(9 * 1024 * 1024, 5);
    let chunk = client.config().upload_chunk_bytes as u64;
    assert_eq!(chunk, 1024 * 1024);

    // The client: what the server holds before the first chunk, after each, then the size.
    let id = new_id();
    client
        .create_application(&id, &draft("Progress", "Client", LegalBasis::Art9F))
        .await
        .expect("create");
    let seen = std::sync::Mutex::new(Vec::new());
    let sha = hex::encode(Sha256::digest(&scan));
    let source = cittadinanza_core::portal::UploadSource {
        sha256: &sha,
        size: scan.len() as u64,
        kind: Some(DocumentKind::IncomeStatement),
        name: "cud.pdf",
    };
    let bytes = std::sync::Arc::new(scan.clone());
    let info = client
        .upload_document_reporting(
            &id,
            &source,
            || {
                let reader: Box<dyn std::io::Read + Send> =
                    Box::new(std::io::Cursor::new(bytes.as_ref().clone()));
                Ok(reader)
            },
            |sent| seen.lock().expect("lock").push(sent),
        )
        .await
        .expect("upload");
    assert_eq!(info.size_bytes, scan.len() as u64);
    let seen = seen.into_inner().expect("lock");
    let expected: Vec<u64> = (0..=9).map(|i| i * chunk).collect();
    assert_eq!(seen, expected);

    // Already on the portal: the size at once, nothing sent again.
    let again = std::sync::Mutex::new(Vec::new());
    client
        .upload_document_reporting(
            &id,
            &source,
            || Err(PortalError::Local("must not be read".into())),
            |sent| again.lock().expect("lock").push(sent),
        )
        .await
        .expect("known document");
    assert_eq!(again.into_inner().expect("lock"), [scan.len() as u64]);

    // The engine publishes the document under way, then nothing once the run ends.
    let dir = tempfile::tempdir().expect("tempdir");
    let mut drafts = common::MemoryDrafts::default();
    let mut app = draft("Progress", "Engine", LegalBasis::Art9F);
    let other = content(9 * 1024 * 1024, 6);
    app.documents.attached.push(AttachedDocument {
        vault_id: "vault-scan".into(),
        kind: Some(DocumentKind::IncomeStatement),
        original_name: "scansione.pdf".into(),
        sha256: hex::encode(Sha256::digest(&other)),
        size_bytes: other.len() as u64,
        ..Default::default()
    });
    drafts.drafts.insert("local-1".into(), app);
    drafts.documents.insert("vault-scan".into(), other.clone());
    let mut engine = SyncEngine::open(
        client,
        dir.path().join("queue.json"),
        cittadinanza_core::secrets::DataKey::generate(),
    )
    .expect("engine");
    engine
        .mark_changed("local-1", SectionId::ALL)
        .expect("mark");
    let mut progress = engine.progress();
    assert_eq!(*progress.borrow(), None);
    let watcher = tokio::spawn(async move {
        let mut seen = Vec::new();
        while progress.changed().await.is_ok() {
            let now = progress.borrow_and_update().clone();
            // `None` is published only after an upload.
            let done = now.is_none();
            seen.push(now);
            if done {
                break;
            }
        }
        seen
    });
    let report = engine.push_pending(&drafts).await;
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    assert_eq!(report.uploaded.len(), 1);
    let seen = watcher.await.expect("watcher");
    assert_eq!(seen.last(), Some(&None), "{seen:?}");
    let updates: Vec<_> = seen.iter().flatten().collect();
    assert!(!updates.is_empty(), "{seen:?}");
    for pair in updates.windows(2) {
        assert!(pair[0].sent <= pair[1].sent, "{seen:?}");
    }
    for update in &updates {
        assert_eq!(update.local_id, "local-1");
        assert_eq!(update.vault_id, "vault-scan");
        assert_eq!(update.name, "scansione.pdf");
        assert_eq!(update.total, other.len() as u64);
        assert!(update.sent <= update.total);
    }
    assert_eq!(*engine.progress().borrow(), None);
}

#[tokio::test]
async fn health_answers_503_when_the_database_does_not() {
    let server = TestServer::start().await;
    let health = format!("{}/v1/health", server.url());
    let ok = reqwest::get(&health).await.expect("health");
    assert_eq!(ok.status(), 200);
    assert_eq!(ok.text().await.expect("body"), "ok");
    if common::postgres_server().is_some() {
        return; // A pool has other connections: holding one blocks nothing.
    }
    // The one SQLite connection held elsewhere for longer than the probe waits.
    let held = server.state.db().await.expect("db");
    let busy = reqwest::get(&health).await.expect("health");
    assert_eq!(busy.status(), 503);
    drop(held);
    assert_eq!(reqwest::get(&health).await.expect("health").status(), 200);
}
