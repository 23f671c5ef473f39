//! A pixel snapshot of the editor in each writing system added with the new languages
//! (hashes under `tests/snapshots/`, like `gui_snapshots.rs`): a missing or broken font, or
//! shaping gone wrong, changes the picture. Delete a hash file to accept a deliberate change
//! (also after a translation of that language changes). Set `CITTADINANZA_SNAPSHOT_PNG` to a
//! folder to also get the pictures, for a look.

mod gui_support;

use cittadinanza::fonts;
use cittadinanza::i18n::{self, Language, t};
use cittadinanza::screen::editor::Editor;
use cittadinanza::theme::ThemeChoice;
use cittadinanza_core::model::SectionId;
use cittadinanza_core::samples;
use cittadinanza_core::store::ApplicantId;
use gui_support::today;
use iced_test::Simulator;

const SCRIPTS: [(Language, &str); 6] = [
    (Language::Uk, "cyrillic"),
    (Language::ZhHans, "han"),
    (Language::Bn, "bengali"),
    (Language::Hi, "devanagari"),
    (Language::Pa, "gurmukhi"),
    (Language::Ur, "urdu"),
];

// One test: the language is process-wide.
#[test]
fn the_editor_in_each_new_script() {
    let id = ApplicantId(uuid::Uuid::nil());
    let mut different = Vec::new();
    for (language, script) in SCRIPTS {
        i18n::set_language(language);
        let mut editor = Editor::new(id, samples::complete_art9(today()), None, today());
        editor.section = SectionId::EntryStay;
        let mut ui = Simulator::with_size(fonts::settings(), (1200.0, 820.0), editor.view());
        // The screen really is in the language (the label that introduces the permit).
        ui.find(t("field-entry-stay-permit-type").as_str())
            .unwrap_or_else(|_| panic!("{}: permit label shown", language.code()));
        let snapshot = ui.snapshot(&ThemeChoice::Light.theme()).expect("snapshot");
        let name = format!("script_{script}_{}", language.code());
        if let Ok(folder) = std::env::var("CITTADINANZA_SNAPSHOT_PNG") {
            snapshot
                .matches_image(format!("{folder}/{name}"))
                .expect("picture");
        }
        let hash = format!("{}/tests/snapshots/{name}", env!("CARGO_MANIFEST_DIR"));
        if !snapshot.matches_hash(hash).expect("hash") {
            different.push(name);
        }
    }
    assert!(different.is_empty(), "these look different: {different:?}");
}
