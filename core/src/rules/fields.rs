//! Parsing of the values the applicant types (the model keeps them as text).
//!
//! Every parser trims the input and returns the [`Problem`] to show next to the field.
//! Types: dates are [`NaiveDate`], amounts are integer euro cents (`i64`), codes are
//! normalised `String`s (upper case, no spaces).
//!
//! This is the one date parser and the one amount parser of the crate: the sections'
//! validation, the eligibility check, the deadlines and the PDFs all read typed values here,
//! so a date or an amount the editor accepts is the one a PDF prints, and the other way round.

use chrono::{Datelike, Duration, Months, NaiveDate};

use super::Problem;

/// Years outside this range are typing mistakes, not dates of this procedure.
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2100;

/// Largest amount accepted: 1 billion euro (keeps cents far from `i64` overflow).
pub const MAX_AMOUNT_CENTS: i64 = 100_000_000_000;

/// Parses `DD/MM/YYYY` (also `D/M/YYYY`, with `/`, `.` or `-` as separator) or ISO `YYYY-MM-DD`.
/// Two-digit years are refused: `01/02/03` is ambiguous.
pub fn parse_date(text: &str) -> Result<NaiveDate, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Problem::Missing);
    }
    let parts: Vec<&str> = text.split(['/', '.', '-']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(Problem::InvalidDate);
    }
    // The separators must be the same one twice ("01/02.2020" is a typo).
    let separators: Vec<char> = text
        .chars()
        .filter(|c| matches!(c, '/' | '.' | '-'))
        .collect();
    if separators[0] != separators[1] {
        return Err(Problem::InvalidDate);
    }
    let (year, month, day) = if parts[0].len() == 4 && separators[0] == '-' {
        if parts[1].len() > 2 || parts[2].len() > 2 {
            return Err(Problem::InvalidDate);
        }
        (parts[0], parts[1], parts[2])
    } else {
        if parts[0].len() > 2 || parts[1].len() > 2 || parts[2].len() != 4 {
            return Err(Problem::InvalidDate);
        }
        (parts[2], parts[1], parts[0])
    };
    let (Ok(year), Ok(month), Ok(day)) = (
        year.parse::<i32>(),
        month.parse::<u32>(),
        day.parse::<u32>(),
    ) else {
        return Err(Problem::InvalidDate);
    };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return Err(Problem::InvalidDate);
    }
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(Problem::YearOutOfRange);
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or(Problem::ImpossibleDate)
}

/// A date as the user types it (see [`parse_date`]); `None` when empty or invalid.
pub fn parse_user_date(text: &str) -> Option<NaiveDate> {
    parse_date(text).ok()
}

/// `DD/MM/YYYY`, the form the portal and the applicant use.
pub fn format_date(date: NaiveDate) -> String {
    date.format("%d/%m/%Y").to_string()
}

