//! Declaration of maintenance (*dichiarazione di mantenimento*): a family member on the same
//! stato di famiglia declares that they support the applicant and states their income per
//! year, so that it counts towards the art. 9 income requirement.

use crate::model::{Application, Relationship, Sex};

use super::PdfError;
use super::form::{
    Declaration, FieldKind, FieldSpec, IdDocument, IncomeRow, MissingField, Person, Signer,
    income_table, parse_yes_no, show_date, spec, yes_no_key,
};
use super::layout::{Doc, bold, regular};
use super::spid::Identity;
use super::text;

/// The data of the declaration of maintenance.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MaintenanceDeclaration {
    pub prefecture: String,
    /// The family member who supports the applicant (the declarant).
    pub supporter: Person,
    /// The supporter's identity document.
    pub document: IdDocument,
    /// What the supporter is to the applicant.
    pub relationship: Option<Relationship>,
    /// Both on the same stato di famiglia.
    pub same_household: Option<bool>,
    /// Date since when the supporter provides for the applicant (optional).
    pub since: String,
    /// The applicant.
    pub applicant: Identity,
    /// Application number, when already assigned (optional).
    pub k10_number: String,
    /// The supporter's income per tax year.
    pub income: Vec<IncomeRow>,
    pub place: String,
    pub date: String,
}

fn words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    words.sort();
    words
}

impl MaintenanceDeclaration {
    /// Prefilled for the first family member whose income the draft adds to the applicant's
    /// (or the spouse when there is none).
    pub fn from_application(app: &Application) -> (MaintenanceDeclaration, Vec<MissingField>) {
        let member = app
            .income
            .years
            .iter()
            .flat_map(|y| &y.family_income)
            .map(|f| f.member_name.trim())
            .find(|name| !name.is_empty())
            .map(str::to_string)
            .unwrap_or_else(|| {
                let spouse = &app.family.spouse;
                format!("{} {}", spouse.name.trim(), spouse.surname.trim())
            });
        Self::from_application_for(app, &member)
    }

    /// Prefilled for the family member called `member` ("Name Surname", any order), as named
    /// in the income section or in the family section.
    pub fn from_application_for(
        app: &Application,
        member: &str,
    ) -> (MaintenanceDeclaration, Vec<MissingField>) {
        let wanted = words(member);
        let mut supporter = Person::default();
        let mut relationship = None;
        let spouse = &app.family.spouse;
        let matches = |name: &str, surname: &str| {
            !wanted.is_empty() && words(&format!("{name} {surname}")) == wanted
        };
        if matches(&spouse.name, &spouse.surname) {
            supporter.surname = spouse.surname.trim().to_string();
            supporter.name = spouse.name.trim().to_string();
            supporter.birth_date = show_date(&spouse.birth_date);
            supporter.birth_place = super::form::place_text(&spouse.birth_place);
            supporter.codice_fiscale = spouse.codice_fiscale.trim().to_uppercase();
            if spouse.italian_citizen == Some(true) {
                supporter.citizenship = "italiana".to_string();
            }
            relationship = Some(Relationship::Spouse);
        } else if let Some(m) = app
            .family
            .household
            .iter()
            .find(|m| matches(&m.name, &m.surname))
        {
            supporter.surname = m.surname.trim().to_string();
            supporter.name = m.name.trim().to_string();
            supporter.birth_date = show_date(&m.birth_date);
            supporter.birth_place = super::form::place_text(&m.birth_place);
            supporter.codice_fiscale = m.codice_fiscale.trim().to_uppercase();
            relationship = m.relationship;
        }
        supporter.sex = crate::codice_fiscale::validate(&supporter.codice_fiscale)
            .ok()
            .map(|decoded| decoded.sex);
        let names_in_income: Vec<&str> = app
            .income
            .years
            .iter()
            .flat_map(|y| &y.family_income)
            .map(|f| f.member_name.as_str())
            .collect();
        let on_income = names_in_income.iter().any(|n| words(n) == wanted);
        let income = app
            .income
            .years
            .iter()
            .filter_map(|year| {
                let f = year
                    .family_income
                    .iter()
                    .find(|f| words(&f.member_name) == wanted)?;
                Some(IncomeRow {
                    year: year.year.trim().to_string(),
                    amount: f.amount.trim().to_string(),
                    source: f.source,
                })
            })
            .collect();
        let applicant_person = Person::applicant(app);
        // The income section only lists members on the applicant's stato di famiglia.
        let same_household = on_income.then_some(true);
        if same_household == Some(true) {
            supporter.residence = applicant_person.residence.clone();
        }
        let declaration = MaintenanceDeclaration {
            prefecture: app.legal_basis.prefecture.trim().to_string(),
            supporter,
            relationship,
            same_household,
            applicant: Identity {
                surname: applicant_person.surname.clone(),
                name: applicant_person.name.clone(),
                birth_date: applicant_person.birth_date.clone(),
                birth_place: applicant_person.birth_place.clone(),
                sex: applicant_person.sex,
                codice_fiscale: applicant_person.codice_fiscale.clone(),
                email: applicant_person.email.clone(),
            },
            k10_number: app.k10_number.trim().to_uppercase(),
            income,
            place: app.personal.residence.municipality.trim().to_string(),
            ..MaintenanceDeclaration::default()
        };
        let missing = declaration.missing();
        (declaration, missing)
    }
}

