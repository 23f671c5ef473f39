//! HTTP errors of the API: a status plus the JSON [`ErrorBody`] (or [`ConflictBody`] for 412).

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use cittadinanza_core::portal::{ApplicationRecord, ConflictBody, ErrorBody};
use std::time::Duration;

#[derive(Debug)]
pub enum ApiError {
    Status {
        status: StatusCode,
        body: ErrorBody,
    },
    Conflict(Box<ApplicationRecord>),
    /// 429 (or 503) with `Retry-After`: a limit was reached or the server is saturated.
    Limited {
        status: StatusCode,
        body: ErrorBody,
        retry_after: Duration,
    },
}

impl ApiError {
    pub fn new(status: StatusCode, code: &str, message: impl Into<String>) -> ApiError {
        ApiError::Status {
            status,
            body: ErrorBody {
                code: code.to_string(),
                message: message.into(),
                field: None,
                received: None,
            },
        }
    }

    pub fn with_field(mut self, field: &str) -> ApiError {
        if let ApiError::Status { body, .. } = &mut self {
            body.field = Some(field.to_string());
        }
        self
    }

    pub fn with_received(mut self, received: u64) -> ApiError {
        if let ApiError::Status { body, .. } = &mut self {
            body.received = Some(received);
        }
        self
    }

    pub fn limited(
        status: StatusCode,
        code: &str,
        message: &str,
        retry_after: Duration,
    ) -> ApiError {
        ApiError::Limited {
            status,
            body: ErrorBody {
                code: code.to_string(),
                message: message.to_string(),
                field: None,
                received: None,
            },
            retry_after,
        }
    }

    /// 429 after too many attempts; `Retry-After` says when the next one will be counted.
    pub fn rate_limited(retry_after: Duration) -> ApiError {
        ApiError::limited(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            "too many attempts; wait and try again",
            retry_after,
        )
    }

    pub fn not_found() -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such resource")
    }

    pub fn unauthorized() -> ApiError {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "missing, invalid or expired bearer token",
        )
    }

    pub fn forbidden(message: &str) -> ApiError {
        ApiError::new(StatusCode::FORBIDDEN, "forbidden", message)
    }

    pub fn bad_request(code: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, code, message)
    }

    pub fn internal(detail: impl std::fmt::Display) -> ApiError {
        // The detail goes to the log, not to the client.
        tracing::error!(detail = %detail, "internal error");
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "internal server error",
        )
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::Status { status, .. } | ApiError::Limited { status, .. } => *status,
            ApiError::Conflict(_) => StatusCode::PRECONDITION_FAILED,
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ApiError::Status { status, body } | ApiError::Limited { status, body, .. } => {
                write!(f, "{} ({}): {}", body.code, status.as_u16(), body.message)?;
                if let Some(field) = &body.field {
                    write!(f, " [field {field}]")?;
                }
                Ok(())
            }
            ApiError::Conflict(current) => write!(f, "version conflict (now {})", current.version),
        }
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(error: rusqlite::Error) -> ApiError {
        ApiError::internal(error)
    }
}

impl From<crate::store::DbError> for ApiError {
    fn from(error: crate::store::DbError) -> ApiError {
        ApiError::internal(error)
    }
}

impl From<std::io::Error> for ApiError {
    fn from(error: std::io::Error) -> ApiError {
        ApiError::internal(error)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match self {
            ApiError::Status { status, body } => (status, Json(body)).into_response(),
            ApiError::Limited {
                status,
                body,
                retry_after,
            } => {
                // Whole seconds, rounded up: never invite a retry that is still too early.
                let secs = retry_after.as_secs() + u64::from(retry_after.subsec_nanos() > 0);
                (
                    status,
                    [(axum::http::header::RETRY_AFTER, secs.max(1).to_string())],
                    Json(body),
                )
                    .into_response()
            }
            ApiError::Conflict(current) => {
                let etag = cittadinanza_core::portal::etag(current.version);
                let body = ConflictBody {
                    code: "version_conflict".into(),
                    message: "the application changed; merge with the current version".into(),
                    current: *current,
                };
                (
                    StatusCode::PRECONDITION_FAILED,
                    [(axum::http::header::ETAG, etag)],
                    Json(body),
                )
                    .into_response()
            }
        }
    }
}
