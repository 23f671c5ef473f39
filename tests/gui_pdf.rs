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
            FieldKind::K10 => "K10/0123456".into(),
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

/// Issue 12.10: after generating the modello x SPID, the PEC draft is saved as `.eml` with the
/// PDF and the identity document from the vault attached (read back by Python's `email`), and
/// its text can be copied; without a K10 number the screen says what is missing.
#[test]
fn the_pec_draft_is_saved_as_eml_with_its_attachments() {
    let mut h = Harness::new(Language::En, true);
    let mut application = samples::complete_art9(today());
    application.k10_number = String::new();
    // The sample's attachments name no real vault file: attach a real one below.
    application
        .documents
        .attached
        .retain(|d| d.kind != Some(DocumentKind::IdentityDocument));
    open(&mut h, &application);
    let applicant = h.app.editor.as_ref().expect("editor").id;
    let passport = vec![0xffu8, 0xd8, 0xff, 0xe0, 7, 7, 7];
    let document = h
        .store
        .lock()
        .expect("store")
        .import_document_bytes(
            applicant,
            "passaporto.jpg",
            &passport,
            DocumentKind::IdentityDocument,
            "01/02/2026",
        )
        .expect("import");
    h.send(Message::Editor(
        applicant,
        cittadinanza::screen::editor::Message::DocumentImported(Ok(document)),
    ));

    h.click(id("pdf-choose:modello-spid")).expect("choose SPID");
    for field in h.app.pdf.missing() {
        let value = value_for(&application, &field.field, field.kind);
        h.send(Message::Pdf(pdf::Message::FieldChanged(field.field, value)));
    }
    h.click(id("pdf-generate")).expect("generate");
    let generated = h.app.pdf.generated.clone().expect("rendered");

    // No K10 number yet: the PEC cannot be drafted, and the screen says why.
    h.click(id("pdf-pec-copy")).expect("copy");
    assert!(h.shows(&t("err-k10-empty")));

    h.send(Message::Editor(
        applicant,
        cittadinanza::screen::editor::Message::TextChanged(
            "k10_number".into(),
            "K10/0123456".into(),
        ),
    ));
    let k10 = &h
        .app
        .editor
        .as_ref()
        .expect("editor")
        .application()
        .k10_number;
    if k10.is_empty() {
        // The editor has no K10 field: set it the way the portal sync does.
        let mut updated = h.app.editor.as_ref().expect("editor").application().clone();
        updated.k10_number = "K10/0123456".into();
        let _ = h
            .app
            .editor
            .as_mut()
            .expect("editor")
            .replace_application(updated);
    }
    h.click(id("pdf-pec-copy")).expect("copy");
    assert!(h.shows(&t("pdf-screen-pec-copied")));

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("pec.eml");
    h.send(Message::Pdf(pdf::Message::PecSaveTo(Some(path.clone()))));
    assert!(path.exists(), "the .eml is written: {:?}", h.app.pdf);
    let script = r#"
import email, sys
from email import policy
msg = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=policy.default)
print(msg["subject"])
for part in msg.iter_attachments():
    print(part.get_filename(), part.get_content_type(), len(part.get_content()))
"#;
    let output = Command::new("python3")
        .args(["-c", script])
        .arg(&path)
        .output()
        .expect("python3");
    assert!(output.status.success(), "python reads the .eml");
    let parsed = String::from_utf8_lossy(&output.stdout);
    let mut lines = parsed.lines();
    let surname = application.personal.surname.trim().to_uppercase();
    let subject = lines.next().expect("subject");
    assert!(
        subject.starts_with(&format!("K10/0123456 – {surname} ")),
        "{subject}"
    );
    assert!(subject.ends_with("(modello x SPID)"), "{subject}");
    assert_eq!(
        lines.next(),
        Some(
            format!(
                "{} application/pdf {}",
                generated.file_name,
                generated.bytes.len()
            )
            .as_str()
        )
    );
    assert_eq!(
        lines.next(),
        Some(format!("passaporto.jpg image/jpeg {}", passport.len()).as_str())
    );
}
