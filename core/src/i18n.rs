//! The form's words in the app's fourteen languages (`core/i18n/<lang>/fields.ftl`): section
//! names, field labels, choices and the read-back review's own words. One copy per language:
//! the library reads the Italian one for the summary PDF (`pdf::italian`), the app loads each
//! beside its own `i18n/<lang>/cittadinanza.ftl`.

/// Codes of the languages, as the app's `i18n/` folders are named.
pub const LANGUAGES: [&str; 14] = [
    "it", "en", "fr", "es", "ar", "sq", "ro", "uk", "pt", "zh-Hans", "bn", "ur", "hi", "pa",
];

/// The Fluent source of the form's words in language `code` (`None` for a language the app
/// does not have).
pub fn fields_ftl(code: &str) -> Option<&'static str> {
    Some(match code {
        "it" => include_str!("../i18n/it/fields.ftl"),
        "en" => include_str!("../i18n/en/fields.ftl"),
        "fr" => include_str!("../i18n/fr/fields.ftl"),
        "es" => include_str!("../i18n/es/fields.ftl"),
        "ar" => include_str!("../i18n/ar/fields.ftl"),
        "sq" => include_str!("../i18n/sq/fields.ftl"),
        "ro" => include_str!("../i18n/ro/fields.ftl"),
        "uk" => include_str!("../i18n/uk/fields.ftl"),
        "pt" => include_str!("../i18n/pt/fields.ftl"),
        "zh-Hans" => include_str!("../i18n/zh-Hans/fields.ftl"),
        "bn" => include_str!("../i18n/bn/fields.ftl"),
        "ur" => include_str!("../i18n/ur/fields.ftl"),
        "hi" => include_str!("../i18n/hi/fields.ftl"),
        "pa" => include_str!("../i18n/pa/fields.ftl"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_file_and_nothing_else_does() {
        for code in LANGUAGES {
            let source = fields_ftl(code).unwrap_or_default();
            assert!(source.contains("\nfield-personal-surname = "), "{code}");
        }
        assert!(fields_ftl("de").is_none());
    }
}
