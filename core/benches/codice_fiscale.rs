//! Codice fiscale speed: first use of the place tables (parse of the embedded TSV), then
//! compute / validate / lookups / search. Prints a table and writes
//! `bench-reports/codice_fiscale.md` at the workspace root.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use cittadinanza_core::codice_fiscale::places::{
    by_code, country_by_name, municipality_by_name, search,
};
use cittadinanza_core::codice_fiscale::{PersonInput, check_matches, compute, validate};
use cittadinanza_core::model::Sex;

fn per_call(iterations: u32, mut f: impl FnMut()) -> Duration {
    let start = Instant::now();
    for _ in 0..iterations {
        f();
    }
    start.elapsed() / iterations
}

fn main() {
    let birth = NaiveDate::from_ymd_opt(1980, 1, 1).expect("date");
    let start = Instant::now();
    let roma = municipality_by_name("Roma", Some("RM"), birth).map(|m| m.code);
    let first_lookup = start.elapsed();
    assert_eq!(roma, Some("H501"));

    let person = PersonInput {
        surname: "D'Angelo",
        name: "Nicolò",
        sex: Sex::Male,
        birth_date: birth,
        place_code: "D704",
    };
    let code = compute(&person).expect("computes");
    let rows: Vec<(&str, Duration)> = vec![
        ("first lookup (parse + index tables)", first_lookup),
        (
            "compute",
            per_call(20_000, || {
                black_box(compute(black_box(&person)).ok());
            }),
        ),
        (
            "validate",
            per_call(20_000, || {
                black_box(validate(black_box(&code)).ok());
            }),
        ),
        (
            "check_matches",
            per_call(20_000, || {
                black_box(check_matches(black_box(&code), &person).ok());
            }),
        ),
        (
            "municipality_by_name",
            per_call(20_000, || {
                black_box(municipality_by_name(black_box("Forlì"), Some("FC"), birth));
            }),
        ),
        (
            "country_by_name",
            per_call(20_000, || {
                black_box(country_by_name(black_box("United States")));
            }),
        ),
        (
            "by_code",
            per_call(20_000, || {
                black_box(by_code(black_box("H501")));
            }),
        ),
        (
            "search(\"sant'a\", 20)",
            per_call(200, || {
                black_box(search(black_box("sant'a"), 20));
            }),
        ),
        (
            "search(\"xyz\", 20) (no prefix hit: full scan)",
            per_call(200, || {
                black_box(search(black_box("xyz"), 20));
            }),
        ),
    ];

    let mut report = String::from(
        "# Codice fiscale benchmark\n\n`cargo bench -p cittadinanza-core --bench codice_fiscale`\n\n\
         | Operation | Time per call |\n|---|---|\n",
    );
    println!("{:<48} {:>14}", "operation", "time per call");
    for (name, time) in &rows {
        println!("{name:<48} {time:>14.2?}");
        report.push_str(&format!("| {name} | {time:.2?} |\n"));
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../bench-reports");
    if let Err(e) = std::fs::create_dir_all(&dir)
        .and_then(|()| std::fs::write(dir.join("codice_fiscale.md"), report))
    {
        eprintln!("could not write the report: {e}");
    }
}
