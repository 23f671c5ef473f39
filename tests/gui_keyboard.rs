//! Keyboard only (issue 16.5): a whole application filled without the pointer. Tab and
//! Shift+Tab move the focus through text fields, buttons, pick lists and checkboxes (the
//! widget tree is kept between key presses, as the real runtime keeps it); Enter and Space
//! press, the arrows choose in pick lists and drive the calendar, text is typed key by key.

mod gui_support;

use cittadinanza::app::Screen;
use cittadinanza::i18n::Language;
use cittadinanza::screen::editor::form::{self, Item, Kind};
use cittadinanza_core::model::SectionId;
use cittadinanza_core::{prefectures, samples};
use gui_support::{Harness, lookup, sample_without_documents, today};
use iced::keyboard::key::Named;
use serde_json::Value;

/// Tab presses allowed to reach the next stop (the review's *Change* buttons come before the
/// consent in section 12, the navigation and section list when the focus wraps around).
const LIMIT: usize = 400;

fn draft_value(h: &Harness, path: &str) -> Value {
    h.app
        .editor
        .as_ref()
        .expect("editor")
        .draft
        .value(path)
        .cloned()
        .unwrap_or(Value::Null)
}

fn reach(h: &mut Harness, id: &str) {
    let presses = h
        .tab_to(id, false, LIMIT)
        .unwrap_or_else(|error| panic!("{error}"));
    eprintln!("{id}: {presses} Tab");
}

/// Moves a focused pick list from option `from` (`None`: nothing chosen) to option `to` with
/// the arrow keys.
fn arrow_to(h: &mut Harness, from: Option<usize>, to: usize) {
    let (key, presses) = match from {
        None => (Named::ArrowDown, to + 1),
        Some(from) if from <= to => (Named::ArrowDown, to - from),
        Some(from) => (Named::ArrowUp, from - to),
    };
    for _ in 0..presses {
        h.tap(key);
    }
}

fn fill(h: &mut Harness, sample: &Value, prefix: &str, items: &[Item], dates_checked: &mut bool) {
    for item in items {
        match item {
            Item::Field(field) => {
                let path = format!("{prefix}.{}", field.name);
                let value = lookup(sample, &path);
                match field.kind {
                    Kind::Text | Kind::Date | Kind::Amount | Kind::CommaList => {
                        let text = match value {
                            Value::Array(items) => items
                                .iter()
                                .filter_map(Value::as_str)
                                .collect::<Vec<_>>()
                                .join(","),
                            other => other.as_str().unwrap_or("").to_string(),
                        };
                        if text.is_empty() {
                            continue;
                        }
                        reach(h, &path);
                        h.type_keys(&text);
                        if matches!(field.kind, Kind::Date) && !*dates_checked {
                            // The calendar button is the next stop: Enter opens the calendar
                            // on the typed day, a day forward and back, Enter picks it.
                            *dates_checked = true;
                            let toggle = cittadinanza::widget::date_picker::button_id(&path);
                            reach(h, &toggle);
                            h.tap(Named::Enter);
                            let picker = h.app.editor.as_ref().expect("editor").picker.clone();
                            assert_eq!(picker.map(|p| p.path), Some(path.clone()), "open");
                            h.tap(Named::ArrowRight);
                            h.tap(Named::ArrowLeft);
                            h.tap(Named::Enter);
                            let editor = h.app.editor.as_ref().expect("editor");
                            assert!(editor.picker.is_none(), "picked and closed");
                        }
                    }
                    Kind::Choice(_) if value.is_null() => continue,
                    Kind::Choice(options) => {
                        let options = options();
                        let to = options
                            .iter()
                            .position(|o| &o.value == value)
                            .unwrap_or_else(|| panic!("{path}: {value} not offered"));
                        let current = draft_value(h, &path);
                        let from = options.iter().position(|o| o.value == current);
                        reach(h, &path);
                        arrow_to(h, from, to);
                    }
                    Kind::Prefecture => {
                        let all = prefectures::all();
                        let wanted = value.as_str().unwrap_or("");
                        let to = all
                            .iter()
                            .position(|p| p.province == wanted)
                            .unwrap_or_else(|| panic!("{wanted} is a prefecture"));
                        let current = draft_value(h, &path);
                        let from =
                            prefectures::find(current.as_str().unwrap_or("")).and_then(|found| {
                                all.iter().position(|p| p.province == found.province)
                            });
                        reach(h, &path);
                        arrow_to(h, from, to);
                    }
                    Kind::Check => {
                        if value.as_bool() == Some(true) && draft_value(h, &path) != *value {
                            reach(h, &path);
                            h.tap(Named::Space);
                        }
                    }
                }
                assert_eq!(&draft_value(h, &path), value, "{path} after the keys");
            }
            Item::List { name, items, .. } => {
                let path = format!("{prefix}.{name}");
                let rows = lookup(sample, &path).as_array().map_or(0, Vec::len);
                for index in 0..rows {
                    reach(h, &format!("add:{path}"));
                    h.tap(Named::Enter);
                    fill(h, sample, &format!("{path}.{index}"), items, dates_checked);
                }
            }
            Item::Attachments => attach_documents(h, sample),
        }
    }
}

