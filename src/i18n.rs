//! Translations: Fluent files embedded at build time, one active language switched at runtime.
//!
//! Italian is the fallback: a message missing in the active language is taken from Italian,
//! and an id missing everywhere is shown as the id itself (visible, never a crash).

use std::sync::{Arc, LazyLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// The languages of the interface. The serde names are the codes (the settings file keeps
/// `"language": "zh-Hans"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    It,
    En,
    Fr,
    Es,
    Ar,
    Sq,
    Ro,
    Uk,
    /// Brazilian usage.
    Pt,
    /// Simplified Chinese.
    #[serde(rename = "zh-Hans", alias = "zh")]
    ZhHans,
    Bn,
    Ur,
    Hi,
    /// Punjabi in Gurmukhi script.
    Pa,
}

/// The writing systems of the interface's languages (each may need its own font).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    Latin,
    Arabic,
    Cyrillic,
    Han,
    Bengali,
    Devanagari,
    Gurmukhi,
}

impl Language {
    pub const ALL: [Language; 14] = [
        Language::It,
        Language::En,
        Language::Fr,
        Language::Es,
        Language::Ar,
        Language::Sq,
        Language::Ro,
        Language::Uk,
        Language::Pt,
        Language::ZhHans,
        Language::Bn,
        Language::Ur,
        Language::Hi,
        Language::Pa,
    ];

    /// BCP 47 code, also the folder name under `i18n/`.
    pub fn code(self) -> &'static str {
        match self {
            Language::It => "it",
            Language::En => "en",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::Ar => "ar",
            Language::Sq => "sq",
            Language::Ro => "ro",
            Language::Uk => "uk",
            Language::Pt => "pt",
            Language::ZhHans => "zh-Hans",
            Language::Bn => "bn",
            Language::Ur => "ur",
            Language::Hi => "hi",
            Language::Pa => "pa",
        }
    }

    /// The language's own name (shown in the language menu, whatever the current language).
    pub fn native_name(self) -> &'static str {
        match self {
            Language::It => "Italiano",
            Language::En => "English",
            Language::Fr => "Français",
            Language::Es => "Español",
            Language::Ar => "العربية",
            Language::Sq => "Shqip",
            Language::Ro => "Română",
            Language::Uk => "Українська",
            Language::Pt => "Português (Brasil)",
            Language::ZhHans => "简体中文",
            Language::Bn => "বাংলা",
            Language::Ur => "اردو",
            Language::Hi => "हिन्दी",
            Language::Pa => "ਪੰਜਾਬੀ",
        }
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Language::Ar | Language::Ur)
    }

    /// The script the language's texts are written in.
    pub fn script(self) -> Script {
        match self {
            Language::It
            | Language::En
            | Language::Fr
            | Language::Es
            | Language::Sq
            | Language::Ro
            | Language::Pt => Script::Latin,
            Language::Ar | Language::Ur => Script::Arabic,
            Language::Uk => Script::Cyrillic,
            Language::ZhHans => Script::Han,
            Language::Bn => Script::Bengali,
            Language::Hi => Script::Devanagari,
            Language::Pa => Script::Gurmukhi,
        }
    }

    /// The embedded Fluent sources of this language: the app's own file and the form's words
    /// kept by the core (`core/i18n/<lang>/fields.ftl`: sections, field labels, choices, the
    /// review), which the summary PDF uses too.
    pub fn sources(self) -> [&'static str; 2] {
        [
            self.source(),
            cittadinanza_core::i18n::fields_ftl(self.code()).unwrap_or_default(),
        ]
    }

    /// The embedded Fluent source of the app's own file for this language.
    pub fn source(self) -> &'static str {
        match self {
            Language::It => include_str!("../i18n/it/cittadinanza.ftl"),
            Language::En => include_str!("../i18n/en/cittadinanza.ftl"),
            Language::Fr => include_str!("../i18n/fr/cittadinanza.ftl"),
            Language::Es => include_str!("../i18n/es/cittadinanza.ftl"),
            Language::Ar => include_str!("../i18n/ar/cittadinanza.ftl"),
            Language::Sq => include_str!("../i18n/sq/cittadinanza.ftl"),
            Language::Ro => include_str!("../i18n/ro/cittadinanza.ftl"),
            Language::Uk => include_str!("../i18n/uk/cittadinanza.ftl"),
            Language::Pt => include_str!("../i18n/pt/cittadinanza.ftl"),
            Language::ZhHans => include_str!("../i18n/zh-Hans/cittadinanza.ftl"),
            Language::Bn => include_str!("../i18n/bn/cittadinanza.ftl"),
            Language::Ur => include_str!("../i18n/ur/cittadinanza.ftl"),
            Language::Hi => include_str!("../i18n/hi/cittadinanza.ftl"),
            Language::Pa => include_str!("../i18n/pa/cittadinanza.ftl"),
        }
    }

    /// The interface language for a locale name such as `pt_BR.UTF-8`, `zh-Hans-CN` or `uk`
    /// (`None` for `C`, `POSIX` and languages the app does not have). Any Chinese locale gets
    /// simplified Chinese and any Portuguese one the Brazilian texts: closer than Italian.
    pub fn from_locale(locale: &str) -> Option<Language> {
        let primary = locale
            .split(['_', '-', '.', '@'])
            .next()?
            .to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Language::ZhHans),
            code => Language::ALL.into_iter().find(|l| l.code() == code),
        }
    }

    /// The user's language: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set (the
    /// Unix convention), else the system's preferred languages (Windows and macOS, through
    /// `sys-locale`), when the app has it; else Italian.
    pub fn from_environment() -> Language {
        let variable = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|var| std::env::var(var).ok())
            .find(|value| !value.is_empty() && value != "C" && value != "POSIX");
        match variable {
            Some(value) => Language::from_locale(&value).unwrap_or_default(),
            None => sys_locale::get_locales()
                .find_map(|locale| Language::from_locale(&locale))
                .unwrap_or_default(),
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.native_name())
    }
}

