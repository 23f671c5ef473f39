//! One keystroke in the editor, as far as the draft's owner goes: the edit applied to the
//! draft ([`Draft::set`]: one part decoded and encoded, the 12 sections' status and the hints
//! recomputed) on a complete draft, then the autosave and the sync bookkeeping that follow
//! (the draft saved in a store of 10,000 applicants with its section count, the changed parts
//! taken, and `portal::run::record_saved` marking them in the sealed sync queue). Runs on the
//! project's disk (durable saves), prints a table and writes `bench-reports/keystroke.md`.
//!
//! Targets: keystroke update p99 < 4 ms; autosave + sync bookkeeping p99 < 5 ms.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{NaiveDate, Utc};
use cittadinanza_core::drafts::{Draft, SharedStore};
use cittadinanza_core::portal::{
    ApplicationRecord, Client, ClientConfig, Status, StoreDrafts, SyncEngine, run,
};
use cittadinanza_core::samples::complete_art9;
use cittadinanza_core::secrets::DataKey;
use cittadinanza_core::store::Store;
use serde_json::Value;

const APPLICANTS: usize = 10_000;
const KEYSTROKES: usize = 3_000;
const SAVES: usize = 300;

const SURNAMES: [&str; 8] = [
    "Hoxha",
    "Rossi",
    "Popescu",
    "Kovalenko",
    "Silva",
    "Rahman",
    "Singh",
    "Chen",
];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// p50, p99 and max of `times`, in ms.
fn summary(mut times: Vec<Duration>) -> (f64, f64, f64) {
    times.sort();
    (
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.99)),
        ms(times[times.len() - 1]),
    )
}

/// What the user types, one keystroke at a time: a surname letter by letter (and erased), then
/// a date digit by digit (invalid until complete, so its error comes and goes).
fn keystrokes() -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    while out.len() < KEYSTROKES {
        let surname = "Krasniqi-Berisha";
        for end in 1..=surname.len() {
            out.push(("personal.surname", surname[..end].to_string()));
        }
        for end in (0..surname.len()).rev() {
            out.push(("personal.surname", surname[..end].to_string()));
        }
        let date = "14/02/2011";
        for end in 1..=date.len() {
            out.push(("residences.periods.0.from", date[..end].to_string()));
        }
    }
    out.truncate(KEYSTROKES);
    out
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 6, 1).expect("date");
    let base = complete_art9(today);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    // On the project's disk, not a RAM disk: durable saves must really reach the disk.
    let work = tempfile::Builder::new()
        .prefix("bench-keystroke-")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .expect("tempdir");
    let key = DataKey::generate();
    let mut store = Store::open(work.path(), key.clone()).expect("store");
    let start = Instant::now();
    for i in 0..APPLICANTS {
        let mut application = base.clone();
        application.personal.surname = SURNAMES[i % SURNAMES.len()].to_string();
        application.personal.name = format!("Elira {i}");
        application.k10_number = format!("K10/{i:07}");
        store.create(&application).expect("create");
    }
    println!(
        "created {APPLICANTS} applicants in {:.1} s",
        start.elapsed().as_secs_f64()
    );
    let id = store.create(&base).expect("create");
    let store: SharedStore = Arc::new(Mutex::new(store));

    // --- the keystroke: the edit, the 12 statuses and the hints ------------------------------
    let mut draft = Draft::new(base.clone(), today);
    assert_eq!(draft.completed(), 12, "a complete draft");
    let mut update = Vec::with_capacity(KEYSTROKES);
    for (path, text) in keystrokes() {
        let start = Instant::now();
        let applied = draft.set(path, Value::String(text));
        update.push(start.elapsed());
        assert!(applied, "{path}");
    }

    // --- the autosave and the sync bookkeeping -----------------------------------------------
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let client = Client::new(ClientConfig::new("http://127.0.0.1:9")).expect("client");
    let mut engine =
        SyncEngine::open(client, work.path().join("portal-sync.queue"), key).expect("sync queue");
    // On the portal already: every save is queued, also while signed out.
    let record = ApplicationRecord {
        id: "00000000-0000-4000-8000-000000000001".into(),
        version: 1,
        status: Status::Draft,
        k10_number: None,
        created_at: Utc::now(),
        updated_at: Utc::now(),
        submitted_at: None,
        draft: base.clone(),
    };
    engine.link(&id.to_string(), &record).expect("link");
    let drafts = StoreDrafts::untranslated(store.clone());
    let (mut saves, mut bookkeeping, mut both) = (Vec::new(), Vec::new(), Vec::new());
    for n in 0..SAVES {
        let text = format!("Krasniqi {n}");
        assert!(draft.set("personal.surname", Value::String(text)));
        let start = Instant::now();
        let snapshot = draft.snapshot();
        {
            let mut guard = store.lock().expect("store");
            snapshot.save(&mut guard, id).expect("save");
        }
        let saved = Instant::now();
        let changed = draft.take_changes();
        rt.block_on(run::record_saved(
            &mut engine,
            &drafts,
            id,
            &changed,
            draft.application(),
            false,
        ))
        .expect("recorded");
        let done = Instant::now();
        assert!(!changed.is_empty());
        saves.push(saved - start);
        bookkeeping.push(done - saved);
        both.push(done - start);
    }
    assert!(engine.status().pending >= 1);

    // --- report ------------------------------------------------------------------------------
    let mut rows: Vec<(String, (f64, f64, f64), &str)> = Vec::new();
    rows.push((
        format!("keystroke: edit + 12 statuses + hints ({KEYSTROKES} keystrokes)"),
        summary(update),
        "p99 < 4 ms",
    ));
    rows.push((
        format!("autosave + sync bookkeeping ({SAVES} saves)"),
        summary(both),
        "p99 < 5 ms",
    ));
    rows.push((
        "… of which the save (encrypt, SQLite WAL, fsync)".to_string(),
        summary(saves),
        "",
    ));
    rows.push((
        "… of which the bookkeeping (changed parts, sealed queue write)".to_string(),
        summary(bookkeeping),
        "",
    ));
    let mut table =
        String::from("| measure | p50 | p99 | max | target |\n| --- | --- | --- | --- | --- |\n");
    for (what, (p50, p99, max), target) in &rows {
        table.push_str(&format!(
            "| {what} | {p50:.3} ms | {p99:.3} ms | {max:.3} ms | {target} |\n"
        ));
    }
    println!("{table}");
    let report = format!(
        "# Keystroke benchmark\n\nGenerated by `cargo bench -p cittadinanza-core --bench \
         keystroke` (profile: {}), with {APPLICANTS} applicants in the store, on the project's \
         disk with durable saves (SQLite WAL, `synchronous=FULL`; the sync queue written \
         sealed, atomically and durably). The draft is a complete art. 9 application \
         (`samples::complete_art9`); a keystroke decodes and encodes only the part it edits \
         (`drafts::Draft::set`), never the whole draft. Not included: iced's own layout and \
         drawing of the new view.\n\n{table}",
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        }
    );
    let dir = root.join("bench-reports");
    std::fs::create_dir_all(&dir).expect("bench-reports");
    std::fs::write(dir.join("keystroke.md"), report).expect("write report");
}
