//! The sync engine against the real server when things go wrong on the way: a submit that
//! fails after its key was recorded, an edit made meanwhile, the server back (same database,
//! another port). The portal must register the edited draft, once.

mod common;

use std::net::SocketAddr;

use cittadinanza_core::model::{LegalBasis, SectionId};
use cittadinanza_core::portal::{
    Credentials, DraftPart, LocalApplication, PortalError, Status, SyncEngine,
};
use cittadinanza_core::secrets::DataKey;
use common::{MemoryDrafts, PASSWORD, TestServer, client_for, draft};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A proxy in front of the server that drops every connection whose request is a
/// submission before the server sees it (the network fails at that moment).
struct CutSubmits {
    addr: SocketAddr,
}

impl CutSubmits {
    async fn start(upstream: SocketAddr) -> CutSubmits {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                tokio::spawn(relay(client, upstream));
            }
        });
        CutSubmits { addr }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

/// Forwards one connection, request by request (each read is one request head here: the
/// drafts are small), closing it when a submission passes.
async fn relay(mut client: TcpStream, upstream: SocketAddr) {
    let Ok(server) = TcpStream::connect(upstream).await else {
        return;
    };
    let (mut server_read, mut server_write) = server.into_split();
    let (mut client_read, mut client_write) = client.split();
    let answers = async {
        let _ = tokio::io::copy(&mut server_read, &mut client_write).await;
    };
    let requests = async {
        let mut buffer = vec![0u8; 256 * 1024];
        loop {
            let n = match client_read.read(&mut buffer).await {
                Ok(0) | Err(_) => return,
                Ok(n) => n,
            };
            let bytes = &buffer[..n];
            let submit = bytes.starts_with(b"POST ") && bytes.windows(8).any(|w| w == b"/submit ");
            if submit {
                return;
            }
            if server_write.write_all(bytes).await.is_err() {
                return;
            }
        }
    };
    tokio::select! {
        () = answers => {}
        () = requests => {}
    }
}

#[tokio::test]
async fn a_retried_submit_sends_the_draft_edited_after_the_failure() {
    let server = TestServer::start().await;
    let (direct, _) = server.applicant("retry@example.org").await;
    let proxy = CutSubmits::start(server.addr).await;
    let queue_dir = tempfile::tempdir().expect("tempdir");
    let queue = queue_dir.path().join("portal-sync.queue");
    let key = DataKey::generate();

    let original = draft("Retry", "Amara", LegalBasis::Art9F);
    let remote_id = {
        let client = client_for(&proxy.url());
        client.set_token(direct.token());
        let mut engine = SyncEngine::open(client, &queue, key.clone()).expect("engine");
        // The draft reaches the portal, then the network fails on the submission itself.
        let error = engine
            .submit("local", &original)
            .await
            .expect_err("the submission is cut");
        assert!(error.is_transient(), "{error:?}");
        let entry = engine.entry("local").expect("entry");
        assert!(entry.submit_key.is_some(), "the key is kept for the retry");
        entry.remote_id.clone().expect("pushed")
    };
    assert_eq!(
        direct
            .get_application(&remote_id)
            .await
            .expect("get")
            .draft
            .personal
            .surname,
        "Retry"
    );

    // Offline, the applicant corrects the surname and the prefecture.
    let mut edited = original.clone();
    edited.personal.surname = "Retry-Corrected".into();
    edited.legal_basis.prefecture = "Torino".into();

    // The server comes back on another port with the same database; the app restarts.
    let dir = server.stop();
    let server = TestServer::start_in(dir, "127.0.0.1:0".parse().expect("addr")).await;
    let client = client_for(&server.url());
    client
        .sign_in(&Credentials {
            email: "retry@example.org".into(),
            password: PASSWORD.into(),
        })
        .await
        .expect("sign in again");
    let mut engine = SyncEngine::open(client.clone(), &queue, key).expect("reopen");
    let receipt = engine.submit("local", &edited).await.expect("retry");

    let record = client.get_application(&remote_id).await.expect("get");
    assert_eq!(record.status, Status::Submitted);
    assert_eq!(record.draft.personal.surname, "Retry-Corrected");
    assert_eq!(record.draft.legal_basis.prefecture, "Torino");
    assert_eq!(
        record.k10_number.as_deref(),
        Some(receipt.k10_number.as_str())
    );
    // One application, one K10: the next submission anywhere gets the next number.
    assert_eq!(client.list_applications().await.expect("list").len(), 1);
    assert_eq!(receipt.k10_number, "K10/0000001");

    // Asking again (a double click, a restart) returns the same receipt, even though the
    // portal no longer takes changes.
    let again = engine.submit("local", &edited).await.expect("again");
    assert_eq!(again, receipt);
    let mut late = edited.clone();
    late.personal.phone = "+39 333 0000000".into();
    assert_eq!(
        engine.submit("local", &late).await.expect("after"),
        receipt,
        "a submitted application keeps its receipt"
    );
    assert!(matches!(
        client.submit(&remote_id, "another-key").await,
        Err(PortalError::AlreadySubmitted)
    ));
}

