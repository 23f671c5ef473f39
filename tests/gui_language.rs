//! Switching the language in the settings changes the whole interface at once, Arabic
//! mirrors the layout. (One test per binary: the language is process-wide.)

mod gui_support;

use cittadinanza::i18n::Language;
use gui_support::{Harness, SIZE};
use iced_test::selector::id;

#[test]
fn switching_language_changes_visible_text_and_arabic_mirrors_the_layout() {
    let mut h = Harness::new(Language::It, true);
    assert!(h.shows("Richiedenti"));
    assert!(!h.shows("Applicants"));

    h.click(id("nav-settings")).expect("settings");
    assert!(h.shows("Impostazioni"));
    let count = Language::ALL.len();
    let english = Language::ALL
        .iter()
        .position(|l| *l == Language::En)
        .expect("English offered");
    h.choose("settings-language", english, count)
        .expect("choose English");
    assert_eq!(h.app.settings.language, Language::En);
    assert!(h.shows("Settings"));
    assert!(h.shows("Applicants"));
    assert!(!h.shows("Impostazioni"));

    // Navigation on the left in a left-to-right language...
    let navigation = h
        .ui()
        .find(id("nav-settings"))
        .expect("navigation")
        .bounds();
    assert!(navigation.x < SIZE.width / 2.0);

    // ...on the right in Arabic, with Arabic text.
    let arabic = Language::ALL
        .iter()
        .position(|l| *l == Language::Ar)
        .expect("Arabic offered");
    h.choose("settings-language", arabic, count)
        .expect("choose Arabic");
    assert!(h.shows("الإعدادات"));
    assert!(h.shows("مقدّمو الطلبات"));
    let navigation = h
        .ui()
        .find(id("nav-settings"))
        .expect("navigation")
        .bounds();
    assert!(
        navigation.x > SIZE.width / 2.0,
        "navigation mirrored to the right: {navigation:?}"
    );

    // A new applicant's editor in Arabic shows the section names in Arabic.
    h.click(id("nav-applicants")).expect("applicants");
    h.click(id("new-applicant")).expect("new applicant");
    assert!(h.shows("1. أساس الطلب"));
}
