//! A draft saved by a newer version of the app opens in the editor with a note naming the
//! values this version did not understand; an ordinary draft has no note.

mod gui_support;

use cittadinanza::app::{LoadedApplicant, Message, Screen};
use cittadinanza::i18n::Language;
use cittadinanza_core::model::lenient::decode_application;
use cittadinanza_core::store::ApplicantId;
use gui_support::Harness;

const NEWER: &str = include_str!("../core/tests/fixtures/draft-from-newer-version.json");

fn open(h: &mut Harness, id: ApplicantId, json: &[u8]) -> usize {
    let decoded = decode_application(json).expect("the draft decodes");
    let count = decoded.dropped.len();
    h.send(Message::Loaded(Ok(Box::new(LoadedApplicant {
        id,
        application: decoded.value,
        saved: None,
        not_understood: decoded.dropped,
    }))));
    assert_eq!(h.app.screen, Screen::Editor);
    count
}

#[test]
fn the_editor_names_the_values_a_newer_version_wrote() {
    for language in [Language::It, Language::En] {
        let mut h = Harness::new(language, true);
        let id = h
            .store
            .lock()
            .expect("store")
            .create(&cittadinanza_core::model::Application::new())
            .expect("create");
        let count = open(&mut h, id, NEWER.as_bytes());
        assert_eq!(count, 12);
        let editor = h.app.editor.as_ref().expect("editor open");
        let note = editor.newer_version_note().expect("a note");
        for part in [
            count.to_string(),
            "\"art9_g\"".to_string(),
            "\"eu_blue_card\"".to_string(),
        ] {
            assert!(note.contains(&part), "{language:?}: {part} in {note}");
        }
        assert!(h.shows(&note), "{language:?}: the note is shown");
        // The data the newer version wrote and this one knows is there.
        let editor = h.app.editor.as_ref().expect("editor open");
        assert_eq!(editor.application().personal.surname, "El Amrani");
        assert_eq!(editor.application().legal_basis.basis, None);
    }
}

#[test]
fn an_ordinary_draft_has_no_note() {
    let mut h = Harness::new(Language::It, true);
    let app = cittadinanza_core::samples::complete_art9(gui_support::today());
    let id = h.store.lock().expect("store").create(&app).expect("create");
    let json = serde_json::to_vec(&app).expect("json");
    assert_eq!(open(&mut h, id, &json), 0);
    let editor = h.app.editor.as_ref().expect("editor open");
    assert_eq!(editor.newer_version_note(), None);
}
