//! The sync engine against the real server when things go wrong on the way: a submit that
//! fails after its key was recorded, an edit made meanwhile, the server back (same database,
//! another port). The portal must register the edited draft, once.

mod common;

use std::net::SocketAddr;

use cittadinanza_core::model::LegalBasis;
use cittadinanza_core::portal::{Credentials, PortalError, Status, SyncEngine};
use cittadinanza_core::secrets::DataKey;
use common::{PASSWORD, TestServer, client_for, draft};
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
        _ = answers => {}
        _ = requests => {}
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
