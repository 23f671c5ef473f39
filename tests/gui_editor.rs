//! The section editor driven like a user: clicks and typing in the real interface.

mod gui_support;

use cittadinanza::app::{Message, Screen};
use cittadinanza::i18n::{Language, t};
use cittadinanza::screen::applicants;
use cittadinanza::screen::editor::form::{Item, Kind};
use cittadinanza::screen::editor::{self, form};
use cittadinanza_core::model::{Application, SectionId};
use cittadinanza_core::samples;
use gui_support::{Harness, lookup, sample_without_documents, today};
use iced_test::selector::id;
use serde_json::Value;

fn new_applicant(h: &mut Harness) {
    h.click(id("new-applicant")).expect("new applicant button");
    assert_eq!(h.app.screen, Screen::Editor);
    assert!(h.app.editor.is_some());
}

fn editor_id(h: &Harness) -> cittadinanza_core::store::ApplicantId {
    h.app.editor.as_ref().expect("editor open").id
}

/// Enters every value of `sample` found under `prefix` into the form, as a user would.
fn fill(h: &mut Harness, sample: &Value, prefix: &str, items: &[Item]) {
    for item in items {
        match item {
            Item::Field(field) => {
                let path = format!("{prefix}.{}", field.name);
                let value = lookup(sample, &path);
                match field.kind {
                    Kind::Text | Kind::Date | Kind::Amount => {
                        let text = value.as_str().unwrap_or("");
                        if !text.is_empty() {
                            h.type_into(&path, text)
                                .unwrap_or_else(|e| panic!("{path}: {e}"));
                        }
                    }
                    Kind::CommaList => {
                        let items: Vec<&str> = value
                            .as_array()
                            .map(|a| a.iter().filter_map(Value::as_str).collect())
                            .unwrap_or_default();
                        if !items.is_empty() {
                            h.type_into(&path, &items.join(","))
                                .unwrap_or_else(|e| panic!("{path}: {e}"));
                        }
                    }
                    Kind::Choice(_) if value.is_null() => {}
                    Kind::Choice(options) => {
                        let options = options();
                        let index = options
                            .iter()
                            .position(|o| &o.value == value)
                            .unwrap_or_else(|| panic!("{path}: {value} not offered"));
                        let current = h
                            .app
                            .editor
                            .as_ref()
                            .expect("editor")
                            .draft
                            .value(&path)
                            .cloned();
                        if current.as_ref() != Some(value) {
                            h.choose(&path, index, options.len())
                                .unwrap_or_else(|e| panic!("{path}: {e}"));
                        }
                    }
                    // 107 prefectures do not fit on screen: pick the value as the list does.
                    Kind::Prefecture => {
                        let applicant = editor_id(h);
                        h.send(Message::Editor(
                            applicant,
                            editor::Message::TextChanged(
                                path.clone(),
                                value.as_str().unwrap_or("").to_string(),
                            ),
                        ));
                    }
                    Kind::Check => {
                        if value.as_bool() == Some(true) {
                            h.click(id(path.clone()))
                                .unwrap_or_else(|e| panic!("{path}: {e}"));
                        }
                    }
                }
                let typed = h
                    .app
                    .editor
                    .as_ref()
                    .expect("editor")
                    .draft
                    .value(&path)
                    .cloned()
                    .unwrap_or(Value::Null);
                assert_eq!(&typed, value, "{path} after typing");
            }
            Item::List { name, items, .. } => {
                let path = format!("{prefix}.{name}");
                let rows = lookup(sample, &path).as_array().map_or(0, Vec::len);
                for index in 0..rows {
                    h.click(id(format!("add:{path}")))
                        .unwrap_or_else(|e| panic!("add {path}: {e}"));
                    fill(h, sample, &format!("{path}.{index}"), items);
                }
            }
            Item::Attachments => attach_documents(h, sample),
        }
    }
}

