//! *Modello x SPID*: the self-certification (DPR 445/2000 art. 46) an applicant sends to the
//! prefecture when the personal data of their SPID identity do not match those of the
//! application already submitted, so that the application can be associated with SPID.

use crate::model::{Application, Sex};

use super::PdfError;
use super::form::{
    Declaration, FieldKind, FieldSpec, IdDocument, MissingField, Person, Signer, parse_date,
    parse_sex, sex_key, show_date, spec,
};
use super::layout::{Column, Doc, Row, bold, regular};
use super::text;

/// The personal data compared between the application and SPID.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Identity {
    pub surname: String,
    pub name: String,
    pub birth_date: String,
    pub birth_place: String,
    pub sex: Option<Sex>,
    pub codice_fiscale: String,
    pub email: String,
}

impl Identity {
    pub(crate) fn specs(prefix: &str, group_id: &'static str) -> Vec<FieldSpec> {
        use FieldKind::*;
        let f = |name: &str, label, kind, required| {
            spec(format!("{prefix}.{name}"), group_id, label, kind, required)
        };
        vec![
            f("surname", "pdf-field-surname", Text, true),
            f("name", "pdf-field-name", Text, true),
            f("birth_date", "pdf-field-birth-date", Date, true),
            f("birth_place", "pdf-field-birth-place", Text, true),
            f("sex", "pdf-field-sex", Sex, false),
            f("codice_fiscale", "pdf-field-codice-fiscale", Text, true),
            f("email", "pdf-field-email", Text, false),
        ]
    }

    pub(crate) fn get(&self, name: &str) -> Option<String> {
        Some(match name {
            "surname" => self.surname.clone(),
            "name" => self.name.clone(),
            "birth_date" => self.birth_date.clone(),
            "birth_place" => self.birth_place.clone(),
            "sex" => sex_key(self.sex),
            "codice_fiscale" => self.codice_fiscale.clone(),
            "email" => self.email.clone(),
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
            "birth_date" => &mut self.birth_date,
            "birth_place" => &mut self.birth_place,
            "codice_fiscale" => &mut self.codice_fiscale,
            "email" => &mut self.email,
            _ => return Err(PdfError::UnknownField(key.to_string())),
        };
        *slot = value.to_string();
        Ok(())
    }
}

/// The data of the *modello x SPID*.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SpidDeclaration {
    /// Prefecture the application was addressed to ("Milano").
    pub prefecture: String,
    pub declarant: Person,
    pub document: IdDocument,
    /// "K10/0123456".
    pub k10_number: String,
    /// Date the application was sent through the portal.
    pub submitted_on: String,
    /// The data as typed in the application.
    pub application: Identity,
    /// The data of the SPID identity (as shown by the identity provider).
    pub spid: Identity,
    /// Why they differ (e.g. "doppio cognome abbreviato nella domanda").
    pub reason: String,
    /// Help-desk ticket number.
    pub ticket: String,
    /// Place and date of signature.
    pub place: String,
    pub date: String,
}

impl SpidDeclaration {
    /// Prefilled from the draft; the second value lists what the draft does not know (SPID
    /// data, ticket, reason, submission date ...), for the GUI to ask.
    pub fn from_application(app: &Application) -> (SpidDeclaration, Vec<MissingField>) {
        let declarant = Person::applicant(app);
        let application = Identity {
            surname: declarant.surname.clone(),
            name: declarant.name.clone(),
            birth_date: declarant.birth_date.clone(),
            birth_place: declarant.birth_place.clone(),
            sex: declarant.sex,
            codice_fiscale: declarant.codice_fiscale.clone(),
            email: declarant.email.clone(),
        };
        let declaration = SpidDeclaration {
            prefecture: app.legal_basis.prefecture.trim().to_string(),
            place: app.personal.residence.municipality.trim().to_string(),
            document: IdDocument::of_applicant(app),
            k10_number: app.k10_number.trim().to_uppercase(),
            declarant,
            application,
            ..SpidDeclaration::default()
        };
        let missing = declaration.missing();
        (declaration, missing)
    }
}

impl Declaration for SpidDeclaration {
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
        let mut fields = vec![
            spec(
                "k10_number",
                s,
                "pdf-field-k10-number",
                FieldKind::K10,
                true,
            ),
            spec("submitted_on", s, "pdf-field-submitted-on", Date, true),
        ];
        fields.extend(Identity::specs(
            "application",
            "pdf-group-as-in-application",
        ));
        fields.extend(Identity::specs("spid", "pdf-group-as-in-spid"));
        fields.extend([
            spec("reason", s, "pdf-field-mismatch-reason", LongText, true),
            spec("ticket", s, "pdf-field-ticket", Text, true),
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
            ("application", name) => self.application.get(name),
            ("spid", name) => self.spid.get(name),
            ("", "k10_number") => Some(self.k10_number.clone()),
            ("", "submitted_on") => Some(self.submitted_on.clone()),
            ("", "reason") => Some(self.reason.clone()),
            ("", "ticket") => Some(self.ticket.clone()),
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
            ("application", name) => return self.application.set(field, name, value),
            ("spid", name) => return self.spid.set(field, name, value),
            ("", "k10_number") => &mut self.k10_number,
            ("", "submitted_on") => &mut self.submitted_on,
            ("", "reason") => &mut self.reason,
            ("", "ticket") => &mut self.ticket,
            ("", "place") => &mut self.place,
            ("", "date") => &mut self.date,
            _ => return Err(PdfError::UnknownField(field.to_string())),
        };
        *slot = value.to_string();
        Ok(())
    }
}

