//! Sync throughput on loopback against the real server (SQLite in a temporary directory):
//! push 1,000 new applications and pull their status (target < 3 s), and the round trip of
//! one changed draft: push + status pull (target < 30 ms). Writes `bench-reports/sync.md`.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use cittadinanza_core::model::{Application, LegalBasis, SectionId, Sex};
use cittadinanza_core::portal::{
    Client, ClientConfig, Credentials, DraftSource, PortalError, SyncEngine,
};
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

fn draft(i: usize) -> Application {
    let mut app = Application::new();
    app.legal_basis.basis = Some(if i % 5 == 0 {
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
    let state = AppState::open(&dir.path().join("portal.db"), None)?;
    let (addr, _server) = portal_server::spawn_on("127.0.0.1:0".parse()?, state).await?;
    let client = Client::new(ClientConfig::new(format!("http://{addr}")))?;
    client
        .register(&Credentials {
            email: "bench@example.org".into(),
            password: "bench password 123".into(),
        })
        .await?;
    let mut engine = SyncEngine::open(client, dir.path().join("queue.json"))?;
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
         | one changed draft round trip, p95 | {:.1} ms | | |\n",
        ms(push_time),
        ms(pull_time),
        ms(bulk),
        verdict(bulk < Duration::from_secs(3)),
        ms(median),
        verdict(median < Duration::from_millis(30)),
        ms(p95),
    );
    println!("{table}");
    let report = format!(
        "# Sync benchmark\n\n`cargo bench -p portal-server --bench sync`: the real client and \
         sync engine against the real server (axum + SQLite, WAL) on 127.0.0.1, one applicant, \
         sequential requests. {}\n\n{table}",
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
