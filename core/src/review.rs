//! The read-back review of an application: what is still missing or wrong first, then every
//! answer of the twelve sections grouped by section, each line with the path of its field (the
//! GUI's *Change* jumps there). Built once, in the caller's words: the GUI's section 12 and the
//! summary PDF show the same [`Review`], so they cannot say different things.
//!
//! It walks the field descriptions of the form ([`crate::form::items`]), so a field added to a
//! section appears here by itself.

use serde_json::Value;

use crate::form::{self, Item, Kind};
use crate::model::{Application, SectionId};
use crate::rules::{FieldIssue, SectionStatus};

/// Turns a Fluent message id and its arguments into text in the caller's language.
pub type Translate<'a> = dyn Fn(&str, &[(&'static str, String)]) -> String + 'a;

/// One line of the review: a label and a value, for the field at `path`.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub section: SectionId,
    /// The field's path (`residences.periods.1.from`): the widget *Change* focuses.
    pub path: String,
    /// For an answer, the field's label with its row ("Periods 2 · From"); for a missing
    /// item, the section's number and name and the field's label.
    pub label: String,
    /// The answer as words, or what is missing or wrong.
    pub value: String,
}

impl Line {
    /// The line as shown: "label: value".
    pub fn text(&self) -> String {
        format!("{}: {}", self.label, self.value)
    }
}

/// The answers of one section.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub section: SectionId,
    /// "5. Registered residences in Italy".
    pub title: String,
    pub complete: bool,
    /// "Complete" / "To complete".
    pub state: String,
    /// Every answered field that applies, in the form's order.
    pub answers: Vec<Line>,
}

/// The whole review, with its headings.
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    /// "3 items are missing or to correct:", or "Nothing is missing…".
    pub missing_heading: String,
    pub missing: Vec<Line>,
    /// "The answers, section by section".
    pub answers_heading: String,
    /// What a section without answers shows.
    pub no_answers: String,
    pub groups: Vec<Group>,
}

/// The review of `application` whose sections were checked into `statuses`
/// (`rules::check_application`), with every text translated by `t`.
pub fn build(application: &Application, statuses: &[SectionStatus], t: &Translate) -> Review {
    let json = serde_json::to_value(application).unwrap_or(Value::Null);
    build_from(application, &json, statuses, t)
}

/// [`build`] for a caller that already holds the application's JSON form (`json` must be
/// `application` encoded, e.g. [`crate::drafts::Draft::json`]): no second encoding.
pub fn build_from(
    application: &Application,
    json: &Value,
    statuses: &[SectionStatus],
    t: &Translate,
) -> Review {
    let reader = Reader {
        json,
        application,
        t,
    };
    let l = |id: &str| t(id, &[]);
    let missing: Vec<Line> = statuses
        .iter()
        .flat_map(|status| status.issues.iter().map(|issue| (status.section, issue)))
        .map(|(section, issue)| reader.missing(section, issue))
        .collect();
    let missing_heading = if missing.is_empty() {
        l("review-nothing-missing")
    } else {
        t("review-missing", &[("count", missing.len().to_string())])
    };
    let groups = SectionId::ALL
        .into_iter()
        .map(|section| {
            let complete = statuses
                .iter()
                .find(|status| status.section == section)
                .is_none_or(SectionStatus::is_complete);
            let mut answers = Vec::new();
            reader.collect(
                section,
                section.key(),
                form::items(section),
                "",
                &mut answers,
            );
            Group {
                section,
                title: format!("{}. {}", section.number(), section_name(section, t)),
                complete,
                state: l(if complete {
                    "pdf-summary-section-complete"
                } else {
                    "pdf-summary-section-incomplete"
                }),
                answers,
            }
        })
        .collect();
    Review {
        missing_heading,
        missing,
        answers_heading: l("review-answers"),
        no_answers: l("review-no-answers"),
        groups,
    }
}

/// A section's name ("Personal data").
pub fn section_name(section: SectionId, t: &Translate) -> String {
    t(&form::section_label_id(section), &[])
}