/// Attaches real files through the same path as the file dialog: kind and dates entered in
/// the form, then the picked file's path handed to the editor, which imports it into the
/// encrypted vault.
fn attach_documents(h: &mut Harness, sample: &Value) {
    let documents = lookup(sample, "documents.attached")
        .as_array()
        .cloned()
        .unwrap_or_default();
    let folder = tempfile::tempdir().expect("temp dir");
    let kinds = form::document_kinds();
    for (index, document) in documents.iter().enumerate() {
        let kind = document.get("kind").cloned().unwrap_or(Value::Null);
        let kind_index = kinds
            .iter()
            .position(|k| k.value == kind)
            .expect("known kind");
        h.choose("attach.kind", kind_index, kinds.len())
            .expect("choose kind");
        let issue_date = document
            .get("issue_date")
            .and_then(Value::as_str)
            .unwrap_or("");
        if !issue_date.is_empty() {
            h.type_into("attach.issue_date", issue_date)
                .expect("issue date");
        }
        let country = document
            .get("country")
            .and_then(Value::as_str)
            .unwrap_or("");
        if !country.is_empty() {
            h.type_into("attach.country", country).expect("country");
        }
        let file = folder.path().join(format!("document-{index}.pdf"));
        std::fs::write(&file, format!("%PDF-1.4\n% test document {index}\n")).expect("write file");
        let applicant = editor_id(h);
        h.send(Message::Editor(
            applicant,
            editor::Message::FilePicked(Some(file)),
        ));
        let attached = &h
            .app
            .editor
            .as_ref()
            .expect("editor")
            .application()
            .documents
            .attached;
        assert_eq!(attached.len(), index + 1, "document {index} attached");
        let last = attached.last().expect("attached");
        assert_eq!(serde_json::to_value(last.kind).expect("kind"), kind);
        assert_eq!(last.issue_date, issue_date);
        assert_eq!(last.country, country);
        assert!(!last.vault_id.is_empty());
    }
}

