//! The portal screen driven like a user against the REAL portal server (axum + SQLite in a
//! temporary folder) listening on 127.0.0.1: sign-in, sync, offline queue, conflicts,
//! submission, communications and "Associa pratica".

mod gui_support;

use std::net::SocketAddr;
use std::time::Duration;

use chrono::{Days, NaiveDate};
use cittadinanza::app::{Message, Screen};
use cittadinanza::i18n::{Language, t, t_args};
use cittadinanza::portal::Tokens;
use cittadinanza::screen::{applicants, documents, editor, pdf, settings as settings_screen};
use cittadinanza::store::UiError;
use cittadinanza_core::model::{Application, DocumentKind, SectionId};
use cittadinanza_core::portal::{
    Client, ClientConfig, CommunicationKind, Credentials, DraftPart, NewCommunication, Role,
    SyncEngine,
};
use cittadinanza_core::rules::checklist::checklist;
use cittadinanza_core::samples;
use cittadinanza_core::store::ApplicantId;
use gui_support::{Harness, today};
use iced_test::selector::id;
use portal_server::AppState;
use portal_server::admin::{AdminCommunication, issue_communication};
use sha2::{Digest, Sha256};

const ADMIN_TOKEN: &str = "admin-token-for-gui-tests-0123456789";
const PASSWORD: &str = "correct horse battery";

/// The server on its own runtime: dropping the runtime really cuts every connection, as a
/// server going down would.
struct Server {
    runtime: Option<tokio::runtime::Runtime>,
    state: Option<AppState>,
    dir: tempfile::TempDir,
    addr: SocketAddr,
}

impl Server {
    fn start() -> Server {
        let dir = tempfile::tempdir().expect("tempdir");
        Server::start_in(dir, "127.0.0.1:0".parse().expect("address"))
    }

    fn start_in(dir: tempfile::TempDir, addr: SocketAddr) -> Server {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("server runtime");
        let state = runtime
            .block_on(AppState::open(
                &dir.path().join("portal.db"),
                Some(ADMIN_TOKEN.into()),
            ))
            .expect("open portal database");
        // The port of a stopped server is free again after a moment.
        let mut attempts = 0;
        let addr = loop {
            match runtime.block_on(portal_server::spawn_on(addr, state.clone())) {
                Ok((addr, _)) => break addr,
                Err(error) if attempts < 50 => {
                    attempts += 1;
                    eprintln!("rebinding {addr}: {error}");
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(error) => panic!("bind {addr}: {error}"),
            }
        };
        Server {
            runtime: Some(runtime),
            state: Some(state),
            dir,
            addr,
        }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn stop(mut self) -> (tempfile::TempDir, SocketAddr) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_timeout(Duration::from_secs(2));
        }
        self.state = None;
        (self.dir, self.addr)
    }

    fn block_on<F: std::future::Future>(&self, future: F) -> F::Output {
        self.runtime.as_ref().expect("running").block_on(future)
    }

    /// A signed-in client of the same account (another computer).
    fn client(&self, email: &str) -> Client {
        let client = Client::new(ClientConfig::new(self.url())).expect("client");
        self.block_on(client.sign_in(&Credentials {
            email: email.into(),
            password: PASSWORD.into(),
        }))
        .expect("sign in");
        client
    }

    fn create_operator(&self, email: &str) {
        let state = self.state.as_ref().expect("running");
        let hash = portal_server::auth::hash_password(PASSWORD).expect("hash");
        self.block_on(async {
            let mut conn = state.db().await.expect("db");
            portal_server::db::create_account(&mut conn, email, &hash, Role::Operator).await
        })
        .expect("operator");
    }

    /// Issues a communication as the prefecture (the admin API's operation).
    fn communicate(&self, k10: &str, kind: CommunicationKind, date: NaiveDate, days: Option<u32>) {
        let state = self.state.as_ref().expect("running");
        self.block_on(async {
            let mut conn = state.db().await.expect("db");
            issue_communication(
                &mut conn,
                &AdminCommunication {
                    application_id: None,
                    k10_number: Some(k10.into()),
                    communication: NewCommunication {
                        kind,
                        date,
                        response_days: days,
                        appointment_date: None,
                        place: String::new(),
                        text: "Prefettura di Milano".into(),
                    },
                },
            )
            .await
        })
        .expect("issue communication");
    }
}

/// Short timeouts and retries so that an unreachable server shows up at once.
fn fast(config: &mut ClientConfig) {
    config.connect_timeout = Duration::from_secs(2);
    config.request_timeout = Duration::from_secs(10);
    config.max_retries = 1;
    config.backoff_base = Duration::from_millis(10);
    config.backoff_max = Duration::from_millis(50);
}

/// The OS keyring only when `scripts/test` provides a throw-away one.
fn tokens() -> Tokens {
    match std::env::var("CITTADINANZA_SECRET_SERVICE").as_deref() {
        Ok("available") => Tokens::Keyring {
            service: Some(format!(
                "cittadinanza-test-gui-{}",
                uuid::Uuid::new_v4().simple()
            )),
        },
        _ => Tokens::default(),
    }
}

fn harness(server: &Server) -> Harness {
    harness_with(server, tokens())
}

fn harness_with(server: &Server, tokens: Tokens) -> Harness {
    let mut h = Harness::new(Language::En, false);
    let task = h.app.configure_portal(tokens, fast);
    h.run(task);
    h.send(Message::Settings(settings_screen::Message::PortalUrl(
        server.url(),
    )));
    h.send(Message::Navigate(Screen::Portal));
    h
}

fn enter_credentials(h: &mut Harness, email: &str) {
    // The field keeps the last e-mail used: start afresh.
    h.send(Message::Portal(
        cittadinanza::screen::portal::Message::EmailChanged(String::new()),
    ));
    h.type_into("portal-email", email).expect("e-mail field");
    h.type_into("portal-password", PASSWORD)
        .expect("password field");
}

fn register(h: &mut Harness, email: &str) {
    enter_credentials(h, email);
    h.click(id("portal-register")).expect("register button");
    assert_eq!(
        h.app.portal.account.as_ref().map(|a| a.role),
        Some(Role::Applicant),
        "error: {:?}",
        h.app.portal.error
    );
}

fn pending(count: usize) -> String {
    t_args("portal-sync-pending", &[("count", count.to_string())])
}

/// What the Portal screen says instead of "all synchronised" while documents fail.
fn uploads_failing(count: usize, error: &str) -> String {
    t_args(
        "portal-sync-uploads-failing",
        &[("count", count.to_string()), ("error", error.to_string())],
    )
}

fn sync_now(h: &mut Harness) {
    h.send(Message::Navigate(Screen::Portal));
    h.click(id("portal-sync-now")).expect("sync button");
}

fn open_new_applicant(h: &mut Harness) -> ApplicantId {
    h.send(Message::Navigate(Screen::Applicants));
    h.click(id("start-application"))
        .expect("start an application");
    h.app.editor.as_ref().expect("editor").id
}

fn open_stored(h: &mut Harness, application: &Application) -> ApplicantId {
    let id = h
        .store
        .lock()
        .expect("store")
        .create(application)
        .expect("create");
    h.send(Message::Applicants(applicants::Message::Open(id)));
    assert_eq!(h.app.editor.as_ref().map(|e| e.id), Some(id));
    id
}

/// Types into a field of the open applicant (the autosave runs at once in tests).
fn edit(h: &mut Harness, section: SectionId, path: &str, text: &str) {
    h.send(Message::Navigate(Screen::Editor));
    h.click(id(format!("section-{}", section.key())))
        .expect("section");
    h.type_into(path, text).expect("field");
    let editor = h.app.editor.as_ref().expect("editor");
    assert!(!editor.has_unsaved_changes(), "autosaved");
}

fn remote_id(h: &Harness, local: ApplicantId) -> String {
    let portal = h.app.portal.connection.as_ref().expect("portal");
    let engine = portal.engine.try_lock().expect("engine idle");
    engine
        .entry(&local.to_string())
        .and_then(|e| e.remote_id.clone())
        .expect("linked")
}

