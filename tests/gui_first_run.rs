//! The first minutes of a new user (issue 16): the create-passphrase and unlock screens on a
//! computer without a keyring, the welcome, and form errors that wait until a field is left.
//! Everything runs against a real encrypted store in a temporary folder.

mod gui_support;

use std::collections::VecDeque;

use cittadinanza::app::{App, Config, Message, Screen};
use cittadinanza::fonts;
use cittadinanza::i18n::{Language, t};
use cittadinanza::screen::unlock::Mode;
use cittadinanza::settings::Settings;
use cittadinanza_core::model::SectionId;
use cittadinanza_core::secrets::{MIN_PASSPHRASE_CHARS, SecretsError};
use cittadinanza_core::store::{Store, StoreError};
use gui_support::{Harness, SIZE};
use iced::Task;
use iced::futures::StreamExt;
use iced::keyboard::{Key, key::Named};
use iced_test::selector::id;
use iced_test::{Error, Simulator};

/// The interface language is global: the tests of this file take turns.
static LANGUAGE: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    LANGUAGE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A computer without a keyring: what zbus says when no D-Bus session runs.
fn no_keyring(_: &std::path::Path) -> Result<Store, StoreError> {
    Err(StoreError::Secrets(SecretsError::Unavailable(
        "zbus error: Failed to connect to address `unix:path=/run/user/0/bus`".into(),
    )))
}

/// The application started as `main` starts it, on `dir`, without a keyring.
struct Booted {
    app: App,
    rt: tokio::runtime::Runtime,
}

impl Booted {
    fn start(dir: &std::path::Path) -> Booted {
        let config = Config {
            settings: Settings {
                language: Language::En,
                ..Settings::default()
            },
            settings_path: None,
            data_dir: dir.to_path_buf(),
            demo: false,
        };
        let (app, task) = App::boot_with(config, no_keyring);
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let mut booted = Booted { app, rt };
        booted.run(task);
        booted
    }

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

    fn interact(
        &mut self,
        interact: impl FnOnce(&mut Simulator<'_, Message>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let messages: Vec<Message> = {
            let mut ui = Simulator::with_size(fonts::settings(), SIZE, self.app.view());
            interact(&mut ui)?;
            ui.into_messages().collect()
        };
        for message in messages {
            let task = self.app.update(message);
            self.run(task);
        }
        Ok(())
    }

