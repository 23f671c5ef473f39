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
use cittadinanza::screen::{applicants, settings as settings_screen};
use cittadinanza_core::model::{Application, SectionId};
use cittadinanza_core::portal::{
    Client, ClientConfig, CommunicationKind, Credentials, NewCommunication, Role,
};
use cittadinanza_core::samples;
use cittadinanza_core::store::ApplicantId;
use gui_support::{Harness, today};
use iced_test::selector::id;
use portal_server::AppState;
use portal_server::admin::{AdminCommunication, issue_communication};

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
        let state = AppState::open(&dir.path().join("portal.db"), Some(ADMIN_TOKEN.into()))
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
        let conn = state.db().expect("db");
        let hash = portal_server::auth::hash_password(PASSWORD).expect("hash");
        portal_server::db::create_account(&conn, email, &hash, Role::Operator).expect("operator");
    }

    /// Issues a communication as the prefecture (the admin API's operation).
    fn communicate(&self, k10: &str, kind: CommunicationKind, date: NaiveDate, days: Option<u32>) {
        let state = self.state.as_ref().expect("running");
        let mut conn = state.db().expect("db");
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
    h.send(Message::Sync(
        cittadinanza::screen::sync::Message::EmailChanged(String::new()),
    ));
    h.type_into("portal-email", email).expect("e-mail field");
    h.type_into("portal-password", PASSWORD)
        .expect("password field");
}

fn register(h: &mut Harness, email: &str) {
    enter_credentials(h, email);
    h.click(id("portal-register")).expect("register button");
    assert_eq!(
        h.app.sync.account.as_ref().map(|a| a.role),
        Some(Role::Applicant),
        "error: {:?}",
        h.app.sync.error
    );
}

