//! Sync throughput on loopback against the real server (SQLite in a temporary directory):
//! push 1,000 new applications and pull their status (target < 3 s), and the round trip of
//! one changed draft: push + status pull (target < 30 ms); scans uploaded from the encrypted
//! vault, streamed: throughput, and a peak memory growth that does not depend on the scan's
//! size (5 MiB vs the largest allowed, 64 MiB: within 2 MiB; loading it whole, the old way, grows with it).
//! Writes `bench-reports/sync.md`.

use std::collections::HashMap;
use std::io::Read;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use cittadinanza_core::model::DocumentKind;
use cittadinanza_core::model::{Application, LegalBasis, SectionId, Sex};
use cittadinanza_core::portal::MAX_DOCUMENT_BYTES;
use cittadinanza_core::portal::{
    Client, ClientConfig, Credentials, DraftSource, PortalError, SyncEngine,
};
use cittadinanza_core::secrets::DataKey;
use cittadinanza_core::store::{ApplicantId, Store};
use portal_server::AppState;

const APPLICATIONS: usize = 1000;
const ROUND_TRIPS: usize = 50;

struct Drafts(HashMap<String, Application>);

impl DraftSource for Drafts {
    fn load_draft(&self, local_id: &str) -> Result<Application, PortalError> {
        self.0
            .get(local_id)
            .cloned()
            .ok_or_else(|| PortalError::Local(local_id.to_string()))
    }

    fn load_document(&self, vault_id: &str) -> Result<Vec<u8>, PortalError> {
        Err(PortalError::Local(vault_id.to_string()))
    }
}

/// Drafts and documents from a real encrypted store; `stream` chooses between reading a
/// document chunk by chunk and loading it whole (the engine's fallback).
struct Vault {
    store: Mutex<Store>,
    drafts: HashMap<String, ApplicantId>,
    stream: bool,
}

impl DraftSource for Vault {
    fn load_draft(&self, local_id: &str) -> Result<Application, PortalError> {
        let id = self.drafts.get(local_id).copied();
        let mut store = self
            .store
            .lock()
            .map_err(|e| PortalError::Local(e.to_string()))?;
        id.ok_or_else(|| PortalError::Local(local_id.to_string()))
            .and_then(|id| {
                store
                    .load(id)
                    .map_err(|e| PortalError::Local(e.to_string()))
            })
    }

    fn load_document(&self, vault_id: &str) -> Result<Vec<u8>, PortalError> {
        let store = self
            .store
            .lock()
            .map_err(|e| PortalError::Local(e.to_string()))?;
        store
            .read_document(vault_id)
            .map_err(|e| PortalError::Document(e.to_string()))
    }

    fn open_document(&self, vault_id: &str) -> Result<Box<dyn Read + Send>, PortalError> {
        if !self.stream {
            return Ok(Box::new(std::io::Cursor::new(
                self.load_document(vault_id)?,
            )));
        }
        let store = self
            .store
            .lock()
            .map_err(|e| PortalError::Local(e.to_string()))?;
        let reader = store
            .open_document(vault_id)
            .map_err(|e| PortalError::Document(e.to_string()))?;
        Ok(Box::new(reader))
    }
}

