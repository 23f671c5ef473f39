use chrono::NaiveDate;
use serde_json::Value;

use super::*;
use crate::model::DocumentKind;
use crate::samples;
use crate::secrets::DataKey;
use crate::store::DocumentHealth;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).expect("date")
}

#[test]
fn sets_nested_and_listed_fields() {
    let mut draft = Draft::new(Application::new(), today());
    assert!(draft.set("personal.codice_fiscale", Value::from("RSSMRA80A01H501U")));
    assert_eq!(
        draft.application().personal.codice_fiscale,
        "RSSMRA80A01H501U"
    );
    assert!(draft.push("residences.periods", serde_json::json!({})));
    assert!(draft.set("residences.periods.0.from", Value::from("01/02/2010")));
    assert_eq!(draft.application().residences.periods[0].from, "01/02/2010");
    assert_eq!(draft.text("residences.periods.0.from"), "01/02/2010");
    assert_eq!(
        draft.text("residences.periods.0.to"),
        "",
        "a record added as {{}} gets every field"
    );
    assert!(draft.value("residences.periods.0.to").is_some());
    assert!(draft.set("personal.sex", Value::from("F")));
    assert_eq!(draft.text("personal.sex"), "F");
    assert!(
        !draft.set("personal.sex", Value::from("X")),
        "an invalid enum is refused"
    );
    assert_eq!(draft.text("personal.sex"), "F", "and changes nothing");
    assert!(!draft.set("personal.no_such_field", Value::from("x")));
    assert!(!draft.set("no_such_section.x", Value::from("x")));
    assert!(!draft.set("personal.surname", Value::from(3)), "wrong type");
    assert!(!draft.remove("residences.periods", 1));
    assert!(draft.remove("residences.periods", 0));
    assert!(draft.application().residences.periods.is_empty());
    assert_eq!(draft.list_len("residences.periods"), 0);
    // The JSON kept for reads is always the draft's own.
    assert_eq!(
        serde_json::to_value(draft.application()).expect("json"),
        draft.json
    );
}

#[test]
fn comma_lists_keep_what_was_typed() {
    let mut draft = Draft::new(Application::new(), today());
    for typed in ["Albania", "Albania,", "Albania, Kosovo ", ""] {
        assert!(draft.set_comma_list("personal.citizenships", typed));
        assert_eq!(draft.comma_list("personal.citizenships"), typed);
    }
}

/// A whole part can be set (the timeline sets `procedure`), and the typed edits of
/// [`Draft::update`] reach the JSON read by path.
#[test]
fn whole_parts_and_typed_edits() {
    let mut draft = Draft::new(Application::new(), today());
    let mut procedure = draft.application().procedure.clone();
    procedure.submitted = Some(today());
    let json = serde_json::to_value(&procedure).expect("json");
    assert!(draft.set("procedure", json));
    assert_eq!(draft.application().procedure.submitted, Some(today()));
    assert_eq!(draft.text("procedure.submitted"), "2026-06-01");
    draft.update(|a| a.personal.surname = "Hoxha".into());
    assert_eq!(draft.text("personal.surname"), "Hoxha");
    assert_eq!(
        serde_json::to_value(draft.application()).expect("json"),
        draft.json
    );
}

/// The dots follow every edit: a complete draft loses a section's dot when a required
/// field is emptied and gets it back when it is typed again.
#[test]
fn statuses_follow_each_edit() {
    let complete = samples::complete_art9(today());
    let mut draft = Draft::new(complete.clone(), today());
    assert_eq!(draft.completed(), 12, "{:?}", draft.statuses());
    assert_eq!(draft.snapshot().sections_complete, 12);
    assert!(draft.set("personal.surname", Value::from("")));
    assert!(!draft.is_complete(SectionId::Personal));
    assert!(draft.issue("personal.surname").is_some());
    assert_eq!(draft.snapshot().sections_complete, 11);
    assert!(draft.set(
        "personal.surname",
        Value::from(complete.personal.surname.clone())
    ));
    assert!(draft.is_complete(SectionId::Personal));
    assert_eq!(draft.statuses().len(), 12);
}

/// The sync engine is told the parts changed since it was last told, once each.
#[test]
fn changes_are_taken_once() {
    let mut draft = Draft::new(Application::new(), today());
    assert!(draft.take_changes().is_empty(), "as read from the store");
    assert!(draft.set("personal.surname", Value::from("Hoxha")));
    assert!(draft.set("legal_basis.prefecture", Value::from("Milano")));
    assert_eq!(
        draft.take_changes(),
        [
            DraftPart::Section(SectionId::LegalBasis),
            DraftPart::Section(SectionId::Personal)
        ]
    );
    assert!(draft.take_changes().is_empty());
    // Typed and typed back: nothing changed for the engine.
    assert!(draft.set("personal.surname", Value::from("Hoxhaj")));
    assert!(draft.set("personal.surname", Value::from("Hoxha")));
    assert!(draft.take_changes().is_empty());
    // A restored version: its differences are the changes.
    let mut restored = draft.application().clone();
    restored.procedure.submitted = Some(today());
    draft.replace(restored);
    assert_eq!(draft.take_changes(), [DraftPart::Procedure]);
}

