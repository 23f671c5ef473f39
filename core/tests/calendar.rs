//! The iCalendar export read back by two parsers this project did not write: the `icalendar`
//! crate and Python's `icalendar` package (Debian: python3-icalendar).

use std::io::Write;
use std::process::{Command, Stdio};
use std::str::FromStr;

use chrono::{NaiveDate, TimeZone, Utc};
use cittadinanza_core::calendar::{EventText, IcsOptions, to_ics, uid};
use cittadinanza_core::rules::deadlines::{
    CertificateIssue, Deadline, DecreeOutcome, ProcedureEvents, TenBisNotice, timeline,
};
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

/// Deadlines of a rejected application (appeals, reapply) plus a certificate and a notice.
fn sample_deadlines() -> Vec<Deadline> {
    let events = ProcedureEvents {
        submitted: Some(d(2024, 2, 29)),
        accepted: Some(d(2024, 3, 12)),
        decree: Some(d(2025, 12, 1)),
        decree_outcome: Some(DecreeOutcome::Rejected),
        notified: Some(d(2025, 12, 31)),
        ten_bis_notices: vec![TenBisNotice {
            received: Some(d(2025, 1, 10)),
            response_days: None,
            answered: None,
        }],
        criminal_certificates: vec![CertificateIssue {
            country: "Côte d'Ivoire".into(),
            issued: Some(d(2025, 8, 31)),
        }],
        ..Default::default()
    };
    timeline(&events, d(2026, 1, 10)).deadlines
}

/// Italian texts with every character that needs escaping, and long enough to be folded.
fn italian(deadline: &Deadline) -> EventText {
    let title = match deadline.kind.key() {
        "tar-appeal" => "Ultimo giorno per il ricorso al TAR",
        "president-appeal" => {
            "Ultimo giorno per il ricorso straordinario al Presidente della Repubblica"
        }
        "reapply-from" => "Da oggi si può presentare una nuova domanda",
        "criminal-record-expiry" => "Scade il certificato penale",
        _ => "Scadenza",
    };
    EventText {
        summary: match &deadline.subject {
            Some(subject) => format!("{title} ({subject})"),
            None => title.to_string(),
        },
        description: format!(
            "Pratica K10/0123456; termine di {} giorni, calcolato dal {}.\nAvvocato: \\ studio Rossi, Milano — «attenzione»",
            (deadline.due - deadline.from).num_days(),
            deadline.from.format("%d/%m/%Y")
        ),
    }
}

fn options() -> IcsOptions {
    IcsOptions {
        calendar_name: "Cittadinanza, Rossi; Mario".into(),
        uid_namespace: "applicant-7".into(),
        language: "it".into(),
        stamp: Utc
            .with_ymd_and_hms(2026, 1, 10, 8, 30, 0)
            .single()
            .expect("valid stamp"),
        reminder_days: vec![7, 1],
    }
}

#[test]
fn lines_are_crlf_and_folded_at_75_octets() {
    let ics = to_ics(&sample_deadlines(), &options(), italian);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'), "bare LF");
    let mut folded = 0;
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        if line.starts_with(' ') {
            folded += 1;
        }
    }
    assert!(folded > 0, "the long descriptions must be folded");
    // The TAR appeal's legal date, Sunday 01/03/2026, is on the safe day: Friday 27/02/2026.
    assert!(!ics.contains("DTSTART;VALUE=DATE:20260301\r\n"));
    assert!(ics.contains("DTSTART;VALUE=DATE:20260227\r\n"));
    assert!(ics.contains("DTEND;VALUE=DATE:20260228\r\n"));
    assert!(ics.contains("DTSTAMP:20260110T083000Z\r\n"));
    assert!(ics.contains("X-WR-CALNAME:Cittadinanza\\, Rossi\\; Mario\r\n"));
    assert!(ics.contains("TRIGGER:-P6DT15H\r\n"));
    assert!(ics.contains("TRIGGER:-PT15H\r\n"));
}