fn pending(count: usize) -> String {
    t_args("portal-sync-pending", &[("count", count.to_string())])
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
    let portal = h.app.sync.portal.as_ref().expect("portal");
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
    assert!(h.app.sync.account.is_none());
    // The e-mail stays in its field after signing out.
    assert_eq!(h.app.sync.email, "amina@example.org");
    h.type_into("portal-password", "not the password")
        .expect("password");
    h.click(id("portal-sign-in")).expect("sign in");
    assert!(h.shows(&t("err-portal-bad-credentials")));
    assert!(h.app.sync.account.is_none());

    // The fields keep the e-mail; the password is typed again.
    h.send(Message::Sync(
        cittadinanza::screen::sync::Message::PasswordChanged(String::new()),
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
    assert!(h.shows(&pending(0)), "error: {:?}", h.app.sync.error);
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
    assert!(h.shows(&pending(1)), "status {:?}", h.app.sync.status);
    assert!(h.shows(&t("portal-offline")));
    assert_eq!(stored(&h, local).personal.name, "Amina");

    // Back up: the queue drains.
    let server = Server::start_in(dir, addr);
    sync_now(&mut h);
    assert!(h.shows(&pending(0)), "error: {:?}", h.app.sync.error);
    assert!(!h.shows(&t("portal-offline")));
    let other = server.client("amina@example.org");
    let on_portal = server
        .block_on(other.get_application(&remote))
        .expect("on the portal");
    assert_eq!(on_portal.draft.personal.name, "Amina");
    assert!(h.app.sync.last_sync.is_some());
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
        h.app.sync.conflicts.len(),
        1,
        "error {:?}",
        h.app.sync.error
    );
    let sections: Vec<SectionId> = h.app.sync.conflicts[0]
        .conflict
        .sections
        .iter()
        .map(|s| s.section)
        .collect();
    assert_eq!(sections, [SectionId::Personal]);
    assert!(h.ui().find(id("conflict-0-personal-mine")).is_ok());
    assert!(h.ui().find(id("conflict-0-personal-theirs")).is_ok());
    assert!(h.ui().find(id("portal-submit")).is_err(), "settle first");
    assert!(h.shows(&t("section-personal")));
    assert!(h.shows(&t_args(
        "portal-conflict-field",
        &[
            ("field", "surname"),
            ("mine", mine.as_str()),
            ("theirs", "Gashi-Kola")
        ]
    )));

    h.click(id("conflict-0-personal-theirs"))
        .expect("take theirs");
    h.click(id("conflict-0-apply")).expect("apply");
    assert!(
        h.app.sync.conflicts.is_empty(),
        "error {:?}",
        h.app.sync.error
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
    assert!(h.shows(&pending(0)), "error {:?}", h.app.sync.error);

    h.click(id("portal-submit")).expect("submit");
    assert!(h.shows(&t("portal-submit-confirm")));
    h.click(id("portal-submit-confirm")).expect("confirm");
    let k10 = "K10/0000001";
    assert!(
        h.shows(&t_args("portal-submitted", &[("k10", k10)])),
        "error {:?}",
        h.app.sync.error
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
            .sync
            .reports
            .get(&local)
            .map(|r| r.communications.len()),
        Some(2)
    );

    // The applicant links the application to her own account: a wrong detail is named.
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
        &[("field", "surname")]
    )));
    assert!(h.ui().find(id("associate-error")).is_ok());

    // Correct surname: the application comes into the local store and opens.
    h.send(Message::Sync(
        cittadinanza::screen::sync::Message::AssociateChanged(
            cittadinanza_core::portal::AssociateField::Surname,
            personal.surname.clone(),
        ),
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
    assert!(first.app.sync.error.is_none(), "{:?}", first.app.sync.error);
    let base_url = first
        .app
        .sync
        .portal
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
    let account = again.app.sync.account.clone().expect("sign-in restored");
    assert_eq!(
        (account.email.as_str(), account.role),
        ("dita@example.org", Role::Applicant)
    );
    assert!(again.app.sync.is_signed_in());
    open_new_applicant(&mut again);
    edit(
        &mut again,
        SectionId::Personal,
        "personal.surname",
        "Krasniqi",
    );
    sync_now(&mut again);
    assert!(again.shows(&pending(0)), "error {:?}", again.app.sync.error);

    // Signing out forgets it.
    again.click(id("portal-sign-out")).expect("sign out");
    assert!(again.app.sync.account.is_none());
    drop(again);
    let later = harness_with(&server, tokens);
    assert!(later.app.sync.account.is_none());
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
        .sync
        .portal
        .as_ref()
        .and_then(|p| p.client.token())
        .expect("token");
    let elsewhere = Client::new(ClientConfig::new(server.url())).expect("client");
    elsewhere.set_token(Some(token));
    server.block_on(elsewhere.sign_out()).expect("end session");
    open_new_applicant(&mut h);
    sync_now(&mut h);
    assert!(h.app.sync.account.is_none());
    assert!(
        h.shows(&t("err-portal-unauthorized")),
        "{:?}",
        h.app.sync.error
    );
    assert!(h.shows(&t("portal-sign-in")));
    // Nor is the dead token restored at the next start.
    drop(h);
    let later = harness_with(&server, tokens);
    assert!(later.app.sync.account.is_none());
}

#[test]
fn typing_during_a_merge_keeps_both_changes() {
    let mut before = Application::new();
    before.personal.surname = "Hoxha".into();
    let recorded = serde_json::to_value(&before).expect("json");
    let mut merged = before.clone();
    merged.legal_basis.prefecture = "Torino".into();
    let mut editing = before.clone();
    editing.personal.surname = "Hoxhaj".into();

    let rebased = cittadinanza::screen::sync::rebase(Some(&recorded), &merged, &editing);
    assert_eq!(rebased.personal.surname, "Hoxhaj");
    assert_eq!(rebased.legal_basis.prefecture, "Torino");
    // Nothing typed: the merge as it is.
    assert_eq!(
        cittadinanza::screen::sync::rebase(Some(&recorded), &merged, &before),
        merged
    );
}
