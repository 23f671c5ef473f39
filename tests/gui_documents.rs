//! The documents checklist: a real file imported into the encrypted vault, an expired
//! criminal record certificate, an issue date corrected and an attachment removed.

mod gui_support;

use chrono::Months;
use cittadinanza::app::{Message, Screen};
use cittadinanza::i18n::{Language, t, t_args};
use cittadinanza::screen::{applicants, documents, editor};
use cittadinanza::widget::date_picker::button_id;
use cittadinanza_core::model::{Application, DocumentKind, SectionId};
use cittadinanza_core::rules::checklist::{ItemState, checklist};
use cittadinanza_core::samples;
use gui_support::calendar::{date, months_back, pick_day, press, press_in};
use gui_support::{Harness, today};
use iced::keyboard::{Modifiers, key::Named};
use iced_test::selector::id;

/// Stores `application` and opens it on the Documents screen. Its attachments (the samples
/// name files no vault has) are made real: each imported into the vault, as the checklist
/// shows a file the vault lacks as missing.
fn open(h: &mut Harness, application: &Application) {
    let applicant = {
        let mut store = h.store.lock().expect("store");
        let mut application = application.clone();
        let samples = std::mem::take(&mut application.documents.attached);
        let applicant = store.create(&application).expect("create");
        for sample in samples {
            let kind = sample.kind.expect("a kind");
            let mut document = store
                .import_document_bytes(
                    applicant,
                    &sample.original_name,
                    b"%PDF-1.4 scan",
                    kind,
                    &sample.issue_date,
                )
                .expect("import");
            document.country = sample.country;
            application.documents.attached.push(document);
        }
        store.save(applicant, &application, 0).expect("save");
        applicant
    };
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
    // Section 8 declares the same date (the one that counts).
    for certificate in &mut application.judicial.certificates {
        certificate.issue_date = issued.clone();
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

fn criminal_record_form(h: &mut Harness) -> usize {
    let items = checklist(
        h.app.editor.as_ref().expect("editor").application(),
        today(),
    );
    let index = items
        .iter()
        .position(|item| item.kind == DocumentKind::CriminalRecord)
        .expect("criminal record asked for");
    h.click(id(format!("add-file:{index}"))).expect("add file");
    if items[index].country().is_none() {
        h.type_into("documents.country", "Albania")
            .expect("country");
    }
    index
}

fn art9_draft() -> Application {
    let mut application = Application::new();
    application.legal_basis.basis = Some(cittadinanza_core::model::LegalBasis::Art9F);
    application
}

#[test]
fn the_issue_date_is_picked_from_the_calendar_and_reaches_the_attachment() {
    let mut h = Harness::new(Language::En, false);
    open(&mut h, &art9_draft());
    criminal_record_form(&mut h);

    h.click(id(button_id(documents::ISSUE_DATE)))
        .expect("calendar button");
    assert!(h.shows("March 2026"), "opens on today's month");
    months_back(&mut h, 1);
    pick_day(&mut h, date(2026, 2, 27));
    assert!(h.app.documents.picker.is_none(), "closed on a pick");
    assert!(h.shows("27/02/2026"));

    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("casellario.pdf");
    std::fs::write(&file, b"%PDF-1.4 certificate").expect("write file");
    h.send(Message::Documents(documents::Message::FilePicked(Some(
        file.clone(),
    ))));
    let editor = h.app.editor.as_ref().expect("editor");
    let attached = &editor.application().documents.attached;
    assert_eq!(attached.len(), 1);
    assert_eq!(attached[0].issue_date, "27/02/2026");
    assert_eq!(attached[0].country, "Albania");
    let saved = h
        .store
        .lock()
        .expect("store")
        .load(editor.id)
        .expect("load");
    assert_eq!(saved.documents.attached[0].issue_date, "27/02/2026");
    assert!(matches!(
        state_of(&h, DocumentKind::CriminalRecord),
        ItemState::Provided { .. } | ItemState::Expiring { .. }
    ));
}

#[test]
fn the_issue_date_keyboard_and_its_inline_error() {
    let mut h = Harness::new(Language::En, false);
    open(&mut h, &art9_draft());
    criminal_record_form(&mut h);

    // A wrong date is flagged under the field while typing, before any file is chosen.
    h.type_into(documents::ISSUE_DATE, "31/02/2026")
        .expect("issue date");
    let problem =
        cittadinanza_core::rules::fields::parse_date("31/02/2026").expect_err("impossible date");
    assert!(h.shows(&t_args(problem.message_id(), &problem.args())));

    // Alt+Down opens the calendar (on today: the typed text is not a date), Left and Enter
    // pick yesterday, replacing the wrong text.
    press_in(
        &mut h,
        Some(documents::ISSUE_DATE),
        Named::ArrowDown,
        Modifiers::ALT,
    );
    assert!(h.app.documents.picker.is_some());
    press(&mut h, Named::ArrowLeft, Modifiers::empty());
    press(&mut h, Named::Enter, Modifiers::empty());
    assert!(h.app.documents.picker.is_none());
    assert!(h.shows("14/03/2026"));
    assert!(!h.shows(&t_args(problem.message_id(), &problem.args())));
}

#[test]
fn a_form_being_filled_waits_for_its_applicant() {
    let mut h = Harness::new(Language::En, false);
    open(&mut h, &art9_draft());
    let first = h.app.editor.as_ref().expect("editor").id;
    criminal_record_form(&mut h);
    h.type_into(documents::ISSUE_DATE, "01/03/2026")
        .expect("issue date");

    // Another applicant: no form of the first one under its items.
    open(&mut h, &art9_draft());
    assert!(h.ui().find(id(documents::ISSUE_DATE)).is_err());

    // Back to the first: the form is there with what was typed.
    h.send(Message::Applicants(applicants::Message::Open(first)));
    h.send(Message::Navigate(Screen::Documents));
    assert!(h.ui().find(id(documents::ISSUE_DATE)).is_ok());
    assert!(h.shows("01/03/2026"));
}

#[test]
fn a_file_imported_after_switching_applicants_reaches_its_own_draft() {
    let mut h = Harness::new(Language::En, false);
    open(&mut h, &art9_draft());
    let first = h.app.editor.as_ref().expect("editor").id;
    criminal_record_form(&mut h);
    h.type_into(documents::ISSUE_DATE, "01/03/2026")
        .expect("issue date");
    open(&mut h, &art9_draft());
    let second = h.app.editor.as_ref().expect("editor").id;

    // The vault's answer for the first applicant arrives now.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("casellario.pdf");
    std::fs::write(&file, b"%PDF-1.4 certificate").expect("write file");
    let document = h
        .store
        .lock()
        .expect("store")
        .import_document(first, &file, DocumentKind::CriminalRecord, "01/03/2026")
        .expect("import");
    h.send(Message::Documents(documents::Message::Imported(
        first,
        Ok(document.clone()),
    )));

    let open_draft = h.app.editor.as_ref().expect("editor");
    assert_eq!(open_draft.id, second);
    assert!(open_draft.application().documents.attached.is_empty());
    let mut store = h.store.lock().expect("store");
    assert!(
        store
            .load(second)
            .expect("load")
            .documents
            .attached
            .is_empty()
    );
    let saved = store.load(first).expect("load");
    assert_eq!(saved.documents.attached.len(), 1);
    assert_eq!(saved.documents.attached[0].vault_id, document.vault_id);
    assert_eq!(saved.documents.attached[0].country, "Albania");
}

#[test]
fn a_file_imported_after_the_applicant_was_closed_reaches_its_draft() {
    let mut h = Harness::new(Language::En, false);
    open(&mut h, &art9_draft());
    let applicant = h.app.editor.as_ref().expect("editor").id;
    criminal_record_form(&mut h);
    h.type_into(documents::ISSUE_DATE, "01/03/2026")
        .expect("issue date");
    h.send(Message::Editor(applicant, editor::Message::Back));
    assert!(h.app.editor.is_none(), "the applicant is closed");

    // The vault's answer arrives now.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("casellario.pdf");
    std::fs::write(&file, b"%PDF-1.4 certificate").expect("write file");
    let document = h
        .store
        .lock()
        .expect("store")
        .import_document(applicant, &file, DocumentKind::CriminalRecord, "01/03/2026")
        .expect("import");
    h.send(Message::Documents(documents::Message::Imported(
        applicant,
        Ok(document.clone()),
    )));

    let saved = h
        .store
        .lock()
        .expect("store")
        .load(applicant)
        .expect("load");
    assert_eq!(saved.documents.attached.len(), 1);
    assert_eq!(saved.documents.attached[0].vault_id, document.vault_id);
    assert_eq!(saved.documents.attached[0].country, "Albania");
}

#[test]
fn the_issue_date_of_an_attached_certificate_can_be_corrected() {
    let mut h = Harness::new(Language::En, false);
    open(&mut h, &samples::complete_art9(today()));
    let applicant = h.app.editor.as_ref().expect("editor").id;
    let (index, vault_id) = h
        .app
        .editor
        .as_ref()
        .expect("editor")
        .application()
        .documents
        .attached
        .iter()
        .enumerate()
        .find(|(_, d)| d.kind == Some(DocumentKind::CriminalRecord))
        .map(|(i, d)| (i, d.vault_id.clone()))
        .expect("a criminal record certificate");
    assert!(!matches!(
        state_of(&h, DocumentKind::CriminalRecord),
        ItemState::Expired { .. }
    ));

    h.click(id(format!("edit-issue-date:{vault_id}")))
        .expect("issue date button");
    // A date in the future is refused, translated, and nothing changes.
    h.send(Message::Documents(
        documents::Message::EditedIssueDateChanged(String::new()),
    ));
    h.type_into(documents::EDIT_ISSUE_DATE, "01/04/2026")
        .expect("type");
    h.click(id("documents-save-issue-date")).expect("save");
    assert!(h.shows(&t("documents-issue-date-future")));

    // Eight months back in the calendar: the certificate is expired.
    h.click(id(button_id(documents::EDIT_ISSUE_DATE)))
        .expect("calendar");
    assert!(h.shows("April 2026"), "opens on the typed date");
    months_back(&mut h, 9);
    pick_day(&mut h, date(2025, 7, 10));
    h.click(id("documents-save-issue-date")).expect("save");
    assert!(
        h.ui().find(id(documents::EDIT_ISSUE_DATE)).is_err(),
        "closed"
    );

    let editor = h.app.editor.as_ref().expect("editor");
    assert_eq!(
        editor.application().documents.attached[index].issue_date,
        "10/07/2025"
    );
    // Section 8's date is the one that counts: the certificate stays valid by it, and the
    // attachment's different date is shown as a problem that keeps the dot white.
    assert!(!matches!(
        state_of(&h, DocumentKind::CriminalRecord),
        ItemState::Expired { .. }
    ));
    let declared = editor.application().judicial.certificates[0]
        .issue_date
        .clone();
    let mismatch = cittadinanza_core::rules::Problem::IssueDateMismatch { declared };
    assert!(
        h.shows(&t_args(mismatch.message_id(), &mismatch.args())),
        "the mismatch is shown next to the certificate"
    );
    assert!(
        !editor.is_complete(SectionId::Documents),
        "the dot turns white"
    );
    let saved = h
        .store
        .lock()
        .expect("store")
        .load(applicant)
        .expect("load");
    assert_eq!(saved.documents.attached[index].issue_date, "10/07/2025");
}

#[test]
fn an_attachment_is_removed_only_once_confirmed_and_leaves_draft_and_vault() {
    let mut h = Harness::new(Language::En, false);
    open(&mut h, &samples::complete_art9(today()));
    let applicant = h.app.editor.as_ref().expect("editor").id;
    let attached = |h: &Harness| {
        h.app
            .editor
            .as_ref()
            .expect("editor")
            .application()
            .documents
            .attached
            .clone()
    };
    let before = attached(&h);
    let vault_id = before
        .iter()
        .find(|d| d.kind == Some(DocumentKind::CriminalRecord))
        .map(|d| d.vault_id.clone())
        .expect("a criminal record certificate");
    assert!(!matches!(
        state_of(&h, DocumentKind::CriminalRecord),
        ItemState::Missing
    ));

    // Asked, then cancelled: nothing changes.
    h.click(id(format!("remove:{vault_id}"))).expect("remove");
    h.click(t("documents-cancel").as_str()).expect("cancel");
    assert!(
        h.ui()
            .find(id(format!("confirm-remove:{vault_id}")))
            .is_err()
    );
    assert_eq!(attached(&h), before);

    h.click(id(format!("remove:{vault_id}"))).expect("remove");
    h.click(id(format!("confirm-remove:{vault_id}")))
        .expect("confirm");
    let after = attached(&h);
    assert_eq!(after.len(), before.len() - 1);
    assert!(after.iter().all(|d| d.vault_id != vault_id));
    assert!(matches!(
        state_of(&h, DocumentKind::CriminalRecord),
        ItemState::Missing
    ));
    assert!(
        h.ui().find(id(format!("remove:{vault_id}"))).is_err(),
        "the item offers a file again"
    );
    // Saved without it, and the file is gone from the vault.
    let mut store = h.store.lock().expect("store");
    let saved = store.load(applicant).expect("load");
    assert!(
        saved
            .documents
            .attached
            .iter()
            .all(|d| d.vault_id != vault_id)
    );
    assert_eq!(
        store.check_document(&vault_id, false).expect("check"),
        cittadinanza_core::store::DocumentHealth::Missing
    );
}