struct Catalog {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = language
        .code()
        .parse()
        .unwrap_or_else(|_| LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around arguments render as boxes with some fonts and confuse
    // tests; the arguments we interpolate are short and do not need them.
    bundle.set_use_isolating(false);
    for source in language.sources() {
        // A syntax error in one entry must not hide the others: keep what parsed.
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(resource) => resource,
            Err((resource, _errors)) => resource,
        };
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn catalog(language: Language) -> Catalog {
    Catalog {
        language,
        bundle: bundle(language),
        fallback: (language != Language::It).then(|| bundle(Language::It)),
    }
}

static CURRENT: LazyLock<RwLock<Arc<Catalog>>> =
    LazyLock::new(|| RwLock::new(Arc::new(catalog(Language::It))));

fn current() -> Arc<Catalog> {
    match CURRENT.read() {
        Ok(guard) => Arc::clone(&guard),
        Err(poisoned) => Arc::clone(&poisoned.into_inner()),
    }
}

/// Switches the interface language (takes effect at the next `view`).
pub fn set_language(language: Language) {
    crate::fonts::use_language(language);
    if current().language == language {
        return;
    }
    let new = Arc::new(catalog(language));
    match CURRENT.write() {
        Ok(mut guard) => *guard = new,
        Err(poisoned) => *poisoned.into_inner() = new,
    }
}

pub fn language() -> Language {
    current().language
}

/// Right-to-left interface (Arabic, Urdu): texts right-aligned and the layout mirrored.
pub fn is_rtl() -> bool {
    language().is_rtl()
}

fn format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let message = bundle.get_message(id)?;
    let pattern = message.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

fn lookup(id: &str, args: Option<&FluentArgs>) -> String {
    let catalog = current();
    format(&catalog.bundle, id, args)
        .or_else(|| catalog.fallback.as_ref().and_then(|f| format(f, id, args)))
        .unwrap_or_else(|| id.to_string())
}

/// The text of message `id` in the current language.
pub fn t(id: &str) -> String {
    lookup(id, None)
}

/// The text of message `id` with named arguments (numbers are passed as numbers so that
/// Fluent plural selectors work).
pub fn t_args<K: AsRef<str>, V: AsRef<str>>(id: &str, args: &[(K, V)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = value.as_ref();
        let fluent_value = match value.parse::<f64>() {
            Ok(number) if !value.is_empty() => FluentValue::from(number),
            _ => FluentValue::from(value.to_string()),
        };
        fluent_args.set(name.as_ref().to_string(), fluent_value);
    }
    lookup(id, Some(&fluent_args))
}

/// The Italian text of message `id`, whatever the current language (the glossary shows the
/// Italian term beside its translation).
pub fn italian(id: &str) -> String {
    let catalog = current();
    let bundle = catalog.fallback.as_ref().unwrap_or(&catalog.bundle);
    format(bundle, id, None).unwrap_or_else(|| id.to_string())
}

/// Whether the active language or the fallback has message `id`.
pub fn has(id: &str) -> bool {
    let catalog = current();
    catalog.bundle.has_message(id) || catalog.fallback.as_ref().is_some_and(|f| f.has_message(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_map_to_languages() {
        assert_eq!(Language::from_locale("pt_BR.UTF-8"), Some(Language::Pt));
        assert_eq!(Language::from_locale("zh-Hans-CN"), Some(Language::ZhHans));
        assert_eq!(Language::from_locale("zh_TW.UTF-8"), Some(Language::ZhHans));
        assert_eq!(Language::from_locale("uk_UA.UTF-8"), Some(Language::Uk));
        assert_eq!(Language::from_locale("pa-Guru-IN"), Some(Language::Pa));
        assert_eq!(Language::from_locale("ur_PK"), Some(Language::Ur));
        assert_eq!(Language::from_locale("bn-BD"), Some(Language::Bn));
        assert_eq!(Language::from_locale("sq_AL@euro"), Some(Language::Sq));
        assert_eq!(Language::from_locale("C"), None);
        assert_eq!(Language::from_locale("de_DE.UTF-8"), None);
    }

    #[test]
    fn settings_names_are_the_codes() {
        for language in Language::ALL {
            let json = serde_json::to_string(&language).expect("serialize");
            assert_eq!(json, format!("\"{}\"", language.code()));
            let back: Language = serde_json::from_str(&json).expect("deserialize");
            assert_eq!(back, language);
        }
        let zh: Language = serde_json::from_str("\"zh\"").expect("alias");
        assert_eq!(zh, Language::ZhHans);
    }

    #[test]
    fn right_to_left_languages() {
        let rtl: Vec<Language> = Language::ALL.into_iter().filter(|l| l.is_rtl()).collect();
        assert_eq!(rtl, [Language::Ar, Language::Ur]);
    }
}
