//! The timeline screen: procedure dates saved with the draft, an urgent 10-bis deadline, and
//! the calendar export read back by the `icalendar` crate.

mod gui_support;

use std::str::FromStr;

use cittadinanza::app::{Message, Screen};
use cittadinanza::i18n::{Language, t, t_args};
use cittadinanza::screen::{applicants, timeline};
use cittadinanza::widget::date_picker::button_id;
use cittadinanza_core::model::Application;
use cittadinanza_core::rules::fields::parse_date;
use cittadinanza_core::samples;
use cittadinanza_core::store::ApplicantId;
use gui_support::calendar::{date, months_back, pick_day, press, press_in};
use gui_support::{Harness, today};
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime};
use iced::keyboard::{Modifiers, key::Named};
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
    h.click(id("timeline-add-notice")).expect("add a notice");
    h.type_into("timeline.ten_bis_notices.0.received", "12/03/2026")
        .expect("notice");

    let procedure = &h
        .app
        .editor
        .as_ref()
        .expect("editor")
        .application()
        .procedure;
    assert_eq!(procedure.submitted, Some(date(2025, 1, 10)));
    assert_eq!(procedure.ten_bis_notices.len(), 1);
    assert_eq!(
        procedure.ten_bis_notices[0].received,
        Some(date(2026, 3, 12))
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
        Some(date(2026, 3, 12))
    );
    assert_eq!(stored.procedure.accepted, Some(date(2025, 1, 20)));

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
        // Due Sunday 22/03/2026: the event is on the safe day, Friday 20/03/2026 (issue 12.1).
        .find(|e| e.get_start() == Some(DatePerhapsTime::Date(date(2026, 3, 20))))
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
    let problem = parse_date("31/02/2026").expect_err("impossible date");
    let error = t_args(problem.message_id(), &problem.args());
    assert_eq!(h.app.timeline.error("decree"), Some(error.clone()));
    assert!(h.shows(&error), "translated, under the field");
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
    procedure.oath = Some(date(2026, 4, 2));
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

fn procedure(h: &Harness) -> cittadinanza_core::model::ProcedureEvents {
    h.app
        .editor
        .as_ref()
        .expect("editor")
        .application()
        .procedure
        .clone()
}

fn stored(h: &Harness, applicant: ApplicantId) -> Application {
    h.store
        .lock()
        .expect("store")
        .load(applicant)
        .expect("load")
}

#[test]
fn a_submission_date_picked_from_the_calendar_brings_the_processing_limit() {
    let mut h = Harness::new(Language::En, false);
    let applicant = open(&mut h, &samples::complete_art9(today()));
    assert!(h.ui().find(id("deadline:processing-limit")).is_err());

    // Back from March 2026 to January 2025, then the 10th.
    h.click(id(button_id("timeline.submitted")))
        .expect("calendar button");
    assert!(h.shows("March 2026"), "opens on today's month");
    h.click(id("calendar-previous-year")).expect("a year back");
    months_back(&mut h, 2);
    pick_day(&mut h, date(2025, 1, 10));

    assert_eq!(h.app.timeline.value("submitted"), "10/01/2025");
    assert!(h.app.timeline.picker.is_none(), "closed on a pick");
    assert_eq!(procedure(&h).submitted, Some(date(2025, 1, 10)));
    // Two years to decide (DL 130/2020), then the longest extension.
    assert!(h.ui().find(id("deadline:processing-limit")).is_ok());
    assert!(h.shows(&format!(
        "10/01/2027 ({})",
        t_args("deadline-days-left", &[("days", "301")])
    )));
    assert_eq!(
        stored(&h, applicant).procedure.submitted,
        Some(date(2025, 1, 10))
    );

    // The keyboard: Alt+Down in the acceptance field opens on today, Left and Enter pick the
    // day before; Escape closes without a change.
    press_in(
        &mut h,
        Some("timeline.accepted"),
        Named::ArrowDown,
        Modifiers::ALT,
    );
    assert!(
        h.app
            .timeline
            .picker
            .as_ref()
            .is_some_and(|p| p.path == "timeline.accepted")
    );
    press(&mut h, Named::ArrowLeft, Modifiers::empty());
    press(&mut h, Named::Enter, Modifiers::empty());
    assert_eq!(h.app.timeline.value("accepted"), "14/03/2026");
    assert_eq!(procedure(&h).accepted, Some(date(2026, 3, 14)));
    h.click(id(button_id("timeline.accepted"))).expect("open");
    press(&mut h, Named::Escape, Modifiers::empty());
    assert!(h.app.timeline.picker.is_none());
    assert_eq!(h.app.timeline.value("accepted"), "14/03/2026");

    // A date typed while the calendar is open moves it; a wrong one keeps its error.
    h.click(id(button_id("timeline.oath"))).expect("open");
    h.type_into("timeline.oath", "02/07/2026").expect("type");
    assert!(h.shows("July 2026"), "the calendar follows the typed date");
    h.type_into("timeline.oath", "x").expect("type more");
    assert!(h.app.timeline.error("oath").is_some());
    assert_eq!(
        procedure(&h).oath,
        Some(date(2026, 7, 2)),
        "saved value kept"
    );
}

