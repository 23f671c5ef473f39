//! Store speed and memory: save of a complete draft (p50/p99), opening a store of 10,000
//! applicants, search over them, import/export of a 50 MB document (throughput and peak
//! memory). Runs on the real disk (durable saves: WAL + `synchronous=FULL`), prints a table
//! and writes `bench-reports/store.md` at the workspace root.
//!
//! Targets: save p99 < 5 ms, search < 20 ms at 10k, import >= 200 MB/s with < 30 MB extra
//! memory.

use std::fs::File;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use cittadinanza_core::model::DocumentKind;
use cittadinanza_core::samples::complete_art9;
use cittadinanza_core::secrets::DataKey;
use cittadinanza_core::store::Store;

const SAVES: usize = 400;
const APPLICANTS: usize = 10_000;
const DOC_MB: usize = 50;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// A field of /proc/self/status in KiB (VmHWM = peak resident memory, VmRSS = current).
fn status_kib(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with(field))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// Resets VmHWM to the current RSS (Linux: "5" in clear_refs), so the next peak is ours.
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

fn write_big_file(path: &Path, mb: usize) {
    let mut file = File::create(path).expect("create source");
    let mut block = vec![0u8; 1024 * 1024];
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..mb {
        for b in block.iter_mut() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
        file.write_all(&block).expect("write source");
    }
    file.sync_all().expect("sync source");
}