#[test]
fn filling_a_whole_art9_application_turns_every_dot_blue() {
    let mut h = Harness::new(Language::It, true);
    new_applicant(&mut h);
    let sample = samples::complete_art9(today());
    let sample_json = serde_json::to_value(&sample).expect("json");

    for section in SectionId::ALL {
        h.click(id(format!("section-{}", section.key())))
            .expect("section button");
        assert_eq!(h.app.editor.as_ref().expect("editor").section, section);
        fill(&mut h, &sample_json, section.key(), form::items(section));
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

    let editor = h.app.editor.as_ref().expect("editor");
    assert_eq!(editor.completed(), 12);
    assert_eq!(
        sample_without_documents(editor.application()),
        sample_without_documents(&sample)
    );

    // The header shows the progress, and every save reached the store.
    assert!(h.shows(&cittadinanza::i18n::t_args(
        "applicants-progress",
        &[("done", "12"), ("total", "12")]
    )));
    let id = editor_id(&h);
    let mut store = h.store.lock().expect("store");
    assert_eq!(store.summary(id).expect("summary").sections_complete, 12);
    assert_eq!(
        &store.load(id).expect("load"),
        h.app.editor.as_ref().expect("editor").application()
    );
    assert_eq!(
        store.documents(id).expect("documents").len(),
        sample.documents.attached.len()
    );
}

#[test]
fn an_invalid_codice_fiscale_shows_its_error_under_the_field_and_keeps_the_dot_white() {
    let mut h = Harness::new(Language::It, true);
    new_applicant(&mut h);
    let sample = samples::complete_art9(today());
    let sample_json = serde_json::to_value(&sample).expect("json");
    h.click(id("section-personal")).expect("personal");

    // Everything right except the check character of the codice fiscale.
    let mut wrong = sample.personal.codice_fiscale.clone();
    let last = wrong.pop().expect("non-empty");
    wrong.push(if last == 'A' { 'B' } else { 'A' });
    let mut json = sample_json.clone();
    json["personal"]["codice_fiscale"] = Value::from(wrong.clone());
    fill(&mut h, &json, "personal", form::items(SectionId::Personal));

    let editor = h.app.editor.as_ref().expect("editor");
    assert!(
        !editor.is_complete(SectionId::Personal),
        "the Personal data dot stays white"
    );
    let issue = editor
        .issue("personal.codice_fiscale")
        .expect("an issue on the codice fiscale");
    let message = cittadinanza::widget::field::issue_text(issue);
    assert!(
        !message.starts_with("err-"),
        "translated, not a raw id: {message}"
    );

    let mut ui = h.ui();
    let field = ui
        .find(id("personal.codice_fiscale"))
        .expect("field")
        .bounds();
    let error = ui.find(message.as_str()).expect("error shown").bounds();
    assert!(
        error.y >= field.y + field.height && error.y - (field.y + field.height) < 24.0,
        "error right under the field"
    );
    drop(ui);

    // Fixing it turns the dot blue.
    let fixed = sample.personal.codice_fiscale.clone();
    let applicant = editor_id(&h);
    h.send(Message::Editor(
        applicant,
        editor::Message::TextChanged("personal.codice_fiscale".into(), fixed),
    ));
    assert!(
        h.app
            .editor
            .as_ref()
            .expect("editor")
            .is_complete(SectionId::Personal)
    );
    assert!(!h.shows(&message));
}

#[test]
fn edits_are_saved_after_a_pause_and_on_close() {
    let mut h = Harness::new(Language::It, true);
    new_applicant(&mut h);
    h.app
        .set_autosave_delay(std::time::Duration::from_millis(20));
    let applicant = editor_id(&h);
    let version_before = h
        .store
        .lock()
        .expect("store")
        .summary(applicant)
        .expect("summary")
        .version;

    // Two quick edits: the first autosave timer is outdated by the second edit, one save.
    let first = h.app.update(Message::Editor(
        applicant,
        editor::Message::TextChanged("personal.surname".into(), "Rossi".into()),
    ));
    let second = h.app.update(Message::Editor(
        applicant,
        editor::Message::TextChanged("personal.name".into(), "Ana".into()),
    ));
    assert!(h.shows(&t("editor-unsaved")));
    h.run(first);
    h.run(second);
    let summary = h
        .store
        .lock()
        .expect("store")
        .summary(applicant)
        .cloned()
        .expect("summary");
    assert_eq!(
        summary.version,
        version_before + 1,
        "one save for two quick edits"
    );
    assert_eq!(summary.display_name, "Rossi Ana");
    assert!(
        h.app
            .editor
            .as_ref()
            .expect("editor")
            .last_saved()
            .is_some()
    );
    assert!(!h.shows(&t("editor-unsaved")));

    // An edit then the window closing at once: saved before the window goes.
    h.app
        .set_autosave_delay(std::time::Duration::from_secs(3600));
    let pending = h.app.update(Message::Editor(
        applicant,
        editor::Message::TextChanged("personal.email".into(), "ana@example.org".into()),
    ));
    drop(pending);
    h.send(Message::CloseRequested(iced::window::Id::unique()));
    let saved = h
        .store
        .lock()
        .expect("store")
        .load(applicant)
        .expect("load");
    assert_eq!(saved.personal.email, "ana@example.org");
}

#[test]
fn switching_sections_keeps_what_was_typed() {
    let mut h = Harness::new(Language::It, true);
    new_applicant(&mut h);
    h.click(id("section-personal")).expect("personal");
    h.type_into("personal.surname", "Bianchi").expect("type");
    h.click(id("section-income")).expect("income");
    h.click(id("add:income.years")).expect("add year");
    h.type_into("income.years.0.year", "2025")
        .expect("type year");
    h.click(id("section-personal")).expect("back to personal");
    assert!(h.ui().find("Bianchi").is_ok());
    let editor = h.app.editor.as_ref().expect("editor");
    assert_eq!(editor.application().income.years[0].year, "2025");
}

#[test]
fn applicants_are_listed_searched_archived_and_deleted_only_after_confirmation() {
    let mut h = Harness::new(Language::It, true);
    for surname in ["Rossi", "Haddad"] {
        new_applicant(&mut h);
        h.click(id("section-personal")).expect("personal");
        h.type_into("personal.surname", surname).expect("surname");
        h.click("← Richiedenti").expect("back to the list");
        assert_eq!(h.app.screen, Screen::Applicants);
    }
    assert!(h.shows("Rossi") && h.shows("Haddad"));

    h.type_into("applicants-search", "hadd").expect("search");
    assert!(
        h.shows("Haddad") && !h.shows("Rossi"),
        "accent/case-insensitive search"
    );
    let haddad = h.app.applicants.summaries[0].id;

    h.click(id(format!("delete:{haddad}"))).expect("delete");
    assert!(
        h.store.lock().expect("store").summary(haddad).is_some(),
        "nothing deleted before confirming"
    );
    h.click(id(format!("confirm-delete:{haddad}")))
        .expect("confirm");
    assert!(h.store.lock().expect("store").summary(haddad).is_none());
    assert!(!h.shows("Haddad"));

    // Archived applicants leave the list until "show archived" is ticked.
    h.send(Message::Applicants(
        cittadinanza::screen::applicants::Message::SearchChanged(String::new()),
    ));
    assert!(h.shows("Rossi"));
    h.click(t("applicants-archive").as_str()).expect("archive");
    assert!(!h.shows("Rossi"));
    h.click(t("applicants-show-archived").as_str())
        .expect("show archived");
    assert!(h.shows("Rossi"));
}

#[test]
fn a_long_list_of_applicants_is_shown_a_page_at_a_time() {
    use cittadinanza::screen::applicants::PAGE_SIZE;
    let mut h = Harness::new(Language::It, true);
    let total = PAGE_SIZE * 2 + 5;
    {
        let mut store = h.store.lock().expect("store");
        for i in 0..total {
            let mut application = Application::default();
            application.personal.surname = format!("Cognome{i:03}");
            store.create(&application).expect("create");
        }
    }
    h.send(Message::Applicants(
        cittadinanza::screen::applicants::Message::SearchChanged(String::new()),
    ));
    assert_eq!(h.app.applicants.summaries.len(), total);
    let opened = |h: &Harness| {
        let mut ui = h.ui();
        h.app
            .applicants
            .summaries
            .iter()
            .filter(|s| ui.find(id(format!("open:{}", s.id))).is_ok())
            .count()
    };
    assert_eq!(opened(&h), PAGE_SIZE);
    assert!(h.shows(&cittadinanza::i18n::t_args(
        "applicants-showing",
        &[
            ("shown", PAGE_SIZE.to_string()),
            ("total", total.to_string())
        ]
    )));

    // The button closes the list (the simulator does not scroll to it).
    let show_more = |h: &mut Harness| {
        assert!(h.ui().find(id("show-more")).is_ok());
        h.send(Message::Applicants(
            cittadinanza::screen::applicants::Message::ShowMore,
        ));
    };
    show_more(&mut h);
    assert_eq!(opened(&h), PAGE_SIZE * 2);
    show_more(&mut h);
    assert_eq!(opened(&h), total);
    assert!(
        h.ui().find(id("show-more")).is_err(),
        "nothing more to show"
    );

    // A new search starts again from the first page, and finds beyond it.
    h.type_into("applicants-search", "cognome204")
        .expect("search");
    assert_eq!(opened(&h), 1);
    assert!(h.shows("Cognome204"));
}

/// Issue 12.2: a gap between two residences keeps section 5 white until its reason is chosen
/// on the period after it; the reason is chosen in the section's own pick list.
#[test]
fn a_declared_residence_gap_turns_section_5_blue() {
    let mut h = Harness::new(Language::En, false);
    let mut application = samples::complete_art9(today());
    application.residences.periods[0].to = "28/02/2021".into();
    application.residences.periods[1].from = "01/09/2021".into();
    let applicant = h
        .store
        .lock()
        .expect("store")
        .create(&application)
        .expect("create");
    h.send(Message::Applicants(applicants::Message::Open(applicant)));
    h.click(id("section-residences")).expect("residences");
    let editor = h.app.editor.as_ref().expect("editor");
    assert!(!editor.is_complete(SectionId::Residences));
    assert!(editor.issue("residences.periods.1.from").is_some());

    let reasons = form::gap_reasons();
    h.choose("residences.periods.1.gap_before_reason", 0, reasons.len())
        .expect("choose the reason");
    let editor = h.app.editor.as_ref().expect("editor");
    assert_eq!(
        editor.application().residences.periods[1].gap_before_reason,
        Some(cittadinanza_core::model::GapReason::CancelledReregistered)
    );
    assert!(editor.is_complete(SectionId::Residences));
    assert!(h.shows(&t("hint-residence-gap-proof")));
}

/// Issue 12.9: the prefecture is picked from the list; the province of residence proposes it;
/// "Prefettura di Narnia" typed by an older version shows an error.
#[test]
fn the_prefecture_is_proposed_from_the_province_of_residence() {
    let mut h = Harness::new(Language::En, false);
    let mut application = samples::complete_art9(today());
    application.legal_basis.prefecture = "Narnia".into();
    let applicant = h
        .store
        .lock()
        .expect("store")
        .create(&application)
        .expect("create");
    h.send(Message::Applicants(applicants::Message::Open(applicant)));
    h.click(id("section-legal_basis")).expect("legal basis");
    let editor = h.app.editor.as_ref().expect("editor");
    assert!(!editor.is_complete(SectionId::LegalBasis));
    assert!(h.shows(&t("err-unknown-prefecture")));

    h.send(Message::Editor(
        applicant,
        editor::Message::TextChanged("legal_basis.prefecture".into(), String::new()),
    ));
    let province = &application.personal.residence.province;
    let proposed = cittadinanza_core::prefectures::for_province(province).expect("province");
    h.click(id("prefecture-propose")).expect("proposal shown");
    let editor = h.app.editor.as_ref().expect("editor");
    assert_eq!(
        editor.application().legal_basis.prefecture,
        proposed.province
    );
    assert!(editor.is_complete(SectionId::LegalBasis));
    // Chosen: no proposal any more, and no error.
    assert!(h.ui().find(id("prefecture-propose")).is_err());
    assert!(!h.shows(&t("err-unknown-prefecture")));
}