#[test]
fn uids_are_stable_and_distinct() {
    let deadlines = sample_deadlines();
    let uids: Vec<String> = deadlines.iter().map(|d| uid("applicant-7", d)).collect();
    let mut unique = uids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), uids.len());
    // Same deadline, other date: same UID; other applicant: other UID.
    let mut moved = deadlines[0].clone();
    moved.due = d(2030, 1, 1);
    assert_eq!(uid("applicant-7", &moved), uids[0]);
    assert_ne!(uid("applicant-8", &deadlines[0]), uids[0]);
    let again = to_ics(&deadlines, &options(), italian);
    assert_eq!(again, to_ics(&deadlines, &options(), italian));
}

#[test]
fn icalendar_crate_reads_it_back() {
    let deadlines = sample_deadlines();
    let ics = to_ics(&deadlines, &options(), italian);
    // Strict parse first: it reports syntax errors with line numbers.
    let unfolded = icalendar::parser::unfold(&ics);
    icalendar::parser::read_calendar(&unfolded).expect("valid iCalendar");
    let calendar = Calendar::from_str(&ics).expect("valid iCalendar");
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter_map(CalendarComponent::as_event)
        .collect();
    assert_eq!(events.len(), deadlines.len());
    for (event, deadline) in events.iter().zip(&deadlines) {
        let expected = italian(deadline);
        assert_eq!(event.get_summary(), Some(expected.summary.as_str()));
        assert_eq!(
            event.get_description(),
            Some(expected.description.as_str()),
            "escaping and folding must round-trip"
        );
        assert_eq!(
            event.get_start(),
            Some(DatePerhapsTime::Date(deadline.safe))
        );
        let expected_uid = uid("applicant-7", deadline);
        assert_eq!(event.get_uid(), Some(expected_uid.as_str()));
        assert_eq!(
            event.get_timestamp(),
            Utc.with_ymd_and_hms(2026, 1, 10, 8, 30, 0).single()
        );
    }
}

#[test]
fn python_icalendar_reads_it_back() {
    let python = "/usr/bin/python3";
    let available = Command::new(python)
        .args(["-c", "import icalendar"])
        .output()
        .is_ok_and(|out| out.status.success());
    if !available {
        eprintln!(
            "SKIPPED python_icalendar_reads_it_back: {python} with the icalendar module is not \
             installed (apt-get install python3-icalendar)"
        );
        return;
    }
    let deadlines = sample_deadlines();
    let ics = to_ics(&deadlines, &options(), italian);
    // Prints one JSON object per event; fails on any parse problem.
    let script = r#"
import sys, json, icalendar
data = sys.stdin.buffer.read()
cal = icalendar.Calendar.from_ical(data)
errors = [str(e) for c in cal.walk() for e in getattr(c, 'errors', [])]
if errors:
    sys.exit("errors: %r" % errors)
out = []
for ev in cal.walk('VEVENT'):
    out.append({
        'uid': str(ev['UID']),
        'summary': str(ev['SUMMARY']),
        'description': str(ev['DESCRIPTION']),
        'start': ev.decoded('DTSTART').isoformat(),
        'end': ev.decoded('DTEND').isoformat(),
        'alarms': [str(a['TRIGGER'].to_ical(), 'ascii') for a in ev.walk('VALARM')],
    })
print(json.dumps({'name': str(cal['X-WR-CALNAME']), 'events': out}))
"#;
    let mut child = Command::new(python)
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start python3");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(ics.as_bytes())
        .expect("write ics");
    let output = child.wait_with_output().expect("python3 runs");
    assert!(
        output.status.success(),
        "python icalendar failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let parsed: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("json from python");
    assert_eq!(parsed["name"], "Cittadinanza, Rossi; Mario");
    let events = parsed["events"].as_array().expect("events");
    assert_eq!(events.len(), deadlines.len());
    for (event, deadline) in events.iter().zip(&deadlines) {
        let expected = italian(deadline);
        assert_eq!(event["summary"], expected.summary.as_str());
        assert_eq!(event["description"], expected.description.as_str());
        assert_eq!(event["uid"], uid("applicant-7", deadline).as_str());
        assert_eq!(event["start"], deadline.safe.format("%Y-%m-%d").to_string());
        assert_eq!(
            event["end"],
            (deadline.safe + chrono::Duration::days(1))
                .format("%Y-%m-%d")
                .to_string()
        );
        assert_eq!(event["alarms"], serde_json::json!(["-P6DT15H", "-PT15H"]));
    }
}