fn stored(h: &Harness, id: ApplicantId) -> Application {
    h.store.lock().expect("store").load(id).expect("load")
}

#[test]
fn sign_in_sync_offline_queue_and_recovery() {
    let server = Server::start();
    let mut h = harness(&server);
    assert!(h.shows(&t("portal-sign-in")));

    // Wrong password: a translated error, still signed out.
    register(&mut h, "amina@example.org");
    h.click(id("portal-sign-out")).expect("sign out");
    assert!(h.app.portal.account.is_none());
    // The e-mail stays in its field after signing out.
    assert_eq!(h.app.portal.email, "amina@example.org");
    h.type_into("portal-password", "not the password")
        .expect("password");
    h.click(id("portal-sign-in")).expect("sign in");
    assert!(h.shows(&t("err-portal-bad-credentials")));
    assert!(h.app.portal.account.is_none());

    // The fields keep the e-mail; the password is typed again.
    h.send(Message::Portal(
        cittadinanza::screen::portal::Message::PasswordChanged(String::new()),
    ));
    h.type_into("portal-password", PASSWORD).expect("password");
    h.click(id("portal-sign-in")).expect("sign in");
    let role = t("portal-role-applicant");
    assert!(h.shows(&t_args(
        "portal-signed-in-as",
        &[("email", "amina@example.org"), ("role", role.as_str())]
    )));

    // A new applicant is sent with "Sync now": nothing left pending, status Draft.
    let local = open_new_applicant(&mut h);
    edit(&mut h, SectionId::Personal, "personal.surname", "Hoxha");
    sync_now(&mut h);
    assert!(h.shows(&pending(0)), "error: {:?}", h.app.portal.error);
    let draft_status = t("portal-status-draft");
    assert!(h.shows(&t_args(
        "portal-status-line",
        &[("status", draft_status.as_str())]
    )));
    let remote = remote_id(&h, local);
    let other = server.client("amina@example.org");
    let on_portal = server
        .block_on(other.get_application(&remote))
        .expect("on the portal");
    assert_eq!(on_portal.draft.personal.surname, "Hoxha");

    // The portal goes down: the edit is saved locally and queued; the screen says offline.
    let (dir, addr) = server.stop();
    edit(&mut h, SectionId::Personal, "personal.name", "Amina");
    h.send(Message::Navigate(Screen::Portal));
    assert!(h.shows(&pending(1)), "status {:?}", h.app.portal.status);
    assert!(h.shows(&t("portal-offline")));
    assert_eq!(stored(&h, local).personal.name, "Amina");

    // Back up: the queue drains.
    let server = Server::start_in(dir, addr);
    sync_now(&mut h);
    assert!(h.shows(&pending(0)), "error: {:?}", h.app.portal.error);
    assert!(!h.shows(&t("portal-offline")));
    let other = server.client("amina@example.org");
    let on_portal = server
        .block_on(other.get_application(&remote))
        .expect("on the portal");
    assert_eq!(on_portal.draft.personal.name, "Amina");
    assert!(h.app.portal.last_sync.is_some());
}

/// Types into a field of the open applicant without letting the autosave run (its timer is
/// dropped), then starts the save: the task of that save is returned unrun, so that the test
/// decides when the store answers (as when the user leaves within the second of a save).
fn typed_then_saving(h: &mut Harness, path: &str, text: &str) -> iced::Task<Message> {
    let id = h.app.editor.as_ref().expect("editor").id;
    let typed = editor::Message::TextChanged(path.into(), text.into());
    drop(h.app.update(Message::Editor(id, typed)));
    let save = h.app.update(Message::Editor(id, editor::Message::Save));
    assert!(h.app.editor.as_ref().expect("editor").is_saving());
    save
}

/// Starts one more applicant (the button of the help desk's list and of the empty list).
fn open_another_applicant(h: &mut Harness) -> ApplicantId {
    h.send(Message::Navigate(Screen::Applicants));
    h.send(Message::Applicants(applicants::Message::Create));
    h.app.editor.as_ref().expect("editor").id
}

/// The store's answer to `save` replaced by a failure (the folder taken by another program).
fn failing(save: iced::Task<Message>) -> iced::Task<Message> {
    save.map(|message| match message {
        Message::Editor(id, editor::Message::Saved(generation, _)) => Message::Editor(
            id,
            editor::Message::Saved(generation, Err(UiError::new("store-in-use"))),
        ),
        other => other,
    })
}

#[test]
fn the_last_save_of_a_draft_left_reaches_the_portal_and_its_failure_is_shown() {
    let server = Server::start();
    let mut h = harness(&server);
    register(&mut h, "besa@example.org");
    let first = open_new_applicant(&mut h);
    edit(&mut h, SectionId::Personal, "personal.surname", "Krasniqi");
    sync_now(&mut h);
    assert!(h.shows(&pending(0)), "error {:?}", h.app.portal.error);
    let remote = remote_id(&h, first);

    // The name is typed, and another applicant is started while that save is running.
    let save = typed_then_saving(&mut h, "personal.name", "Besa");
    let second = open_another_applicant(&mut h);
    assert_ne!(second, first);
    h.run(save);
    assert_eq!(stored(&h, first).personal.name, "Besa");
    // The draft left told the sync engine: the name reaches the portal.
    sync_now(&mut h);
    assert!(h.shows(&pending(0)), "error {:?}", h.app.portal.error);
    let other = server.client("besa@example.org");
    let on_portal = server
        .block_on(other.get_application(&remote))
        .expect("on the portal");
    assert_eq!(on_portal.draft.personal.name, "Besa");

    // The last save of the second draft fails after it was left: the error is shown, and
    // what was typed is there when it is opened again, then saved and sent.
    edit(&mut h, SectionId::Personal, "personal.surname", "Morina");
    sync_now(&mut h);
    assert!(h.shows(&pending(0)), "error {:?}", h.app.portal.error);
    let second_remote = remote_id(&h, second);
    h.send(Message::Navigate(Screen::Editor));
    let save = typed_then_saving(&mut h, "personal.name", "Drita");
    h.send(Message::Applicants(applicants::Message::Open(first)));
    h.run(failing(save));
    assert!(h.shows(&t("store-in-use")), "the failure is shown");
    h.send(Message::Applicants(applicants::Message::Open(second)));
    let reopened = h.app.editor.as_ref().expect("editor");
    assert_eq!(reopened.id, second);
    assert_eq!(reopened.application().personal.name, "Drita");
    assert!(!reopened.has_unsaved_changes(), "saved again on reopening");
    assert_eq!(stored(&h, second).personal.name, "Drita");
    sync_now(&mut h);
    assert!(h.shows(&pending(0)), "error {:?}", h.app.portal.error);
    let on_portal = server
        .block_on(other.get_application(&second_remote))
        .expect("on the portal");
    assert_eq!(on_portal.draft.personal.name, "Drita");
    // The notice stays until it is read.
    assert!(h.shows(&t("store-in-use")));
    h.click(id("app-notice-dismiss"))
        .expect("dismiss the notice");
    assert!(!h.shows(&t("store-in-use")), "the notice is gone");
}

/// Imports a file into the vault for `applicant`, and returns the documents screen's task
/// that attaches it to the applicant's draft in the store (unrun).
fn imported_for(
    h: &mut Harness,
    applicant: ApplicantId,
    name: &str,
) -> (String, iced::Task<Message>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join(name);
    std::fs::write(&file, format!("%PDF-1.4 scan of {name}")).expect("write file");
    let document = h
        .store
        .lock()
        .expect("store")
        .import_document(applicant, &file, DocumentKind::IdentityDocument, "")
        .expect("import");
    let vault_id = document.vault_id.clone();
    let attach = h
        .app
        .update(Message::Documents(documents::Message::Imported(
            applicant,
            Ok(document),
        )));
    (vault_id, attach)
}

