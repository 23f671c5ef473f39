//! Every character of every translation has a glyph in the fonts the app loads for its
//! language (the embedded Noto subsets on Linux, DejaVu Sans elsewhere): shaped the way the
//! interface shapes it, no text comes out as empty boxes. Run on a machine whose own fonts are
//! only DejaVu (as CI's), so that system fonts cannot hide a missing embedded one. Urdu is
//! drawn in one font (Noto Naskh Arabic), not a mix of two within a word, and ASCII-only text
//! (which iced shapes without font fallback) has its letters in every language's default font.

use cittadinanza::fonts;
use cittadinanza::i18n::{Language, Script};
// `Family::Fantasy` is the family of `fonts::DEFAULT`, the one the interface draws in.
use iced_graphics::text::cosmic_text::{Attrs, Buffer, Family, Metrics, Shaping};

/// The text of each message (values and variants, with their `{ $placeables }`).
fn texts(language: Language) -> Vec<String> {
    language
        .sources()
        .into_iter()
        .flat_map(str::lines)
        .filter(|line| !line.starts_with('#'))
        .map(|line| match line.split_once(" = ") {
            Some((id, value)) if !id.starts_with(' ') => value.to_string(),
            _ => line.trim().to_string(),
        })
        .filter(|text| !text.is_empty())
        .collect()
}

/// (characters drawn with no glyph, families of the fonts used for Arabic-script letters).
fn shape(language: Language) -> (Vec<String>, Vec<String>) {
    fonts::use_language(language);
    let lock = iced_graphics::text::font_system();
    let mut guard = lock.write().expect("font system");
    let system = guard.raw();
    let mut missing = Vec::new();
    let mut arabic_families = Vec::new();
    // What the user types (names, places, codes) is drawn in every language too.
    let user_data = "El Amrani Fatima Zahra, Questura di Torino, RSSMRA85T10A562S: 0123456789 €";
    for text in texts(language)
        .into_iter()
        .chain([language.native_name().to_string(), user_data.to_string()])
    {
        // As iced's default (`Shaping::Auto`): ASCII-only text is shaped without font fallback.
        let shaping = if text.is_ascii() {
            Shaping::Basic
        } else {
            Shaping::Advanced
        };
        let mut buffer = Buffer::new(system, Metrics::new(16.0, 20.0));
        buffer.set_text(
            system,
            &text,
            &Attrs::new().family(Family::Fantasy),
            shaping,
            None,
        );
        buffer.shape_until_scroll(system, false);
        let mut glyphs = Vec::new();
        for run in buffer.layout_runs() {
            for glyph in run.glyphs {
                glyphs.push((
                    run.text[glyph.start..glyph.end].to_string(),
                    glyph.font_id,
                    glyph.glyph_id,
                ));
            }
        }
        for (cluster, font_id, glyph_id) in glyphs {
            if glyph_id == 0 && !cluster.trim().is_empty() {
                missing.push(cluster.clone());
            }
            if cluster
                .chars()
                .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
            {
                let family = system
                    .db()
                    .face(font_id)
                    .and_then(|face| face.families.first().map(|(name, _)| name.clone()))
                    .unwrap_or_default();
                if !arabic_families.contains(&family) {
                    arabic_families.push(family);
                }
            }
        }
    }
    missing.sort();
    missing.dedup();
    (missing, arabic_families)
}

// One test: the font system and its default family are process-wide, and loading every font
// (last) would hide a language whose own fonts are not loaded.
#[test]
fn every_translation_is_drawn_with_real_glyphs() {
    let mut problems = Vec::new();
    for language in Language::ALL {
        let (missing, arabic_families) = shape(language);
        if !missing.is_empty() {
            problems.push(format!("{}: no glyph for {missing:?}", language.code()));
        }
        if language == Language::Ur && arabic_families != ["Noto Naskh Arabic"] {
            problems.push(format!("ur: Arabic letters drawn with {arabic_families:?}"));
        }
        if language.script() == Script::Arabic && arabic_families.is_empty() {
            problems.push(format!("{}: no Arabic letters found", language.code()));
        }
    }
    for language in [Language::It, Language::Ur] {
        fonts::use_language(language);
        let missing = language_names_missing_glyphs();
        if !missing.is_empty() {
            problems.push(format!(
                "{}: names drawn as boxes: {missing:?}",
                language.code()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The language list of the settings: with every font loaded (as when the settings screen
/// opens), each language's name is drawn in its own script whatever the current language.
fn language_names_missing_glyphs() -> Vec<&'static str> {
    fonts::load_all();
    let lock = iced_graphics::text::font_system();
    let mut guard = lock.write().expect("font system");
    let system = guard.raw();
    let mut missing = Vec::new();
    for language in Language::ALL {
        let name = language.native_name();
        let mut buffer = Buffer::new(system, Metrics::new(16.0, 20.0));
        buffer.set_text(
            system,
            name,
            &Attrs::new().family(Family::Fantasy),
            Shaping::Advanced,
            None,
        );
        buffer.shape_until_scroll(system, false);
        if buffer
            .layout_runs()
            .any(|run| run.glyphs.iter().any(|glyph| glyph.glyph_id == 0))
        {
            missing.push(name);
        }
    }
    missing
}