/// The label of the field at `path`, with the list rows it is in ("Periods 2 · From");
/// `None` when the form has no label for it (e.g. an item of the documents checklist).
pub fn field_label(path: &str, t: &Translate) -> Option<String> {
    let mut rows = String::new();
    let mut prefix = String::new();
    for part in path.split('.') {
        if let Ok(index) = part.parse::<usize>()
            && let Some(heading) = resolved(&form::label_id(&prefix), t)
        {
            rows.push_str(&format!("{heading} {} · ", index + 1));
        }
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(part);
    }
    resolved(&form::label_id(path), t).map(|label| format!("{rows}{label}"))
}

/// The text of `id`, or `None` when no file has it (a translator gives the id back).
fn resolved(id: &str, t: &Translate) -> Option<String> {
    let text = t(id, &[]);
    (text != id).then_some(text)
}

/// Reads values out of the application's JSON (the paths are its serde paths).
struct Reader<'a, 't> {
    json: &'a Value,
    application: &'a Application,
    t: &'a Translate<'t>,
}

impl Reader<'_, '_> {
    fn value(&self, path: &str) -> Option<&Value> {
        self.json.pointer(&format!("/{}", path.replace('.', "/")))
    }

    fn missing(&self, section: SectionId, issue: &FieldIssue) -> Line {
        let field = self
            .attachment(&issue.field)
            .map(|(label, _)| label)
            .or_else(|| field_label(&issue.field, self.t));
        let mut label = format!("{}. {}", section.number(), section_name(section, self.t));
        if let Some(field) = field.filter(|f| !f.is_empty()) {
            label = format!("{label} — {field}");
        }
        Line {
            section,
            path: issue.field.clone(),
            label,
            value: (self.t)(issue.problem.message_id(), &issue.problem.args()),
        }
    }

    /// (kind of document, file name) of the attachment at `documents.attached.<i>`.
    fn attachment(&self, path: &str) -> Option<(String, String)> {
        let index: usize = path.strip_prefix("documents.attached.")?.parse().ok()?;
        let document = self.application.documents.attached.get(index)?;
        let kind = document
            .kind
            .map(|kind| (self.t)(&format!("doc-{}", kind.key()), &[]))
            .unwrap_or_default();
        Some((kind, document.original_name.clone()))
    }

    fn collect(
        &self,
        section: SectionId,
        prefix: &str,
        items: &[Item],
        row: &str,
        out: &mut Vec<Line>,
    ) {
        for item in items {
            match item {
                Item::Field(field) => {
                    let path = format!("{prefix}.{}", field.name);
                    if !form::is_relevant(&path, self.application) {
                        continue;
                    }
                    let value = self.words(&path, field.kind);
                    if !value.is_empty() {
                        out.push(Line {
                            section,
                            label: format!("{row}{}", (self.t)(&form::label_id(&path), &[])),
                            path,
                            value,
                        });
                    }
                }
                Item::List { name, items, .. } => {
                    let path = format!("{prefix}.{name}");
                    let heading = (self.t)(&form::label_id(&path), &[]);
                    let rows = self
                        .value(&path)
                        .and_then(Value::as_array)
                        .map_or(0, Vec::len);
                    for index in 0..rows {
                        let row = format!("{row}{heading} {} · ", index + 1);
                        self.collect(section, &format!("{path}.{index}"), items, &row, out);
                    }
                }
                Item::Attachments => {
                    for index in 0..self.application.documents.attached.len() {
                        let path = format!("documents.attached.{index}");
                        if let Some((label, value)) = self.attachment(&path) {
                            out.push(Line {
                                section,
                                path,
                                label,
                                value,
                            });
                        }
                    }
                }
            }
        }
    }

