//! Translations: Fluent files embedded at build time, one active language switched at runtime.
//!
//! Italian is the fallback: a message missing in the active language is taken from Italian,
//! and an id missing everywhere is shown as the id itself (visible, never a crash).

use std::sync::{Arc, LazyLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// The languages of the interface.
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
}

impl Language {
    pub const ALL: [Language; 6] = [
        Language::It,
        Language::En,
        Language::Fr,
        Language::Es,
        Language::Ar,
        Language::Sq,
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
        }
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Language::Ar)
    }

    /// The embedded Fluent source of this language.
    pub fn source(self) -> &'static str {
        match self {
            Language::It => include_str!("../i18n/it/cittadinanza.ftl"),
            Language::En => include_str!("../i18n/en/cittadinanza.ftl"),
            Language::Fr => include_str!("../i18n/fr/cittadinanza.ftl"),
            Language::Es => include_str!("../i18n/es/cittadinanza.ftl"),
            Language::Ar => include_str!("../i18n/ar/cittadinanza.ftl"),
            Language::Sq => include_str!("../i18n/sq/cittadinanza.ftl"),
        }
    }

    /// The user's language from the environment (`LANG`, `LC_ALL`, `LC_MESSAGES`), else Italian.
    pub fn from_environment() -> Language {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|var| std::env::var(var).ok())
            .find(|value| !value.is_empty())
            .and_then(|value| {
                let code = value.get(..2)?.to_ascii_lowercase();
                Language::ALL.into_iter().find(|l| l.code() == code)
            })
            .unwrap_or_default()
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
    // A syntax error in one entry must not hide the others: keep what parsed.
    let resource = match FluentResource::try_new(language.source().to_string()) {
        Ok(resource) => resource,
        Err((resource, _errors)) => resource,
    };
    let _ = bundle.add_resource(resource);
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

/// Right-to-left interface (Arabic): texts right-aligned and the layout mirrored.
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

/// Whether the active language or the fallback has message `id`.
pub fn has(id: &str) -> bool {
    let catalog = current();
    catalog.bundle.has_message(id) || catalog.fallback.as_ref().is_some_and(|f| f.has_message(id))
}
