#![forbid(unsafe_code)]
#![warn(clippy::expect_used)]
//! `--db` is `sqlite:///path`, a plain path (SQLite) or `postgres://...` (then `--files DIR`,
//! the documents' folder shared by every instance, is required).
//! `portal-server migrate --db URL` applies the schema migrations and exits.
//! `portal-server --db PATH --listen 127.0.0.1:PORT [--admin-token-file FILE]
//!     [--trusted-proxy IP]...` (or the admin token in `PORTAL_ADMIN_TOKEN`; + the limits of
//!     `USAGE`, documented in `docs/security.md`)
//! `portal-server admin --db PATH create-operator --email E` (password read from stdin)
//! `portal-server admin --db PATH communicate (--k10 K10/0000001 | --application ID)
//!     --kind acceptance|inadmissibility|notice-10bis|decree-granted|decree-rejected|oath-appointment
//!     --date YYYY-MM-DD [--days N] [--appointment YYYY-MM-DD] [--place TEXT] [--text TEXT]`

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use anyhow::{Context, bail};
use chrono::NaiveDate;
use cittadinanza_core::portal::{CommunicationKind, Credentials, NewCommunication, Role};
use portal_server::admin::{AdminCommunication, issue_communication};
use portal_server::serve::ServeLimits;
use portal_server::store::DbUrl;
use portal_server::{AppState, Options, UploadLimits, auth, db};

const USAGE: &str = "usage:
  DB: sqlite:///path/portal.db, a plain path (SQLite), or postgres://user@host:port/name
      (PostgreSQL: several instances may share it; give --files DIR, a folder all of them
      share, for the documents); without --db, the environment variable PORTAL_DB
  portal-server migrate --db DB [--files DIR]
  portal-server --db DB [--files DIR] [--listen 127.0.0.1:8787] [--admin-token-file FILE]
      [--trusted-proxy IP[,IP...]]
      (the admin token, 32 characters or more, is read from FILE or PORTAL_ADMIN_TOKEN;
      --trusted-proxy: reverse proxies whose X-Forwarded-For names the client)
      [--header-timeout SECS (10)] [--body-timeout SECS (30)] [--request-timeout SECS (300)]
      [--max-connections N (1024)] [--partial-ttl-hours H (24)] [--max-partial-mib MIB (256)]
  portal-server admin --db PATH create-operator --email EMAIL   (password on stdin)
  portal-server admin --db PATH communicate (--k10 K10 | --application ID) --kind KIND
      --date YYYY-MM-DD [--days N] [--appointment YYYY-MM-DD] [--place TEXT] [--text TEXT]
  KIND: acceptance, inadmissibility, notice-10bis, decree-granted, decree-rejected,
        oath-appointment";

/// `--name value` pairs after the positional words.
fn parse_flags(args: &[String]) -> anyhow::Result<(Vec<String>, HashMap<String, String>)> {
    let mut words = Vec::new();
    let mut flags = HashMap::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if let Some(name) = arg.strip_prefix("--") {
            if name == "help" {
                println!("{USAGE}");
                std::process::exit(0);
            }
            let value = iter
                .next()
                .with_context(|| format!("--{name} needs a value\n{USAGE}"))?;
            flags.insert(name.to_string(), value.clone());
        } else {
            words.push(arg.clone());
        }
    }
    Ok((words, flags))
}

