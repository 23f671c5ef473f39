//! Answers of background tasks that arrive after their applicant was closed, or while another
//! applicant is open: a file that entered the vault reaches its own applicant's draft (the PDF
//! screen's "Keep in vault", the editor's "Add file", the documents screen), never another's;
//! outcomes no screen shows any more are kept or shown as the app's notice; a removed
//! attachment's file leaves the vault only once the draft without it is saved.
//!
//! Each answer is sent by hand (or its task run) after closing or switching, as the runtime
//! would deliver it late.

mod gui_support;

use std::sync::Arc;

use cittadinanza::app::{Message, Opened, Screen};
use cittadinanza::i18n::{Language, t, t_args};
use cittadinanza::screen::{applicants, documents, editor, history, pdf, timeline};
use cittadinanza::store::UiError;
use cittadinanza_core::model::{Application, AttachedDocument, DocumentKind, SectionId};
use cittadinanza_core::samples;
use cittadinanza_core::store::{ApplicantId, DocumentHealth, StoreError};
use gui_support::{Harness, today};
use iced::Task;

/// Stores `application` and opens it on `screen`.
fn open(h: &mut Harness, application: &Application, screen: Screen) -> ApplicantId {
    let applicant = h
        .store
        .lock()
        .expect("store")
        .create(application)
        .expect("create");
    h.send(Message::Applicants(applicants::Message::Open(applicant)));
    assert_eq!(h.app.editor.as_ref().map(|e| e.id), Some(applicant));
    h.send(Message::Navigate(screen));
    applicant
}

fn close(h: &mut Harness, applicant: ApplicantId) {
    h.send(Message::Editor(applicant, editor::Message::Back));
    assert!(h.app.editor.is_none(), "the applicant is closed");
}

fn stored(h: &Harness, applicant: ApplicantId) -> Application {
    h.store
        .lock()
        .expect("store")
        .load(applicant)
        .expect("load")
}

fn vault_ids(application: &Application) -> Vec<String> {
    application
        .documents
        .attached
        .iter()
        .map(|d| d.vault_id.clone())
        .collect()
}

fn in_vault(h: &Harness, vault_id: &str) -> bool {
    h.store
        .lock()
        .expect("store")
        .check_document(vault_id, true)
        .expect("check")
        == DocumentHealth::Ok
}

/// A file put in the vault for `applicant`, as the vault task would.
fn import(h: &Harness, applicant: ApplicantId, name: &str) -> AttachedDocument {
    h.store
        .lock()
        .expect("store")
        .import_document_bytes(
            applicant,
            name,
            b"%PDF-1.4 kept",
            DocumentKind::Other,
            "15/03/2026",
        )
        .expect("import")
}

fn disk_full() -> UiError {
    UiError::from(StoreError::DiskFull)
}

fn blank() -> Application {
    Application::new()
}

#[test]
fn a_pdf_kept_for_an_applicant_reaches_its_draft_whatever_is_open() {
    let mut h = Harness::new(Language::En, true);
    let first = open(&mut h, &blank(), Screen::Pdf);

    // Another applicant is open when the vault answers: the PDF goes to the first one.
    let second = open(&mut h, &blank(), Screen::Pdf);
    let kept = import(&h, first, "riepilogo.pdf");
    h.send(Message::Pdf(pdf::Message::Kept(first, Ok(kept.clone()))));
    assert_eq!(
        vault_ids(&stored(&h, first)),
        std::slice::from_ref(&kept.vault_id)
    );
    let open_draft = h.app.editor.as_ref().expect("editor").application();
    assert!(open_draft.documents.attached.is_empty(), "not the open one");
    assert!(stored(&h, second).documents.attached.is_empty());

    // None is open: it still reaches its draft.
    close(&mut h, second);
    let again = import(&h, first, "modello-spid.pdf");
    h.send(Message::Pdf(pdf::Message::Kept(first, Ok(again.clone()))));
    assert_eq!(
        vault_ids(&stored(&h, first)),
        [kept.vault_id, again.vault_id]
    );

    // A failure nobody sees on the PDF screen any more is the app's notice.
    h.send(Message::Pdf(pdf::Message::Kept(first, Err(disk_full()))));
    assert!(h.shows(&disk_full().text()));
}