    fn type_into(&mut self, widget: &'static str, text: &str) {
        self.interact(|ui| {
            ui.click(id(widget))?;
            let _ = ui.typewrite(text);
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{widget}: {e}"));
    }

    fn click(&mut self, widget: &'static str) {
        self.interact(|ui| ui.click(id(widget)).map(|_| ()))
            .unwrap_or_else(|e| panic!("{widget}: {e}"));
    }

    fn shows(&self, text: &str) -> bool {
        let mut ui = Simulator::with_size(fonts::settings(), SIZE, self.app.view());
        ui.find(text).is_ok()
    }

    fn has(&self, widget: &'static str) -> bool {
        let mut ui = Simulator::with_size(fonts::settings(), SIZE, self.app.view());
        ui.find(id(widget)).is_ok()
    }
}

#[test]
fn a_new_folder_without_keyring_asks_for_a_new_passphrase_twice_then_welcomes() {
    let _turn = one_at_a_time();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut b = Booted::start(dir.path());
    let unlock = b.app.unlock_screen().expect("a passphrase screen");
    assert_eq!(
        unlock.mode,
        Mode::Create,
        "a new folder: create, not unlock"
    );
    cittadinanza::i18n::set_language(Language::En);
    assert!(b.shows(&t("unlock-create-title")));
    assert!(
        b.shows("The system keyring is not available, so the data is protected with a passphrase.")
    );
    // The technical error only under "Details".
    assert!(!b.shows("zbus error: Failed to connect to address `unix:path=/run/user/0/bus`"));
    b.click("unlock-details");
    assert!(b.shows("zbus error: Failed to connect to address `unix:path=/run/user/0/bus`"));
    // One minimum, the core's, stated before typing; the warning about recovery.
    assert!(b.shows(&format!("At least {MIN_PASSPHRASE_CHARS} characters.")));
    assert!(b.shows(&t("unlock-no-recovery")));
    assert!(b.has("unlock-repeat"), "asked twice");

    b.type_into("unlock-passphrase", "corta");
    assert!(b.shows(&format!(
        "Too short: at least {MIN_PASSPHRASE_CHARS} characters are needed."
    )));
    b.type_into("unlock-repeat", "corta");
    b.click("unlock-submit");
    assert!(b.app.unlock_screen().is_some(), "not accepted");
    assert!(b.shows(&format!(
        "The passphrase must have at least {MIN_PASSPHRASE_CHARS} characters."
    )));

    b.type_into("unlock-passphrase", " ma ora lunga");
    b.click("unlock-submit");
    assert!(b.shows(&t("unlock-mismatch")));
    assert!(
        b.app.unlock_screen().is_some(),
        "a typo is not taken as the passphrase"
    );

    b.type_into("unlock-repeat", " ma ora lunga");
    b.click("unlock-submit");
    assert!(b.app.unlock_screen().is_none(), "the folder is open");
    assert!(b.app.store().is_some());
    // No applicant yet: the welcome.
    assert_eq!(b.app.screen, Screen::Welcome);
    assert!(b.shows(&t("welcome-title")));
    assert!(b.shows(&t("welcome-path-residence")));
    assert!(b.shows(&t("welcome-path-marriage")));
    assert!(b.shows(&t("welcome-at-hand")));
    b.click("welcome-help-desk");
    assert!(
        b.app.settings.help_desk,
        "help-desk mode set from the welcome"
    );
    assert_eq!(b.app.screen, Screen::Applicants);
    drop(b);

    // The next start: the same folder, still no keyring. Unlock, one field, no length rule.
    let mut b = Booted::start(dir.path());
    let unlock = b.app.unlock_screen().expect("a passphrase screen");
    assert_eq!(unlock.mode, Mode::Unlock);
    assert!(b.shows(&t("unlock-title")));
    assert!(!b.has("unlock-repeat"));
    assert!(!b.shows(&t("unlock-no-recovery")));
    b.type_into("unlock-passphrase", "corta ma ora lungo");
    b.click("unlock-submit");
    assert!(b.shows(&t("store-wrong-passphrase")));
    assert!(!b.shows(&format!(
        "The passphrase must have at least {MIN_PASSPHRASE_CHARS} characters."
    )));
    // Typed again and confirmed with Enter.
    b.interact(|ui| {
        ui.click(id("unlock-passphrase"))?;
        let _ = ui.typewrite("corta ma ora lunga");
        let _ = ui.tap_key(Key::Named(Named::Enter));
        Ok(())
    })
    .expect("type and enter");
    assert!(
        b.app.unlock_screen().is_none(),
        "opened with the right passphrase"
    );
}

#[test]
fn the_welcome_is_in_the_navigation_sets_the_mode_and_language_and_leads_to_the_check() {
    let _turn = one_at_a_time();
    let mut h = Harness::new(Language::It, true);
    assert_eq!(
        h.app.screen,
        Screen::Applicants,
        "tests and embedding start on the list"
    );
    h.click(id("nav-welcome"))
        .expect("welcome in the navigation");
    assert_eq!(h.app.screen, Screen::Welcome);
    assert!(h.shows(&t("welcome-title")));
    assert!(h.shows(&t("welcome-eligibility-hint")));

    // English is the second language of the list.
    h.choose("welcome-language", 1, Language::ALL.len())
        .expect("language list");
    assert_eq!(h.app.settings.language, Language::En);
    assert!(h.shows("Welcome to Cittadinanza"));

    h.click(id("welcome-eligibility")).expect("check");
    assert_eq!(h.app.screen, Screen::Eligibility);

    h.click(id("nav-welcome")).expect("welcome again");
    h.click(id("welcome-myself")).expect("for myself");
    assert!(!h.app.settings.help_desk, "an applicant at home");
    assert_eq!(h.app.screen, Screen::Applicants);
}

/// The y of the widget with id `widget`.
fn top(h: &Harness, widget: &str) -> f32 {
    let mut ui = h.ui();
    ui.find(id(widget.to_string()))
        .unwrap_or_else(|e| panic!("{widget}: {e}"))
        .bounds()
        .y
}

#[test]
fn errors_wait_until_the_field_is_left_and_the_form_does_not_move() {
    let _turn = one_at_a_time();
    let mut h = Harness::new(Language::It, true);
    h.click(id("new-applicant")).expect("new applicant");
    h.click(id("section-personal")).expect("personal");
    let required = t("err-missing");
    let editor = h.app.editor.as_ref().expect("editor");
    assert!(
        editor.issue("personal.surname").is_some(),
        "the rules know the field is missing"
    );
    assert!(
        !editor.is_complete(SectionId::Personal),
        "the dot is white at once"
    );
    assert!(
        !h.shows(&required),
        "no error on a section the person has not touched yet"
    );

    let below = top(&h, "personal.name");
    h.type_into("personal.codice_fiscale", "RSS").expect("type");
    let editor = h.app.editor.as_ref().expect("editor");
    let issue = editor
        .issue("personal.codice_fiscale")
        .expect("an invalid codice fiscale");
    let message = cittadinanza::widget::field::issue_text(issue);
    assert!(!h.shows(&message), "no error while typing");
    assert_eq!(top(&h, "personal.name"), below, "nothing moved");

    // Tab leaves the field: its error shows, in the space kept for it.
    h.send(Message::TabPressed { shift: false });
    assert!(h.shows(&message), "the error once the field is left");
    assert_eq!(
        top(&h, "personal.name"),
        below,
        "the error line's space was kept"
    );
    assert!(!h.shows(&required), "the fields not visited stay quiet");

    // Next section, then back: every error of the section shows.
    h.click(id("section-legal_basis")).expect("another section");
    h.click(id("section-personal")).expect("back");
    assert!(
        h.shows(&required),
        "the reopened section shows what is missing"
    );
}

#[test]
fn save_shows_the_errors_of_the_section() {
    let _turn = one_at_a_time();
    let mut h = Harness::new(Language::It, true);
    h.click(id("new-applicant")).expect("new applicant");
    h.click(id("section-personal")).expect("personal");
    assert!(!h.shows(&t("err-missing")));
    h.click(id("save")).expect("save");
    assert!(h.shows(&t("err-missing")));
}

#[test]
fn section_12_reads_every_answer_back_with_what_is_missing_first_and_change_jumps() {
    let _turn = one_at_a_time();
    let mut h = Harness::new(Language::It, true);
    h.click(id("new-applicant")).expect("new applicant");
    h.click(id("section-personal")).expect("personal");
    h.type_into("personal.surname", "Rossi").expect("surname");
    h.click(id("section-consent")).expect("section 12");
    assert!(h.shows(&t("review-title")));
    let answered = format!(
        "{}: Rossi",
        t(&cittadinanza::screen::editor::form::label_id(
            "personal.surname"
        ))
    );
    assert!(h.shows(&answered), "the answer is read back");
    let (missing_y, answer_y) = {
        let mut ui = h.ui();
        let missing = ui
            .find(iced_test::selector::id("review-change:personal.name"))
            .expect("the missing name, with Change")
            .bounds()
            .y;
        let answer = ui.find(answered.as_str()).expect("answer").bounds().y;
        (missing, answer)
    };
    assert!(missing_y < answer_y, "what is missing comes first");

    h.click(id("review-change:personal.name")).expect("change");
    let editor = h.app.editor.as_ref().expect("editor");
    assert_eq!(editor.section, SectionId::Personal, "jumped to the section");
    assert!(
        editor.shown_issue("personal.name").is_some(),
        "and the error to correct is shown"
    );

    // A complete application: nothing missing, every section's answers there.
    let sample = cittadinanza_core::samples::complete_art9(gui_support::today());
    let id_complete = h
        .store
        .lock()
        .expect("store")
        .create(&sample)
        .expect("create");
    h.send(Message::Applicants(
        cittadinanza::screen::applicants::Message::Open(id_complete),
    ));
    h.click(id("section-consent")).expect("section 12");
    assert!(h.shows(&t("review-nothing-missing")));
    let editor = h.app.editor.as_ref().expect("editor");
    for group in editor.review().groups {
        assert!(
            !group.answers.is_empty(),
            "{:?} has answers in the review",
            group.section
        );
    }
    assert!(h.shows(&format!(
        "{}: {}",
        t(&cittadinanza::screen::editor::form::label_id(
            "personal.codice_fiscale"
        )),
        sample.personal.codice_fiscale
    )));
}
