//! Letter handling: folding accented text to A-Z, the surname/name triplets, the check letter
//! and the omocodia substitution table.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::error::{CfError, NameField};

/// Month letters, January first.
pub const MONTH_LETTERS: [u8; 12] = *b"ABCDEHLMPRST";

/// Letters that replace the digits 0-9 in an omocode.
pub const OMOCODE_LETTERS: [u8; 10] = *b"LMNPQRSTUV";

/// 0-based positions of the digits that omocodia may replace, rightmost first (as the
/// Agenzia delle Entrate substitutes them).
pub const OMOCODE_POSITIONS: [usize; 7] = [14, 13, 12, 10, 9, 7, 6];

/// Values of the characters in odd (1st, 3rd, ...) positions for the check letter; indexed by
/// digit value for 0-9 and by letter index for A-Z (a digit and the letter of the same index
/// have the same value).
const ODD_VALUES: [u8; 26] = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

/// Letters with no Unicode decomposition to ASCII that still have a customary Latin spelling.
fn special_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ø' | 'Ø' => "o",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' => "d",
        'ð' | 'Ð' => "d",
        'þ' | 'Þ' => "th",
        'ı' => "i",
        _ => return None,
    })
}

/// Lower-case ASCII text with accents removed and letters like `ß` spelled out; characters
/// that are neither ASCII nor foldable are kept as they are.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        if let Some(s) = special_latin(c) {
            out.push_str(s);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Search key of a place name: folded, only ASCII letters and digits ("Sant'Agata" and
/// "SANT AGATA" both give "santagata", "Forlì" and "FORLI'" give "forli").
pub fn place_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    push_place_key(text, &mut key);
    key
}

