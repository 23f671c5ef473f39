//! A client of a newer version may send choices this server does not know: the draft is
//! refused rather than stored without them; fields it does not know are ignored as before.

mod common;

use cittadinanza_core::model::LegalBasis;
use common::{TestServer, draft};
use serde_json::Value;

async fn put(server: &TestServer, token: &str, body: &Value) -> reqwest::Response {
    reqwest::Client::new()
        .put(format!(
            "{}/v1/applications/{}",
            server.url(),
            uuid::Uuid::new_v4()
        ))
        .bearer_auth(token)
        .header("If-None-Match", "*")
        .json(body)
        .send()
        .await
        .expect("request")
}

#[tokio::test]
async fn unknown_choices_are_refused_unknown_fields_ignored() {
    let server = TestServer::start().await;
    let (_, session) = server.applicant("newer@example.org").await;
    let app = draft("Hoxha", "Amina", LegalBasis::Art9F);
    let mut body = serde_json::to_value(&app).expect("json");

    body["entry_stay"]["signed_with"] = Value::from("cie");
    let response = put(&server, &session.token, &body).await;
    assert_eq!(response.status(), 201, "an unknown field is ignored");

    body["legal_basis"]["basis"] = Value::from("art9_g");
    let response = put(&server, &session.token, &body).await;
    assert_eq!(response.status(), 400);
    let text = response.text().await.expect("body");
    assert!(text.contains("legal_basis.basis"), "{text}");
    assert!(text.contains("art9_g"), "{text}");
}
