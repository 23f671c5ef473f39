//! Versions, copies and transfer of an applicant, driven through the real interface.

mod gui_support;

use cittadinanza::app::{Message, Screen};
use cittadinanza::i18n::{Language, t, t_args};
use cittadinanza::screen::{applicants, editor, history};
use cittadinanza::store::UiError;
use cittadinanza_core::store::ApplicantId;
use gui_support::Harness;
use iced_test::selector::id;

fn new_applicant(h: &mut Harness, surname: &str) -> ApplicantId {
    h.click(id("new-applicant")).expect("new applicant button");
    h.click(id("section-personal")).expect("personal data");
    h.type_into("personal.surname", surname).expect("surname");
    h.app.editor.as_ref().expect("editor open").id
}

fn current_version(h: &Harness, id: ApplicantId) -> u32 {
    h.store
        .lock()
        .expect("store")
        .summary(id)
        .expect("summary")
        .version
}

fn surname_in_editor(h: &Harness) -> String {
    h.app
        .editor
        .as_ref()
        .expect("editor open")
        .application()
        .personal
        .surname
        .clone()
}

fn open_history(h: &mut Harness) {
    h.click(t("nav-history").as_str()).expect("versions screen");
    assert_eq!(h.app.screen, Screen::History);
}

#[test]
fn an_earlier_version_is_restored_after_confirmation_and_stays_undoable() {
    let mut h = Harness::new(Language::It, true);
    let applicant = new_applicant(&mut h, "Rossi");
    let rossi = current_version(&h, applicant);
    h.type_into("personal.surname", "ni").expect("more typing");
    assert_eq!(surname_in_editor(&h), "Rossini");
    let rossini = current_version(&h, applicant);
    assert!(rossini > rossi, "each autosave is a version");

    open_history(&mut h);
    assert!(h.shows(&t("history-current")));
    h.click(id(format!("restore:{rossi}"))).expect("restore");
    assert_eq!(
        surname_in_editor(&h),
        "Rossini",
        "nothing before confirming"
    );
    h.click(id(format!("confirm-restore:{rossi}")))
        .expect("confirm");

    assert_eq!(surname_in_editor(&h), "Rossi");
    assert!(h.shows(&t_args(
        "history-restored",
        &[("version", rossi.to_string())]
    )));
    let mut store = h.store.lock().expect("store");
    assert_eq!(
        store.load(applicant).expect("load").personal.surname,
        "Rossi"
    );
    let versions = store.history(applicant).expect("history");
    assert!(
        versions[0].version > rossini,
        "the restore is a new version"
    );
    assert!(
        versions.iter().any(|v| v.version == rossini),
        "the undone draft can be restored in turn"
    );
}

