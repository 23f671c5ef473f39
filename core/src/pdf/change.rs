//! Change of contact details and/or income (*variazione recapiti e redditi*): the applicant
//! tells the prefecture, after submitting, a new residence, e-mail/PEC or phone, and the income
//! of years that follow (or correct) those in the application.

use crate::model::Application;

use super::PdfError;
use super::form::{
    Declaration, FieldKind, FieldSpec, IdDocument, IncomeRow, MissingField, Person, Signer,
    income_table, show_date, spec,
};
use super::layout::{Column, Doc, Row, bold, regular};
use super::text;

/// The data of the change of details.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChangeOfDetails {
    pub prefecture: String,
    /// The applicant, with the data as in the application (the "previous" values).
    pub declarant: Person,
    pub document: IdDocument,
    pub k10_number: String,
    /// New residence address (empty: unchanged).
    pub new_residence: String,
    /// Date of the new registered residence (required with a new residence).
    pub residence_since: String,
    /// New e-mail or PEC (empty: unchanged).
    pub new_email: String,
    /// New phone number (empty: unchanged).
    pub new_phone: String,
    /// Income of tax years to add or correct.
    pub income: Vec<IncomeRow>,
    pub place: String,
    pub date: String,
}

impl ChangeOfDetails {
    /// Prefilled with the data of the application; the changes themselves are asked for.
    pub fn from_application(app: &Application) -> (ChangeOfDetails, Vec<MissingField>) {
        let declarant = Person::applicant(app);
        let change = ChangeOfDetails {
            prefecture: app.legal_basis.prefecture.trim().to_string(),
            document: IdDocument::of_applicant(app),
            k10_number: app.k10_number.trim().to_uppercase(),
            place: app.personal.residence.municipality.trim().to_string(),
            declarant,
            ..ChangeOfDetails::default()
        };
        let missing = change.missing();
        (change, missing)
    }

    fn contacts_changed(&self) -> bool {
        [&self.new_residence, &self.new_email, &self.new_phone]
            .iter()
            .any(|v| !v.trim().is_empty())
    }
}

impl Declaration for ChangeOfDetails {
    const SIGNER: Signer = Signer {
        prefix: "declarant",
        group_id: "pdf-group-declarant",
        contact_required: true,
    };

    fn signer(&self) -> (&str, &Person, &IdDocument) {
        (&self.prefecture, &self.declarant, &self.document)
    }

    fn signer_mut(&mut self) -> (&mut String, &mut Person, &mut IdDocument) {
        (
            &mut self.prefecture,
            &mut self.declarant,
            &mut self.document,
        )
    }

    fn own_fields(&self) -> Vec<FieldSpec> {
        use FieldKind::*;
        let s = "pdf-group-statement";
        let c = "pdf-group-changes";
        let new_residence = !self.new_residence.trim().is_empty();
        let mut fields = vec![
            spec(
                "k10_number",
                s,
                "pdf-field-k10-number",
                FieldKind::K10,
                true,
            ),
            spec("changes", c, "pdf-field-changes-any", Text, true),
            spec("new_residence", c, "pdf-field-new-residence", Text, false),
            spec(
                "residence_since",
                c,
                "pdf-field-residence-since",
                Date,
                new_residence,
            ),
            spec("new_email", c, "pdf-field-new-email", Text, false),
            spec("new_phone", c, "pdf-field-new-phone", Text, false),
        ];
        fields.extend(IncomeRow::specs(&self.income, "income"));
        fields.extend([
            spec(
                "place",
                "pdf-group-signature",
                "pdf-field-place",
                Text,
                true,
            ),
            spec("date", "pdf-group-signature", "pdf-field-date", Date, true),
        ]);
        fields
    }

    fn own_get(&self, group: &str, name: &str) -> Option<String> {
        match (group, name) {
            ("income", rest) => IncomeRow::get(&self.income, rest),
            // "changes": filled when at least one thing changes.
            ("", "changes") => Some(if self.contacts_changed() || !self.income.is_empty() {
                "1".to_string()
            } else {
                String::new()
            }),
            ("", "k10_number") => Some(self.k10_number.clone()),
            ("", "new_residence") => Some(self.new_residence.clone()),
            ("", "residence_since") => Some(self.residence_since.clone()),
            ("", "new_email") => Some(self.new_email.clone()),
            ("", "new_phone") => Some(self.new_phone.clone()),
            ("", "place") => Some(self.place.clone()),
            ("", "date") => Some(self.date.clone()),
            _ => None,
        }
    }

