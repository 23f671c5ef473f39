//! Serving the API on a TCP listener with the limits a server on the internet needs: a
//! client that sends half a request, half a body, or opens connections without end cannot
//! hold the server (issue 11, `docs/security.md`, "Resource limits and timeouts").
//!
//! - at most [`ServeLimits::max_connections`] connections are served at once; the others wait
//!   in the kernel's accept queue until one ends;
//! - the head of a request (request line and headers) must arrive within
//!   [`ServeLimits::header_read_timeout`], which also bounds how long an idle keep-alive
//!   connection stays open (HTTP/1.1 waits for the next head under the same timer);
//! - a request body that stops for [`ServeLimits::body_timeout`] is cut (408);
//! - an answer must be ready within [`ServeLimits::request_timeout`] (408), reading the
//!   body included.
//!
//! Only HTTP/1.1 is spoken: the deployer's TLS proxy talks HTTP/2 to the clients if it wants.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

use crate::error::ApiError;

/// Timeouts and the connection limit (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServeLimits {
    pub header_read_timeout: Duration,
    pub body_timeout: Duration,
    pub request_timeout: Duration,
    pub max_connections: usize,
}

impl Default for ServeLimits {
    fn default() -> Self {
        ServeLimits {
            header_read_timeout: Duration::from_secs(10),
            // A 4 MiB chunk on a poor mobile line arrives in pieces well under this apart.
            body_timeout: Duration::from_secs(30),
            request_timeout: Duration::from_secs(300),
            max_connections: 1024,
        }
    }
}

/// How long requests under way may still finish after a shutdown was asked for.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// Serves `router` on `listener` until `shutdown` completes. Handlers can read the client's
/// address with `ConnectInfo<SocketAddr>`.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ServeLimits,
    shutdown: impl Future<Output = ()>,
) {
    let router = router.layer(axum::middleware::from_fn_with_state(limits, deadlines));
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        // Take a slot before accepting: beyond the limit, connections wait unaccepted.
        let permit = tokio::select! {
            permit = slots.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors and the like: wait instead of spinning.
                    tracing::warn!(%error, "accept failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let router = router.clone();
        let service = hyper::service::service_fn(move |mut request: Request<_>| {
            request
                .extensions_mut()
                .insert(ConnectInfo::<SocketAddr>(remote));
            router.clone().oneshot(request)
        });
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_read_timeout)
            .keep_alive(true)
            .serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // Errors here are the client's (reset, timeout): nothing to answer any more.
            let _ = connection.await;
            drop(permit);
        });
    }
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(SHUTDOWN_GRACE) => {}
    }
}

/// The body and request timeouts, answered 408 with the API's error body.
async fn deadlines(State(limits): State<ServeLimits>, request: Request, next: Next) -> Response {
    let stalled = Arc::new(AtomicBool::new(false));
    let (parts, body) = request.into_parts();
    let body = Body::from_stream(stall_limited(body, limits.body_timeout, stalled.clone()));
    let request = Request::from_parts(parts, body);
    match tokio::time::timeout(limits.request_timeout, next.run(request)).await {
        Ok(_) if stalled.load(Ordering::Relaxed) => ApiError::new(
            StatusCode::REQUEST_TIMEOUT,
            "body_timeout",
            format!(
                "the request body stopped for {} s",
                limits.body_timeout.as_secs_f32()
            ),
        )
        .into_response(),
        Ok(response) => response,
        Err(_) => ApiError::new(
            StatusCode::REQUEST_TIMEOUT,
            "request_timeout",
            format!(
                "the request took more than {} s",
                limits.request_timeout.as_secs_f32()
            ),
        )
        .into_response(),
    }
}

/// `body` as a stream that ends with an error when no piece arrives for `limit`.
fn stall_limited(
    body: Body,
    limit: Duration,
    stalled: Arc<AtomicBool>,
) -> impl futures_util::Stream<Item = Result<axum::body::Bytes, axum::Error>> + Send {
    futures_util::stream::unfold(Some(body.into_data_stream()), move |stream| {
        let stalled = stalled.clone();
        async move {
            let mut stream = stream?;
            match tokio::time::timeout(limit, stream.next()).await {
                Ok(Some(piece)) => Some((piece, Some(stream))),
                Ok(None) => None,
                Err(_) => {
                    stalled.store(true, Ordering::Relaxed);
                    Some((Err(axum::Error::new("request body timeout")), None))
                }
            }
        }
    })
}
