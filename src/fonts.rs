//! The fonts of the interface. DejaVu Sans (Latin, Cyrillic, Arabic and more) is the default
//! everywhere, so the interface looks the same on every system and Arabic is shaped correctly.
//!
//! Other scripts come from fonts the text engine (cosmic-text) finds by script when DejaVu
//! lacks a glyph: on Windows and macOS the system's own (Nirmala UI, Microsoft YaHei, Bangla
//! Sangam MN…); on Linux, where they are often missing, subsets of the Noto fonts embedded
//! here under their own family names, which are the names cosmic-text looks for
//! (`scripts/subset-fonts` makes them). They are parsed only when a language in that script is
//! chosen. Urdu is the exception: DejaVu has most but not all of its letters, and a word drawn
//! in two fonts looks broken, so while Urdu is active the default family is Noto Naskh Arabic,
//! with the Latin letters of Noto Sans merged in: iced shapes ASCII-only text (names, codes)
//! without font fallback, so the default font itself must have them.

use std::borrow::Cow;

use iced::Font;
use iced::font::Family;

use crate::i18n::Language;
#[cfg(not(any(windows, target_os = "macos")))]
use crate::i18n::Script;

pub const DEJAVU_SANS: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
pub const DEJAVU_SANS_BOLD: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");

const NASKH_ARABIC: [&[u8]; 2] = [
    include_bytes!("../assets/fonts/NotoNaskhArabic-Regular.ttf"),
    include_bytes!("../assets/fonts/NotoNaskhArabic-Bold.ttf"),
];

/// Fonts of the scripts Windows and macOS always have fonts for.
#[cfg(not(any(windows, target_os = "macos")))]
mod linux {
    pub const BENGALI: [&[u8]; 2] = [
        include_bytes!("../assets/fonts/NotoSansBengali-Regular.ttf"),
        include_bytes!("../assets/fonts/NotoSansBengali-Bold.ttf"),
    ];
    pub const DEVANAGARI: [&[u8]; 2] = [
        include_bytes!("../assets/fonts/NotoSansDevanagari-Regular.ttf"),
        include_bytes!("../assets/fonts/NotoSansDevanagari-Bold.ttf"),
    ];
    pub const GURMUKHI: [&[u8]; 2] = [
        include_bytes!("../assets/fonts/NotoSansGurmukhi-Regular.ttf"),
        include_bytes!("../assets/fonts/NotoSansGurmukhi-Bold.ttf"),
    ];
    pub const HAN: [&[u8]; 2] = [
        include_bytes!("../assets/fonts/NotoSansCJKsc-Regular.otf"),
        include_bytes!("../assets/fonts/NotoSansCJKsc-Bold.otf"),
    ];
}

/// The family of the text widgets: a generic family, which [`use_language`] points at the
/// right font for the language (the font database lets each generic family name a font). Not
/// `SansSerif`, the family of `Font::DEFAULT`: iced_test draws `Font::DEFAULT` in Fira Sans, so
/// the tests would not see the application's fonts.
pub const DEFAULT: Font = Font {
    family: Family::Fantasy,
    ..Font::DEFAULT
};

pub const BOLD: Font = Font {
    weight: iced::font::Weight::Bold,
    ..DEFAULT
};

const DEJAVU_FAMILY: &str = "DejaVu Sans";
const NASKH_FAMILY: &str = "Noto Naskh Arabic";

/// The fonts embedded for `language` beyond DejaVu Sans (regular and bold).
pub fn embedded(language: Language) -> &'static [&'static [u8]] {
    if language == Language::Ur {
        return &NASKH_ARABIC;
    }
    #[cfg(not(any(windows, target_os = "macos")))]
    match language.script() {
        Script::Bengali => return &linux::BENGALI,
        Script::Devanagari => return &linux::DEVANAGARI,
        Script::Gurmukhi => return &linux::GURMUKHI,
        Script::Han => return &linux::HAN,
        Script::Latin | Script::Arabic | Script::Cyrillic => {}
    }
    &[]
}

/// The family the interface's text is drawn in for `language`.
pub fn family(language: Language) -> &'static str {
    match language {
        Language::Ur => NASKH_FAMILY,
        _ => DEJAVU_FAMILY,
    }
}

/// Makes the fonts of every language available (the language list in the settings shows each
/// language's name in its own script); the default family is unchanged.
pub fn load_all() {
    let lock = iced_graphics::text::font_system();
    let mut system = match lock.write() {
        Ok(guard) => guard,
        Err(poisoned) => poisoned.into_inner(),
    };
    for language in Language::ALL {
        for bytes in embedded(language) {
            system.load_font(Cow::Borrowed(bytes));
        }
    }
}

/// Makes the fonts of `language` available (parsed once, at the first use of the script) and
/// points the default family at the language's font. Called whenever the language changes.
pub fn use_language(language: Language) {
    let lock = iced_graphics::text::font_system();
    let mut system = match lock.write() {
        Ok(guard) => guard,
        Err(poisoned) => poisoned.into_inner(),
    };
    for bytes in [DEJAVU_SANS, DEJAVU_SANS_BOLD]
        .iter()
        .chain(embedded(language))
    {
        // Borrowed bytes: iced loads each address only once.
        system.load_font(Cow::Borrowed(bytes));
    }
    system.raw().db_mut().set_fantasy_family(family(language));
}

/// Settings with the bundled fonts loaded and the current language's font as default (also for
/// iced_test).
pub fn settings() -> iced::Settings {
    use_language(crate::i18n::language());
    iced::Settings {
        fonts: vec![DEJAVU_SANS.into(), DEJAVU_SANS_BOLD.into()],
        default_font: DEFAULT,
        ..iced::Settings::default()
    }
}