/// Peak resident memory of the process so far (Linux), in KiB.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Uploads one scan of `mib` MiB of a new application; returns the time and the growth of
/// the peak resident memory during the upload.
async fn upload_scan(
    client: &Client,
    dir: &std::path::Path,
    stream: bool,
    mib: u64,
) -> anyhow::Result<(Duration, Option<u64>)> {
    let name = format!("{}-{mib}", if stream { "stream" } else { "whole" });
    let store_dir = dir.join(format!("store-{name}"));
    std::fs::create_dir_all(&store_dir)?;
    let mut store = Store::open(&store_dir, DataKey::generate())?;
    let mut application = draft(mib as usize + usize::from(stream));
    let id = store.create(&application)?;
    let scan_path = store_dir.join("scan.pdf");
    {
        // Written in pieces: the bench itself must not hold the scan in memory.
        use std::io::Write;
        let mut file = std::io::BufWriter::new(std::fs::File::create(&scan_path)?);
        let mut block = vec![0u8; 1 << 20];
        for round in 0..mib {
            for (i, byte) in block.iter_mut().enumerate() {
                *byte = (i as u64 ^ round ^ (mib << 20) ^ u64::from(stream))
                    .wrapping_mul(2_654_435_761) as u8;
            }
            file.write_all(&block)?;
        }
        file.flush()?;
    }
    let document = store.import_document(id, &scan_path, DocumentKind::IdentityDocument, "")?;
    std::fs::remove_file(&scan_path)?;
    let local = id.to_string();
    let source = Vault {
        store: Mutex::new(store),
        drafts: HashMap::from([(local.clone(), id)]),
        stream,
    };
    let mut engine = SyncEngine::open(
        client.clone(),
        dir.join(format!("queue-{name}.json")),
        cittadinanza_core::secrets::DataKey::generate(),
    )?;
    engine.mark_changed(&local, SectionId::ALL)?;
    let report = engine.push_pending(&source).await;
    anyhow::ensure!(report.failed.is_empty(), "{:?}", report.failed);
    // The scan joins the draft once the draft is on the portal: the next sync uploads it.
    application.documents.attached.push(document);
    source
        .store
        .lock()
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .save(id, &application, 0)?;
    engine.mark_changed(&local, [SectionId::Documents])?;
    // Start the peak from the current resident memory (Linux >= 4.0), so that the import's
    // own peak does not hide the upload's.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let before = peak_rss_kib();
    let start = Instant::now();
    let report = engine.push_pending(&source).await;
    let elapsed = start.elapsed();
    let after = peak_rss_kib();
    anyhow::ensure!(
        report.failed.is_empty() && report.upload_failed.is_empty(),
        "{:?} {:?}",
        report.failed,
        report.upload_failed
    );
    anyhow::ensure!(report.uploaded.len() == 1, "uploaded {:?}", report.uploaded);
    Ok((elapsed, before.zip(after).map(|(b, a)| a.saturating_sub(b))))
}

