//! The documents checklist: a real file imported into the encrypted vault, and an expired
//! criminal record certificate.

mod gui_support;

use chrono::Months;
use cittadinanza::app::{Message, Screen};
use cittadinanza::i18n::{Language, t, t_args};
use cittadinanza::screen::{applicants, documents};
use cittadinanza_core::model::{Application, DocumentKind, SectionId};
use cittadinanza_core::rules::checklist::{ItemState, checklist};
use cittadinanza_core::samples;
use gui_support::{Harness, today};
use iced_test::selector::id;

fn open(h: &mut Harness, application: &Application) {
    let applicant = h
        .store
        .lock()
        .expect("store")
        .create(application)
        .expect("create");
    h.send(Message::Applicants(applicants::Message::Open(applicant)));
    assert!(h.app.editor.is_some(), "the applicant opens");
    h.send(Message::Navigate(Screen::Documents));
    assert_eq!(h.app.screen, Screen::Documents);
}

fn state_of(h: &Harness, kind: DocumentKind) -> ItemState {
    let editor = h.app.editor.as_ref().expect("editor");
    checklist(editor.application(), today())
        .into_iter()
        .find(|item| item.kind == kind)
        .map(|item| item.state)
        .expect("item in the checklist")
}

#[test]
fn a_missing_document_is_provided_after_importing_a_real_file() {
    let mut h = Harness::new(Language::En, false);
    open(&mut h, &Application::new());

    let items = checklist(
        h.app.editor.as_ref().expect("editor").application(),
        today(),
    );
    let index = items
        .iter()
        .position(|item| item.kind == DocumentKind::BirthCertificate)
        .expect("birth certificate asked for");
    assert_eq!(items[index].state, ItemState::Missing);
    assert!(h.shows(&format!("○  {}", t("checklist-state-missing"))));

    h.click(id(format!("add-file:{index}"))).expect("add file");
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("atto-di-nascita.pdf");
    std::fs::write(&file, b"%PDF-1.4 birth certificate scan").expect("write file");
    h.send(Message::Documents(documents::Message::FilePicked(Some(
        file.clone(),
    ))));

    let ItemState::Provided { vault_id } = state_of(&h, DocumentKind::BirthCertificate) else {
        panic!("the birth certificate is attached");
    };
    assert!(h.shows(&format!("✓  {}", t("checklist-state-provided"))));
    assert!(h.shows("atto-di-nascita.pdf · 31 B"));

    // The attachment reached the stored draft (autosave) and the vault holds the bytes.
    let editor_id = h.app.editor.as_ref().expect("editor").id;
    let mut store = h.store.lock().expect("store");
    let saved = store.load(editor_id).expect("load");
    assert_eq!(saved.documents.attached.len(), 1);
    assert_eq!(saved.documents.attached[0].vault_id, vault_id);
    assert_eq!(
        store.read_document(&vault_id).expect("read back"),
        b"%PDF-1.4 birth certificate scan"
    );
}

#[test]
fn a_criminal_record_needs_its_issue_date_and_a_missing_file_changes_nothing() {
    let mut h = Harness::new(Language::En, false);
    let mut application = Application::new();
    application.legal_basis.basis = Some(cittadinanza_core::model::LegalBasis::Art9F);
    open(&mut h, &application);
    let items = checklist(
        h.app.editor.as_ref().expect("editor").application(),
        today(),
    );
    let Some(index) = items
        .iter()
        .position(|item| item.kind == DocumentKind::CriminalRecord)
    else {
        panic!("criminal record asked for: {items:?}");
    };
    h.click(id(format!("add-file:{index}"))).expect("add file");
    if items[index].country().is_none() {
        h.click(id("documents-choose-file")).expect("choose file");
        assert!(h.shows(&t("documents-country-required")));
        h.type_into("documents.country", "Albania")
            .expect("country");
    }
    h.type_into("documents.issue_date", "31/02/2026")
        .expect("issue date");
    h.send(Message::Documents(documents::Message::FilePicked(Some(
        std::path::PathBuf::from("/nonexistent/scan.pdf"),
    ))));
    assert!(
        !h.shows(&format!("✓  {}", t("checklist-state-provided"))),
        "nothing attached with an impossible date"
    );
    let problem =
        cittadinanza_core::rules::fields::parse_date("31/02/2026").expect_err("impossible date");
    assert!(
        h.shows(&t_args(problem.message_id(), &problem.args())),
        "the date's error is shown next to the item"
    );
    assert!(
        h.app
            .editor
            .as_ref()
            .expect("editor")
            .application()
            .documents
            .attached
            .is_empty()
    );
    // No file dialog here: the answer is `None` and the form stays as it was.
    h.send(Message::Documents(documents::Message::FilePicked(None)));
    assert!(h.ui().find(id("documents.issue_date")).is_ok());
}

#[test]
fn an_expired_criminal_record_shows_as_expired_and_keeps_the_dot_white() {
    let mut h = Harness::new(Language::En, false);
    let mut application = samples::complete_art9(today());
    let issued = today()
        .checked_sub_months(Months::new(8))
        .expect("date")
        .format("%d/%m/%Y")
        .to_string();
    for document in &mut application.documents.attached {
        if document.kind == Some(DocumentKind::CriminalRecord) {
            document.issue_date = issued.clone();
        }
    }
    open(&mut h, &application);

    let ItemState::Expired { on } = state_of(&h, DocumentKind::CriminalRecord) else {
        panic!("the certificate is expired");
    };
    let expired = t_args(
        "checklist-state-expired",
        &[("date", on.format("%d/%m/%Y").to_string())],
    );
    assert!(h.shows(&format!("✗  {expired}")));
    assert!(h.shows(&t("documents-criminal-record-validity")));
    assert!(h.shows(&t("documents-replace-file")));
    let editor = h.app.editor.as_ref().expect("editor");
    assert!(!editor.is_complete(SectionId::Documents), "white dot");
    assert!(
        editor.is_complete(SectionId::Personal),
        "other sections unaffected"
    );
}
