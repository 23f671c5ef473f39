//! Handlers of accounts, applications, submission, status and "associa pratica".

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{Duration, NaiveDate, Utc};
use cittadinanza_core::model::Application;
use cittadinanza_core::portal::{
    ApplicationRecord, ApplicationSummary, AssociateRequest, Credentials, IDEMPOTENCY_KEY_HEADER,
    PasswordChange, Role, Session, Status, StatusReport, SubmitReceipt, etag, format_k10,
    parse_etag,
};

use crate::auth::{self, Caller, ClientAddr};
use crate::error::ApiError;
use crate::{AppState, SESSION_DAYS, db};

/// `/health`: "ok" when the database answers a query within 2 s (a load balancer takes an
/// instance that lost its database out of rotation); 503 otherwise.
pub async fn health(State(state): State<AppState>) -> (StatusCode, &'static str) {
    let probe = async {
        let mut conn = state.db().await?;
        conn.query_one("SELECT 1", &[]).await?;
        Ok::<_, ApiError>(())
    };
    match tokio::time::timeout(std::time::Duration::from_secs(2), probe).await {
        Ok(Ok(())) => (StatusCode::OK, "ok"),
        Ok(Err(error)) => {
            tracing::warn!(%error, "health check: the database does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable"),
    }
}

fn parse_json<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request("invalid_json", format!("invalid JSON body: {e}")))
}

/// A draft as the clients send it. Values this server does not understand (a client of a newer
/// version) are refused, as before the model became lenient, rather than stored without them.
fn parse_draft(body: &[u8]) -> Result<Application, ApiError> {
    // Stops at the first value not understood: a hostile draft costs no more than a clean one.
    cittadinanza_core::model::lenient::decode_application_exact(body)
        .map_err(|e| ApiError::bad_request("invalid_json", format!("invalid JSON body: {e}")))
}

fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// 400 when a field is longer than anything valid, before any other work on it (hashing,
/// normalising, a table key).
fn bounded(field: &str, value: &str, max_bytes: usize) -> Result<(), ApiError> {
    if value.len() > max_bytes {
        return Err(ApiError::bad_request(
            "too_long",
            format!("{field} is longer than {max_bytes} bytes"),
        )
        .with_field(field));
    }
    Ok(())
}

fn bounded_credentials(credentials: &Credentials) -> Result<(), ApiError> {
    // Some room for spaces around the address, which are trimmed.
    bounded("email", &credentials.email, auth::MAX_EMAIL_BYTES + 16)?;
    bounded("password", &credentials.password, auth::MAX_PASSWORD_BYTES)
}

fn check_new_password(field: &str, password: &str) -> Result<(), ApiError> {
    let chars = password.chars().count();
    if !(auth::MIN_PASSWORD_CHARS..=auth::MAX_PASSWORD_CHARS).contains(&chars) {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "weak_password",
            format!(
                "the password needs {} to {} characters",
                auth::MIN_PASSWORD_CHARS,
                auth::MAX_PASSWORD_CHARS
            ),
        )
        .with_field(field));
    }
    Ok(())
}

fn check_credentials(credentials: &Credentials) -> Result<String, ApiError> {
    bounded_credentials(credentials)?;
    let email = normalise_email(&credentials.email);
    let plausible = email.len() <= auth::MAX_EMAIL_BYTES
        && email
            .split_once('@')
            .is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.'));
    if !plausible {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_email",
            "not an e-mail address",
        )
        .with_field("email"));
    }
    check_new_password("password", &credentials.password)?;
    Ok(email)
}

async fn open_session(
    state: &AppState,
    account_id: &str,
    email: &str,
    role: Role,
) -> Result<Session, ApiError> {
    let token = auth::new_token();
    let expires_at = Utc::now() + Duration::days(SESSION_DAYS);
    db::create_session(
        &mut state.db().await?,
        account_id,
        &auth::token_hash(&token),
        expires_at,
    )
    .await?;
    Ok(Session {
        token,
        role,
        account_id: account_id.to_string(),
        email: email.to_string(),
        expires_at,
    })
}

