#![forbid(unsafe_code)]
#![warn(clippy::expect_used)]
//! The `portal-server` command: `serve` (the default: `portal-server --db ... --listen ...`
//! still works), `migrate`, `copy` (SQLite to PostgreSQL) and `admin`. `portal-server --help`
//! and `portal-server COMMAND --help` list every option; `docs/security.md` explains the limits.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};
use chrono::NaiveDate;
use cittadinanza_core::portal::{CommunicationKind, Credentials, NewCommunication, Role};
use clap::{Args, Parser, Subcommand, ValueEnum};
use portal_server::admin::{AdminCommunication, issue_communication};
use portal_server::logging::LogFormat;
use portal_server::serve::ServeLimits;
use portal_server::store::DbUrl;
use portal_server::{AppState, Options, UploadLimits, auth, db};

/// Reference server of the cittadinanza portal API.
#[derive(Debug, Parser)]
#[command(
    name = "portal-server",
    version,
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(flatten)]
    common: Common,
    #[command(subcommand)]
    command: Option<Command>,
    /// Without a command: serve.
    #[command(flatten)]
    serve: ServeArgs,
}

/// Options every command takes (before or after the command's name).
#[derive(Debug, Args)]
struct Common {
    /// The database: sqlite:///path/portal.db, a plain path (SQLite, one process), or
    /// postgres://user@host:port/name (PostgreSQL: any number of instances share it).
    /// PORTAL_DB keeps a password off the command line (ps shows it).
    #[arg(long, global = true, env = "PORTAL_DB", hide_env_values = true)]
    db: Option<String>,
    /// The documents' folder. Default with SQLite: `<db>.files`. Required with PostgreSQL: a
    /// folder every instance shares.
    #[arg(long, global = true, value_name = "DIR")]
    files: Option<PathBuf>,
    /// Log lines as text or as one JSON object per line (RUST_LOG filters them, default info).
    #[arg(
        long,
        global = true,
        value_enum,
        env = "PORTAL_LOG_FORMAT",
        hide_env_values = true,
        default_value = "text"
    )]
    log_format: LogFormatArg,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LogFormatArg {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the API (the default command).
    Serve(ServeArgs),
    /// Apply the schema migrations and exit (serve also applies them at start).
    Migrate,
    /// Copy one desk's SQLite database into a new, empty PostgreSQL database (one
    /// transaction; a database that holds rows is refused), and with --files its documents.
    Copy(CopyArgs),
    /// The prefecture's side: operators and communications.
    #[command(subcommand)]
    Admin(AdminCommand),
}

#[derive(Debug, Args)]
struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8787", value_name = "HOST:PORT")]
    listen: SocketAddr,
    /// File holding the admin token (32 characters or more); or PORTAL_ADMIN_TOKEN. Without
    /// either, the admin endpoints are disabled.
    #[arg(long, value_name = "FILE")]
    admin_token_file: Option<PathBuf>,
    /// Refused: the command line is visible to every user of the machine.
    #[arg(long, hide = true)]
    admin_token: Option<String>,
    /// Reverse proxies whose X-Forwarded-For names the client (repeat or separate by commas).
    #[arg(long, value_delimiter = ',', value_name = "IP")]
    trusted_proxy: Vec<IpAddr>,
    /// Seconds for the head of a request to arrive (and an idle connection to stay) [10].
    #[arg(long, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..))]
    header_timeout: Option<u64>,
    /// Seconds a request body may stop before it is cut (408) [30].
    #[arg(long, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..))]
    body_timeout: Option<u64>,
    /// Seconds for a whole request, body included (408) [300].
    #[arg(long, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..))]
    request_timeout: Option<u64>,
    /// Connections served at once; more wait in the kernel's queue [1024].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    max_connections: Option<u64>,
    /// Hours after which an unfinished upload that received nothing is removed [24].
    #[arg(long, value_name = "H", value_parser = clap::value_parser!(u64).range(1..))]
    partial_ttl_hours: Option<u64>,
    /// MiB of unfinished uploads one account may hold [256].
    #[arg(long, value_name = "MIB", value_parser = clap::value_parser!(u64).range(1..))]
    max_partial_mib: Option<u64>,
}

#[derive(Debug, Args)]
struct CopyArgs {
    /// The SQLite database of the desk (sqlite:///path or a path).
    #[arg(long, value_name = "DB")]
    from: String,
    /// The new PostgreSQL database (postgres://...); default: --db / PORTAL_DB.
    #[arg(long, value_name = "URL")]
    to: Option<String>,
    /// The documents' folder of the SQLite server, if not `<db>.files`.
    #[arg(long, value_name = "DIR")]
    from_files: Option<PathBuf>,
    /// Do not copy the sessions: everyone signs in again.
    #[arg(long)]
    without_sessions: bool,
}