/// Attaches each document of the sample: kind with the arrows, dates typed, *Choose the
/// file…* pressed with Enter; no file dialog can be shown here, so the path is typed.
fn attach_documents(h: &mut Harness, sample: &Value) {
    let documents = lookup(sample, "documents.attached")
        .as_array()
        .cloned()
        .unwrap_or_default();
    let folder = tempfile::tempdir().expect("temp dir");
    let kinds = form::document_kinds();
    let mut kind_now = None;
    for (index, document) in documents.iter().enumerate() {
        let kind = document.get("kind").cloned().unwrap_or(Value::Null);
        let to = kinds
            .iter()
            .position(|k| k.value == kind)
            .expect("known kind");
        // The kind list comes before the file button: Shift+Tab goes back to it.
        h.tab_to("attach.kind", true, LIMIT)
            .unwrap_or_else(|error| panic!("{error}"));
        arrow_to(h, kind_now, to);
        kind_now = Some(to);
        for (key, id) in [
            ("issue_date", "attach.issue_date"),
            ("country", "attach.country"),
        ] {
            let text = document.get(key).and_then(Value::as_str).unwrap_or("");
            if !text.is_empty() {
                reach(h, id);
                h.type_keys(text);
            }
        }
        let file = folder.path().join(format!("document-{index}.pdf"));
        std::fs::write(&file, format!("%PDF-1.4\n% test document {index}\n")).expect("write");
        reach(h, "attach-file");
        h.tap(Named::Enter);
        reach(h, "attach-typed-path");
        h.type_keys(&file.display().to_string());
        h.tap(Named::Enter);
        let attached = &h
            .app
            .editor
            .as_ref()
            .expect("editor")
            .application()
            .documents
            .attached;
        assert_eq!(attached.len(), index + 1, "document {index} attached");
    }
}

#[test]
fn a_whole_application_is_filled_with_the_keyboard_alone() {
    cittadinanza::file_dialog::disable();
    let mut h = Harness::new(Language::It, true);
    h.keyboard();
    let sample = samples::complete_art9(today());
    let sample_json = serde_json::to_value(&sample).expect("json");

    reach(&mut h, "new-applicant");
    h.tap(Named::Enter);
    assert_eq!(h.app.screen, Screen::Editor, "Enter pressed the button");

    let mut dates_checked = false;
    for (index, section) in SectionId::ALL.into_iter().enumerate() {
        if index > 0 {
            reach(&mut h, "section-next");
            h.tap(Named::Enter);
        }
        assert_eq!(h.app.editor.as_ref().expect("editor").section, section);
        fill(
            &mut h,
            &sample_json,
            section.key(),
            form::items(section),
            &mut dates_checked,
        );
        let editor = h.app.editor.as_ref().expect("editor");
        assert!(
            editor.is_complete(section),
            "{section:?} still white: {:?}",
            editor
                .statuses()
                .iter()
                .find(|s| s.section == section)
                .map(|s| &s.issues)
        );
    }
    assert!(dates_checked, "a calendar was driven by the keys");
    let editor = h.app.editor.as_ref().expect("editor");
    assert_eq!(editor.completed(), 12, "twelve blue dots");
    assert_eq!(
        sample_without_documents(editor.application()),
        sample_without_documents(&sample)
    );

    // Save, from the header (Tab wraps around the end of the form).
    reach(&mut h, "save");
    h.tap(Named::Enter);
    let id = h.app.editor.as_ref().expect("editor").id;
    assert_eq!(
        h.store
            .lock()
            .expect("store")
            .summary(id)
            .expect("summary")
            .sections_complete,
        12
    );

    // The review of section 12 comes after the section list: a group's Change, Enter jumps.
    reach(&mut h, "review-change:personal");
    h.tap(Named::Enter);
    assert_eq!(
        h.app.editor.as_ref().expect("editor").section,
        SectionId::Personal
    );
}

#[test]
fn a_field_shows_its_error_once_the_focus_leaves_it_by_a_click_elsewhere() {
    let mut h = Harness::new(Language::It, true);
    h.keyboard();
    reach(&mut h, "new-applicant");
    h.tap(Named::Enter);
    reach(&mut h, "section-personal");
    h.tap(Named::Enter);
    reach(&mut h, "personal.codice_fiscale");
    h.type_keys("RSS");
    let editor = h.app.editor.as_ref().expect("editor");
    let issue = editor
        .issue("personal.codice_fiscale")
        .expect("an invalid codice fiscale");
    let message = cittadinanza::widget::field::issue_text(issue);
    assert!(
        !editor.is_complete(SectionId::Personal),
        "the dot is white at once"
    );
    assert!(!h.shows(&message), "no error while typing");

    // A click into another field, nothing typed there: the first one was left.
    h.click_kept("personal.name").expect("click");
    assert!(h.is_focused("personal.name"), "the click moved the focus");
    assert!(h.shows(&message), "the error once the field is left");
    assert!(
        !h.shows(&cittadinanza::i18n::t("err-missing")),
        "the field clicked into stays quiet"
    );
}

