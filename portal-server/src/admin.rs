//! The prefecture's side of the reference server: operator accounts and the communications
//! that move an application through the procedure. Reached through the admin endpoints
//! (bearer = the admin token given at start-up) or the `portal-server admin` command line.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Days;
use cittadinanza_core::portal::{
    Communication, CommunicationKind, Credentials, NewCommunication, Role,
};
use serde::{Deserialize, Serialize};

use crate::auth::Admin;
use crate::error::ApiError;
use crate::{AppState, db};

/// Default response window of a 10-bis notice when the notice states none (L. 241/1990).
pub const DEFAULT_10BIS_DAYS: u32 = 10;

/// Body of `POST /v1/admin/communications`: the application by id or K10 number.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AdminCommunication {
    #[serde(default)]
    pub application_id: Option<String>,
    #[serde(default)]
    pub k10_number: Option<String>,
    #[serde(flatten)]
    pub communication: NewCommunication,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CreatedAccount {
    pub account_id: String,
    pub email: String,
    pub role: Role,
}

/// Issues a communication and moves the application to the matching status.
pub async fn issue_communication(
    tx: &mut crate::store::Conn,
    request: &AdminCommunication,
) -> Result<Communication, ApiError> {
    tx.begin().await?;
    let id = match (&request.application_id, &request.k10_number) {
        (Some(id), _) => id.clone(),
        (None, Some(k10)) => db::app_by_k10(tx, k10.trim())
            .await?
            .ok_or_else(ApiError::not_found)?,
        (None, None) => {
            return Err(ApiError::bad_request(
                "application_required",
                "give application_id or k10_number",
            ));
        }
    };
    let record = db::load_record(tx, &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let new = &request.communication;
    if !new.kind.allowed_from().contains(&record.status) {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "invalid_transition",
            format!(
                "a {} cannot follow the status {}",
                new.kind.key(),
                record.status.key()
            ),
        ));
    }
    let mut communication = Communication {
        id: 0,
        kind: new.kind,
        date: new.date,
        response_days: None,
        respond_by: None,
        appointment_date: None,
        place: new.place.trim().to_string(),
        text: new.text.trim().to_string(),
    };
    match new.kind {
        CommunicationKind::Notice10Bis => {
            let days = new.response_days.unwrap_or(DEFAULT_10BIS_DAYS);
            if !(1..=365).contains(&days) {
                return Err(
                    ApiError::bad_request("invalid_days", "response_days: 1 to 365")
                        .with_field("response_days"),
                );
            }
            communication.response_days = Some(days);
            communication.respond_by = new.date.checked_add_days(Days::new(u64::from(days)));
        }
        CommunicationKind::OathAppointment => {
            let day = new.appointment_date.ok_or_else(|| {
                ApiError::bad_request("appointment_required", "the oath needs a date")
                    .with_field("appointment_date")
            })?;
            communication.appointment_date = Some(day);
        }
        _ => {}
    }
    communication.id = db::insert_communication(tx, &id, &communication).await?;
    db::set_status(tx, &id, new.kind.resulting_status()).await?;
    tx.commit().await?;
    Ok(communication)
}

pub async fn http_create_operator(
    State(state): State<AppState>,
    _admin: Admin,
    body: Bytes,
) -> Result<Response, ApiError> {
    let credentials: Credentials = serde_json::from_slice(&body)
        .map_err(|e| ApiError::bad_request("invalid_json", e.to_string()))?;
    let (account_id, email) =
        crate::routes::create_account(&state, &credentials, Role::Operator).await?;
    Ok((
        StatusCode::CREATED,
        Json(CreatedAccount {
            account_id,
            email,
            role: Role::Operator,
        }),
    )
        .into_response())
}

pub async fn http_issue_communication(
    State(state): State<AppState>,
    _admin: Admin,
    body: Bytes,
) -> Result<Response, ApiError> {
    let request: AdminCommunication = serde_json::from_slice(&body)
        .map_err(|e| ApiError::bad_request("invalid_json", e.to_string()))?;
    let communication = issue_communication(&mut state.db().await?, &request).await?;
    Ok((StatusCode::CREATED, Json(communication)).into_response())
}
