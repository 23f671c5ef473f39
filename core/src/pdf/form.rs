//! The editable data of a declaration as a generic form ([`Declaration`]): the GUI lists
//! `fields()`, reads and writes them by key with `get`/`set`, and shows `missing()` until it is
//! empty; and the values and blocks the three declarations share (person, identity document,
//! income rows).

use crate::model::{self, IncomeSource, Sex};

use super::PdfError;
use super::layout::{Column, Doc, Row};

/// What widget a field needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    /// Several lines of free text (e.g. the reason for a mismatch).
    LongText,
    /// `DD/MM/YYYY` (ISO `YYYY-MM-DD` accepted).
    Date,
    /// Euro amount, `12.345,67` or `12345.67`.
    Amount,
    /// `M` or `F`.
    Sex,
    /// `true` or `false`.
    YesNo,
    /// Income source: `cu`, `730`, `unico`, `none` (the keys of [`IncomeSource`]).
    IncomeSource,
    /// Relationship to the applicant: the keys of [`crate::model::Relationship`].
    Relationship,
    /// A K10 number (`K10/0000001`, `K10/C/0000001`), checked by [`crate::k10::K10Number`].
    K10,
}

/// One field of a declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldSpec {
    /// Key for `get`/`set`, e.g. `declarant.surname`, `spid.birth_date`, `income.1.amount`.
    pub field: String,
    /// Fluent id of the group heading (`pdf-group-declarant`, `pdf-group-spid` ...).
    pub group_id: &'static str,
    /// Fluent id of the label (`pdf-field-surname` ...).
    pub label_id: &'static str,
    /// Arguments of the label (e.g. `year` for an income row).
    pub args: Vec<(&'static str, String)>,
    pub kind: FieldKind,
    pub required: bool,
}

/// A field the GUI must ask for before the document can be printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingField {
    pub field: String,
    pub group_id: &'static str,
    pub label_id: &'static str,
    pub args: Vec<(&'static str, String)>,
    pub kind: FieldKind,
    /// `false`: empty; `true`: filled in but not valid (e.g. a date that does not exist).
    pub invalid: bool,
}

pub(crate) fn spec(
    field: impl Into<String>,
    group_id: &'static str,
    label_id: &'static str,
    kind: FieldKind,
    required: bool,
) -> FieldSpec {
    FieldSpec {
        field: field.into(),
        group_id,
        label_id,
        args: Vec::new(),
        kind,
        required,
    }
}

/// Where a declaration keeps the person who signs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signer {
    /// Key prefix of the person's fields: `declarant` (`declarant.surname` ...), `supporter`.
    pub prefix: &'static str,
    /// Fluent id of the group heading.
    pub group_id: &'static str,
    /// Whether the person's e-mail is required (they must be reachable).
    pub contact_required: bool,
}

/// The three declarations (*modello x SPID*, maintenance, change of details) as forms: each
/// starts with the prefecture, the person who signs and their identity document, followed by
/// fields of its own. The GUI lists [`Declaration::fields`], reads and writes them by key with
/// `get`/`set`, and shows [`Declaration::missing`] until it is empty.
pub trait Declaration {
    /// Where the person who signs is.
    const SIGNER: Signer;

    /// The prefecture, the person who signs and their identity document.
    fn signer(&self) -> (&str, &Person, &IdDocument);
    fn signer_mut(&mut self) -> (&mut String, &mut Person, &mut IdDocument);

    /// The declaration's own fields, after the identity document.
    fn own_fields(&self) -> Vec<FieldSpec>;
    /// The value of one of [`Declaration::own_fields`] (`group` is empty for a top-level key).
    fn own_get(&self, group: &str, name: &str) -> Option<String>;
    /// Sets one of [`Declaration::own_fields`]; `field` is the whole key, for errors.
    fn own_set(
        &mut self,
        field: &str,
        group: &str,
        name: &str,
        value: &str,
    ) -> Result<(), PdfError>;

    /// Every field, in the order the GUI should show them.
    fn fields(&self) -> Vec<FieldSpec> {
        let signer = Self::SIGNER;
        let mut fields = vec![spec(
            "prefecture",
            "pdf-group-statement",
            "pdf-field-prefecture",
            FieldKind::Text,
            true,
        )];
        fields.extend(Person::specs(
            signer.prefix,
            signer.group_id,
            signer.contact_required,
        ));
        fields.extend(IdDocument::specs("document"));
        fields.extend(self.own_fields());
        fields
    }

