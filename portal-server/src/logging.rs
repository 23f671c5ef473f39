//! Structured logs (`tracing`): one event per request in a `request` span (method, route
//! template, status, latency), the server's own events (start, sweeps, internal errors), as
//! text for a terminal or as one JSON object per line for a log collector (`--log-format
//! json`). `RUST_LOG` filters them (default `info`).
//!
//! What is never logged: passwords, tokens, e-mail addresses, document bytes, drafts, query
//! strings and raw paths (an application id or a file name could identify a person; the route
//! template `/v1/applications/{id}` is logged instead).

use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use tracing::Instrument;
use tracing_subscriber::EnvFilter;

/// How log lines are written (on standard error).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LogFormat {
    /// Human-readable lines.
    #[default]
    Text,
    /// One JSON object per line: `timestamp`, `level`, `target`, the event's fields
    /// (`message`, ...) and `span` (the request's `method` and `route`).
    Json,
}

/// Installs the subscriber for the whole process. `RUST_LOG` (e.g. `portal_server=debug`)
/// overrides the default filter `info`. Does nothing if one is installed already.
pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    // A log that cannot be written (standard error closed) is dropped: by default the
    // subscriber would report it with `eprintln!`, which panics there, in the request.
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .log_internal_errors(false);
    let _ = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .try_init(),
    };
}

/// Middleware: runs the request inside a `request` span and logs its outcome. The route is
/// the template the request matched (`unmatched` for none), never the raw path.
pub async fn requests(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", MatchedPath::as_str)
        .to_string();
    let span = tracing::info_span!("request", method = %method, route = %route);
    let started = Instant::now();
    let response = next.run(request).instrument(span.clone()).await;
    let status = response.status().as_u16();
    let latency_ms = started.elapsed().as_secs_f64() * 1000.0;
    let _entered = span.enter();
    if response.status().is_server_error() {
        tracing::warn!(status, latency_ms, "request failed");
    } else {
        tracing::info!(status, latency_ms, "request");
    }
    response
}
