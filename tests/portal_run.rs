//! `cittadinanza_core::portal::run` (the sync as the app runs it) without any GUI, against the
//! real `portal-server` on 127.0.0.1 and a real store: a draft is sent, the portal's change to
//! another section is merged and saved here, and the draft being edited keeps what was typed;
//! a save that lands while the run talks to the portal is kept and sent by the next run.

use std::io::Read;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::NaiveDate;
use cittadinanza_core::drafts::{self, Draft, SharedStore};
use cittadinanza_core::model::{Application, SectionId};
use cittadinanza_core::portal::{
    Client, ClientConfig, Credentials, DraftPart, DraftSource, LocalApplication, LocalDrafts,
    PortalError, Resolution, StoreDrafts, SyncEngine, run,
};
use cittadinanza_core::samples;
use cittadinanza_core::secrets::DataKey;
use cittadinanza_core::store::{ApplicantId, Store, StoreError};
use portal_server::AppState;

const PASSWORD: &str = "correct horse battery";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 15).expect("date")
}

/// A real portal on 127.0.0.1, a real store holding one complete draft, already sent.
struct Synced {
    rt: tokio::runtime::Runtime,
    _server_dir: tempfile::TempDir,
    _dir: tempfile::TempDir,
    store: SharedStore,
    engine: tokio::sync::Mutex<SyncEngine>,
    local: StoreDrafts,
    application: Application,
    id: ApplicantId,
    remote_id: String,
    /// Another computer signed in to the same account.
    other: Client,
}

fn synced() -> Synced {
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
    let other = Client::new(ClientConfig::new(url)).expect("client");
    rt.block_on(other.sign_in(&credentials)).expect("sign in");
    Synced {
        rt,
        _server_dir: server_dir,
        _dir: dir,
        store,
        engine,
        local,
        application,
        id,
        remote_id,
        other,
    }
}

impl Synced {
    /// The other computer changes the prefecture on the portal.
    fn prefecture_changed_on_the_portal(&self, prefecture: &str) {
        let record = self
            .rt
            .block_on(self.other.get_application(&self.remote_id))
            .expect("record");
        let mut theirs = record.draft.clone();
        theirs.legal_basis.prefecture = prefecture.into();
        self.rt
            .block_on(
                self.other
                    .update_application(&self.remote_id, record.version, &theirs),
            )
            .expect("their change");
    }

    fn on_portal(&self) -> Application {
        self.rt
            .block_on(self.other.get_application(&self.remote_id))
            .expect("record")
            .draft
    }

    fn stored(&self) -> Application {
        self.store
            .lock()
            .expect("store")
            .load(self.id)
            .expect("load")
    }

    /// Saves `draft` here (the store holds exactly it) and tells the engine, as the app does.
    fn saved(&self, draft: &mut Draft) -> Vec<DraftPart> {
        {
            let mut store = self.store.lock().expect("store");
            draft.snapshot().save(&mut store, self.id).expect("save");
        }
        let changed = draft.take_changes();
        self.rt.block_on(async {
            let mut locked = self.engine.lock().await;
            run::record_saved(
                &mut locked,
                &self.local,
                self.id,
                &changed,
                draft.application(),
                true,
            )
            .await
            .expect("recorded");
        });
        changed
    }
}

#[test]
fn a_run_sends_merges_and_saves_without_a_gui() {
    let h = synced();
    let (store, id) = (&h.store, h.id);
    // Another computer changes the prefecture on the portal...
    h.prefecture_changed_on_the_portal("Bergamo");

    // ... while the surname is changed and saved here, and typed on after the save.
    let mut draft = Draft::new(h.application.clone(), today());
    assert!(draft.set("personal.surname", "Hoxhaj".into()));
    let changed = h.saved(&mut draft);
    assert_eq!(changed, [DraftPart::Section(SectionId::Personal)]);
    let outcome = h.rt.block_on(run::run(&h.engine, &h.local, today()));
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
    let on_portal = h.on_portal();
    assert_eq!(on_portal.personal.surname, "Hoxhaj");
    assert_eq!(on_portal.legal_basis.prefecture, "Bergamo");

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

/// The app's store adapter, and an autosave that lands in the store just after the run read
/// the draft to push it (while the run talks to the portal).
struct SaveDuringRun<'a> {
    local: &'a StoreDrafts,
    store: &'a SharedStore,
    id: ApplicantId,
    newer: Mutex<Option<Application>>,
}

