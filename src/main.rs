#![forbid(unsafe_code)]
#![warn(clippy::expect_used)]
// A GUI program on Windows: no console window beside it (debug builds keep one for logs).
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::path::PathBuf;

use anyhow::Context;
use cittadinanza::app::{App, Config};
use cittadinanza::fonts;
use cittadinanza::settings::{FILE_NAME, Settings};
use cittadinanza_core::store::{PORTABLE_DATA_FOLDER, data_dir};
use clap::Parser;

/// Helps to prepare an application for Italian citizenship (art. 5 and art. 9, Law 91/1992):
/// the portal's sections checked as you type, documents, deadlines and PDFs.
#[derive(Debug, Parser)]
#[command(name = "cittadinanza", version, about)]
struct Args {
    /// Keep drafts and documents in FOLDER (also the CITTADINANZA_DATA_DIR variable)
    #[arg(long, value_name = "FOLDER")]
    data_dir: Option<PathBuf>,
    /// Keep data and settings in 'data/' beside the program (USB sticks)
    #[arg(long)]
    portable: bool,
    /// Open a temporary folder with sample applicants
    #[arg(long)]
    demo: bool,
    /// An applicant exported to a .cittadinanza file: imported once the data folder is open,
    /// after asking its passphrase
    #[arg(value_name = "FILE")]
    import: Option<PathBuf>,
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
    let mut args = Args::parse();
    // Absolute, so that it does not depend on the folder the app was started from.
    let import = args
        .import
        .take()
        .map(|file| std::path::absolute(&file).unwrap_or(file));
    let config = config(args)?;
    let boot = move || {
        let (mut app, task) = App::boot(config.clone());
        if let Some(file) = &import {
            app.import_on_open(file.clone());
        }
        (app, task)
    };
    iced::application(boot, App::update, App::view)
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