    /// The value of a field as text (`M`/`F` for sex); `None` for an unknown field.
    fn get(&self, field: &str) -> Option<String> {
        let (group, name) = field.split_once('.').unwrap_or(("", field));
        let (prefecture, person, document) = self.signer();
        match (group, name) {
            ("", "prefecture") => Some(prefecture.to_string()),
            ("document", name) => document.get(name),
            (group, name) if group == Self::SIGNER.prefix => person.get(name),
            (group, name) => self.own_get(group, name),
        }
    }

    /// Sets a field from its text; [`PdfError::UnknownField`] or [`PdfError::InvalidValue`].
    fn set(&mut self, field: &str, value: &str) -> Result<(), PdfError> {
        let (group, name) = field.split_once('.').unwrap_or(("", field));
        let (prefecture, person, document) = self.signer_mut();
        match (group, name) {
            ("", "prefecture") => {
                *prefecture = value.to_string();
                Ok(())
            }
            ("document", name) => document.set(field, name, value),
            (group, name) if group == Self::SIGNER.prefix => person.set(field, name, value),
            (group, name) => self.own_set(field, group, name, value),
        }
    }

    /// Required fields left empty, and filled fields whose value is not valid.
    fn missing(&self) -> Vec<MissingField> {
        self.fields()
            .into_iter()
            .filter_map(|spec| {
                let value = self.get(&spec.field).unwrap_or_default();
                let value = value.trim();
                let invalid = !value.is_empty() && !valid(spec.kind, value);
                if (spec.required && value.is_empty()) || invalid {
                    Some(MissingField {
                        field: spec.field,
                        group_id: spec.group_id,
                        label_id: spec.label_id,
                        args: spec.args,
                        kind: spec.kind,
                        invalid,
                    })
                } else {
                    None
                }
            })
            .collect()
    }

    /// `Ok` when nothing is missing, else [`PdfError::MissingFields`]: a declaration is never
    /// printed with blanks.
    fn check(&self) -> Result<(), PdfError> {
        let missing = self.missing();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(PdfError::MissingFields(missing))
        }
    }
}

fn valid(kind: FieldKind, value: &str) -> bool {
    match kind {
        FieldKind::Date => parse_date(value).is_some(),
        FieldKind::Amount => parse_amount_cents(value).is_some(),
        FieldKind::K10 => crate::k10::K10Number::parse(value).is_ok(),
        _ => true,
    }
}

// ------------------------------------------------------------------ values

// The one date parser and the one amount parser of the crate (`rules::fields`): a PDF accepts
// exactly the dates and amounts the editor accepts.
pub(crate) use crate::rules::fields::{
    format_amount, format_date, parse_amount_cents, parse_user_date as parse_date,
};

/// A date as Italians write it, or the text unchanged when it is not a date.
pub(crate) fn show_date(text: &str) -> String {
    parse_date(text)
        .map(format_date)
        .unwrap_or_else(|| text.trim().to_string())
}

/// `12.345,67 €`, or the text unchanged when it is not an amount.
pub(crate) fn show_amount(text: &str) -> String {
    let Some(cents) = parse_amount_cents(text) else {
        return text.trim().to_string();
    };
    format!("{} €", format_amount(cents))
}

pub(crate) fn sex_key(sex: Option<Sex>) -> String {
    match sex {
        Some(Sex::Male) => "M".to_string(),
        Some(Sex::Female) => "F".to_string(),
        None => String::new(),
    }
}

pub(crate) fn parse_sex(field: &str, value: &str) -> Result<Option<Sex>, PdfError> {
    match value.trim().to_uppercase().as_str() {
        "" => Ok(None),
        "M" => Ok(Some(Sex::Male)),
        "F" => Ok(Some(Sex::Female)),
        _ => Err(PdfError::InvalidValue {
            field: field.to_string(),
        }),
    }
}

pub(crate) fn yes_no_key(value: Option<bool>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

pub(crate) fn parse_yes_no(field: &str, value: &str) -> Result<Option<bool>, PdfError> {
    match value.trim().to_lowercase().as_str() {
        "" => Ok(None),
        "true" | "sì" | "si" | "yes" => Ok(Some(true)),
        "false" | "no" => Ok(Some(false)),
        _ => Err(PdfError::InvalidValue {
            field: field.to_string(),
        }),
    }
}

pub(crate) fn parse_source(field: &str, value: &str) -> Result<Option<IncomeSource>, PdfError> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    IncomeSource::ALL
        .into_iter()
        .find(|s| s.key() == value)
        .map(Some)
        .ok_or_else(|| PdfError::InvalidValue {
            field: field.to_string(),
        })
}

