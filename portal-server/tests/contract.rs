//! The server keeps the contract of `docs/portal-api.yaml`: a scenario that walks every route
//! (successes and the documented failures) against the real server on 127.0.0.1, and checks each
//! answer's status code is documented for that operation and its JSON body validates against the
//! documented schema (required fields, types, enums), with an independent JSON Schema validator.

mod common;

use cittadinanza_core::model::{Application, LegalBasis};
use common::{ADMIN_TOKEN, PASSWORD, TestServer};
use reqwest::Method;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// The OpenAPI document as JSON.
struct Contract {
    spec: Value,
}

/// One call: method, the spec's path template, the concrete path, an optional bearer token,
/// headers and a body.
struct Call<'a> {
    method: Method,
    template: &'a str,
    path: String,
    token: Option<&'a str>,
    headers: Vec<(&'a str, String)>,
    body: Option<Body>,
}

enum Body {
    Json(Value),
    Raw(Vec<u8>),
}

struct Answer {
    status: u16,
    json: Option<Value>,
    /// The body as text, for messages when it is not the documented JSON.
    text: String,
}

impl Contract {
    fn load() -> Contract {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../docs/portal-api.yaml"
        ))
        .expect("read docs/portal-api.yaml");
        let spec: Value = serde_norway::from_str(&text).expect("the spec is valid YAML");
        assert_eq!(spec["openapi"], "3.0.3");
        Contract { spec }
    }

    /// Follows a local `$ref` (`#/components/...`) if `value` is one.
    fn resolve<'a>(&'a self, value: &'a Value) -> &'a Value {
        match value.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                let pointer = reference.strip_prefix('#').expect("local $ref");
                self.resolve(self.spec.pointer(pointer).expect("$ref target exists"))
            }
            None => value,
        }
    }

    /// Checks one answer against the operation's documented responses; returns the status.
    fn check(&self, method: &Method, template: &str, answer: &Answer) {
        let operation = &self.spec["paths"][template][method.as_str().to_lowercase()];
        assert!(
            operation.is_object(),
            "{method} {template} is not in the spec"
        );
        let status = answer.status.to_string();
        let response = operation["responses"]
            .get(&status)
            .or_else(|| operation["responses"].get("default"))
            .unwrap_or_else(|| {
                panic!(
                    "{method} {template} answered {status}, which the spec does not document \
                     (body: {:?})",
                    answer.json
                )
            });
        let response = self.resolve(response);
        let Some(schema) = response
            .pointer("/content/application~1json/schema")
            .map(|s| self.resolve(s))
        else {
            return;
        };
        let body = answer.json.as_ref().unwrap_or_else(|| {
            panic!(
                "{method} {template} {status}: the spec documents a JSON body, got {:?}",
                answer.text
            )
        });
        // JSON Schema resolves `#/components/...` against the document root: validate against
        // a root holding the spec's components and the operation's schema.
        let root = json!({
            "components": self.spec["components"],
            "allOf": [schema],
        });
        let validator = jsonschema::draft4::new(&root).expect("the documented schema compiles");
        let errors: Vec<String> = validator
            .iter_errors(body)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{method} {template} {status}: the body does not match the spec: {errors:?}\n{body:#}"
        );
    }
}

struct Scenario {
    server: TestServer,
    contract: Contract,
    http: reqwest::Client,
}

impl Scenario {
    async fn call(&self, call: Call<'_>) -> Answer {
        let mut request = self.http.request(
            call.method.clone(),
            format!("{}{}", self.server.url(), call.path),
        );
        if let Some(token) = call.token {
            request = request.bearer_auth(token);
        }
        for (name, value) in &call.headers {
            request = request.header(*name, value);
        }
        request = match call.body {
            Some(Body::Json(value)) => request.json(&value),
            Some(Body::Raw(bytes)) => request
                .header("content-type", "application/octet-stream")
                .body(bytes),
            None => request,
        };
        let response = request.send().await.expect("the server answers");
        let status = response.status().as_u16();
        let is_json = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        let bytes = response.bytes().await.expect("body");
        let json = is_json.then(|| serde_json::from_slice(&bytes).expect("a JSON body parses"));
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let answer = Answer { status, json, text };
        self.contract.check(&call.method, call.template, &answer);
        answer
    }

