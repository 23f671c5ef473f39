//! The command line: `--help` and `--version` of the real binary, and an exported applicant
//! given as argument (`cittadinanza haddad.cittadinanza`, what a double click on the file runs)
//! imported through the applicants' import once the data folder is open.

mod gui_support;

use std::collections::VecDeque;
use std::path::Path;
use std::process::Command;

use cittadinanza::app::{App, Config, Message, Screen};
use cittadinanza::fonts;
use cittadinanza::i18n::{Language, t, t_args};
use cittadinanza::screen::applicants;
use cittadinanza::settings::Settings;
use cittadinanza_core::model::Application;
use cittadinanza_core::secrets::DataKey;
use cittadinanza_core::store::{Store, StoreError};
use gui_support::SIZE;
use iced::Task;
use iced::futures::StreamExt;
use iced_test::{Simulator, selector::id};

fn program(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_cittadinanza"))
        .args(args)
        .output()
        .expect("run the program")
}

#[test]
fn help_and_version() {
    let version = program(&["--version"]);
    assert!(version.status.success());
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("cittadinanza {}", env!("CARGO_PKG_VERSION"))
    );
    let help = program(&["--help"]);
    assert!(help.status.success());
    let help = String::from_utf8_lossy(&help.stdout);
    for expected in [
        "--data-dir <FOLDER>",
        "--portable",
        "--demo",
        "[FILE]",
        "--version",
    ] {
        assert!(help.contains(expected), "{expected} in:\n{help}");
    }
    let wrong = program(&["--no-such-flag"]);
    assert_eq!(wrong.status.code(), Some(2), "a usage error");
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("--no-such-flag"));
    let twice = program(&["a.cittadinanza", "b.cittadinanza"]);
    assert_eq!(twice.status.code(), Some(2), "one file at a time");
}

/// The data folder's key, without a keyring (the second desk's folder).
fn open_folder(dir: &Path) -> Result<Store, StoreError> {
    Store::open(dir, DataKey::from_bytes([7; 32]))
}

struct Booted {
    app: App,
    rt: tokio::runtime::Runtime,
}

impl Booted {
    fn run(&mut self, task: Task<Message>) {
        let mut queue = VecDeque::from([task]);
        while let Some(task) = queue.pop_front() {
            let Some(stream) = iced_runtime::task::into_stream(task) else {
                continue;
            };
            let actions: Vec<_> = self.rt.block_on(stream.collect());
            for action in actions {
                if let iced_runtime::Action::Output(message) = action {
                    queue.push_back(self.app.update(message));
                }
            }
        }
    }

    fn send(&mut self, message: Message) {
        let task = self.app.update(message);
        self.run(task);
    }

    fn shows(&self, text: &str) -> bool {
        let mut ui = Simulator::with_size(fonts::settings(), SIZE, self.app.view());
        ui.find(text).is_ok()
    }

    fn click(&mut self, target: &'static str) {
        let messages: Vec<Message> = {
            let mut ui = Simulator::with_size(fonts::settings(), SIZE, self.app.view());
            ui.click(id(target)).expect("click");
            ui.into_messages().collect()
        };
        for message in messages {
            self.send(message);
        }
    }
}

#[test]
fn a_file_given_at_start_is_imported_after_its_passphrase() {
    // The first desk exports an applicant.
    let first = tempfile::tempdir().expect("temp dir");
    let file = first.path().join("haddad.cittadinanza");
    let passphrase = "una-frase-lunga-abbastanza";
    {
        let mut store = Store::open(first.path(), DataKey::generate()).expect("store");
        let mut draft = Application::default();
        draft.personal.surname = "Haddad".into();
        let id = store.create(&draft).expect("create");
        store.export_bundle(id, &file, passphrase).expect("export");
    }

    // The second desk's app is started with the file, on a folder that has no applicant yet
    // (where a real start would show the welcome).
    let second = tempfile::tempdir().expect("temp dir");
    let config = Config {
        settings: Settings {
            language: Language::It,
            ..Settings::default()
        },
        settings_path: None,
        data_dir: second.path().to_path_buf(),
        demo: false,
    };
    let (mut app, task) = App::boot_with(config, open_folder);
    app.import_on_open(file.clone());
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let mut booted = Booted { app, rt };
    booted.run(task);

    assert_eq!(booted.app.screen, Screen::Applicants, "not the welcome");
    assert!(booted.shows(&t_args(
        "applicants-import-file",
        &[("file", "haddad.cittadinanza".to_string())]
    )));
    booted.send(Message::Applicants(
        applicants::Message::ImportPassphraseChanged("sbagliata-di-sicuro".into()),
    ));
    booted.click("confirm-import");
    assert!(booted.shows(&t("store-bundle-wrong-passphrase")));

    booted.send(Message::Applicants(
        applicants::Message::ImportPassphraseChanged(passphrase.into()),
    ));
    booted.click("confirm-import");
    let editor = booted.app.editor.as_ref().expect("the import is opened");
    assert_eq!(editor.application().personal.surname, "Haddad");
    assert_eq!(booted.app.applicants.summaries.len(), 1);
    // Really in the second desk's folder.
    drop(booted);
    let store = open_folder(second.path()).expect("reopen");
    assert_eq!(store.list(true).len(), 1);
}