#[test]
fn a_kept_pdf_whose_applicant_was_deleted_is_told() {
    let mut h = Harness::new(Language::En, true);
    let first = open(&mut h, &blank(), Screen::Pdf);
    let kept = import(&h, first, "riepilogo.pdf");
    close(&mut h, first);
    // The draft is gone when the answer comes: nothing to attach it to, and the app says so.
    {
        let mut store = h.store.lock().expect("store");
        store.delete(first).expect("delete");
    }
    h.send(Message::Pdf(pdf::Message::Kept(first, Ok(kept))));
    assert!(h.shows(&UiError::from(StoreError::ApplicantNotFound).text()));
}

#[test]
fn a_pdf_rendered_for_one_applicant_is_never_offered_for_another() {
    let mut h = Harness::new(Language::En, true);
    let first = open(&mut h, &blank(), Screen::Pdf);
    let second = open(&mut h, &blank(), Screen::Pdf);
    assert_eq!(h.app.pdf.filled_from, Some(second));
    let rendered = pdf::Generated {
        bytes: Arc::new(b"%PDF-1.4 first".to_vec()),
        file_name: "riepilogo-domanda.pdf".into(),
    };
    h.send(Message::Pdf(pdf::Message::Generated(first, Ok(rendered))));
    assert!(h.app.pdf.generated.is_none(), "not on the second's screen");

    // Errors arriving once no applicant is open are shown.
    close(&mut h, second);
    h.send(Message::Pdf(pdf::Message::Generated(
        first,
        Err(disk_full()),
    )));
    assert!(h.shows(&disk_full().text()));
    let write_failed = UiError {
        id: "pdf-screen-save-failed".into(),
        args: vec![("detail".into(), "read-only file system".into())],
    };
    h.send(Message::Pdf(pdf::Message::Saved(Err(write_failed.clone()))));
    assert!(h.shows(&write_failed.text()));
}

/// The editor's own "Add file" (section 11): the file chosen for one applicant reaches that
/// applicant's draft, with the country typed, when another is open by the time it is in the
/// vault; an import that fails once the applicant is closed is shown.
#[test]
fn a_file_added_in_the_editor_reaches_its_applicant_after_switching() {
    let mut h = Harness::new(Language::En, false);
    let first = open(&mut h, &blank(), Screen::Editor);
    h.send(Message::Editor(
        first,
        editor::Message::AttachKindChosen(DocumentKind::CriminalRecord),
    ));
    h.send(Message::Editor(
        first,
        editor::Message::AttachIssueDateChanged("01/03/2026".into()),
    ));
    h.send(Message::Editor(
        first,
        editor::Message::AttachCountryChanged("Albania".into()),
    ));
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("casellario.pdf");
    std::fs::write(&file, b"%PDF-1.4 certificate").expect("write file");
    // The vault task is started, and answers once another applicant is open.
    let importing = h.app.update(Message::Editor(
        first,
        editor::Message::FilePicked(Some(file)),
    ));
    let second = open(&mut h, &blank(), Screen::Editor);
    h.run(importing);

    let saved = stored(&h, first);
    assert_eq!(saved.documents.attached.len(), 1, "it reached its draft");
    assert_eq!(saved.documents.attached[0].country, "Albania");
    assert_eq!(
        saved.documents.attached[0].kind,
        Some(DocumentKind::CriminalRecord)
    );
    let open_draft = h.app.editor.as_ref().expect("editor").application();
    assert!(open_draft.documents.attached.is_empty(), "not the open one");
    assert!(stored(&h, second).documents.attached.is_empty());

    // A file that cannot enter the vault, answered once that applicant is closed: shown.
    h.send(Message::Editor(
        second,
        editor::Message::AttachKindChosen(DocumentKind::Other),
    ));
    let missing = dir.path().join("non-esiste.pdf");
    let importing = h.app.update(Message::Editor(
        second,
        editor::Message::FilePicked(Some(missing.clone())),
    ));
    close(&mut h, second);
    h.run(importing);
    let error = UiError::from(StoreError::FileNotFound { path: missing });
    assert!(h.shows(&error.text()));
}

