//! `cittadinanza_core::portal::run` (the sync as the app runs it) without any GUI, against the
//! real `portal-server` on 127.0.0.1 and a real store: a draft is sent, the portal's change to
//! another section is merged and saved here, and the draft being edited keeps what was typed.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::NaiveDate;
use cittadinanza_core::drafts::{self, Draft, SharedStore};
use cittadinanza_core::model::{Application, SectionId};
use cittadinanza_core::portal::{
    Client, ClientConfig, Credentials, DraftPart, StoreDrafts, SyncEngine, run,
};
use cittadinanza_core::samples;
use cittadinanza_core::secrets::DataKey;
use cittadinanza_core::store::Store;
use portal_server::AppState;

const PASSWORD: &str = "correct horse battery";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 15).expect("date")
}

#[test]
fn a_run_sends_merges_and_saves_without_a_gui() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let server_dir = tempfile::tempdir().expect("server dir");
    let state = rt
        .block_on(AppState::open(&server_dir.path().join("portal.db"), None))
        .expect("portal database");
    let (addr, _) = rt
        .block_on(portal_server::spawn_on(
            "127.0.0.1:0".parse().expect("address"),
            state,
        ))
        .expect("server");
    let url = format!("http://{addr}");
    let credentials = Credentials {
        email: "elira@example.org".into(),
        password: PASSWORD.into(),
    };
    let mut config = ClientConfig::new(url.clone());
    config.request_timeout = Duration::from_secs(10);
    let client = Client::new(config).expect("client");
    rt.block_on(client.register(&credentials))
        .expect("register");

    let dir = tempfile::tempdir().expect("data dir");
    let key = DataKey::generate();
    let store: SharedStore = Arc::new(Mutex::new(
        Store::open(dir.path(), key.clone()).expect("store"),
    ));
    let engine = tokio::sync::Mutex::new(
        SyncEngine::open(client, dir.path().join("portal-sync.queue"), key).expect("queue"),
    );
    let local = StoreDrafts::untranslated(store.clone());
    let application = samples::complete_art9(today());
    let id = {
        let mut store = store.lock().expect("store");
        let id = store.create(&Application::new()).expect("create");
        drafts::save(&mut store, id, &application, today()).expect("save");
        id
    };

    // Sync now: the open draft is sent whole.
    let outcome = rt.block_on(async {
        let mut locked = engine.lock().await;
        run::queue_open(&mut locked, &local, id, &application)
            .await
            .expect("queued");
        drop(locked);
        run::run(&engine, &local, today()).await
    });
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    assert!(!outcome.offline);
    assert_eq!(outcome.queue.status.pending, 0);
    assert!(outcome.linked.contains(&id));
    assert_eq!(outcome.reports.len(), 1);
    let remote_id = rt
        .block_on(engine.lock())
        .entry(&id.to_string())
        .and_then(|e| e.remote_id.clone())
        .expect("on the portal");

    // Another computer changes the prefecture on the portal...
    let other = Client::new(ClientConfig::new(url)).expect("client");
    rt.block_on(other.sign_in(&credentials)).expect("sign in");
    let record = rt
        .block_on(other.get_application(&remote_id))
        .expect("record");
    let mut theirs = record.draft.clone();
    theirs.legal_basis.prefecture = "Bergamo".into();
    rt.block_on(other.update_application(&remote_id, record.version, &theirs))
        .expect("their change");

    // ... while the surname is changed and saved here, and typed on after the save.
    let mut draft = Draft::new(application.clone(), today());
    assert!(draft.set("personal.surname", "Hoxhaj".into()));
    {
        let mut store = store.lock().expect("store");
        draft.snapshot().save(&mut store, id).expect("save");
    }
    let changed = draft.take_changes();
    assert_eq!(changed, [DraftPart::Section(SectionId::Personal)]);
    let outcome = rt.block_on(async {
        let mut locked = engine.lock().await;
        run::record_saved(&mut locked, &local, id, &changed, draft.application(), true)
            .await
            .expect("recorded");
        drop(locked);
        run::run(&engine, &local, today()).await
    });
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    assert!(outcome.conflicts.is_empty(), "different sections merge");
    assert_eq!(outcome.saved.len(), 1);
    let stored = store.lock().expect("store").load(id).expect("load");
    assert_eq!(stored.legal_basis.prefecture, "Bergamo");
    assert_eq!(stored.personal.surname, "Hoxhaj");
    assert_eq!(outcome.saved[0].1, stored);
    let summary = store.lock().expect("store").summary(id).cloned();
    assert_eq!(
        summary.map(|s| s.sections_complete),
        Some(drafts::sections_complete(&stored, today()))
    );
    let on_portal = rt
        .block_on(other.get_application(&remote_id))
        .expect("record");
    assert_eq!(on_portal.draft.personal.surname, "Hoxhaj");
    assert_eq!(on_portal.draft.legal_basis.prefecture, "Bergamo");

    // The editor typed meanwhile: the merge comes in, the typing stays, and only the typed
    // part is a change to send next.
    assert!(draft.set("personal.name", "Elira".into()));
    assert!(draft.merged(stored));
    assert_eq!(draft.application().legal_basis.prefecture, "Bergamo");
    assert_eq!(draft.application().personal.name, "Elira");
    assert_eq!(
        draft.take_changes(),
        [DraftPart::Section(SectionId::Personal)]
    );
}
