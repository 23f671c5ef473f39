//! Load on loopback (issue 13): N simulated applicants each sign in, push a draft, upload a
//! 1 MB scan and poll the status, 64 at a time, against the real `portal-server` binary:
//! SQLite, PostgreSQL with one instance and with two (requests alternating). Reports requests
//! per second, p50/p99 per step and the memory of each instance (resident at a quarter, half
//! and all of the applicants, and the peak), in `bench-reports/portal-load.md`. Each setup runs
//! once per N on fresh instances, so the peaks show whether memory grows with N.
//!   scripts/with-postgres cargo bench -p portal-server --bench portal_load
//! `PORTAL_LOAD_N` lists the Ns (default `100,300,1000`; latencies are reported for the largest).
//! Without `PORTAL_TEST_POSTGRES_URL` only SQLite runs. `PORTAL_LOAD_BIN` runs another build of
//! the server (e.g. an older one, to compare).
//! Each applicant comes from its own address (`X-Forwarded-For` from a trusted proxy), as
//! real applicants do, so the per-address limits do not apply to the bench as one client.

use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use cittadinanza_core::model::{Application, LegalBasis};
use serde_json::json;
use sha2::{Digest, Sha256};

const CONCURRENCY: usize = 64;
const SCAN_BYTES: usize = 1_000_000;
const STEPS: [&str; 4] = ["sign-in", "push draft", "upload 1 MB", "poll status"];
const PASSWORD: &str = "correct horse battery";

