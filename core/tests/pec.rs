//! Issue 12.10: the PEC draft written as `.eml` and read back by a parser this project did not
//! write (Python's standard `email` package).

use std::io::Write;
use std::process::{Command, Stdio};

use chrono::NaiveDate;
use cittadinanza_core::k10::K10Error;
use cittadinanza_core::model::LegalBasis;
use cittadinanza_core::pec::{PecAttachment, PecError, PecPurpose, draft, to_eml};
use cittadinanza_core::samples;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

const PARSE: &str = r#"
import email, json, sys
from email import policy
msg = email.message_from_bytes(sys.stdin.buffer.read(), policy=policy.default)
parts = []
for part in msg.iter_attachments():
    parts.append({"name": part.get_filename(), "type": part.get_content_type(),
                  "bytes": list(part.get_content())})
body = msg.get_body(preferencelist=("plain",)).get_content()
print(json.dumps({"subject": msg["subject"], "from": msg["from"], "to": msg["to"],
                  "body": body, "attachments": parts}))
"#;

fn parse(eml: &[u8]) -> serde_json::Value {
    let mut child = Command::new("python3")
        .args(["-c", PARSE])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(eml)
        .expect("write");
    let output = child.wait_with_output().expect("python ran");
    assert!(output.status.success(), "python failed");
    serde_json::from_slice(&output.stdout).expect("json")
}

#[test]
fn ten_bis_answer_round_trips_through_python_email() {
    let today = d(2026, 11, 23);
    let mut app = samples::complete_art9(today);
    app.k10_number = "k10/0123456".into();
    app.procedure.submitted = Some(d(2025, 1, 10));
    let pdf = b"%PDF-1.7 fake but binary \x00\x01\xff".to_vec();
    let identity = vec![0xffu8, 0xd8, 0xff, 0xe0, 1, 2, 3];
    let message = draft(
        &app,
        PecPurpose::TenBisAnswer {
            received: Some(d(2026, 3, 27)),
        },
        "protocollo.prefto@pec.interno.it",
        vec![
            PecAttachment {
                file_name: "riscontro-10-bis.pdf".into(),
                content_type: "application/pdf".into(),
                bytes: pdf.clone(),
            },
            PecAttachment {
                file_name: "passaporto.jpg".into(),
                content_type: "image/jpeg".into(),
                bytes: identity.clone(),
            },
        ],
    )
    .expect("draft");
    let surname = app.personal.surname.trim().to_uppercase();
    let name = app.personal.name.trim().to_string();
    let expected_subject = format!(
        "K10/0123456 – {surname} {name} – Riscontro al preavviso di rigetto (art. 10-bis L. 241/1990)"
    );
    assert_eq!(message.subject, expected_subject);

    let eml = to_eml(&message, 1_764_460_800).expect("eml");
    let parsed = parse(&eml);
    assert_eq!(parsed["subject"], expected_subject.as_str());
    assert_eq!(parsed["to"], "protocollo.prefto@pec.interno.it");
    assert_eq!(parsed["from"], app.personal.email.trim());
    // The .eml has CRLF line ends (RFC 5322); compare the text.
    let body = parsed["body"].as_str().expect("body").replace("\r\n", "\n");
    assert!(
        body.contains("art. 10-bis della L. 241/1990, ricevuta il 27/03/2026"),
        "{body}"
    );
    assert!(
        body.contains("n. K10/0123456 presentata il 10/01/2025"),
        "{body}"
    );
    assert!(
        body.contains("- riscontro-10-bis.pdf\n- passaporto.jpg"),
        "{body}"
    );
    assert!(body.starts_with("Spett.le Prefettura di "), "{body}");
    let attachments = parsed["attachments"].as_array().expect("attachments");
    assert_eq!(attachments.len(), 2);
    assert_eq!(attachments[0]["name"], "riscontro-10-bis.pdf");
    assert_eq!(attachments[0]["type"], "application/pdf");
    let bytes: Vec<u8> = attachments[0]["bytes"]
        .as_array()
        .expect("bytes")
        .iter()
        .filter_map(|b| b.as_u64().and_then(|b| u8::try_from(b).ok()))
        .collect();
    assert_eq!(bytes, pdf);
    assert_eq!(attachments[1]["type"], "image/jpeg");
}

#[test]
fn spid_mismatch_needs_a_k10_of_the_right_kind() {
    let today = d(2026, 11, 23);
    let mut app = samples::complete_art5_italy(today);
    app.legal_basis.basis = Some(LegalBasis::Art5Italy);
    app.k10_number = String::new();
    assert_eq!(
        draft(&app, PecPurpose::SpidMismatch, "", Vec::new()),
        Err(PecError::K10(K10Error::Empty))
    );
    app.k10_number = "K10/0000042".into();
    let error = draft(&app, PecPurpose::SpidMismatch, "", Vec::new()).expect_err("kind");
    assert_eq!(error.message_id(), "err-k10-wrong-kind-marriage");
    app.k10_number = "K10/C/0000042".into();
    let message = draft(&app, PecPurpose::SpidMismatch, "", Vec::new()).expect("draft");
    assert!(message.subject.starts_with("K10/C/0000042 – "));
    assert!(
        message
            .subject
            .ends_with("Autocertificazione dati anagrafici (modello x SPID)")
    );
    assert!(message.body.contains("modello x SPID"));
    let parsed = parse(&to_eml(&message, 1_764_460_800).expect("eml"));
    assert_eq!(parsed["subject"], message.subject.as_str());
    assert!(parsed["to"].is_null());
}
