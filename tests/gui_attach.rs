//! Attaching never dead-ends, and the checklist believes the vault, not the draft (issue 16):
//! the demo's documents are real files in the vault, a missing or damaged vault file is shown
//! as such, files dropped on the Documents screen fill the item the screen names, and without
//! a file dialog a typed path attaches and exports.

mod gui_support;

use cittadinanza::app::{Message, Screen};
use cittadinanza::i18n::{Language, t, t_args};
use cittadinanza::screen::{applicants, documents};
use cittadinanza_core::rules::checklist::ItemState;
use cittadinanza_core::store::{DocumentHealth, VAULT_DIR};
use gui_support::{Harness, today};
use iced_test::selector::id;

/// The interface language is global: the tests of this file take turns.
static LANGUAGE: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    LANGUAGE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// An item's state line as the checklist shows it: the symbol, then the words.
fn state(message_id: &str) -> String {
    format!("✗  {}", t(message_id))
}

fn specimen(dir: &std::path::Path, name: &str) -> std::path::PathBuf {
    let bytes =
        cittadinanza_core::pdf::render_specimen("Passaporto", &["Prova".to_string()]).expect("pdf");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

/// "n of m ready" as the Documents screen shows it for the open draft.
fn progress(h: &Harness) -> (usize, usize) {
    let editor = h.app.editor.as_ref().expect("editor");
    let items = documents::Documents::items(editor, today());
    let ready = items
        .iter()
        .filter(|item| {
            !item.state.blocks_completion()
                && item.attachment.as_deref().is_none_or(|vault_id| {
                    h.app.documents.health.get(vault_id) != Some(&DocumentHealth::Missing)
                        && h.app.documents.health.get(vault_id) != Some(&DocumentHealth::Damaged)
                })
        })
        .count();
    (ready, items.len())
}

fn shows_progress(h: &Harness, ready: usize, total: usize) -> bool {
    h.shows(&t_args(
        "documents-progress",
        &[("ready", ready.to_string()), ("total", total.to_string())],
    ))
}

#[test]
fn the_demo_documents_are_real_and_the_checklist_shows_missing_and_damaged_files() {
    let _turn = one_at_a_time();
    let opened = cittadinanza::demo::open(today()).expect("demo");
    let folder = opened.demo_dir.clone().expect("a demo folder");
    let folder_path = folder.path().to_path_buf();
    assert!(folder_path.join(cittadinanza::demo::MARKER).exists());
    let (complete, _) = opened.open.expect("the complete applicant");
    let store = opened.store.clone();
    let mut attached = Vec::new();
    {
        let mut s = store.lock().expect("store");
        for summary in s.list(true) {
            let application = s.load(summary.id).expect("load");
            for document in application.documents.attached {
                assert_eq!(
                    s.check_document(&document.vault_id, true).ok(),
                    Some(DocumentHealth::Ok),
                    "{} is in the vault",
                    document.original_name
                );
                let bytes = s.read_document(&document.vault_id).expect("read");
                assert!(bytes.starts_with(b"%PDF-"), "a real PDF");
                attached.push((summary.id, document));
            }
        }
    }
    assert!(attached.len() >= 10, "the demo attaches its documents");
    let vault = store.lock().expect("store").dir().join(VAULT_DIR);

    let dir = tempfile::tempdir().expect("dir");
    let mut h = Harness::over(store, dir, Language::En, true);
    h.send(Message::Applicants(applicants::Message::Open(complete)));
    h.click(id("nav-documents")).expect("documents");
    assert_eq!(h.app.screen, Screen::Documents);
    let (ready, total) = progress(&h);
    assert!(shows_progress(&h, ready, total));
    assert!(!h.shows(&state("documents-file-missing")));

    // One file goes missing, another is damaged at its end (its header still looks right).
    let open_docs: Vec<_> = attached
        .iter()
        .filter(|(owner, _)| *owner == complete)
        .map(|(_, d)| d.clone())
        .collect();
    let gone = &open_docs[0];
    let damaged = &open_docs[1];
    std::fs::remove_file(vault.join(format!("{}.czv", gone.vault_id))).expect("remove");
    let path = vault.join(format!("{}.czv", damaged.vault_id));
    let mut raw = std::fs::read(&path).expect("read");
    let at = raw.len() - 3;
    raw[at] ^= 0x55;
    std::fs::write(&path, raw).expect("write");

    // Coming back to the screen checks cheaply: the missing file is seen at once.
    h.click(id("nav-applicants")).expect("away");
    h.click(id("nav-documents")).expect("back");
    assert!(
        h.shows(&state("documents-file-missing")),
        "missing, not ready"
    );
    assert!(
        shows_progress(&h, ready - 1, total),
        "one fewer ready ({ready} before)"
    );
    assert!(
        !h.shows(&state("documents-file-damaged")),
        "the header is intact"
    );

    // The full check decrypts everything.
    h.click(id("documents-check")).expect("full check");
    assert!(h.shows(&state("documents-file-damaged")));
    assert!(h.shows(&t_args(
        "documents-check-bad",
        &[("count", "2".to_string())]
    )));
    assert!(shows_progress(&h, ready - 2, total));
    drop(h);

    drop(opened);
    drop(folder);
    assert!(
        !folder_path.exists(),
        "the demo folder goes when the app ends"
    );
}

/// A new applicant on the Documents screen, and the item a drop would fill.
fn documents_of_new_applicant(h: &mut Harness) -> usize {
    h.click(id("new-applicant")).expect("new applicant");
    h.click(id("nav-documents")).expect("documents");
    let editor = h.app.editor.as_ref().expect("editor");
    let items = documents::Documents::items(editor, today());
    let target = documents::drop_target(&items).expect("something is missing");
    assert!(matches!(items[target].state, ItemState::Missing));
    assert!(h.shows(&t_args(
        "documents-drop-target",
        &[("item", t(&items[target].label_id()))]
    )));
    target
}

#[test]
fn a_file_dropped_on_the_documents_screen_fills_the_item_it_names() {
    let _turn = one_at_a_time();
    let mut h = Harness::new(Language::En, true);
    let target = documents_of_new_applicant(&mut h);
    let files = tempfile::tempdir().expect("dir");
    let scan = specimen(files.path(), "scan-passaporto.pdf");

    h.send(Message::Documents(documents::Message::FileHovered(Some(
        scan.clone(),
    ))));
    h.send(Message::Documents(documents::Message::FileDropped(scan)));
    let editor = h.app.editor.as_ref().expect("editor");
    let attached = &editor.application().documents.attached;
    assert_eq!(attached.len(), 1, "the dropped file is attached");
    let items = documents::Documents::items(editor, today());
    assert_eq!(
        items[target].attachment.as_deref(),
        Some(attached[0].vault_id.as_str()),
        "to the item the screen named"
    );
    assert_eq!(attached[0].original_name, "scan-passaporto.pdf");
    let store = h.store.lock().expect("store");
    assert_eq!(
        store.check_document(&attached[0].vault_id, true).ok(),
        Some(DocumentHealth::Ok)
    );
}

#[test]
fn without_a_file_dialog_a_typed_path_attaches_and_exports() {
    let _turn = one_at_a_time();
    cittadinanza::file_dialog::disable();
    let mut h = Harness::new(Language::En, true);
    let target = documents_of_new_applicant(&mut h);
    h.click(id(format!("add-file:{target}"))).expect("add file");
    h.click(id("documents-choose-file")).expect("choose");
    assert!(
        h.shows(&t("documents-no-dialog")),
        "says there is no dialog"
    );

    let files = tempfile::tempdir().expect("dir");
    let wrong = files.path().join("nope.pdf");
    h.send(Message::Documents(documents::Message::TypedPathChanged(
        wrong.display().to_string(),
    )));
    h.click(id("documents-use-typed-path")).expect("use");
    assert!(h.shows(&t_args(
        "documents-typed-path-not-found",
        &[("path", wrong.display().to_string())]
    )));
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

    let scan = specimen(files.path(), "passaporto.pdf");
    h.send(Message::Documents(documents::Message::TypedPathChanged(
        String::new(),
    )));
    h.type_into("documents-typed-path", &scan.display().to_string())
        .expect("type the path");
    h.click(id("documents-use-typed-path")).expect("use");
    let document = h
        .app
        .editor
        .as_ref()
        .expect("editor")
        .application()
        .documents
        .attached[0]
        .clone();
    assert_eq!(document.original_name, "passaporto.pdf");

    // Export… without a save dialog: typed too.
    h.click(id(format!("export:{}", document.vault_id)))
        .expect("export");
    assert!(h.shows(&t("documents-no-save-dialog")));
    let copy = files.path().join("copia.pdf");
    h.type_into("documents-export-path", &copy.display().to_string())
        .expect("type the destination");
    h.click(id("documents-export-typed")).expect("export");
    assert_eq!(
        std::fs::read(&copy).expect("the copy"),
        std::fs::read(&scan).expect("the scan")
    );
}

#[test]
fn without_a_file_dialog_an_applicant_is_exported_and_imported_by_typed_paths() {
    let _turn = one_at_a_time();
    cittadinanza::file_dialog::disable();
    let mut h = Harness::new(Language::En, true);
    h.click(id("new-applicant")).expect("new applicant");
    h.click(id("section-personal")).expect("personal");
    h.type_into("personal.surname", "Rossi").expect("surname");
    h.click(id("save")).expect("save");
    h.click(id("nav-history")).expect("versions and copies");
    h.type_into("history-passphrase", "una frase lunga")
        .expect("passphrase");
    h.type_into("history-passphrase-repeat", "una frase lunga")
        .expect("repeat");
    h.click(id("history-export")).expect("export");
    assert!(
        h.shows(&t("documents-no-save-dialog")),
        "says there is no dialog"
    );
    let files = tempfile::tempdir().expect("dir");
    let bundle = files.path().join("rossi.cittadinanza");
    h.type_into("history-export-path", &bundle.display().to_string())
        .expect("type the destination");
    h.click(id("history-export-typed")).expect("export there");
    assert!(bundle.is_file(), "the bundle was written where typed");

    h.click(id("nav-applicants")).expect("list");
    h.click(id("import-applicant")).expect("import");
    assert!(h.shows(&t("applicants-import-no-dialog")));
    h.type_into("import-typed-path", &bundle.display().to_string())
        .expect("type the file");
    h.click(id("import-use-typed-path")).expect("use it");
    h.type_into("import-passphrase", "una frase lunga")
        .expect("passphrase");
    h.click(id("confirm-import")).expect("confirm");
    let store = h.store.lock().expect("store");
    let surnames: Vec<String> = store
        .list(true)
        .into_iter()
        .map(|s| s.display_name)
        .collect();
    assert_eq!(surnames.len(), 2, "{surnames:?}");
}
