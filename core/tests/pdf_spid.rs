//! The *modello x SPID*: prefilled from a draft, refused while incomplete, and a real PDF whose
//! text poppler extracts exactly (accents and apostrophes included).

mod pdf_support;

use cittadinanza_core::pdf::{Declaration, FieldKind, PdfError, SpidDeclaration, render_spid};
use pdf_support::*;

fn complete() -> SpidDeclaration {
    let (mut d, _) = SpidDeclaration::from_application(&draft());
    for (field, value) in [
        ("submitted_on", "2024-05-20"),
        ("spid.surname", "Dell'Orto Peña Gonçalves"),
        ("spid.name", "Nicolò"),
        ("spid.birth_date", "14/03/1987"),
        ("spid.birth_place", "São Paulo (Brasile)"),
        ("spid.sex", "M"),
        ("spid.codice_fiscale", "DLLNCL87C14Z602K"),
        ("spid.email", "nicolo.dellorto@example.org"),
        (
            "reason",
            "nella domanda è stato omesso il secondo cognome, perché all'epoca non compariva \
             nel permesso di soggiorno; l'identità SPID riporta invece il nome completo",
        ),
        ("ticket", "HD-2024-0098765"),
        ("date", "03/06/2024"),
    ] {
        d.set(field, value).expect("known field");
    }
    d
}

#[test]
fn prefilled_from_the_draft_and_asks_for_the_rest() {
    let (d, missing) = SpidDeclaration::from_application(&draft());
    assert_eq!(d.declarant.name, "Nicolò");
    assert_eq!(d.declarant.birth_date, "14/03/1987");
    assert_eq!(
        d.declarant.residence,
        "Corso Garibaldi 112, 47121 Forlì (FC)"
    );
    assert_eq!(d.document.kind, "Passaporto");
    assert_eq!(d.k10_number, "K10/0123456");
    assert_eq!(d.prefecture, "Forlì-Cesena");
    assert_eq!(d.place, "Forlì");
    let fields: Vec<&str> = missing.iter().map(|m| m.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "submitted_on",
            "spid.surname",
            "spid.name",
            "spid.birth_date",
            "spid.birth_place",
            "spid.codice_fiscale",
            "reason",
            "ticket",
            "date"
        ]
    );
    assert!(missing.iter().all(|m| m.label_id.starts_with("pdf-field-")));
    assert!(missing.iter().all(|m| !m.invalid));
    let reason = missing
        .iter()
        .find(|m| m.field == "reason")
        .expect("reason");
    assert_eq!(reason.kind, FieldKind::LongText);
}

#[test]
fn refuses_to_print_with_fields_missing() {
    let (d, missing) = SpidDeclaration::from_application(&draft());
    match render_spid(&d) {
        Err(PdfError::MissingFields(fields)) => assert_eq!(fields, missing),
        other => panic!("expected MissingFields, got {other:?}"),
    }
    let mut d = complete();
    d.set("ticket", "   ").expect("field");
    d.set("date", "31/02/2024").expect("field");
    let Err(PdfError::MissingFields(fields)) = render_spid(&d) else {
        panic!("a blank ticket and an impossible date must be refused");
    };
    assert_eq!(fields.len(), 2);
    assert_eq!(fields[0].field, "ticket");
    assert!(!fields[0].invalid);
    assert_eq!(fields[1].field, "date");
    assert!(fields[1].invalid);
    let error = render_spid(&d).expect_err("refused");
    assert_eq!(error.message_id(), "err-pdf-missing-fields");
}

#[test]
fn set_and_get_round_trip_and_reject_unknown_fields() {
    let mut d = complete();
    assert_eq!(d.get("spid.sex").as_deref(), Some("M"));
    d.set("declarant.sex", "f").expect("sex");
    assert_eq!(d.get("declarant.sex").as_deref(), Some("F"));
    assert!(matches!(
        d.set("declarant.sex", "X"),
        Err(PdfError::InvalidValue { .. })
    ));
    assert!(matches!(
        d.set("nonsense", "1"),
        Err(PdfError::UnknownField(_))
    ));
    for spec in d.fields() {
        assert!(d.get(&spec.field).is_some(), "{} readable", spec.field);
    }
}

#[test]
fn renders_a_valid_a4_pdf_whose_text_extracts_exactly() {
    let bytes = render_spid(&complete()).expect("complete declaration renders");
    let (_dir, path) = write_temp(&bytes, "modello-spid.pdf");
    let pages = assert_valid_a4(&bytes, &path);
    assert!((1..=3).contains(&pages), "{pages} pages");
    let text = text(&path);
    let flat = flat(&text);
    for expected in [
        "Alla Prefettura di Forlì-Cesena",
        "Area IV – Cittadinanza",
        "DICHIARAZIONE SOSTITUTIVA DI CERTIFICAZIONE",
        "Il sottoscritto DELL'ORTO PEÑA Nicolò, nato a São Paulo (Brasile) il 14/03/1987",
        "residente in Corso Garibaldi 112, 47121 Forlì (FC)",
        "numero di pratica K10/0123456",
        "in data 20/05/2024",
        "Dell'Orto Peña Gonçalves",
        "perché all'epoca non compariva nel permesso di soggiorno",
        "(ticket) n. HD-2024-0098765",
        "DICHIARA",
        "CHIEDE",
        "art. 76 del D.P.R. 28 dicembre 2000, n. 445",
        "art. 13 del Regolamento (UE) 2016/679",
        "Forlì, 03/06/2024",
        "Il dichiarante (firma leggibile)",
        "Allegata copia del documento d'identità",
        "Passaporto",
        "FZ123456",
        "09/01/2032",
        &format!("Pagina 1 di {pages}"),
    ] {
        assert!(flat.contains(expected), "missing {expected:?} in:\n{text}");
    }
    // The comparison table keeps its three columns on one line in layout mode.
    let layout = layout_text(&path);
    let row = layout
        .lines()
        .find(|l| l.contains("Codice fiscale") && l.matches("DLLNCL87C14Z602K").count() == 2)
        .unwrap_or_else(|| panic!("no table row for the codice fiscale in:\n{layout}"));
    assert!(row.find("Codice fiscale") < row.find("DLLNCL87C14Z602K"));
    if let Ok(dir) = std::env::var("PDF_OUT") {
        std::fs::write(std::path::Path::new(&dir).join("modello-spid.pdf"), &bytes)
            .expect("write sample");
    }
}
