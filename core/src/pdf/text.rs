//! Italian wording shared by the declarations (written for this project; the legal references
//! are to DPR 28 December 2000 no. 445 and Regulation (EU) 2016/679).

use crate::model::Sex;

use super::form::{IdDocument, Person, show_date};
use super::layout::{BODY_SIZE, Doc, Span, bold, regular};

/// "Il sottoscritto" / "La sottoscritta" / "Il/La sottoscritto/a".
pub(crate) fn undersigned(sex: Option<Sex>) -> &'static str {
    match sex {
        Some(Sex::Male) => "Il sottoscritto",
        Some(Sex::Female) => "La sottoscritta",
        None => "Il/La sottoscritto/a",
    }
}

/// "nato" / "nata" / "nato/a".
pub(crate) fn born(sex: Option<Sex>) -> &'static str {
    match sex {
        Some(Sex::Male) => "nato",
        Some(Sex::Female) => "nata",
        None => "nato/a",
    }
}

/// "del richiedente" / "della richiedente".
pub(crate) fn of_applicant(sex: Option<Sex>) -> &'static str {
    match sex {
        Some(Sex::Male) => "del richiedente",
        Some(Sex::Female) => "della richiedente",
        None => "del/della richiedente",
    }
}

/// "Il dichiarante" / "La dichiarante" / "Il/La dichiarante".
pub(crate) fn declarant_title(sex: Option<Sex>) -> &'static str {
    match sex {
        Some(Sex::Male) => "Il dichiarante",
        Some(Sex::Female) => "La dichiarante",
        None => "Il/La dichiarante",
    }
}

pub(crate) fn sex_text(sex: Option<Sex>) -> &'static str {
    match sex {
        Some(Sex::Male) => "maschile",
        Some(Sex::Female) => "femminile",
        None => "",
    }
}

/// The addressee block at the top right.
/// The chosen prefecture's own addressee line (`crate::prefectures`: Trento and Bolzano have
/// a Commissariato del Governo, Valle d'Aosta the Region); any other text (the consular office
/// of an applicant abroad) is printed as written.
pub(crate) fn addressee(doc: &mut Doc, prefecture: &str) {
    let prefecture = prefecture.trim();
    let lines = match crate::prefectures::find(prefecture) {
        Some(office) => vec![
            bold(office.addressee.to_string()),
            regular("Ufficio Territoriale del Governo"),
            regular("Area IV – Cittadinanza"),
        ],
        None => vec![
            bold(prefecture.to_string()),
            regular("Ufficio cittadinanza"),
        ],
    };
    doc.right_block(&lines, 230.0);
    doc.space(14.0);
}

/// "Il sottoscritto MARIO ROSSI, nato a ... il ..., codice fiscale ..." opening sentence.
pub(crate) fn declarant_opening(person: &Person) -> Vec<Span> {
    let mut spans = vec![
        regular(format!("{} ", undersigned(person.sex))),
        bold(format!(
            "{} {}",
            person.surname.trim().to_uppercase(),
            person.name.trim()
        )),
        regular(format!(
            ", {} a {} il {}, codice fiscale {}, residente in {},",
            born(person.sex),
            person.birth_place.trim(),
            show_date(&person.birth_date),
            person.codice_fiscale.trim(),
            person.residence.trim()
        )),
    ];
    if !person.birth_surname.trim().is_empty() {
        spans.insert(
            2,
            regular(format!(
                " (cognome di nascita {})",
                person.birth_surname.trim().to_uppercase()
            )),
        );
    }
    spans
}

