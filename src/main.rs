#![forbid(unsafe_code)]
// A GUI program on Windows: no console window beside it (debug builds keep one for logs).
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::path::PathBuf;

use anyhow::{Context, bail};
use cittadinanza::app::{App, Config};
use cittadinanza::fonts;
use cittadinanza::settings::{FILE_NAME, Settings};
use cittadinanza_core::store::{PORTABLE_DATA_FOLDER, data_dir};

const USAGE: &str = "\
Usage: cittadinanza [--data-dir <folder>] [--portable] [--demo]

  --data-dir <folder>  keep drafts and documents in <folder>
  --portable           keep data and settings in 'data/' beside the program (USB sticks)
  --demo               open a temporary folder with sample applicants
  --help, --version";

#[derive(Debug, Default)]
struct Args {
    data_dir: Option<PathBuf>,
    portable: bool,
    demo: bool,
}

fn parse_args() -> anyhow::Result<Option<Args>> {
    let mut args = Args::default();
    let mut iter = std::env::args_os().skip(1);
    while let Some(arg) = iter.next() {
        match arg.to_str() {
            Some("--data-dir") => {
                let dir = iter.next().context("--data-dir needs a folder")?;
                args.data_dir = Some(PathBuf::from(dir));
            }
            Some(flag) if flag.starts_with("--data-dir=") => {
                args.data_dir = Some(PathBuf::from(&flag["--data-dir=".len()..]));
            }
            Some("--portable") => args.portable = true,
            Some("--demo") => args.demo = true,
            Some("--help" | "-h") => {
                println!("{USAGE}");
                return Ok(None);
            }
            Some("--version" | "-V") => {
                println!("cittadinanza {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            _ => bail!("unknown argument {:?}\n\n{USAGE}", arg),
        }
    }
    Ok(Some(args))
}

fn config(args: Args) -> anyhow::Result<Config> {
    if args.portable {
        let exe = std::env::current_exe().context("cannot find the program's folder")?;
        let folder = exe.parent().context("cannot find the program's folder")?;
        let data = args
            .data_dir
            .unwrap_or_else(|| folder.join(PORTABLE_DATA_FOLDER));
        let settings_path = data.join(FILE_NAME);
        return Ok(Config {
            settings: Settings::load(&settings_path),
            settings_path: Some(settings_path),
            data_dir: data,
            demo: args.demo,
        });
    }
    let settings_path = Settings::default_path();
    let settings = Settings::load(&settings_path);
    let data_dir = data_dir(args.data_dir.or_else(|| settings.data_dir.clone()));
    Ok(Config {
        settings,
        settings_path: Some(settings_path),
        data_dir,
        demo: args.demo,
    })
}

fn main() -> anyhow::Result<()> {
    let Some(args) = parse_args()? else {
        return Ok(());
    };
    let config = config(args)?;
    iced::application(move || App::boot(config.clone()), App::update, App::view)
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .scale_factor(App::scale_factor)
        .settings(fonts::settings())
        .window_size((1200.0, 820.0))
        .exit_on_close_request(false)
        .run()
        .context("the window could not be opened")
}