#[test]
fn a_failed_import_for_a_closed_applicant_is_shown() {
    let mut h = Harness::new(Language::En, false);
    let first = open(&mut h, &blank(), Screen::Documents);
    close(&mut h, first);
    h.send(Message::Documents(documents::Message::Imported(
        first,
        Err(disk_full()),
    )));
    assert!(h.shows(&disk_full().text()));
}

/// Removing an attachment while a save is running: the file stays in the vault as long as
/// the stored draft refers to it, and leaves once the draft without it is saved.
#[test]
fn a_removed_attachment_leaves_the_vault_only_after_the_draft_without_it_is_saved() {
    let mut h = Harness::new(Language::En, false);
    let applicant = open(&mut h, &blank(), Screen::Editor);
    let scan = import(&h, applicant, "passaporto.pdf");
    h.send(Message::Editor(
        applicant,
        editor::Message::DocumentImported(Ok(scan.clone())),
    ));
    assert_eq!(
        vault_ids(&stored(&h, applicant)),
        std::slice::from_ref(&scan.vault_id)
    );

    // A save is running (not finished) when the attachment is removed.
    let typed = h.app.update(Message::Editor(
        applicant,
        editor::Message::TextChanged("personal.surname".into(), "Hoxha".into()),
    ));
    let saving = h
        .app
        .update(Message::Editor(applicant, editor::Message::Save));
    assert!(h.app.editor.as_ref().expect("editor").is_saving());
    let removing = h.app.update(Message::Editor(
        applicant,
        editor::Message::RemoveDocument(0),
    ));
    h.run(removing);
    assert_eq!(
        vault_ids(&stored(&h, applicant)),
        std::slice::from_ref(&scan.vault_id),
        "the stored draft still refers to it"
    );
    assert!(in_vault(&h, &scan.vault_id), "so its file stays");

    // The running save ends, the draft without it is saved, then the file goes.
    h.run(saving);
    h.run(typed);
    assert!(stored(&h, applicant).documents.attached.is_empty());
    assert!(!in_vault(&h, &scan.vault_id));
}

/// The messages `task` outputs, its own tasks run but none of its messages handled yet (the
/// test hands them to the app in the order it wants, as the runtime may deliver them).
fn outputs(task: iced::Task<Message>) -> Vec<Message> {
    use iced::futures::StreamExt;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let Some(mut stream) = iced_runtime::task::into_stream(task) else {
        return Vec::new();
    };
    let mut messages = Vec::new();
    while let Some(action) = runtime.block_on(stream.next()) {
        if let iced_runtime::Action::Output(message) = action {
            messages.push(message);
        }
    }
    messages
}

/// A restore confirmed at once after an attachment was removed runs on the draft saved
/// without it: whatever runs first, the stored draft never refers to a file that left the
/// vault (the file leaves with the save itself, not in a task of its own).
#[test]
fn a_restore_right_after_a_removal_never_points_to_a_file_that_left_the_vault() {
    let mut h = Harness::new(Language::En, false);
    let applicant = open(&mut h, &blank(), Screen::Editor);
    let scan = import(&h, applicant, "passaporto.pdf");
    h.send(Message::Editor(
        applicant,
        editor::Message::DocumentImported(Ok(scan.clone())),
    ));
    let versions = h.store.lock().expect("store").history(applicant);
    let with_scan = versions.expect("versions")[0].version;

    // The removal is saved; the tasks that follow that save are not run yet when the user
    // confirms a restore of the version that still lists the scan.
    let removing = h.app.update(Message::Editor(
        applicant,
        editor::Message::RemoveDocument(0),
    ));
    let mut after_save = Vec::new();
    for message in outputs(removing) {
        let saved = matches!(message, Message::Editor(_, editor::Message::Saved(..)));
        let task = h.app.update(message);
        if saved {
            after_save.push(task);
        } else {
            h.run(task);
        }
    }
    assert!(stored(&h, applicant).documents.attached.is_empty());
    h.send(Message::Navigate(Screen::History));
    h.send(Message::History(history::Message::ConfirmRestore(
        with_scan,
    )));
    for task in after_save {
        h.run(task);
    }

    let restored = stored(&h, applicant);
    for document in &restored.documents.attached {
        assert!(
            in_vault(&h, &document.vault_id),
            "the stored draft refers to {} whose file is gone",
            document.original_name
        );
    }
    let shown = h.app.editor.as_ref().expect("editor").application();
    assert_eq!(vault_ids(shown), vault_ids(&restored));
}

