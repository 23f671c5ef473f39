//! A draft written by a newer version of the app (new choices, new fields) loads here: what this
//! version knows is kept, what it does not is reported, and the store keeps the newer version
//! untouched in the history so a newer app can restore it.

use std::collections::BTreeMap;

use cittadinanza_core::model::lenient::decode_application;
use cittadinanza_core::model::*;
use cittadinanza_core::secrets::DataKey;
use cittadinanza_core::store::{ApplicantId, HISTORY_LIMIT, Store, crypto};
use serde_json::{Value, json};

const GOLDEN: &str = include_str!("fixtures/draft-v1.json");
const NEWER: &str = include_str!("fixtures/draft-from-newer-version.json");

/// What the newer fixture adds to or changes in the golden v1 draft.
fn expected_dropped() -> BTreeMap<String, Value> {
    [
        ("legal_basis.basis", json!("art9_g")),
        ("legal_basis.signed_with", json!("cie")),
        ("personal.spid_level", json!(2)),
        ("entry_stay.permit_type", json!("eu_blue_card")),
        ("family.household.0.relationship", json!("partner")),
        ("income.years.1.source", json!("flat_rate_regime")),
        (
            "income.years.1.certified_by",
            json!({"caf": "CAF CISL Torino", "protocol": "2025/00812"}),
        ),
        ("language.exemption", json!("over_65")),
        (
            "documents.attached.0.ocr_text",
            json!("PASSAPORTO / PASSPORT UZ7312548"),
        ),
        (
            "documents.attached.1.kind",
            json!("residence_permit_digital"),
        ),
        ("procedure.opinion", json!("partially_favourable")),
        (
            "portal_receipts",
            json!([{"ticket": "PRF-2026-004211", "received": "2026-11-20"}]),
        ),
    ]
    .into_iter()
    .map(|(path, raw)| (path.to_string(), raw))
    .collect()
}

/// The golden draft with the newer fixture's unknown choices read as "not answered".
fn expected_application() -> Application {
    let mut app: Application = serde_json::from_str(GOLDEN).expect("golden loads");
    app.legal_basis.basis = None;
    app.entry_stay.permit_type = None;
    app.family.household[0].relationship = None;
    app.income.years[1].source = None;
    app.documents.attached[1].kind = None;
    app.procedure.k10_number = "K10/0012345".into();
    app
}

#[test]
fn newer_draft_keeps_what_is_known_and_reports_the_rest() {
    let decoded = decode_application(NEWER.as_bytes()).expect("the newer draft loads");
    assert_eq!(decoded.value, expected_application());
    assert_eq!(decoded.schema_version, 2);
    assert!(decoded.from_newer_version());
    let dropped: BTreeMap<String, Value> = decoded
        .dropped
        .iter()
        .map(|d| (d.path.clone(), d.raw.clone()))
        .collect();
    assert_eq!(dropped.len(), decoded.dropped.len(), "no path twice");
    assert_eq!(dropped, expected_dropped());

    // The golden draft of this version is understood entirely.
    let golden = decode_application(GOLDEN.as_bytes()).expect("golden loads");
    assert!(golden.dropped.is_empty(), "{:?}", golden.dropped);
    assert!(!golden.from_newer_version());
}

#[test]
fn every_decoder_of_the_model_tolerates_unknown_choices() {
    // Plain serde (portal DTOs, bundles, the sync queue) reads the same application.
    let mut app: Application = serde_json::from_str(NEWER).expect("plain serde loads it too");
    assert_eq!(app.schema_version, 2);
    app.schema_version = SCHEMA_VERSION;
    assert_eq!(app, expected_application());
}

#[test]
fn the_missing_choices_show_as_missing_fields() {
    let app = expected_application();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let status = cittadinanza_core::rules::check_section(&app, SectionId::LegalBasis, today);
    assert!(status.issue_for("legal_basis.basis").is_some());
    let status = cittadinanza_core::rules::check_section(&app, SectionId::EntryStay, today);
    assert!(status.issue_for("entry_stay.permit_type").is_some());
}

/// Puts `json` in the store as version `version` of `id`, as a newer app would have saved it.
fn write_raw_version(
    dir: &std::path::Path,
    key: &DataKey,
    id: ApplicantId,
    version: u32,
    json: &[u8],
) {
    let ad = format!("cittadinanza/draft/v1\0{id}\0{version}");
    let blob = crypto::seal(key, ad.as_bytes(), json);
    let conn = rusqlite::Connection::open(dir.join(cittadinanza_core::store::DB_FILE))
        .expect("sqlite opens");
    let changed = conn
        .execute(
            "UPDATE versions SET draft = ?3 WHERE applicant_id = ?1 AND version = ?2",
            rusqlite::params![id.to_string(), version, blob],
        )
        .expect("update");
    assert_eq!(changed, 1);
}

