//! The Italian codice fiscale of natural persons (DM 23/12/1976, DPR 605/1973): computing a
//! person's code, validating a code someone typed (omocodes included) and checking that a
//! code belongs to a person. A code the applicant enters is validated, never overwritten.

mod error;
mod letters;
pub mod places;

use chrono::{Datelike, NaiveDate};

pub use error::{CfError, CfPart, NameField};
pub use places::{PlaceRef, place_code_for};

use crate::model::Sex;
use letters::{MONTH_LETTERS, OMOCODE_LETTERS, OMOCODE_POSITIONS};

/// The personal data a codice fiscale is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonInput<'a> {
    pub surname: &'a str,
    pub name: &'a str,
    pub sex: Sex,
    pub birth_date: NaiveDate,
    /// Belfiore code of the municipality or Z-code of the country (see [`place_code_for`]).
    pub place_code: &'a str,
}

/// What a valid codice fiscale says.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DecodedCf {
    /// The code in upper case without spaces, as written (omocode letters kept).
    pub normalized: String,
    pub sex: Sex,
    /// 1-31 (the +40 of women removed).
    pub birth_day: u8,
    /// 1-12.
    pub birth_month: u8,
    /// 0-99: the code does not say the century.
    pub birth_year_2d: u8,
    /// Belfiore code or Z-code, with omocode letters turned back into digits.
    pub place_code: String,
    /// True when some digits were replaced by letters (omocodia).
    pub omocode: bool,
}

impl DecodedCf {
    /// The code with omocode letters turned back into digits and its check letter
    /// recomputed: the code [`compute`] gives for the same data.
    pub fn base_code(&self) -> String {
        let mut body: Vec<u8> = self.normalized.as_bytes()[..15].to_vec();
        for &p in &OMOCODE_POSITIONS {
            if let Some(d) = letters::omocode_digit(body[p]) {
                body[p] = b'0' + d;
            }
        }
        let check = letters::check_letter(&body).unwrap_or('?');
        let mut code: String = body.into_iter().map(char::from).collect();
        code.push(check);
        code
    }

    /// The latest birth date the code can stand for that is not after `today` (the code
    /// only has two digits of the year), or `None` if no such date exists.
    pub fn birth_date_before(&self, today: NaiveDate) -> Option<NaiveDate> {
        let century = today.year() - today.year().rem_euclid(100);
        [century, century - 100, century - 200]
            .into_iter()
            .filter_map(|c| {
                NaiveDate::from_ymd_opt(
                    c + i32::from(self.birth_year_2d),
                    u32::from(self.birth_month),
                    u32::from(self.birth_day),
                )
            })
            .find(|d| *d <= today)
    }
}

fn place_code_checked(code: &str) -> Result<String, CfError> {
    let code = code.trim().to_ascii_uppercase();
    let bytes = code.as_bytes();
    let well_formed = bytes.len() == 4
        && bytes[0].is_ascii_uppercase()
        && bytes[1..].iter().all(u8::is_ascii_digit);
    if !well_formed {
        return Err(CfError::PlaceCodeFormat { code });
    }
    if places::by_code(&code).is_none() {
        return Err(CfError::UnknownPlaceCode { code });
    }
    Ok(code)
}

fn date_part(date: NaiveDate, sex: Sex) -> String {
    let year = date.year().rem_euclid(100);
    let month = char::from(MONTH_LETTERS[date.month0() as usize]);
    let day = date.day() + if sex == Sex::Female { 40 } else { 0 };
    format!("{year:02}{month}{day:02}")
}

/// The codice fiscale of a person (the base code, without omocodia).
pub fn compute(person: &PersonInput) -> Result<String, CfError> {
    let surname = letters::surname_part(person.surname)?;
    let name = letters::name_part(person.name)?;
    let place = place_code_checked(person.place_code)?;
    let mut code = format!(
        "{surname}{name}{}{place}",
        date_part(person.birth_date, person.sex)
    );
    let check = letters::check_letter(code.as_bytes()).unwrap_or('?');
    code.push(check);
    Ok(code)
}

#[derive(Clone, Copy)]
enum Slot {
    Letter,
    Digit,
}

/// What each of the 16 positions holds ("Digit" positions accept omocode letters).
const LAYOUT: [Slot; 16] = {
    use Slot::{Digit as D, Letter as L};
    [L, L, L, L, L, L, D, D, L, D, D, L, D, D, D, L]
};

fn days_in_month(month: u8, year_2d: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        // 29 February exists in some century for every year divisible by 4 (2000 is a leap year).
        2 if year_2d.is_multiple_of(4) => 29,
        2 => 28,
        _ => 31,
    }
}

