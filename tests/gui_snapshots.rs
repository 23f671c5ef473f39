//! Pixel snapshots of the editor (hashes of the rendered frame under `tests/snapshots/`;
//! delete a hash file to accept a deliberate change of look).

mod gui_support;

use cittadinanza::fonts;
use cittadinanza::i18n::{self, Language};
use cittadinanza::screen::editor::Editor;
use cittadinanza::theme::ThemeChoice;
use cittadinanza_core::model::{Application, SectionId};
use cittadinanza_core::samples;
use cittadinanza_core::store::ApplicantId;
use gui_support::today;
use iced_test::Simulator;

fn snapshot(editor: &Editor, theme: ThemeChoice, name: &str) {
    let mut ui = Simulator::with_size(fonts::settings(), (1200.0, 820.0), editor.view());
    let snapshot = ui.snapshot(&theme.theme()).expect("snapshot");
    assert!(
        snapshot
            .matches_hash(format!(
                "{}/tests/snapshots/{name}",
                env!("CARGO_MANIFEST_DIR")
            ))
            .expect("hash"),
        "{name} looks different"
    );
}

#[test]
fn editor_snapshots() {
    i18n::set_language(Language::It);
    let id = ApplicantId(uuid::Uuid::nil());

    let complete = Editor::new(id, samples::complete_art9(today()), None, today());
    assert_eq!(complete.completed(), 12);
    snapshot(&complete, ThemeChoice::Light, "editor_complete_light");

    let mut empty = Editor::new(id, Application::new(), None, today());
    empty.section = SectionId::Personal;
    // Its errors shown (as once the section was left or saved), in the space kept for them.
    empty.reveal(SectionId::Personal);
    assert!(!empty.is_complete(SectionId::Personal));
    snapshot(
        &empty,
        ThemeChoice::HighContrast,
        "editor_empty_personal_high_contrast",
    );
}