fn date_flag(flags: &HashMap<String, String>, name: &str) -> anyhow::Result<Option<NaiveDate>> {
    flags
        .get(name)
        .map(|v| {
            NaiveDate::parse_from_str(v, "%Y-%m-%d").with_context(|| format!("--{name} YYYY-MM-DD"))
        })
        .transpose()
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (words, flags) = parse_flags(&args)?;
    // PORTAL_DB keeps a PostgreSQL password off the command line (ps shows it).
    let db = flags
        .get("db")
        .cloned()
        .or_else(|| std::env::var("PORTAL_DB").ok().filter(|v| !v.is_empty()))
        .with_context(|| format!("--db (or PORTAL_DB) is required\n{USAGE}"))?;
    let url = DbUrl::parse(&db);
    let files = flags.get("files").map(std::path::PathBuf::from);
    let files = files.as_deref();
    match words.first().map(String::as_str) {
        None => serve(&url, files, &flags).await,
        Some("migrate") => {
            let (store, _) =
                portal_server::open_store(&url, files.or(Some(std::path::Path::new(".")))).await?;
            drop(store);
            println!("portal-server: the database is up to date");
            Ok(())
        }
        Some("admin") => admin(&url, files, &words[1..], &flags).await,
        Some(other) => bail!("unknown command {other:?}\n{USAGE}"),
    }
}