/// Parses an amount in euro into cents. Accepts `12.345,67`, `12345,67`, `12345.67`, `12.345`
/// (Italian thousands), `€ 12.345`, `12345 EUR`, `1 234,50`. A single `.` or `,` followed by one
/// or two digits is the decimal separator; followed by three digits it is a thousands separator
/// only for `.` (Italian use): `12,345` is refused as ambiguous. Negative amounts are refused.
pub fn parse_amount(text: &str) -> Result<i64, Problem> {
    let mut cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    if cleaned.is_empty() {
        return Err(Problem::Missing);
    }
    for symbol in ["€", "EUR", "eur", "Eur"] {
        if let Some(rest) = cleaned.strip_prefix(symbol) {
            cleaned = rest.to_string();
        } else if let Some(rest) = cleaned.strip_suffix(symbol) {
            cleaned = rest.to_string();
        }
    }
    if cleaned.is_empty()
        || !cleaned
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(Problem::InvalidAmount);
    }
    let last_dot = cleaned.rfind('.');
    let last_comma = cleaned.rfind(',');
    let (integer, decimals, thousands) = match (last_dot, last_comma) {
        (None, None) => (cleaned.as_str(), "", None),
        (Some(d), Some(c)) => {
            let (decimal_at, thousands) = if d > c { (d, ',') } else { (c, '.') };
            let decimal_sep = if d > c { '.' } else { ',' };
            if cleaned.matches(decimal_sep).count() != 1 || decimal_at + 1 == cleaned.len() {
                return Err(Problem::InvalidAmount);
            }
            (
                &cleaned[..decimal_at],
                &cleaned[decimal_at + 1..],
                Some(thousands),
            )
        }
        (Some(d), None) => {
            let after = &cleaned[d + 1..];
            if cleaned.matches('.').count() == 1 && (1..=2).contains(&after.len()) {
                (&cleaned[..d], after, None)
            } else {
                (cleaned.as_str(), "", Some('.'))
            }
        }
        (None, Some(c)) => {
            if cleaned.matches(',').count() != 1 {
                return Err(Problem::InvalidAmount);
            }
            (&cleaned[..c], &cleaned[c + 1..], None)
        }
    };
    if decimals.len() > 2
        || (decimals.is_empty()
            && (last_dot.is_some() || last_comma.is_some())
            && thousands.is_none())
    {
        return Err(Problem::InvalidAmount);
    }
    if !decimals.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Problem::InvalidAmount);
    }
    let digits = match thousands {
        Some(separator) => {
            let groups: Vec<&str> = integer.split(separator).collect();
            let well_grouped = groups.len() >= 2
                && (1..=3).contains(&groups[0].len())
                && groups[1..].iter().all(|g| g.len() == 3);
            if !well_grouped && integer.contains(separator) {
                return Err(Problem::InvalidAmount);
            }
            groups.concat()
        }
        None => integer.to_string(),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 12 {
        return Err(Problem::InvalidAmount);
    }
    let euros: i64 = digits.parse().map_err(|_| Problem::InvalidAmount)?;
    let cents: i64 = match decimals.len() {
        0 => 0,
        1 => {
            decimals
                .parse::<i64>()
                .map_err(|_| Problem::InvalidAmount)?
                * 10
        }
        _ => decimals
            .parse::<i64>()
            .map_err(|_| Problem::InvalidAmount)?,
    };
    let total = euros * 100 + cents;
    if total > MAX_AMOUNT_CENTS {
        return Err(Problem::InvalidAmount);
    }
    Ok(total)
}

/// An amount in euro as typed, in cents (see [`parse_amount`]); `None` when it is empty or not
/// an amount.
pub fn parse_amount_cents(text: &str) -> Option<i64> {
    parse_amount(text).ok()
}

/// `12.345,67`: Italian grouping, always two decimals.
pub fn format_amount(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.unsigned_abs();
    let euros = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, digit) in euros.chars().enumerate() {
        if i > 0 && (euros.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(digit);
    }
    format!("{sign}{grouped},{:02}", cents % 100)
}

/// A plausible e-mail address (one `@`, a dotted domain, no spaces); returns it trimmed.
pub fn parse_email(text: &str) -> Result<String, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Problem::Missing);
    }
    let Some((local, domain)) = text.split_once('@') else {
        return Err(Problem::InvalidEmail);
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(char::is_alphabetic));
    if local_ok && domain_ok && text.len() <= 254 {
        Ok(text.to_string())
    } else {
        Err(Problem::InvalidEmail)
    }
}

/// A phone number: optional leading `+`, then digits, spaces allowed (also `-`, `/`, `.` and
/// parentheses as people type them). 6 to 15 digits (E.164 maximum). Returns `+39 333...` form
/// with the separators removed except single spaces.
pub fn parse_phone(text: &str) -> Result<String, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Problem::Missing);
    }
    let body = text.strip_prefix('+').unwrap_or(text);
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '/' | '.' | '(' | ')'))
    {
        return Err(Problem::InvalidPhone);
    }
    let digits = body.chars().filter(char::is_ascii_digit).count();
    if !(6..=15).contains(&digits) {
        return Err(Problem::InvalidPhone);
    }
    let normalised: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_digit() || c == '+' {
                c
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    Ok(normalised)
}

