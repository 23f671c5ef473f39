//! Section 12's read-back review and the summary PDF say the same (issue 16, item 4): the
//! texts the review shows (read from the real view with `iced_test`) and the text of the
//! summary PDF (read back with poppler's `pdftotext`) hold the same lines, in the same order,
//! from what is missing to the last answer of section 12, and nothing else between them.

mod gui_support;

use std::process::Command;

use cittadinanza::app::Message;
use cittadinanza::i18n::{Language, t, t_args};
use cittadinanza::screen::applicants;
use cittadinanza_core::model::Application;
use cittadinanza_core::pdf::{render_summary, render_summary_with};
use gui_support::{Harness, today};
use iced_test::selector::{Candidate, Target, id};

/// The interface language is global: the cases run one after the other.
static LANGUAGE: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// `application` opened in the editor at section 12.
fn open_at_review(language: Language, application: &Application) -> Harness {
    let mut h = Harness::new(language, true);
    let created = h
        .store
        .lock()
        .expect("store")
        .create(application)
        .expect("create");
    h.send(Message::Applicants(applicants::Message::Open(created)));
    h.click(id("section-consent")).expect("section 12");
    h
}

/// Every text drawn inside the review, in the order of the view (depth first: top to bottom).
fn review_texts(h: &Harness) -> Vec<String> {
    let mut ui = h.ui();
    let area = ui.find(id("review")).expect("the review").bounds();
    let mut texts = Vec::new();
    let _ = ui.find(|candidate: Candidate<'_>| {
        if let Target::Text {
            content, bounds, ..
        } = Target::from(candidate)
            && area.contains(bounds.position())
        {
            texts.push(content);
        }
        None::<()>
    });
    let skipped = [t("review-title"), t("review-intro"), t("review-change")];
    texts.retain(|text| !skipped.contains(text));
    texts
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("riepilogo.pdf");
    std::fs::write(&path, bytes).expect("write the PDF");
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) installed");
    assert!(output.status.success(), "poppler reads the PDF");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The PDF's text from the review's first line to the documents, without the page footers.
fn pdf_review(pdf: &str, application: &Application, first: &str) -> String {
    let mut text = flat(pdf);
    let name = application.display_name();
    let footer = t_args(
        "pdf-summary-footer",
        &[
            ("name", name),
            ("date", today().format("%d/%m/%Y").to_string()),
        ],
    );
    text = text.replace(&flat(&footer), " ");
    for pages in 1..=30 {
        for page in 1..=pages {
            let label = t_args(
                "pdf-page-of",
                &[("page", page.to_string()), ("pages", pages.to_string())],
            );
            text = text.replace(&flat(&label), " ");
        }
    }
    let text = flat(&text);
    let start = text
        .find(&flat(first))
        .unwrap_or_else(|| panic!("{first:?} in {text}"));
    let end = text
        .find(&flat(&t("pdf-summary-documents")))
        .expect("the documents");
    text[start..end].to_string()
}

/// Each GUI text found in the PDF's review after the previous one, with nothing between them
/// but the PDF's bullets and marks.
fn same_lines(gui: &[String], pdf: &str) -> Result<(), String> {
    let mut rest = pdf;
    for text in gui {
        let text = flat(text);
        let Some(at) = rest.find(&text) else {
            return Err(format!("the PDF lacks (or has out of order) {text:?}"));
        };
        let between = &rest[..at];
        if between
            .chars()
            .any(|c| !(c.is_whitespace() || "•✔✘—".contains(c)))
        {
            return Err(format!("the PDF has {between:?} before {text:?}"));
        }
        rest = &rest[at + text.len()..];
    }
    if rest.trim().is_empty() {
        Ok(())
    } else {
        Err(format!("the PDF has {rest:?} after the last line"))
    }
}

fn compare(language: Language, application: &Application, case: &str) {
    let h = open_at_review(language, application);
    let editor = h.app.editor.as_ref().expect("editor");
    let opened = editor.application().clone();
    let review = editor.review();
    let gui = review_texts(&h);

    // The view shows the review: what is missing, then the twelve sections with their answers.
    let mut expected = vec![review.missing_heading.clone()];
    expected.extend(review.missing.iter().map(|line| line.text()));
    expected.push(review.answers_heading.clone());
    for group in &review.groups {
        expected.push(group.title.clone());
        expected.push(group.state.clone());
        if group.answers.is_empty() {
            expected.push(review.no_answers.clone());
        }
        expected.extend(group.answers.iter().map(|line| line.text()));
    }
    assert_eq!(gui, expected, "{case}: the view's texts");
    assert!(gui.len() > 100, "{case}: {} lines", gui.len());

    // The PDF printed from the app (its translator, as the PDF screen prints it).
    let bytes =
        render_summary_with(&opened, today(), &|id, args| t_args(id, args)).expect("renders");
    let pdf = pdf_text(&bytes);
    let printed = pdf_review(&pdf, &opened, &review.missing_heading);
    if let Err(problem) = same_lines(&gui, &printed) {
        panic!("{case}: {problem}\nPDF: {printed}");
    }
    // The comparison sees a line left out, and a word added.
    let answer = flat(&review.groups[1].answers[0].text());
    assert!(same_lines(&gui, &printed.replacen(&answer, "", 1)).is_err());
    assert!(
        same_lines(
            &gui,
            &printed.replacen(&answer, &format!("{answer} extra"), 1)
        )
        .is_err()
    );
    if language == Language::It {
        // The library's own Italian says the same.
        let own = pdf_text(&render_summary(&opened, today()).expect("renders"));
        assert_eq!(flat(&own), flat(&pdf), "{case}: the library's Italian");
    }
}

#[test]
fn the_review_and_the_summary_pdf_read_the_same_lines_in_the_same_order() {
    let _turn = LANGUAGE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let complete = cittadinanza_core::samples::complete_art9(today());
    let mut incomplete = complete.clone();
    incomplete.personal.name.clear();
    incomplete.residences.periods[1].from = "31/02/2019".into();
    incomplete.income.years.truncate(1);
    compare(Language::It, &complete, "complete");
    compare(Language::It, &incomplete, "with missing items");
    compare(Language::En, &incomplete, "in English");
}