#[test]
fn tab_scrolls_the_form_to_the_field_it_reaches() {
    let mut h = Harness::new(Language::It, true);
    h.keyboard_in(iced::Size::new(1280.0, 560.0));
    reach(&mut h, "new-applicant");
    h.tap(Named::Enter);
    reach(&mut h, "section-personal");
    h.tap(Named::Enter);
    assert!(!h.in_view("personal.phone"), "below the fold at first");
    reach(&mut h, "personal.phone");
    assert!(h.in_view("personal.phone"), "Tab brought it into view");
    reach(&mut h, "personal.surname");
    assert!(
        h.in_view("personal.surname"),
        "and back up after wrapping around"
    );
}

#[test]
fn the_welcome_is_answered_with_the_keyboard() {
    let mut h = Harness::new(Language::It, false);
    h.keyboard();
    reach(&mut h, "nav-welcome");
    h.tap(Named::Enter);
    assert_eq!(h.app.screen, Screen::Welcome);
    reach(&mut h, "welcome-eligibility");
    h.tap(Named::Space);
    assert_eq!(h.app.screen, Screen::Eligibility, "Space pressed it");

    reach(&mut h, "nav-welcome");
    h.tap(Named::Enter);
    reach(&mut h, "welcome-help-desk");
    h.tap(Named::Enter);
    assert!(h.app.settings.help_desk, "help-desk mode chosen");
    assert_eq!(h.app.screen, Screen::Applicants);
    // The new applicant button of the help desk's list is next in reach.
    reach(&mut h, "new-applicant");
}

/// A computer without a keyring: what zbus says when no D-Bus session runs.
fn no_keyring(
    _: &std::path::Path,
) -> Result<cittadinanza_core::store::Store, cittadinanza_core::store::StoreError> {
    use cittadinanza_core::secrets::SecretsError;
    Err(cittadinanza_core::store::StoreError::Secrets(
        SecretsError::Unavailable("zbus error: Failed to connect to address".into()),
    ))
}

#[test]
fn a_passphrase_is_created_twice_and_later_unlocked_with_the_keyboard_alone() {
    use cittadinanza::i18n::t;
    use cittadinanza::screen::unlock::Mode;
    let folder = tempfile::tempdir().expect("temp dir");

    // First start: the passphrase screen has the focus in its first field.
    let mut h = Harness::booted(folder.path(), Language::En, no_keyring);
    assert_eq!(h.app.unlock_screen().map(|u| u.mode), Some(Mode::Create));
    assert!(
        h.is_focused("unlock-passphrase"),
        "typing can start at once"
    );
    h.type_keys("corta ma ora lunga");
    h.tap(Named::Enter);
    assert!(
        h.is_focused("unlock-repeat"),
        "Enter in the first field leads to the second"
    );
    assert!(h.app.unlock_screen().is_some(), "nothing is created yet");
    h.shift_tab();
    assert!(h.is_focused("unlock-passphrase"));
    h.tap(Named::Tab);
    assert!(
        h.is_focused("unlock-repeat"),
        "Tab leads to the second field"
    );
    // A typo in the repetition: Enter says so and nothing is created.
    h.type_keys("corta ma ora lungo");
    h.tap(Named::Enter);
    assert!(h.shows(&t("unlock-mismatch")));
    assert!(h.app.unlock_screen().is_some(), "not created");
    assert!(
        h.is_focused("unlock-repeat"),
        "the focus stays to correct it"
    );
    h.tap(Named::Backspace);
    h.type_keys("a");
    h.tap(Named::Enter);
    assert!(h.app.unlock_screen().is_none(), "created and opened");
    assert_eq!(h.app.screen, Screen::Welcome);
    drop(h);

    // Next start: unlock. A wrong passphrase and Enter: told, the field empty and focused.
    let mut h = Harness::booted(folder.path(), Language::En, no_keyring);
    assert_eq!(h.app.unlock_screen().map(|u| u.mode), Some(Mode::Unlock));
    assert!(h.is_focused("unlock-passphrase"));
    h.type_keys("corta ma ora lungo");
    h.tap(Named::Enter);
    assert!(h.shows(&t("store-wrong-passphrase")));
    assert!(h.is_focused("unlock-passphrase"), "ready to type again");
    h.type_keys("corta ma ora lunga");
    h.tap(Named::Enter);
    assert!(
        h.app.unlock_screen().is_none(),
        "opened with the keyboard alone"
    );
    assert!(h.app.store().is_some());
}
