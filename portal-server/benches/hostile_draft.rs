//! Hostile drafts against the real server on loopback (issue 11, finding 5): 1 MiB drafts
//! made of values of the wrong shape, each answered in < 100 ms, and `/health` answered while
//! four of them are decoded at once. The server reads a draft straight into the model and
//! stops at the first value it does not understand (`model::lenient::decode_application_exact`);
//! it used to decode the whole draft again for every bad value (8,000 bad list items took 3 s),
//! then to build a JSON tree of the whole megabyte first (150-190 ms). The worst case now is a
//! draft that is valid up to its very last value. A clean draft of the same size is measured
//! for reference (it is stored, so it also costs the database write): it is not judged.
//! Writes `bench-reports/portal-hostile.md`.

use std::time::{Duration, Instant};

use cittadinanza_core::portal::{Credentials, MAX_JSON_BYTES};
use portal_server::AppState;

const RUNS: usize = 20;
const TARGET: Duration = Duration::from_millis(100);

/// `head` + `item` repeated to about 1 MiB + `tail`.
fn fill(head: &str, item: &str, tail: &str) -> Vec<u8> {
    let mut body = String::from(head);
    let target = MAX_JSON_BYTES - 1024;
    let mut first = true;
    while body.len() + tail.len() + item.len() < target {
        if !first {
            body.push(',');
        }
        first = false;
        body.push_str(item);
    }
    body.push_str(tail);
    body.into_bytes()
}

fn shapes() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        (
            "bad list items (numbers for names)",
            fill(r#"{"personal":{"citizenships":["#, "1", "]}}"),
        ),
        (
            "documents with a bad field each",
            fill(
                r#"{"documents":{"attached":["#,
                r#"{"size_bytes":"x","kind":"?"}"#,
                "]}}",
            ),
        ),
        (
            "bad nested lists (income years)",
            fill(
                r#"{"income":{"years":["#,
                r#"{"year":1,"family_income":[1,{"amount":2}]}"#,
                "]}}",
            ),
        ),
        (
            "valid up to one bad value at the very end",
            fill(r#"{"personal":{"citizenships":["#, r#""Marocco""#, ",7]}}"),
        ),
        (
            "clean draft of the same size",
            fill(r#"{"personal":{"citizenships":["#, r#""Marocco""#, "]}}"),
        ),
    ]
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(run())
}

async fn run() -> anyhow::Result<()> {
    let load = std::fs::read_to_string("/proc/loadavg")
        .unwrap_or_default()
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    let dir = tempfile::tempdir()?;
    let state = AppState::open(&dir.path().join("portal.db"), None).await?;
    let (addr, _server) = portal_server::spawn_on("127.0.0.1:0".parse()?, state).await?;
    let url = format!("http://{addr}");
    let session =
        cittadinanza_core::portal::Client::new(cittadinanza_core::portal::ClientConfig::new(&url))?
            .register(&Credentials {
                email: "bench@example.org".into(),
                password: "correct horse battery".into(),
            })
            .await?;
    let http = reqwest::Client::new();
    let put = |body: Vec<u8>| {
        http.put(format!("{url}/v1/applications/{}", uuid::Uuid::new_v4()))
            .bearer_auth(&session.token)
            .header("if-none-match", "*")
            .header("content-type", "application/json")
            .body(body)
            .send()
    };

    let mut report = String::from(
        "# Hostile drafts (portal-server, loopback)\n\n\
         `cargo bench -p portal-server --bench hostile_draft`. Each draft is about 1 MiB (the \
         largest JSON body); time from sending the PUT to its answer (400 for the hostile \
         ones, 201 for the clean one), over ",
    );
    report.push_str(&format!(
        "{RUNS} runs. Target: every hostile draft answered in < {} ms.\n\n",
        TARGET.as_millis()
    ));
    report.push_str("| draft | bytes | answer | p50 | max | target |\n|---|---|---|---|---|---|\n");
    let hostile_shapes = shapes().len() - 1;
    let mut all_ok = true;
    for (shape, (name, body)) in shapes().into_iter().enumerate() {
        let judged = shape < hostile_shapes;
        let mut times = Vec::new();
        let mut status = 0;
        for _ in 0..RUNS {
            let started = Instant::now();
            let response = put(body.clone()).await?;
            status = response.status().as_u16();
            response.bytes().await?;
            times.push(started.elapsed());
        }
        times.sort();
        let max = *times.last().unwrap_or(&Duration::ZERO);
        let ok = max < TARGET;
        if judged {
            all_ok &= ok;
        }
        report.push_str(&format!(
            "| {name} | {} | {status} | {} | {} | {} |\n",
            body.len(),
            ms(percentile(&times, 0.5)),
            ms(max),
            match (judged, ok) {
                (false, _) => "reference",
                (true, true) => "met",
                (true, false) => "MISSED",
            }
        ));
    }

    // /health while four of the costliest hostile drafts (valid up to their last value) are
    // decoded at once.
    let hostile = shapes().remove(3).1;
    let mut health = Vec::new();
    for _ in 0..5 {
        let attacks: Vec<_> = (0..4).map(|_| tokio::spawn(put(hostile.clone()))).collect();
        let started = Instant::now();
        http.get(format!("{url}/v1/health"))
            .send()
            .await?
            .bytes()
            .await?;
        health.push(started.elapsed());
        for attack in attacks {
            attack.await??;
        }
    }
    health.sort();
    report.push_str(&format!(
        "\n`/health` while four drafts \"valid up to one bad value at the very end\" are decoded \
         at once: max {} over {} rounds.\n",
        ms(*health.last().unwrap_or(&Duration::ZERO)),
        health.len()
    ));
    report.push_str(&format!(
        "\nBuild: {}. Machine: {} cores, load at the start {}.\n",
        if cfg!(debug_assertions) {
            "debug (unoptimised: the target is for `cargo bench`'s optimised build)"
        } else {
            "optimised (`cargo bench`)"
        },
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        load
    ));
    print!("{report}");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../bench-reports");
    std::fs::create_dir_all(&out)?;
    std::fs::write(out.join("portal-hostile.md"), report)?;
    if !all_ok {
        anyhow::bail!("a hostile draft took {TARGET:?} or more");
    }
    Ok(())
}