#[test]
fn an_applicant_moves_to_another_desk_in_an_encrypted_file() {
    let mut h = Harness::new(Language::It, true);
    let original = new_applicant(&mut h, "Haddad");
    open_history(&mut h);

    // The passphrase is checked before any file dialog opens.
    h.type_into("history-passphrase", "corta")
        .expect("passphrase");
    h.click(id("history-export")).expect("export");
    assert!(h.shows(&t_args(
        "secrets-passphrase-too-short",
        &[("min", "8".to_string())]
    )));
    h.type_into("history-passphrase", "-lunga-abbastanza")
        .expect("passphrase");
    h.type_into("history-passphrase-repeat", "diversa-da-quella")
        .expect("repeat");
    h.click(id("history-export")).expect("export");
    assert!(h.shows(&t("history-passphrase-mismatch")));

    let passphrase = "corta-lunga-abbastanza";
    h.send(Message::History(history::Message::RepeatChanged(
        passphrase.into(),
    )));
    let folder = tempfile::tempdir().expect("temp dir");
    let file = folder.path().join("haddad");
    h.send(Message::History(history::Message::ExportTo(Some(
        file.clone(),
    ))));
    let file = file.with_extension("cittadinanza");
    assert!(file.is_file(), "exported with its extension");
    assert!(h.shows(&t_args(
        "history-exported",
        &[("path", file.display().to_string())]
    )));
    let bytes = std::fs::read(&file).expect("read the file");
    assert!(
        !bytes.windows(6).any(|w| w == b"Haddad"),
        "the file is encrypted"
    );

    // The other desk imports it: a wrong passphrase is said, and the file can be retried.
    h.send(Message::Navigate(Screen::Applicants));
    h.send(Message::Applicants(applicants::Message::ImportFrom(Some(
        file.clone(),
    ))));
    assert!(h.shows(&t_args(
        "applicants-import-file",
        &[("file", "haddad.cittadinanza".to_string())]
    )));
    h.type_into("import-passphrase", "sbagliata")
        .expect("passphrase");
    h.click(id("confirm-import")).expect("import");
    assert!(h.shows(&t("store-bundle-wrong-passphrase")));
    assert_eq!(h.store.lock().expect("store").list(true).len(), 1);

    h.send(Message::Applicants(
        applicants::Message::ImportPassphraseChanged(passphrase.into()),
    ));
    h.click(id("confirm-import")).expect("import");
    let imported = h.app.editor.as_ref().expect("the import is opened").id;
    assert_ne!(imported, original, "a new applicant, nothing overwritten");
    assert_eq!(surname_in_editor(&h), "Haddad");
    assert_eq!(h.app.applicants.summaries.len(), 2);
}

#[test]
fn a_copy_gets_the_same_data_without_the_k10_number() {
    let mut h = Harness::new(Language::It, true);
    let original = new_applicant(&mut h, "Okafor");
    {
        let mut store = h.store.lock().expect("store");
        let mut draft = store.load(original).expect("load");
        draft.k10_number = "K10/0012345".into();
        store.save(original, &draft, 1).expect("save");
    }
    // Reopen so the editor holds the K10 number too.
    h.send(Message::Navigate(Screen::Applicants));
    h.send(Message::Applicants(applicants::Message::Open(original)));
    open_history(&mut h);
    h.click(id("history-duplicate")).expect("duplicate");

    let copy = h.app.editor.as_ref().expect("the copy is opened").id;
    assert_ne!(copy, original);
    assert_eq!(h.app.screen, Screen::Editor);
    assert_eq!(surname_in_editor(&h), "Okafor");
    let mut store = h.store.lock().expect("store");
    assert!(store.load(copy).expect("copy").k10_number.is_empty());
    assert_eq!(
        store.load(original).expect("original").k10_number,
        "K10/0012345"
    );
}

/// Types more of the surname without letting the autosave run (its timer is dropped), then
/// starts the save: its task is returned unrun, so that the test decides when the store
/// answers (the user asks for a copy or an export within the second of an autosave).
fn typed_then_saving(h: &mut Harness, surname: &str) -> iced::Task<Message> {
    let id = h.app.editor.as_ref().expect("editor open").id;
    let typed = editor::Message::TextChanged("personal.surname".into(), surname.into());
    drop(h.app.update(Message::Editor(id, typed)));
    let save = h.app.update(Message::Editor(id, editor::Message::Save));
    assert!(h.app.editor.as_ref().expect("editor open").is_saving());
    save
}

#[test]
fn a_copy_asked_for_during_a_save_waits_for_it_and_holds_the_last_edits() {
    let mut h = Harness::new(Language::It, true);
    let original = new_applicant(&mut h, "Rossi");
    let save = typed_then_saving(&mut h, "Rossini");
    open_history(&mut h);
    h.click(id("history-duplicate")).expect("duplicate");
    assert_eq!(
        h.store.lock().expect("store").list(true).len(),
        1,
        "no copy before the draft is saved"
    );

    h.run(save);
    let copy = h.app.editor.as_ref().expect("the copy is opened").id;
    assert_ne!(copy, original);
    assert_eq!(surname_in_editor(&h), "Rossini");
    let mut store = h.store.lock().expect("store");
    assert_eq!(store.load(copy).expect("copy").personal.surname, "Rossini");
}