/// Typing while the sync merges the portal's changes keeps both (moved from the GUI tests).
#[test]
fn typing_during_a_merge_keeps_both_changes() {
    let mut before = Application::new();
    before.personal.surname = "Hoxha".into();
    let mut merged = before.clone();
    merged.legal_basis.prefecture = "Torino".into();
    let mut editing = before.clone();
    editing.personal.surname = "Hoxhaj".into();

    let rebased = rebase(Some(&before), &merged, &editing);
    assert_eq!(rebased.personal.surname, "Hoxhaj");
    assert_eq!(rebased.legal_basis.prefecture, "Torino");
    // Nothing typed: the merge as it is.
    assert_eq!(rebase(Some(&before), &merged, &before), merged);
    assert_eq!(rebase(None, &merged, &editing), merged);

    // The same through the draft: the merge is what the engine knows now, so only the
    // part typed meanwhile is a change to send.
    let mut draft = Draft::new(before, today());
    assert!(draft.set("personal.surname", Value::from("Hoxhaj")));
    assert!(draft.merged(merged.clone()));
    assert_eq!(draft.application(), &rebased);
    assert_eq!(draft.text("legal_basis.prefecture"), "Torino");
    assert_eq!(
        draft.take_changes(),
        [DraftPart::Section(SectionId::Personal)]
    );
    assert!(!draft.merged(rebased), "nothing new to show");
}

/// [`save`] and [`Snapshot::save`] record the count of complete sections themselves.
#[test]
fn saving_counts_the_complete_sections() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(dir.path(), DataKey::generate()).expect("store");
    let complete = samples::complete_art9(today());
    let id = store.create(&Application::new()).expect("create");
    let info = save(&mut store, id, &complete, today()).expect("save");
    assert_eq!(info.sections_complete, 12);
    assert_eq!(store.summary(id).map(|s| s.sections_complete), Some(12));
    let mut draft = Draft::new(complete, today());
    assert!(draft.set("personal.surname", Value::from("")));
    let info = draft.snapshot().save(&mut store, id).expect("save");
    assert_eq!(info.sections_complete, 11);
    assert_eq!(store.summary(id).map(|s| s.sections_complete), Some(11));
    assert_eq!(store.load(id).expect("load"), *draft.application());
}

/// [`attach_to_stored`] attaches a file to a draft that is not open and saves it with its
/// section count; when the draft cannot be read, the file leaves the vault again.
#[test]
fn a_file_attached_to_a_stored_draft_is_saved_or_leaves_the_vault() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = DataKey::generate();
    let mut store = Store::open(dir.path(), key.clone()).expect("store");
    let mut complete = samples::complete_art9(today());
    complete.documents.attached.clear();
    let id = store.create(&complete).expect("create");
    let scan = store
        .import_document_bytes(id, "scan.pdf", b"%PDF-1.4 scan", DocumentKind::Other, "")
        .expect("import");
    let saved = attach_to_stored(&mut store, id, scan.clone(), today()).expect("attach");
    assert_eq!(saved.documents.attached, std::slice::from_ref(&scan));
    assert_eq!(store.load(id).expect("load"), saved);
    assert_eq!(
        store.summary(id).map(|s| s.sections_complete),
        Some(sections_complete(&saved, today()))
    );

    // The stored draft no longer decrypts: the second file is not kept in the vault.
    let other = store
        .import_document_bytes(id, "other.pdf", b"%PDF-1.4 other", DocumentKind::Other, "")
        .expect("import");
    assert_eq!(
        store.check_document(&other.vault_id, true).expect("check"),
        crate::store::DocumentHealth::Ok
    );
    drop(store);
    let db =
        rusqlite::Connection::open(dir.path().join("cittadinanza.sqlite3")).expect("the database");
    db.execute(
        "UPDATE versions SET draft = x'00' WHERE applicant_id = ?1",
        [id.to_string()],
    )
    .expect("damage the draft");
    drop(db);
    let mut store = Store::open(dir.path(), key).expect("store");
    assert!(attach_to_stored(&mut store, id, other.clone(), today()).is_err());
    assert_eq!(
        store.check_document(&other.vault_id, false).expect("check"),
        crate::store::DocumentHealth::Missing
    );
    assert_eq!(
        store.check_document(&scan.vault_id, false).expect("check"),
        crate::store::DocumentHealth::Ok,
        "the file the draft refers to stays"
    );
}

