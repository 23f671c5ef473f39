//! Driving date fields and their calendar: dates, key presses and the month buttons.

use chrono::NaiveDate;
use cittadinanza::widget::date_picker::day_id;
use iced::Event;
use iced::keyboard::{self, Key, Location, Modifiers, key::Named};
use iced_test::selector::id;

use super::Harness;

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// A key pressed (not repeated, no text), as the keyboard sends it.
pub fn key_event(named: Named, modifiers: Modifiers) -> Event {
    let key = Key::Named(named);
    Event::Keyboard(keyboard::Event::KeyPressed {
        key: key.clone(),
        modified_key: key,
        physical_key: keyboard::key::Physical::Unidentified(
            keyboard::key::NativeCode::Unidentified,
        ),
        location: Location::Standard,
        modifiers,
        text: None,
        repeat: false,
    })
}

/// Presses a key, first clicking into the widget `focus` when given (each simulator starts
/// with nothing focused).
pub fn press_in(h: &mut Harness, focus: Option<&str>, named: Named, modifiers: Modifiers) {
    h.interact(|ui| {
        if let Some(focus) = focus {
            ui.click(id(focus.to_string()))?;
        }
        let _ = ui.simulate([key_event(named, modifiers)]);
        Ok(())
    })
    .expect("key press");
}

/// Presses a key with nothing focused (the open calendar listens all the same).
pub fn press(h: &mut Harness, named: Named, modifiers: Modifiers) {
    press_in(h, None, named, modifiers);
}

/// Clicks the open calendar's "previous month" button `times` times.
pub fn months_back(h: &mut Harness, times: usize) {
    for _ in 0..times {
        h.click(id("calendar-previous-month"))
            .expect("a month back");
    }
}

/// Clicks a day of the open calendar's month.
pub fn pick_day(h: &mut Harness, day: NaiveDate) {
    h.click(id(day_id(day))).expect("a day of the calendar");
}