#[derive(Debug, Subcommand)]
enum AdminCommand {
    /// Create a help-desk operator; the password is read from standard input.
    CreateOperator {
        #[arg(long)]
        email: String,
    },
    /// Issue a communication of the prefecture for an application.
    Communicate(CommunicateArgs),
}

#[derive(Debug, Args)]
struct CommunicateArgs {
    /// The application's K10 number (K10/0000001).
    #[arg(
        long,
        required_unless_present = "application",
        conflicts_with = "application"
    )]
    k10: Option<String>,
    /// The application's id.
    #[arg(long, value_name = "ID")]
    application: Option<String>,
    /// acceptance, inadmissibility, notice-10bis, decree-granted, decree-rejected,
    /// oath-appointment.
    #[arg(long, value_parser = kind)]
    kind: CommunicationKind,
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = day)]
    date: NaiveDate,
    /// Days to answer (a 10-bis notice).
    #[arg(long, value_name = "N")]
    days: Option<u32>,
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = day)]
    appointment: Option<NaiveDate>,
    #[arg(long, default_value = "")]
    place: String,
    #[arg(long, default_value = "")]
    text: String,
}

fn kind(text: &str) -> Result<CommunicationKind, String> {
    CommunicationKind::ALL
        .into_iter()
        .find(|k| k.key() == text)
        .ok_or_else(|| {
            let keys: Vec<&str> = CommunicationKind::ALL.iter().map(|k| k.key()).collect();
            format!("one of {}", keys.join(", "))
        })
}

fn day(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| "a date YYYY-MM-DD".to_string())
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    portal_server::logging::init(match cli.common.log_format {
        LogFormatArg::Text => LogFormat::Text,
        LogFormatArg::Json => LogFormat::Json,
    });
    portal_server::runtime()?.block_on(run(cli))
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let db = || {
        cli.common
            .db
            .as_deref()
            .filter(|v| !v.is_empty())
            .map(DbUrl::parse)
            .context("--db (or PORTAL_DB) is required")
    };
    let files = cli.common.files.as_deref();
    match &cli.command {
        None => serve(&db()?, files, &cli.serve).await,
        Some(Command::Serve(args)) => serve(&db()?, files, args).await,
        Some(Command::Migrate) => {
            let url = db()?;
            let (store, _) =
                portal_server::open_store(&url, files.or(Some(Path::new(".")))).await?;
            drop(store);
            println!("portal-server: the database is up to date");
            Ok(())
        }
        Some(Command::Copy(args)) => copy(args, cli.common.db.as_deref(), files).await,
        Some(Command::Admin(command)) => admin(&db()?, files, command).await,
    }
}

async fn serve(url: &DbUrl, files: Option<&Path>, args: &ServeArgs) -> anyhow::Result<()> {
    let (serve_limits, uploads) = limits(args);
    let options = Options {
        admin_token: admin_token(args)?,
        trusted_proxies: args.trusted_proxy.clone(),
        uploads,
        ..Options::default()
    };
    let state = AppState::open_url(url, files, options).await?;
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("cannot listen on {}", args.listen))?;
    let database = match url {
        DbUrl::Sqlite(_) => "SQLite",
        DbUrl::Postgres(_) => "PostgreSQL",
    };
    let address = listener.local_addr()?;
    // The first line names the URL: scripts and tests starting on port 0 read it.
    tracing::info!(
        database,
        %address,
        version = env!("CARGO_PKG_VERSION"),
        "serving on http://{address}"
    );
    portal_server::run(listener, state, serve_limits, stop_signal()).await;
    tracing::info!("stopped");
    Ok(())
}

/// Ctrl-C, or SIGTERM (what systemd sends to stop a service): requests under way finish.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

/// The timeouts, the connection limit and the upload limits: defaults, or the options.
fn limits(args: &ServeArgs) -> (ServeLimits, UploadLimits) {
    let secs = |value: Option<u64>, default: Duration| value.map_or(default, Duration::from_secs);
    let serve = ServeLimits::default();
    let serve = ServeLimits {
        header_read_timeout: secs(args.header_timeout, serve.header_read_timeout),
        body_timeout: secs(args.body_timeout, serve.body_timeout),
        request_timeout: secs(args.request_timeout, serve.request_timeout),
        max_connections: args.max_connections.map_or(serve.max_connections, |n| {
            usize::try_from(n).unwrap_or(usize::MAX)
        }),
    };
    let uploads = UploadLimits::default();
    let partial_ttl = args.partial_ttl_hours.map_or(uploads.partial_ttl, |h| {
        Duration::from_secs(h.saturating_mul(3600))
    });
    let uploads = UploadLimits {
        partial_ttl,
        sweep_every: uploads.sweep_every.min(partial_ttl / 4),
        max_partial_bytes_per_account: args
            .max_partial_mib
            .map_or(uploads.max_partial_bytes_per_account, |m| {
                m.saturating_mul(1024 * 1024)
            }),
    };
    (serve, uploads)
}

