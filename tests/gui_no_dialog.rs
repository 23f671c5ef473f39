//! Every file dialog of the app has a way out when no dialog can be shown (issue 16.7): the
//! screen says so and takes a typed path. Here for the PDF's *Save as…*, the calendar export, the editor's attach button and the data folder in the settings.

mod gui_support;

use cittadinanza::app::{Message, Screen};
use cittadinanza::i18n::{Language, t, t_args};
use cittadinanza::screen::applicants;
use cittadinanza_core::model::Application;
use cittadinanza_core::samples;
use gui_support::{Harness, today};
use iced_test::selector::id;

fn open(h: &mut Harness, application: &Application, screen: Screen) {
    let applicant = h
        .store
        .lock()
        .expect("store")
        .create(application)
        .expect("create");
    h.send(Message::Applicants(applicants::Message::Open(applicant)));
    assert!(h.app.editor.is_some(), "the applicant opens");
    h.send(Message::Navigate(screen));
    assert_eq!(h.app.screen, screen);
}

fn invalid(path: &std::path::Path) -> String {
    t_args(
        "documents-typed-destination-invalid",
        &[("path", path.display().to_string())],
    )
}

#[test]
fn without_a_save_dialog_the_pdf_is_saved_where_typed() {
    cittadinanza::file_dialog::disable();
    let mut h = Harness::new(Language::En, true);
    open(&mut h, &samples::complete_art9(today()), Screen::Pdf);
    h.click(id("pdf-choose:riepilogo-domanda"))
        .expect("the summary");
    h.click(id("pdf-generate")).expect("generate");
    assert!(h.app.pdf.generated.is_some(), "generated");
    h.click(id("pdf-save-as")).expect("save as");
    assert!(
        h.shows(&t("file-dialog-no-save-dialog")),
        "says no dialog could be shown"
    );

    let files = tempfile::tempdir().expect("dir");
    let nowhere = files.path().join("missing-folder").join("riepilogo.pdf");
    h.type_into("pdf-save-path", &nowhere.display().to_string())
        .expect("type");
    h.click(id("pdf-save-typed")).expect("save here");
    assert!(h.shows(&invalid(&nowhere)), "a folder that does not exist");
    assert!(!nowhere.exists());

    let path = files.path().join("riepilogo.pdf");
    h.send(Message::Pdf(
        cittadinanza::screen::pdf::Message::SavePathTyped(
            cittadinanza::screen::pdf::SaveKind::Pdf,
            String::new(),
        ),
    ));
    h.type_into("pdf-save-path", &path.display().to_string())
        .expect("type");
    h.click(id("pdf-save-typed")).expect("save here");
    let bytes = std::fs::read(&path).expect("saved where typed");
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(h.shows(&t_args(
        "pdf-screen-saved",
        &[("path", path.display().to_string())]
    )));
    assert!(!h.shows(&t("file-dialog-no-save-dialog")), "the row goes");
}

#[test]
fn without_a_save_dialog_the_calendar_is_exported_where_typed() {
    cittadinanza::file_dialog::disable();
    let mut h = Harness::new(Language::En, true);
    open(&mut h, &samples::complete_art9(today()), Screen::Timeline);
    h.click(id("timeline-export")).expect("export");
    assert!(h.shows(&t("file-dialog-no-save-dialog")));

    let files = tempfile::tempdir().expect("dir");
    h.type_into("timeline-export-path", &files.path().display().to_string())
        .expect("type a folder");
    h.click(id("timeline-export-typed")).expect("export");
    assert!(
        h.shows(&invalid(files.path())),
        "a folder is not a file name"
    );

    let path = files.path().join("scadenze.ics");
    h.send(Message::Timeline(
        cittadinanza::screen::timeline::Message::ExportPathTyped(String::new()),
    ));
    h.type_into("timeline-export-path", &path.display().to_string())
        .expect("type");
    h.click(id("timeline-export-typed")).expect("export");
    let ics = std::fs::read_to_string(&path).expect("written where typed");
    assert!(ics.starts_with("BEGIN:VCALENDAR"), "{ics}");
    assert!(h.shows(&t_args(
        "timeline-exported",
        &[("path", path.display().to_string())]
    )));
}

#[test]
fn without_a_file_chooser_the_editor_attaches_a_typed_path() {
    cittadinanza::file_dialog::disable();
    let mut h = Harness::new(Language::En, true);
    open(&mut h, &Application::new(), Screen::Editor);
    h.click(id("section-documents")).expect("section 11");
    h.choose(
        "attach.kind",
        0,
        cittadinanza_core::model::DocumentKind::ALL.len(),
    )
    .expect("a kind");
    h.click(id("attach-file")).expect("choose the file");
    assert!(h.shows(&t("documents-no-dialog")));

    let files = tempfile::tempdir().expect("dir");
    let scan = files.path().join("scan.pdf");
    h.type_into("attach-typed-path", &scan.display().to_string())
        .expect("type");
    h.click(id("attach-use-typed-path")).expect("attach");
    assert!(h.shows(&t_args(
        "documents-typed-path-not-found",
        &[("path", scan.display().to_string())]
    )));

    let bytes =
        cittadinanza_core::pdf::render_specimen("Passaporto", &["Prova".to_string()]).expect("pdf");
    std::fs::write(&scan, bytes).expect("write");
    h.click(id("attach-use-typed-path")).expect("attach");
    let attached = &h
        .app
        .editor
        .as_ref()
        .expect("editor")
        .application()
        .documents
        .attached;
    assert_eq!(attached.len(), 1, "attached from the typed path");
    assert_eq!(attached[0].original_name, "scan.pdf");
}

#[test]
fn without_a_folder_chooser_the_data_folder_is_typed() {
    cittadinanza::file_dialog::disable();
    let mut h = Harness::new(Language::En, true);
    h.send(Message::Navigate(Screen::Settings));
    h.click(id("settings-choose-folder")).expect("choose");
    assert!(h.shows(&t("file-dialog-no-folder-dialog")));

    let files = tempfile::tempdir().expect("dir");
    let missing = files.path().join("nope");
    h.type_into("settings-data-dir-path", &missing.display().to_string())
        .expect("type");
    h.click(id("settings-data-dir-typed")).expect("use");
    assert!(h.shows(&t_args(
        "file-dialog-folder-not-found",
        &[("path", missing.display().to_string())]
    )));
    assert_eq!(h.app.settings.data_dir, None);

    h.send(Message::Settings(
        cittadinanza::screen::settings::Message::DataDirTyped(String::new()),
    ));
    h.type_into(
        "settings-data-dir-path",
        &files.path().display().to_string(),
    )
    .expect("type");
    h.click(id("settings-data-dir-typed")).expect("use");
    assert_eq!(h.app.settings.data_dir.as_deref(), Some(files.path()));
    assert!(h.shows(&t("settings-restart-needed")));
}