/// "Tirana (Albania)", "Milano (MI)".
pub(crate) fn place_text(place: &model::Place) -> String {
    let town = place.town.trim();
    let province = place.province.trim();
    let country = place.country.trim();
    let italy = country.is_empty() || country.eq_ignore_ascii_case("italia");
    let detail = if italy && !province.is_empty() {
        province.to_uppercase()
    } else if !italy {
        country.to_string()
    } else {
        String::new()
    };
    match (town.is_empty(), detail.is_empty()) {
        (true, _) => detail,
        (false, true) => town.to_string(),
        (false, false) => format!("{town} ({detail})"),
    }
}

/// "Via Roma 1, 20121 Milano (MI)".
pub(crate) fn address_text(address: &model::Address) -> String {
    let street = [address.street.trim(), address.house_number.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut town = [address.postcode.trim(), address.municipality.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if !address.province.trim().is_empty() {
        town = format!("{town} ({})", address.province.trim().to_uppercase());
    }
    [street, town]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

// ------------------------------------------------------------------ shared parts

/// A person making (or named in) a declaration. Places and addresses are single lines of text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Person {
    pub surname: String,
    pub name: String,
    /// Surname at birth, when different.
    pub birth_surname: String,
    pub sex: Option<Sex>,
    pub birth_date: String,
    /// "Tirana (Albania)", "Milano (MI)".
    pub birth_place: String,
    pub citizenship: String,
    pub codice_fiscale: String,
    /// "Via Roma 1, 20121 Milano (MI)".
    pub residence: String,
    /// E-mail or PEC.
    pub email: String,
    pub phone: String,
}

impl Person {
    /// The applicant as in the draft.
    pub fn applicant(app: &model::Application) -> Person {
        let p = &app.personal;
        Person {
            surname: p.surname.trim().to_string(),
            name: p.name.trim().to_string(),
            birth_surname: p.birth_surname.trim().to_string(),
            sex: p.sex,
            birth_date: show_date(&p.birth_date),
            birth_place: place_text(&p.birth_place),
            citizenship: p
                .citizenships
                .iter()
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
            codice_fiscale: p.codice_fiscale.trim().to_uppercase(),
            residence: address_text(&p.residence),
            email: p.email.trim().to_string(),
            phone: p.phone.trim().to_string(),
        }
    }

    pub fn full_name(&self) -> String {
        format!("{} {}", self.name.trim(), self.surname.trim())
            .trim()
            .to_string()
    }

    /// `(name, required)` of every field; e-mail and phone are required only for the
    /// person who signs and must be reachable.
    pub(crate) fn specs(
        prefix: &str,
        group_id: &'static str,
        contact_required: bool,
    ) -> Vec<FieldSpec> {
        use FieldKind::*;
        let f = |name: &str, label, kind, required| {
            spec(format!("{prefix}.{name}"), group_id, label, kind, required)
        };
        vec![
            f("surname", "pdf-field-surname", Text, true),
            f("name", "pdf-field-name", Text, true),
            f("birth_surname", "pdf-field-birth-surname", Text, false),
            f("sex", "pdf-field-sex", Sex, true),
            f("birth_date", "pdf-field-birth-date", Date, true),
            f("birth_place", "pdf-field-birth-place", Text, true),
            f("citizenship", "pdf-field-citizenship", Text, true),
            f("codice_fiscale", "pdf-field-codice-fiscale", Text, true),
            f("residence", "pdf-field-residence", Text, true),
            f("email", "pdf-field-email", Text, contact_required),
            f("phone", "pdf-field-phone", Text, false),
        ]
    }

    pub(crate) fn get(&self, name: &str) -> Option<String> {
        Some(match name {
            "surname" => self.surname.clone(),
            "name" => self.name.clone(),
            "birth_surname" => self.birth_surname.clone(),
            "sex" => sex_key(self.sex),
            "birth_date" => self.birth_date.clone(),
            "birth_place" => self.birth_place.clone(),
            "citizenship" => self.citizenship.clone(),
            "codice_fiscale" => self.codice_fiscale.clone(),
            "residence" => self.residence.clone(),
            "email" => self.email.clone(),
            "phone" => self.phone.clone(),
            _ => return None,
        })
    }

    pub(crate) fn set(&mut self, key: &str, name: &str, value: &str) -> Result<(), PdfError> {
        let slot = match name {
            "sex" => {
                self.sex = parse_sex(key, value)?;
                return Ok(());
            }
            "surname" => &mut self.surname,
            "name" => &mut self.name,
            "birth_surname" => &mut self.birth_surname,
            "birth_date" => &mut self.birth_date,
            "birth_place" => &mut self.birth_place,
            "citizenship" => &mut self.citizenship,
            "codice_fiscale" => &mut self.codice_fiscale,
            "residence" => &mut self.residence,
            "email" => &mut self.email,
            "phone" => &mut self.phone,
            _ => return Err(PdfError::UnknownField(key.to_string())),
        };
        *slot = value.to_string();
        Ok(())
    }
}

/// The identity document whose copy is attached to a declaration (DPR 445/2000 art. 38).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdDocument {
    /// "Passaporto", "Carta d'identità" ...
    pub kind: String,
    pub number: String,
    pub issuer: String,
    pub expiry_date: String,
}

impl IdDocument {
    /// The document of the draft: the Italian identity card if filled in, else the passport.
    pub fn of_applicant(app: &model::Application) -> IdDocument {
        let stay = &app.entry_stay;
        let doc = if stay.italian_id_card.number.trim().is_empty() {
            &stay.foreign_document
        } else {
            &stay.italian_id_card
        };
        IdDocument {
            kind: doc.kind.trim().to_string(),
            number: doc.number.trim().to_string(),
            issuer: doc.issuer.trim().to_string(),
            expiry_date: show_date(&doc.expiry_date),
        }
    }

    pub(crate) fn specs(prefix: &str) -> Vec<FieldSpec> {
        let g = "pdf-group-document";
        vec![
            spec(
                format!("{prefix}.kind"),
                g,
                "pdf-field-document-kind",
                FieldKind::Text,
                true,
            ),
            spec(
                format!("{prefix}.number"),
                g,
                "pdf-field-document-number",
                FieldKind::Text,
                true,
            ),
            spec(
                format!("{prefix}.issuer"),
                g,
                "pdf-field-document-issuer",
                FieldKind::Text,
                true,
            ),
            spec(
                format!("{prefix}.expiry_date"),
                g,
                "pdf-field-document-expiry",
                FieldKind::Date,
                true,
            ),
        ]
    }

    pub(crate) fn get(&self, name: &str) -> Option<String> {
        Some(match name {
            "kind" => self.kind.clone(),
            "number" => self.number.clone(),
            "issuer" => self.issuer.clone(),
            "expiry_date" => self.expiry_date.clone(),
            _ => return None,
        })
    }

    pub(crate) fn set(&mut self, key: &str, name: &str, value: &str) -> Result<(), PdfError> {
        let slot = match name {
            "kind" => &mut self.kind,
            "number" => &mut self.number,
            "issuer" => &mut self.issuer,
            "expiry_date" => &mut self.expiry_date,
            _ => return Err(PdfError::UnknownField(key.to_string())),
        };
        *slot = value.to_string();
        Ok(())
    }
}

/// Income of one tax year.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IncomeRow {
    /// "2024".
    pub year: String,
    /// Gross taxable income in euro as typed.
    pub amount: String,
    pub source: Option<IncomeSource>,
}