struct Instance {
    child: Child,
    url: String,
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Instance {
    fn memory_kib(&self, field: &str) -> u64 {
        std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .ok()
            .and_then(|status| {
                status
                    .lines()
                    .find(|l| l.starts_with(field))
                    .and_then(|l| l.split_whitespace().nth(1))
                    .and_then(|n| n.parse().ok())
            })
            .unwrap_or(0)
    }
}

fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

async fn start(db: &str, files: Option<&std::path::Path>) -> anyhow::Result<Instance> {
    let port = free_port()?;
    let bin = std::env::var("PORTAL_LOAD_BIN")
        .unwrap_or_else(|_| env!("CARGO_BIN_EXE_portal-server").to_string());
    let mut command = Command::new(bin);
    command.args(["--db", db]);
    if let Some(files) = files {
        command.arg("--files").arg(files);
    }
    let child = command
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .args(["--trusted-proxy", "127.0.0.1"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let instance = Instance {
        child,
        url: format!("http://127.0.0.1:{port}/v1"),
    };
    let http = reqwest::Client::new();
    for _ in 0..200 {
        if let Ok(r) = http.get(format!("{}/health", instance.url)).send().await
            && r.status() == 200
        {
            return Ok(instance);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    anyhow::bail!("the server on {db} did not start")
}

fn draft(i: usize) -> Application {
    let mut app = Application::new();
    app.legal_basis.basis = Some(LegalBasis::Art9F);
    app.legal_basis.prefecture = "Milano".into();
    app.personal.surname = format!("Rossi{i}");
    app.personal.name = "Ana".into();
    app.personal.birth_date = "14/03/1988".into();
    app.personal.email = format!("ana{i}@example.org");
    app
}

/// One applicant's cycle; (step, latency) of each timed request.
async fn applicant(
    http: reqwest::Client,
    urls: Arc<Vec<String>>,
    i: usize,
) -> anyhow::Result<Vec<(usize, Duration)>> {
    let at = |step: usize| urls[(i + step) % urls.len()].clone();
    let address = format!("10.{}.{}.{}", (i >> 16) & 255, (i >> 8) & 255, i & 255);
    let email = format!("applicant{i}@example.org");
    let credentials = json!({"email": email, "password": PASSWORD});
    let registered = http
        .post(format!("{}/accounts", at(0)))
        .header("x-forwarded-for", &address)
        .json(&credentials)
        .send()
        .await?;
    anyhow::ensure!(
        registered.status() == 201,
        "register: {}",
        registered.status()
    );
    let mut times = Vec::new();
    let timed = |step: usize, started: Instant, times: &mut Vec<(usize, Duration)>| {
        times.push((step, started.elapsed()));
    };

    let started = Instant::now();
    let session: serde_json::Value = http
        .post(format!("{}/sessions", at(1)))
        .header("x-forwarded-for", &address)
        .json(&credentials)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    timed(0, started, &mut times);
    let token = session["token"].as_str().unwrap_or_default().to_string();

    let id = uuid::Uuid::new_v4();
    let started = Instant::now();
    let pushed = http
        .put(format!("{}/applications/{id}", at(2)))
        .bearer_auth(&token)
        .header("if-none-match", "*")
        .json(&draft(i))
        .send()
        .await?;
    anyhow::ensure!(pushed.status() == 201, "push: {}", pushed.status());
    timed(1, started, &mut times);

    let mut scan = vec![0u8; SCAN_BYTES];
    for (n, byte) in scan.iter_mut().enumerate() {
        *byte = (n.wrapping_mul(31) ^ i) as u8;
    }
    let sha = hex::encode(Sha256::digest(&scan));
    let started = Instant::now();
    let uploaded = http
        .put(format!(
            "{}/applications/{id}/documents/{sha}?name=scan.pdf",
            at(3)
        ))
        .bearer_auth(&token)
        .body(scan)
        .send()
        .await?;
    anyhow::ensure!(uploaded.status() == 201, "upload: {}", uploaded.status());
    timed(2, started, &mut times);

    let started = Instant::now();
    http.get(format!("{}/applications/{id}/status", at(4)))
        .bearer_auth(&token)
        .send()
        .await?
        .error_for_status()?;
    timed(3, started, &mut times);
    Ok(times)
}

struct Outcome {
    name: String,
    seconds: f64,
    requests: usize,
    /// p50, p99 (ms) per step.
    steps: Vec<(f64, f64)>,
    /// Per instance: resident MiB at 25/50/100 % and peak.
    memory: Vec<[f64; 4]>,
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

async fn run(name: &str, instances: Vec<Instance>, n: usize) -> anyhow::Result<Outcome> {
    let urls = Arc::new(instances.iter().map(|i| i.url.clone()).collect::<Vec<_>>());
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(CONCURRENCY)
        .timeout(Duration::from_secs(60))
        .build()?;
    let semaphore = Arc::new(tokio::sync::Semaphore::new(CONCURRENCY));
    let started = Instant::now();
    let mut tasks = Vec::new();
    let mut memory = vec![[0.0f64; 4]; instances.len()];
    for i in 0..n {
        let permit = semaphore.clone().acquire_owned().await?;
        let (http, urls) = (http.clone(), urls.clone());
        tasks.push(tokio::spawn(async move {
            let result = applicant(http, urls, i).await;
            drop(permit);
            result
        }));
        for (mark, fraction) in [(0, 4), (1, 2)] {
            if i + 1 == n / fraction {
                for (k, instance) in instances.iter().enumerate() {
                    memory[k][mark] = instance.memory_kib("VmRSS:") as f64 / 1024.0;
                }
            }
        }
    }
    let mut per_step: Vec<Vec<Duration>> = vec![Vec::new(); STEPS.len()];
    for task in tasks {
        for (step, time) in task.await?? {
            per_step[step].push(time);
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    for (k, instance) in instances.iter().enumerate() {
        memory[k][2] = instance.memory_kib("VmRSS:") as f64 / 1024.0;
        memory[k][3] = instance.memory_kib("VmHWM:") as f64 / 1024.0;
    }
    let steps = per_step
        .iter_mut()
        .map(|times| {
            times.sort();
            (percentile(times, 0.5), percentile(times, 0.99))
        })
        .collect();
    Ok(Outcome {
        name: name.to_string(),
        seconds,
        // Registration + the four timed steps.
        requests: n * 5,
        steps,
        memory,
    })
}

async fn fresh_postgres(server: &str) -> anyhow::Result<String> {
    let name = format!("bench_{}", uuid::Uuid::new_v4().simple());
    let store = portal_server::store::Store::open_postgres(server)?;
    store
        .conn()
        .await?
        .batch(&format!("CREATE DATABASE {name}"))
        .await?;
    let (base, _) = server
        .rsplit_once('/')
        .ok_or_else(|| anyhow::anyhow!("URL without a database"))?;
    Ok(format!("{base}/{name}"))
}

/// The Ns to run, from `PORTAL_LOAD_N` (`100,300,1000` by default), smallest first.
fn sizes() -> anyhow::Result<Vec<usize>> {
    let text = std::env::var("PORTAL_LOAD_N").unwrap_or_else(|_| "100,300,1000".into());
    let mut sizes = text
        .split(',')
        .map(|n| n.trim().parse::<usize>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| anyhow::anyhow!("PORTAL_LOAD_N {text:?}: {e}"))?;
    sizes.sort_unstable();
    sizes.dedup();
    anyhow::ensure!(
        sizes.first().is_some_and(|n| *n > 0),
        "PORTAL_LOAD_N is empty"
    );
    Ok(sizes)
}

/// Every setup for `n` applicants, on fresh instances and databases.
async fn run_all(n: usize) -> anyhow::Result<Vec<Outcome>> {
    let mut outcomes = Vec::new();
    {
        let dir = tempfile::tempdir()?;
        let db = format!("sqlite://{}", dir.path().join("portal.db").display());
        let instance = start(&db, None).await?;
        outcomes.push(run("SQLite, 1 instance", vec![instance], n).await?);
    }
    if let Ok(server) = std::env::var("PORTAL_TEST_POSTGRES_URL") {
        for count in [1, 2] {
            let dir = tempfile::tempdir()?;
            let db = fresh_postgres(&server).await?;
            let mut instances = Vec::new();
            for _ in 0..count {
                instances.push(start(&db, Some(dir.path())).await?);
            }
            let name = format!(
                "PostgreSQL, {count} instance{}",
                if count > 1 { "s" } else { "" }
            );
            outcomes.push(run(&name, instances, n).await?);
        }
    }
    Ok(outcomes)
}

fn main() -> anyhow::Result<()> {
    let sizes = sizes()?;
    let runtime = tokio::runtime::Runtime::new()?;
    let mut by_size = Vec::new();
    for &n in &sizes {
        let outcomes = runtime.block_on(run_all(n))?;
        eprintln!("portal_load: N = {n} done");
        by_size.push((n, outcomes));
    }
    let Some((n, outcomes)) = by_size.last() else {
        anyhow::bail!("nothing measured");
    };
    let n = *n;

    let mut report = String::from("# Portal server under load\n\n");
    report.push_str(&format!(
        "`cargo bench -p portal-server --bench portal_load` (under `scripts/with-postgres`): \
         N applicants, {CONCURRENCY} at a time on loopback, each registering (not timed), \
         then: sign-in, push a draft, upload a 1 MB scan (one request), poll the status. \
         Release build, the `portal-server` binary per instance, started fresh for each setup \
         and each N; PostgreSQL from Debian, a throw-away cluster on the same machine (fsync \
         off). Goals: p99 of draft pushes < 100 ms on PostgreSQL; memory per instance flat as \
         N grows.\n\n## Latency, N = {n}\n\n"
    ));
    report.push_str("| setup | applicants/s | requests/s |");
    for step in STEPS {
        report.push_str(&format!(" {step} p50 / p99 (ms) |"));
    }
    report.push_str(" resident MiB at 25 % / 50 % / 100 %, peak (per instance) |\n|---|---|---|");
    for _ in STEPS {
        report.push_str("---|");
    }
    report.push_str("---|\n");
    for o in outcomes {
        report.push_str(&format!(
            "| {} | {:.1} | {:.0} |",
            o.name,
            n as f64 / o.seconds,
            o.requests as f64 / o.seconds
        ));
        for (p50, p99) in &o.steps {
            report.push_str(&format!(" {p50:.1} / {p99:.1} |"));
        }
        let memory: Vec<String> = o
            .memory
            .iter()
            .map(|m| format!("{:.0} / {:.0} / {:.0}, {:.0}", m[0], m[1], m[2], m[3]))
            .collect();
        report.push_str(&format!(" {} |\n", memory.join("; ")));
    }

    report.push_str("\n## Peak memory per instance as N grows\n\nPeak resident MiB (VmHWM) of each instance over the whole run; each cell is a fresh instance.\n\n| setup |");
    for (size, _) in &by_size {
        report.push_str(&format!(" N = {size} |"));
    }
    report.push_str("\n|---|");
    for _ in &by_size {
        report.push_str("---|");
    }
    report.push('\n');
    for (row, o) in outcomes.iter().enumerate() {
        report.push_str(&format!("| {} |", o.name));
        for (_, at_size) in &by_size {
            let peaks: Vec<String> = at_size
                .get(row)
                .map(|o| o.memory.iter().map(|m| format!("{:.0}", m[3])).collect())
                .unwrap_or_default();
            report.push_str(&format!(" {} |", peaks.join("; ")));
        }
        report.push('\n');
    }
    if outcomes.len() == 1 {
        report.push_str("\nPostgreSQL was not measured (no `PORTAL_TEST_POSTGRES_URL`).\n");
    }
    let machine = std::thread::available_parallelism().map_or(0, |n| n.get());
    report.push_str(&format!(
        "\nMachine: {machine} cores shared with other jobs; sign-in is bounded by Argon2 \
         (one hash per core at a time, by design).\n"
    ));
    print!("{report}");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../bench-reports");
    std::fs::create_dir_all(&out)?;
    std::fs::write(out.join("portal-load.md"), report)?;
    Ok(())
}