    async fn expect(&self, call: Call<'_>, status: u16) -> Value {
        let (method, path) = (call.method.clone(), call.path.clone());
        let answer = self.call(call).await;
        assert_eq!(answer.status, status, "{method} {path}: {:?}", answer.json);
        answer.json.unwrap_or(Value::Null)
    }
}

fn call<'a>(method: Method, template: &'a str, path: impl Into<String>) -> Call<'a> {
    Call {
        method,
        template,
        path: path.into(),
        token: None,
        headers: Vec::new(),
        body: None,
    }
}

impl<'a> Call<'a> {
    fn token(mut self, token: &'a str) -> Self {
        self.token = Some(token);
        self
    }
    fn header(mut self, name: &'a str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }
    fn json(mut self, value: Value) -> Self {
        self.body = Some(Body::Json(value));
        self
    }
    fn raw(mut self, bytes: Vec<u8>) -> Self {
        self.body = Some(Body::Raw(bytes));
        self
    }
}

fn token_of(session: &Value) -> String {
    session["token"].as_str().expect("token").to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_answers_as_documented() {
    let s = Scenario {
        server: TestServer::start().await,
        contract: Contract::load(),
        http: reqwest::Client::new(),
    };
    let today = chrono::Local::now().date_naive();
    let post = Method::POST;
    let put = Method::PUT;
    let get = Method::GET;

    s.expect(call(get.clone(), "/v1/health", "/v1/health"), 200)
        .await;

    // Accounts and sessions.
    let accounts = "/v1/accounts";
    let bad_email = json!({ "email": "not an e-mail", "password": PASSWORD });
    s.expect(call(post.clone(), accounts, accounts).json(bad_email), 422)
        .await;
    let anna = json!({ "email": "anna@example.org", "password": PASSWORD });
    let session = s
        .expect(
            call(post.clone(), accounts, accounts).json(anna.clone()),
            201,
        )
        .await;
    let anna_token = token_of(&session);
    s.expect(
        call(post.clone(), accounts, accounts).json(anna.clone()),
        409,
    )
    .await;
    let sessions = "/v1/sessions";
    let wrong = json!({ "email": "anna@example.org", "password": "wrong password" });
    s.expect(call(post.clone(), sessions, sessions).json(wrong), 401)
        .await;
    let session = s
        .expect(call(post.clone(), sessions, sessions).json(anna), 200)
        .await;
    let anna = token_of(&session);
    let bruno = token_of(
        &s.expect(
            call(post.clone(), accounts, accounts)
                .json(json!({ "email": "bruno@example.org", "password": PASSWORD })),
            201,
        )
        .await,
    );

    // Applications: create, conflicts, updates, versions, status.
    let list = "/v1/applications";
    s.expect(call(get.clone(), list, list), 401).await;
    s.expect(call(get.clone(), list, list).token(&anna), 200)
        .await;
    let one = "/v1/applications/{id}";
    let id = uuid::Uuid::new_v4();
    let path = format!("/v1/applications/{id}");
    let mut draft = serde_json::to_value(common::draft("Rossi", "Anna", LegalBasis::Art9F))
        .expect("draft as JSON");
    s.expect(
        call(put.clone(), one, &path)
            .token(&anna)
            .json(draft.clone()),
        428,
    )
    .await;
    s.expect(
        call(put.clone(), one, "/v1/applications/not-a-uuid")
            .token(&anna)
            .header("if-none-match", "*")
            .json(draft.clone()),
        400,
    )
    .await;
    let created = s
        .expect(
            call(put.clone(), one, &path)
                .token(&anna)
                .header("if-none-match", "*")
                .json(draft.clone()),
            201,
        )
        .await;
    assert_eq!(created["version"], 1);
    s.expect(
        call(put.clone(), one, &path)
            .token(&anna)
            .header("if-none-match", "*")
            .json(draft.clone()),
        412,
    )
    .await;
    draft["personal"]["email"] = json!("anna.rossi@posta.example.org");
    s.expect(
        call(put.clone(), one, &path)
            .token(&anna)
            .header("if-match", "\"1\"")
            .json(draft.clone()),
        200,
    )
    .await;
    draft["personal"]["phone"] = json!("+39 333 1234567");
    s.expect(
        call(put.clone(), one, &path)
            .token(&anna)
            .header("if-match", "\"1\"")
            .json(draft.clone()),
        412,
    )
    .await;
    s.expect(call(get.clone(), one, &path).token(&anna), 200)
        .await;
    s.expect(call(get.clone(), one, &path).token(&bruno), 404)
        .await;
    let versions = "/v1/applications/{id}/versions/{version}";
    s.expect(
        call(get.clone(), versions, format!("{path}/versions/1")).token(&anna),
        200,
    )
    .await;
    for missing in ["99", "latest"] {
        s.expect(
            call(get.clone(), versions, format!("{path}/versions/{missing}")).token(&anna),
            404,
        )
        .await;
    }
    let status = "/v1/applications/{id}/status";
    s.expect(
        call(get.clone(), status, format!("{path}/status")).token(&anna),
        200,
    )
    .await;

    // Documents: whole, again, chunked, progress, list, download.
    let document = "/v1/applications/{id}/documents/{sha256}";
    let scan = b"%PDF-1.4 passport scan for the contract test".repeat(100);
    let sha = hex::encode(Sha256::digest(&scan));
    let doc_path = format!("{path}/documents/{sha}?name=passport.pdf&kind=identity_document");
    s.expect(
        call(
            put.clone(),
            document,
            format!("{path}/documents/{sha}?kind=passport"),
        )
        .token(&anna)
        .raw(scan.clone()),
        400,
    )
    .await;
    s.expect(
        call(put.clone(), document, format!("{path}/documents/xyz"))
            .token(&anna)
            .raw(scan.clone()),
        400,
    )
    .await;
    s.expect(
        call(put.clone(), document, &doc_path)
            .token(&anna)
            .raw(scan.clone()),
        201,
    )
    .await;
    s.expect(
        call(put.clone(), document, &doc_path)
            .token(&anna)
            .raw(scan.clone()),
        200,
    )
    .await;
    let other = b"second scan, sent in two chunks".repeat(50);
    let other_sha = hex::encode(Sha256::digest(&other));
    let half = other.len() / 2;
    s.expect(
        call(
            put.clone(),
            document,
            format!("{path}/documents/{other_sha}"),
        )
        .token(&anna)
        .header(
            "content-range",
            format!("bytes 0-{}/{}", half - 1, other.len()),
        )
        .raw(other[..half].to_vec()),
        202,
    )
    .await;
    let uploads = "/v1/applications/{id}/uploads/{sha256}";
    let progress = s
        .expect(
            call(get.clone(), uploads, format!("{path}/uploads/{other_sha}")).token(&anna),
            200,
        )
        .await;
    assert_eq!(progress["received"], half);
    s.expect(
        call(
            put.clone(),
            document,
            format!("{path}/documents/{other_sha}"),
        )
        .token(&anna)
        .header("content-range", format!("bytes 0-9/{}", other.len()))
        .raw(other[..10].to_vec()),
        409,
    )
    .await;
    let documents = "/v1/applications/{id}/documents";
    s.expect(
        call(get.clone(), documents, format!("{path}/documents")).token(&anna),
        200,
    )
    .await;
    s.expect(
        call(get.clone(), document, format!("{path}/documents/{sha}")).token(&anna),
        200,
    )
    .await;
    s.expect(
        call(get.clone(), document, format!("{path}/documents/{sha}")).token(&bruno),
        404,
    )
    .await;

    // Submission: key required, incomplete, submitted, repeated, another key, then frozen.
    let submit = "/v1/applications/{id}/submit";
    let submit_path = format!("{path}/submit");
    s.expect(call(post.clone(), submit, &submit_path).token(&anna), 400)
        .await;
    let empty_path = format!("/v1/applications/{}", uuid::Uuid::new_v4());
    let empty = serde_json::to_value(Application::default()).expect("empty draft as JSON");
    s.expect(
        call(put.clone(), one, &empty_path)
            .token(&anna)
            .header("if-none-match", "*")
            .json(empty),
        201,
    )
    .await;
    s.expect(
        call(post.clone(), submit, format!("{empty_path}/submit"))
            .token(&anna)
            .header("idempotency-key", "incomplete-1"),
        422,
    )
    .await;
    let receipt = s
        .expect(
            call(post.clone(), submit, &submit_path)
                .token(&anna)
                .header("idempotency-key", "key-1"),
            201,
        )
        .await;
    let k10 = receipt["k10_number"].as_str().expect("k10").to_string();
    s.expect(
        call(post.clone(), submit, &submit_path)
            .token(&anna)
            .header("idempotency-key", "key-1"),
        200,
    )
    .await;
    s.expect(
        call(post.clone(), submit, &submit_path)
            .token(&anna)
            .header("idempotency-key", "key-2"),
        409,
    )
    .await;
    s.expect(
        call(put.clone(), one, &path)
            .token(&anna)
            .header("if-match", "\"3\"")
            .json(draft.clone()),
        409,
    )
    .await;

    // Administration: operators and the prefecture's communications.
    let operators = "/v1/admin/operators";
    let operator = json!({ "email": "desk@caf.example.org", "password": PASSWORD });
    s.expect(
        call(post.clone(), operators, operators)
            .token("not-the-admin-token-but-long-enough-0000")
            .json(operator.clone()),
        403,
    )
    .await;
    s.expect(
        call(post.clone(), operators, operators)
            .token(ADMIN_TOKEN)
            .json(operator.clone()),
        201,
    )
    .await;
    s.expect(
        call(post.clone(), operators, operators)
            .token(ADMIN_TOKEN)
            .json(operator.clone()),
        409,
    )
    .await;
    let communications = "/v1/admin/communications";
    let notice = json!({
        "k10_number": k10, "kind": "notice_10bis", "date": today.to_string(),
    });
    s.expect(
        call(post.clone(), communications, communications)
            .token(ADMIN_TOKEN)
            .json(notice.clone()),
        409,
    )
    .await;
    let acceptance = json!({
        "k10_number": k10, "kind": "acceptance", "date": today.to_string(),
    });
    s.expect(
        call(post.clone(), communications, communications)
            .token(ADMIN_TOKEN)
            .json(acceptance),
        201,
    )
    .await;
    let report = s
        .expect(
            call(get.clone(), status, format!("{path}/status")).token(&anna),
            200,
        )
        .await;
    assert_eq!(report["communications"].as_array().map(Vec::len), Some(1));

    // "Associa pratica": a mismatch, and operators may not associate.
    let associations = "/v1/associations";
    let wrong_name = json!({
        "surname": "Bianchi", "name": "Anna", "birth_date": "01/01/1990",
        "previous_email": "anna.rossi@posta.example.org", "k10_number": k10,
    });
    s.expect(
        call(post.clone(), associations, associations)
            .token(&bruno)
            .json(wrong_name.clone()),
        422,
    )
    .await;
    let desk = token_of(
        &s.expect(call(post.clone(), sessions, sessions).json(operator), 200)
            .await,
    );
    s.expect(
        call(post.clone(), associations, associations)
            .token(&desk)
            .json(wrong_name),
        403,
    )
    .await;

    // Signing out ends the session.
    let current = "/v1/sessions/current";
    s.expect(call(Method::DELETE, current, current).token(&anna), 204)
        .await;
    s.expect(call(Method::DELETE, current, current).token(&anna), 401)
        .await;
    s.expect(call(get, list, list).token(&anna_token), 200)
        .await;
}