impl IncomeRow {
    pub(crate) fn specs(rows: &[IncomeRow], prefix: &str) -> Vec<FieldSpec> {
        let g = "pdf-group-income";
        rows.iter()
            .enumerate()
            .flat_map(|(i, row)| {
                let with_year = |mut s: FieldSpec| {
                    s.args = vec![("row", (i + 1).to_string()), ("year", row.year.clone())];
                    s
                };
                [
                    with_year(spec(
                        format!("{prefix}.{i}.year"),
                        g,
                        "pdf-field-income-year",
                        FieldKind::Text,
                        true,
                    )),
                    with_year(spec(
                        format!("{prefix}.{i}.amount"),
                        g,
                        "pdf-field-income-amount",
                        FieldKind::Amount,
                        true,
                    )),
                    with_year(spec(
                        format!("{prefix}.{i}.source"),
                        g,
                        "pdf-field-income-source",
                        FieldKind::IncomeSource,
                        false,
                    )),
                ]
            })
            .collect()
    }

    /// `rest` is `<index>.<name>`.
    pub(crate) fn get(rows: &[IncomeRow], rest: &str) -> Option<String> {
        let (index, name) = rest.split_once('.')?;
        let row = rows.get(index.parse::<usize>().ok()?)?;
        Some(match name {
            "year" => row.year.clone(),
            "amount" => row.amount.clone(),
            "source" => row.source.map(|s| s.key().to_string()).unwrap_or_default(),
            _ => return None,
        })
    }

