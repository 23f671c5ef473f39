//! iCalendar (RFC 5545) export of the procedure's deadlines, for any calendar application.
//!
//! One all-day VEVENT per deadline, with reminders (VALARM) at 09:00 some days before. The UID
//! depends only on the deadline's identity ([`Deadline::key`]) and a per-applicant namespace,
//! so importing the file again after a date changed updates the same events.
//! The event falls on the deadline's safe day ([`Deadline::safe`]: the last working day on or
//! before the legal date), so the reminders leave time even when the legal date is a holiday.
//! The text is passed in by the caller (the GUI translates it with Fluent), so this module has
//! no language of its own.

use chrono::{DateTime, Duration, Utc};
use sha2::{Digest, Sha256};

use crate::rules::deadlines::{Deadline, add_days};

/// Translated text of one event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventText {
    pub summary: String,
    pub description: String,
}

/// Options of the export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IcsOptions {
    /// Shown by calendar apps as the calendar's name (X-WR-CALNAME), e.g. "Cittadinanza – Rossi Mario".
    pub calendar_name: String,
    /// Makes UIDs unique per applicant (e.g. the applicant's store id); never personal data.
    pub uid_namespace: String,
    /// Language tag of the texts (`it`, `en`, ...).
    pub language: String,
    /// Creation time of the export (DTSTAMP).
    pub stamp: DateTime<Utc>,
    /// Reminders, in days before the deadline (0 = on the day), each at 09:00.
    pub reminder_days: Vec<u32>,
}

impl IcsOptions {
    /// Italian texts, reminders 7 days and 1 day before, stamped now.
    pub fn new(calendar_name: impl Into<String>, uid_namespace: impl Into<String>) -> Self {
        IcsOptions {
            calendar_name: calendar_name.into(),
            uid_namespace: uid_namespace.into(),
            language: "it".into(),
            stamp: Utc::now(),
            reminder_days: vec![7, 1],
        }
    }
}

/// The calendar file (UTF-8, CRLF line endings, lines folded at 75 octets).
pub fn to_ics(
    deadlines: &[Deadline],
    options: &IcsOptions,
    text: impl Fn(&Deadline) -> EventText,
) -> String {
    let mut out = IcsWriter::default();
    let language = sanitize_language(&options.language);
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line(&format!(
        "PRODID:-//cittadinanza//cittadinanza {}//{}",
        env!("CARGO_PKG_VERSION"),
        language.to_uppercase()
    ));
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    out.line(&format!(
        "X-WR-CALNAME:{}",
        escape_text(&options.calendar_name)
    ));
    let stamp = options.stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for deadline in deadlines {
        let EventText {
            summary,
            description,
        } = text(deadline);
        out.line("BEGIN:VEVENT");
        out.line(&format!("UID:{}", uid(&options.uid_namespace, deadline)));
        out.line(&format!("DTSTAMP:{stamp}"));
        out.line(&format!(
            "DTSTART;VALUE=DATE:{}",
            deadline.safe.format("%Y%m%d")
        ));
        out.line(&format!(
            "DTEND;VALUE=DATE:{}",
            add_days(deadline.safe, 1).format("%Y%m%d")
        ));
        out.line(&format!(
            "SUMMARY;LANGUAGE={language}:{}",
            escape_text(&summary)
        ));
        if !description.is_empty() {
            out.line(&format!(
                "DESCRIPTION;LANGUAGE={language}:{}",
                escape_text(&description)
            ));
        }
        out.line(&format!("CATEGORIES:{}", deadline.kind.key()));
        out.line("TRANSP:TRANSPARENT");
        for days in &options.reminder_days {
            out.line("BEGIN:VALARM");
            out.line("ACTION:DISPLAY");
            out.line(&format!("TRIGGER:{}", trigger_at_nine(*days)));
            out.line(&format!("DESCRIPTION:{}", escape_text(&summary)));
            out.line("END:VALARM");
        }
        out.line("END:VEVENT");
    }
    out.line("END:VCALENDAR");
    out.text
}

/// Stable UID: a hash of the namespace and the deadline's identity (no personal data in it).
pub fn uid(namespace: &str, deadline: &Deadline) -> String {
    let mut hasher = Sha256::new();
    hasher.update(namespace.as_bytes());
    hasher.update([0]);
    hasher.update(deadline.key().as_bytes());
    let digest = hasher.finalize();
    format!("{}@cittadinanza", hex::encode(&digest[..16]))
}

/// Relative trigger of an alarm at 09:00, `days` days before an all-day event (which starts at
/// 00:00): 7 days -> `-P6DT15H`.
fn trigger_at_nine(days: u32) -> String {
    let offset = Duration::hours(9) - Duration::days(i64::from(days));
    let total_hours = offset.num_hours();
    let sign = if total_hours < 0 { "-" } else { "" };
    let hours = total_hours.unsigned_abs();
    let (d, h) = (hours / 24, hours % 24);
    match (d, h) {
        (0, h) => format!("{sign}PT{h}H"),
        (d, 0) => format!("{sign}P{d}D"),
        (d, h) => format!("{sign}P{d}DT{h}H"),
    }
}

/// A language tag safe inside a parameter (letters, digits and `-` only).
fn sanitize_language(language: &str) -> String {
    let clean: String = language
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    if clean.is_empty() { "it".into() } else { clean }
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines.
pub fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            // Other control characters are not allowed in TEXT.
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1).
pub fn fold_line(line: &str) -> String {
    const LIMIT: usize = 75;
    let mut out = String::with_capacity(line.len() + line.len() / LIMIT * 3);
    let mut used = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used + width > LIMIT {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += width;
    }
    out
}

#[derive(Default)]
struct IcsWriter {
    text: String,
}

impl IcsWriter {
    fn line(&mut self, line: &str) {
        self.text.push_str(&fold_line(line));
        self.text.push_str("\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triggers() {
        assert_eq!(trigger_at_nine(7), "-P6DT15H");
        assert_eq!(trigger_at_nine(1), "-PT15H");
        assert_eq!(trigger_at_nine(0), "PT9H");
    }

    #[test]
    fn escaping() {
        assert_eq!(escape_text("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
    }

    #[test]
    fn folding_is_utf8_safe() {
        let line = format!("SUMMARY:{}", "è".repeat(60));
        let folded = fold_line(&line);
        for part in folded.split("\r\n") {
            assert!(part.len() <= 75, "{} octets: {part}", part.len());
        }
        assert_eq!(folded.replace("\r\n ", ""), line);
        assert_eq!(fold_line("short"), "short");
        let exact = "x".repeat(75);
        assert_eq!(fold_line(&exact), exact);
        assert_eq!(
            fold_line(&"x".repeat(76)),
            format!("{}\r\n x", "x".repeat(75))
        );
    }
}