/// The admin token from `--admin-token-file` or `PORTAL_ADMIN_TOKEN`; never from the command
/// line, where every user of the machine can read it (`ps`).
fn admin_token(args: &ServeArgs) -> anyhow::Result<Option<String>> {
    if args.admin_token.is_some() {
        bail!(
            "--admin-token is no longer accepted: the command line is visible to every user \
             (ps). Put the token in a file readable only by the server and pass \
             --admin-token-file FILE, or set PORTAL_ADMIN_TOKEN"
        );
    }
    if let Some(path) = &args.admin_token_file {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the admin token file {}", path.display()))?;
        warn_if_readable_by_others(path);
        let token = text.trim().to_string();
        if token.is_empty() {
            bail!("the admin token file {} is empty", path.display());
        }
        return Ok(Some(token));
    }
    Ok(std::env::var("PORTAL_ADMIN_TOKEN")
        .ok()
        .filter(|t| !t.is_empty()))
}

#[cfg(unix)]
fn warn_if_readable_by_others(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = std::fs::metadata(path)
        && meta.permissions().mode() & 0o077 != 0
    {
        tracing::warn!(
            file = %path.display(),
            "the admin token file can be read by other users; chmod 600 it"
        );
    }
}

#[cfg(not(unix))]
fn warn_if_readable_by_others(_path: &Path) {}

async fn copy(args: &CopyArgs, db: Option<&str>, files: Option<&Path>) -> anyhow::Result<()> {
    let DbUrl::Sqlite(from) = DbUrl::parse(&args.from) else {
        bail!("--from must be the SQLite database (sqlite:///path or a path)");
    };
    let to = args
        .to
        .as_deref()
        .or(db)
        .context("--to postgres://... (or --db / PORTAL_DB) is required")?;
    let DbUrl::Postgres(to) = DbUrl::parse(to) else {
        bail!("--to must be a PostgreSQL database (postgres://...)");
    };
    let options = portal_server::copy::CopyOptions {
        without_sessions: args.without_sessions,
        from_files: args.from_files.clone(),
        to_files: files.map(Path::to_path_buf),
    };
    let report = portal_server::copy::copy(&from, &to, &options).await?;
    println!(
        "portal-server: {} copied into PostgreSQL\n{report}",
        from.display()
    );
    Ok(())
}

async fn admin(url: &DbUrl, files: Option<&Path>, command: &AdminCommand) -> anyhow::Result<()> {
    match command {
        AdminCommand::CreateOperator { email } => {
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
            let (store, _) = portal_server::open_store(url, files.or(Some(Path::new(".")))).await?;
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
        AdminCommand::Communicate(args) => {
            let request = AdminCommunication {
                application_id: args.application.clone(),
                k10_number: args.k10.clone(),
                communication: NewCommunication {
                    kind: args.kind,
                    date: args.date,
                    response_days: args.days,
                    appointment_date: args.appointment,
                    place: args.place.clone(),
                    text: args.text.clone(),
                },
            };
            let (store, _) = portal_server::open_store(url, files.or(Some(Path::new(".")))).await?;
            let mut conn = store.conn().await?;
            let communication = issue_communication(&mut conn, &request)
                .await
                .map_err(|e| anyhow::anyhow!("refused: {e}"))?;
            println!("{}", serde_json::to_string_pretty(&communication)?);
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn serve_is_the_default_and_old_flags_still_parse() {
        let cli = Cli::try_parse_from([
            "portal-server",
            "--db",
            "/tmp/p.db",
            "--listen",
            "127.0.0.1:9000",
            "--trusted-proxy",
            "127.0.0.1,10.0.0.1",
            "--max-partial-mib",
            "8",
        ])
        .expect("parses");
        assert!(cli.command.is_none());
        assert_eq!(cli.serve.listen.port(), 9000);
        assert_eq!(cli.serve.trusted_proxy.len(), 2);
        assert_eq!(limits(&cli.serve).1.max_partial_bytes_per_account, 8 << 20);
        // --db after the command, as `portal-server migrate --db URL` always took it.
        let cli = Cli::try_parse_from(["portal-server", "migrate", "--db", "x.db"]).expect("ok");
        assert!(matches!(cli.command, Some(Command::Migrate)));
        assert_eq!(cli.common.db.as_deref(), Some("x.db"));
        let cli = Cli::try_parse_from([
            "portal-server",
            "admin",
            "--db",
            "x.db",
            "create-operator",
            "--email",
            "desk@example.org",
        ])
        .expect("admin --db before the admin command");
        assert!(matches!(
            cli.command,
            Some(Command::Admin(AdminCommand::CreateOperator { .. }))
        ));
        // Zero is not a timeout.
        assert!(Cli::try_parse_from(["portal-server", "--body-timeout", "0"]).is_err());
        // Serve options belong to serve, not to the other commands.
        assert!(
            Cli::try_parse_from(["portal-server", "migrate", "--listen", "1.2.3.4:5"]).is_err()
        );
    }
}