/// The database refuses to delete document rows from now on (a store that cannot write).
fn refuse_deletes(dir: &std::path::Path) {
    let db = rusqlite::Connection::open(dir.join("cittadinanza.sqlite3")).expect("the database");
    db.execute_batch(
        "CREATE TRIGGER keep_documents BEFORE DELETE ON documents
         BEGIN SELECT RAISE(ABORT, 'kept'); END;",
    )
    .expect("trigger");
}

/// A file that cannot leave the vault after a failed attach is reported (not only "already
/// gone" is ignored), instead of the error that made the attach fail.
#[test]
fn a_file_that_cannot_leave_the_vault_after_a_failed_attach_is_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = DataKey::generate();
    let mut store = Store::open(dir.path(), key.clone()).expect("store");
    let id = store.create(&Application::new()).expect("create");
    let scan = store
        .import_document_bytes(id, "scan.pdf", b"%PDF-1.4 scan", DocumentKind::Other, "")
        .expect("import");
    // The applicant was deleted meanwhile: its files are gone too, the attach error stays.
    store.delete(id).expect("delete");
    assert!(matches!(
        attach_to_stored(&mut store, id, scan, today()),
        Err(StoreError::ApplicantNotFound)
    ));

    let other = store.create(&Application::new()).expect("create");
    let kept = store
        .import_document_bytes(other, "kept.pdf", b"%PDF-1.4 kept", DocumentKind::Other, "")
        .expect("import");
    drop(store);
    refuse_deletes(dir.path());
    let db =
        rusqlite::Connection::open(dir.path().join("cittadinanza.sqlite3")).expect("the database");
    db.execute(
        "UPDATE versions SET draft = x'00' WHERE applicant_id = ?1",
        [other.to_string()],
    )
    .expect("damage the draft");
    drop(db);
    let mut store = Store::open(dir.path(), key).expect("store");
    let error = attach_to_stored(&mut store, other, kept, today()).expect_err("not attached");
    assert!(
        matches!(error, StoreError::Database(_)),
        "the file left in the vault is reported: {error:?}"
    );
}

/// [`Snapshot::save_removing`]: the files taken off the draft leave the vault with the save,
/// unless the draft saved refers to them (again); nothing leaves when the save fails, and a
/// file that cannot leave is reported.
#[test]
fn removed_files_leave_the_vault_with_the_save_of_the_draft_without_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = DataKey::generate();
    let mut store = Store::open(dir.path(), key.clone()).expect("store");
    let id = store.create(&Application::new()).expect("create");
    let import = |store: &mut Store, name: &str| {
        store
            .import_document_bytes(id, name, b"%PDF-1.4 file", DocumentKind::Other, "")
            .expect("import")
    };
    let removed = import(&mut store, "removed.pdf");
    let back = import(&mut store, "back.pdf");
    let health = |store: &Store, vault_id: &str| {
        store
            .check_document(vault_id, false)
            .expect("check document")
    };
    let mut application = Application::new();
    application.documents.attached.push(back.clone());
    let draft = Draft::new(application, today());
    let due = [
        removed.vault_id.clone(),
        back.vault_id.clone(),
        "0123456789abcdef0123456789abcdef".to_string(),
    ];

    // The save fails (no such applicant): every file stays.
    let missing = store.create(&Application::new()).expect("create");
    store.delete(missing).expect("delete");
    assert!(
        draft
            .snapshot()
            .save_removing(&mut store, missing, &due)
            .is_err()
    );
    assert_eq!(health(&store, &removed.vault_id), DocumentHealth::Ok);

    let (_, not_removed) = (draft.snapshot())
        .save_removing(&mut store, id, &due)
        .expect("saved");
    assert!(not_removed.is_empty(), "{not_removed:?}");
    assert_eq!(store.load(id).expect("load"), *draft.application());
    assert_eq!(health(&store, &removed.vault_id), DocumentHealth::Missing);
    assert_eq!(
        health(&store, &back.vault_id),
        DocumentHealth::Ok,
        "the draft saved refers to it again"
    );

    // A file that cannot leave the vault is named; the draft is saved all the same.
    drop(store);
    refuse_deletes(dir.path());
    let mut store = Store::open(dir.path(), key).expect("store");
    let empty = Draft::new(Application::new(), today());
    let (_, not_removed) = (empty.snapshot())
        .save_removing(&mut store, id, std::slice::from_ref(&back.vault_id))
        .expect("saved");
    assert_eq!(not_removed.len(), 1);
    assert!(store.load(id).expect("load").documents.attached.is_empty());
}
