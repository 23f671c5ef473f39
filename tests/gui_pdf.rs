//! The "Generate PDF" screen: the modello x SPID asks for what the sample draft lacks, is
//! rendered once complete, saved where the save dialog answered (read back with pdftotext)
//! and kept encrypted among the draft's documents.

mod gui_support;

use std::process::Command;

use cittadinanza::app::{Message, Screen};
use cittadinanza::i18n::{Language, t};
use cittadinanza::screen::{applicants, pdf};
use cittadinanza_core::model::{Application, DocumentKind};
use cittadinanza_core::pdf::FieldKind;
use cittadinanza_core::samples;
use gui_support::{Harness, today};
use iced_test::selector::id;

fn open(h: &mut Harness, application: &Application) {
    let applicant = h
        .store
        .lock()
        .expect("store")
        .create(application)
        .expect("create");
    h.send(Message::Applicants(applicants::Message::Open(applicant)));
    assert!(h.app.editor.is_some(), "the applicant opens");
    h.send(Message::Navigate(Screen::Pdf));
    assert_eq!(h.app.screen, Screen::Pdf);
}

/// A plausible value for a field the draft lacks (SPID data as in the application).
fn value_for(application: &Application, field: &str, kind: FieldKind) -> String {
    let personal = &application.personal;
    match field {
        "spid.surname" => personal.surname.clone(),
        "spid.name" => personal.name.clone(),
        "spid.birth_date" => personal.birth_date.clone(),
        "spid.codice_fiscale" => personal.codice_fiscale.clone(),
        "spid.email" => personal.email.clone(),
        "spid.sex" => "M".into(),
        "spid.birth_place" => "Tirana (Albania)".into(),
        _ => match kind {
            FieldKind::Date => "20/05/2024".into(),
            FieldKind::Amount => "20.000,00".into(),
            _ => "HD-2026-0001 nessuna differenza".into(),
        },
    }
}

#[test]
fn the_spid_declaration_asks_for_missing_fields_then_prints() {
    let mut h = Harness::new(Language::En, true);
    let application = samples::complete_art9(today());
    let surname = application.personal.surname.clone();
    open(&mut h, &application);

    h.click(id("pdf-choose:modello-spid")).expect("choose SPID");
    let missing = h.app.pdf.missing();
    assert!(!missing.is_empty(), "the draft lacks the SPID identity");
    assert!(
        missing.iter().all(|m| m.field != "date"),
        "the date defaults to today"
    );
    for field in &missing {
        if field.args.is_empty() {
            assert!(
                h.shows(&format!("{} *", t(field.label_id))),
                "{} is asked for",
                field.field
            );
        }
    }

    // Generating too early marks the missing fields and renders nothing.
    h.click(id("pdf-generate")).expect("generate");
    assert!(h.app.pdf.generated.is_none());
    assert!(h.shows(&t("pdf-screen-fill-missing")));
    let first = &missing[0];
    assert!(
        h.ui()
            .find(id(format!("pdf.{}.error", first.field)))
            .is_ok()
    );

    // An impossible date gets an inline error.
    if let Some(date) = missing.iter().find(|m| m.kind == FieldKind::Date) {
        h.type_into(&format!("pdf.{}", date.field), "31/02/2024")
            .expect("type date");
        assert!(h.shows(&t("pdf-screen-field-invalid")));
    }

    for field in &missing {
        let value = value_for(&application, &field.field, field.kind);
        h.send(Message::Pdf(pdf::Message::FieldChanged(
            field.field.clone(),
            value,
        )));
    }
    assert!(h.app.pdf.missing().is_empty(), "{:?}", h.app.pdf.missing());

    h.click(id("pdf-generate")).expect("generate");
    let generated = h.app.pdf.generated.clone().expect("rendered");
    assert!(generated.bytes.starts_with(b"%PDF"));
    assert_eq!(
        generated.file_name,
        format!(
            "modello-spid-{}.pdf",
            surname.to_lowercase().replace(' ', "-")
        )
    );

    // "Save as…": written only where the dialog answered.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(&generated.file_name);
    h.send(Message::Pdf(pdf::Message::SaveTo(Some(path.clone()))));
    let written = std::fs::read(&path).expect("PDF written");
    assert_eq!(written, *generated.bytes);
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) installed");
    assert!(output.status.success(), "poppler reads the PDF");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains(&surname), "surname in the PDF: {text}");

    // "Keep in the vault": an encrypted document of the draft, same bytes.
    let before = h
        .app
        .editor
        .as_ref()
        .expect("editor")
        .application()
        .documents
        .attached
        .len();
    h.click(id("pdf-keep")).expect("keep");
    let attached = &h
        .app
        .editor
        .as_ref()
        .expect("editor")
        .application()
        .documents
        .attached;
    assert_eq!(attached.len(), before + 1);
    let kept = attached.last().expect("kept");
    assert_eq!(kept.kind, Some(DocumentKind::Other));
    let copy = dir.path().join("copy.pdf");
    h.store
        .lock()
        .expect("store")
        .export_document(&kept.vault_id, &copy)
        .expect("export");
    assert_eq!(std::fs::read(&copy).expect("copy"), *generated.bytes);
}

#[test]
fn the_maintenance_declaration_offers_the_family_members() {
    let mut h = Harness::new(Language::En, true);
    let application = samples::complete_art5_italy(today());
    open(&mut h, &application);
    h.click(id("pdf-choose:dichiarazione-mantenimento"))
        .expect("choose maintenance");
    let members = pdf::supporting_members(&application);
    assert!(!members.is_empty(), "the spouse at least");
    assert_eq!(
        h.app.pdf.member.as_ref(),
        Some(&members[0]),
        "the first member is chosen"
    );
    assert!(h.shows(&t("pdf-group-supporter")));

    // Yes/no fields are a translated choice, not free text.
    h.choose("pdf.same_household", 1, 2).expect("choose \"no\"");
    assert_eq!(h.app.pdf.value("same_household").as_deref(), Some("false"));
    h.choose("pdf.same_household", 0, 2)
        .expect("choose \"yes\"");
    assert_eq!(h.app.pdf.value("same_household").as_deref(), Some("true"));
}
