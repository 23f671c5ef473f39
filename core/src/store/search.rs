//! Accent- and case-insensitive partial matching over the decrypted summaries.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lower case, accents removed, punctuation turned into spaces: "D'Àngelo" -> "d angelo".
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_space = true;
    for c in text.nfd().filter(|c| !is_combining_mark(*c)) {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            last_space = false;
        } else if !last_space {
            out.push(' ');
            last_space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Only letters and digits: "K10/C/0000001" -> "k10c0000001", "D'Angelo" -> "dangelo".
fn compact(normalized: &str) -> String {
    normalized.chars().filter(|c| *c != ' ').collect()
}

/// The text a summary is matched against.
pub fn haystack(display_name: &str, codice_fiscale: &str, k10_number: &str) -> String {
    let name = normalize(display_name);
    let cf = normalize(codice_fiscale);
    let k10 = normalize(k10_number);
    [compact(&name), name, compact(&cf), compact(&k10), k10]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A parsed query: every term must occur somewhere in the haystack, in any order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    terms: Vec<String>,
}

impl Query {
    pub fn parse(query: &str) -> Query {
        Query {
            terms: normalize(query)
                .split(' ')
                .filter(|t| !t.is_empty())
                .map(str::to_string)
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    pub fn matches(&self, haystack: &str) -> bool {
        self.terms
            .iter()
            .all(|term| haystack.contains(term.as_str()))
    }

    /// Whether the haystack starts with the first term (ranked first: "ros" finds "Rossi"
    /// before "Carrossi").
    pub fn is_prefix_match(&self, haystack: &str) -> bool {
        self.terms
            .first()
            .is_some_and(|t| haystack.split(' ').any(|word| word.starts_with(t.as_str())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hay() -> String {
        haystack("D'Àngelo Müller José", "DNGJSO80A01Z404X", "K10/C/0001234")
    }

    #[test]
    fn normalizes_accents_case_and_punctuation() {
        assert_eq!(normalize("  D'Àngelo-MÜLLER  "), "d angelo muller");
        assert_eq!(normalize("Çelik Ñuñez"), "celik nunez");
        assert_eq!(normalize("محمد"), "محمد");
    }

    #[test]
    fn matches_partial_terms_in_any_order() {
        let h = hay();
        for q in [
            "angelo",
            "ANGÈLO",
            "jose muller",
            "dangelo",
            "d'angelo",
            "müll",
            "dngjso",
            "z404x",
        ] {
            assert!(Query::parse(q).matches(&h), "{q}");
        }
        for q in ["0001234", "k10/c/0001234", "K10C0001234", "k10 c"] {
            assert!(Query::parse(q).matches(&h), "{q}");
        }
        for q in ["rossi", "jose rossi", "0009999"] {
            assert!(!Query::parse(q).matches(&h), "{q}");
        }
    }

    #[test]
    fn empty_query_and_prefix_ranking() {
        assert!(Query::parse("  ,, ").is_empty());
        let h = haystack("Rossi Mario", "", "");
        assert!(Query::parse("ros").is_prefix_match(&h));
        assert!(!Query::parse("ssi").is_prefix_match(&h));
        assert!(Query::parse("ssi").matches(&h));
    }
}
