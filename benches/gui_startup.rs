//! Start-up of the real desktop application: time from process start to the first frame, and
//! resident memory once a data folder of 10,000 applicants is open and listed.
//!
//! The bench needs an X server and a Secret Service (the application opens its data folder
//! with the key kept in the OS keyring). Started outside them, it runs itself again under
//! `xvfb-run -a dbus-run-session` with a throw-away gnome-keyring (apt: xvfb xauth dbus
//! gnome-keyring). The application is started with `CITTADINANZA_EXIT_AFTER_FIRST_FRAME=1`: it
//! prints `first-frame` when its first frame is drawn and `loaded … rss_kb=… hwm_kb=…` once the
//! list of applicants is drawn, then exits. Times are measured here, from spawning the process
//! to reading each line.
//!
//! Targets: first frame < 400 ms, resident memory < 150 MB with 10,000 applicants.
//! Prints a table and writes `bench-reports/gui.md`.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use cittadinanza::app::STARTUP_PROBE;
use cittadinanza_core::samples::complete_art9;
use cittadinanza_core::store::Store;

const APPLICANTS: usize = 10_000;
/// Overrides the number of applicants (quick checks of the bench itself).
const APPLICANTS_ENV: &str = "CITTADINANZA_BENCH_APPLICANTS";
const RUNS: usize = 7;
const SESSION: &str = "CITTADINANZA_BENCH_SESSION";
const FIRST_FRAME_TARGET_MS: f64 = 400.0;
const RSS_TARGET_MB: f64 = 150.0;

const SURNAMES: [&str; 8] = [
    "Haddad", "Rossi", "Nguyen", "Okafor", "Kovač", "García", "Shehu", "Ivanova",
];
const NAMES: [&str; 6] = ["Amina", "Luca", "Minh", "Chiara", "Ardit", "Olena"];

struct Run {
    first_frame: Duration,
    listed: Duration,
    rss_kb: u64,
    hwm_kb: u64,
}