    /// A field's value as words ("" when unanswered).
    fn words(&self, path: &str, kind: Kind) -> String {
        let value = self.value(path);
        match kind {
            Kind::Text | Kind::Date | Kind::Amount | Kind::Prefecture => value
                .and_then(Value::as_str)
                .unwrap_or("")
                .trim()
                .to_string(),
            Kind::CommaList => value
                .and_then(Value::as_array)
                .map(|items| {
                    items
                        .iter()
                        .filter_map(Value::as_str)
                        .map(str::trim)
                        .filter(|item| !item.is_empty())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default(),
            Kind::Check => {
                if value.and_then(Value::as_bool).unwrap_or(false) {
                    (self.t)("review-yes", &[])
                } else {
                    String::new()
                }
            }
            Kind::Choice(options) => match value {
                None | Some(Value::Null) => String::new(),
                Some(value) => options()
                    .into_iter()
                    .find(|choice| &choice.value == value)
                    .map(|choice| (self.t)(&choice.label_id, &[]))
                    .unwrap_or_default(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::pdf::italian;
    use crate::rules::check_application;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, 10).unwrap_or_default()
    }

    #[test]
    fn the_review_of_an_edited_draft_read_from_its_json_is_the_same() {
        let mut draft = crate::drafts::Draft::new(crate::samples::complete_art9(today()), today());
        assert!(draft.set("personal.name", Value::String(String::new())));
        assert!(draft.set(
            "residences.periods.1.from",
            Value::String("31/02/2019".into())
        ));
        let app = draft.application();
        let statuses = check_application(app, today());
        let from_json = build_from(app, draft.json(), &statuses, &italian);
        assert_eq!(from_json, build(app, &statuses, &italian));
        let paths: Vec<&str> = from_json.missing.iter().map(|l| l.path.as_str()).collect();
        assert!(paths.contains(&"personal.name"), "{paths:?}");
        assert!(paths.contains(&"residences.periods.1.from"), "{paths:?}");
    }

    #[test]
    fn a_complete_application_has_answers_in_every_section_and_nothing_missing() {
        let app = crate::samples::complete_art9(today());
        let review = build(&app, &check_application(&app, today()), &italian);
        assert!(review.missing.is_empty(), "{:?}", review.missing);
        assert_eq!(
            review.missing_heading,
            "Non manca nulla: tutte le sezioni sono complete."
        );
        assert_eq!(review.groups.len(), 12);
        for group in &review.groups {
            assert!(group.complete, "{}", group.title);
            assert!(!group.answers.is_empty(), "{} has no answers", group.title);
        }
        let texts: Vec<String> = review
            .groups
            .iter()
            .flat_map(|g| g.answers.iter().map(Line::text))
            .collect();
        let cf = format!("Codice fiscale: {}", app.personal.codice_fiscale);
        assert!(texts.contains(&cf), "{texts:#?}");
        // Lists read back row by row, choices and checks as words; no raw id anywhere.
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("Periodi di residenza anagrafica in Italia 2 · ")),
            "{texts:#?}"
        );
        assert!(
            texts
                .iter()
                .all(|t| !t.contains("field-") && !t.contains("choice-")),
            "{texts:#?}"
        );
        assert_eq!(review.groups[0].title, "1. Presupposto della domanda");
    }

    #[test]
    fn what_is_missing_comes_with_its_section_field_and_row() {
        let mut app = crate::samples::complete_art9(today());
        app.personal.name.clear();
        app.residences.periods[1].from = "31/02/2019".into();
        let review = build(&app, &check_application(&app, today()), &italian);
        let texts: Vec<String> = review.missing.iter().map(Line::text).collect();
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("2. Dati anagrafici — Nome: ")),
            "{texts:#?}"
        );
        assert!(
            texts.iter().any(|t| t.starts_with(
                "5. Residenze in Italia — Periodi di residenza anagrafica in Italia 2 · "
            )),
            "{texts:#?}"
        );
        assert!(
            review
                .missing_heading
                .starts_with("Mancano o vanno corretti"),
            "{}",
            review.missing_heading
        );
        assert!(!review.groups[1].complete);
        assert_eq!(review.groups[1].state, "Da completare");
        // The name, no longer answered, is no longer read back.
        assert!(
            !review.groups[1]
                .answers
                .iter()
                .any(|a| a.path == "personal.name")
        );
    }

    #[test]
    fn field_labels_name_their_rows() {
        assert_eq!(
            field_label("income.years.0.family_income.1.amount", &italian).as_deref(),
            Some(
                "Redditi degli ultimi tre anni 1 · Redditi dei familiari conviventi 2 · Reddito (€)"
            )
        );
        assert_eq!(field_label("documents.checklist.3", &italian), None);
    }
}
