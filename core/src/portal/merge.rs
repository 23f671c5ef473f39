//! The three-way merge of a draft with the portal's copy, part by part (the 12 sections and
//! the procedure's dates), and how an open editor takes a merge in ([`rebase`]) keeping what
//! was typed meanwhile ([`changed_parts`]).

use serde_json::Value;

use super::error::PortalError;
use super::sync::SectionConflict;
pub use crate::drafts::part::{DraftPart, changed_parts, rebase};
use crate::model::Application;

pub(crate) fn to_sections(
    app: &Application,
) -> Result<serde_json::Map<String, Value>, PortalError> {
    match serde_json::to_value(app) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(PortalError::Local(
            "application is not a JSON object".into(),
        )),
        Err(e) => Err(PortalError::Local(e.to_string())),
    }
}

/// Merges `local` and `remote` section by section. With the common `base`, a section changed
/// on one side only is taken from that side; without it every differing section conflicts.
/// Returns the merge (conflicting sections keep the local value) and the conflicts.
pub fn three_way(
    base: Option<&Application>,
    local: &Application,
    remote: &Application,
) -> Result<(Application, Vec<SectionConflict>), PortalError> {
    let base = base.map(to_sections).transpose()?;
    let local_map = to_sections(local)?;
    let remote_map = to_sections(remote)?;
    let mut merged = local_map.clone();
    let mut conflicts = Vec::new();
    for section in DraftPart::ALL {
        let key = section.key();
        let l = local_map.get(key).cloned().unwrap_or(Value::Null);
        let r = remote_map.get(key).cloned().unwrap_or(Value::Null);
        if l == r {
            continue;
        }
        let b = base
            .as_ref()
            .map(|b| b.get(key).cloned().unwrap_or(Value::Null));
        match b {
            Some(b) if b == l => {
                merged.insert(key.to_string(), r);
            }
            Some(b) if b == r => {}
            _ => conflicts.push(SectionConflict {
                section,
                local: l,
                remote: r,
            }),
        }
    }
    // The K10 number is the portal's to assign.
    merged.insert(
        "k10_number".to_string(),
        Value::String(remote.k10_number.clone()),
    );
    let merged = crate::model::lenient::decode_application_value(Value::Object(merged))
        .map_err(|e| PortalError::Local(e.to_string()))?
        .value;
    Ok((merged, conflicts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SectionId;

    fn app(surname: &str, email: &str, prefecture: &str) -> Application {
        let mut a = Application::new();
        a.personal.surname = surname.into();
        a.personal.email = email.into();
        a.legal_basis.prefecture = prefecture.into();
        a
    }

    #[test]
    fn one_sided_changes_merge_and_two_sided_conflict() {
        let base = app("Rossi", "a@example.org", "Milano");
        let local = app("Rossi", "a@example.org", "Torino");
        let remote = app("Rossi", "b@example.org", "Milano");
        let (merged, conflicts) = three_way(Some(&base), &local, &remote).expect("merge");
        assert!(conflicts.is_empty());
        assert_eq!(merged.legal_basis.prefecture, "Torino");
        assert_eq!(merged.personal.email, "b@example.org");

        let remote = app("Bianchi", "a@example.org", "Milano");
        let local = app("Verdi", "a@example.org", "Milano");
        let (_, conflicts) = three_way(Some(&base), &local, &remote).expect("merge");
        assert_eq!(conflicts.len(), 1);
        assert_eq!(conflicts[0].section, SectionId::Personal);
        assert_eq!(conflicts[0].local["surname"], "Verdi");
        assert_eq!(conflicts[0].remote["surname"], "Bianchi");
    }

    /// The procedure's dates merge like a section: one side's change is taken, both sides'
    /// different changes are a conflict (never a silent overwrite).
    #[test]
    fn procedure_events_merge_like_a_section() {
        let base = app("Rossi", "a@example.org", "Milano");
        let mut local = app("Rossi", "a@example.org", "Torino");
        local.procedure.submitted = chrono::NaiveDate::from_ymd_opt(2025, 3, 1);
        let remote = app("Rossi", "b@example.org", "Milano");
        let (merged, conflicts) = three_way(Some(&base), &local, &remote).expect("merge");
        assert!(conflicts.is_empty());
        assert_eq!(merged.procedure, local.procedure);
        assert_eq!(merged.personal.email, "b@example.org");

        let (merged, conflicts) = three_way(Some(&base), &remote, &local).expect("merge");
        assert!(conflicts.is_empty());
        assert_eq!(
            merged.procedure, local.procedure,
            "the remote dates are taken"
        );

        let mut remote = remote;
        remote.procedure.submitted = chrono::NaiveDate::from_ymd_opt(2020, 1, 1);
        let (_, conflicts) = three_way(Some(&base), &local, &remote).expect("merge");
        assert_eq!(conflicts.len(), 1);
        assert_eq!(conflicts[0].section, DraftPart::Procedure);
        assert_eq!(conflicts[0].local["submitted"], "2025-03-01");
        assert_eq!(conflicts[0].remote["submitted"], "2020-01-01");
    }

    #[test]
    fn without_base_every_difference_is_a_conflict() {
        let local = app("Rossi", "a@example.org", "Torino");
        let remote = app("Rossi", "a@example.org", "Milano");
        let (_, conflicts) = three_way(None, &local, &remote).expect("merge");
        assert_eq!(conflicts.len(), 1);
        assert_eq!(conflicts[0].section, SectionId::LegalBasis);
    }
}
