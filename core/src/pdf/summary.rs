//! The application summary a help desk prints for a walk-in: the applicant, the read-back
//! review of the twelve sections (`crate::review`, the same as the app's section 12: what is
//! missing first, then every answer by section), the documents to bring, and the deadlines.
//!
//! Every label is a Fluent message (the `# --- pdf ---` block of `i18n/<lang>/cittadinanza.ftl`,
//! the form's words of `core/i18n/<lang>/fields.ftl` and the rules' own messages), so the
//! summary follows whatever language the caller translates to; [`render_summary`] uses the
//! library's own Italian text (`pdf::italian`).

use chrono::NaiveDate;

use crate::model::Application;
use crate::review;
use crate::rules::check_application;
use crate::rules::checklist::{ItemDetail, ItemState, PaymentPurpose, checklist};
use crate::rules::deadlines::criminal_record_valid_until;

use super::PdfError;
use super::form::{parse_date, place_text};
use super::italian::italian;
use super::layout::{Column, Doc, Row, bold, regular};

pub use crate::review::Translate;

/// The summary in Italian (the prefecture's language).
pub fn render_summary(app: &Application, today: NaiveDate) -> Result<Vec<u8>, PdfError> {
    render_summary_with(app, today, &italian)
}

/// The summary with every label translated by `t` (the GUI passes its own translator to
/// follow the interface language).
pub fn render_summary_with(
    app: &Application,
    today: NaiveDate,
    t: &Translate,
) -> Result<Vec<u8>, PdfError> {
    let tr = |id: &str, args: &[(&'static str, String)]| t(id, args);
    let l = |id: &str| tr(id, &[]);
    let date = |d: NaiveDate| d.format("%d/%m/%Y").to_string();

    let name = app.display_name();
    let shown_name = if name.is_empty() {
        l("pdf-summary-unnamed")
    } else {
        name.clone()
    };
    let footer = tr(
        "pdf-summary-footer",
        &[("name", shown_name.clone()), ("date", date(today))],
    );
    let mut doc = Doc::new(&l("pdf-summary-title"), &footer)?;
    doc.set_page_label(move |page, pages| {
        t(
            "pdf-page-of",
            &[("page", page.to_string()), ("pages", pages.to_string())],
        )
    });
    doc.title(
        &l("pdf-summary-title"),
        &tr("pdf-summary-printed-on", &[("date", date(today))]),
    );

    // ------------------------------------------------------------ applicant
    doc.heading(&l("pdf-summary-applicant"));
    let p = &app.personal;
    doc.label_value(&l("pdf-label-name"), &shown_name);
    doc.label_value(&l("pdf-label-codice-fiscale"), &p.codice_fiscale);
    let birth = [
        parse_date(&p.birth_date)
            .map(date)
            .unwrap_or_else(|| p.birth_date.trim().to_string()),
        place_text(&p.birth_place),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    doc.label_value(&l("pdf-label-birth"), &birth);
    doc.label_value(&l("pdf-label-citizenship"), &p.citizenships.join(", "));
    let basis = app
        .legal_basis
        .basis
        .map(|b| l(&format!("basis-{}", b.key())))
        .unwrap_or_default();
    doc.label_value(&l("pdf-label-basis"), &basis);
    doc.label_value(&l("pdf-label-prefecture"), &app.legal_basis.prefecture);
    let k10 = if app.k10_number.trim().is_empty() {
        l("pdf-summary-not-submitted")
    } else {
        app.k10_number.trim().to_string()
    };
    doc.label_value(&l("pdf-label-k10"), &k10);
    doc.label_value(&l("pdf-label-email"), &p.email);
    doc.label_value(&l("pdf-label-phone"), &p.phone);

    // ------------------------------------------------------------ sections
    // The same review as the app's section 12: what is missing first, then every answer.
    let statuses = check_application(app, today);
    let complete = statuses.iter().filter(|s| s.is_complete()).count();
    doc.heading(&l("pdf-summary-sections"));
    doc.paragraph(&[bold(tr(
        "pdf-summary-sections-done",
        &[
            ("done", complete.to_string()),
            ("total", statuses.len().to_string()),
        ],
    ))]);
    let review = review::build(app, &statuses, t);
    doc.paragraph(&[bold(review.missing_heading.clone())]);
    for line in &review.missing {
        doc.item("✘", &[regular(line.text())]);
    }
    doc.heading(&review.answers_heading);
    for group in &review.groups {
        // A section's title never alone at the bottom of a page.
        doc.ensure(48.0);
        let marker = if group.complete { "✔" } else { "✘" };
        doc.paragraph(&[
            bold(group.title.clone()),
            regular(format!(" — {marker} {}", group.state)),
        ]);
        if group.answers.is_empty() {
            doc.small(&review.no_answers);
        }
        for answer in &group.answers {
            doc.item("•", &[regular(answer.text())]);
        }
    }

    // ------------------------------------------------------------ documents
    doc.heading(&l("pdf-summary-documents"));
    doc.small(&l("pdf-summary-documents-intro"));
    for item in checklist(app, today) {
        let mut label = l(&item.label_id());
        let detail = match &item.detail {
            ItemDetail::None => None,
            ItemDetail::Country(country) => Some(country.clone()),
            ItemDetail::Year(year) => {
                Some(tr("pdf-summary-detail-year", &[("year", year.to_string())]))
            }
            ItemDetail::Replaces(kind) => Some(tr(
                "pdf-summary-detail-replaces",
                &[("document", l(&format!("doc-{}", kind.key())))],
            )),
            ItemDetail::Payment(PaymentPurpose::Contribution) => {
                Some(l("pdf-summary-detail-contribution"))
            }
            ItemDetail::Payment(PaymentPurpose::StampDuty) => {
                Some(l("pdf-summary-detail-stamp-duty"))
            }
        };
        if let Some(detail) = detail.filter(|d| !d.trim().is_empty()) {
            label = format!("{label} – {detail}");
        }
        let (marker, state) = match &item.state {
            ItemState::Missing => ("☐", l("pdf-summary-doc-missing")),
            ItemState::Exempt { reason_id } => {
                let reason = l(reason_id);
                // The reason's message may not exist in the caller's language yet.
                let state = if reason == *reason_id {
                    l("pdf-summary-doc-exempt")
                } else {
                    reason
                };
                ("–", state)
            }
            ItemState::Provided { .. } => ("☑", l("pdf-summary-doc-provided")),
            ItemState::Expiring { on } => {
                ("⚠", tr("pdf-summary-doc-expiring", &[("date", date(*on))]))
            }
            ItemState::Expired { on } => {
                ("⚠", tr("pdf-summary-doc-expired", &[("date", date(*on))]))
            }
        };
        doc.item(marker, &[bold(label), regular(format!(" — {state}"))]);
    }

    // ------------------------------------------------------------ deadlines
    doc.heading(&l("pdf-summary-deadlines"));
    let deadlines = deadlines(app);
    if deadlines.is_empty() {
        doc.text(&l("pdf-summary-no-deadlines"));
    } else {
        let rows: Vec<Row> = deadlines
            .into_iter()
            .map(|(id, args, on)| {
                let days = (on - today).num_days();
                let state = if days < 0 {
                    l("pdf-summary-deadline-past")
                } else {
                    tr(
                        "pdf-summary-deadline-in-days",
                        &[("days", days.to_string())],
                    )
                };
                Row {
                    cells: vec![tr(id, &args), date(on), state],
                    highlight: days < 30,
                }
            })
            .collect();
        doc.table(
            &[
                Column {
                    header: &l("pdf-summary-col-deadline"),
                    weight: 2.6,
                },
                Column {
                    header: &l("pdf-summary-col-date"),
                    weight: 1.0,
                },
                Column {
                    header: &l("pdf-summary-col-when"),
                    weight: 1.4,
                },
            ],
            &rows,
        );
    }
    doc.small(&l("pdf-summary-disclaimer"));
    doc.signature(
        &tr("pdf-summary-desk-date", &[("date", date(today))]),
        &l("pdf-summary-desk-operator"),
    );
    Ok(doc.finish())
}

/// Dates by which something stops being valid: criminal record certificates (6 months from
/// issue), the residence permit and the identity documents; sorted by date.
/// A date something stops being valid: message id, its arguments, the date.
type Expiry = (&'static str, Vec<(&'static str, String)>, NaiveDate);

fn deadlines(app: &Application) -> Vec<Expiry> {
    let mut out = Vec::new();
    for certificate in &app.judicial.certificates {
        if let Some(issued) = parse_date(&certificate.issue_date) {
            out.push((
                "pdf-summary-deadline-criminal-record",
                vec![("country", certificate.country.trim().to_string())],
                criminal_record_valid_until(issued),
            ));
        }
    }
    let stay = &app.entry_stay;
    if let Some(on) = parse_date(&stay.permit_expiry_date) {
        out.push(("pdf-summary-deadline-permit", Vec::new(), on));
    }
    for (id, document) in [
        ("pdf-summary-deadline-passport", &stay.foreign_document),
        ("pdf-summary-deadline-id-card", &stay.italian_id_card),
    ] {
        if let Some(on) = parse_date(&document.expiry_date) {
            out.push((id, vec![("document", document.kind.trim().to_string())], on));
        }
    }
    out.sort_by_key(|(_, _, on)| *on);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn italian_messages_resolve_and_unknown_ids_come_back() {
        assert_eq!(italian("section-personal", &[]), "Dati anagrafici");
        assert_eq!(italian("no-such-message-id", &[]), "no-such-message-id");
    }
}
