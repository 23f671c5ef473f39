//! Errors of the codice fiscale module, each with a Fluent message id and its arguments.

use std::fmt;

/// Which part of a codice fiscale disagrees with the personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CfPart {
    Surname,
    Name,
    BirthDate,
    Sex,
    Place,
}

impl CfPart {
    pub fn key(self) -> &'static str {
        match self {
            CfPart::Surname => "surname",
            CfPart::Name => "name",
            CfPart::BirthDate => "birth-date",
            CfPart::Sex => "sex",
            CfPart::Place => "place",
        }
    }
}

/// The field a letter that cannot be written in a codice fiscale came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameField {
    Surname,
    Name,
}

impl fmt::Display for NameField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NameField::Surname => "surname",
            NameField::Name => "name",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
pub enum CfError {
    #[error("the codice fiscale is empty")]
    Empty,
    #[error("a codice fiscale has 16 characters, this one has {found}")]
    Length { found: usize },
    #[error("character {position} ('{found}') is not allowed there")]
    InvalidCharacter { position: usize, found: char },
    #[error("wrong check letter: expected {expected}, found {found}")]
    CheckLetter { expected: char, found: char },
    #[error("'{found}' is not a month letter")]
    Month { found: char },
    #[error("day {day} does not exist in month {month}")]
    Day { day: u8, month: u8 },
    #[error("no municipality or country has the code {code}")]
    UnknownPlaceCode { code: String },
    #[error("'{code}' is not a place code (a letter and three digits)")]
    PlaceCodeFormat { code: String },
    #[error("the surname is missing")]
    SurnameMissing,
    #[error("the name is missing")]
    NameMissing,
    #[error("the {field} contains '{character}', which has no Latin letter equivalent")]
    UnsupportedCharacter { field: NameField, character: char },
    #[error("the place of birth is missing")]
    PlaceMissing,
    #[error("the town of birth is missing")]
    TownMissing,
    #[error("no Italian municipality is called {name}")]
    UnknownMunicipality { name: String },
    #[error("no municipality called {name} in the province {province}")]
    MunicipalityNotInProvince { name: String, province: String },
    #[error("several municipalities are called {name} ({provinces}): give the province")]
    AmbiguousMunicipality { name: String, provinces: String },
    #[error("the municipality {name} did not exist on {date}")]
    MunicipalityNotOnDate { name: String, date: String },
    #[error("unknown country: {name}")]
    UnknownCountry { name: String },
    #[error("the codice fiscale does not match the {}: expected {expected}, found {found}", part.key())]
    Mismatch {
        part: CfPart,
        expected: String,
        found: String,
    },
}

impl CfError {
    /// Fluent message id (`err-cf-...`), defined in `i18n/<lang>/cittadinanza.ftl`.
    pub fn message_id(&self) -> &'static str {
        match self {
            CfError::Empty => "err-cf-empty",
            CfError::Length { .. } => "err-cf-length",
            CfError::InvalidCharacter { .. } => "err-cf-character",
            CfError::CheckLetter { .. } => "err-cf-check-letter",
            CfError::Month { .. } => "err-cf-month",
            CfError::Day { .. } => "err-cf-day",
            CfError::UnknownPlaceCode { .. } => "err-cf-unknown-place",
            CfError::PlaceCodeFormat { .. } => "err-cf-place-code-format",
            CfError::SurnameMissing => "err-cf-surname-missing",
            CfError::NameMissing => "err-cf-name-missing",
            CfError::UnsupportedCharacter { .. } => "err-cf-unsupported-character",
            CfError::PlaceMissing => "err-cf-place-missing",
            CfError::TownMissing => "err-cf-town-missing",
            CfError::UnknownMunicipality { .. } => "err-cf-unknown-municipality",
            CfError::MunicipalityNotInProvince { .. } => "err-cf-municipality-province",
            CfError::AmbiguousMunicipality { .. } => "err-cf-municipality-ambiguous",
            CfError::MunicipalityNotOnDate { .. } => "err-cf-municipality-date",
            CfError::UnknownCountry { .. } => "err-cf-unknown-country",
            CfError::Mismatch { part, .. } => match part {
                CfPart::Surname => "err-cf-mismatch-surname",
                CfPart::Name => "err-cf-mismatch-name",
                CfPart::BirthDate => "err-cf-mismatch-birth-date",
                CfPart::Sex => "err-cf-mismatch-sex",
                CfPart::Place => "err-cf-mismatch-place",
            },
        }
    }

    /// Arguments of the Fluent message, by name.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            CfError::Empty
            | CfError::SurnameMissing
            | CfError::NameMissing
            | CfError::PlaceMissing
            | CfError::TownMissing => Vec::new(),
            CfError::Length { found } => vec![("found", found.to_string())],
            CfError::InvalidCharacter { position, found } => vec![
                ("position", position.to_string()),
                ("character", found.to_string()),
            ],
            CfError::CheckLetter { expected, found } => vec![
                ("expected", expected.to_string()),
                ("found", found.to_string()),
            ],
            CfError::Month { found } => vec![("found", found.to_string())],
            CfError::Day { day, month } => {
                vec![("day", day.to_string()), ("month", month.to_string())]
            }
            CfError::UnknownPlaceCode { code } | CfError::PlaceCodeFormat { code } => {
                vec![("code", code.clone())]
            }
            CfError::UnsupportedCharacter { field, character } => vec![
                ("field", field.to_string()),
                ("character", character.to_string()),
            ],
            CfError::UnknownMunicipality { name } | CfError::UnknownCountry { name } => {
                vec![("name", name.clone())]
            }
            CfError::MunicipalityNotInProvince { name, province } => {
                vec![("name", name.clone()), ("province", province.clone())]
            }
            CfError::AmbiguousMunicipality { name, provinces } => {
                vec![("name", name.clone()), ("provinces", provinces.clone())]
            }
            CfError::MunicipalityNotOnDate { name, date } => {
                vec![("name", name.clone()), ("date", date.clone())]
            }
            CfError::Mismatch {
                expected, found, ..
            } => vec![("expected", expected.clone()), ("found", found.clone())],
        }
    }

    /// Every message id this module can produce (for the translation completeness test).
    pub fn message_ids() -> &'static [&'static str] {
        &[
            "err-cf-empty",
            "err-cf-length",
            "err-cf-character",
            "err-cf-check-letter",
            "err-cf-month",
            "err-cf-day",
            "err-cf-unknown-place",
            "err-cf-place-code-format",
            "err-cf-surname-missing",
            "err-cf-name-missing",
            "err-cf-unsupported-character",
            "err-cf-place-missing",
            "err-cf-town-missing",
            "err-cf-unknown-municipality",
            "err-cf-municipality-province",
            "err-cf-municipality-ambiguous",
            "err-cf-municipality-date",
            "err-cf-unknown-country",
            "err-cf-mismatch-surname",
            "err-cf-mismatch-name",
            "err-cf-mismatch-birth-date",
            "err-cf-mismatch-sex",
            "err-cf-mismatch-place",
        ]
    }
}
