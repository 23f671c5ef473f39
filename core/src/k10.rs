//! K10 numbers: the protocol number the prefecture gives an accepted application,
//! `K10/0000001` (naturalisation, art. 9) or `K10/C/0000001` (marriage, art. 5).
//!
//! Parsing is case-insensitive and ignores spaces anywhere ("k10 / c / 0000001"). The number
//! must have exactly seven digits: the prefectures always print the leading zeros, and
//! accepting fewer would let a truncated copy ("K10/12345" for "K10/1234567") pass.

use std::fmt;
use std::str::FromStr;

use crate::model::LegalBasis;

/// What the application is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum K10Kind {
    /// `K10/...`: naturalisation by residence (art. 9).
    Naturalisation,
    /// `K10/C/...`: marriage or civil union (art. 5).
    Marriage,
}

impl K10Kind {
    /// The kind of K10 number an application on `basis` receives.
    pub fn for_basis(basis: LegalBasis) -> K10Kind {
        if basis.is_marriage() {
            K10Kind::Marriage
        } else {
            K10Kind::Naturalisation
        }
    }

    /// The form of a number of this kind, as the portal shows it.
    pub fn example(self) -> &'static str {
        match self {
            K10Kind::Naturalisation => "K10/0000001",
            K10Kind::Marriage => "K10/C/0000001",
        }
    }

    /// Stable key, also the base of the i18n id `k10-kind-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            K10Kind::Naturalisation => "naturalisation",
            K10Kind::Marriage => "marriage",
        }
    }
}

/// A valid K10 number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct K10Number {
    kind: K10Kind,
    number: u32,
}

/// Why a text is not a K10 number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum K10Error {
    #[error("the K10 number is empty")]
    Empty,
    #[error("a K10 number starts with K10/")]
    Prefix,
    #[error("after K10/ come seven digits, or C/ and seven digits")]
    Kind,
    #[error("the number has {found} digits instead of seven")]
    Digits { found: usize },
    #[error("the number contains '{character}'")]
    Character { character: char },
    #[error("0000000 is not a K10 number")]
    Zero,
    /// A valid number of the other kind: `K10/...` for a marriage application or `K10/C/...`
    /// for a residence one.
    #[error("expected a number of the form {}", .expected.example())]
    WrongKind { expected: K10Kind },
}

impl K10Error {
    /// Fluent message id (`err-k10-...`).
    pub fn message_id(&self) -> &'static str {
        match self {
            K10Error::Empty => "err-k10-empty",
            K10Error::Prefix => "err-k10-prefix",
            K10Error::Kind => "err-k10-kind",
            K10Error::Digits { .. } => "err-k10-digits",
            K10Error::Character { .. } => "err-k10-character",
            K10Error::Zero => "err-k10-zero",
            K10Error::WrongKind {
                expected: K10Kind::Marriage,
            } => "err-k10-wrong-kind-marriage",
            K10Error::WrongKind {
                expected: K10Kind::Naturalisation,
            } => "err-k10-wrong-kind-naturalisation",
        }
    }

    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            K10Error::Digits { found } => vec![("found", found.to_string())],
            K10Error::Character { character } => vec![("character", character.to_string())],
            K10Error::WrongKind { expected } => vec![("expected", expected.example().to_string())],
            _ => Vec::new(),
        }
    }

    /// Every message id, for the i18n coverage test.
    pub fn message_ids() -> &'static [&'static str] {
        &[
            "err-k10-empty",
            "err-k10-prefix",
            "err-k10-kind",
            "err-k10-digits",
            "err-k10-character",
            "err-k10-zero",
            "err-k10-wrong-kind-marriage",
            "err-k10-wrong-kind-naturalisation",
        ]
    }
}

impl K10Number {
    pub fn parse(text: &str) -> Result<K10Number, K10Error> {
        let compact: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_uppercase();
        if compact.is_empty() {
            return Err(K10Error::Empty);
        }
        let rest = compact.strip_prefix("K10/").ok_or(K10Error::Prefix)?;
        let (kind, digits) = match rest.strip_prefix("C/") {
            Some(digits) => (K10Kind::Marriage, digits),
            None if rest.starts_with(|c: char| c.is_ascii_digit()) => {
                (K10Kind::Naturalisation, rest)
            }
            None => return Err(K10Error::Kind),
        };
        if let Some(character) = digits.chars().find(|c| !c.is_ascii_digit()) {
            return Err(K10Error::Character { character });
        }
        if digits.len() != 7 {
            return Err(K10Error::Digits {
                found: digits.len(),
            });
        }
        let number: u32 = digits.parse().map_err(|_| K10Error::Digits {
            found: digits.len(),
        })?;
        if number == 0 {
            return Err(K10Error::Zero);
        }
        Ok(K10Number { kind, number })
    }