/// Creates an account for any role (applicants here, operators through the admin API).
pub async fn create_account(
    state: &AppState,
    credentials: &Credentials,
    role: Role,
) -> Result<(String, String), ApiError> {
    let email = check_credentials(credentials)?;
    // Registration tells anyway whether an address has an account: say it before hashing.
    if db::account_by_email(&mut state.db().await?, &email)
        .await?
        .is_some()
    {
        return Err(account_exists());
    }
    let hash = state.passwords().hash(credentials.password.clone()).await?;
    let id = db::create_account(&mut state.db().await?, &email, &hash, role).await?;
    Ok((id, email))
}

fn account_exists() -> ApiError {
    ApiError::new(
        StatusCode::CONFLICT,
        "account_exists",
        "an account with this e-mail exists",
    )
}

pub async fn register(
    State(state): State<AppState>,
    address: ClientAddr,
    body: Bytes,
) -> Result<Response, ApiError> {
    let credentials: Credentials = parse_json(&body)?;
    check_credentials(&credentials)?;
    state
        .limiters()
        .register_attempt(&address.0)
        .await
        .map_err(ApiError::rate_limited)?;
    let (id, email) = create_account(&state, &credentials, Role::Applicant).await?;
    let session = open_session(&state, &id, &email, Role::Applicant).await?;
    Ok((StatusCode::CREATED, Json(session)).into_response())
}

fn bad_credentials() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "bad_credentials",
        "wrong e-mail or password",
    )
}

/// `POST /sessions`. The attempt is counted (per address, per account and address, per
/// account) before the password is checked, in one step, so parallel guesses cannot run more
/// checks than the limits allow; an unknown e-mail costs one Argon2 verification like a known
/// one, so neither the time nor the limits tell which accounts exist.
pub async fn sign_in(
    State(state): State<AppState>,
    address: ClientAddr,
    body: Bytes,
) -> Result<Json<Session>, ApiError> {
    let credentials: Credentials = parse_json(&body)?;
    bounded_credentials(&credentials)?;
    let email = normalise_email(&credentials.email);
    state
        .limiters()
        .sign_in_attempt(&email, &address.0)
        .await
        .map_err(ApiError::rate_limited)?;
    let account = db::account_by_email(&mut state.db().await?, &email).await?;
    let hash = account.as_ref().map(|(_, hash, _)| hash.clone());
    let verified = state
        .passwords()
        .verify(credentials.password.clone(), hash)
        .await?;
    match account {
        Some((id, _, role)) if verified => {
            state.limiters().sign_in_succeeded(&email, &address.0).await;
            Ok(Json(open_session(&state, &id, &email, role).await?))
        }
        _ => Err(bad_credentials()),
    }
}