#[test]
fn each_ten_bis_notice_has_its_own_deadline_and_can_be_removed() {
    let mut h = Harness::new(Language::En, false);
    let applicant = open(&mut h, &samples::complete_art9(today()));
    h.type_into("timeline.submitted", "10/01/2025")
        .expect("submitted");
    h.type_into("timeline.accepted", "20/01/2025")
        .expect("accepted");

    // The first notice, already answered.
    h.click(id("timeline-add-notice")).expect("add a notice");
    h.type_into("timeline.ten_bis_notices.0.received", "01/03/2026")
        .expect("received");
    h.type_into("timeline.ten_bis_notices.0.answered", "05/03/2026")
        .expect("answered");
    assert!(h.shows(&t_args(
        "timeline-notice-answered",
        &[("date", "05/03/2026")]
    )));

    // A second one, with 20 days to answer, its date picked from the calendar.
    h.click(id("timeline-add-notice")).expect("add another");
    assert_eq!(h.app.timeline.notices(), 2);
    assert!(h.shows(&t("timeline-notice-no-date")));
    h.type_into("timeline.ten_bis_notices.1.response_days", "20")
        .expect("days");
    h.click(id(button_id("timeline.ten_bis_notices.1.received")))
        .expect("calendar button");
    pick_day(&mut h, date(2026, 3, 12));
    assert_eq!(
        h.app.timeline.value("ten_bis_notices.1.received"),
        "12/03/2026"
    );

    let notices = procedure(&h).ten_bis_notices;
    assert_eq!(notices.len(), 2);
    assert_eq!(notices[1].received, Some(date(2026, 3, 12)));
    assert_eq!(notices[1].response_days, Some(20));
    // Its own deadline: 12 March + 20 days, shown under the notice and among the deadlines.
    let due = t_args(
        "timeline-notice-due",
        &[
            ("date", "01/04/2026".to_string()),
            ("left", t_args("deadline-days-left", &[("days", "17")])),
        ],
    );
    assert!(h.shows(&due), "the second notice's deadline");
    assert!(h.ui().find(id("deadline:ten-bis-response/2")).is_ok());
    assert!(
        h.ui().find(id("deadline:ten-bis-response/1")).is_err(),
        "the first is answered"
    );
    assert_eq!(stored(&h, applicant).procedure.ten_bis_notices.len(), 2);

    // Bad days stay typed with their error; the saved value does not change.
    h.type_into("timeline.ten_bis_notices.1.response_days", "x")
        .expect("days");
    assert_eq!(
        h.app.timeline.value("ten_bis_notices.1.response_days"),
        "20x"
    );
    assert_eq!(
        h.app.timeline.error("ten_bis_notices.1.response_days"),
        Some(t("timeline-days-invalid"))
    );
    assert_eq!(procedure(&h).ten_bis_notices[1].response_days, Some(20));
    h.send(Message::Timeline(timeline::Message::FieldChanged(
        "ten_bis_notices.1.response_days".into(),
        "20".into(),
    )));

    // An empty notice goes at once.
    h.click(id("timeline-add-notice")).expect("add a third");
    assert_eq!(procedure(&h).ten_bis_notices.len(), 3);
    h.click(id("timeline-remove-notice:2"))
        .expect("remove the empty one");
    assert_eq!(h.app.timeline.notices(), 2);
    assert_eq!(procedure(&h).ten_bis_notices.len(), 2);

    // One with dates asks first; cancel keeps it.
    h.click(id("timeline-remove-notice:0"))
        .expect("remove the first");
    assert!(h.shows(&t_args(
        "timeline-notice-confirm-remove",
        &[("number", "1")]
    )));
    assert_eq!(procedure(&h).ten_bis_notices.len(), 2, "not yet");
    h.click(t("common-cancel").as_str()).expect("cancel");
    assert_eq!(procedure(&h).ten_bis_notices.len(), 2);

    // Removing the first: the second becomes notice 1, with its deadline.
    h.click(id("timeline-remove-notice:0"))
        .expect("remove the first");
    h.click(id("timeline-confirm-remove-notice:0"))
        .expect("confirm");
    let notices = procedure(&h).ten_bis_notices;
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].received, Some(date(2026, 3, 12)));
    assert_eq!(
        h.app.timeline.value("ten_bis_notices.0.received"),
        "12/03/2026"
    );
    assert_eq!(
        h.app.timeline.value("ten_bis_notices.0.response_days"),
        "20"
    );
    assert!(h.ui().find(id("deadline:ten-bis-response/1")).is_ok());
    assert!(h.ui().find(id("deadline:ten-bis-response/2")).is_err());
    assert!(h.shows(&due));

    // And the last one.
    h.click(id("timeline-remove-notice:0")).expect("remove");
    h.click(id("timeline-confirm-remove-notice:0"))
        .expect("confirm");
    assert!(procedure(&h).ten_bis_notices.is_empty());
    assert!(!h.shows(&t("deadline-urgent")));
    assert!(stored(&h, applicant).procedure.ten_bis_notices.is_empty());
}

