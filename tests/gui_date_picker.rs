//! Date fields: typed, or picked from the inline calendar, with the mouse or the keyboard.

mod gui_support;

use cittadinanza::app::{Message, Screen};
use cittadinanza::i18n::{Language, t};
use cittadinanza::screen::editor;
use cittadinanza::widget::date_picker::{button_id, day_id};
use cittadinanza_core::model::SectionId;
use cittadinanza_core::samples;
use gui_support::calendar::{date, months_back, pick_day, press, press_in};
use gui_support::{Harness, today};
use iced::keyboard::{Modifiers, key::Named};
use iced_test::selector::id;

const FIELD: &str = "personal.birth_date";

/// A new applicant on Personal data, every field filled from the complete sample except the
/// birth date.
fn personal_without_birth_date(language: Language) -> Harness {
    let mut h = Harness::new(language, true);
    h.click(id("new-applicant")).expect("new applicant");
    assert_eq!(h.app.screen, Screen::Editor);
    h.click(id("section-personal")).expect("personal");
    let mut sample = samples::complete_art9(today()).personal;
    sample.birth_date.clear();
    let applicant = h.app.editor.as_ref().expect("editor").id;
    let json = serde_json::to_value(&sample).expect("json");
    // Entered through the editor's own messages (typing itself is covered by gui_editor).
    for (key, value) in json.as_object().expect("object") {
        h.send(Message::Editor(
            applicant,
            editor::Message::Chosen(format!("personal.{key}"), value.clone()),
        ));
    }
    assert_eq!(
        h.app
            .editor
            .as_ref()
            .expect("editor")
            .application()
            .personal,
        sample
    );
    h
}

fn field_text(h: &Harness) -> String {
    h.app
        .editor
        .as_ref()
        .expect("editor")
        .draft
        .text(FIELD)
        .to_string()
}

fn picker_open(h: &Harness) -> bool {
    h.app
        .editor
        .as_ref()
        .expect("editor")
        .picker
        .as_ref()
        .is_some_and(|p| p.path == FIELD)
}

#[test]
fn a_birth_date_picked_from_the_calendar_fills_the_field_and_clears_its_issue() {
    let mut h = personal_without_birth_date(Language::It);
    let editor = h.app.editor.as_ref().expect("editor");
    assert!(
        editor.issue(FIELD).is_some(),
        "the empty birth date is flagged"
    );
    assert!(!editor.is_complete(SectionId::Personal));

    // The calendar opens on today's month, weeks starting on Monday.
    h.click(id(button_id(FIELD))).expect("calendar button");
    assert!(picker_open(&h));
    assert!(h.shows("marzo 2026"));
    let mut ui = h.ui();
    let monday = ui
        .find(t("editor-calendar-mon").as_str())
        .expect("mon")
        .bounds();
    let sunday = ui
        .find(t("editor-calendar-sun").as_str())
        .expect("sun")
        .bounds();
    assert!(monday.x < sunday.x, "Monday first");
    // 1 March 2026 is a Sunday: in the last column, on the first row.
    let first = ui
        .find(id(day_id(date(2026, 3, 1))))
        .expect("1 March")
        .bounds();
    let second = ui
        .find(id(day_id(date(2026, 3, 2))))
        .expect("2 March")
        .bounds();
    assert!((first.x - sunday.x).abs() < 40.0 && second.y > first.y);
    assert!(ui.find(id(day_id(today()))).is_ok(), "today shown");
    drop(ui);

    // Back to March 1988 (the sample's birth date, 14/03/1988) by years and months.
    h.click(id("calendar-next-month")).expect("next month");
    assert!(h.shows("aprile 2026"));
    months_back(&mut h, 1);
    for _ in 0..38 {
        h.click(id("calendar-previous-year"))
            .expect("previous year");
    }
    assert!(h.shows("marzo 1988"));
    h.click(id("calendar-next-year")).expect("next year");
    h.click(id("calendar-previous-year"))
        .expect("previous year");
    pick_day(&mut h, date(1988, 3, 14));

    assert_eq!(field_text(&h), "14/03/1988");
    assert!(!picker_open(&h), "the calendar closes on a pick");
    let editor = h.app.editor.as_ref().expect("editor");
    assert!(
        editor.issue(FIELD).is_none(),
        "the birth date issue is gone"
    );
    assert!(
        editor.is_complete(SectionId::Personal),
        "{:?}",
        editor.statuses()[1].issues
    );
    // Autosaved like a typed edit.
    let applicant = editor.id;
    let saved = h
        .store
        .lock()
        .expect("store")
        .load(applicant)
        .expect("load");
    assert_eq!(saved.personal.birth_date, "14/03/1988");

    // Reopened, it shows the field's month with the date selected.
    h.click(id(button_id(FIELD))).expect("reopen");
    assert!(h.shows("marzo 1988"));
    // The button closes it again.
    h.click(id(button_id(FIELD))).expect("close");
    assert!(!picker_open(&h));
}

