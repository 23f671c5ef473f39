//! Every message id named by eligibility, checklist, deadlines and the calendar export has an
//! Italian (fallback) and an English translation.

use std::collections::HashSet;
use std::path::Path;

use cittadinanza_core::rules::{checklist, deadlines, eligibility};

fn defined_ids(lang: &str) -> HashSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../i18n")
        .join(lang)
        .join("cittadinanza.ftl");
    let text = std::fs::read_to_string(&path).expect("read the Fluent file");
    text.lines()
        .filter_map(|line| line.split_once(" ="))
        .map(|(id, _)| id.to_string())
        .filter(|id| {
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .collect()
}

#[test]
fn every_rules_message_is_translated() {
    let mut ids: Vec<String> = deadlines::message_ids();
    ids.extend(eligibility::message_ids().iter().map(|s| s.to_string()));
    ids.extend(checklist::message_ids().iter().map(|s| s.to_string()));
    assert!(ids.len() > 80, "{} ids", ids.len());
    for lang in ["it", "en"] {
        let defined = defined_ids(lang);
        let missing: Vec<&String> = ids.iter().filter(|id| !defined.contains(*id)).collect();
        assert!(missing.is_empty(), "{lang}: missing {missing:?}");
    }
}
