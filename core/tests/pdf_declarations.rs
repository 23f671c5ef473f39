//! Declaration of maintenance and change of details: prefilled from a draft, refused while
//! incomplete, real PDFs read back with poppler.

mod pdf_support;

use cittadinanza_core::model::{IncomeSource, Relationship, Sex};
use cittadinanza_core::pdf::{
    ChangeOfDetails, Declaration, IncomeRow, MaintenanceDeclaration, PdfError,
    render_change_of_details, render_maintenance,
};
use pdf_support::*;

fn maintenance() -> MaintenanceDeclaration {
    let (mut d, _) = MaintenanceDeclaration::from_application(&draft());
    for (field, value) in [
        ("supporter.sex", "F"),
        ("supporter.phone", "+39 347 000 1122"),
        ("document.kind", "Carta d'identità elettronica"),
        ("document.number", "CA12345AB"),
        ("document.issuer", "Comune di Forlì"),
        ("document.expiry_date", "2031-11-22"),
        ("since", "12/06/2016"),
        ("date", "2025-01-15"),
    ] {
        d.set(field, value).expect("known field");
    }
    d
}

#[test]
fn maintenance_is_prefilled_from_the_family_income_of_the_draft() {
    let (d, missing) = MaintenanceDeclaration::from_application(&draft());
    assert_eq!(d.supporter.name, "Lucìa");
    assert_eq!(d.supporter.surname, "Ricciardi");
    assert_eq!(d.supporter.birth_place, "Cesena (FC)");
    assert_eq!(d.supporter.citizenship, "italiana");
    assert_eq!(d.relationship, Some(Relationship::Spouse));
    assert_eq!(d.same_household, Some(true));
    assert_eq!(
        d.supporter.residence,
        "Corso Garibaldi 112, 47121 Forlì (FC)"
    );
    assert_eq!(d.income.len(), 3);
    assert_eq!(d.income[2].year, "2024");
    assert_eq!(d.income[2].amount, "15.870,40");
    assert_eq!(d.income[2].source, Some(IncomeSource::Form730));
    assert_eq!(d.applicant.name, "Nicolò");
    let fields: Vec<&str> = missing.iter().map(|m| m.field.as_str()).collect();
    for expected in [
        "document.kind",
        "document.number",
        "document.issuer",
        "document.expiry_date",
        "date",
    ] {
        assert!(
            fields.contains(&expected),
            "{expected} not asked: {fields:?}"
        );
    }
    assert!(!fields.contains(&"supporter.surname"));
    assert!(!fields.contains(&"income"));
}

#[test]
fn maintenance_refuses_without_income_and_with_a_bad_amount() {
    let mut d = maintenance();
    d.income.clear();
    let Err(PdfError::MissingFields(fields)) = render_maintenance(&d) else {
        panic!("no income rows must be refused");
    };
    assert_eq!(fields[0].field, "income");
    d.income.push(IncomeRow {
        year: "2024".into(),
        amount: "diecimila".into(),
        source: Some(IncomeSource::Cu),
    });
    let Err(PdfError::MissingFields(fields)) = render_maintenance(&d) else {
        panic!("an amount that is not a number must be refused");
    };
    assert_eq!(fields.len(), 1);
    assert_eq!(fields[0].field, "income.0.amount");
    assert!(fields[0].invalid);
    assert_eq!(
        fields[0].args,
        vec![("row", "1".to_string()), ("year", "2024".to_string())]
    );
    d.set("income.0.amount", "10200,5").expect("amount");
    d.set("income.0.source", "730").expect("source");
    d.set("relationship", "sibling").expect("relationship");
    assert!(d.set("relationship", "cousin").is_err());
    d.set("same_household", "false").expect("yes/no");
    assert_eq!(d.get("same_household").as_deref(), Some("false"));
    let bytes = render_maintenance(&d).expect("renders");
    let (_dir, path) = write_temp(&bytes, "m.pdf");
    let text = flat(&text(&path));
    assert!(text.contains("di essere sorella del richiedente"), "{text}");
    assert!(text.contains("di non far parte del medesimo nucleo familiare"));
    assert!(text.contains("10.200,50 €"));
    assert!(text.contains("Modello 730"));
}