    pub(crate) fn set(
        rows: &mut [IncomeRow],
        key: &str,
        rest: &str,
        value: &str,
    ) -> Result<(), PdfError> {
        let unknown = || PdfError::UnknownField(key.to_string());
        let (index, name) = rest.split_once('.').ok_or_else(unknown)?;
        let index: usize = index.parse().map_err(|_| unknown())?;
        let row = rows.get_mut(index).ok_or_else(unknown)?;
        match name {
            "year" => row.year = value.to_string(),
            "amount" => row.amount = value.to_string(),
            "source" => row.source = parse_source(key, value)?,
            _ => return Err(unknown()),
        }
        Ok(())
    }
}

/// The table of income years printed by the declarations (year, amount, tax document).
pub(crate) fn income_table(doc: &mut Doc, income: &[IncomeRow]) {
    let rows: Vec<Row> = income
        .iter()
        .map(|row| Row {
            cells: vec![
                row.year.trim().to_string(),
                show_amount(&row.amount),
                source_text(row.source).to_string(),
            ],
            highlight: false,
        })
        .collect();
    let columns = [
        Column {
            header: "Anno d'imposta",
            weight: 1.0,
        },
        Column {
            header: "Reddito imponibile lordo",
            weight: 1.4,
        },
        Column {
            header: "Documentazione fiscale",
            weight: 1.6,
        },
    ];
    doc.table(&columns, &rows);
}

/// Italian name of an income source, as printed.
pub(crate) fn source_text(source: Option<IncomeSource>) -> &'static str {
    match source {
        Some(IncomeSource::Cu) => "Certificazione Unica",
        Some(IncomeSource::Form730) => "Modello 730",
        Some(IncomeSource::Unico) => "Modello Redditi",
        Some(IncomeSource::None) => "nessun reddito dichiarato",
        None => "—",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_both_notations() {
        assert_eq!(parse_amount_cents("12.345,67"), Some(1_234_567));
        assert_eq!(parse_amount_cents("12345.67"), Some(1_234_567));
        assert_eq!(parse_amount_cents("12,345.67"), Some(1_234_567));
        assert_eq!(parse_amount_cents("8263"), Some(826_300));
        assert_eq!(parse_amount_cents("9.000"), Some(900_000));
        assert_eq!(parse_amount_cents("1,5"), Some(150));
        assert_eq!(parse_amount_cents("abc"), None);
        assert_eq!(parse_amount_cents("-5"), None);
        // What the editor refuses, a PDF refuses too (the PDFs had their own, laxer parser).
        assert_eq!(parse_amount_cents("12,345"), None);
        assert_eq!(parse_amount_cents("12.34.56"), None);
        assert!(!valid(FieldKind::Amount, "12,345"));
        assert!(valid(FieldKind::Amount, "€ 8.263,31"));
        assert_eq!(show_amount("12345.6"), "12.345,60 €");
        assert_eq!(show_amount("8263,31"), "8.263,31 €");
    }

    #[test]
    fn dates_are_shown_the_italian_way() {
        assert_eq!(show_date("1990-02-28"), "28/02/1990");
        assert_eq!(show_date("5/3/2021"), "05/03/2021");
        assert_eq!(parse_date("31/02/2020"), None);
        assert_eq!(parse_date("01/01/2150"), None);
        assert!(!valid(FieldKind::Date, "01/01/2150"));
        assert!(!valid(FieldKind::Date, "01/02.2020"));
        assert!(valid(FieldKind::Date, "31/12/2100"));
        assert_eq!(show_date("ieri"), "ieri");
    }

    #[test]
    fn places_and_addresses() {
        let abroad = model::Place {
            town: "Tirana".into(),
            province: String::new(),
            country: "Albania".into(),
        };
        assert_eq!(place_text(&abroad), "Tirana (Albania)");
        let italy = model::Place {
            town: "Milano".into(),
            province: "mi".into(),
            country: String::new(),
        };
        assert_eq!(place_text(&italy), "Milano (MI)");
        let address = model::Address {
            street: "Via Padova".into(),
            house_number: "12".into(),
            postcode: "20127".into(),
            municipality: "Milano".into(),
            province: "MI".into(),
        };
        assert_eq!(address_text(&address), "Via Padova 12, 20127 Milano (MI)");
    }
}