#[tokio::test]
async fn a_damaged_queue_is_rebuilt_from_the_portal_without_duplicates_or_overwrites() {
    let server = TestServer::start().await;
    let (client, _) = server.applicant("relink@example.org").await;
    let dir = tempfile::tempdir().expect("tempdir");
    let queue = dir.path().join("portal-sync.queue");
    let key = DataKey::generate();

    let mut drafts = MemoryDrafts::default();
    drafts
        .drafts
        .insert("local-1".into(), draft("Rossi", "Anna", LegalBasis::Art9F));
    drafts.drafts.insert(
        "local-2".into(),
        draft("Bianchi", "Luca", LegalBasis::Art9F),
    );
    let mut engine = SyncEngine::open(client.clone(), &queue, key.clone()).expect("engine");
    for id in ["local-1", "local-2"] {
        engine.mark_changed(id, SectionId::ALL).expect("mark");
    }
    let report = engine.push_pending(&drafts).await;
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    let receipt = engine
        .submit("local-2", &drafts.drafts["local-2"])
        .await
        .expect("submit");
    let anna = engine
        .entry("local-1")
        .and_then(|e| e.remote_id.clone())
        .expect("anna");
    drop(engine);

    // Meanwhile, another computer changes Anna's phone on the portal.
    let record = client.get_application(&anna).await.expect("get");
    let mut theirs = record.draft.clone();
    theirs.personal.phone = "+39 320 7654321".into();
    client
        .update_application(&anna, record.version, &theirs)
        .await
        .expect("remote edit");

    // The queue file is damaged (a disk error, a bad copy).
    std::fs::write(&queue, b"\x00\x00\x00 not a queue").expect("damage");
    let mut engine = SyncEngine::open(client.clone(), &queue, key).expect("reopen");
    assert!(engine.needs_relink());
    // Before the links are back, an edit is queued but nothing unlinked is sent: it could
    // reach the portal as a second application.
    engine
        .mark_changed("local-1", [SectionId::Income])
        .expect("mark");
    let report = engine.push_pending(&drafts).await;
    assert!(
        matches!(report.failed.as_slice(), [(id, PortalError::RelinkPending)] if id == "local-1"),
        "{:?}",
        report.failed
    );
    assert_eq!(client.list_applications().await.expect("list").len(), 2);

    let mut local = vec![
        LocalApplication {
            local_id: "local-1".into(),
            k10_number: String::new(),
            display_name: drafts.drafts["local-1"].display_name(),
        },
        LocalApplication {
            local_id: "local-2".into(),
            // Typed by hand, with other spacing and case.
            k10_number: format!(" {} ", receipt.k10_number.to_lowercase()),
            display_name: "Someone Else".into(),
        },
        LocalApplication {
            local_id: "local-3".into(),
            k10_number: String::new(),
            display_name: "Never Sent".into(),
        },
    ];
    local.rotate_left(1);
    assert_eq!(engine.relink(&local).await.expect("relink"), 2);
    assert!(!engine.needs_relink());
    assert_eq!(engine.recovery().and_then(|r| r.relinked), Some(2));
    let bianchi = engine.entry("local-2").expect("linked by K10");
    assert_eq!(
        bianchi.k10_number.as_deref(),
        Some(receipt.k10_number.as_str())
    );
    assert!(!bianchi.pending, "a submitted application is not pushed");
    assert!(
        engine
            .entry("local-3")
            .is_none_or(|e| e.remote_id.is_none())
    );

    // The next push meets the portal's copy: without the lost base, the section both sides
    // differ on is the user's choice; the portal's phone is not overwritten.
    let report = engine.push_pending(&drafts).await;
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    assert_eq!(report.conflicts.len(), 1, "{:?}", report.conflicts);
    let conflict = &report.conflicts[0];
    assert_eq!(conflict.local_id, "local-1");
    assert_eq!(conflict.remote_id, anna);
    assert!(
        conflict
            .sections
            .iter()
            .any(|s| s.section == DraftPart::Section(SectionId::Personal))
    );
    let now = client.get_application(&anna).await.expect("get");
    assert_eq!(now.draft.personal.phone, "+39 320 7654321");
    assert_eq!(client.list_applications().await.expect("list").len(), 2);
}