#[test]
fn a_file_attached_to_a_closed_draft_stays_when_that_draft_is_open_again_or_being_left() {
    let server = Server::start();
    let mut h = harness(&server);
    register(&mut h, "valon@example.org");
    let local = open_new_applicant(&mut h);
    edit(&mut h, SectionId::Personal, "personal.surname", "Berisha");
    // Offline: the scans stay in the queue, where they can be seen.
    let (_dir, _addr) = server.stop();

    // Closed while its scan enters the vault, and opened again before the scan is attached
    // in the store: the open editor takes it in, and its next autosave keeps it.
    h.send(Message::Editor(local, editor::Message::Back));
    assert!(h.app.editor.is_none());
    let (passport, attach) = imported_for(&mut h, local, "passaporto.pdf");
    h.send(Message::Applicants(applicants::Message::Open(local)));
    h.run(attach);
    edit(&mut h, SectionId::Personal, "personal.name", "Valon");
    let attached = |h: &Harness| -> Vec<String> {
        let stored = stored(h, local);
        stored
            .documents
            .attached
            .iter()
            .map(|d| d.vault_id.clone())
            .collect()
    };
    assert_eq!(attached(&h), std::slice::from_ref(&passport));
    assert_eq!(stored(&h, local).personal.name, "Valon");
    let shown = &h
        .app
        .editor
        .as_ref()
        .expect("editor")
        .application()
        .documents;
    assert_eq!(shown.attached.len(), 1);
    assert_eq!(queued_uploads(&h, local), std::slice::from_ref(&passport));

    // Being left (its last save running) when a scan is attached in the store: the save of
    // the draft left does not drop it.
    h.send(Message::Navigate(Screen::Editor));
    let save = typed_then_saving(&mut h, "personal.name", "Valentin");
    open_another_applicant(&mut h);
    let (birth, attach) = imported_for(&mut h, local, "atto.pdf");
    h.run(attach);
    h.run(save);
    assert_eq!(attached(&h), [passport.clone(), birth.clone()]);
    assert_eq!(stored(&h, local).personal.name, "Valentin");
    assert_eq!(queued_uploads(&h, local), [passport, birth]);
}

/// A scan attached to the stored draft while the editor, opened again, has saved the name but
/// not reported it yet (the prefecture was typed during that save): the sections saved before
/// the scan still reach the sync engine.
#[test]
fn sections_saved_before_a_scan_is_attached_elsewhere_are_still_sent() {
    let server = Server::start();
    let mut h = harness(&server);
    register(&mut h, "arta@example.org");
    let local = open_new_applicant(&mut h);
    edit(&mut h, SectionId::Personal, "personal.surname", "Gashi");
    sync_now(&mut h);
    assert!(h.shows(&pending(0)), "error {:?}", h.app.portal.error);
    // Offline: what the engine was told stays in its queue, where it can be seen.
    let (_dir, _addr) = server.stop();
    assert!(dirty_sections(&h, local).is_empty());

    // Closed while its scan enters the vault; opened again before the scan is attached.
    h.send(Message::Editor(local, editor::Message::Back));
    assert!(h.app.editor.is_none());
    let (passport, attach) = imported_for(&mut h, local, "passaporto.pdf");
    h.send(Message::Applicants(applicants::Message::Open(local)));
    h.send(Message::Navigate(Screen::Editor));
    let name_saved = typed_then_saving(&mut h, "personal.name", "Arta");
    let prefecture = editor::Message::TextChanged("legal_basis.prefecture".into(), "Milano".into());
    drop(h.app.update(Message::Editor(local, prefecture)));

    // In the store, in this order: the name, then the scan; then the editor hears of both.
    let name_answers = h.answers(name_saved);
    let attach_answers = h.answers(attach);
    assert_eq!(stored(&h, local).personal.name, "Arta");
    let prefecture_saved: Vec<_> = name_answers
        .into_iter()
        .map(|answer| h.app.update(answer))
        .collect();
    for answer in attach_answers {
        h.send(answer);
    }
    for task in prefecture_saved {
        h.run(task);
    }

    let saved = stored(&h, local);
    assert_eq!(saved.legal_basis.prefecture, "Milano");
    let attached: Vec<_> = saved
        .documents
        .attached
        .iter()
        .map(|d| &d.vault_id)
        .collect();
    assert_eq!(attached, [&passport]);
    assert!(!h.app.editor.as_ref().expect("editor").has_unsaved_changes());
    let dirty = dirty_sections(&h, local);
    for section in [
        SectionId::Personal,
        SectionId::LegalBasis,
        SectionId::Documents,
    ] {
        assert!(
            dirty.contains(&section.key().to_string()),
            "{section:?} in {dirty:?}"
        );
    }
}

/// The sections the sync engine knows changed and not sent yet, as a restart would find them.
fn dirty_sections(h: &Harness, local: ApplicantId) -> Vec<String> {
    let client = Client::new(ClientConfig::new("http://127.0.0.1:9")).expect("client");
    let key = h.store.lock().expect("store").data_key();
    let engine = SyncEngine::open(
        client,
        h.app.data_dir().join(cittadinanza::portal::QUEUE_FILE),
        key,
    )
    .expect("queue file");
    engine
        .entry(&local.to_string())
        .map(|e| e.dirty_sections.iter().cloned().collect())
        .unwrap_or_default()
}

/// Runs `task` and the tasks its messages lead to, as the harness does, and says whether one
/// of them closed the window (which ends the application).
fn closes(h: &mut Harness, task: iced::Task<Message>) -> bool {
    use iced::futures::StreamExt;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let mut closed = false;
    let mut queue = std::collections::VecDeque::from([task]);
    while let Some(task) = queue.pop_front() {
        let Some(mut stream) = iced_runtime::task::into_stream(task) else {
            continue;
        };
        while let Some(action) = runtime.block_on(stream.next()) {
            match action {
                iced_runtime::Action::Output(message) => queue.push_back(h.app.update(message)),
                iced_runtime::Action::Window(iced_runtime::window::Action::Close(_)) => {
                    closed = true;
                }
                _ => {}
            }
        }
    }
    closed
}

#[test]
fn closing_the_window_waits_for_the_last_save_of_a_draft_left() {
    let mut h = Harness::new(Language::En, false);
    let first = open_new_applicant(&mut h);
    let save = typed_then_saving(&mut h, "personal.surname", "Rexhepi");
    open_another_applicant(&mut h);
    let window = iced::window::Id::unique();
    let close = h.app.update(Message::CloseRequested(window));
    assert!(!closes(&mut h, close), "not while the draft left is saved");
    assert!(closes(&mut h, save), "once it is saved");
    assert_eq!(stored(&h, first).personal.surname, "Rexhepi");

    // A save that fails keeps the window open; closing again saves again, then closes.
    let second = h.app.editor.as_ref().expect("editor").id;
    let save = typed_then_saving(&mut h, "personal.surname", "Kelmendi");
    h.send(Message::Applicants(applicants::Message::Open(first)));
    assert!(!closes(&mut h, failing(save)), "the draft is not saved");
    assert!(h.shows(&t("store-in-use")));
    let close = h.app.update(Message::CloseRequested(window));
    assert!(
        closes(&mut h, close),
        "saved on the second try, then closed"
    );
    assert_eq!(stored(&h, second).personal.surname, "Kelmendi");
}

#[test]
fn closing_the_window_waits_for_a_file_on_its_way_to_the_vault() {
    let mut h = Harness::new(Language::En, false);
    let first = open_new_applicant(&mut h);
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("passaporto.pdf");
    std::fs::write(&file, "%PDF-1.4 passaporto").expect("write file");
    let kind = editor::Message::AttachKindChosen(DocumentKind::IdentityDocument);
    h.send(Message::Editor(first, kind));
    let importing = h.app.update(Message::Editor(
        first,
        editor::Message::FilePicked(Some(file)),
    ));
    // Another applicant is opened while the file enters the vault: it then goes to the
    // first one's draft in the store, and the window waits for both steps.
    open_another_applicant(&mut h);
    let window = iced::window::Id::unique();
    let close = h.app.update(Message::CloseRequested(window));
    assert!(
        !closes(&mut h, close),
        "not while the file enters the vault"
    );
    assert!(h.shows(&t("app-closing-waiting")));
    assert!(closes(&mut h, importing), "once it is in the first draft");
    assert_eq!(stored(&h, first).documents.attached.len(), 1);
}