/// Appends the [`place_key`] of `text` to `out` (building the search index without an
/// allocation per name).
pub fn push_place_key(text: &str, out: &mut String) {
    // Most names are plain ASCII: skip the (slow) Unicode decomposition for them.
    if text.is_ascii() {
        for &b in text.as_bytes() {
            if b.is_ascii_alphanumeric() {
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
        return;
    }
    out.extend(fold(text).chars().filter(char::is_ascii_alphanumeric));
}

/// The upper-case letters A-Z of a surname or name; spaces, apostrophes, hyphens and dots are
/// ignored, accents folded. Digits or letters of other scripts are an error.
pub fn name_letters(text: &str, field: NameField) -> Result<Vec<u8>, CfError> {
    let mut letters = Vec::with_capacity(text.len());
    for c in fold(text).chars() {
        if c.is_ascii_alphabetic() {
            letters.push(c.to_ascii_uppercase() as u8);
        } else if c.is_alphanumeric() {
            return Err(CfError::UnsupportedCharacter {
                field,
                character: c,
            });
        }
        // Anything else (space, apostrophe, hyphen, dot, ...) is a separator: ignore it.
    }
    Ok(letters)
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'A' | b'E' | b'I' | b'O' | b'U')
}

fn split(letters: &[u8]) -> (Vec<u8>, Vec<u8>) {
    letters.iter().partition(|c| !is_vowel(**c))
}

fn pad(mut part: Vec<u8>) -> String {
    part.truncate(3);
    while part.len() < 3 {
        part.push(b'X');
    }
    part.into_iter().map(char::from).collect()
}

/// The three letters of the surname: consonants, then vowels, then X.
pub fn surname_part(surname: &str) -> Result<String, CfError> {
    let letters = name_letters(surname, NameField::Surname)?;
    if letters.is_empty() {
        return Err(CfError::SurnameMissing);
    }
    let (consonants, vowels) = split(&letters);
    Ok(pad(consonants.into_iter().chain(vowels).collect()))
}

/// The three letters of the name: with four or more consonants the 1st, 3rd and 4th;
/// otherwise as for the surname.
pub fn name_part(name: &str) -> Result<String, CfError> {
    let letters = name_letters(name, NameField::Name)?;
    if letters.is_empty() {
        return Err(CfError::NameMissing);
    }
    let (consonants, vowels) = split(&letters);
    if consonants.len() >= 4 {
        return Ok(pad(vec![consonants[0], consonants[2], consonants[3]]));
    }
    Ok(pad(consonants.into_iter().chain(vowels).collect()))
}

/// Index 0-25 of a digit or upper-case letter (digits share the index of A-J).
fn char_index(c: u8) -> Option<usize> {
    match c {
        b'0'..=b'9' => Some(usize::from(c - b'0')),
        b'A'..=b'Z' => Some(usize::from(c - b'A')),
        _ => None,
    }
}

/// Check letter of the first 15 characters (upper-case ASCII letters and digits).
/// Returns `None` if a character is outside that set.
pub fn check_letter(body: &[u8]) -> Option<char> {
    let mut sum = 0usize;
    for (i, &c) in body.iter().take(15).enumerate() {
        let index = char_index(c)?;
        // i is 0-based, so even i are the odd (1st, 3rd, ...) positions.
        sum += if i % 2 == 0 {
            usize::from(ODD_VALUES[index])
        } else {
            index
        };
    }
    Some(char::from(b'A' + (sum % 26) as u8))
}

/// The digit an omocode letter stands for, or the digit itself.
pub fn omocode_digit(c: u8) -> Option<u8> {
    if c.is_ascii_digit() {
        return Some(c - b'0');
    }
    OMOCODE_LETTERS
        .iter()
        .position(|&l| l == c)
        .map(|p| p as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_and_name_triplets() {
        assert_eq!(surname_part("Rossi").expect("ok"), "RSS");
        assert_eq!(surname_part("Fo").expect("ok"), "FOX");
        assert_eq!(surname_part("Bo").expect("ok"), "BOX");
        assert_eq!(surname_part("Ai").expect("ok"), "AIX");
        assert_eq!(surname_part("De Luca").expect("ok"), "DLC");
        assert_eq!(surname_part("D'Amico").expect("ok"), "DMC");
        assert_eq!(surname_part("Müller").expect("ok"), "MLL");
        assert_eq!(name_part("Gianfranco").expect("ok"), "GFR");
        assert_eq!(name_part("Mario").expect("ok"), "MRA");
        assert_eq!(name_part("Maria").expect("ok"), "MRA");
        assert_eq!(name_part("Alberto").expect("ok"), "LRT");
        assert_eq!(name_part("Li").expect("ok"), "LIX");
        assert_eq!(name_part("Niccolò").expect("ok"), "NCL");
        assert_eq!(name_part("Jean-Pierre").expect("ok"), "JPR");
    }

    #[test]
    fn missing_and_unsupported_letters() {
        assert_eq!(surname_part(" '- "), Err(CfError::SurnameMissing));
        assert_eq!(name_part(""), Err(CfError::NameMissing));
        assert_eq!(
            name_part("Иван"),
            Err(CfError::UnsupportedCharacter {
                field: NameField::Name,
                character: 'и'
            })
        );
        assert!(matches!(
            surname_part("Rossi2"),
            Err(CfError::UnsupportedCharacter { .. })
        ));
    }

    #[test]
    fn folding() {
        assert_eq!(place_key("Forlì"), "forli");
        assert_eq!(place_key("FORLI'"), "forli");
        assert_eq!(
            place_key("Sant’Agata  di Militello"),
            "santagatadimilitello"
        );
        assert_eq!(place_key("Villnöß"), "villnoss");
        assert_eq!(fold("ÀÈÉÌÒÙ"), "aeeiou");
    }

    #[test]
    fn check_letters() {
        assert_eq!(check_letter(b"RSSMRA80A01H501"), Some('U'));
        assert_eq!(check_letter(b"BNCGFR00B29F205"), Some('X'));
        assert_eq!(check_letter(b"rssmra80a01h501"), None);
    }

    #[test]
    fn omocode_digits() {
        assert_eq!(omocode_digit(b'L'), Some(0));
        assert_eq!(omocode_digit(b'V'), Some(9));
        assert_eq!(omocode_digit(b'7'), Some(7));
        assert_eq!(omocode_digit(b'A'), None);
        assert_eq!(omocode_digit(b'O'), None);
    }
}