/// "Open", "Export…" and the full check of an applicant closed before they answer: the
/// viewer's copy is kept, an export error is shown, the check's spinner stops.
#[test]
fn documents_results_after_closing_are_kept_or_shown() {
    let mut h = Harness::new(Language::En, false);
    let first = open(&mut h, &blank(), Screen::Documents);
    let scan = import(&h, first, "passaporto.pdf");
    h.send(Message::Editor(
        first,
        editor::Message::DocumentImported(Ok(scan.clone())),
    ));
    h.send(Message::Navigate(Screen::Documents));
    // The full check is started and answers after the applicant is closed.
    let _checking = h
        .app
        .update(Message::Documents(documents::Message::Check { full: true }));
    assert!(h.shows(&t("documents-checking")));
    close(&mut h, first);

    let copy = Arc::new(tempfile::tempdir().expect("viewer folder"));
    let folder = copy.path().to_path_buf();
    h.send(Message::Documents(documents::Message::Opened(
        scan.vault_id.clone(),
        Ok(copy),
    )));
    assert!(folder.exists(), "the viewer's copy is kept");

    let write_failed = UiError::from(StoreError::PermissionDenied {
        path: "/sola-lettura/passaporto.pdf".into(),
    });
    h.send(Message::Documents(documents::Message::Exported(
        scan.vault_id.clone(),
        Err(write_failed.clone()),
    )));
    assert!(h.shows(&write_failed.text()));

    h.send(Message::Documents(documents::Message::Checked(
        true,
        Ok(vec![(scan.vault_id.clone(), DocumentHealth::Ok)]),
    )));
    h.send(Message::Applicants(applicants::Message::Open(first)));
    h.send(Message::Navigate(Screen::Documents));
    assert!(!h.shows(&t("documents-checking")), "the spinner stopped");
    assert!(h.shows(&t_args("documents-check-ok", &[("count", "1")])));
}

#[test]
fn a_calendar_export_after_closing_is_shown() {
    let mut h = Harness::new(Language::En, false);
    let first = open(&mut h, &samples::complete_art9(today()), Screen::Timeline);
    close(&mut h, first);

    let failed = UiError {
        id: "timeline-export-failed".into(),
        args: vec![("detail".into(), "disk full".into())],
    };
    h.send(Message::Timeline(timeline::Message::Exported(
        first,
        Err(failed.clone()),
    )));
    assert!(h.shows(&failed.text()), "the error is the app's notice");

    // Written: said when that applicant's timeline shows again.
    let path = std::path::PathBuf::from("/tmp/cittadinanza-gashi.ics");
    h.send(Message::Timeline(timeline::Message::Exported(
        first,
        Ok(path.clone()),
    )));
    h.send(Message::Applicants(applicants::Message::Open(first)));
    h.send(Message::Navigate(Screen::Timeline));
    assert!(h.shows(&t_args(
        "timeline-exported",
        &[("path", path.display().to_string())]
    )));
}