/// Current Italian province codes, plus the historical ones people still have on documents
/// (Sardinian provinces abolished in 2016, FO/PS before 1992-1998, Istrian and Dalmatian
/// provinces until 1947 for people born there).
const PROVINCES: &[&str] = &[
    "AG", "AL", "AN", "AO", "AP", "AQ", "AR", "AT", "AV", "BA", "BG", "BI", "BL", "BN", "BO", "BR",
    "BS", "BT", "BZ", "CA", "CB", "CE", "CH", "CL", "CN", "CO", "CR", "CS", "CT", "CZ", "EN", "FC",
    "FE", "FG", "FI", "FM", "FR", "GE", "GO", "GR", "IM", "IS", "KR", "LC", "LE", "LI", "LO", "LT",
    "LU", "MB", "MC", "ME", "MI", "MN", "MO", "MS", "MT", "NA", "NO", "NU", "OR", "PA", "PC", "PD",
    "PE", "PG", "PI", "PN", "PO", "PR", "PT", "PU", "PV", "PZ", "RA", "RC", "RE", "RG", "RI", "RM",
    "RN", "RO", "SA", "SI", "SO", "SP", "SR", "SS", "SU", "SV", "TA", "TE", "TN", "TO", "TP", "TR",
    "TS", "TV", "UD", "VA", "VB", "VC", "VE", "VI", "VR", "VT", "VV", // current
    "CI", "VS", "OG", "OT", "FO", "PS", "FU", "PL", "ZA", // historical
];

/// An Italian province code (two letters, any case, e.g. `mi`); returns it upper case.
pub fn parse_province(text: &str) -> Result<String, Problem> {
    let code = text.trim().to_uppercase();
    if code.is_empty() {
        return Err(Problem::Missing);
    }
    if PROVINCES.contains(&code.as_str()) {
        Ok(code)
    } else {
        Err(Problem::InvalidProvince)
    }
}

/// An Italian postcode (CAP): five digits.
pub fn parse_postcode(text: &str) -> Result<String, Problem> {
    let code = text.trim();
    if code.is_empty() {
        return Err(Problem::Missing);
    }
    if code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit()) {
        Ok(code.to_string())
    } else {
        Err(Problem::InvalidPostcode)
    }
}

/// A four-digit year between [`MIN_YEAR`] and [`MAX_YEAR`].
pub fn parse_year(text: &str) -> Result<i32, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Problem::Missing);
    }
    if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Problem::InvalidYear);
    }
    let year: i32 = text.parse().map_err(|_| Problem::InvalidYear)?;
    if (MIN_YEAR..=MAX_YEAR).contains(&year) {
        Ok(year)
    } else {
        Err(Problem::YearOutOfRange)
    }
}

/// A pagoPA payment reference, spaces removed, upper case.
///
/// Rule: 18 digits is a *codice avviso* (notice code; its first digit, the "aux digit", is 0-3).
/// Anything else must be an IUV: 15 to 25 letters or digits. The check digits are not verified:
/// their algorithm depends on the creditor's configuration (aux digit, segregation code), and a
/// false rejection would block a real payment. 18 digits with an aux digit above 3 is refused.
pub fn parse_notice_code(text: &str) -> Result<String, Problem> {
    let code: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_uppercase();
    if code.is_empty() {
        return Err(Problem::Missing);
    }
    let all_digits = code.bytes().all(|b| b.is_ascii_digit());
    if all_digits && code.len() == 18 {
        return if code.as_bytes()[0] <= b'3' {
            Ok(code)
        } else {
            Err(Problem::InvalidNoticeCode)
        };
    }
    if (15..=25).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(code)
    } else {
        Err(Problem::InvalidNoticeCode)
    }
}

/// A person's name or surname: letters (any script), spaces, apostrophes, hyphens, dots.
pub fn parse_name(text: &str) -> Result<String, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Problem::Missing);
    }
    let ok = text.chars().any(char::is_alphabetic)
        && text
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || matches!(c, '\'' | '’' | '-' | '.'));
    if ok {
        Ok(text.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        Err(Problem::InvalidName)
    }
}

/// `date` plus `months` calendar months, clamped to the end of the target month.
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// `date` plus `days` calendar days (saturating).
pub fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    date.checked_add_signed(Duration::days(days))
        .unwrap_or(NaiveDate::MAX)
}

