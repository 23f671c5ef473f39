//! The library prints the application summary with its own Italian text
//! (`core/i18n/it/summary.ftl`): each of its messages must say word for word what the app's
//! Italian file says, so that the summary reads the same whether the library or the app
//! translates it. The form's words (`core/i18n/it/fields.ftl`) are one file both load, in
//! neither of the other two. Read back with pdftotext.

use std::collections::BTreeMap;
use std::process::Command;

use chrono::NaiveDate;
use cittadinanza_core::model::Application;
use cittadinanza_core::pdf::{italian_from, render_summary, render_summary_with};
use cittadinanza_core::samples;

const CORE_FTL: &str = include_str!("../core/i18n/it/summary.ftl");
const APP_FTL: &str = include_str!("../i18n/it/cittadinanza.ftl");
/// The form's words: one file, which the library and the app both load.
const FIELDS_FTL: &str = include_str!("../core/i18n/it/fields.ftl");

/// Each message of a Fluent file with its source text (the `id = …` line and its indented
/// continuation lines).
fn messages(ftl: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut current: Option<(String, String)> = None;
    for line in ftl.lines() {
        // Indented lines and the `}` closing a selector continue the message.
        let continues = line.starts_with([' ', '\t', '}']) && !line.trim().is_empty();
        if continues && let Some((_, text)) = current.as_mut() {
            text.push('\n');
            text.push_str(line);
            continue;
        }
        if let Some((id, text)) = current.take() {
            out.insert(id, text);
        }
        if let Some((id, _)) = line.split_once('=')
            && !line.starts_with(['#', ' ', '-'])
        {
            current = Some((id.trim().to_owned(), line.to_owned()));
        }
    }
    if let Some((id, text)) = current {
        out.insert(id, text);
    }
    out
}

#[test]
fn the_library_says_what_the_app_says() {
    let core = messages(CORE_FTL);
    let app = messages(APP_FTL);
    assert!(core.len() > 150, "{} messages read", core.len());
    let fields = messages(FIELDS_FTL);
    assert!(fields.len() > 190, "{} form words read", fields.len());
    for id in fields.keys() {
        assert!(
            !core.contains_key(id) && !app.contains_key(id),
            "{id} is in fields.ftl and in a second file"
        );
    }
    for (id, text) in &core {
        assert_eq!(
            Some(text),
            app.get(id),
            "{id}: core/i18n/it/summary.ftl differs from i18n/it/cittadinanza.ftl"
        );
    }
}

fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("riepilogo.pdf");
    std::fs::write(&path, bytes).expect("write the PDF");
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-layout"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) installed");
    assert!(output.status.success(), "poppler reads the PDF");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn the_summary_reads_the_same_with_the_app_text() {
    let today = NaiveDate::from_ymd_opt(2025, 3, 10).expect("date");
    let app_italian = italian_from(&format!("{APP_FTL}\n{FIELDS_FTL}"));
    let mut half = samples::complete_art9(today);
    half.personal.codice_fiscale = "RSSMRA80A01Z100X".into();
    half.income.years.truncate(1);
    half.residences.periods.clear();
    for (name, application) in [
        ("empty", Application::default()),
        ("art. 9", samples::complete_art9(today)),
        ("art. 5", samples::complete_art5_italy(today)),
        ("half done", half),
    ] {
        let own = pdf_text(&render_summary(&application, today).expect("renders"));
        let with_app =
            pdf_text(&render_summary_with(&application, today, &app_italian).expect("renders"));
        assert!(own.contains("Riepilogo"), "{name}: {own}");
        assert_eq!(own, with_app, "{name}");
    }
}
