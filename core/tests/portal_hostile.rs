//! The portal client against a hostile server on 127.0.0.1: answers of a gigabyte (announced
//! or streamed without a length) are cut off with a typed error instead of filling memory, and
//! plain-http addresses of other computers are refused before any connection.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use cittadinanza_core::portal::{Client, ClientConfig, MAX_ANSWER_BYTES, PortalError};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const GIGABYTE: u64 = 1024 * 1024 * 1024;

/// How the hostile server frames its gigabyte of JSON.
#[derive(Clone, Copy)]
enum Framing {
    /// `Content-Length: 1073741824`, then the bytes.
    Announced,
    /// `Transfer-Encoding: chunked`, no length: the client only learns the size by reading.
    Streamed,
}

/// Answers every request with 1 GiB of JSON and counts the bytes the client let it write.
async fn hostile_server(framing: Framing) -> (String, Arc<AtomicU64>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let written = Arc::new(AtomicU64::new(0));
    let counter = written.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let counter = counter.clone();
            tokio::spawn(async move {
                // Read the request head (its body, if any, is ignored).
                let mut head = Vec::new();
                let mut buffer = [0u8; 4096];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                    match socket.read(&mut buffer).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buffer[..n]),
                    }
                }
                let header = match framing {
                    Framing::Announced => format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {GIGABYTE}\r\n\r\n"
                    ),
                    Framing::Streamed => "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n".to_string(),
                };
                if socket.write_all(header.as_bytes()).await.is_err() {
                    return;
                }
                let block = vec![b' '; 64 * 1024];
                let mut sent = 0u64;
                while sent < GIGABYTE {
                    let result = match framing {
                        Framing::Announced => socket.write_all(&block).await,
                        Framing::Streamed => {
                            let mut chunk = format!("{:x}\r\n", block.len()).into_bytes();
                            chunk.extend_from_slice(&block);
                            chunk.extend_from_slice(b"\r\n");
                            socket.write_all(&chunk).await
                        }
                    };
                    if result.is_err() {
                        return;
                    }
                    sent += block.len() as u64;
                    counter.fetch_add(block.len() as u64, Ordering::SeqCst);
                }
            });
        }
    });
    (format!("http://{addr}"), written)
}

fn client_with_limit(url: &str, max_answer_bytes: usize) -> Client {
    let mut config = ClientConfig::new(url);
    config.max_retries = 0;
    config.request_timeout = Duration::from_secs(60);
    config.max_answer_bytes = max_answer_bytes;
    let client = Client::new(config).expect("client");
    client.set_token(Some("token".into()));
    client
}

#[tokio::test]
async fn an_announced_gigabyte_is_refused_before_reading_it() {
    let (url, written) = hostile_server(Framing::Announced).await;
    let client = client_with_limit(&url, MAX_ANSWER_BYTES);
    let error = client
        .list_applications()
        .await
        .expect_err("a 1 GiB answer must not be accepted");
    assert!(
        matches!(error, PortalError::AnswerTooLarge { limit } if limit == MAX_ANSWER_BYTES as u64),
        "{error:?}"
    );
    assert_eq!(error.message_id(), "err-portal-answer-too-large");
    assert!(!error.is_transient(), "a hostile answer is not retried");
    // Downloads have their own cap (the largest document the portal takes), checked too.
    let error = client
        .download_document("00000000-0000-4000-8000-000000000000", "ab")
        .await
        .expect_err("a 1 GiB document must not be accepted");
    assert!(
        matches!(error, PortalError::AnswerTooLarge { limit } if limit == cittadinanza_core::portal::MAX_DOCUMENT_BYTES),
        "{error:?}"
    );
    // Reading stopped at once: what the server wrote fits in the socket buffers.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let written = written.load(Ordering::SeqCst);
    assert!(
        written < 64 * 1024 * 1024,
        "the client kept reading: {written} bytes"
    );
}

#[tokio::test]
async fn a_streamed_gigabyte_is_cut_at_the_limit() {
    let (url, written) = hostile_server(Framing::Streamed).await;
    // The default limit: the client reads 16 MiB, then drops the connection.
    let client = client_with_limit(&url, MAX_ANSWER_BYTES);
    let error = client
        .get_application("00000000-0000-4000-8000-000000000000")
        .await
        .expect_err("a 1 GiB answer must not be accepted");
    assert!(
        matches!(error, PortalError::AnswerTooLarge { limit } if limit == MAX_ANSWER_BYTES as u64),
        "{error:?}"
    );
    tokio::time::sleep(Duration::from_millis(200)).await;
    let written = written.load(Ordering::SeqCst);
    assert!(
        written >= MAX_ANSWER_BYTES as u64 && written < MAX_ANSWER_BYTES as u64 + 48 * 1024 * 1024,
        "the client should stop right after the limit: {written} bytes"
    );

    // A smaller configured limit is honoured the same way.
    let small = client_with_limit(&url, 100_000);
    assert!(matches!(
        small.status("00000000-0000-4000-8000-000000000000").await,
        Err(PortalError::AnswerTooLarge { limit: 100_000 })
    ));
}

#[test]
fn plain_http_is_refused_except_towards_this_computer() {
    for address in ["http://portal.example.org", "http://192.168.1.10:8080"] {
        let error = Client::new(ClientConfig::new(address)).expect_err(address);
        assert!(matches!(error, PortalError::InsecureUrl(_)), "{error:?}");
        assert_eq!(error.message_id(), "err-portal-insecure-url");
    }
    for address in [
        "http://127.0.0.1:8080",
        "http://localhost:8080",
        "http://[::1]:8080",
        "https://portal.example.org",
    ] {
        assert!(Client::new(ClientConfig::new(address)).is_ok(), "{address}");
    }
}
