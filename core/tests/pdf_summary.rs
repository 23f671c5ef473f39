//! The help-desk summary: sections with what is missing, documents, deadlines; Italian.

mod pdf_support;

use chrono::NaiveDate;
use cittadinanza_core::model::SectionId;
use cittadinanza_core::pdf::{italian, render_summary, render_summary_with};
use cittadinanza_core::samples;
use pdf_support::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 10).expect("date")
}

#[test]
fn summary_of_an_incomplete_draft_says_what_is_missing() {
    let bytes = render_summary(&draft(), today()).expect("renders");
    let (_dir, path) = write_temp(&bytes, "riepilogo.pdf");
    assert_valid_a4(&bytes, &path);
    let raw = text(&path);
    let text = flat(&raw);
    for expected in [
        "Riepilogo della domanda di cittadinanza",
        "Stampato il 10/03/2025",
        "Dell'Orto Peña Nicolò",
        "Forlì-Cesena",
        "K10/0123456",
        "Stato delle sezioni",
        "Da completare",
        "Documenti da portare",
        "Scadenze",
        "Documento straniero (Passaporto)",
        "09/01/2032",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{raw}");
    }
    for section in SectionId::ALL {
        let name = italian(&format!("section-{}", section.key().replace('_', "-")), &[]);
        assert!(text.contains(&name), "section {name} not listed");
    }
    // Every message id was resolved: no raw ids in the text.
    for prefix in ["pdf-", "err-", "section-", "doc-", "checklist-", "field-"] {
        assert!(
            !raw.split_whitespace().any(|w| w.starts_with(prefix)),
            "unresolved {prefix}* id in:\n{raw}"
        );
    }
}

#[test]
fn summary_of_a_complete_application() {
    let app = samples::complete_art9(today());
    let bytes = render_summary(&app, today()).expect("renders");
    let (_dir, path) = write_temp(&bytes, "riepilogo-completo.pdf");
    assert_valid_a4(&bytes, &path);
    let text = flat(&text(&path));
    assert!(text.contains("12 sezioni complete su 12"), "{text}");
    assert!(!text.contains("Da completare"));
    assert!(text.contains("Certificato penale"));
    if let Ok(dir) = std::env::var("PDF_OUT") {
        std::fs::write(std::path::Path::new(&dir).join("riepilogo.pdf"), &bytes)
            .expect("write sample");
    }
}

#[test]
fn summary_labels_come_from_the_translator() {
    let english = |id: &str, args: &[(&'static str, String)]| -> String {
        match id {
            "pdf-summary-title" => "Application summary".to_string(),
            "pdf-page-of" => format!("Page {} of {}", args[0].1, args[1].1),
            _ => italian(id, args),
        }
    };
    let bytes = render_summary_with(&draft(), today(), &english).expect("renders");
    let (_dir, path) = write_temp(&bytes, "summary.pdf");
    let text = flat(&text(&path));
    assert!(text.contains("Application summary"));
    assert!(text.contains("Page 1 of"));
    assert!(!text.contains("Pagina 1 di"));
}

/// Finds each of `texts` in `haystack`, each after the previous one; the first one missing
/// or out of order is the error.
fn in_order(haystack: &str, texts: &[String]) -> Result<(), String> {
    let mut from = 0;
    for text in texts {
        let text = flat(text);
        match haystack[from..].find(&text) {
            Some(at) => from += at + text.len(),
            None if haystack.contains(&text) => return Err(format!("out of order: {text:?}")),
            None => return Err(format!("missing: {text:?}")),
        }
    }
    Ok(())
}

#[test]
fn the_summary_prints_the_review_missing_items_first_then_every_answer_by_section() {
    use cittadinanza_core::review;
    use cittadinanza_core::rules::check_application;
    let mut incomplete = samples::complete_art9(today());
    incomplete.personal.name.clear();
    incomplete.residences.periods[1].from = "31/02/2019".into();
    for (name, app) in [
        ("complete", samples::complete_art9(today())),
        ("incomplete", incomplete),
        ("accents", draft()),
    ] {
        let review = review::build(&app, &check_application(&app, today()), &italian);
        let bytes = render_summary(&app, today()).expect("renders");
        let (_dir, path) = write_temp(&bytes, "riepilogo.pdf");
        let text = flat(&text(&path));
        let mut expected = vec![review.missing_heading.clone()];
        expected.extend(review.missing.iter().map(|line| line.text()));
        expected.push(review.answers_heading.clone());
        for group in &review.groups {
            expected.push(group.title.clone());
            expected.extend(group.answers.iter().map(|line| line.text()));
        }
        expected.push("Documenti da portare".to_string());
        assert!(expected.len() > 40, "{name}: {} lines", expected.len());
        if let Err(problem) = in_order(&text, &expected) {
            panic!("{name}: {problem} in\n{text}");
        }
    }
}