fn read_raw_version(
    dir: &std::path::Path,
    key: &DataKey,
    id: ApplicantId,
    version: u32,
) -> Vec<u8> {
    let conn = rusqlite::Connection::open(dir.join(cittadinanza_core::store::DB_FILE))
        .expect("sqlite opens");
    let blob: Vec<u8> = conn
        .query_row(
            "SELECT draft FROM versions WHERE applicant_id = ?1 AND version = ?2",
            rusqlite::params![id.to_string(), version],
            |r| r.get(0),
        )
        .expect("version row");
    let ad = format!("cittadinanza/draft/v1\0{id}\0{version}");
    crypto::open(key, ad.as_bytes(), &blob).expect("decrypts")
}

#[test]
fn the_store_loads_a_newer_draft_and_keeps_it_in_the_history() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = DataKey::generate();
    let id = {
        let mut store = Store::open(dir.path(), key.clone()).expect("store opens");
        let golden: Application = serde_json::from_str(GOLDEN).expect("golden");
        store.create(&golden).expect("create")
    };
    write_raw_version(dir.path(), &key, id, 1, NEWER.as_bytes());

    let mut store = Store::open(dir.path(), key.clone()).expect("store opens");
    let decoded = store.load_decoded(id).expect("loads");
    assert_eq!(decoded.value, expected_application());
    assert_eq!(decoded.dropped.len(), expected_dropped().len());

    // The editor autosaves what it shows: unchanged, that is still a new version (the loaded
    // draft is not the newer file), and many more saves follow.
    let mut app = decoded.value.clone();
    let first = store.save(id, &app, 5).expect("save");
    assert_eq!(first.version, 2);
    for i in 0..HISTORY_LIMIT + 10 {
        app.personal.phone = format!("+39 333 000 {i:04}");
        store.save(id, &app, 5).expect("save");
    }
    let versions: Vec<u32> = store
        .history(id)
        .expect("history")
        .iter()
        .map(|v| v.version)
        .collect();
    assert_eq!(versions.len() as u32, HISTORY_LIMIT + 1, "{versions:?}");
    assert_eq!(versions.last(), Some(&1), "the newer version is kept");
    assert_eq!(
        store.load(id).expect("current").personal.phone,
        app.personal.phone
    );
    drop(store);

    // Byte for byte what the newer app wrote, for a newer app to restore.
    assert_eq!(read_raw_version(dir.path(), &key, id, 1), NEWER.as_bytes());
    let store = Store::open(dir.path(), key).expect("store opens");
    assert_eq!(
        store.load_version(id, 1).expect("still loads here"),
        expected_application()
    );
}

#[test]
fn a_store_from_before_the_kept_column_gains_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = DataKey::generate();
    let id = {
        let mut store = Store::open(dir.path(), key.clone()).expect("store opens");
        store.create(&Application::new()).expect("create")
    };
    {
        let conn = rusqlite::Connection::open(dir.path().join(cittadinanza_core::store::DB_FILE))
            .expect("sqlite opens");
        conn.execute_batch("ALTER TABLE versions DROP COLUMN kept")
            .expect("drop column");
    }
    let mut store = Store::open(dir.path(), key).expect("an older store opens");
    for _ in 0..3 {
        let mut app = store.load(id).expect("loads");
        app.personal.surname.push('a');
        store.save(id, &app, 0).expect("saves");
    }
    assert_eq!(store.history(id).expect("history").len(), 4);
}

#[test]
fn bundles_carry_a_newer_version_as_it_was_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = DataKey::generate();
    let id = {
        let mut store = Store::open(dir.path(), key.clone()).expect("store opens");
        let golden: Application = serde_json::from_str(GOLDEN).expect("golden");
        store.create(&golden).expect("create")
    };
    write_raw_version(dir.path(), &key, id, 1, NEWER.as_bytes());
    let bundle = dir.path().join("transfer.cittadinanza");
    {
        let mut store = Store::open(dir.path(), key).expect("store opens");
        let app = store.load(id).expect("loads");
        store.save(id, &app, 7).expect("save");
        store
            .export_bundle(id, &bundle, "una frase abbastanza lunga")
            .expect("export");
    }

    let other = tempfile::tempdir().expect("tempdir");
    let other_key = DataKey::generate();
    let imported = {
        let mut store = Store::open(other.path(), other_key.clone()).expect("store opens");
        let imported = store
            .import_bundle(&bundle, "una frase abbastanza lunga")
            .expect("import");
        let current = store.load_decoded(imported).expect("current");
        assert!(current.dropped.is_empty(), "{:?}", current.dropped);
        assert_eq!(current.value, expected_application());
        imported
    };
    let raw = read_raw_version(other.path(), &other_key, imported, 1);
    let raw: Value = serde_json::from_slice(&raw).expect("json");
    let newer: Value = serde_json::from_str(NEWER).expect("json");
    assert_eq!(raw, newer, "the newer version arrives whole");
    let conn = rusqlite::Connection::open(other.path().join(cittadinanza_core::store::DB_FILE))
        .expect("sqlite opens");
    let kept: Vec<(u32, bool)> = conn
        .prepare("SELECT version, kept FROM versions WHERE applicant_id = ?1 ORDER BY version")
        .expect("query")
        .query_map([imported.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert_eq!(kept, vec![(1, true), (2, false)]);
}