/// Types the surname without letting the autosave run (its timer is dropped), then starts
/// the save: its task is returned unrun, so that the test decides when the store answers.
fn typed_then_saving(h: &mut Harness, applicant: ApplicantId, surname: &str) -> Task<Message> {
    let typed = editor::Message::TextChanged("personal.surname".into(), surname.into());
    drop(h.app.update(Message::Editor(applicant, typed)));
    h.app
        .update(Message::Editor(applicant, editor::Message::Save))
}

/// Files that enter the vault while their applicant's editor is being left (its last save
/// running), from the documents screen and the PDF screen: that editor takes them, so its
/// save, written after them, does not drop them from the draft.
#[test]
fn files_imported_while_their_draft_is_being_left_stay_in_it() {
    let mut h = Harness::new(Language::En, false);
    let first = open(&mut h, &blank(), Screen::Documents);
    let saving = typed_then_saving(&mut h, first, "Hoxha");
    open(&mut h, &blank(), Screen::Documents);

    // What the vault's answers lead to has done its store work before the save is written,
    // and is heard of after it.
    let scan = import(&h, first, "passaporto.pdf");
    let answer = h
        .app
        .update(Message::Documents(documents::Message::Imported(
            first,
            Ok(scan.clone()),
        )));
    let mut late = h.answers(answer);
    let kept = import(&h, first, "riepilogo.pdf");
    let answer = h
        .app
        .update(Message::Pdf(pdf::Message::Kept(first, Ok(kept.clone()))));
    late.extend(h.answers(answer));
    h.run(saving);
    for message in late {
        h.send(message);
    }

    let saved = stored(&h, first);
    assert_eq!(saved.personal.surname, "Hoxha");
    assert_eq!(vault_ids(&saved), [scan.vault_id, kept.vault_id]);
    assert!(h.app.editor.as_ref().expect("editor").id != first);
}

/// *Back* with unsaved edits, another applicant opened, then the first opened again while
/// that save runs: when the save ends the draft stays open (the Back was before).
#[test]
fn a_draft_opened_again_after_back_stays_open_when_its_save_ends() {
    let mut h = Harness::new(Language::En, false);
    let first = open(&mut h, &blank(), Screen::Editor);
    let typed = editor::Message::TextChanged("personal.surname".into(), "Hoxha".into());
    drop(h.app.update(Message::Editor(first, typed)));
    let saving = h.app.update(Message::Editor(first, editor::Message::Back));
    assert!(h.app.editor.as_ref().expect("editor").is_saving());
    h.send(Message::Navigate(Screen::Applicants));
    open(&mut h, &blank(), Screen::Editor);
    h.send(Message::Applicants(applicants::Message::Open(first)));
    assert_eq!(h.app.editor.as_ref().map(|e| e.id), Some(first));

    h.run(saving);
    assert_eq!(h.app.screen, Screen::Editor, "not thrown back to the list");
    assert_eq!(h.app.editor.as_ref().map(|e| e.id), Some(first));
    assert_eq!(stored(&h, first).personal.surname, "Hoxha");
}

/// The section asked for at the start (the demo opens its complete application on a given
/// section) applies to the draft opened then, also one taken back from being left, and not
/// to the next one opened.
#[test]
fn the_section_asked_for_at_the_start_applies_once() {
    let mut h = Harness::new(Language::En, false);
    let first = open(&mut h, &blank(), Screen::Editor);
    let saving = typed_then_saving(&mut h, first, "Hoxha");
    open(&mut h, &blank(), Screen::Editor);
    h.send(Message::StoreOpened(Ok(Opened {
        store: h.store.clone(),
        open: Some((first, SectionId::Documents)),
        demo_dir: None,
    })));
    let editor = h.app.editor.as_ref().expect("editor");
    assert_eq!(editor.id, first, "taken back from being left");
    assert_eq!(editor.section, SectionId::Documents);
    h.run(saving);

    open(&mut h, &blank(), Screen::Editor);
    let editor = h.app.editor.as_ref().expect("editor");
    assert_eq!(editor.section, SectionId::LegalBasis, "asked for once");
}