#[test]
fn maintenance_renders_a_valid_pdf_with_accents() {
    let d = maintenance();
    assert!(d.missing().is_empty(), "{:?}", d.missing());
    assert_eq!(d.supporter.sex, Some(Sex::Female));
    let bytes = render_maintenance(&d).expect("renders");
    let (_dir, path) = write_temp(&bytes, "mantenimento.pdf");
    let pages = assert_valid_a4(&bytes, &path);
    let raw = text(&path);
    let text = flat(&raw);
    for expected in [
        "Alla Prefettura di Forlì-Cesena",
        "DICHIARAZIONE DI MANTENIMENTO",
        "artt. 46 e 47 del D.P.R. 28 dicembre 2000, n. 445",
        "La sottoscritta RICCIARDI Lucìa, nata a Cesena (FC) il 22/11/1989",
        "di essere coniuge del richiedente DELL'ORTO PEÑA Nicolò;",
        "di far parte del medesimo nucleo familiare del richiedente",
        "di provvedere al mantenimento del richiedente dal 12/06/2016",
        "14.200,00 €",
        "15.030,00 €",
        "15.870,40 €",
        "Modello 730",
        "affinché siano considerati",
        "Carta d'identità elettronica",
        "Forlì, 15/01/2025",
        "La dichiarante (firma leggibile)",
        "Allegata copia del documento d'identità",
        &format!("Pagina {pages} di {pages}"),
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{raw}");
    }
    let layout = layout_text(&path);
    assert!(
        layout
            .lines()
            .any(|l| l.contains("2023") && l.contains("15.030,00 €") && l.contains("Modello 730")),
        "income row not on one line:\n{layout}"
    );
    if let Ok(dir) = std::env::var("PDF_OUT") {
        std::fs::write(std::path::Path::new(&dir).join("mantenimento.pdf"), &bytes)
            .expect("write sample");
    }
}

#[test]
fn change_of_details_needs_at_least_one_change() {
    let (d, missing) = ChangeOfDetails::from_application(&draft());
    assert_eq!(d.declarant.email, "nicolo.dellorto@example.org");
    let fields: Vec<&str> = missing.iter().map(|m| m.field.as_str()).collect();
    assert_eq!(fields, ["changes", "date"]);
    let mut d = d;
    d.set("date", "10/02/2025").expect("date");
    d.set("new_residence", "Via Emilia 7, 47521 Cesena (FC)")
        .expect("residence");
    // A new residence needs the date it started.
    let fields: Vec<String> = d.missing().into_iter().map(|m| m.field).collect();
    assert_eq!(fields, ["residence_since"]);
    assert!(matches!(
        render_change_of_details(&d),
        Err(PdfError::MissingFields(_))
    ));
}

#[test]
fn change_of_details_renders_contacts_and_income() {
    let (mut d, _) = ChangeOfDetails::from_application(&draft());
    for (field, value) in [
        ("new_residence", "Via Emilia 7, 47521 Cesena (FC)"),
        ("residence_since", "2025-01-20"),
        ("new_email", "nicolo.peña@example.it"),
        ("date", "10/02/2025"),
        ("place", "Cesena"),
    ] {
        d.set(field, value).expect("known field");
    }
    d.income.push(IncomeRow {
        year: "2025".into(),
        amount: "21500".into(),
        source: Some(IncomeSource::Unico),
    });
    let bytes = render_change_of_details(&d).expect("renders");
    let (_dir, path) = write_temp(&bytes, "variazione.pdf");
    assert_valid_a4(&bytes, &path);
    let raw = text(&path);
    let text = flat(&raw);
    for expected in [
        "COMUNICAZIONE DI VARIAZIONE DEI RECAPITI E DEI REDDITI",
        "in relazione alla domanda n. K10/0123456 presentata alla Prefettura di Forlì-Cesena",
        "Via Emilia 7, 47521 Cesena (FC) (dal 20/01/2025)",
        "nicolo.peña@example.it",
        "21.500,00 €",
        "Modello Redditi",
        "che le comunicazioni relative alla pratica siano inviate ai nuovi recapiti",
        "Cesena, 10/02/2025",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{raw}");
    }
    // The phone did not change: no row for it.
    assert!(!text.contains("+39 333 123 4567 +39"));
}

/// Issue 12.9: the PDF addresses the chosen office: Trento's Commissariato del Governo, or the
/// consular office typed by an applicant abroad.
#[test]
fn the_pdf_addresses_the_chosen_office() {
    let mut d = maintenance();
    d.prefecture = "TN".into();
    let bytes = render_maintenance(&d).expect("renders");
    let (_dir, path) = write_temp(&bytes, "trento.pdf");
    let shown = flat(&text(&path));
    assert!(
        shown.contains("Al Commissariato del Governo per la provincia di Trento"),
        "{shown}"
    );
    assert!(!shown.contains("Alla Prefettura di TN"));

    d.prefecture = "Consolato Generale d'Italia a Buenos Aires".into();
    let bytes = render_maintenance(&d).expect("renders");
    let (_dir, path) = write_temp(&bytes, "consolato.pdf");
    let shown = flat(&text(&path));
    assert!(
        shown.contains("Consolato Generale d'Italia a Buenos Aires"),
        "{shown}"
    );
    assert!(!shown.contains("Alla Prefettura di Consolato"));
}