async fn serve(
    url: &DbUrl,
    files: Option<&std::path::Path>,
    flags: &HashMap<String, String>,
) -> anyhow::Result<()> {
    let listen: SocketAddr = flags
        .get("listen")
        .map(String::as_str)
        .unwrap_or("127.0.0.1:8787")
        .parse()
        .context("--listen HOST:PORT")?;
    let trusted_proxies = flags
        .get("trusted-proxy")
        .map(|list| {
            list.split(',')
                .map(|ip| ip.trim().parse::<IpAddr>())
                .collect::<Result<Vec<_>, _>>()
        })
        .transpose()
        .context("--trusted-proxy IP[,IP...]")?
        .unwrap_or_default();
    let (serve_limits, uploads) = limits(flags)?;
    let options = Options {
        admin_token: admin_token(flags)?,
        trusted_proxies,
        uploads,
        ..Options::default()
    };
    let state = AppState::open_url(url, files, options).await?;
    let listener = tokio::net::TcpListener::bind(listen).await?;
    eprintln!(
        "portal-server: serving {} on http://{}",
        match url {
            DbUrl::Sqlite(path) => path.display().to_string(),
            DbUrl::Postgres(_) => "PostgreSQL".to_string(),
        },
        listener.local_addr()?
    );
    portal_server::run(listener, state, serve_limits, async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await;
    Ok(())
}

/// The timeouts, the connection limit and the upload limits: defaults, or the flags.
fn limits(flags: &HashMap<String, String>) -> anyhow::Result<(ServeLimits, UploadLimits)> {
    let number = |name: &str| -> anyhow::Result<Option<u64>> {
        flags
            .get(name)
            .map(|v| v.parse::<u64>().ok().filter(|n| *n > 0))
            .map(|n| n.with_context(|| format!("--{name} needs a whole number above 0")))
            .transpose()
    };
    let secs = |name: &str, default: Duration| -> anyhow::Result<Duration> {
        Ok(number(name)?.map_or(default, Duration::from_secs))
    };
    let serve = ServeLimits::default();
    let serve = ServeLimits {
        header_read_timeout: secs("header-timeout", serve.header_read_timeout)?,
        body_timeout: secs("body-timeout", serve.body_timeout)?,
        request_timeout: secs("request-timeout", serve.request_timeout)?,
        max_connections: number("max-connections")?
            .map_or(Ok(serve.max_connections), usize::try_from)?,
    };
    let uploads = UploadLimits::default();
    let partial_ttl = number("partial-ttl-hours")?.map_or(uploads.partial_ttl, |h| {
        Duration::from_secs(h.saturating_mul(3600))
    });
    let uploads = UploadLimits {
        partial_ttl,
        sweep_every: uploads.sweep_every.min(partial_ttl / 4),
        max_partial_bytes_per_account: number("max-partial-mib")?
            .map_or(uploads.max_partial_bytes_per_account, |m| {
                m.saturating_mul(1024 * 1024)
            }),
    };
    Ok((serve, uploads))
}

/// The admin token from `--admin-token-file` or `PORTAL_ADMIN_TOKEN`; never from the command
/// line, where every user of the machine can read it (`ps`).
fn admin_token(flags: &HashMap<String, String>) -> anyhow::Result<Option<String>> {
    if flags.contains_key("admin-token") {
        bail!(
            "--admin-token is no longer accepted: the command line is visible to every user \
             (ps). Put the token in a file readable only by the server and pass \
             --admin-token-file FILE, or set PORTAL_ADMIN_TOKEN"
        );
    }
    if let Some(path) = flags.get("admin-token-file") {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the admin token file {path}"))?;
        warn_if_readable_by_others(std::path::Path::new(path));
        let token = text.trim().to_string();
        if token.is_empty() {
            bail!("the admin token file {path} is empty");
        }
        return Ok(Some(token));
    }
    Ok(std::env::var("PORTAL_ADMIN_TOKEN")
        .ok()
        .filter(|t| !t.is_empty()))
}

#[cfg(unix)]
fn warn_if_readable_by_others(path: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = std::fs::metadata(path)
        && meta.permissions().mode() & 0o077 != 0
    {
        eprintln!(
            "portal-server: warning: {} can be read by other users; chmod 600 it",
            path.display()
        );
    }
}

#[cfg(not(unix))]
fn warn_if_readable_by_others(_path: &std::path::Path) {}

async fn admin(
    url: &DbUrl,
    files: Option<&std::path::Path>,
    words: &[String],
    flags: &HashMap<String, String>,
) -> anyhow::Result<()> {
    match words.first().map(String::as_str) {
        Some("create-operator") => {
            let email = flags.get("email").context("--email is required")?;
            let mut password = String::new();
            std::io::stdin().read_line(&mut password)?;
            let password = password.trim_end_matches(['\r', '\n']).to_string();
            if password.chars().count() < auth::MIN_PASSWORD_CHARS {
                bail!(
                    "the password (on stdin) needs at least {} characters",
                    auth::MIN_PASSWORD_CHARS
                );
            }
            let credentials = Credentials {
                email: email.clone(),
                password,
            };
            let hash =
                auth::hash_password(&credentials.password).map_err(|e| anyhow::anyhow!("{e}"))?;
            let (store, _) =
                portal_server::open_store(url, files.or(Some(std::path::Path::new(".")))).await?;
            let mut conn = store.conn().await?;
            let id = db::create_account(
                &mut conn,
                &email.trim().to_lowercase(),
                &hash,
                Role::Operator,
            )
            .await
            .map_err(|e| anyhow::anyhow!("cannot create the operator: {e}"))?;
            println!("operator {email} created ({id})");
            Ok(())
        }
        Some("communicate") => {
            let kind_text = flags.get("kind").context("--kind is required")?;
            let kind = CommunicationKind::ALL
                .into_iter()
                .find(|k| k.key() == kind_text)
                .with_context(|| format!("unknown --kind {kind_text:?}\n{USAGE}"))?;
            let date = date_flag(flags, "date")?.context("--date is required")?;
            let request = AdminCommunication {
                application_id: flags.get("application").cloned(),
                k10_number: flags.get("k10").cloned(),
                communication: NewCommunication {
                    kind,
                    date,
                    response_days: flags
                        .get("days")
                        .map(|d| d.parse())
                        .transpose()
                        .context("--days N")?,
                    appointment_date: date_flag(flags, "appointment")?,
                    place: flags.get("place").cloned().unwrap_or_default(),
                    text: flags.get("text").cloned().unwrap_or_default(),
                },
            };
            let (store, _) =
                portal_server::open_store(url, files.or(Some(std::path::Path::new(".")))).await?;
            let mut conn = store.conn().await?;
            let communication = issue_communication(&mut conn, &request)
                .await
                .map_err(|e| anyhow::anyhow!("refused: {e}"))?;
            println!("{}", serde_json::to_string_pretty(&communication)?);
            Ok(())
        }
        _ => bail!("unknown admin command\n{USAGE}"),
    }
}