/// Checks a codice fiscale someone typed (spaces and case are ignored) and says what it
/// encodes: 16 characters in the right places, check letter, month, day (+40 for women,
/// existing in that month), and a place code that exists in the tables. Omocodes are valid.
pub fn validate(code: &str) -> Result<DecodedCf, CfError> {
    let normalized: String = code
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect();
    if normalized.is_empty() {
        return Err(CfError::Empty);
    }
    let length = normalized.chars().count();
    if length != 16 {
        return Err(CfError::Length { found: length });
    }
    for (i, (c, slot)) in normalized.chars().zip(LAYOUT).enumerate() {
        let ok = match slot {
            Slot::Letter => c.is_ascii_uppercase(),
            Slot::Digit => c.is_ascii() && letters::omocode_digit(c as u8).is_some(),
        };
        if !ok {
            return Err(CfError::InvalidCharacter {
                position: i + 1,
                found: c,
            });
        }
    }
    // From here on the code is 16 ASCII characters.
    let bytes = normalized.as_bytes();
    let expected = letters::check_letter(&bytes[..15]).unwrap_or('?');
    let found = char::from(bytes[15]);
    if expected != found {
        return Err(CfError::CheckLetter { expected, found });
    }
    let digit = |p: usize| letters::omocode_digit(bytes[p]).unwrap_or(0);
    let omocode = OMOCODE_POSITIONS
        .iter()
        .any(|&p| OMOCODE_LETTERS.contains(&bytes[p]));

    let month_letter = bytes[8];
    let birth_month = MONTH_LETTERS
        .iter()
        .position(|&m| m == month_letter)
        .map(|p| p as u8 + 1)
        .ok_or(CfError::Month {
            found: char::from(month_letter),
        })?;
    let birth_year_2d = digit(6) * 10 + digit(7);
    let raw_day = digit(9) * 10 + digit(10);
    let (sex, birth_day) = if raw_day > 40 {
        (Sex::Female, raw_day - 40)
    } else {
        (Sex::Male, raw_day)
    };
    if birth_day == 0 || birth_day > days_in_month(birth_month, birth_year_2d) {
        return Err(CfError::Day {
            day: raw_day,
            month: birth_month,
        });
    }
    let place_code: String = [
        char::from(bytes[11]),
        char::from(b'0' + digit(12)),
        char::from(b'0' + digit(13)),
        char::from(b'0' + digit(14)),
    ]
    .into_iter()
    .collect();
    if places::by_code(&place_code).is_none() {
        return Err(CfError::UnknownPlaceCode { code: place_code });
    }
    Ok(DecodedCf {
        normalized,
        sex,
        birth_day,
        birth_month,
        birth_year_2d,
        place_code,
        omocode,
    })
}

fn sex_letter(sex: Sex) -> &'static str {
    match sex {
        Sex::Male => "M",
        Sex::Female => "F",
    }
}

/// Checks that `code` is a valid codice fiscale AND belongs to `person` (omocodes accepted).
/// The first part that disagrees is reported (surname, name, birth date, sex, place). An
/// empty `place_code` skips the place comparison (the place could not be determined).
pub fn check_matches(code: &str, person: &PersonInput) -> Result<(), CfError> {
    let decoded = validate(code)?;
    let base = decoded.base_code();
    let mismatch = |part, expected: String, found: &str| CfError::Mismatch {
        part,
        expected,
        found: found.to_string(),
    };

    let surname = letters::surname_part(person.surname)?;
    if surname != base[0..3] {
        return Err(mismatch(CfPart::Surname, surname, &base[0..3]));
    }
    let name = letters::name_part(person.name)?;
    if name != base[3..6] {
        return Err(mismatch(CfPart::Name, name, &base[3..6]));
    }
    let date = person.birth_date;
    let same_date = i32::from(decoded.birth_year_2d) == date.year().rem_euclid(100)
        && u32::from(decoded.birth_month) == date.month()
        && u32::from(decoded.birth_day) == date.day();
    if !same_date {
        return Err(mismatch(
            CfPart::BirthDate,
            date.format("%d/%m/%y").to_string(),
            &format!(
                "{:02}/{:02}/{:02}",
                decoded.birth_day, decoded.birth_month, decoded.birth_year_2d
            ),
        ));
    }
    if decoded.sex != person.sex {
        return Err(mismatch(
            CfPart::Sex,
            sex_letter(person.sex).to_string(),
            sex_letter(decoded.sex),
        ));
    }
    let place = person.place_code.trim().to_ascii_uppercase();
    if !place.is_empty() && place != decoded.place_code {
        return Err(mismatch(CfPart::Place, place, &decoded.place_code));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    #[test]
    fn known_good_examples() {
        let mario = PersonInput {
            surname: "Rossi",
            name: "Mario",
            sex: Sex::Male,
            birth_date: date(1980, 1, 1),
            place_code: "H501",
        };
        assert_eq!(compute(&mario).expect("computes"), "RSSMRA80A01H501U");
        let gianfranco = PersonInput {
            surname: "Bianchi",
            name: "Gianfranco",
            sex: Sex::Male,
            birth_date: date(2000, 2, 29),
            place_code: "F205",
        };
        assert_eq!(compute(&gianfranco).expect("computes"), "BNCGFR00B29F205X");
    }

    #[test]
    fn layout_and_days() {
        assert_eq!(days_in_month(2, 0), 29);
        assert_eq!(days_in_month(2, 1), 28);
        assert_eq!(days_in_month(4, 1), 30);
        assert_eq!(days_in_month(12, 1), 31);
    }

    #[test]
    fn base_code_undoes_omocodia() {
        let decoded = validate("RSSMRA80A01H50MM").expect("valid omocode");
        assert!(decoded.omocode);
        assert_eq!(decoded.place_code, "H501");
        assert_eq!(decoded.base_code(), "RSSMRA80A01H501U");
    }

    #[test]
    fn birth_date_before_picks_the_century() {
        let decoded = validate("RSSMRA80A01H501U").expect("valid");
        assert_eq!(
            decoded.birth_date_before(date(2026, 1, 1)),
            Some(date(1980, 1, 1))
        );
        let decoded = validate("BNCGFR00B29F205X").expect("valid");
        assert_eq!(
            decoded.birth_date_before(date(2026, 1, 1)),
            Some(date(2000, 2, 29))
        );
    }
}
