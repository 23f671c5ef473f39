//! The OpenAPI document stays in step with the code: every enum value the server sends and
//! every route it serves is described in `docs/portal-api.yaml`.

use cittadinanza_core::model::DocumentKind;
use cittadinanza_core::portal::{AssociateField, CommunicationKind, Role, Status};

const SPEC: &str = include_str!("../../docs/portal-api.yaml");

fn wire_name<T: serde::Serialize>(value: T) -> String {
    match serde_json::to_value(value).expect("serialise") {
        serde_json::Value::String(s) => s,
        other => panic!("not a string enum: {other}"),
    }
}

fn enum_line(schema: &str) -> &'static str {
    let start = SPEC
        .find(&format!("\n    {schema}:\n"))
        .unwrap_or_else(|| panic!("schema {schema} missing"));
    let rest = &SPEC[start..];
    let open = rest.find("enum: [").expect("enum");
    let close = rest[open..].find(']').expect("end of enum");
    &SPEC[start + open..start + open + close]
}

#[test]
fn enum_values_match_the_spec() {
    for s in Status::ALL {
        assert!(enum_line("Status").contains(&wire_name(s)), "{s:?}");
    }
    for k in CommunicationKind::ALL {
        assert!(
            enum_line("CommunicationKind").contains(&wire_name(k)),
            "{k:?}"
        );
    }
    for k in DocumentKind::ALL {
        assert!(enum_line("DocumentKind").contains(&wire_name(k)), "{k:?}");
    }
    for r in [Role::Applicant, Role::Operator] {
        assert!(enum_line("Role").contains(&wire_name(r)), "{r:?}");
    }
    for f in [
        AssociateField::Surname,
        AssociateField::Name,
        AssociateField::BirthDate,
        AssociateField::PreviousEmail,
        AssociateField::K10Number,
    ] {
        assert!(SPEC.contains(f.key()), "{f:?}");
    }
}

#[test]
fn every_route_is_documented() {
    for path in [
        "/v1/health:",
        "/v1/accounts:",
        "/v1/accounts/current/password:",
        "/v1/sessions:",
        "/v1/sessions/current:",
        "/v1/applications:",
        "/v1/applications/{id}:",
        "/v1/applications/{id}/versions/{version}:",
        "/v1/applications/{id}/status:",
        "/v1/applications/{id}/submit:",
        "/v1/applications/{id}/documents:",
        "/v1/applications/{id}/uploads/{sha256}:",
        "/v1/applications/{id}/documents/{sha256}:",
        "/v1/associations:",
        "/v1/admin/operators:",
        "/v1/admin/communications:",
    ] {
        assert!(
            SPEC.contains(&format!("\n  {path}\n")),
            "{path} is not in the spec"
        );
    }
}