const SURNAMES: [&str; 20] = [
    "Rossi",
    "El Amrani",
    "Nguyễn",
    "Popescu",
    "Hoxha",
    "Da Silva",
    "Kowalski",
    "Müller",
    "Ibrahim",
    "Fernández",
    "Chen",
    "Singh",
    "Diallo",
    "Okafor",
    "Petrov",
    "D'Angelo",
    "Haddad",
    "Morales",
    "Kaya",
    "Sharma",
];
const NAMES: [&str; 10] = [
    "Fatima", "José", "Ana", "Mohamed", "Elena", "Wei", "Amina", "Ion", "Lucía", "Arben",
];

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 6, 1).expect("date");
    let base = complete_art9(today);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    // On the project's disk, not a RAM disk: durable saves must really reach the disk.
    let work = tempfile::Builder::new()
        .prefix("bench-store-")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .expect("tempdir");
    let key = DataKey::generate();
    let mut rows: Vec<(String, String, &str)> = Vec::new();

    // --- import / export of a 50 MB document (first, so the memory peak is ours) ---------
    let source = work.path().join("scan.pdf");
    write_big_file(&source, DOC_MB);
    let doc_dir = work.path().join("docs-store");
    let mut store = Store::open(&doc_dir, key.clone()).expect("open");
    let id = store.create(&base).expect("create");
    let peak_reset = reset_peak();
    let before = status_kib("VmHWM:").unwrap_or(0);
    let start = Instant::now();
    let doc = store
        .import_document(id, &source, DocumentKind::IdentityDocument, "")
        .expect("import");
    let import_time = start.elapsed();
    let after = status_kib("VmHWM:").unwrap_or(0);
    let extra_mb = after.saturating_sub(before) as f64 / 1024.0;
    let import_mbs = DOC_MB as f64 / import_time.as_secs_f64();
    let dest = work.path().join("exported.pdf");
    let start = Instant::now();
    store.export_document(&doc.vault_id, &dest).expect("export");
    let export_mbs = DOC_MB as f64 / start.elapsed().as_secs_f64();
    drop(store);
    rows.push((
        format!("import {DOC_MB} MB document (encrypt + SHA-256 + fsync)"),
        format!("{import_mbs:.0} MB/s"),
        if import_mbs >= 200.0 {
            "≥ 200 MB/s ✔"
        } else {
            "≥ 200 MB/s ✘"
        },
    ));
    rows.push((
        format!(
            "peak memory during import (VmHWM over baseline{})",
            if peak_reset { "" } else { ", no reset" }
        ),
        format!("{extra_mb:.1} MB"),
        if extra_mb < 30.0 {
            "< 30 MB ✔"
        } else {
            "< 30 MB ✘"
        },
    ));
    rows.push((
        format!("export {DOC_MB} MB document (decrypt + verify + fsync)"),
        format!("{export_mbs:.0} MB/s"),
        "",
    ));

    // --- save of a complete draft --------------------------------------------------------
    let mut store = Store::open(&work.path().join("save-store"), key.clone()).expect("open");
    let id = store.create(&base).expect("create");
    let mut draft = base.clone();
    let mut times = Vec::with_capacity(SAVES);
    for n in 0..SAVES {
        draft.personal.phone = format!("+39 333 {n:07}");
        let start = Instant::now();
        store.save(id, &draft, 12).expect("save");
        times.push(start.elapsed());
    }
    times.sort();
    let json_kb = serde_json::to_vec(&draft).expect("json").len() as f64 / 1024.0;
    let p99 = percentile(&times, 0.99);
    rows.push((
        format!("save complete draft ({json_kb:.1} KB JSON), p50"),
        format!("{:.2} ms", ms(percentile(&times, 0.5))),
        "",
    ));
    rows.push((
        "save complete draft, p99".into(),
        format!("{:.2} ms", ms(p99)),
        if p99 < Duration::from_millis(5) {
            "< 5 ms ✔"
        } else {
            "< 5 ms ✘"
        },
    ));
    rows.push((
        "save complete draft, max".into(),
        format!("{:.2} ms", ms(times[times.len() - 1])),
        "",
    ));
    drop(store);

    // --- 10,000 applicants: create, open, search -------------------------------------------
    let big_dir = work.path().join("big-store");
    let mut store = Store::open(&big_dir, key.clone()).expect("open");
    let start = Instant::now();
    for i in 0..APPLICANTS {
        let mut app = base.clone();
        app.personal.surname = SURNAMES[i % SURNAMES.len()].to_string();
        app.personal.name = format!("{} {}", NAMES[(i / SURNAMES.len()) % NAMES.len()], i);
        app.personal.codice_fiscale = format!("XXXYYY{:02}A01Z{:03}K", i % 100, i % 1000);
        app.k10_number = format!("K10/{i:07}");
        store.create(&app).expect("create");
    }
    let create_each = start.elapsed() / APPLICANTS as u32;
    drop(store);
    let mut opens = Vec::new();
    for _ in 0..3 {
        let start = Instant::now();
        let store = Store::open(&big_dir, key.clone()).expect("open");
        opens.push(start.elapsed());
        assert_eq!(store.list(true).len(), APPLICANTS);
    }
    opens.sort();
    rows.push((
        format!("create one applicant (of {APPLICANTS})"),
        format!("{:.2} ms", ms(create_each)),
        "",
    ));
    rows.push((
        format!("open store of {APPLICANTS} applicants (decrypt summaries), median of 3"),
        format!("{:.0} ms", ms(opens[1])),
        "",
    ));
    let store = Store::open(&big_dir, key).expect("open");
    let queries = [
        "rossi",
        "fatima 12",
        "nguyen",
        "k10/00012",
        "xxxyyy42",
        "zzzz",
        "a",
    ];
    let mut search_times = Vec::new();
    let mut hits = 0;
    for _ in 0..30 {
        for q in queries {
            let start = Instant::now();
            hits += store.search(q).len();
            search_times.push(start.elapsed());
        }
    }
    search_times.sort();
    let worst = search_times[search_times.len() - 1];
    rows.push((
        format!("search over {APPLICANTS} applicants, p50"),
        format!("{:.2} ms", ms(percentile(&search_times, 0.5))),
        "",
    ));
    rows.push((
        format!(
            "search over {APPLICANTS}, max (incl. 1-letter query, {} hits avg)",
            hits / search_times.len()
        ),
        format!("{:.2} ms", ms(worst)),
        if worst < Duration::from_millis(20) {
            "< 20 ms ✔"
        } else {
            "< 20 ms ✘"
        },
    ));
    let start = Instant::now();
    let listed = store.list(false).len();
    rows.push((
        format!("list {listed} applicants (sorted)"),
        format!("{:.2} ms", ms(start.elapsed())),
        "",
    ));

    // --- report -----------------------------------------------------------------------------
    let mut table = String::from("| measure | value | target |\n| --- | --- | --- |\n");
    for (what, value, target) in &rows {
        table.push_str(&format!("| {what} | {value} | {target} |\n"));
    }
    println!("{table}");
    let report = format!(
        "# Store benchmark\n\nGenerated by `cargo bench -p cittadinanza-core --bench store` \
         (profile: {}), on the project's disk with durable saves (SQLite WAL, \
         `synchronous=FULL`, encryption with XChaCha20-Poly1305).\n\n{table}",
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        }
    );
    let dir = root.join("bench-reports");
    std::fs::create_dir_all(&dir).expect("bench-reports");
    std::fs::write(dir.join("store.md"), report).expect("write report");
}