/// The declarant's data as label/value rows.
pub(crate) fn person_rows(doc: &mut Doc, person: &Person) {
    doc.label_value("Cognome", &person.surname);
    doc.label_value("Nome", &person.name);
    if !person.birth_surname.trim().is_empty() {
        doc.label_value("Cognome di nascita", &person.birth_surname);
    }
    doc.label_value("Sesso", sex_text(person.sex));
    doc.label_value("Data di nascita", &show_date(&person.birth_date));
    doc.label_value("Luogo di nascita", &person.birth_place);
    doc.label_value("Cittadinanza", &person.citizenship);
    doc.label_value("Codice fiscale", &person.codice_fiscale);
    doc.label_value("Residenza", &person.residence);
    doc.label_value("E-mail / PEC", &person.email);
    if !person.phone.trim().is_empty() {
        doc.label_value("Telefono", &person.phone);
    }
}

pub(crate) fn document_rows(doc: &mut Doc, id: &IdDocument) {
    doc.label_value("Tipo di documento", &id.kind);
    doc.label_value("Numero", &id.number);
    doc.label_value("Rilasciato da", &id.issuer);
    doc.label_value("Data di scadenza", &show_date(&id.expiry_date));
}

/// The sentence before "DICHIARA": awareness of the penalties for false statements.
pub(crate) fn awareness() -> Span {
    regular(
        " consapevole delle sanzioni penali previste dall'art. 76 del D.P.R. 28 dicembre 2000, \
         n. 445, in caso di dichiarazioni mendaci, di formazione o uso di atti falsi, e della \
         decadenza dai benefici eventualmente conseguiti prevista dall'art. 75 del medesimo \
         decreto, sotto la propria responsabilità",
    )
}

/// A centred bold verb: "DICHIARA", "CHIEDE", "COMUNICA".
pub(crate) fn verb(doc: &mut Doc, verb: &str) {
    doc.space(4.0);
    doc.centered(&[bold(verb)], BODY_SIZE + 1.0);
    doc.space(6.0);
}

/// The art. 75/76 warning, the art. 13 GDPR notice and the attachment note.
pub(crate) fn legal_notes(doc: &mut Doc, purpose: &str) {
    doc.boxed(
        "Avvertenza (artt. 71, 75 e 76 del D.P.R. n. 445/2000).",
        "Chi rilascia dichiarazioni mendaci, forma atti falsi o ne fa uso è punito ai sensi del \
         codice penale e delle leggi speciali in materia. L'amministrazione procedente è tenuta a \
         effettuare idonei controlli, anche a campione, sulla veridicità delle dichiarazioni \
         sostitutive; qualora ne emerga la non veridicità, il dichiarante decade dai benefici \
         conseguenti al provvedimento emanato sulla base della dichiarazione non veritiera.",
    );
    doc.boxed(
        "Informativa sul trattamento dei dati personali (art. 13 del Regolamento (UE) 2016/679).",
        &format!(
            "I dati personali contenuti nella presente dichiarazione sono trattati dalla \
             Prefettura destinataria, titolare del trattamento, anche con strumenti informatici, \
             esclusivamente {purpose}, nell'esercizio dei pubblici poteri ad essa attribuiti dalla \
             legge 5 febbraio 1992, n. 91. Il conferimento dei dati è necessario: in sua mancanza \
             la richiesta non può essere trattata. I dati sono conservati per il tempo previsto \
             dalla normativa sugli archivi pubblici e possono essere comunicati soltanto alle \
             amministrazioni che intervengono nel procedimento. L'interessato può esercitare i \
             diritti di cui agli artt. 15-22 del Regolamento (accesso, rettifica, limitazione, \
             opposizione) rivolgendosi al titolare e ha diritto di proporre reclamo al Garante \
             per la protezione dei dati personali."
        ),
    );
}

/// Place, date, signature line and the attachment note.
pub(crate) fn signature(doc: &mut Doc, place: &str, date: &str, signer: &str) {
    doc.signature(
        &format!("{}, {}", place.trim(), date.trim()),
        &format!("{signer} (firma leggibile)"),
    );
    doc.small(
        "Allegata copia del documento d'identità del dichiarante in corso di validità \
         (art. 38, comma 3, del D.P.R. n. 445/2000).",
    );
}