#[test]
fn an_export_is_not_written_when_the_save_before_it_fails() {
    let mut h = Harness::new(Language::It, true);
    new_applicant(&mut h, "Haddad");
    let save = typed_then_saving(&mut h, "Haddad Amina");
    open_history(&mut h);
    let passphrase = "una-frase-lunga-abbastanza";
    h.type_into("history-passphrase", passphrase)
        .expect("passphrase");
    h.type_into("history-passphrase-repeat", passphrase)
        .expect("repeat");
    let folder = tempfile::tempdir().expect("temp dir");
    let file = folder.path().join("haddad.cittadinanza");
    h.send(Message::History(history::Message::ExportTo(Some(
        file.clone(),
    ))));
    assert!(!file.exists(), "not before the draft is saved");

    // The store answers that the folder is taken by another program.
    h.run(save.map(|message| match message {
        Message::Editor(id, editor::Message::Saved(generation, _)) => Message::Editor(
            id,
            editor::Message::Saved(generation, Err(UiError::new("store-in-use"))),
        ),
        other => other,
    }));
    assert!(!file.exists(), "nothing exported from an out-of-date draft");
    assert!(h.shows(&t("store-in-use")), "the history screen says why");
    assert!(h.app.editor.as_ref().expect("editor").has_unsaved_changes());

    // Asked again, the draft is saved and the file written, with the last edits.
    h.send(Message::History(history::Message::ExportTo(Some(
        file.clone(),
    ))));
    assert!(file.is_file(), "exported once saved");
    assert_eq!(surname_in_editor(&h), "Haddad Amina");
    let saved = h.store.lock().expect("store").list(true);
    assert_eq!(saved.len(), 1);
}

/// The save dialog of an export answers once another applicant was started: the file holds
/// the applicant whose history asked for it.
#[test]
fn an_export_answered_after_switching_applicants_holds_the_applicant_it_was_asked_for() {
    let mut h = Harness::new(Language::It, true);
    new_applicant(&mut h, "Haddad");
    open_history(&mut h);
    let passphrase = "una-frase-lunga-abbastanza";
    h.type_into("history-passphrase", passphrase)
        .expect("passphrase");
    h.type_into("history-passphrase-repeat", passphrase)
        .expect("repeat");
    h.send(Message::Navigate(Screen::Applicants));
    new_applicant(&mut h, "Okafor");

    let folder = tempfile::tempdir().expect("temp dir");
    let file = folder.path().join("haddad.cittadinanza");
    h.send(Message::History(history::Message::ExportTo(Some(
        file.clone(),
    ))));
    assert!(file.is_file(), "exported");
    let mut store = h.store.lock().expect("store");
    let imported = store.import_bundle(&file, passphrase).expect("import");
    let draft = store.load(imported).expect("load");
    assert_eq!(draft.personal.surname, "Haddad");
}

/// A copy waits for the save of a draft that is deleted meanwhile: the wait ends (the
/// history's buttons work again), and no copy is made.
#[test]
fn deleting_an_applicant_ends_the_jobs_waiting_for_its_save() {
    let mut h = Harness::new(Language::It, true);
    let original = new_applicant(&mut h, "Rossi");
    let save = typed_then_saving(&mut h, "Rossini");
    open_history(&mut h);
    h.click(id("history-duplicate")).expect("duplicate");
    assert!(h.app.history.is_busy(), "the copy waits for the save");

    h.send(Message::Navigate(Screen::Applicants));
    h.send(Message::Applicants(applicants::Message::ConfirmDelete(
        original,
    )));
    assert!(!h.app.history.is_busy(), "the wait ended");
    h.run(save);
    assert!(h.store.lock().expect("store").list(true).is_empty());
}