/// The date `years` years after `date` (29 February becomes 28 February in common years).
pub fn add_years(date: NaiveDate, years: i32) -> NaiveDate {
    let year = date.year() + years;
    NaiveDate::from_ymd_opt(year, date.month(), date.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, date.month(), 28))
        .unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn dates_in_every_accepted_form() {
        for text in [
            "05/03/2020",
            "5/3/2020",
            "05.03.2020",
            "5-3-2020",
            "2020-03-05",
            " 05/03/2020 ",
        ] {
            assert_eq!(parse_date(text), Ok(date(2020, 3, 5)), "{text}");
        }
    }

    /// The limits are the same for every caller (the PDFs once accepted years up to 2200):
    /// 1900 to 2100 holds every date of a life and of this procedure, and a year beyond is a
    /// typing mistake the user should see.
    #[test]
    fn year_limits() {
        assert_eq!(parse_date("01/01/1900"), Ok(date(1900, 1, 1)));
        assert_eq!(parse_date("31/12/2100"), Ok(date(2100, 12, 31)));
        assert_eq!(parse_date("2101-01-01"), Err(Problem::YearOutOfRange));
        assert_eq!(parse_date("01/01/2200"), Err(Problem::YearOutOfRange));
        assert_eq!(parse_date("31/12/1899"), Err(Problem::YearOutOfRange));
        assert_eq!(parse_user_date("01/01/2200"), None);
        assert_eq!(parse_user_date("1/1/2000"), Some(date(2000, 1, 1)));
        assert_eq!(parse_user_date(""), None);
    }

    #[test]
    fn bad_dates_are_refused_with_the_right_problem() {
        assert_eq!(parse_date(""), Err(Problem::Missing));
        assert_eq!(parse_date("31/02/2020"), Err(Problem::ImpossibleDate));
        assert_eq!(parse_date("29/02/2021"), Err(Problem::ImpossibleDate));
        assert_eq!(parse_date("29/02/2024"), Ok(date(2024, 2, 29)));
        assert_eq!(parse_date("01/01/1899"), Err(Problem::YearOutOfRange));
        assert_eq!(parse_date("01/01/2999"), Err(Problem::YearOutOfRange));
        for text in [
            "13/13/2020",
            "01/02/03",
            "2020/03/05",
            "1/2",
            "aa/bb/cccc",
            "01/02.2020",
            "0/1/2020",
            "01-02-2020x",
        ] {
            assert_eq!(parse_date(text), Err(Problem::InvalidDate), "{text}");
        }
    }

    #[test]
    fn amounts_in_italian_and_international_forms() {
        let cases = [
            ("12.345,67", 1_234_567),
            ("12345,67", 1_234_567),
            ("12345.67", 1_234_567),
            ("€ 12.345", 1_234_500),
            ("12.345", 1_234_500),
            ("1.234.567,8", 123_456_780),
            ("12,345.67", 1_234_567),
            ("250", 25_000),
            ("16,00", 1_600),
            ("8 263,31 EUR", 826_331),
            ("0,5", 50),
            ("1,5", 150),
            ("8263", 826_300),
            ("9.000", 900_000),
            ("€ 8.263,31", 826_331),
            ("8.263,31€", 826_331),
            ("1\u{a0}234,50", 123_450),
            ("0", 0),
        ];
        for (text, cents) in cases {
            assert_eq!(parse_amount(text), Ok(cents), "{text}");
            assert_eq!(parse_amount_cents(text), Some(cents), "{text}");
        }
        assert_eq!(parse_amount("1.000.000.000,00"), Ok(MAX_AMOUNT_CENTS));
        assert_eq!(parse_amount_cents(""), None);
    }

    #[test]
    fn bad_amounts_are_refused() {
        assert_eq!(parse_amount("  "), Err(Problem::Missing));
        for text in [
            "12,345",
            "1.23.45",
            "-5",
            "12a",
            "1,2,3",
            "12.34.567,00",
            "12,34,5",
            ",",
            "€",
            "1,234",
            "12.3456",
            "9999999999999",
            "1.000.000.000,01",
            "12.34.56",
            "abc",
        ] {
            assert_eq!(parse_amount(text), Err(Problem::InvalidAmount), "{text}");
        }
    }

    #[test]
    fn amounts_format_the_italian_way() {
        assert_eq!(format_amount(1_234_567), "12.345,67");
        assert_eq!(format_amount(25_000), "250,00");
        assert_eq!(format_amount(5), "0,05");
        assert_eq!(format_amount(100_000_000), "1.000.000,00");
        assert_eq!(format_amount(123_456_789), "1.234.567,89");
        assert_eq!(format_amount(-1_050), "-10,50");
    }

    #[test]
    fn emails_phones_provinces_years() {
        assert!(parse_email("fatima.elamrani@example.it").is_ok());
        assert!(parse_email("a+b@mail.co.uk").is_ok());
        for bad in [
            "fatima",
            "a@b",
            "a@@b.it",
            "a b@c.it",
            "@c.it",
            "a@.it",
            "a..b@c.it",
            "a@c.1t",
        ] {
            assert_eq!(parse_email(bad), Err(Problem::InvalidEmail), "{bad}");
        }
        assert_eq!(
            parse_phone("+39 333 123 4567"),
            Ok("+39 333 123 4567".into())
        );
        assert_eq!(parse_phone("011/4567890"), Ok("011 4567890".into()));
        for bad in ["12345", "+39 abc", "++39 3331234567", "1234567890123456"] {
            assert_eq!(parse_phone(bad), Err(Problem::InvalidPhone), "{bad}");
        }
        assert_eq!(parse_province(" to "), Ok("TO".into()));
        assert_eq!(parse_province("XX"), Err(Problem::InvalidProvince));
        assert_eq!(parse_province("Torino"), Err(Problem::InvalidProvince));
        assert_eq!(parse_year("2024"), Ok(2024));
        assert_eq!(parse_year("24"), Err(Problem::InvalidYear));
        assert_eq!(parse_year("1850"), Err(Problem::YearOutOfRange));
        assert_eq!(parse_postcode("10121"), Ok("10121".into()));
        assert_eq!(parse_postcode("1012"), Err(Problem::InvalidPostcode));
    }

    #[test]
    fn notice_codes_and_iuv() {
        assert_eq!(
            parse_notice_code("3020 0000 0000 1234 56"),
            Ok("302000000000123456".into())
        );
        assert_eq!(
            parse_notice_code("902000000000123456"),
            Err(Problem::InvalidNoticeCode)
        );
        assert_eq!(
            parse_notice_code("RF23567483937849450550"),
            Ok("RF23567483937849450550".into())
        );
        assert_eq!(parse_notice_code("12345"), Err(Problem::InvalidNoticeCode));
        assert_eq!(
            parse_notice_code("ABC!DEF#GHI$JKL%MNO"),
            Err(Problem::InvalidNoticeCode)
        );
    }

    #[test]
    fn names_allow_apostrophes_and_any_script() {
        assert_eq!(
            parse_name("  D'Angelo  Rossi "),
            Ok("D'Angelo Rossi".into())
        );
        assert!(parse_name("Ελένη").is_ok());
        assert!(parse_name("محمد").is_ok());
        assert_eq!(parse_name("R2D2"), Err(Problem::InvalidName));
    }

    proptest! {
        #[test]
        fn date_format_then_parse_round_trips(days in 0i64..(200 * 366)) {
            let day = date(1900, 1, 1) + chrono::Duration::days(days);
            prop_assume!(day.year() <= MAX_YEAR);
            prop_assert_eq!(parse_date(&format_date(day)), Ok(day));
            prop_assert_eq!(parse_date(&day.format("%Y-%m-%d").to_string()), Ok(day));
        }

        #[test]
        fn amount_format_then_parse_round_trips(cents in 0i64..MAX_AMOUNT_CENTS) {
            prop_assert_eq!(parse_amount(&format_amount(cents)), Ok(cents));
            let plain = format!("{}.{:02}", cents / 100, cents % 100);
            prop_assert_eq!(parse_amount(&plain), Ok(cents));
        }

        #[test]
        fn parsers_never_panic(text in "\\PC{0,40}") {
            let _ = parse_date(&text);
            let _ = parse_amount(&text);
            let _ = parse_email(&text);
            let _ = parse_phone(&text);
            let _ = parse_notice_code(&text);
            let _ = parse_name(&text);
        }
    }
}