#[test]
fn typing_still_works_and_the_open_calendar_follows_it() {
    let mut h = personal_without_birth_date(Language::It);
    h.click(id(button_id(FIELD))).expect("open");
    h.type_into(FIELD, "02/07/1985").expect("type");
    assert_eq!(field_text(&h), "02/07/1985");
    assert!(picker_open(&h));
    assert!(h.shows("luglio 1985"), "the calendar follows a typed date");
    // A half-typed or wrong date is kept as typed, with its error.
    h.type_into(FIELD, "x").expect("type more");
    assert_eq!(field_text(&h), "02/07/1985x");
    assert!(
        h.app
            .editor
            .as_ref()
            .expect("editor")
            .issue(FIELD)
            .is_some()
    );

    // A click into another field closes it (keys then belong to that field).
    h.click(id("personal.surname")).expect("surname");
    assert!(!picker_open(&h));
    h.type_into("personal.surname", " ").expect("type a space");
    assert_eq!(
        field_text(&h),
        "02/07/1985x",
        "the space went to the surname"
    );

    // Only one calendar at a time: opening another field's closes this one.
    h.click(id(button_id(FIELD))).expect("open again");
    h.click(id("section-entry_stay")).expect("entry and stay");
    assert!(!picker_open(&h), "changing section closes it");
    h.click(id(button_id("entry_stay.permit_issue_date")))
        .expect("permit issue date");
    h.click(id(button_id("entry_stay.permit_expiry_date")))
        .expect("permit expiry date");
    let picker = h
        .app
        .editor
        .as_ref()
        .expect("editor")
        .picker
        .clone()
        .expect("open");
    assert_eq!(picker.path, "entry_stay.permit_expiry_date");
    assert_eq!(
        h.ui().find(id("calendar-next-month")).into_iter().count(),
        1
    );
}

#[test]
fn the_keyboard_opens_moves_picks_and_closes() {
    let mut h = personal_without_birth_date(Language::It);
    h.type_into(FIELD, "10/06/1990").expect("type");

    // Alt+↓ anywhere else does nothing; in the field it opens the calendar on the typed date.
    press(&mut h, Named::ArrowDown, Modifiers::ALT);
    assert!(!picker_open(&h));
    press_in(&mut h, Some(FIELD), Named::ArrowDown, Modifiers::ALT);
    assert!(picker_open(&h));
    assert!(h.shows("giugno 1990"));
    // Right, Down: +1 day, +7 days; Page Down: next month; Shift+Page Up: a year back.
    press(&mut h, Named::ArrowRight, Modifiers::empty());
    press(&mut h, Named::ArrowDown, Modifiers::empty());
    press(&mut h, Named::PageDown, Modifiers::empty());
    press(&mut h, Named::PageUp, Modifiers::SHIFT);
    let cursor = h
        .app
        .editor
        .as_ref()
        .expect("editor")
        .picker
        .as_ref()
        .expect("open")
        .cursor;
    assert_eq!(cursor, date(1989, 7, 18));
    assert!(h.shows("luglio 1989"));
    press(&mut h, Named::Enter, Modifiers::empty());
    assert_eq!(field_text(&h), "18/07/1989");
    assert!(!picker_open(&h));

    // Escape closes without changing anything.
    h.click(id(button_id(FIELD))).expect("open");
    press(&mut h, Named::ArrowLeft, Modifiers::empty());
    press(&mut h, Named::Escape, Modifiers::empty());
    assert!(!picker_open(&h));
    assert_eq!(field_text(&h), "18/07/1989");
}

#[test]
fn the_issue_date_of_a_new_attachment_can_be_picked_too() {
    let mut h = Harness::new(Language::It, true);
    h.click(id("new-applicant")).expect("new applicant");
    h.click(id("section-documents")).expect("documents");
    h.click(id(button_id("attach.issue_date"))).expect("open");
    months_back(&mut h, 1);
    pick_day(&mut h, date(2026, 2, 27));
    assert!(h.shows("27/02/2026"));
    assert!(h.app.editor.as_ref().expect("editor").picker.is_none());
}