impl DraftSource for SaveDuringRun<'_> {
    fn load_draft(&self, local_id: &str) -> Result<Application, PortalError> {
        let read = self.local.load_draft(local_id)?;
        if let Some(newer) = self.newer.lock().expect("newer").take() {
            let mut store = self.store.lock().expect("store");
            drafts::save(&mut store, self.id, &newer, today()).expect("the newer save");
        }
        Ok(read)
    }

    fn load_document(&self, vault_id: &str) -> Result<Vec<u8>, PortalError> {
        self.local.load_document(vault_id)
    }

    fn open_document(&self, vault_id: &str) -> Result<Box<dyn Read + Send>, PortalError> {
        self.local.open_document(vault_id)
    }
}

impl LocalDrafts for SaveDuringRun<'_> {
    fn local_applications(&self) -> Result<Vec<LocalApplication>, PortalError> {
        self.local.local_applications()
    }

    fn save_merged(
        &self,
        id: ApplicantId,
        read: &Application,
        merged: &Application,
        today: NaiveDate,
    ) -> Result<Application, StoreError> {
        self.local.save_merged(id, read, merged, today)
    }
}

#[test]
fn a_save_made_while_the_run_talks_to_the_portal_is_kept_and_sent_next() {
    let h = synced();
    h.prefecture_changed_on_the_portal("Bergamo");
    // The surname is saved here and told to the engine...
    let mut draft = Draft::new(h.application.clone(), today());
    assert!(draft.set("personal.surname", "Hoxhaj".into()));
    h.saved(&mut draft);
    // ... then the name, the language certificate and a scan are saved too, but that save
    // lands just after the run read the draft (its `Saved` not told yet, or its editor gone).
    assert!(draft.set("personal.name", "Elira".into()));
    assert!(draft.set("language.certificate_number", "CILS-2026-77".into()));
    let scan = vec![7u8; 4096];
    let document = h
        .store
        .lock()
        .expect("store")
        .import_document_bytes(
            h.id,
            "cils.pdf",
            &scan,
            cittadinanza_core::model::DocumentKind::LanguageCertificate,
            "",
        )
        .expect("import");
    let attached = document.clone();
    draft.update(|a| a.documents.attached.push(attached));
    let during = SaveDuringRun {
        local: &h.local,
        store: &h.store,
        id: h.id,
        newer: Mutex::new(Some(draft.application().clone())),
    };
    let outcome = h.rt.block_on(run::run(&h.engine, &during, today()));
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    assert!(
        outcome.store_errors.is_empty(),
        "{:?}",
        outcome.store_errors
    );
    assert!(outcome.conflicts.is_empty());
    assert!(during.newer.lock().expect("newer").is_none(), "saved");

    // The newer save stays, with the portal's change.
    let stored = h.stored();
    assert_eq!(stored.legal_basis.prefecture, "Bergamo");
    assert_eq!(stored.personal.surname, "Hoxhaj");
    assert_eq!(stored.personal.name, "Elira");
    assert_eq!(stored.language.certificate_number, "CILS-2026-77");
    assert_eq!(stored.documents.attached.last(), Some(&document));
    assert_eq!(outcome.saved, [(h.id, stored.clone())]);
    // The portal lacks what that save changed: it is queued, the scan too.
    {
        let engine = h.rt.block_on(h.engine.lock());
        let entry = engine.entry(&h.id.to_string()).expect("entry");
        assert!(entry.pending);
        assert_eq!(
            entry.dirty_sections.iter().collect::<Vec<_>>(),
            ["documents", "language", "personal"]
        );
        assert!(
            (entry.pending_uploads.iter()).any(|u| u.vault_id == document.vault_id),
            "{:?}",
            entry.pending_uploads
        );
    }
    assert_eq!(outcome.queue.status.pending, 1);
    assert!(outcome.requeued, "the app is told to run again");
    assert!((outcome.queue.uploads.get(&h.id)).is_some_and(|ids| ids.contains(&document.vault_id)));
    let on_portal = h.on_portal();
    assert_eq!(on_portal.personal.surname, "Hoxhaj");
    assert_eq!(on_portal.personal.name, h.application.personal.name);
    assert!(!on_portal.documents.attached.contains(&document));

    // The editor takes the merge in: it shows the portal's change and keeps what it saved.
    assert!(draft.merged(stored.clone()));
    assert_eq!(draft.application(), &stored);

    // The next run sends the newer save and the scan; nothing to merge any more.
    let outcome = h.rt.block_on(run::run(&h.engine, &h.local, today()));
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    assert!(outcome.saved.is_empty());
    assert!(!outcome.requeued);
    assert_eq!(outcome.queue.status.pending, 0);
    assert!((outcome.queue.uploads.get(&h.id)).is_none_or(|ids| !ids.contains(&document.vault_id)));
    let uploaded =
        h.rt.block_on(h.engine.lock())
            .entry(&h.id.to_string())
            .map(|e| e.uploaded.clone());
    assert!(uploaded.is_some_and(|u| u.contains(&document.sha256.to_ascii_lowercase())));
    let on_portal = h.on_portal();
    assert_eq!(on_portal.legal_basis.prefecture, "Bergamo");
    assert_eq!(on_portal.personal.surname, "Hoxhaj");
    assert_eq!(on_portal.personal.name, "Elira");
    assert_eq!(on_portal.language.certificate_number, "CILS-2026-77");
    assert_eq!(on_portal.documents.attached.last(), Some(&document));
    assert_eq!(h.stored(), stored);
}

