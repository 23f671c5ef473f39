//! Glossary: the Italian legal and administrative terms the applicant meets in every letter from
//! the prefecture, each in the interface language beside its Italian original, with a short
//! explanation. Each term is a pair of Fluent ids, `glossary-<key>` and `glossary-<key>-desc`.

use iced::widget::{Column, column, container, scrollable, text};
use iced::{Element, Length};

use crate::i18n::{self, Language, t};
use crate::widget::label;

/// A term of the glossary.
#[derive(Debug, Clone, Copy)]
pub struct Term {
    /// `glossary-<key>` is the term, `glossary-<key>-desc` its explanation.
    pub key: &'static str,
    /// The message that introduces the term on its screen: outside Italian it keeps the
    /// Italian term in brackets, e.g. "Registered residences in Italy (residenza anagrafica)".
    /// `None` for terms every translation already keeps in Italian or shows only in lists.
    pub introduced_by: Option<&'static str>,
}

/// The terms, in the order an application meets them.
pub const TERMS: [Term; 20] = [
    term("prefettura", Some("field-legal-basis-prefecture")),
    term("comune", Some("field-personal-residence-municipality")),
    term("codice-fiscale", Some("field-personal-codice-fiscale")),
    term("residenza-anagrafica", Some("field-residences-periods")),
    term(
        "permesso-di-soggiorno",
        Some("field-entry-stay-permit-type"),
    ),
    term("permesso-ue-lungo-periodo", None),
    term("questura", Some("field-entry-stay-permit-issuer")),
    term("atto-notorio", Some("doc-atto-notorio")),
    term("nucleo-familiare", Some("field-family-household")),
    term("reddito-imponibile", Some("field-income-years-amount")),
    term("certificato-penale", Some("field-judicial-certificates")),
    term("marca-da-bollo", Some("field-payments-stamp-duty-iuv")),
    term("pagopa", Some("field-payments-contribution-iuv")),
    term("autocertificazione", None),
    term("spid", Some("pdf-doc-spid")),
    term("pec", Some("pdf-field-email")),
    term("numero-k10", None),
    term("preavviso-di-rigetto", Some("phase-ten-bis-notice")),
    term("decreto", Some("phase-decree")),
    term("giuramento", Some("phase-oath")),
];

const fn term(key: &'static str, introduced_by: Option<&'static str>) -> Term {
    Term { key, introduced_by }
}

impl Term {
    pub fn id(self) -> String {
        format!("glossary-{}", self.key)
    }

    pub fn description_id(self) -> String {
        format!("glossary-{}-desc", self.key)
    }
}

/// Every message id of the glossary's terms (built at run time, so listed for the i18n test).
pub fn message_ids() -> Vec<String> {
    TERMS
        .iter()
        .flat_map(|term| [term.id(), term.description_id()])
        .collect()
}

/// The glossary: it has no state and sends no message.
pub fn view<'a, Message: 'a>() -> Element<'a, Message> {
    let italian = i18n::language() == Language::It;
    let mut entries = Column::new().spacing(16);
    for term in TERMS {
        let mut entry = column![label(t(&term.id())).size(17).font(crate::fonts::BOLD)].spacing(4);
        if !italian {
            entry = entry.push(
                label(i18n::t_args(
                    "glossary-italian",
                    &[("term", i18n::italian(&term.id()))],
                ))
                .size(14)
                .style(text::secondary),
            );
        }
        entries = entries.push(entry.push(label(t(&term.description_id())).size(14)));
    }
    let content = Column::new()
        .spacing(20)
        .push(label(t("glossary-title")).size(26))
        .push(label(t("glossary-intro")).style(text::secondary))
        .push(entries);
    scrollable(
        container(content.max_width(760))
            .padding(24)
            .width(Length::Fill)
            .center_x(Length::Fill),
    )
    .height(Length::Fill)
    .into()
}