#[test]
fn text_not_saved_yet_survives_another_applicant() {
    let mut h = Harness::new(Language::En, false);
    let first = open(&mut h, &samples::complete_art9(today()));
    h.type_into("timeline.submitted", "10/01/2025")
        .expect("submitted");
    h.type_into("timeline.decree", "31/02/2026")
        .expect("an impossible decree date");
    h.send(Message::Navigate(Screen::Editor));
    assert_eq!(
        h.app.timeline.value("decree"),
        "31/02/2026",
        "kept while another screen shows"
    );

    let second = open(&mut h, &samples::complete_art5_italy(today()));
    assert_ne!(first, second);
    assert_eq!(h.app.timeline.value("submitted"), "");
    assert_eq!(h.app.timeline.value("decree"), "");
    assert!(h.app.timeline.error("decree").is_none());
    h.type_into("timeline.oath", "02/04/2026").expect("oath");
    assert_eq!(
        stored(&h, first).procedure.oath,
        None,
        "not the first one's"
    );

    h.send(Message::Applicants(applicants::Message::Open(first)));
    h.send(Message::Navigate(Screen::Timeline));
    assert_eq!(h.app.timeline.value("submitted"), "10/01/2025");
    assert_eq!(h.app.timeline.value("decree"), "31/02/2026");
    assert!(h.app.timeline.error("decree").is_some());
    assert_eq!(h.app.timeline.value("oath"), "");
    assert_eq!(stored(&h, second).procedure.oath, Some(date(2026, 4, 2)));
}

#[test]
fn a_rejected_submission_and_the_prefecture_opinion_are_recorded_too() {
    let mut h = Harness::new(Language::En, false);
    let applicant = open(&mut h, &samples::complete_art9(today()));
    h.type_into("timeline.submitted", "10/01/2026")
        .expect("submitted");
    h.type_into("timeline.submission_rejected", "20/01/2026")
        .expect("submission rejected");
    assert!(h.ui().find(id("phase:submission-rejected")).is_ok());
    assert!(
        h.ui().find(id("deadline:processing-limit")).is_err(),
        "no processing limit for a submission sent back"
    );
    h.choose("timeline.opinion", 2, 3).expect("unfavourable");
    let events = procedure(&h);
    assert_eq!(events.submission_rejected, Some(date(2026, 1, 20)));
    assert_eq!(
        events.opinion,
        Some(cittadinanza_core::model::procedure::Opinion::Unfavourable)
    );
    assert_eq!(
        stored(&h, applicant).procedure.submission_rejected,
        Some(date(2026, 1, 20))
    );
    // A wrong pick can be taken back.
    h.choose("timeline.opinion", 0, 3).expect("not given");
    assert_eq!(procedure(&h).opinion, None);
}

#[test]
fn dates_changed_elsewhere_keep_what_is_being_typed_here() {
    let mut h = Harness::new(Language::En, false);
    let applicant = open(&mut h, &samples::complete_art9(today()));
    h.type_into("timeline.submitted", "10/01/2025")
        .expect("submitted");
    h.type_into("timeline.decree", "31/02/2026")
        .expect("an impossible decree date");
    h.send(Message::Navigate(Screen::Editor));
    let mut merged = procedure(&h);
    merged.oath = Some(date(2026, 4, 2));
    h.send(Message::Editor(
        applicant,
        cittadinanza::screen::editor::Message::Chosen(
            "procedure".into(),
            serde_json::to_value(&merged).expect("json"),
        ),
    ));
    h.send(Message::Navigate(Screen::Timeline));
    assert_eq!(h.app.timeline.value("oath"), "02/04/2026");
    assert_eq!(h.app.timeline.value("decree"), "31/02/2026");
    assert!(h.app.timeline.error("decree").is_some());

    // A later edit here does not undo the merged date.
    h.type_into("timeline.notified", "01/04/2026")
        .expect("notified");
    let events = procedure(&h);
    assert_eq!(events.oath, Some(date(2026, 4, 2)));
    assert_eq!(events.notified, Some(date(2026, 4, 1)));
    assert_eq!(events.decree, None);
}