#[test]
fn closing_the_window_waits_for_a_file_added_on_the_documents_screen() {
    let mut h = Harness::new(Language::En, false);
    let local = open_new_applicant(&mut h);
    h.send(Message::Navigate(Screen::Documents));
    let items = checklist(
        h.app.editor.as_ref().expect("editor").application(),
        today(),
    );
    let index = (items.iter())
        .position(|item| item.kind == DocumentKind::BirthCertificate)
        .expect("birth certificate asked for");
    h.send(Message::Documents(documents::Message::StartAdd(index)));
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("atto-di-nascita.pdf");
    std::fs::write(&file, "%PDF-1.4 atto").expect("write file");
    let importing = h
        .app
        .update(Message::Documents(documents::Message::FilePicked(Some(
            file,
        ))));
    let window = iced::window::Id::unique();
    let close = h.app.update(Message::CloseRequested(window));
    assert!(
        !closes(&mut h, close),
        "not while the file enters the vault"
    );
    assert!(closes(&mut h, importing), "once the draft with it is saved");
    assert_eq!(stored(&h, local).documents.attached.len(), 1);
}

#[test]
fn closing_the_window_waits_for_a_pdf_kept_in_the_vault() {
    let mut h = Harness::new(Language::En, false);
    let local = open_new_applicant(&mut h);
    h.send(Message::Navigate(Screen::Pdf));
    h.app.pdf.generated = Some(pdf::Generated {
        bytes: std::sync::Arc::new(b"%PDF-1.4 riepilogo".to_vec()),
        file_name: "riepilogo-domanda.pdf".into(),
    });
    let keeping = h.app.update(Message::Pdf(pdf::Message::KeepInVault));
    let window = iced::window::Id::unique();
    let close = h.app.update(Message::CloseRequested(window));
    assert!(!closes(&mut h, close), "not while the PDF enters the vault");
    assert!(closes(&mut h, keeping), "once the draft with it is saved");
    assert_eq!(stored(&h, local).documents.attached.len(), 1);
}

#[test]
fn the_window_can_be_closed_anyway_when_a_save_keeps_failing() {
    let mut h = Harness::new(Language::En, false);
    open_new_applicant(&mut h);
    let save = typed_then_saving(&mut h, "personal.surname", "Rexhepi");
    open_another_applicant(&mut h);
    let window = iced::window::Id::unique();
    let close = h.app.update(Message::CloseRequested(window));
    assert!(!closes(&mut h, close));
    assert!(
        !closes(&mut h, failing(save)),
        "the draft left is not saved"
    );
    assert!(h.shows(&t("store-in-use")));
    assert!(h.shows(&t("app-closing-waiting")));

    let clicked: Vec<Message> = {
        let mut ui = h.ui();
        ui.click(id("app-close-anyway")).expect("Close anyway");
        ui.into_messages().collect()
    };
    let mut closed = false;
    for message in clicked {
        let task = h.app.update(message);
        closed |= closes(&mut h, task);
    }
    assert!(closed, "closed without the draft left");
}

#[test]
fn a_conflict_is_settled_section_by_section() {
    let server = Server::start();
    let mut h = harness(&server);
    register(&mut h, "bora@example.org");
    let local = open_new_applicant(&mut h);
    edit(&mut h, SectionId::Personal, "personal.surname", "Gashi");
    sync_now(&mut h);
    assert!(h.shows(&pending(0)));

    // Someone else (the same account on another computer) changes two sections.
    let remote = remote_id(&h, local);
    let other = server.client("bora@example.org");
    let mut record = server
        .block_on(other.get_application(&remote))
        .expect("get");
    record.draft.personal.surname = "Gashi-Kola".into();
    record.draft.legal_basis.prefecture = "Torino".into();
    server
        .block_on(other.update_application(&remote, record.version, &record.draft))
        .expect("remote update");

    // Here the surname changes too: the autosave's sync finds a conflict on "personal" only.
    edit(&mut h, SectionId::Personal, "personal.surname", "Z");
    let mine = stored(&h, local).personal.surname;
    assert_ne!(mine, "Gashi");
    h.send(Message::Navigate(Screen::Portal));
    assert_eq!(
        h.app.portal.conflicts.len(),
        1,
        "error {:?}",
        h.app.portal.error
    );
    let sections: Vec<DraftPart> = h.app.portal.conflicts[0]
        .conflict
        .sections
        .iter()
        .map(|s| s.section)
        .collect();
    assert_eq!(sections, [DraftPart::Section(SectionId::Personal)]);
    assert!(h.ui().find(id("conflict-0-personal-mine")).is_ok());
    assert!(h.ui().find(id("conflict-0-personal-theirs")).is_ok());
    assert!(h.ui().find(id("portal-submit")).is_err(), "settle first");
    assert!(h.shows(&t("section-personal")));
    // The field is named as the editor names it, not by its path.
    assert!(h.shows(&t_args(
        "portal-conflict-field",
        &[
            ("field", t("field-personal-surname").as_str()),
            ("mine", mine.as_str()),
            ("theirs", "Gashi-Kola")
        ]
    )));

    h.click(id("conflict-0-personal-theirs"))
        .expect("take theirs");
    h.click(id("conflict-0-apply")).expect("apply");
    assert!(
        h.app.portal.conflicts.is_empty(),
        "error {:?}",
        h.app.portal.error
    );
    assert!(h.shows(&pending(0)));
    // Saved locally (both the chosen section and the other side's untouched change) and on
    // the portal; the open editor shows it.
    let local_draft = stored(&h, local);
    assert_eq!(local_draft.personal.surname, "Gashi-Kola");
    assert_eq!(local_draft.legal_basis.prefecture, "Torino");
    let editor = h.app.editor.as_ref().expect("editor");
    assert_eq!(editor.application().personal.surname, "Gashi-Kola");
    let on_portal = server
        .block_on(other.get_application(&remote))
        .expect("get");
    assert_eq!(on_portal.draft, local_draft);
}

