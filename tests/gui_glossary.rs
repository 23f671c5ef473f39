//! The glossary is reachable from the navigation and lists each Italian legal term in the
//! interface language with its Italian original. (One test per binary: the language is
//! process-wide.)

mod gui_support;

use cittadinanza::app::Screen;
use cittadinanza::i18n::Language;
use gui_support::Harness;
use iced_test::selector::id;

#[test]
fn the_glossary_shows_each_term_with_its_italian_original() {
    let mut h = Harness::new(Language::En, true);
    h.click(id("nav-glossary"))
        .expect("glossary in the navigation");
    assert_eq!(h.app.screen, Screen::Glossary);
    assert!(h.shows("Glossary"));
    assert!(h.shows("Residence registration"));
    assert!(h.shows("In Italian: Residenza anagrafica"));
    assert!(h.shows("Notice of intended rejection"));
    assert!(h.shows("In Italian: Preavviso di rigetto"));

    // In Italian the term is shown once, without an "Italian" line.
    h.click(id("nav-settings")).expect("settings");
    let italian = Language::ALL
        .iter()
        .position(|l| *l == Language::It)
        .expect("Italian offered");
    h.choose("settings-language", italian, Language::ALL.len())
        .expect("choose Italian");
    h.click(id("nav-glossary")).expect("glossary");
    assert!(h.shows("Glossario"));
    assert!(h.shows("Residenza anagrafica"));
    assert!(!h.shows("In italiano: Residenza anagrafica"));

    // Chinese: the term in Chinese, the Italian original beside it.
    h.click(id("nav-settings")).expect("settings");
    let chinese = Language::ALL
        .iter()
        .position(|l| *l == Language::ZhHans)
        .expect("Chinese offered");
    h.choose("settings-language", chinese, Language::ALL.len())
        .expect("choose Chinese");
    h.click(id("nav-glossary")).expect("glossary");
    assert!(h.shows("术语表"));
    assert!(h.shows("户籍登记"));
    assert!(h.shows("意大利语：Residenza anagrafica"));
}