fn draft(i: usize) -> Application {
    let mut app = Application::new();
    app.legal_basis.basis = Some(if i.is_multiple_of(5) {
        LegalBasis::Art5Italy
    } else {
        LegalBasis::Art9F
    });
    app.legal_basis.prefecture = "Milano".into();
    app.personal.surname = format!("Cognome{i}");
    app.personal.name = "Nome".into();
    app.personal.sex = Some(Sex::Male);
    app.personal.birth_date = "01/01/1985".into();
    app.personal.email = format!("persona{i}@example.org");
    app.personal.citizenships = vec!["Marocco".into()];
    app.personal.residence.street = "Via Roma".into();
    app.personal.residence.house_number = format!("{i}");
    app.personal.residence.municipality = "Milano".into();
    for year in 2022..2025 {
        app.income.years.push(cittadinanza_core::model::IncomeYear {
            year: year.to_string(),
            amount: "21.500,00".into(),
            ..Default::default()
        });
    }
    app.consent.truthfulness = true;
    app.consent.privacy = true;
    app
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn mib(kib: Option<u64>) -> String {
    kib.map_or("n/a".into(), |kib| {
        format!("{:.1} MiB", kib as f64 / 1024.0)
    })
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(run())
}

async fn run() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let state = AppState::open(&dir.path().join("portal.db"), None).await?;
    let (addr, _server) = portal_server::spawn_on("127.0.0.1:0".parse()?, state).await?;
    let client = Client::new(ClientConfig::new(format!("http://{addr}")))?;
    client
        .register(&Credentials {
            email: "bench@example.org".into(),
            password: "bench password 123".into(),
        })
        .await?;
    // Uploads first, while the peak memory is still that of a fresh process.
    let largest = MAX_DOCUMENT_BYTES >> 20;
    let (_, small_growth) = upload_scan(&client, dir.path(), true, 5).await?;
    let (stream_time, stream_growth) = upload_scan(&client, dir.path(), true, largest).await?;
    let (_, whole_growth) = upload_scan(&client, dir.path(), false, largest).await?;
    let constant = small_growth
        .zip(stream_growth)
        .map(|(small, large)| large.saturating_sub(small) < 2 * 1024);
    let mut engine = SyncEngine::open(
        client,
        dir.path().join("queue.json"),
        cittadinanza_core::secrets::DataKey::generate(),
    )?;
    let mut drafts = Drafts(HashMap::new());
    for i in 0..APPLICATIONS {
        let id = format!("local-{i}");
        drafts.0.insert(id.clone(), draft(i));
        engine.mark_changed(&id, SectionId::ALL)?;
    }

    let start = Instant::now();
    let report = engine.push_pending(&drafts).await;
    let push_time = start.elapsed();
    anyhow::ensure!(report.failed.is_empty(), "push failed: {:?}", report.failed);
    anyhow::ensure!(
        report.pushed.len() == APPLICATIONS,
        "pushed {}",
        report.pushed.len()
    );
    let start = Instant::now();
    let pulled = engine.pull_all().await;
    let pull_time = start.elapsed();
    anyhow::ensure!(pulled.len() == APPLICATIONS && pulled.iter().all(|(_, r)| r.is_ok()));
    let bulk = push_time + pull_time;

    // One changed draft: mark, push (If-Match), pull its status.
    let mut samples = Vec::with_capacity(ROUND_TRIPS);
    for round in 0..ROUND_TRIPS {
        let id = "local-7";
        if let Some(app) = drafts.0.get_mut(id) {
            app.personal.phone = format!("+39 333 {round:07}");
        }
        let start = Instant::now();
        engine.mark_changed(id, [SectionId::Personal])?;
        let report = engine.push_pending(&drafts).await;
        anyhow::ensure!(report.pushed.len() == 1, "{:?}", report.failed);
        engine.pull_status(id).await?;
        samples.push(start.elapsed());
    }
    samples.sort();
    let median = percentile(&samples, 0.5);
    let p95 = percentile(&samples, 0.95);

    let verdict = |ok: bool| if ok { "ok" } else { "MISSED" };
    let table = format!(
        "| measure | result | target | verdict |\n|---|---|---|---|\n\
         | push {APPLICATIONS} new applications | {:.0} ms | | |\n\
         | pull status of {APPLICATIONS} applications | {:.0} ms | | |\n\
         | push + pull, total | {:.0} ms | < 3000 ms | {} |\n\
         | one changed draft round trip, median of {ROUND_TRIPS} | {:.1} ms | < 30 ms | {} |\n\
         | one changed draft round trip, p95 | {:.1} ms | | |\n\
         | {largest} MiB scan from the vault, streamed: upload | {:.0} ms ({:.0} MiB/s) | | |\n\
         | 5 MiB scan, streamed: peak memory growth | {} | | |\n\
         | {largest} MiB scan, streamed: peak memory growth | {} | 5 MiB's + < 2 MiB | {} |\n\
         | {largest} MiB scan loaded whole (old way): peak memory growth | {} | | |\n",
        ms(push_time),
        ms(pull_time),
        ms(bulk),
        verdict(bulk < Duration::from_secs(3)),
        ms(median),
        verdict(median < Duration::from_millis(30)),
        ms(p95),
        ms(stream_time),
        largest as f64 / stream_time.as_secs_f64(),
        mib(small_growth),
        mib(stream_growth),
        verdict(constant.unwrap_or(false)),
        mib(whole_growth),
    );
    println!("{table}");
    let report = format!(
        "# Sync benchmark\n\n`cargo bench -p portal-server --bench sync`: the real client and \
         sync engine against the real server (axum + SQLite, WAL) on 127.0.0.1, one applicant, \
         sequential requests. Scans are imported into a real encrypted store first; the peak \
         memory is reset before each upload (the first upload also pays one-time costs: \
         threads, connection, allocator arenas). {}\n\n{table}",
        if cfg!(debug_assertions) {
            "Debug build."
        } else {
            "Release build."
        }
    );
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../bench-reports");
    std::fs::create_dir_all(&out)?;
    std::fs::write(out.join("sync.md"), report)?;
    Ok(())
}