    /// Parses `text` and checks that its kind fits the application's legal basis: `K10/C/...`
    /// for art. 5 (marriage), `K10/...` for art. 9 (residence). With no basis chosen only the
    /// format is checked. Used wherever a K10 number is typed (Associa pratica, timeline, PDFs).
    pub fn parse_for(text: &str, basis: Option<LegalBasis>) -> Result<K10Number, K10Error> {
        let number = K10Number::parse(text)?;
        match basis.map(K10Kind::for_basis) {
            Some(expected) if expected != number.kind => Err(K10Error::WrongKind { expected }),
            _ => Ok(number),
        }
    }

    pub fn kind(&self) -> K10Kind {
        self.kind
    }

    /// The protocol number (1 to 9,999,999).
    pub fn number(&self) -> u32 {
        self.number
    }
}

impl FromStr for K10Number {
    type Err = K10Error;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        K10Number::parse(text)
    }
}

impl fmt::Display for K10Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            K10Kind::Naturalisation => write!(f, "K10/{:07}", self.number),
            K10Kind::Marriage => write!(f, "K10/C/{:07}", self.number),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn good_numbers_are_normalised() {
        let cases = [
            ("K10/0000001", K10Kind::Naturalisation, "K10/0000001"),
            ("K10/C/0000001", K10Kind::Marriage, "K10/C/0000001"),
            ("  k10/c/1234567 ", K10Kind::Marriage, "K10/C/1234567"),
            ("K10 / 0456789", K10Kind::Naturalisation, "K10/0456789"),
            ("k10/9999999", K10Kind::Naturalisation, "K10/9999999"),
        ];
        for (text, kind, shown) in cases {
            let parsed = K10Number::parse(text).expect(text);
            assert_eq!(parsed.kind(), kind, "{text}");
            assert_eq!(parsed.to_string(), shown, "{text}");
            assert_eq!(shown.parse::<K10Number>(), Ok(parsed));
        }
    }

    #[test]
    fn kind_follows_the_legal_basis() {
        assert_eq!(K10Kind::for_basis(LegalBasis::Art5Italy), K10Kind::Marriage);
        assert_eq!(
            K10Kind::for_basis(LegalBasis::Art5Abroad),
            K10Kind::Marriage
        );
        assert_eq!(
            K10Kind::for_basis(LegalBasis::Art9F),
            K10Kind::Naturalisation
        );
        assert_eq!(
            K10Kind::for_basis(LegalBasis::Art9C),
            K10Kind::Naturalisation
        );
    }

    #[test]
    fn bad_numbers_say_why() {
        let cases = [
            ("", K10Error::Empty),
            ("   ", K10Error::Empty),
            ("0000001", K10Error::Prefix),
            ("K1/0000001", K10Error::Prefix),
            ("K100000001", K10Error::Prefix),
            ("K10/X/0000001", K10Error::Kind),
            ("K10/C0000001", K10Error::Kind),
            ("K10/", K10Error::Kind),
            ("K10/C/", K10Error::Digits { found: 0 }),
            ("K10/123456", K10Error::Digits { found: 6 }),
            ("K10/C/12345678", K10Error::Digits { found: 8 }),
            ("K10/12345A7", K10Error::Character { character: 'A' }),
            ("K10/C/0000000", K10Error::Zero),
        ];
        for (text, error) in cases {
            assert_eq!(K10Number::parse(text), Err(error.clone()), "{text}");
            assert!(K10Error::message_ids().contains(&error.message_id()));
        }
    }

    #[test]
    fn kind_must_fit_the_basis() {
        assert_eq!(
            K10Number::parse_for("K10/0000123", Some(LegalBasis::Art5Italy)),
            Err(K10Error::WrongKind {
                expected: K10Kind::Marriage
            })
        );
        assert_eq!(
            K10Number::parse_for("K10/C/0000123", Some(LegalBasis::Art9F)),
            Err(K10Error::WrongKind {
                expected: K10Kind::Naturalisation
            })
        );
        let error = K10Number::parse_for("k10/0000123", Some(LegalBasis::Art5Abroad))
            .expect_err("wrong kind");
        assert_eq!(error.message_id(), "err-k10-wrong-kind-marriage");
        assert_eq!(
            error.args(),
            vec![("expected", "K10/C/0000001".to_string())]
        );
        assert!(K10Number::parse_for("K10/C/0000123", Some(LegalBasis::Art5Abroad)).is_ok());
        assert!(K10Number::parse_for("K10/0000123", Some(LegalBasis::Art9C)).is_ok());
        assert!(K10Number::parse_for("K10/C/0000123", None).is_ok());
        // Format errors come first.
        assert_eq!(
            K10Number::parse_for("K10/123", Some(LegalBasis::Art5Italy)),
            Err(K10Error::Digits { found: 3 })
        );
    }

    proptest! {
        #[test]
        fn display_then_parse_round_trips(number in 1u32..=9_999_999, marriage: bool) {
            let text = if marriage { format!("K10/C/{number:07}") } else { format!("K10/{number:07}") };
            let parsed = K10Number::parse(&text).expect("valid");
            prop_assert_eq!(parsed.number(), number);
            prop_assert_eq!(parsed.to_string(), text);
        }

        #[test]
        fn parse_never_panics(text in "\\PC{0,20}") {
            let _ = K10Number::parse(&text);
        }
    }
}
