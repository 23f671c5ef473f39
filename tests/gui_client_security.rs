//! The desktop client's side of the security work (issue 11), driven like a user: an
//! unencrypted portal address is refused under its field, a damaged sync queue is set aside
//! with a notice on the Portal screen (nothing lost from the store), and the decrypted copies
//! a crash left for the viewer are gone at the next start.

mod gui_support;

use std::time::Duration;

use cittadinanza::app::{App, Config, Message, Screen};
use cittadinanza::i18n::{Language, t, t_args};
use cittadinanza::portal::{QUEUE_FILE, Tokens};
use cittadinanza::screen::settings as settings_screen;
use cittadinanza::settings::Settings;
use cittadinanza_core::portal::ClientConfig;
use cittadinanza_core::samples;
use cittadinanza_core::secrets::DataKey;
use cittadinanza_core::store::Store;
use gui_support::{Harness, today};
use iced::futures::StreamExt;
use iced_test::selector::id;

fn fast(config: &mut ClientConfig) {
    config.connect_timeout = Duration::from_secs(1);
    config.max_retries = 0;
}

#[test]
fn an_unencrypted_portal_address_is_refused_under_its_field() {
    let mut h = Harness::new(Language::En, false);
    h.send(Message::Navigate(Screen::Settings));
    let insecure = "http://portal.example.org";
    h.send(Message::Settings(settings_screen::Message::PortalUrl(
        insecure.into(),
    )));
    let message = t_args("err-portal-insecure-url", &[("url", insecure)]);
    assert!(h.shows(&message), "the reason is shown under the field");
    assert!(h.ui().find(id("settings-portal-url-error")).is_ok());
    // The portal is not contacted over it: the Portal screen says why.
    h.send(Message::Navigate(Screen::Portal));
    assert!(h.shows(&message));

    // https, and http towards this computer, are accepted.
    for accepted in ["https://portal.example.org", "http://127.0.0.1:8080"] {
        h.send(Message::Navigate(Screen::Settings));
        h.send(Message::Settings(settings_screen::Message::PortalUrl(
            accepted.into(),
        )));
        assert!(
            h.ui().find(id("settings-portal-url-error")).is_err(),
            "{accepted}"
        );
    }
    // Italian too.
    h.send(Message::Settings(settings_screen::Message::Language(
        Language::It,
    )));
    h.send(Message::Settings(settings_screen::Message::PortalUrl(
        insecure.into(),
    )));
    assert!(h.shows(&t_args("err-portal-insecure-url", &[("url", insecure)])));
}

#[test]
fn a_damaged_sync_queue_is_set_aside_with_a_notice_and_nothing_is_lost() {
    let mut h = Harness::new(Language::En, false);
    let id_in_store = h
        .store
        .lock()
        .expect("store")
        .create(&samples::complete_art9(today()))
        .expect("create");
    let queue = h.app.data_dir().join(QUEUE_FILE);
    let garbage = b"\x00\x01 truncated queue".to_vec();
    std::fs::write(&queue, &garbage).expect("damage the queue");

    // The portal restarts over the damaged file (as at the next start of the application).
    let task = h.app.configure_portal(Tokens::default(), fast);
    h.run(task);
    h.send(Message::Navigate(Screen::Portal));
    let recovery = h.app.portal.recovery.clone().expect("a recovery notice");
    let copy = recovery
        .damaged_copy
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    assert!(h.shows(&t_args("portal-queue-damaged", &[("file", copy.as_str())])));
    assert!(h.ui().find(id("portal-queue-recovery")).is_ok());
    // The portal screen works: the sign-in form is there, no error.
    assert!(h.app.portal.connection.is_some());
    assert!(h.app.portal.error.is_none(), "{:?}", h.app.portal.error);
    // The damaged file is kept aside, byte for byte; the queue is whole again and sealed.
    assert_eq!(
        std::fs::read(&recovery.damaged_copy).expect("copy"),
        garbage
    );
    let sealed = std::fs::read(&queue).expect("new queue");
    assert!(!sealed.windows(7).any(|w| w == b"entries"));
    // Nothing was lost from the store.
    let store = h.store.lock().expect("store");
    assert!(store.summary(id_in_store).is_some());
    drop(store);
    assert_eq!(
        h.store
            .lock()
            .expect("store")
            .load(id_in_store)
            .expect("load"),
        samples::complete_art9(today())
    );
    let _ = t("portal-queue-dismiss");
}

/// Runs a task of the application and every task its messages lead to.
fn run(app: &mut App, rt: &tokio::runtime::Runtime, task: iced::Task<Message>) {
    let mut queue = std::collections::VecDeque::from([task]);
    while let Some(task) = queue.pop_front() {
        let Some(stream) = iced_runtime::task::into_stream(task) else {
            continue;
        };
        let actions: Vec<_> = rt.block_on(stream.collect());
        for action in actions {
            if let iced_runtime::Action::Output(message) = action {
                queue.push_back(app.update(message));
            }
        }
    }
}

#[test]
fn viewer_copies_left_by_a_crash_are_removed_at_the_next_start() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = cittadinanza::opener::viewer_root(dir.path());
    // What a crash leaves: a private folder with a decrypted passport, and a stray file.
    let left = root.join("view-AbC123");
    std::fs::create_dir_all(&left).expect("leftover folder");
    std::fs::write(left.join("passaporto.pdf"), b"%PDF-1.7 decrypted").expect("leftover");
    std::fs::write(root.join("stray.tmp"), b"x").expect("stray");
    // A new copy is made in its own private folder under the same root.
    let fresh = cittadinanza::opener::new_viewer_folder(dir.path()).expect("new folder");
    assert!(fresh.path().starts_with(&root));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| {
            std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777
        };
        assert_eq!(mode(&root), 0o700);
        assert_eq!(mode(fresh.path()), 0o700);
    }
    let fresh_path = fresh.path().to_path_buf();
    std::mem::forget(fresh); // the process "crashes" holding it

    let store = Store::open(dir.path(), DataKey::generate()).expect("store");
    let store = std::sync::Arc::new(std::sync::Mutex::new(store));
    let config = Config {
        settings: Settings::default(),
        settings_path: None,
        data_dir: dir.path().to_path_buf(),
        demo: false,
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let (mut app, task) = App::with_store(config, store, today());
    run(&mut app, &rt, task);
    assert!(!left.exists(), "the decrypted copy is gone");
    assert!(!fresh_path.exists());
    assert!(!root.join("stray.tmp").exists());
    assert_eq!(
        std::fs::read_dir(&root).expect("root").count(),
        0,
        "nothing left"
    );
}