fn main() {
    // `cargo test --all-targets` runs bench targets too, without `--bench`: nothing to do then.
    if !std::env::args().any(|arg| arg == "--bench") {
        println!("gui_startup: run it with `cargo bench -p cittadinanza --bench gui_startup`");
        return;
    }
    if std::env::var_os(SESSION).is_none() {
        rerun_in_session();
        return;
    }
    start_keyring();

    let applicants = std::env::var(APPLICANTS_ENV)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(APPLICANTS);
    let work = tempfile::tempdir().expect("temp dir");
    let data = work.path().join("data");
    let started = Instant::now();
    fill_store(&data, applicants);
    println!(
        "created {applicants} applicants in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let home = work.path().join("home");
    // Help-desk mode: the list shows every applicant (a page at a time), as at a help desk.
    let config = home.join("config").join("cittadinanza");
    std::fs::create_dir_all(&config).expect("config folder");
    std::fs::write(
        config.join(cittadinanza::settings::FILE_NAME),
        r#"{"help_desk": true, "language": "it"}"#,
    )
    .expect("settings");
    let mut runs: Vec<Run> = (0..RUNS)
        .map(|_| run_app(&data, &home, applicants))
        .collect();
    // The first run reads the program and the database from disk: report it apart.
    let cold = runs.remove(0);
    report(&cold, &runs, applicants);
}

/// Runs this bench again under a virtual X server and a private D-Bus session.
fn rerun_in_session() {
    let exe = std::env::current_exe().expect("bench path");
    // A throw-away keyring (gnome-keyring keeps its files under `$XDG_DATA_HOME/keyrings`).
    let keyrings = tempfile::tempdir().expect("keyring dir");
    let status = Command::new("xvfb-run")
        .env("XDG_DATA_HOME", keyrings.path())
        .args([
            "-a",
            "-s",
            "-screen 0 1280x1024x24",
            "dbus-run-session",
            "--",
        ])
        .arg(exe)
        .args(std::env::args_os().skip(1))
        .env(SESSION, "1")
        .status();
    match status {
        Ok(status) if status.success() => {}
        Ok(status) => panic!("the GUI bench failed under xvfb-run: {status}"),
        Err(error) => panic!(
            "xvfb-run could not start ({error}): install xvfb, xauth, dbus and gnome-keyring"
        ),
    }
}

/// Starts gnome-keyring (unlocked) in this D-Bus session and waits until it answers there.
fn start_keyring() {
    let mut daemon = Command::new("gnome-keyring-daemon")
        .args(["--unlock", "--components=secrets"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("gnome-keyring-daemon");
    if let Some(mut stdin) = daemon.stdin.take() {
        use std::io::Write;
        stdin
            .write_all(b"cittadinanza-bench")
            .expect("keyring password");
    }
    daemon.wait().expect("gnome-keyring-daemon started");
    for _ in 0..50 {
        let owned = Command::new("dbus-send")
            .args([
                "--session",
                "--dest=org.freedesktop.DBus",
                "--print-reply",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                "string:org.freedesktop.secrets",
            ])
            .output()
            .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).contains("boolean true"));
        if owned {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("the Secret Service did not appear on the session bus");
}

fn fill_store(dir: &Path, applicants: usize) {
    // The keyring is reached outside any async runtime (plain thread).
    // The freshly started keyring may need a moment before it answers.
    let mut attempts = 0;
    let mut store = loop {
        match Store::open_with_keyring(dir) {
            Ok(store) => break store,
            Err(error) if attempts < 20 => {
                attempts += 1;
                eprintln!("keyring not ready ({error}), retrying");
                std::thread::sleep(Duration::from_millis(250));
            }
            Err(error) => panic!("open the data folder with the keyring: {error}"),
        }
    };
    let base = complete_art9(chrono::Local::now().date_naive());
    for i in 0..applicants {
        let mut application = base.clone();
        application.personal.surname = SURNAMES[i % SURNAMES.len()].to_string();
        application.personal.name = format!("{} {i}", NAMES[(i / SURNAMES.len()) % NAMES.len()]);
        application.k10_number = format!("K10/{i:07}");
        store.create(&application).expect("create");
    }
}

fn run_app(data: &Path, home: &Path, applicants: usize) -> Run {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_cittadinanza"))
        .arg("--data-dir")
        .arg(data)
        .env(STARTUP_PROBE, "1")
        // Settings of a help desk in a private home; X11 only.
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env_remove("WAYLAND_DISPLAY")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the application");
    let stdout = child.stdout.take().expect("stdout");
    let mut first_frame = None;
    let mut loaded = None;
    for line in BufReader::new(stdout).lines() {
        let line = line.expect("read the application's output");
        if line == "first-frame" {
            first_frame = Some(start.elapsed());
        } else if line.starts_with("loaded") {
            loaded = Some((start.elapsed(), line));
        } else if line.starts_with("locked") {
            panic!("the data folder did not open: {line}");
        }
    }
    let status = child.wait().expect("application ends");
    assert!(status.success(), "the application failed: {status}");
    let first_frame = first_frame.expect("the application reported its first frame");
    let (listed, line) = loaded.expect("the application reported the loaded list");
    assert!(
        line.contains(&format!("applicants={applicants}")),
        "every applicant listed: {line}"
    );
    let field = |name: &str| -> u64 {
        line.split_whitespace()
            .find_map(|part| part.strip_prefix(name))
            .and_then(|value| value.parse().ok())
            .unwrap_or_else(|| panic!("{name} in {line}"))
    };
    Run {
        first_frame,
        listed,
        rss_kb: field("rss_kb="),
        hwm_kb: field("hwm_kb="),
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn report(cold: &Run, warm: &[Run], applicants: usize) {
    let first = median(warm.iter().map(|r| ms(r.first_frame)).collect());
    let listed = median(warm.iter().map(|r| ms(r.listed)).collect());
    let rss = median(warm.iter().map(|r| r.rss_kb as f64 / 1024.0).collect());
    let hwm = median(warm.iter().map(|r| r.hwm_kb as f64 / 1024.0).collect());
    let verdict = |ok: bool| if ok { "met" } else { "MISSED" };
    let rows = [
        (
            "process start → first frame, median".to_string(),
            format!("{first:.0} ms"),
            format!("< {FIRST_FRAME_TARGET_MS:.0} ms"),
            verdict(first < FIRST_FRAME_TARGET_MS).to_string(),
        ),
        (
            "process start → first frame, first (cold) run".to_string(),
            format!("{:.0} ms", ms(cold.first_frame)),
            String::new(),
            String::new(),
        ),
        (
            format!("process start → list of {applicants} applicants drawn, median"),
            format!("{listed:.0} ms"),
            String::new(),
            String::new(),
        ),
        (
            format!("resident memory (VmRSS) with {applicants} applicants listed, median"),
            format!("{rss:.1} MB"),
            format!("< {RSS_TARGET_MB:.0} MB"),
            verdict(rss < RSS_TARGET_MB).to_string(),
        ),
        (
            "peak resident memory (VmHWM), median".to_string(),
            format!("{hwm:.1} MB"),
            String::new(),
            String::new(),
        ),
    ];
    let mut table = String::from("| measure | value | target | |\n|---|---|---|---|\n");
    for (measure, value, target, met) in &rows {
        table.push_str(&format!("| {measure} | {value} | {target} | {met} |\n"));
    }
    println!("{table}");

    let profile = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    let machine = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find_map(|l| l.strip_prefix("model name"))
                .map(|l| l.trim_start_matches([' ', '\t', ':']).to_string())
        })
        .unwrap_or_else(|| "unknown CPU".to_string());
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let report = format!(
        "# GUI start-up\n\n\
         `cargo bench -p cittadinanza --bench gui_startup` ({profile} build, {cores} cores, \
         {machine}; Xvfb, tiny-skia software renderer). The real binary is started {RUNS} times \
         on a data folder of {applicants} applicants (key in a throw-away gnome-keyring), in \
         help-desk mode: every applicant is loaded, sorted and searchable, and the first page \
         ({page} cards) is drawn; medians over the last {} runs, the first one reported apart. \"First frame\" is the \
         first `window::frames()` event, from spawning the process; memory is read from \
         `/proc/self/status` two frames after the list of applicants is drawn.\n\n{table}",
        RUNS - 1,
        page = cittadinanza::screen::applicants::PAGE_SIZE.min(applicants),
    );
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/bench-reports/gui.md");
    std::fs::write(path, report).expect("write bench-reports/gui.md");
    println!("written {path}");
}
