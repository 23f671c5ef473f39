//! The sync as the app runs it, without a GUI, against a real store (SQLite and vault in a
//! temporary folder): the store adapter, what a save queues, a merged draft saved over a
//! newer save, and a run while the portal cannot be reached (everything stays queued).

use std::io::Read;
use std::sync::{Arc, Mutex};

use chrono::{NaiveDate, Utc};
use cittadinanza_core::drafts::{self, Draft, SharedStore};
use cittadinanza_core::model::{Application, DocumentKind, SectionId};
use cittadinanza_core::portal::{
    ApplicationRecord, Client, ClientConfig, DraftPart, DraftSource, LocalDrafts, PortalError,
    Status, StoreDrafts, SyncEngine, run,
};
use cittadinanza_core::samples;
use cittadinanza_core::secrets::DataKey;
use cittadinanza_core::store::{ApplicantId, Store, StoreError, VAULT_DIR};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).expect("date")
}

struct Local {
    _dir: tempfile::TempDir,
    store: SharedStore,
    engine: tokio::sync::Mutex<SyncEngine>,
    drafts: StoreDrafts,
}

/// A store and an engine whose portal cannot be reached (nothing listens on port 9).
fn local() -> Local {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = DataKey::generate();
    let store = Store::open(dir.path(), key.clone()).expect("store");
    let store: SharedStore = Arc::new(Mutex::new(store));
    let mut config = ClientConfig::new("http://127.0.0.1:9");
    config.max_retries = 0;
    let client = Client::new(config).expect("client");
    let engine = SyncEngine::open(client, dir.path().join("portal-sync.queue"), key).expect("q");
    let drafts = StoreDrafts::new(store.clone(), describe);
    Local {
        _dir: dir,
        store,
        engine: tokio::sync::Mutex::new(engine),
        drafts,
    }
}

fn describe(error: StoreError) -> String {
    match error {
        StoreError::DocumentDamaged { name } => format!("damaged: {name}"),
        other => format!("store: {other}"),
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

fn create(local: &Local, application: &Application) -> ApplicantId {
    let mut store = local.store.lock().expect("store");
    let id = store.create(&Application::new()).expect("create");
    drafts::save(&mut store, id, application, today()).expect("save");
    id
}

fn record(id: &str, draft: Application) -> ApplicationRecord {
    ApplicationRecord {
        id: id.into(),
        version: 2,
        status: Status::Draft,
        k10_number: None,
        created_at: Utc::now(),
        updated_at: Utc::now(),
        submitted_at: None,
        draft,
    }
}

#[test]
fn the_adapter_reads_drafts_and_says_why_a_document_cannot_be_read() {
    let local = local();
    let complete = samples::complete_art9(today());
    let id = create(&local, &complete);
    assert_eq!(
        local.drafts.load_draft(&id.to_string()).expect("draft"),
        complete
    );
    let summary = local.store.lock().expect("store").summary(id).cloned();
    assert_eq!(summary.map(|s| s.sections_complete), Some(12));
    assert!(matches!(
        local.drafts.load_draft("not-an-id"),
        Err(PortalError::Local(_))
    ));
    let unknown = ApplicantId(uuid::Uuid::new_v4()).to_string();
    assert!(matches!(
        local.drafts.load_draft(&unknown),
        Err(PortalError::Local(text)) if text.starts_with("store: ")
    ));
    let listed = local.drafts.local_applications().expect("list");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].display_name, complete.display_name());

    // A scan damaged in the vault: opened, then refused as it is read, with its name.
    let scan: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
    let document = local
        .store
        .lock()
        .expect("store")
        .import_document_bytes(
            id,
            "passaporto.pdf",
            &scan,
            DocumentKind::IdentityDocument,
            "",
        )
        .expect("import");
    let mut read = Vec::new();
    local
        .drafts
        .open_document(&document.vault_id)
        .expect("open")
        .read_to_end(&mut read)
        .expect("read");
    assert_eq!(read, scan);
    let file = local
        .store
        .lock()
        .expect("store")
        .dir()
        .join(VAULT_DIR)
        .join(format!("{}.czv", document.vault_id));
    let mut bytes = std::fs::read(&file).expect("vault file");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x55;
    std::fs::write(&file, bytes).expect("damage");
    let mut reader = local
        .drafts
        .open_document(&document.vault_id)
        .expect("open");
    let error = reader.read_to_end(&mut Vec::new()).expect_err("damaged");
    let inner = error.into_inner().expect("inner");
    let portal = inner.downcast::<PortalError>().expect("a portal error");
    assert!(
        matches!(&*portal, PortalError::Document(text) if text == "damaged: passaporto.pdf"),
        "{portal:?}"
    );
}

