//! Italian national public holidays and working days, for deadlines that end on a day the
//! offices are closed.
//!
//! Sources (RULES style):
//! - L. 27 maggio 1949, n. 260 (as amended by L. 5 marzo 1977, n. 54, DPR 28 dicembre 1985,
//!   n. 792 for 6 January, and L. 20 novembre 2000, n. 336 restoring 2 June): 1 and 6 January,
//!   Easter Sunday and Monday, 25 April, 1 May, 2 June, 15 August, 1 November, 8, 25 and
//!   26 December.
//! - L. 8 ottobre 2025, n. 151: 4 October (San Francesco d'Assisi) a national holiday again
//!   from 2026. UNCERTAIN: check the Gazzetta Ufficiale; an extra holiday only makes the safe
//!   date earlier and the moved date later.
//! - Local patron saints' days (e.g. 29 June in Rome, 7 December in Milan) are NOT national
//!   holidays and are not known here.
//! - Saturday: art. 155 c. 5 c.p.c. (L. 263/2005) treats Saturday like a holiday for the expiry
//!   of judicial terms; art. 52 c. 5 c.p.a. (d.lgs. 104/2010) the same for the TAR. The app
//!   counts Saturday and Sunday as non-working days everywhere.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Easter Sunday of `year` (Gregorian calendar; anonymous "Meeus/Jones/Butcher" algorithm).
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    // Month is always 3 or 4 and day 1..=31 for every year chrono can represent.
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).unwrap_or(NaiveDate::MIN)
}

/// Easter Monday (Lunedì dell'Angelo) of `year`.
pub fn easter_monday(year: i32) -> NaiveDate {
    easter_sunday(year) + Duration::days(1)
}

/// The fixed national holidays as (month, day), valid for `year`.
fn fixed_holidays(year: i32) -> Vec<(u32, u32)> {
    let mut days = vec![
        (1, 1),   // Capodanno
        (1, 6),   // Epifania
        (4, 25),  // Festa della Liberazione
        (5, 1),   // Festa del Lavoro
        (6, 2),   // Festa della Repubblica
        (8, 15),  // Assunzione (Ferragosto)
        (11, 1),  // Ognissanti
        (12, 8),  // Immacolata Concezione
        (12, 25), // Natale
        (12, 26), // Santo Stefano
    ];
    if year >= 2026 {
        days.push((10, 4)); // San Francesco d'Assisi, L. 151/2025 (see the module doc)
    }
    days
}

/// A national public holiday (Sundays that are not holidays are not included).
pub fn is_public_holiday(date: NaiveDate) -> bool {
    let year = date.year();
    date == easter_sunday(year)
        || date == easter_monday(year)
        || fixed_holidays(year).contains(&(date.month(), date.day()))
}

/// Saturday or Sunday.
pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Neither a weekend day nor a national holiday.
pub fn is_working_day(date: NaiveDate) -> bool {
    !is_weekend(date) && !is_public_holiday(date)
}

/// `date` itself when it is a working day, else the first working day after it.
pub fn next_working_day(date: NaiveDate) -> NaiveDate {
    let mut day = date;
    // At most a few days: a long weekend plus holidays never spans more than a week.
    while !is_working_day(day) {
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    day
}

/// `date` itself when it is a working day, else the last working day before it.
pub fn previous_working_day(date: NaiveDate) -> NaiveDate {
    let mut day = date;
    while !is_working_day(day) {
        match day.pred_opt() {
            Some(previous) => day = previous,
            None => break,
        }
    }
    day
}

/// Why a day is not a working day: Fluent id of the holiday's or weekday's name.
pub fn non_working_reason(date: NaiveDate) -> Option<&'static str> {
    let year = date.year();
    if date == easter_sunday(year) {
        return Some("holiday-easter-sunday");
    }
    if date == easter_monday(year) {
        return Some("holiday-easter-monday");
    }
    if fixed_holidays(year).contains(&(date.month(), date.day())) {
        return Some("holiday-national");
    }
    match date.weekday() {
        Weekday::Sat => Some("holiday-saturday"),
        Weekday::Sun => Some("holiday-sunday"),
        _ => None,
    }
}

/// Every Fluent id of [`non_working_reason`].
pub fn message_ids() -> &'static [&'static str] {
    &[
        "holiday-easter-sunday",
        "holiday-easter-monday",
        "holiday-national",
        "holiday-saturday",
        "holiday-sunday",
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn easter_dates_match_the_calendar() {
        for (year, month, day) in [
            (2019, 4, 21),
            (2020, 4, 12),
            (2021, 4, 4),
            (2022, 4, 17),
            (2023, 4, 9),
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2038, 4, 25),
            (2285, 3, 22),
        ] {
            assert_eq!(easter_sunday(year), d(year, month, day), "{year}");
        }
        assert_eq!(easter_monday(2024), d(2024, 4, 1));
    }

    #[test]
    fn all_the_years_days() {
        let holidays: Vec<NaiveDate> = d(2026, 1, 1)
            .iter_days()
            .take_while(|day| day.year() == 2026)
            .filter(|day| is_public_holiday(*day))
            .collect();
        assert_eq!(holidays.len(), 13, "{holidays:?}");
        assert!(is_public_holiday(d(2026, 10, 4)));
        assert!(!is_public_holiday(d(2025, 10, 4)));
    }
}