pub(crate) fn parse_relationship(
    field: &str,
    value: &str,
) -> Result<Option<Relationship>, PdfError> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    Relationship::ALL
        .into_iter()
        .find(|r| r.key() == value)
        .map(Some)
        .ok_or_else(|| PdfError::InvalidValue {
            field: field.to_string(),
        })
}

impl Declaration for MaintenanceDeclaration {
    const SIGNER: Signer = Signer {
        prefix: "supporter",
        group_id: "pdf-group-supporter",
        contact_required: false,
    };

    fn signer(&self) -> (&str, &Person, &IdDocument) {
        (&self.prefecture, &self.supporter, &self.document)
    }

    fn signer_mut(&mut self) -> (&mut String, &mut Person, &mut IdDocument) {
        (
            &mut self.prefecture,
            &mut self.supporter,
            &mut self.document,
        )
    }

    fn own_fields(&self) -> Vec<FieldSpec> {
        use FieldKind::*;
        let s = "pdf-group-statement";
        let mut fields = Identity::specs("applicant", "pdf-group-applicant");
        fields.extend([
            spec(
                "k10_number",
                s,
                "pdf-field-k10-number",
                FieldKind::K10,
                false,
            ),
            spec(
                "relationship",
                s,
                "pdf-field-relationship",
                Relationship,
                true,
            ),
            spec("same_household", s, "pdf-field-same-household", YesNo, true),
            spec("since", s, "pdf-field-supported-since", Date, false),
            spec(
                "income",
                "pdf-group-income",
                "pdf-field-income-rows",
                Text,
                true,
            ),
        ]);
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
            ("applicant", name) => self.applicant.get(name),
            ("income", rest) => IncomeRow::get(&self.income, rest),
            // "income" itself: filled when there is at least one row.
            ("", "income") => Some(if self.income.is_empty() {
                String::new()
            } else {
                self.income.len().to_string()
            }),
            ("", "relationship") => Some(
                self.relationship
                    .map(|r| r.key().to_string())
                    .unwrap_or_default(),
            ),
            ("", "same_household") => Some(yes_no_key(self.same_household)),
            ("", "since") => Some(self.since.clone()),
            ("", "k10_number") => Some(self.k10_number.clone()),
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
            ("applicant", name) => return self.applicant.set(field, name, value),
            ("income", rest) => return IncomeRow::set(&mut self.income, field, rest, value),
            ("", "relationship") => {
                self.relationship = parse_relationship(field, value)?;
                return Ok(());
            }
            ("", "same_household") => {
                self.same_household = parse_yes_no(field, value)?;
                return Ok(());
            }
            ("", "since") => &mut self.since,
            ("", "k10_number") => &mut self.k10_number,
            ("", "place") => &mut self.place,
            ("", "date") => &mut self.date,
            _ => return Err(PdfError::UnknownField(field.to_string())),
        };
        *slot = value.to_string();
        Ok(())
    }
}

/// "coniuge", "figlia", "genitore" ... of the applicant, by the supporter's sex.
fn relationship_text(relationship: Option<Relationship>, sex: Option<Sex>) -> &'static str {
    let female = sex == Some(Sex::Female);
    match relationship {
        Some(Relationship::Spouse) => "coniuge",
        Some(Relationship::Child) if female => "figlia",
        Some(Relationship::Child) => "figlio",
        Some(Relationship::Parent) if female => "madre",
        Some(Relationship::Parent) => "padre",
        Some(Relationship::Sibling) if female => "sorella",
        Some(Relationship::Sibling) => "fratello",
        Some(Relationship::OtherRelative) => "parente",
        Some(Relationship::Other) | None => "familiare convivente",
    }
}