/// `PUT /accounts/current/password`: needs the current password (counted like a sign-in);
/// every other session of the account ends, the caller's stays.
pub async fn change_password(
    State(state): State<AppState>,
    caller: Caller,
    address: ClientAddr,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let change: PasswordChange = parse_json(&body)?;
    bounded(
        "current_password",
        &change.current_password,
        auth::MAX_PASSWORD_BYTES,
    )?;
    bounded(
        "new_password",
        &change.new_password,
        auth::MAX_PASSWORD_BYTES,
    )?;
    check_new_password("new_password", &change.new_password)?;
    let (email, hash) = db::account_by_id(&mut state.db().await?, &caller.account_id)
        .await?
        .ok_or_else(ApiError::unauthorized)?;
    state
        .limiters()
        .sign_in_attempt(&email, &address.0)
        .await
        .map_err(ApiError::rate_limited)?;
    let verified = state
        .passwords()
        .verify(change.current_password, Some(hash))
        .await?;
    if !verified {
        // 403, not 401: the session is fine, the password typed is not.
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "bad_credentials",
            "the current password is wrong",
        )
        .with_field("current_password"));
    }
    state.limiters().sign_in_succeeded(&email, &address.0).await;
    let new_hash = state.passwords().hash(change.new_password).await?;
    let mut tx = state.db().await?;
    tx.begin().await?;
    db::set_password_hash(&mut tx, &caller.account_id, &new_hash).await?;
    db::delete_sessions_of(&mut tx, &caller.account_id, Some(&caller.token_hash)).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /sessions`: ends every session of the account, this one included.
pub async fn sign_out_everywhere(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<StatusCode, ApiError> {
    db::delete_sessions_of(&mut state.db().await?, &caller.account_id, None).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn sign_out(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<StatusCode, ApiError> {
    db::delete_session(&mut state.db().await?, &caller.token_hash).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn list_applications(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Vec<ApplicationSummary>>, ApiError> {
    Ok(Json(
        db::list_for(&mut state.db().await?, &caller.account_id).await?,
    ))
}

/// The record if the caller may see it; 404 otherwise (never reveal another applicant's ids).
pub(crate) async fn visible_record(
    conn: &mut crate::store::Conn,
    caller: &Caller,
    id: &str,
) -> Result<ApplicationRecord, ApiError> {
    if !db::can_access(conn, id, &caller.account_id).await? {
        return Err(ApiError::not_found());
    }
    db::load_record(conn, id)
        .await?
        .ok_or_else(ApiError::not_found)
}

fn with_etag(status: StatusCode, record: ApplicationRecord) -> Response {
    (status, [(header::ETAG, etag(record.version))], Json(record)).into_response()
}

pub async fn get_application(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let record = visible_record(&mut state.db().await?, &caller, &id).await?;
    Ok(with_etag(StatusCode::OK, record))
}

pub async fn get_version(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, version)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    // Parsed here, not by the extractor, so that a bad number is the API's JSON 404.
    let version: u64 = version.parse().map_err(|_| ApiError::not_found())?;
    let mut conn = state.db().await?;
    let mut record = visible_record(&mut conn, &caller, &id).await?;
    let (draft, at) = db::load_version(&mut conn, &id, version)
        .await?
        .ok_or_else(ApiError::not_found)?;
    record.version = version;
    record.draft = draft;
    record.updated_at = at;
    Ok(with_etag(StatusCode::OK, record))
}

/// `PUT /applications/{id}`: create with `If-None-Match: *`, update with `If-Match: "<version>"`.
pub async fn put_application(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    if uuid::Uuid::parse_str(&id).is_err() {
        return Err(ApiError::bad_request(
            "invalid_id",
            "application ids are UUIDs",
        ));
    }
    // Decoding a large hostile draft is CPU work: keep it off the async workers.
    let draft = tokio::task::spawn_blocking(move || parse_draft(&body))
        .await
        .map_err(ApiError::internal)??;
    let if_match = headers.get(header::IF_MATCH).and_then(|v| v.to_str().ok());
    let if_none_match = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok());
    let mut tx = state.db().await?;
    tx.begin().await?;
    let response = match (if_match, if_none_match) {
        (None, Some("*")) => {
            // The insert waits for a concurrent one (another instance) and then does nothing.
            if !db::insert_application(&mut tx, &id, &caller.account_id, &draft).await? {
                if !db::can_access(&mut tx, &id, &caller.account_id).await? {
                    return Err(ApiError::not_found());
                }
                let current = db::load_record(&mut tx, &id)
                    .await?
                    .ok_or_else(ApiError::not_found)?;
                return Err(ApiError::Conflict(Box::new(current)));
            }
            let record = db::load_record(&mut tx, &id)
                .await?
                .ok_or_else(ApiError::not_found)?;
            with_etag(StatusCode::CREATED, record)
        }
        (Some(tag), _) => {
            let expected = parse_etag(tag).ok_or_else(|| {
                ApiError::bad_request("invalid_if_match", "If-Match is not a version")
            })?;
            db::lock_application(&mut tx, &id).await?;
            let current = visible_record(&mut tx, &caller, &id).await?;
            if current.version != expected {
                return Err(ApiError::Conflict(Box::new(current)));
            }
            if !current.status.is_editable() {
                return Err(ApiError::new(
                    StatusCode::CONFLICT,
                    "not_editable",
                    "a submitted application cannot be changed",
                ));
            }
            if current.draft == draft {
                with_etag(StatusCode::OK, current)
            } else {
                let mut draft = draft;
                draft.k10_number = current.draft.k10_number.clone();
                db::write_version(
                    &mut tx,
                    &id,
                    current.version + 1,
                    &draft,
                    current.status,
                    None,
                    None,
                )
                .await?;
                let record = db::load_record(&mut tx, &id)
                    .await?
                    .ok_or_else(ApiError::not_found)?;
                with_etag(StatusCode::OK, record)
            }
        }
        _ => {
            return Err(ApiError::new(
                StatusCode::PRECONDITION_REQUIRED,
                "precondition_required",
                "send If-Match: \"<version>\" to update or If-None-Match: * to create",
            ));
        }
    };
    tx.commit().await?;
    Ok(response)
}

pub async fn status(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<StatusReport>, ApiError> {
    let mut conn = state.db().await?;
    let record = visible_record(&mut conn, &caller, &id).await?;
    Ok(Json(StatusReport {
        communications: db::communications(&mut conn, &id).await?,
        id: record.id,
        version: record.version,
        status: record.status,
        k10_number: record.k10_number,
        submitted_at: record.submitted_at,
    }))
}

/// The least a prefecture needs to register a submission; the desktop app checks the rest.
fn missing_for_submission(draft: &Application) -> Option<&'static str> {
    let personal = &draft.personal;
    if draft.legal_basis.basis.is_none() {
        Some("legal_basis.basis")
    } else if draft.legal_basis.prefecture.trim().is_empty() {
        Some("legal_basis.prefecture")
    } else if personal.surname.trim().is_empty() {
        Some("personal.surname")
    } else if personal.name.trim().is_empty() {
        Some("personal.name")
    } else if parse_day(&personal.birth_date).is_none() {
        Some("personal.birth_date")
    } else if personal.email.trim().is_empty() {
        Some("personal.email")
    } else if !draft.consent.truthfulness {
        Some("consent.truthfulness")
    } else if !draft.consent.privacy {
        Some("consent.privacy")
    } else {
        None
    }
}

pub async fn submit(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let key = headers
        .get(IDEMPOTENCY_KEY_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|k| !k.is_empty() && k.len() <= 200)
        .ok_or_else(|| {
            ApiError::bad_request("idempotency_key_required", "send an Idempotency-Key header")
        })?
        .to_string();
    let mut tx = state.db().await?;
    tx.begin().await?;
    // Parallel submits of one application (on any instance) queue here: the first stores the
    // submission, the others find it and answer by its idempotency key.
    db::lock_application(&mut tx, &id).await?;
    let record = visible_record(&mut tx, &caller, &id).await?;
    if let Some((stored_key, receipt)) = db::submission(&mut tx, &id).await? {
        if stored_key == key {
            let receipt: SubmitReceipt =
                serde_json::from_str(&receipt).map_err(ApiError::internal)?;
            return Ok((StatusCode::OK, Json(receipt)).into_response());
        }
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "already_submitted",
            format!(
                "already submitted as {}",
                record.k10_number.unwrap_or_default()
            ),
        ));
    }
    if record.status != Status::Draft {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "already_submitted",
            "the application is not a draft",
        ));
    }
    if let Some(field) = missing_for_submission(&record.draft) {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "incomplete",
            format!("{field} is required to submit"),
        )
        .with_field(field));
    }
    let basis = record.draft.legal_basis.basis;
    let series = if basis.is_some_and(|b| b.is_marriage()) {
        "C"
    } else {
        "N"
    };
    let k10 = format_k10(basis, db::next_k10(&mut tx, series).await?);
    let submitted_at = Utc::now();
    let mut draft = record.draft;
    draft.k10_number = k10.clone();
    db::write_version(
        &mut tx,
        &id,
        record.version + 1,
        &draft,
        Status::Submitted,
        Some(&k10),
        Some(&submitted_at.to_rfc3339()),
    )
    .await?;
    let receipt = SubmitReceipt {
        id: id.clone(),
        k10_number: k10,
        submitted_at,
        status: Status::Submitted,
    };
    let json = serde_json::to_string(&receipt).map_err(ApiError::internal)?;
    db::insert_submission(&mut tx, &id, &key, &json).await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(receipt)).into_response())
}

/// Dates typed `DD/MM/YYYY` (or ISO).
pub(crate) fn parse_day(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%d/%m/%Y")
        .or_else(|_| NaiveDate::parse_from_str(text, "%Y-%m-%d"))
        .ok()
}

/// Case-, accent- and space-insensitive comparison of names as typed on different forms.
fn same_name(a: &str, b: &str) -> bool {
    fn fold(text: &str) -> String {
        use unicode_normalization::UnicodeNormalization;
        text.nfd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .flat_map(char::to_lowercase)
            .filter(|c| c.is_alphanumeric())
            .collect()
    }
    let (a, b) = (fold(a), fold(b));
    !a.is_empty() && a == b
}

/// The one answer to every detail that does not match, whichever it is: naming the field would
/// let someone find an application's data one field at a time.
fn associate_mismatch() -> ApiError {
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "associate_mismatch",
        "the details do not match an application",
    )
}

/// Longest value of an "associa pratica" field.
const MAX_ASSOCIATE_FIELD_BYTES: usize = 256;

pub async fn associate(
    State(state): State<AppState>,
    caller: Caller,
    address: ClientAddr,
    body: Bytes,
) -> Result<Json<ApplicationRecord>, ApiError> {
    if caller.role != Role::Applicant {
        return Err(ApiError::forbidden(
            "only applicants associate applications",
        ));
    }
    let request: AssociateRequest = parse_json(&body)?;
    for (field, value) in [
        ("surname", &request.surname),
        ("name", &request.name),
        ("birth_date", &request.birth_date),
        ("previous_email", &request.previous_email),
        ("k10_number", &request.k10_number),
    ] {
        bounded(field, value, MAX_ASSOCIATE_FIELD_BYTES)?;
    }
    let k10 = request.k10_number.trim().to_uppercase();
    // Counted per address, per account and per K10 number before looking: a new account or
    // another address does not give an attacker new tries on the same application.
    state
        .limiters()
        .associate_attempt(&caller.account_id, &k10, &address.0)
        .await
        .map_err(ApiError::rate_limited)?;
    let mut tx = state.db().await?;
    tx.begin().await?;
    let Some(id) = db::app_by_k10(&mut tx, &k10).await? else {
        return Err(associate_mismatch());
    };
    let record = db::load_record(&mut tx, &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let personal = &record.draft.personal;
    let birth = parse_day(&request.birth_date);
    // Every field is compared, whichever fails, so the work does not depend on which one.
    let matches = [
        same_name(&request.surname, &personal.surname),
        same_name(&request.name, &personal.name),
        birth.is_some() && birth == parse_day(&personal.birth_date),
        normalise_email(&request.previous_email) == normalise_email(&personal.email),
    ];
    if matches.contains(&false) {
        return Err(associate_mismatch());
    }
    state
        .limiters()
        .associate_succeeded(&caller.account_id, &k10, &address.0)
        .await;
    if db::can_access(&mut tx, &id, &caller.account_id).await? {
        return Ok(Json(record));
    }
    let owned_by_applicant = matches!(
        db::owner_of(&mut tx, &id).await?,
        Some((_, Role::Applicant))
    );
    if owned_by_applicant || db::associated_account(&mut tx, &id).await?.is_some() {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "already_associated",
            "the application belongs to another account",
        ));
    }
    db::associate(&mut tx, &id, &caller.account_id).await?;
    tx.commit().await?;
    Ok(Json(record))
}

pub async fn list_documents(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<Vec<cittadinanza_core::portal::DocumentInfo>>, ApiError> {
    let mut conn = state.db().await?;
    visible_record(&mut conn, &caller, &id).await?;
    Ok(Json(db::documents(&mut conn, &id).await?))
}