#[test]
fn a_merge_while_the_screen_is_open_is_not_undone_by_the_next_edit() {
    let mut h = Harness::new(Language::En, false);
    let applicant = open(&mut h, &samples::complete_art9(today()));
    h.type_into("timeline.submitted", "10/01/2025")
        .expect("submitted");
    // The draft's dates change while this screen stays open (a background sync's merge).
    let mut merged = procedure(&h);
    merged.accepted = Some(date(2025, 1, 20));
    h.send(Message::Editor(
        applicant,
        cittadinanza::screen::editor::Message::Chosen(
            "procedure".into(),
            serde_json::to_value(&merged).expect("json"),
        ),
    ));
    h.type_into("timeline.oath", "02/04/2026").expect("oath");
    let events = procedure(&h);
    assert_eq!(events.accepted, Some(date(2025, 1, 20)), "merged date kept");
    assert_eq!(events.oath, Some(date(2026, 4, 2)));
    assert_eq!(h.app.timeline.value("accepted"), "20/01/2025");
}

/// Issue 12.1: the 10-bis answer window ends on Sunday 22/03/2026; the card shows the legal
/// date, the day the law moves it to and the recommended safe day, and the .ics event is on
/// the safe day. Issue 12.5: the planned sending date is an event of the form.
#[test]
fn a_deadline_on_a_sunday_shows_the_moved_and_the_safe_day() {
    let mut h = Harness::new(Language::En, false);
    open(&mut h, &samples::complete_art9(today()));
    h.type_into("timeline.planned_submission", "05/01/2025")
        .expect("planned sending date");
    h.type_into("timeline.submitted", "10/01/2025")
        .expect("submitted");
    h.type_into("timeline.accepted", "20/01/2025")
        .expect("accepted");
    h.click(id("timeline-add-notice")).expect("add a notice");
    h.type_into("timeline.ten_bis_notices.0.received", "12/03/2026")
        .expect("notice");
    let procedure = &h
        .app
        .editor
        .as_ref()
        .expect("editor")
        .application()
        .procedure;
    assert_eq!(procedure.planned_submission, Some(date(2025, 1, 5)));

    assert!(h.ui().find(id("non-working:ten-bis-response/1")).is_ok());
    let sunday = t("holiday-sunday");
    let note = t_args(
        "deadline-non-working-administrative",
        &[
            ("date", "22/03/2026"),
            ("day", sunday.as_str()),
            ("moved", "23/03/2026"),
            ("safe", "20/03/2026"),
        ],
    );
    assert!(h.shows(&note), "{note}");

    let editor = h.app.editor.as_ref().expect("editor");
    let ics = timeline::calendar_text(editor, today());
    assert!(ics.contains("DTSTART;VALUE=DATE:20260320"), "{ics}");
}

/// Issue 12.4 and 12.6: a separation while the application is pending, and a K10 number of the
/// wrong kind for art. 5, are shown on the timeline.
#[test]
fn marriage_events_and_a_wrong_k10_kind_are_warned_on_the_timeline() {
    let mut h = Harness::new(Language::En, false);
    let mut application = samples::complete_art5_italy(today());
    application.procedure.submitted = Some(date(2025, 6, 3));
    application.family.spouse.separation_date = "14/01/2026".into();
    application.k10_number = "K10/0123456".into();
    open(&mut h, &application);
    assert!(h.ui().find(id("timeline-warning:marriage")).is_ok());
    let separated = t_args(
        "elig-marriage-separation-pending",
        &[("date", "14/01/2026"), ("submitted", "03/06/2025")],
    );
    assert!(h.shows(&separated), "{separated}");
    assert!(h.ui().find(id("timeline-warning:k10")).is_ok());
    let wrong_kind = t_args(
        "err-k10-wrong-kind-marriage",
        &[("expected", "K10/C/0000001")],
    );
    let shown = t_args(
        "timeline-k10-invalid",
        &[("number", "K10/0123456"), ("error", wrong_kind.as_str())],
    );
    assert!(h.shows(&shown), "{shown}");
}