/// A conflict resolved after more was saved here: the resolution is saved without undoing
/// that save, and what the portal lacks of it is sent next.
#[test]
fn a_resolution_keeps_what_was_saved_since_the_conflict() {
    let h = synced();
    h.prefecture_changed_on_the_portal("Bergamo");
    let mut draft = Draft::new(h.application.clone(), today());
    assert!(draft.set("legal_basis.prefecture", "Novara".into()));
    h.saved(&mut draft);
    let outcome = h.rt.block_on(run::run(&h.engine, &h.local, today()));
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let [conflict] = outcome.conflicts.as_slice() else {
        panic!("one conflict: {:?}", outcome.conflicts);
    };
    assert_eq!(conflict.read.legal_basis.prefecture, "Novara");

    // The name is saved here before the user settles the prefecture.
    assert!(draft.set("personal.name", "Elira".into()));
    h.saved(&mut draft);
    let choices = [(
        DraftPart::Section(SectionId::LegalBasis),
        Resolution::TakeTheirs,
    )]
    .into_iter()
    .collect();
    let stored =
        h.rt.block_on(run::resolve(
            &h.engine,
            &h.local,
            conflict,
            &choices,
            today(),
        ))
        .expect("resolved");
    assert_eq!(stored, h.stored());
    assert_eq!(stored.legal_basis.prefecture, "Bergamo");
    assert_eq!(stored.personal.name, "Elira");
    {
        let engine = h.rt.block_on(h.engine.lock());
        let entry = engine.entry(&h.id.to_string()).expect("entry");
        assert!(entry.pending && entry.conflict_version.is_none());
        assert_eq!(
            entry.dirty_sections.iter().collect::<Vec<_>>(),
            ["personal"]
        );
    }
    assert_eq!(h.on_portal().personal.name, h.application.personal.name);

    let outcome = h.rt.block_on(run::run(&h.engine, &h.local, today()));
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    assert!(outcome.saved.is_empty() && outcome.conflicts.is_empty());
    assert_eq!(outcome.queue.status.pending, 0);
    let on_portal = h.on_portal();
    assert_eq!(on_portal.legal_basis.prefecture, "Bergamo");
    assert_eq!(on_portal.personal.name, "Elira");
}