/// A merged draft saved back keeps what was saved here after the run read the draft: the
/// parts that save changed stay, the portal's changes to the others are taken.
#[test]
fn a_merged_draft_does_not_undo_a_newer_save() {
    let local = local();
    let read = samples::complete_art9(today());
    let id = create(&local, &read);
    // The portal changed the prefecture and the surname...
    let mut merged = read.clone();
    merged.legal_basis.prefecture = "Bergamo".into();
    merged.personal.surname = "Hoxhaj".into();
    merged.k10_number = "K10/0000042".into();
    // ... while the surname and the income were saved here after the run read the draft.
    let mut newer = read.clone();
    newer.personal.surname = "Berisha".into();
    newer.income.years.clear();
    drafts::save(&mut local.store.lock().expect("store"), id, &newer, today()).expect("save");

    let saved = local
        .drafts
        .save_merged(id, &read, &merged, today())
        .expect("saved");
    let stored = local.store.lock().expect("store").load(id).expect("load");
    assert_eq!(saved, stored);
    assert_eq!(stored.legal_basis.prefecture, "Bergamo");
    assert_eq!(stored.personal.surname, "Berisha");
    assert!(stored.income.years.is_empty());
    assert_eq!(stored.k10_number, "K10/0000042");
    assert_eq!(
        drafts::changed_parts(Some(&merged), &stored),
        [
            DraftPart::Section(SectionId::Personal),
            DraftPart::Section(SectionId::Income)
        ]
    );
    let summary = local.store.lock().expect("store").summary(id).cloned();
    assert_eq!(
        summary.map(|s| s.sections_complete),
        Some(drafts::sections_complete(&stored, today()))
    );

    // Nothing saved since the read: the merge is saved as it is.
    let again = local
        .drafts
        .save_merged(id, &stored, &merged, today())
        .expect("saved");
    assert_eq!(again, merged);
    assert_eq!(
        local.store.lock().expect("store").load(id).expect("load"),
        merged
    );

    // The applicant was deleted meanwhile: an error, and no draft comes back.
    local
        .store
        .lock()
        .expect("store")
        .delete(id)
        .expect("delete");
    assert!(
        local
            .drafts
            .save_merged(id, &read, &merged, today())
            .is_err()
    );
    assert!(local.store.lock().expect("store").load(id).is_err());
}

#[test]
fn a_save_queues_what_changed_only_for_applications_the_portal_knows() {
    let local = local();
    let rt = runtime();
    let application = samples::complete_art9(today());
    let id = create(&local, &application);
    let mut draft = Draft::new(application.clone(), today());
    assert!(draft.set("personal.surname", "Hoxhaj".into()));
    let changed = draft.take_changes();
    assert_eq!(changed, [DraftPart::Section(SectionId::Personal)]);
    rt.block_on(async {
        let mut engine = local.engine.lock().await;
        // Signed out and never sent: signing in later must not send every local draft.
        run::record_saved(
            &mut engine,
            &local.drafts,
            id,
            &changed,
            draft.application(),
            false,
        )
        .await
        .expect("recorded");
        assert_eq!(engine.status().pending, 0);
        assert!(run::linked_ids(&engine).is_empty());
        // Once linked (associated, or sent earlier) a save queues it even signed out.
        engine
            .link(&id.to_string(), &record("remote-1", application.clone()))
            .expect("link");
        assert_eq!(
            run::linked_ids(&engine).into_iter().collect::<Vec<_>>(),
            [id]
        );
        run::record_saved(
            &mut engine,
            &local.drafts,
            id,
            &changed,
            draft.application(),
            false,
        )
        .await
        .expect("recorded");
        let entry = engine.entry(&id.to_string()).expect("entry");
        assert!(entry.pending);
        assert_eq!(
            entry.dirty_sections.iter().collect::<Vec<_>>(),
            ["personal"]
        );
        assert_eq!(run::queued(&engine).status.pending, 1);
    });
}

#[test]
fn a_run_while_offline_keeps_everything_queued() {
    let local = local();
    let rt = runtime();
    let mut application = samples::complete_art9(today());
    let id = create(&local, &application);
    let scan = vec![1u8; 2048];
    let document = local
        .store
        .lock()
        .expect("store")
        .import_document_bytes(id, "scan.pdf", &scan, DocumentKind::BirthCertificate, "")
        .expect("import");
    application.documents.attached = vec![document.clone()];
    drafts::save(
        &mut local.store.lock().expect("store"),
        id,
        &application,
        today(),
    )
    .expect("save");
    rt.block_on(async {
        {
            let mut engine = local.engine.lock().await;
            run::queue_open(&mut engine, &local.drafts, id, &application)
                .await
                .expect("queued");
            let entry = engine.entry(&id.to_string()).expect("entry");
            assert_eq!(
                entry.dirty_sections.len(),
                DraftPart::ALL.len(),
                "every part"
            );
        }
        let outcome = run::run(&local.engine, &local.drafts, today()).await;
        assert!(outcome.offline, "{:?}", outcome.errors);
        assert!(!outcome.signed_out);
        assert!(outcome.saved.is_empty() && outcome.conflicts.is_empty());
        assert!(
            outcome
                .errors
                .iter()
                .all(|e| matches!(e, PortalError::Unreachable(_))),
            "{:?}",
            outcome.errors
        );
        assert_eq!(outcome.queue.status.pending, 1);
        assert_eq!(
            outcome.queue.uploads.get(&id),
            Some(&vec![document.vault_id.clone()])
        );
        assert!(outcome.linked.is_empty());
    });
}