#[test]
fn submission_communications_and_associa_pratica() {
    let server = Server::start();
    server.create_operator("desk@caf.example.org");
    let mut h = harness(&server);

    // A help-desk operator signs in and sends a complete application.
    enter_credentials(&mut h, "desk@caf.example.org");
    h.click(id("portal-sign-in")).expect("sign in");
    let role = t("portal-role-operator");
    assert!(h.shows(&t_args(
        "portal-signed-in-as",
        &[("email", "desk@caf.example.org"), ("role", role.as_str())]
    )));
    let application = samples::complete_art9(today());
    let local = open_stored(&mut h, &application);
    sync_now(&mut h);
    assert_eq!(
        h.app.portal.status.pending, 0,
        "the draft went; error {:?}",
        h.app.portal.error
    );
    // The sample's attachments name files this vault does not have: the screen says they
    // were not uploaded instead of "all synchronised".
    assert_eq!(
        h.app.portal.upload_errors.len(),
        application.documents.attached.len()
    );
    assert!(!h.shows(&pending(0)));

    h.click(id("portal-submit")).expect("submit");
    assert!(h.shows(&t("portal-submit-confirm")));
    h.click(id("portal-submit-confirm")).expect("confirm");
    let k10 = "K10/0000001";
    assert!(
        h.shows(&t_args("portal-submitted", &[("k10", k10)])),
        "error {:?}",
        h.app.portal.error
    );
    assert!(h.shows(&t_args("portal-k10", &[("k10", k10)])));
    assert!(h.ui().find(id("portal-submit")).is_err());

    // The prefecture accepts it, then sends a 10-bis notice whose window ends in 5 days.
    let accepted_on = today() - Days::new(20);
    let notice_on = today() - Days::new(5);
    server.communicate(k10, CommunicationKind::Acceptance, accepted_on, None);
    server.communicate(k10, CommunicationKind::Notice10Bis, notice_on, Some(10));
    h.click(id("portal-refresh-status")).expect("refresh");
    let date = |d: NaiveDate| d.format("%d/%m/%Y").to_string();
    assert!(h.shows(&t_args(
        "portal-comm-acceptance",
        &[("date", date(accepted_on))]
    )));
    let respond_by = notice_on + Days::new(10);
    assert!(h.shows(&t_args(
        "portal-comm-notice-10bis",
        &[
            ("date", date(notice_on)),
            ("days", "10".to_string()),
            ("respond_by", date(respond_by)),
        ]
    )));
    assert!(h.shows(&t_args(
        "portal-deadline-left",
        &[("days", "5".to_string()), ("date", date(respond_by))]
    )));
    let status = t("portal-status-notice-10bis");
    assert!(h.shows(&t_args(
        "portal-status-line",
        &[("status", status.as_str())]
    )));
    assert_eq!(
        h.app
            .portal
            .reports
            .get(&local)
            .map(|r| r.communications.len()),
        Some(2)
    );

    // The applicant links the application to her own account: a wrong detail gets the one
    // answer the portal gives to every mismatch (it never says which field).
    h.click(id("portal-sign-out")).expect("sign out");
    let personal = &application.personal;
    h.send(Message::Navigate(Screen::Applicants));
    h.send(Message::Navigate(Screen::Portal));
    register(&mut h, "applicant@example.org");
    let applicant_role = t("portal-role-applicant");
    assert!(h.shows(&t_args(
        "portal-signed-in-as",
        &[
            ("email", "applicant@example.org"),
            ("role", applicant_role.as_str())
        ]
    )));
    // The operator's application stays on this computer but this account cannot see it.
    assert!(h.shows(&t("portal-status-unknown")));
    let form = [
        ("associate-surname", "Wrongname".to_string()),
        ("associate-name", personal.name.clone()),
        ("associate-birth_date", personal.birth_date.clone()),
        ("associate-previous_email", personal.email.clone()),
        ("associate-k10_number", k10.to_string()),
    ];
    for (field, value) in &form {
        h.type_into(field, value).expect("associate field");
    }
    h.click(id("portal-associate")).expect("associate");
    assert!(h.shows(&t_args(
        "err-portal-associate-mismatch",
        &[("field", "any")]
    )));
    assert!(h.ui().find(id("associate-error")).is_ok());

    // A K10 number typed in the wrong form is refused here, with the form it should have,
    // before anything is sent to the portal.
    let change = |field, value: &str| {
        Message::Portal(cittadinanza::screen::portal::Message::AssociateChanged(
            field,
            value.to_string(),
        ))
    };
    h.send(change(
        cittadinanza_core::portal::AssociateField::K10Number,
        "K10-123",
    ));
    h.click(id("portal-associate")).expect("associate");
    let error = cittadinanza_core::k10::K10Number::parse("K10-123").expect_err("malformed");
    assert!(h.shows(&t_args(error.message_id(), &error.args())));
    h.send(change(
        cittadinanza_core::portal::AssociateField::K10Number,
        k10,
    ));

    // Correct surname: the application comes into the local store and opens.
    h.send(change(
        cittadinanza_core::portal::AssociateField::Surname,
        &personal.surname,
    ));
    h.click(id("portal-associate")).expect("associate");
    let editor = h.app.editor.as_ref().expect("associated application open");
    assert_ne!(editor.id, local);
    assert_eq!(editor.application().personal, application.personal);
    let summaries = h.store.lock().expect("store").list(false);
    assert_eq!(summaries.len(), 2);
}

#[test]
fn the_sign_in_is_remembered_until_signing_out() {
    let server = Server::start();
    let tokens = tokens();
    let mut first = harness_with(&server, tokens.clone());
    register(&mut first, "dita@example.org");
    assert!(
        first.app.portal.error.is_none(),
        "{:?}",
        first.app.portal.error
    );
    let base_url = first
        .app
        .portal
        .connection
        .as_ref()
        .expect("portal")
        .client
        .base_url()
        .to_string();
    // With a real Secret Service the token is really in it.
    if let Tokens::Keyring {
        service: Some(service),
    } = &tokens
    {
        let keyring =
            cittadinanza_core::secrets::SecretStore::with_service(service).expect("Secret Service");
        let name = cittadinanza_core::portal::token_secret_name(&base_url);
        assert!(keyring.get_text(&name).expect("read keyring").is_some());
    }
    drop(first);

    // The next start restores the account and its token, which the portal still accepts.
    let mut again = harness_with(&server, tokens.clone());
    let account = again.app.portal.account.clone().expect("sign-in restored");
    assert_eq!(
        (account.email.as_str(), account.role),
        ("dita@example.org", Role::Applicant)
    );
    assert!(again.app.portal.is_signed_in());
    open_new_applicant(&mut again);
    edit(
        &mut again,
        SectionId::Personal,
        "personal.surname",
        "Krasniqi",
    );
    sync_now(&mut again);
    assert!(
        again.shows(&pending(0)),
        "error {:?}",
        again.app.portal.error
    );

    // Signing out forgets it.
    again.click(id("portal-sign-out")).expect("sign out");
    assert!(again.app.portal.account.is_none());
    drop(again);
    let later = harness_with(&server, tokens);
    assert!(later.app.portal.account.is_none());
    assert!(later.shows(&t("portal-sign-in")));
}

#[test]
fn a_session_ended_elsewhere_asks_to_sign_in_again() {
    let server = Server::start();
    let tokens = tokens();
    let mut h = harness_with(&server, tokens.clone());
    register(&mut h, "elira@example.org");
    // The session ends on the server (e.g. expired): the next sync says so and signs out.
    let token = h
        .app
        .portal
        .connection
        .as_ref()
        .and_then(|p| p.client.token())
        .expect("token");
    let elsewhere = Client::new(ClientConfig::new(server.url())).expect("client");
    elsewhere.set_token(Some(token));
    server.block_on(elsewhere.sign_out()).expect("end session");
    open_new_applicant(&mut h);
    sync_now(&mut h);
    assert!(h.app.portal.account.is_none());
    assert!(
        h.shows(&t("err-portal-unauthorized")),
        "{:?}",
        h.app.portal.error
    );
    assert!(h.shows(&t("portal-sign-in")));
    // Nor is the dead token restored at the next start.
    drop(h);
    let later = harness_with(&server, tokens);
    assert!(later.app.portal.account.is_none());
}

/// Adds a real file for the checklist item of `kind` through the Documents screen.
fn add_document(h: &mut Harness, kind: DocumentKind, name: &str, content: &[u8]) -> String {
    h.send(Message::Navigate(Screen::Documents));
    let items = checklist(
        h.app.editor.as_ref().expect("editor").application(),
        today(),
    );
    let index = items
        .iter()
        .position(|item| item.kind == kind)
        .expect("asked for");
    h.click(id(format!("add-file:{index}"))).expect("add file");
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join(name);
    std::fs::write(&file, content).expect("write file");
    h.send(Message::Documents(documents::Message::FilePicked(Some(
        file,
    ))));
    let editor = h.app.editor.as_ref().expect("editor");
    assert!(!editor.has_unsaved_changes(), "autosaved");
    editor
        .application()
        .documents
        .attached
        .iter()
        .find(|d| d.original_name == name)
        .map(|d| d.vault_id.clone())
        .expect("attached")
}