/// Two values "agree" when they differ only in case, spacing or date notation.
fn same(a: &str, b: &str) -> bool {
    match (parse_date(a), parse_date(b)) {
        (Some(x), Some(y)) => x == y,
        _ => {
            let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
            norm(a).to_lowercase() == norm(b).to_lowercase()
        }
    }
}

/// The *modello x SPID* as a PDF, or [`PdfError::MissingFields`] if anything required is
/// missing or invalid.
pub fn render_spid(d: &SpidDeclaration) -> Result<Vec<u8>, PdfError> {
    d.check()?;
    let person = &d.declarant;
    let footer = format!(
        "Modello x SPID – {} – pratica {}",
        person.full_name(),
        d.k10_number.trim()
    );
    let mut doc = Doc::new(
        "Dichiarazione sostitutiva per l'associazione a SPID",
        &footer,
    )?;
    text::addressee(&mut doc, &d.prefecture);
    doc.title(
        "DICHIARAZIONE SOSTITUTIVA DI CERTIFICAZIONE",
        "(art. 46 del D.P.R. 28 dicembre 2000, n. 445)",
    );
    doc.paragraph(&[
        bold("Oggetto: "),
        regular(format!(
            "richiesta di associazione all'identità digitale SPID della domanda di cittadinanza \
             n. {}, per discordanza dei dati anagrafici.",
            d.k10_number.trim()
        )),
    ]);

    doc.heading("Dati del dichiarante");
    text::person_rows(&mut doc, person);
    doc.heading("Documento di identità");
    text::document_rows(&mut doc, &d.document);

    doc.heading("Dichiarazione");
    let mut opening = text::declarant_opening(person);
    opening.push(text::awareness());
    doc.paragraph(&opening);
    text::verb(&mut doc, "DICHIARA");
    doc.item(
        "1.",
        &[regular(format!(
            "di aver presentato in data {}, tramite il portale dei servizi del Ministero \
             dell'Interno, la domanda di concessione della cittadinanza italiana indirizzata \
             alla Prefettura di {}, registrata con il numero di pratica {};",
            show_date(&d.submitted_on),
            d.prefecture.trim(),
            d.k10_number.trim()
        ))],
    );
    doc.item(
        "2.",
        &[regular(
            "che, nel tentativo di associare la domanda alla propria identità digitale SPID \
             con la funzione «Associa pratica» del portale, i dati anagrafici riportati nella \
             domanda non sono risultati corrispondenti a quelli dell'identità SPID, come \
             indicato nella tabella seguente:",
        )],
    );
    let rows: Vec<Row> = [
        ("Cognome", "surname"),
        ("Nome", "name"),
        ("Data di nascita", "birth_date"),
        ("Luogo di nascita", "birth_place"),
        ("Sesso", "sex"),
        ("Codice fiscale", "codice_fiscale"),
        ("E-mail", "email"),
    ]
    .into_iter()
    .map(|(label, key)| {
        let shown = |identity: &Identity| match key {
            "sex" => text::sex_text(identity.sex).to_string(),
            "birth_date" => show_date(&identity.birth_date),
            _ => identity.get(key).unwrap_or_default().trim().to_string(),
        };
        let (in_app, in_spid) = (shown(&d.application), shown(&d.spid));
        Row {
            highlight: !same(&in_app, &in_spid),
            cells: vec![label.to_string(), in_app, in_spid],
        }
    })
    .collect();
    doc.table(
        &[
            Column {
                header: "Dato",
                weight: 0.9,
            },
            Column {
                header: "Come nella domanda",
                weight: 1.55,
            },
            Column {
                header: "Come in SPID",
                weight: 1.55,
            },
        ],
        &rows,
    );
    doc.small("Le righe evidenziate in grassetto riportano i dati discordanti.");
    doc.space(4.0);
    doc.item(
        "3.",
        &[regular(format!(
            "che la discordanza è dovuta al seguente motivo: {};",
            d.reason.trim().trim_end_matches(['.', ';'])
        ))],
    );
    doc.item(
        "4.",
        &[regular(
            "che le proprie esatte generalità sono quelle indicate nella sezione «Dati del \
             dichiarante» e corrispondono al documento di identità allegato;",
        )],
    );
    doc.item(
        "5.",
        &[
            regular(
                "di aver segnalato il problema all'Help Desk del portale, che ha aperto la \
                 richiesta di assistenza (ticket) n. ",
            ),
            bold(d.ticket.trim()),
            regular("."),
        ],
    );
    text::verb(&mut doc, "CHIEDE");
    doc.paragraph(&[regular(format!(
        "che la domanda n. {} sia associata alla propria identità digitale SPID, così da \
         poterne seguire l'iter e ricevere le comunicazioni della Prefettura tramite il portale, \
         e che i dati anagrafici della pratica siano, ove necessario, rettificati in conformità \
         al documento di identità allegato.",
        d.k10_number.trim()
    ))]);
    text::legal_notes(
        &mut doc,
        "per l'associazione della domanda di cittadinanza all'identità digitale SPID e per lo \
         svolgimento del relativo procedimento",
    );
    text::signature(
        &mut doc,
        &d.place,
        &show_date(&d.date),
        text::declarant_title(person.sex),
    );
    Ok(doc.finish())
}
