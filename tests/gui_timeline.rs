//! The timeline screen: procedure dates saved with the draft, an urgent 10-bis deadline, and
//! the calendar export read back by the `icalendar` crate.

mod gui_support;

use std::str::FromStr;

use chrono::NaiveDate;
use cittadinanza::app::{Message, Screen};
use cittadinanza::i18n::{Language, t, t_args};
use cittadinanza::screen::{applicants, timeline};
use cittadinanza_core::model::Application;
use cittadinanza_core::samples;
use cittadinanza_core::store::ApplicantId;
use gui_support::{Harness, today};
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime};
use iced_test::selector::id;

fn open(h: &mut Harness, application: &Application) -> ApplicantId {
    let applicant = h
        .store
        .lock()
        .expect("store")
        .create(application)
        .expect("create");
    h.send(Message::Applicants(applicants::Message::Open(applicant)));
    assert!(h.app.editor.is_some(), "the applicant opens");
    h.send(Message::Navigate(Screen::Timeline));
    assert_eq!(h.app.screen, Screen::Timeline);
    applicant
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

#[test]
fn a_recent_ten_bis_notice_is_an_urgent_deadline_saved_and_exported() {
    let mut h = Harness::new(Language::En, false);
    let applicant = open(&mut h, &samples::complete_art9(today()));
    assert!(!h.shows(&t("deadline-urgent")), "nothing urgent yet");

    h.type_into("timeline.submitted", "10/01/2025")
        .expect("submitted");
    h.type_into("timeline.accepted", "20/01/2025")
        .expect("accepted");
    // Received 3 days ago: 10 days to answer, 7 left.
    h.type_into("timeline.ten_bis_received", "12/03/2026")
        .expect("notice");

    let procedure = &h
        .app
        .editor
        .as_ref()
        .expect("editor")
        .application()
        .procedure;
    assert_eq!(procedure.submitted, Some(day(2025, 1, 10)));
    assert_eq!(procedure.ten_bis_notices.len(), 1);
    assert_eq!(
        procedure.ten_bis_notices[0].received,
        Some(day(2026, 3, 12))
    );

    assert!(h.shows(&t("deadline-urgent")), "the answer is urgent");
    let in_seven_days = format!(
        "22/03/2026 ({})",
        t_args("deadline-days-left", &[("days", "7")])
    );
    assert!(h.shows(&in_seven_days), "due date and days left shown");
    assert!(h.ui().find(id("urgent:ten-bis-response/1")).is_ok());

    // Saved with the draft (autosave), and read back from the encrypted store.
    let stored = h
        .store
        .lock()
        .expect("store")
        .load(applicant)
        .expect("load");
    assert_eq!(
        stored.procedure.ten_bis_notices[0].received,
        Some(day(2026, 3, 12))
    );
    assert_eq!(stored.procedure.accepted, Some(day(2025, 1, 20)));

    // The export writes where the save dialog answered; another parser reads it back.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("cittadinanza.ics");
    h.send(Message::Timeline(timeline::Message::ExportTo(Some(
        path.clone(),
    ))));
    let ics = std::fs::read_to_string(&path).expect("calendar written");
    let unfolded = icalendar::parser::unfold(&ics);
    icalendar::parser::read_calendar(&unfolded).expect("valid iCalendar");
    let calendar = Calendar::from_str(&ics).expect("valid iCalendar");
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter_map(CalendarComponent::as_event)
        .collect();
    let answer = events
        .iter()
        .find(|e| e.get_start() == Some(DatePerhapsTime::Date(day(2026, 3, 22))))
        .expect("the 10-bis answer is in the calendar");
    let summary = answer.get_summary().expect("summary");
    assert!(summary.starts_with("Answer to the notice"), "{summary}");
    assert!(h.shows(&t_args(
        "timeline-exported",
        &[("path", path.display().to_string())]
    )));
}

#[test]
fn an_impossible_date_is_shown_as_an_error_and_not_saved() {
    let mut h = Harness::new(Language::En, false);
    open(&mut h, &samples::complete_art9(today()));
    h.type_into("timeline.decree", "31/02/2026")
        .expect("decree");
    assert!(h.ui().find(id("timeline.decree.error")).is_ok());
    let procedure = &h
        .app
        .editor
        .as_ref()
        .expect("editor")
        .application()
        .procedure;
    assert_eq!(procedure.decree, None);
    // The text typed stays in the field.
    assert_eq!(h.app.timeline.value("decree"), "31/02/2026");
}

#[test]
fn dates_changed_elsewhere_show_when_coming_back() {
    let mut h = Harness::new(Language::En, false);
    let applicant = open(&mut h, &samples::complete_art9(today()));
    h.type_into("timeline.submitted", "10/01/2025")
        .expect("submitted");
    h.send(Message::Navigate(Screen::Editor));
    // As a merge from the portal would: the draft's dates change while the screen is hidden.
    let mut procedure = h
        .app
        .editor
        .as_ref()
        .expect("editor")
        .application()
        .procedure
        .clone();
    procedure.oath = Some(day(2026, 4, 2));
    h.send(Message::Editor(
        applicant,
        cittadinanza::screen::editor::Message::Chosen(
            "procedure".into(),
            serde_json::to_value(&procedure).expect("json"),
        ),
    ));
    h.send(Message::Navigate(Screen::Timeline));
    assert_eq!(h.app.timeline.value("oath"), "02/04/2026");
    assert_eq!(h.app.timeline.value("submitted"), "10/01/2025");
}
