//! Country names as users type them ("Italia", "Italy", "IT", "Romania"...): compared with case
//! and accents ignored. Used by the eligibility check, the sections' validation, the checklist
//! and the prefectures' search.

use unicode_normalization::UnicodeNormalization;

/// Accent- and case-insensitive comparison of names typed by users.
pub fn fold_name(text: &str) -> String {
    text.trim()
        .nfd()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two typed country names are the same country (case and accents ignored).
pub fn same_country(a: &str, b: &str) -> bool {
    let (a, b) = (fold_name(a), fold_name(b));
    !a.is_empty() && a == b
}

const ITALY_NAMES: &[&str] = &["italia", "italy", "it", "ita", "italie", "italien"];

/// EU member states (other than Italy): Italian and English names, ISO codes.
const EU_COUNTRIES: &[&str] = &[
    "austria",
    "at",
    "belgio",
    "belgium",
    "be",
    "bulgaria",
    "bg",
    "cipro",
    "cyprus",
    "cy",
    "croazia",
    "croatia",
    "hr",
    "danimarca",
    "denmark",
    "dk",
    "estonia",
    "ee",
    "finlandia",
    "finland",
    "fi",
    "francia",
    "france",
    "fr",
    "germania",
    "germany",
    "de",
    "grecia",
    "greece",
    "gr",
    "irlanda",
    "ireland",
    "ie",
    "lettonia",
    "latvia",
    "lv",
    "lituania",
    "lithuania",
    "lt",
    "lussemburgo",
    "luxembourg",
    "lu",
    "malta",
    "mt",
    "paesi bassi",
    "olanda",
    "netherlands",
    "the netherlands",
    "nl",
    "polonia",
    "poland",
    "pl",
    "portogallo",
    "portugal",
    "pt",
    "repubblica ceca",
    "cechia",
    "czech republic",
    "czechia",
    "cz",
    "romania",
    "ro",
    "slovacchia",
    "slovakia",
    "sk",
    "slovenia",
    "si",
    "spagna",
    "spain",
    "es",
    "svezia",
    "sweden",
    "se",
    "ungheria",
    "hungary",
    "hu",
];

/// "Italia", "Italy", "IT" ... (case and accents ignored).
pub fn is_italy_name(country: &str) -> bool {
    ITALY_NAMES.contains(&fold_name(country).as_str())
}

/// A member state of the EU other than Italy, by its Italian or English name or ISO code.
pub fn is_eu_country(country: &str) -> bool {
    EU_COUNTRIES.contains(&fold_name(country).as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_names() {
        assert!(same_country("  Perù ", "peru"));
        assert!(same_country("Costa d'Avorio", "costa davorio"));
        assert!(!same_country("", ""));
        assert_eq!(fold_name("  São   Tomé "), "sao tome");
    }

    #[test]
    fn italy_and_the_eu() {
        for name in ["Italia", "ITALY", " it ", "Italie"] {
            assert!(is_italy_name(name), "{name}");
        }
        assert!(!is_italy_name("Albania"));
        assert!(is_eu_country("Paesi Bassi"));
        assert!(is_eu_country("RO"));
        assert!(!is_eu_country("Italia"));
        assert!(!is_eu_country("Svizzera"));
    }
}
