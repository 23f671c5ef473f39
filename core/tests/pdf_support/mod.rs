//! Shared helpers of the PDF tests: a draft with accented names, and poppler/qpdf checks.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use cittadinanza_core::model::*;

/// A realistic draft (art. 9 f) whose names need accents and apostrophes.
pub fn draft() -> Application {
    let mut app = Application::new();
    app.legal_basis.basis = Some(LegalBasis::Art9F);
    app.legal_basis.prefecture = "Forlì-Cesena".into();
    let p = &mut app.personal;
    p.surname = "Dell'Orto Peña".into();
    p.name = "Nicolò".into();
    p.sex = Some(Sex::Male);
    p.birth_date = "1987-03-14".into();
    p.birth_place = Place {
        town: "São Paulo".into(),
        province: String::new(),
        country: "Brasile".into(),
    };
    p.citizenships = vec!["brasiliana".into()];
    p.codice_fiscale = "DLLNCL87C14Z602K".into();
    p.residence = Address {
        street: "Corso Garibaldi".into(),
        house_number: "112".into(),
        postcode: "47121".into(),
        municipality: "Forlì".into(),
        province: "FC".into(),
    };
    p.email = "nicolo.dellorto@example.org".into();
    p.phone = "+39 333 123 4567".into();
    p.marital_status = Some(MaritalStatus::Married);
    app.entry_stay.first_entry_date = "02/09/2009".into();
    app.entry_stay.permit_type = Some(PermitType::EuLongTerm);
    app.entry_stay.foreign_document = IdentityDocument {
        kind: "Passaporto".into(),
        number: "FZ123456".into(),
        issuer: "Consolato generale del Brasile a Milano".into(),
        issue_date: "10/01/2022".into(),
        expiry_date: "2032-01-09".into(),
    };
    app.family.spouse = Spouse {
        surname: "Ricciardi".into(),
        name: "Lucìa".into(),
        birth_date: "22/11/1989".into(),
        birth_place: Place {
            town: "Cesena".into(),
            province: "FC".into(),
            country: "Italia".into(),
        },
        codice_fiscale: "RCCLCU89S62C573Q".into(),
        italian_citizen: Some(true),
        marriage_date: "12/06/2016".into(),
        marriage_place: "Cesena".into(),
        ..Spouse::default()
    };
    app.income.years = ["2022", "2023", "2024"]
        .into_iter()
        .zip(["7.950,00", "8.100,50", "9.420,10"])
        .zip(["14.200,00", "15.030,00", "15.870,40"])
        .map(|((year, own), spouse)| IncomeYear {
            year: year.into(),
            amount: own.into(),
            source: Some(IncomeSource::Cu),
            family_income: vec![FamilyIncome {
                member_name: "Lucìa Ricciardi".into(),
                amount: spouse.into(),
                source: Some(IncomeSource::Form730),
                ..Default::default()
            }],
            ..Default::default()
        })
        .collect();
    app.k10_number = "K10/0123456".into();
    app
}

/// Writes the bytes to a temporary file and returns its path (kept with the guard).
pub fn write_temp(bytes: &[u8], name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write pdf");
    (dir, path)
}

fn run(cmd: &str, args: &[&str], path: &Path) -> (bool, String) {
    let output = Command::new(cmd)
        .args(args)
        .arg(path)
        .args(if cmd == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| panic!("{cmd} must be installed (poppler-utils, qpdf): {e}"));
    (
        output.status.success(),
        String::from_utf8(output.stdout).expect("utf-8 output"),
    )
}

/// `pdftotext` output (plain reading order).
pub fn text(path: &Path) -> String {
    let (ok, text) = run("pdftotext", &["-enc", "UTF-8"], path);
    assert!(ok, "pdftotext failed");
    text
}

/// `pdftotext -layout` output.
pub fn layout_text(path: &Path) -> String {
    let (ok, text) = run("pdftotext", &["-layout", "-enc", "UTF-8"], path);
    assert!(ok, "pdftotext -layout failed");
    text
}

/// Every check a generated PDF must pass: valid for qpdf and lopdf, A4 pages, < 100 KB.
/// Returns the number of pages.
pub fn assert_valid_a4(bytes: &[u8], path: &Path) -> usize {
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    assert!(
        bytes.len() < 100 * 1024,
        "PDF is {} bytes, the limit is 100 KB",
        bytes.len()
    );
    let status = Command::new("qpdf")
        .arg("--check")
        .arg(path)
        .output()
        .expect("qpdf must be installed");
    assert!(
        status.status.success(),
        "qpdf --check failed: {}",
        String::from_utf8_lossy(&status.stdout)
    );
    let doc = lopdf::Document::load_mem(bytes).expect("lopdf parses the PDF");
    let pages = doc.get_pages();
    assert!(!pages.is_empty());
    for (number, id) in &pages {
        let page = doc.get_dictionary(*id).expect("page dictionary");
        let media = page
            .get(b"MediaBox")
            .and_then(|o| o.as_array())
            .expect("MediaBox");
        let values: Vec<f32> = media
            .iter()
            .map(|o| o.as_float().expect("number in MediaBox"))
            .collect();
        assert_eq!(values.len(), 4);
        let (width, height) = (values[2] - values[0], values[3] - values[1]);
        assert!(
            (width - 595.28).abs() < 0.6 && (height - 841.89).abs() < 0.6,
            "page {number} is {width}x{height} pt, not A4"
        );
    }
    let (ok, info) = run("pdfinfo", &[], path);
    assert!(ok, "pdfinfo failed");
    assert!(info.contains("(A4)"), "pdfinfo does not see A4: {info}");
    pages.len()
}

/// Text with line breaks and runs of spaces folded, to assert on sentences that wrap.
pub fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