    fn own_set(
        &mut self,
        field: &str,
        group: &str,
        name: &str,
        value: &str,
    ) -> Result<(), PdfError> {
        let slot = match (group, name) {
            ("income", rest) => return IncomeRow::set(&mut self.income, field, rest, value),
            ("", "k10_number") => &mut self.k10_number,
            ("", "new_residence") => &mut self.new_residence,
            ("", "residence_since") => &mut self.residence_since,
            ("", "new_email") => &mut self.new_email,
            ("", "new_phone") => &mut self.new_phone,
            ("", "place") => &mut self.place,
            ("", "date") => &mut self.date,
            _ => return Err(PdfError::UnknownField(field.to_string())),
        };
        *slot = value.to_string();
        Ok(())
    }
}

/// The change of details as a PDF, or [`PdfError::MissingFields`].
pub fn render_change_of_details(d: &ChangeOfDetails) -> Result<Vec<u8>, PdfError> {
    d.check()?;
    let person = &d.declarant;
    let k10 = d.k10_number.trim();
    let footer = format!(
        "Variazione recapiti e redditi – {} – pratica {k10}",
        person.full_name()
    );
    let mut doc = Doc::new(
        "Comunicazione di variazione dei recapiti e dei redditi",
        &footer,
    )?;
    text::addressee(&mut doc, &d.prefecture);
    doc.title(
        "COMUNICAZIONE DI VARIAZIONE DEI RECAPITI E DEI REDDITI",
        "Dichiarazione sostitutiva di certificazione (art. 46 del D.P.R. 28 dicembre 2000, n. 445)",
    );
    doc.paragraph(&[
        bold("Oggetto: "),
        regular(format!(
            "domanda di concessione della cittadinanza italiana n. {k10} – aggiornamento dei \
             recapiti e/o dei redditi."
        )),
    ]);
    doc.heading("Dati del dichiarante (come nella domanda)");
    text::person_rows(&mut doc, person);
    doc.heading("Documento di identità");
    text::document_rows(&mut doc, &d.document);

    doc.heading("Dichiarazione");
    let mut opening = text::declarant_opening(person);
    opening.push(regular(format!(
        " in relazione alla domanda n. {k10} presentata alla Prefettura di {},",
        d.prefecture.trim()
    )));
    opening.push(text::awareness());
    doc.paragraph(&opening);
    text::verb(&mut doc, "DICHIARA");
    let mut number = 0;
    let mut next = || {
        number += 1;
        format!("{number}.")
    };
    if d.contacts_changed() {
        doc.item(
            &next(),
            &[regular(
                "che i propri recapiti sono variati come indicato nella tabella seguente:",
            )],
        );
        let mut rows = Vec::new();
        if !d.new_residence.trim().is_empty() {
            rows.push(Row {
                cells: vec![
                    "Residenza".to_string(),
                    person.residence.trim().to_string(),
                    format!(
                        "{} (dal {})",
                        d.new_residence.trim(),
                        show_date(&d.residence_since)
                    ),
                ],
                highlight: false,
            });
        }
        for (label, old, new) in [
            ("E-mail / PEC", &person.email, &d.new_email),
            ("Telefono", &person.phone, &d.new_phone),
        ] {
            if !new.trim().is_empty() {
                rows.push(Row {
                    cells: vec![
                        label.to_string(),
                        old.trim().to_string(),
                        new.trim().to_string(),
                    ],
                    highlight: false,
                });
            }
        }
        doc.table(
            &[
                Column {
                    header: "Dato",
                    weight: 0.8,
                },
                Column {
                    header: "Come nella domanda",
                    weight: 1.6,
                },
                Column {
                    header: "Nuovo recapito",
                    weight: 1.6,
                },
            ],
            &rows,
        );
    }
    if !d.income.is_empty() {
        doc.item(
            &next(),
            &[regular(
                "di aver percepito i seguenti redditi imponibili lordi, che integrano o \
                 aggiornano quelli indicati nella domanda:",
            )],
        );
        income_table(&mut doc, &d.income);
    }
    doc.item(
        &next(),
        &[regular(
            "di impegnarsi a comunicare tempestivamente ogni ulteriore variazione dei propri \
             recapiti e della propria situazione reddituale fino alla conclusione del \
             procedimento.",
        )],
    );
    if d.contacts_changed() {
        text::verb(&mut doc, "CHIEDE");
        doc.paragraph(&[regular(
            "che le comunicazioni relative alla pratica siano inviate ai nuovi recapiti sopra \
             indicati.",
        )]);
    }
    text::legal_notes(
        &mut doc,
        "per l'aggiornamento dei recapiti e dei dati reddituali nel procedimento di \
         concessione della cittadinanza italiana",
    );
    text::signature(
        &mut doc,
        &d.place,
        &show_date(&d.date),
        text::declarant_title(person.sex),
    );
    Ok(doc.finish())
}