/// The declaration of maintenance as a PDF, or [`PdfError::MissingFields`].
pub fn render_maintenance(d: &MaintenanceDeclaration) -> Result<Vec<u8>, PdfError> {
    d.check()?;
    let s = &d.supporter;
    let a = &d.applicant;
    let applicant_name = format!("{} {}", a.surname.trim().to_uppercase(), a.name.trim());
    let footer = format!(
        "Dichiarazione di mantenimento – {} a favore di {}",
        s.full_name(),
        applicant_name
    );
    let mut doc = Doc::new("Dichiarazione di mantenimento", &footer)?;
    text::addressee(&mut doc, &d.prefecture);
    doc.title(
        "DICHIARAZIONE DI MANTENIMENTO",
        "Dichiarazione sostitutiva di certificazione e di atto di notorietà \
         (artt. 46 e 47 del D.P.R. 28 dicembre 2000, n. 445)",
    );
    let k10 = if d.k10_number.trim().is_empty() {
        String::new()
    } else {
        format!(" n. {}", d.k10_number.trim())
    };
    doc.paragraph(&[
        bold("Oggetto: "),
        regular(format!(
            "mantenimento di {applicant_name}, ai fini della domanda di concessione della \
             cittadinanza italiana{k10}."
        )),
    ]);
    doc.heading("Dati del dichiarante");
    text::person_rows(&mut doc, s);
    doc.heading("Documento di identità");
    text::document_rows(&mut doc, &d.document);
    doc.heading(match a.sex {
        Some(Sex::Female) => "Dati della richiedente la cittadinanza",
        Some(Sex::Male) => "Dati del richiedente la cittadinanza",
        None => "Dati del/della richiedente la cittadinanza",
    });
    doc.label_value("Cognome", &a.surname);
    doc.label_value("Nome", &a.name);
    doc.label_value(
        "Data e luogo di nascita",
        &format!("{}, {}", show_date(&a.birth_date), a.birth_place.trim()),
    );
    doc.label_value("Codice fiscale", &a.codice_fiscale);
    if !d.k10_number.trim().is_empty() {
        doc.label_value("Numero di pratica", &d.k10_number);
    }

    doc.heading("Dichiarazione");
    let mut opening = text::declarant_opening(s);
    opening.push(text::awareness());
    doc.paragraph(&opening);
    text::verb(&mut doc, "DICHIARA");
    let of = text::of_applicant(a.sex);
    doc.item(
        "1.",
        &[
            regular(format!(
                "di essere {} {of} ",
                relationship_text(d.relationship, s.sex)
            )),
            bold(applicant_name.clone()),
            regular(";"),
        ],
    );
    let household = if d.same_household == Some(true) {
        format!(
            "di far parte del medesimo nucleo familiare {of}, come risulta dallo stato di \
             famiglia anagrafico, con residenza in {};",
            s.residence.trim()
        )
    } else {
        format!("di non far parte del medesimo nucleo familiare anagrafico {of};")
    };
    doc.item("2.", &[regular(household)]);
    let since = if d.since.trim().is_empty() {
        String::new()
    } else {
        format!(" dal {}", show_date(&d.since))
    };
    doc.item(
        "3.",
        &[regular(format!(
            "di provvedere al mantenimento {of}{since}, sostenendone le spese di vitto, \
             alloggio e le altre necessità della vita quotidiana;"
        ))],
    );
    doc.item(
        "4.",
        &[regular(
            "di aver percepito, negli anni d'imposta indicati, i seguenti redditi imponibili \
             lordi:",
        )],
    );
    income_table(&mut doc, &d.income);
    doc.item(
        "5.",
        &[regular(format!(
            "che i redditi sopra indicati sono dichiarati affinché siano considerati, \
             unitamente a quelli {of}, ai fini della verifica del requisito reddituale \
             previsto per la concessione della cittadinanza italiana, e di impegnarsi a \
             produrre, su richiesta della Prefettura, la relativa documentazione fiscale."
        ))],
    );
    text::legal_notes(
        &mut doc,
        "per la verifica del requisito reddituale nel procedimento di concessione della \
         cittadinanza italiana",
    );
    text::signature(
        &mut doc,
        &d.place,
        &show_date(&d.date),
        text::declarant_title(s.sex),
    );
    Ok(doc.finish())
}