fn queued_uploads(h: &Harness, local: ApplicantId) -> Vec<String> {
    // A fresh engine over the same file: what a restart of the application would find.
    let client = Client::new(ClientConfig::new("http://127.0.0.1:9")).expect("client");
    let key = h.store.lock().expect("store").data_key();
    let engine = SyncEngine::open(
        client,
        h.app.data_dir().join(cittadinanza::portal::QUEUE_FILE),
        key,
    )
    .expect("queue file");
    engine
        .entry(&local.to_string())
        .map(|e| {
            e.pending_uploads
                .iter()
                .map(|u| u.vault_id.clone())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn documents_added_offline_are_uploaded_by_the_next_sync_and_removed_ones_are_not() {
    let server = Server::start();
    let mut h = harness(&server);
    register(&mut h, "fjolla@example.org");
    let local = open_new_applicant(&mut h);
    edit(&mut h, SectionId::Personal, "personal.surname", "Berisha");
    sync_now(&mut h);
    assert!(h.shows(&pending(0)), "error {:?}", h.app.portal.error);
    let remote = remote_id(&h, local);

    // Offline: two scans are added (one spans several upload chunks), then one is removed.
    let (dir, addr) = server.stop();
    let scan: Vec<u8> = (0..2_600_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let birth = add_document(
        &mut h,
        DocumentKind::BirthCertificate,
        "atto-nascita.pdf",
        &scan,
    );
    let passport = add_document(
        &mut h,
        DocumentKind::IdentityDocument,
        "passaporto.pdf",
        b"%PDF-1.4 passport scan",
    );
    h.send(Message::Navigate(Screen::Portal));
    assert!(
        h.shows(&t_args("portal-sync-uploads", &[("count", "2")])),
        "{:?}",
        h.app.portal.status
    );
    assert!(h.shows(&t_args(
        "portal-upload-waiting",
        &[("name", "atto-nascita.pdf")]
    )));
    assert_eq!(queued_uploads(&h, local), [birth.clone(), passport.clone()]);

    h.send(Message::Navigate(Screen::Documents));
    h.click(id(format!("remove:{passport}"))).expect("remove");
    h.click(id(format!("confirm-remove:{passport}")))
        .expect("confirm remove");
    h.send(Message::Navigate(Screen::Portal));
    assert!(
        h.shows(&t_args("portal-sync-uploads", &[("count", "1")])),
        "{:?}",
        h.app.portal.status
    );
    assert!(!h.shows(&t_args(
        "portal-upload-waiting",
        &[("name", "passaporto.pdf")]
    )));
    // The queue on disk (read as after a restart) holds the remaining upload only.
    assert_eq!(queued_uploads(&h, local), [birth]);

    // Back online: the draft and the scan go; the portal holds exactly the same bytes.
    let server = Server::start_in(dir, addr);
    sync_now(&mut h);
    assert!(h.shows(&pending(0)), "error {:?}", h.app.portal.error);
    assert!(
        h.app.portal.upload_errors.is_empty(),
        "{:?}",
        h.app.portal.upload_errors
    );
    assert_eq!(h.app.portal.status.pending_uploads, 0);
    assert!(h.ui().find(id("portal-uploads")).is_err());
    assert!(queued_uploads(&h, local).is_empty());
    let other = server.client("fjolla@example.org");
    let on_portal = server
        .block_on(other.list_documents(&remote))
        .expect("documents on the portal");
    let sha = hex::encode(Sha256::digest(&scan));
    assert_eq!(on_portal.len(), 1, "{on_portal:?}");
    assert_eq!(on_portal[0].sha256, sha);
    assert_eq!(on_portal[0].size_bytes, scan.len() as u64);
    assert_eq!(on_portal[0].name, "atto-nascita.pdf");
    assert_eq!(on_portal[0].kind, Some(DocumentKind::BirthCertificate));
    let downloaded = server
        .block_on(other.download_document(&remote, &sha))
        .expect("download");
    assert!(downloaded == scan);
    let draft = server
        .block_on(other.get_application(&remote))
        .expect("draft")
        .draft;
    assert_eq!(draft.documents.attached.len(), 1);

    // Nothing is uploaded twice.
    edit(&mut h, SectionId::Personal, "personal.name", "Fjolla");
    h.send(Message::Navigate(Screen::Portal));
    assert!(h.shows(&pending(0)), "error {:?}", h.app.portal.error);
    assert_eq!(
        server
            .block_on(other.list_documents(&remote))
            .expect("list")
            .len(),
        1
    );
}

#[test]
fn a_file_imported_after_its_applicant_was_closed_is_queued_for_the_portal() {
    let server = Server::start();
    let mut h = harness(&server);
    register(&mut h, "ardita@example.org");
    let local = open_new_applicant(&mut h);
    edit(&mut h, SectionId::Personal, "personal.surname", "Gashi");
    sync_now(&mut h);
    assert!(h.shows(&pending(0)), "error {:?}", h.app.portal.error);

    // Offline, and the applicant is closed while its scan is still entering the vault.
    let (_dir, _addr) = server.stop();
    h.send(Message::Editor(local, editor::Message::Back));
    assert!(h.app.editor.is_none(), "the applicant is closed");
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("passaporto.pdf");
    std::fs::write(&file, b"%PDF-1.4 passport scan").expect("write file");
    let document = h
        .store
        .lock()
        .expect("store")
        .import_document(local, &file, DocumentKind::IdentityDocument, "")
        .expect("import");
    h.send(Message::Documents(documents::Message::Imported(
        local,
        Ok(document.clone()),
    )));

    // It reached the draft in the store, and the sync engine knows the scan is to upload.
    assert_eq!(stored(&h, local).documents.attached.len(), 1);
    assert_eq!(queued_uploads(&h, local), [document.vault_id]);
    h.send(Message::Navigate(Screen::Portal));
    assert!(
        h.shows(&t_args("portal-sync-uploads", &[("count", "1")])),
        "{:?}",
        h.app.portal.status
    );
}

/// The PDF screen's "Keep in vault" and the editor's "Add file" answering once another
/// applicant is open: the files reach the first applicant's draft and are queued for upload.
#[test]
fn files_kept_or_added_for_an_applicant_no_longer_open_are_queued_for_the_portal() {
    let server = Server::start();
    let mut h = harness(&server);
    register(&mut h, "besa@example.org");
    let local = open_new_applicant(&mut h);
    edit(&mut h, SectionId::Personal, "personal.surname", "Berisha");
    sync_now(&mut h);
    assert!(h.shows(&pending(0)), "error {:?}", h.app.portal.error);

    // Offline; the editor's file is chosen, then another applicant is opened.
    let (_dir, _addr) = server.stop();
    h.send(Message::Editor(
        local,
        editor::Message::AttachKindChosen(DocumentKind::IdentityDocument),
    ));
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("passaporto.pdf");
    std::fs::write(&file, b"%PDF-1.4 passport scan").expect("write file");
    let importing = h.app.update(Message::Editor(
        local,
        editor::Message::FilePicked(Some(file)),
    ));
    h.send(Message::Applicants(applicants::Message::Create));
    let other = h.app.editor.as_ref().expect("editor").id;
    assert_ne!(other, local);
    h.run(importing);
    let kept = h
        .store
        .lock()
        .expect("store")
        .import_document_bytes(local, "riepilogo.pdf", b"%PDF-1.4", DocumentKind::Other, "")
        .expect("import");
    h.send(Message::Pdf(pdf::Message::Kept(local, Ok(kept.clone()))));

    let attached: Vec<String> = stored(&h, local)
        .documents
        .attached
        .iter()
        .map(|d| d.vault_id.clone())
        .collect();
    assert_eq!(attached.len(), 2, "both reached the first draft");
    assert_eq!(attached[1], kept.vault_id);
    assert_eq!(queued_uploads(&h, local), attached);
    assert!(queued_uploads(&h, other).is_empty());
}

#[test]
fn what_a_run_queued_again_is_sent_by_a_run_of_its_own() {
    use cittadinanza::screen::portal::{Message as PortalMessage, SyncOutcome};
    let server = Server::start();
    let mut h = harness(&server);
    register(&mut h, "liridona@example.org");
    open_new_applicant(&mut h);
    edit(&mut h, SectionId::Personal, "personal.surname", "Kelmendi");
    sync_now(&mut h);
    assert!(h.shows(&pending(0)), "error {:?}", h.app.portal.error);
    let before = h.app.portal.last_sync.expect("synced");

    // A run ends having kept a save made while it talked to the portal and queued it again
    // (`RunOutcome::requeued`): nothing else asks for the next run, so this one does.
    let outcome = SyncOutcome {
        queued: cittadinanza_core::portal::run::QueueView::default(),
        upload_errors: Vec::new(),
        conflicts: Vec::new(),
        saved: Vec::new(),
        reports: Vec::new(),
        linked: h.app.portal.linked.clone(),
        errors: Vec::new(),
        requeued: true,
        offline: false,
        signed_out: false,
        finished_at: before,
    };
    h.send(Message::Portal(PortalMessage::Synced(Ok(Box::new(
        outcome,
    )))));
    let after = h.app.portal.last_sync.expect("synced");
    assert!(after > before, "another run followed");
    assert!(h.shows(&pending(0)), "error {:?}", h.app.portal.error);
}

#[test]
fn a_document_the_portal_refuses_shows_its_error_and_stays_queued() {
    let server = Server::start();
    let mut h = harness(&server);
    register(&mut h, "arta@example.org");
    let local = open_new_applicant(&mut h);
    edit(&mut h, SectionId::Personal, "personal.surname", "Krasniqi");
    sync_now(&mut h);
    assert!(h.shows(&pending(0)), "error {:?}", h.app.portal.error);

    // Larger than the portal accepts: refused, named, kept for the user to replace.
    let too_big = vec![7u8; cittadinanza_core::portal::MAX_DOCUMENT_BYTES as usize + 1];
    let vault_id = add_document(
        &mut h,
        DocumentKind::BirthCertificate,
        "scan-enorme.pdf",
        &too_big,
    );
    sync_now(&mut h);
    let error = h
        .app
        .portal
        .upload_errors
        .get(&vault_id)
        .map(|(_, e)| e.clone())
        .expect("upload error");
    assert_eq!(error.id, "err-portal-too-large");
    assert!(h.shows(&t_args(
        "portal-upload-failed",
        &[
            ("name", "scan-enorme.pdf"),
            ("error", error.text().as_str())
        ]
    )));
    assert!(
        h.ui()
            .find(id(format!("portal-upload-error-{vault_id}")))
            .is_ok()
    );
    assert_eq!(queued_uploads(&h, local), std::slice::from_ref(&vault_id));
    // The draft itself went, but the screen never says "all synchronised" while a document
    // fails: it says how many and why.
    assert_eq!(h.app.portal.status.pending, 0, "the draft itself went");
    assert!(!h.shows(&pending(0)), "not 'all synchronised'");
    assert!(h.shows(&uploads_failing(1, &error.text())));

    // A scan damaged in the vault (one byte changed) while offline is not sent when the
    // portal is back: the reason is named.
    let (dir, addr) = server.stop();
    let scan: Vec<u8> = (0..1_500_000u32).map(|i| (i % 251) as u8).collect();
    let damaged = add_document(
        &mut h,
        DocumentKind::IdentityDocument,
        "passaporto.pdf",
        &scan,
    );
    let file = h
        .app
        .data_dir()
        .join(cittadinanza_core::store::VAULT_DIR)
        .join(format!("{damaged}.czv"));
    let mut bytes = std::fs::read(&file).expect("vault file");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x55;
    std::fs::write(&file, bytes).expect("damage the vault file");
    let server = Server::start_in(dir, addr);
    sync_now(&mut h);
    let error = h
        .app
        .portal
        .upload_errors
        .get(&damaged)
        .map(|(_, e)| e.clone())
        .expect("upload error");
    assert_eq!(error.id, "err-portal-document");
    let reason = t_args("portal-upload-damaged", &[("name", "passaporto.pdf")]);
    assert_eq!(error.text(), reason);
    assert!(h.shows(&t_args(
        "portal-upload-failed",
        &[("name", "passaporto.pdf"), ("error", reason.as_str())]
    )));
    assert_eq!(queued_uploads(&h, local), [vault_id, damaged]);
    let first = h
        .app
        .portal
        .upload_errors
        .values()
        .next()
        .map(|(_, e)| e.text())
        .expect("an error");
    assert!(h.shows(&uploads_failing(2, &first)));
    assert!(!h.shows(&pending(0)));
    let remote = remote_id(&h, local);
    let other = server.client("arta@example.org");
    let on_portal = server
        .block_on(other.list_documents(&remote))
        .expect("list");
    assert!(on_portal.is_empty(), "{on_portal:?}");
}

#[test]
fn procedure_dates_reach_the_portal_and_their_conflicts_are_named() {
    let server = Server::start();
    let mut h = harness(&server);
    register(&mut h, "besa@example.org");
    let local = open_new_applicant(&mut h);
    edit(&mut h, SectionId::Personal, "personal.surname", "Dervishi");
    sync_now(&mut h);
    assert!(h.shows(&pending(0)), "error {:?}", h.app.portal.error);
    let remote = remote_id(&h, local);
    let other = server.client("besa@example.org");

    // Only a date of the timeline changes: it is pushed like any section.
    h.send(Message::Navigate(Screen::Timeline));
    h.type_into("timeline.submitted", "10/01/2026")
        .expect("submitted");
    h.send(Message::Navigate(Screen::Portal));
    assert!(h.shows(&pending(0)), "error {:?}", h.app.portal.error);
    let record = server
        .block_on(other.get_application(&remote))
        .expect("get");
    assert_eq!(
        record.draft.procedure.submitted,
        NaiveDate::from_ymd_opt(2026, 1, 10)
    );

    // Both sides change the same date: a conflict, named as the timeline names it.
    let mut changed = record.draft.clone();
    changed.procedure.submitted = NaiveDate::from_ymd_opt(2026, 1, 12);
    server
        .block_on(other.update_application(&remote, record.version, &changed))
        .expect("remote update");
    h.send(Message::Navigate(Screen::Timeline));
    h.type_into("timeline.accepted", "20/01/2026")
        .expect("accepted");
    h.send(Message::Navigate(Screen::Portal));
    assert_eq!(
        h.app.portal.conflicts.len(),
        1,
        "error {:?}",
        h.app.portal.error
    );
    assert!(h.shows(&t("timeline-events")));
    assert!(h.shows(&t_args(
        "portal-conflict-field",
        &[
            ("field", t("timeline-field-submitted").as_str()),
            ("mine", "10/01/2026"),
            ("theirs", "12/01/2026")
        ]
    )));
    assert!(h.shows(&t_args(
        "portal-conflict-field",
        &[
            ("field", t("timeline-field-accepted").as_str()),
            ("mine", "20/01/2026"),
            ("theirs", "—")
        ]
    )));
    // Nothing was overwritten on the portal meanwhile.
    let untouched = server
        .block_on(other.get_application(&remote))
        .expect("get");
    assert_eq!(
        untouched.draft.procedure.submitted,
        NaiveDate::from_ymd_opt(2026, 1, 12)
    );

    h.click(id("conflict-0-procedure-mine")).expect("keep mine");
    h.click(id("conflict-0-apply")).expect("apply");
    assert!(
        h.app.portal.conflicts.is_empty(),
        "error {:?}",
        h.app.portal.error
    );
    let settled = server
        .block_on(other.get_application(&remote))
        .expect("get");
    assert_eq!(
        settled.draft.procedure.submitted,
        NaiveDate::from_ymd_opt(2026, 1, 10)
    );
    assert_eq!(
        settled.draft.procedure.accepted,
        NaiveDate::from_ymd_opt(2026, 1, 20)
    );
    assert_eq!(stored(&h, local).procedure, settled.draft.procedure);
}

#[test]
fn conflict_fields_and_values_are_translated() {
    use cittadinanza::screen::portal::{field_label, field_value};
    let _h = Harness::new(Language::It, false);
    let residences = DraftPart::Section(SectionId::Residences);
    assert_eq!(
        field_label(residences, "periods.2.from"),
        format!(
            "{} 2 · {}",
            t("field-residences-periods"),
            t("field-residences-periods-from")
        )
    );
    let basis = DraftPart::Section(SectionId::LegalBasis);
    assert_eq!(
        field_value(basis, "basis", &serde_json::json!("art9_f")),
        t("basis-art9-f")
    );
    let documents = DraftPart::Section(SectionId::Documents);
    assert_eq!(
        field_label(documents, "attached.1.kind"),
        format!(
            "{} 1 · {}",
            t("editor-attachments"),
            t("editor-attach-kind")
        )
    );
    assert_eq!(
        field_value(
            documents,
            "attached.1.kind",
            &serde_json::json!("birth_certificate")
        ),
        t("doc-birth-certificate")
    );
    assert_eq!(
        field_label(DraftPart::Procedure, "ten_bis_notices.1.received"),
        format!(
            "{} 1 · {}",
            t("portal-procedure-ten-bis"),
            t("timeline-field-ten-bis-received")
        )
    );
    assert_eq!(
        field_value(
            DraftPart::Procedure,
            "decree",
            &serde_json::json!("2026-02-03")
        ),
        "03/02/2026"
    );
    // Every field of every section has a label (no raw path is ever shown).
    for part in DraftPart::ALL {
        let value = match part {
            DraftPart::Section(section) => serde_json::to_value(samples::complete_art9(today()))
                .expect("json")[section.key()]
            .clone(),
            DraftPart::Procedure => {
                serde_json::to_value(&cittadinanza_core::model::ProcedureEvents {
                    ten_bis_notices: vec![Default::default()],
                    criminal_certificates: vec![Default::default()],
                    ..Default::default()
                })
                .expect("json")
            }
        };
        let mut paths = Vec::new();
        leaf_paths("", &value, &mut paths);
        assert!(paths.len() > 1, "{part:?}");
        for path in paths {
            let label = field_label(part, &path);
            let raw: Vec<&str> = path.split('.').collect();
            for piece in label.split(" · ") {
                let name = piece.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
                assert!(!raw.contains(&name), "{part:?} {path}: {label}");
            }
        }
    }
}

fn leaf_paths(path: &str, value: &serde_json::Value, out: &mut Vec<String>) {
    let join = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    match value {
        serde_json::Value::Object(map) => {
            for (key, child) in map {
                leaf_paths(&join(key), child, out);
            }
        }
        serde_json::Value::Array(items) if !items.is_empty() => {
            for (index, child) in items.iter().enumerate() {
                leaf_paths(&join(&(index + 1).to_string()), child, out);
            }
        }
        _ => out.push(path.to_string()),
    }
}

/// Identities of the application's subscriptions (what iced runs right now).
fn subscription_ids(h: &Harness) -> Vec<u64> {
    use iced_runtime::futures::subscription::{Hasher, into_recipes};
    use std::hash::Hasher as _;
    into_recipes(h.app.subscription())
        .iter()
        .map(|recipe| {
            let mut hasher = Hasher::default();
            recipe.hash(&mut hasher);
            hasher.finish()
        })
        .collect()
}

#[test]
fn a_long_upload_shows_its_progress_while_the_sync_runs() {
    use cittadinanza::screen::portal::Message as Portal;
    use cittadinanza_core::portal::Uploading;
    use iced_runtime::futures::futures::StreamExt;
    use iced_runtime::futures::subscription::{Hasher, into_recipes};
    use std::hash::Hasher as _;

    let server = Server::start();
    let mut h = harness(&server);
    register(&mut h, "arta@example.org");
    let local = open_new_applicant(&mut h);
    edit(&mut h, SectionId::Personal, "personal.surname", "Hoxha");
    sync_now(&mut h);
    assert!(h.shows(&pending(0)), "error {:?}", h.app.portal.error);

    // Offline, a 9 MiB scan (nine upload chunks) is added: it waits for the next sync.
    let (dir, addr) = server.stop();
    let scan: Vec<u8> = (0..9 * 1024 * 1024u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8)
        .collect();
    let vault_id = add_document(&mut h, DocumentKind::IncomeStatement, "cud-2025.pdf", &scan);
    let server = Server::start_in(dir, addr);
    h.send(Message::Navigate(Screen::Portal));
    assert_eq!(queued_uploads(&h, local), std::slice::from_ref(&vault_id));

    // Between syncs nothing is followed; a sync adds exactly one subscription.
    let idle = subscription_ids(&h);
    let task = h.app.update(Message::Portal(Portal::SyncNow));
    assert!(h.app.portal.syncing);
    let follower = into_recipes(h.app.subscription())
        .into_iter()
        .filter(|recipe| {
            let mut hasher = Hasher::default();
            recipe.hash(&mut hasher);
            !idle.contains(&hasher.finish())
        })
        .collect::<Vec<_>>();
    assert_eq!(follower.len(), 1, "one progress subscription while syncing");
    let Some(follower) = follower.into_iter().next() else {
        unreachable!("checked above")
    };
    // The subscription runs on its own thread, as iced would run it beside the sync.
    let events = iced_runtime::futures::futures::stream::empty().boxed();
    let mut stream = follower.stream(events);
    let followed = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async move {
            let mut seen: Vec<Option<Uploading>> = Vec::new();
            loop {
                let next = tokio::time::timeout(Duration::from_secs(60), stream.next()).await;
                let Ok(Some(Message::Portal(Portal::UploadProgress(now)))) = next else {
                    panic!("progress stream ended or stalled: {seen:?}");
                };
                let done = now.is_none() && seen.iter().any(Option::is_some);
                seen.push(now);
                if done {
                    return seen;
                }
            }
        })
    });

    // What the screen shows for a report of the engine while the sync runs.
    let mib = 1024 * 1024;
    h.send(Message::Portal(Portal::UploadProgress(Some(Uploading {
        local_id: local.to_string(),
        vault_id: vault_id.clone(),
        name: "cud-2025.pdf".into(),
        sent: 4 * mib,
        total: 9 * mib,
    }))));
    let shown = t_args(
        "portal-upload-progress",
        &[
            ("name", "cud-2025.pdf"),
            ("sent", "4.0 MB"),
            ("total", "9.0 MB"),
        ],
    );
    assert!(h.shows(&shown), "{:?}", h.app.portal.uploading);
    assert!(h.ui().find(id("portal-uploading")).is_ok());

    h.run(task);
    let seen = followed.join().expect("follower");
    let reports: Vec<&Uploading> = seen.iter().flatten().collect();
    assert!(!reports.is_empty(), "{seen:?}");
    for pair in reports.windows(2) {
        assert!(pair[0].sent <= pair[1].sent, "{seen:?}");
    }
    for report in &reports {
        assert_eq!(report.vault_id, vault_id);
        assert_eq!(report.name, "cud-2025.pdf");
        assert_eq!(report.total, scan.len() as u64);
    }
    assert_eq!(seen.last(), Some(&None));

    // Uploaded: the bar is gone, a late report does not bring it back, nothing is followed.
    assert!(
        queued_uploads(&h, local).is_empty(),
        "{:?}",
        h.app.portal.error
    );
    assert!(h.app.portal.uploading.is_none());
    assert!(!h.shows(&shown));
    assert!(h.ui().find(id("portal-uploading")).is_err());
    h.send(Message::Portal(Portal::UploadProgress(
        reports.last().map(|r| (*r).clone()),
    )));
    assert!(h.app.portal.uploading.is_none());
    assert_eq!(subscription_ids(&h), idle);
    let remote = remote_id(&h, local);
    let held = server
        .block_on(server.client("arta@example.org").list_documents(&remote))
        .expect("documents");
    assert_eq!(held[0].sha256, hex::encode(Sha256::digest(&scan)));
}
