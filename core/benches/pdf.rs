//! PDF generation speed and size (target: < 20 ms per document in release). Prints a table
//! and writes `bench-reports/pdf.md` at the workspace root.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use cittadinanza_core::model::IncomeSource;
use cittadinanza_core::pdf::{
    ChangeOfDetails, Declaration, FieldKind, IncomeRow, MaintenanceDeclaration, MissingField,
    PdfError, SpidDeclaration, render_change_of_details, render_maintenance, render_spid,
    render_summary,
};
use cittadinanza_core::samples;

const RUNS: u32 = 30;

/// A plausible value for every field the GUI would ask for.
fn fill(missing: Vec<MissingField>, mut set: impl FnMut(&str, &str) -> Result<(), PdfError>) {
    for field in missing {
        let value = match field.kind {
            FieldKind::Date => "03/02/2025",
            FieldKind::Amount => "12.500,00",
            FieldKind::K10 => "K10/0123456",
            FieldKind::Sex => "F",
            FieldKind::YesNo => "true",
            FieldKind::IncomeSource => "cu",
            FieldKind::Relationship => "spouse",
            FieldKind::LongText => {
                "nella domanda il secondo nome è stato omesso, perché all'epoca non compariva \
                 nel permesso di soggiorno"
            }
            FieldKind::Text => "Valore indicato dal richiedente",
        };
        // "income"/"changes" are filled by adding rows, below.
        let _ = set(&field.field, value);
    }
}

fn measure(name: &str, render: impl Fn() -> Vec<u8>) -> (String, Duration, Duration, usize) {
    let bytes = render(); // warm-up: parses the embedded fonts once per process
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(render());
            start.elapsed()
        })
        .collect();
    times.sort();
    let median = times[times.len() / 2];
    let worst = times[times.len() - 1];
    (name.to_string(), median, worst, bytes.len())
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2025, 3, 10).expect("date");
    let app = samples::complete_art9(today);

    let start = Instant::now();
    let first = render_summary(&app, today).expect("summary");
    let cold = start.elapsed();
    black_box(first);

    let (mut spid, missing) = SpidDeclaration::from_application(&app);
    fill(missing, |f, v| spid.set(f, v));
    spid.set("spid.surname", "El Amrani Benali").expect("field");

    let (mut maintenance, _) = MaintenanceDeclaration::from_application(&app);
    if maintenance.income.is_empty() {
        maintenance.income = ["2022", "2023", "2024"]
            .into_iter()
            .map(|year| IncomeRow {
                year: year.to_string(),
                amount: "14.350,00".to_string(),
                source: Some(IncomeSource::Form730),
            })
            .collect();
    }
    let missing = maintenance.missing();
    fill(missing, |f, v| maintenance.set(f, v));

    let (mut change, _) = ChangeOfDetails::from_application(&app);
    change.new_email = "nuovo.indirizzo@example.it".to_string();
    change.income.push(IncomeRow {
        year: "2025".to_string(),
        amount: "18000".to_string(),
        source: Some(IncomeSource::Cu),
    });
    let missing = change.missing();
    fill(missing, |f, v| change.set(f, v));

    let rows = vec![
        measure("modello x SPID", || render_spid(&spid).expect("spid")),
        measure("dichiarazione di mantenimento", || {
            render_maintenance(&maintenance).expect("maintenance")
        }),
        measure("variazione recapiti e redditi", || {
            render_change_of_details(&change).expect("change")
        }),
        measure("riepilogo per lo sportello", || {
            render_summary(&app, today).expect("summary")
        }),
    ];

    let mut report = String::from(
        "# PDF generation\n\nRelease build, median and slowest of 30 runs after one warm-up \
         (target < 20 ms, < 100 KB).\n\n| document | median | slowest | size |\n| --- | ---: | ---: | ---: |\n",
    );
    for (name, median, worst, size) in &rows {
        report.push_str(&format!(
            "| {name} | {:.2} ms | {:.2} ms | {:.1} KB |\n",
            median.as_secs_f64() * 1000.0,
            worst.as_secs_f64() * 1000.0,
            *size as f64 / 1024.0
        ));
    }
    report.push_str(&format!(
        "\nFirst document of the process (includes parsing the two embedded fonts): {:.1} ms.\n",
        cold.as_secs_f64() * 1000.0
    ));
    print!("{report}");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../bench-reports");
    if let Err(error) =
        std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(dir.join("pdf.md"), &report))
    {
        eprintln!("could not write bench-reports/pdf.md: {error}");
    }
}
